import type { Bilingual } from '../../model/finding';
import { defineCatalogue } from '../catalogue';

type Row = { readonly name: string };
type Nums = { readonly expected: string; readonly actual: string };
type Claimed = { readonly label: string; readonly labelEn: string; readonly published: string; readonly computed: string };

/** ` (did you mean "x"?)` when there is a suggestion. */
function hint(s: string): { zh: string; en: string } {
  return s === '' ? { zh: '', en: '' } : { zh: `；是否应为“${s}”？`, en: `; did you mean "${s}"?` };
}

/**
 * Finding codes of `score/`: schemes, weights, indicator scores, published claims.
 *
 * @example
 * scoreMessages.finding('score/unscored', 'warning', { name: '入户指导' }).message.en
 * //=> '"入户指导" has no score (see the evaluation); it counts 0 in the total'
 * @category Scoring
 */
export const scoreMessages = defineCatalogue({
  'score/scheme-invalid': {
    title: { zh: '评分方案无效', en: 'invalid scheme' },
    text: (p: { readonly where: string; readonly problem: string; readonly problemEn: string }) => ({
      zh: `评分方案 ${p.where}：${p.problem}`,
      en: `scheme ${p.where}: ${p.problemEn}`,
    }),
  },
  'score/scheme-unknown-preset': {
    title: { zh: '未知的预设方案', en: 'unknown preset' },
    text: (p: { readonly preset: string; readonly known: string; readonly suggestion: string }) => ({
      zh: `未知的预设评分方案“${p.preset}”（可用：${p.known}）${hint(p.suggestion).zh}`,
      en: `unknown preset scheme "${p.preset}" (known: ${p.known})${hint(p.suggestion).en}`,
    }),
  },
  'score/scheme-unknown-key': {
    title: { zh: '要修改的一级指标或等级不存在', en: 'no such tier or grade to change' },
    text: (p: { readonly list: string; readonly key: string; readonly known: string; readonly suggestion: string }) => ({
      zh: `${p.list === 'tiers' ? '一级指标' : '等级'}“${p.key}”不在所继承的方案中（现有：${p.known}）${hint(p.suggestion).zh}；如需增删，请给出完整的 ${p.list} 列表`,
      en: `the base scheme has no ${p.list === 'tiers' ? 'tier' : 'grade'} "${p.key}" (it has: ${p.known})${hint(p.suggestion).en}; to add or remove one, give the whole ${p.list} list`,
    }),
  },
  'score/scheme-custom-scorer-invalid': {
    title: { zh: '自定义评分函数无效', en: 'invalid custom scorer' },
    text: (p: { readonly where: string; readonly detail: string; readonly detailEn: string }) => ({
      zh: `评分方案 ${p.where}：${p.detail}`,
      en: `scheme ${p.where}: ${p.detailEn}`,
    }),
  },
  'score/scheme-fixed-points': {
    title: { zh: '定性固定得分比例无效', en: 'invalid fixed qualitative points' },
    text: (p: { readonly detail: string; readonly detailEn: string }) => ({
      zh: `定性固定得分比例（qualitative.fixedPoints）：${p.detail}`,
      en: `fixed qualitative points (qualitative.fixedPoints): ${p.detailEn}`,
    }),
  },
  'score/scheme-grade-bands': {
    title: { zh: '等级区间有缺口或重叠', en: 'grade bands leave a gap or overlap' },
    text: (p: { readonly detail: string; readonly detailEn: string }) => ({
      zh: `等级区间必须无缺口、无重叠地覆盖 0 至总分：${p.detail}`,
      en: `grade bands must cover 0 to the total with no gap and no overlap: ${p.detailEn}`,
    }),
  },
  'score/scheme-qualitative-bands': {
    title: { zh: '定性等级区间有缺口或重叠', en: 'qualitative bands leave a gap or overlap' },
    text: (p: { readonly detail: string; readonly detailEn: string }) => ({
      zh: `定性等级区间必须依次覆盖 0 至 1（未达成、部分达成、达成）：${p.detail}`,
      en: `qualitative bands must cover 0 to 1 in order (not, partly, achieved): ${p.detailEn}`,
    }),
  },
  'score/scheme-weights-total': {
    title: { zh: '方案权重之和不等于总分', en: 'scheme weights do not add up to the total' },
    text: (p: Nums) => ({
      zh: `各一级指标权重与预算执行权重之和为 ${p.actual}，总分为 ${p.expected}`,
      en: `the tier weights and the budget-execution weight add up to ${p.actual}, the total is ${p.expected}`,
    }),
  },
  'score/actuals-invalid': {
    title: { zh: '完成值文件无效', en: 'invalid actuals' },
    text: (p: { readonly where: string; readonly problem: string; readonly problemEn: string }) => ({
      zh: `完成值 ${p.where}：${p.problem}`,
      en: `actuals ${p.where}: ${p.problemEn}`,
    }),
  },
  'score/weight-negative': {
    title: { zh: '分值为负数', en: 'negative weight' },
    text: (p: { readonly what: string; readonly whatEn: string; readonly weight: string }) => ({
      zh: `${p.what}的分值 ${p.weight} 为负数，不予采用，该项不计分`,
      en: `the weight ${p.weight} of ${p.whatEn} is negative: refused, and the item is not scored`,
    }),
  },
  'score/weight-not-a-decimal': {
    title: { zh: '分值不是数字', en: 'weight is not a number' },
    text: (p: { readonly what: string; readonly whatEn: string; readonly weight: string }) => ({
      zh: `${p.what}的分值“${p.weight}”不是十进制数字（如 "10"），不予采用，该项不计分`,
      en: `the weight "${p.weight}" of ${p.whatEn} is not a decimal number such as "10": refused, and the item is not scored`,
    }),
  },
  'score/table-weights-not-used': {
    title: { zh: '未采用表中分值', en: 'table weights not used' },
    text: (p: { readonly count: number; readonly differ: number }) => ({
      zh: `评分方案规定按方案分值计分（weights.from: "scheme"）：表中 ${p.count} 个分值仅作核对（其中 ${p.differ} 个与方案不同）`,
      en: `the scheme's weights are used (weights.from: "scheme"): the table's ${p.count} weights are only checked (${p.differ} differ from the scheme's)`,
    }),
  },
  'score/coefficient-not-used': {
    title: { zh: '未采用得分系数', en: 'coefficients not used' },
    text: (p: { readonly count: number }) => ({
      zh: `表中 ${p.count} 行填有得分系数，但评分方案按公式计分；如按“分值 × 得分系数”计分，请在方案中设置 formulas: { scoring: "coefficient" }`,
      en: `${p.count} rows give a coefficient (得分系数) but the scheme scores by formula; to score weight × coefficient, set formulas: { scoring: "coefficient" } in the scheme`,
    }),
  },
  'score/graded-on-score': {
    title: { zh: '满分低于总分时按得分评定等级', en: 'graded on the score under a reduced maximum' },
    text: (p: { readonly total: string; readonly maximum: string; readonly scheme: string }) => ({
      zh: `满分为 ${p.maximum}（方案总分 ${p.scheme}），等级按得分 ${p.total} 评定；如需按得分率评定，请设置 gradeBasis: "share-of-maximum"`,
      en: `the maximum is ${p.maximum} (the scheme's total is ${p.scheme}) and the grade is read from the score ${p.total}; to grade the share of the maximum, set gradeBasis: "share-of-maximum"`,
    }),
  },
  'score/custom-score-invalid': {
    title: { zh: '自定义评分返回值无效', en: 'custom scorer returned junk' },
    text: (p: Row & { readonly value: string }) => ({
      zh: `自定义评分函数对“${p.name}”返回了 ${p.value}，不是 { score: 十进制数字字符串或 null }；该指标不计分`,
      en: `the custom scorer returned ${p.value} for "${p.name}", not { score: a decimal string or null }; the indicator is not scored`,
    }),
  },
  'score/custom-scorer-unmatched': {
    title: { zh: '自定义评分没有匹配的指标', en: 'custom scorer matches nothing' },
    text: (p: { readonly match: string; readonly suggestion: string }) => ({
      zh: `自定义评分“${p.match}”没有匹配任何指标${hint(p.suggestion).zh}`,
      en: `the custom scorer "${p.match}" matches no indicator${hint(p.suggestion).en}`,
    }),
  },
  'score/unscored': {
    title: { zh: '指标未得分', en: 'indicator not scored' },
    text: (p: Row) => ({
      zh: `“${p.name}”无法评分（见评价说明），总分中按 0 计`,
      en: `"${p.name}" has no score (see the evaluation); it counts 0 in the total`,
    }),
  },
  'score/not-reported-zero': {
    title: { zh: '未填报完成值，计 0 分', en: 'not reported: scored 0' },
    text: (p: Row) => ({
      zh: `“${p.name}”未填报完成值，按评分方案计 0 分（不是把空白当作数字 0）`,
      en: `"${p.name}" has no actual; the scheme scores it 0 (the blank is not read as the number 0)`,
    }),
  },
  'score/not-reported-published': {
    title: { zh: '未填报完成值，采用表中得分', en: 'not reported: published score taken' },
    text: (p: Row & { readonly score: string }) => ({
      zh: `“${p.name}”未填报完成值，按评分方案采用表中得分 ${p.score}（无法核实）`,
      en: `"${p.name}" has no actual; as the scheme says, the published score ${p.score} is taken (it cannot be verified)`,
    }),
  },
  'score/qualitative-score-outside-band': {
    title: { zh: '定性得分超出等级区间', en: 'qualitative score outside its band' },
    text: (p: Row & { readonly score: string; readonly band: string }) => ({
      zh: `“${p.name}”表中得分 ${p.score} 不在该等级允许的区间 ${p.band} 内，未予采用`,
      en: `"${p.name}": the table's score ${p.score} lies outside the band ${p.band} its grade allows; not accepted`,
    }),
  },
  'score/tier-weights-differ': {
    title: { zh: '三级指标分值之和与一级指标分值不符', en: 'indicator weights do not add up to their tier' },
    text: (p: Nums & { readonly tier: string; readonly tierEn: string }) => ({
      zh: `${p.tier}：三级指标分值之和为 ${p.actual}，一级指标分值为 ${p.expected}（以表中分值为准）`,
      en: `${p.tierEn}: the indicator weights add up to ${p.actual}, the tier weight is ${p.expected} (the declared weights are used)`,
    }),
  },
  'score/weights-exceed-tier': {
    title: { zh: '已填分值超过一级指标分值', en: 'declared weights exceed the tier' },
    text: (p: Nums & { readonly tier: string; readonly tierEn: string }) => ({
      zh: `${p.tier}：已填分值之和 ${p.actual} 超过一级指标分值 ${p.expected}，未填分值的指标分值为 0`,
      en: `${p.tierEn}: the declared weights add up to ${p.actual}, above the tier weight ${p.expected}; undeclared indicators get 0`,
    }),
  },
  'score/weights-total': {
    title: { zh: '分值合计不等于总分', en: 'weights do not add up to the total' },
    text: (p: Nums) => ({
      zh: `各项分值合计 ${p.actual}，方案总分为 ${p.expected}；满分按 ${p.actual} 计`,
      en: `the weights add up to ${p.actual}, the scheme's total is ${p.expected}; the maximum is ${p.actual}`,
    }),
  },
  'score/no-weight': {
    title: { zh: '指标没有分值', en: 'indicator has no weight' },
    text: (p: Row & { readonly tier1: string }) => ({
      zh: `“${p.name}”未填分值，一级指标“${p.tier1}”也不在评分方案中，分值为 0`,
      en: `"${p.name}" has no weight and its tier "${p.tier1}" is not in the scheme; its weight is 0`,
    }),
  },
  'score/not-applicable-rescaled': {
    title: { zh: '不适用指标的分值已按比例分配', en: 'not-applicable weights rescaled' },
    text: (p: { readonly weight: string; readonly pool: string }) => ({
      zh: `不适用指标的分值 ${p.weight} 不计分，其余指标分值按比例放大至 ${p.pool}`,
      en: `not-applicable indicators (weight ${p.weight}) are not scored; the other weights are rescaled to ${p.pool}`,
    }),
  },
  'score/budget-execution-unscored': {
    title: { zh: '预算执行率未得分', en: 'budget execution not scored' },
    text: () => ({
      zh: '预算执行率无法计算，该项在总分中按 0 计',
      en: 'the execution rate cannot be computed; it counts 0 in the total',
    }),
  },
  'score/custom-out-of-range': {
    title: { zh: '自定义评分超出范围', en: 'custom score out of range' },
    text: (p: Row & { readonly score: string; readonly weight: string }) => ({
      zh: `“${p.name}”的自定义评分 ${p.score} 超出 [0, ${p.weight}]，已截取`,
      en: `the custom score ${p.score} of "${p.name}" is outside [0, ${p.weight}]; clamped`,
    }),
  },
  'score/actual-unmatched': {
    title: { zh: '完成值找不到对应指标', en: 'actual matches no indicator' },
    text: (p: { readonly key: string }) => ({
      zh: `完成值“${p.key}”找不到对应的指标（按指标名称、“二级指标/三级指标”或“#序号”对应）`,
      en: `the actual "${p.key}" matches no indicator (keys are the name, "tier2/name" or "#index")`,
    }),
  },
  'score/actual-unreadable': {
    title: { zh: '完成值无法识别', en: 'actual unreadable' },
    text: (p: Row & { readonly text: string }) => ({
      zh: `“${p.name}”的完成值“${p.text}”无法识别，按未填报处理`,
      en: `the actual "${p.text}" of "${p.name}" could not be read; treated as not reported`,
    }),
  },
  'score/empty-rows-skipped': {
    title: { zh: '已跳过空白模板行', en: 'empty template rows skipped' },
    text: (p: { readonly count: number }) => ({
      zh: `跳过 ${p.count} 行空白模板行（无指标值、无完成值、无分值、无得分）`,
      en: `${p.count} empty template rows skipped (no target, actual, weight or score)`,
    }),
  },
  'score/claim-differs': {
    title: { zh: '表中数值与核算不符', en: 'published value differs' },
    text: (p: Claimed) => ({
      zh: `${p.label}：表中为 ${p.published}，核算为 ${p.computed}`,
      en: `${p.labelEn}: the table says ${p.published}, the computation gives ${p.computed}`,
    }),
  },
  'score/claim-agrees-after-rounding': {
    title: { zh: '表中数值取整后才一致', en: 'published value agrees only after rounding' },
    text: (p: Claimed) => ({
      zh: `${p.label}：表中为 ${p.published}，核算为 ${p.computed}，按表中的小数位取整后才一致`,
      en: `${p.labelEn}: the table says ${p.published}, the computation gives ${p.computed}; they agree only at the table's precision`,
    }),
  },
  'score/claim-differs-by-rounding': {
    title: { zh: '表中数值因提前取整而不同', en: 'published value differs by early rounding' },
    text: (p: Claimed & { readonly why: Bilingual }) => ({
      zh: `${p.label}：表中为 ${p.published}，核算为 ${p.computed}（${p.why.zh}）`,
      en: `${p.labelEn}: the table says ${p.published}, the computation gives ${p.computed} (${p.why.en})`,
    }),
  },
});
