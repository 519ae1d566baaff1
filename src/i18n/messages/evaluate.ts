import { defineCatalogue } from '../catalogue';

type Pair = { readonly target: string; readonly actual: string };
type Units = { readonly targetUnit: string; readonly actualUnit: string };

/**
 * Finding codes of `evaluate/`: one indicator against its actual.
 *
 * @example
 * evaluateMessages.finding('evaluate/not-reported', 'warning', {}).message.en
 * //=> 'no actual was reported; it is not read as 0'
 * @category Evaluation
 */
export const evaluateMessages = defineCatalogue({
  'evaluate/not-reported': {
    title: { zh: '未填报完成值', en: 'actual not reported' },
    text: () => ({ zh: '未填报完成值（不按 0 处理）', en: 'no actual was reported; it is not read as 0' }),
  },
  'evaluate/unit-mismatch': {
    title: { zh: '计量单位不一致', en: 'units differ' },
    text: (p: Units) => ({
      zh: `计量单位不一致：目标为“${p.targetUnit}”，完成值为“${p.actualUnit}”，无法比较`,
      en: `units differ: the target is in "${p.targetUnit}", the actual in "${p.actualUnit}"; they cannot be compared`,
    }),
  },
  'evaluate/unit-scaled': {
    title: { zh: '完成值按目标单位换算', en: 'actual converted to the target unit' },
    text: (p: { readonly actual: string; readonly converted: string }) => ({
      zh: `完成值“${p.actual}”按目标单位换算为 ${p.converted} 后比较（万、亿为精确的数量级）`,
      en: `the actual "${p.actual}" is compared as ${p.converted}, in the target's unit (万 and 亿 scale exactly)`,
    }),
  },
  'evaluate/fraction-against-percent': {
    title: { zh: '完成值疑为小数', en: 'actual looks like a fraction' },
    text: (p: { readonly actual: string; readonly target: string }) => ({
      zh: `完成值“${p.actual}”未写单位且小于 1，而目标“${p.target}”是百分数：按所写数值比较；若为小数（如 0.95 即 95%），请改写为百分数`,
      en: `the actual "${p.actual}" has no unit and is below 1 while the target "${p.target}" is a percent: compared as written; if it is a fraction (0.95 for 95%), write it as a percent`,
    }),
  },
  'evaluate/unit-assumed': {
    title: { zh: '单位按目标单位理解', en: 'unit taken from the target' },
    text: (p: Units) => ({
      zh: `完成值未写单位，按目标单位“${p.targetUnit || p.actualUnit}”理解`,
      en: `one side has no unit; read as "${p.targetUnit || p.actualUnit}"`,
    }),
  },
  'evaluate/word-against-number': {
    title: { zh: '定量目标的完成值是文字', en: 'a word against a number' },
    text: (p: Pair) => ({
      zh: `目标“${p.target}”是数值，完成值“${p.actual}”是文字，无法比较`,
      en: `the target "${p.target}" is a number but the actual "${p.actual}" is a word; they cannot be compared`,
    }),
  },
  'evaluate/number-against-word': {
    title: { zh: '定性目标的完成值是数值', en: 'a number against a word' },
    text: (p: Pair) => ({
      zh: `目标“${p.target}”是定性表述，完成值“${p.actual}”是数值，无法评定等级`,
      en: `the target "${p.target}" is qualitative but the actual "${p.actual}" is a number; no grade can be given`,
    }),
  },
  'evaluate/ungradable-word': {
    title: { zh: '无法评定等级', en: 'word cannot be graded' },
    text: (p: Pair) => ({
      zh: `完成值“${p.actual}”既不是计划表述“${p.target}”，也不是等级用语（达成/部分达成/未达成），请给出等级`,
      en: `the actual "${p.actual}" is neither the planned "${p.target}" nor a grade (达成/部分达成/未达成); give a grade`,
    }),
  },
  'evaluate/operator-missing': {
    title: { zh: '目标缺少计算符号', en: 'target has no operator' },
    text: (p: Pair) => ({
      zh: `目标“${p.target}”缺少计算符号（≥、≤、=），完成值“${p.actual}”与之不等，无法判断方向；可在评分方案中设定 missingOperator`,
      en: `the target "${p.target}" has no operator (≥, ≤, =) and the actual "${p.actual}" differs from it, so the direction is unknown; see the scheme's missingOperator setting`,
    }),
  },
  'evaluate/operator-assumed': {
    title: { zh: '计算符号按 ≥ 理解', en: 'operator read as ≥' },
    text: (p: { readonly target: string }) => ({
      zh: `目标“${p.target}”缺少计算符号，按评分方案规定理解为 ≥`,
      en: `the target "${p.target}" has no operator; read as ≥ as the scheme says`,
    }),
  },
  'evaluate/operator-from-direction': {
    title: { zh: '计算符号按指标方向补充', en: 'operator from the declared direction' },
    text: (p: { readonly target: string; readonly direction: string; readonly op: string }) => ({
      zh: `指标值“${p.target}”没有计算符号，按表中指标方向“${p.direction}”读作“${p.op}”`,
      en: `the target "${p.target}" has no operator; read as "${p.op}" from the direction the table declares (${p.direction})`,
    }),
  },
  'evaluate/date-mismatch': {
    title: { zh: '日期与数值无法比较', en: 'a date against a number' },
    text: (p: Pair) => ({
      zh: `指标值“${p.target}”与完成值“${p.actual}”一个是日期、一个是数值，无法比较`,
      en: `the target "${p.target}" and the actual "${p.actual}" cannot be compared: one is a date, the other a number`,
    }),
  },
  'evaluate/deadline-year-unknown': {
    title: { zh: '日期缺少年份', en: 'year of a date unknown' },
    text: (p: Pair) => ({
      zh: `指标值“${p.target}”与完成值“${p.actual}”中有未写年份的日期，且不知道预算年度，无法比较（请传入 fiscalYear）`,
      en: `the target "${p.target}" or the actual "${p.actual}" has a date without its year and the fiscal year is unknown, so they cannot be compared (pass fiscalYear)`,
    }),
  },
  'evaluate/target-missing': {
    title: { zh: '缺少指标值', en: 'target missing' },
    text: (p: { readonly actual: string }) => ({
      zh: `未填写指标值，完成值“${p.actual}”无从比较`,
      en: `no target is written, so the actual "${p.actual}" has nothing to be compared with`,
    }),
  },
  'evaluate/reference-target': {
    title: { zh: '指标值为政策引用', en: 'target is a reference' },
    text: (p: Pair) => ({
      zh: `指标值“${p.target}”是政策引用而非数值，完成值“${p.actual}”无法按数值比较`,
      en: `the target "${p.target}" is a reference, not a value; the actual "${p.actual}" cannot be compared as a number`,
    }),
  },
  'evaluate/actual-unreadable': {
    title: { zh: '完成值无法识别', en: 'actual unreadable' },
    text: (p: { readonly actual: string }) => ({
      zh: `完成值“${p.actual}”无法识别`,
      en: `the actual "${p.actual}" could not be read`,
    }),
  },
  'evaluate/negative-actual': {
    title: { zh: '完成值为负数', en: 'negative actual' },
    text: (p: { readonly actual: string }) => ({
      zh: `完成值“${p.actual}”为负数，评分前按 0 计`,
      en: `the actual "${p.actual}" is negative; it is clamped to 0 before scoring`,
    }),
  },
  'evaluate/over-achievement': {
    title: { zh: '超额完成', en: 'over-achievement' },
    text: (p: Pair & { readonly ratio: string; readonly threshold: string }) => ({
      zh: `完成值“${p.actual}”达到目标“${p.target}”的 ${p.ratio}%（不低于 ${p.threshold}%），不加分，请说明偏差原因（目标是否偏低）`,
      en: `the actual "${p.actual}" is ${p.ratio}% of the target "${p.target}" (at least ${p.threshold}%): no bonus; explain the deviation (was the target too low?)`,
    }),
  },
});
