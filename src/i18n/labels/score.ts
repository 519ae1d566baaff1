import type { Bilingual } from '../../model/finding';

/**
 * Labels of scoring: formulas, claim verdicts, and the column headings of a scorecard table.
 *
 * @example
 * SCORE_LABELS.claimStatus.differs.zh //=> '不符'
 * SCORE_LABELS.column.weight.en //=> 'weight'
 * @category Labels
 */
export const SCORE_LABELS = {
  formula: {
    met: { zh: '达成得满分', en: 'met: full weight' },
    'positive-ratio': { zh: '正向比例', en: 'positive ratio' },
    'reverse-ratio': { zh: '反向比例', en: 'reverse ratio' },
    'reverse-linear': { zh: '反向线性', en: 'reverse linear' },
    'equality-zero': { zh: '零目标', en: 'zero target' },
    range: { zh: '区间', en: 'range' },
    tolerance: { zh: '允许偏差', en: 'tolerance' },
    'qualitative-band': { zh: '定性等级区间', en: 'qualitative band' },
    'table-score': { zh: '表中得分', en: 'table score' },
    coefficient: { zh: '分值×得分系数', en: 'weight × coefficient' },
    custom: { zh: '自定义', en: 'custom' },
    'missing-actual': { zh: '未填报', en: 'not reported' },
    none: { zh: '不评分', en: 'not scored' },
  },
  claimStatus: {
    agrees: { zh: '一致', en: 'agrees' },
    'agrees-after-rounding': { zh: '取整后一致', en: 'agrees after rounding' },
    'differs-by-rounding': { zh: '因提前取整而不同', en: 'differs by early rounding' },
    differs: { zh: '不符', en: 'differs' },
    unverifiable: { zh: '无法核实', en: 'unverifiable' },
  },
  column: {
    tier: { zh: '一级指标', en: 'tier' },
    tier2: { zh: '二级指标', en: 'sub-tier' },
    indicator: { zh: '三级指标', en: 'indicator' },
    target: { zh: '指标值', en: 'target' },
    actual: { zh: '完成值', en: 'actual' },
    status: { zh: '状态', en: 'status' },
    weight: { zh: '分值', en: 'weight' },
    score: { zh: '得分', en: 'score' },
    trace: { zh: '计算', en: 'arithmetic' },
    published: { zh: '表中', en: 'published' },
    computed: { zh: '核算', en: 'computed' },
    verdict: { zh: '结论', en: 'verdict' },
    budgetExecution: { zh: '预算执行率', en: 'budget execution' },
    total: { zh: '总分', en: 'total' },
    grade: { zh: '等级', en: 'grade' },
    subtotal: { zh: '小计', en: 'subtotal' },
    claims: { zh: '表中数值核对', en: 'published values checked' },
    warnings: { zh: '提示', en: 'warnings' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
