import type { Bilingual } from '../../model/finding';

/**
 * Labels of the notation stage's enumerations, for display: operators (计算符号), directions (正向 / 反向),
 * target kinds, actual kinds and unit comparisons.
 *
 * @example
 * NOTATION_LABELS.operator['>='].zh //=> '≥（不低于）'
 * NOTATION_LABELS.direction['lower-is-better'].zh //=> '反向'
 * @category Labels
 */
export const NOTATION_LABELS = {
  operator: {
    '>=': { zh: '≥（不低于）', en: 'at least (≥)' },
    '>': { zh: '＞（高于）', en: 'more than (>)' },
    '=': { zh: '＝（等于）', en: 'equal to (=)' },
    '<': { zh: '＜（低于）', en: 'less than (<)' },
    '<=': { zh: '≤（不超过）', en: 'at most (≤)' },
  },
  direction: {
    'higher-is-better': { zh: '正向', en: 'higher is better' },
    'lower-is-better': { zh: '反向', en: 'lower is better' },
    equal: { zh: '等于', en: 'equal' },
    qualitative: { zh: '定性', en: 'qualitative' },
    none: { zh: '无方向', en: 'no direction' },
  },
  targetKind: {
    quantitative: { zh: '定量', en: 'quantitative' },
    range: { zh: '区间', en: 'range' },
    tolerance: { zh: '允许偏差', en: 'tolerance' },
    deadline: { zh: '完成时限', en: 'deadline' },
    period: { zh: '时间段', en: 'period' },
    qualitative: { zh: '定性', en: 'qualitative' },
    reference: { zh: '按文件规定', en: 'by reference' },
    notApplicable: { zh: '不适用', en: 'not applicable' },
    missing: { zh: '未填写', en: 'missing' },
  },
  actualKind: {
    quantitative: { zh: '数值', en: 'number' },
    grade: { zh: '完成等级', en: 'grade' },
    qualitative: { zh: '文字', en: 'words' },
    date: { zh: '完成日期', en: 'completion date' },
    notApplicable: { zh: '不适用', en: 'not applicable' },
    missing: { zh: '未填写', en: 'not reported' },
  },
  unitComparison: {
    same: { zh: '单位一致', en: 'same unit' },
    assumed: { zh: '一方未写单位，视为一致', en: 'unit assumed (one side has none)' },
    different: { zh: '单位不一致', en: 'different units' },
  },
} as const satisfies Record<string, Record<string, Bilingual>>;
