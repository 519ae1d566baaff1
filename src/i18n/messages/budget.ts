import { defineCatalogue } from '../catalogue';

type Identity = {
  readonly label: string;
  readonly labelEn: string;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly unit: string;
  readonly unitEn: string;
};
type Field = { readonly field: string; readonly fieldEn: string };
type Amount = { readonly text: string };

/**
 * Finding codes of `budget/`: budget identities (RULES §3) and the execution rate.
 *
 * @example
 * budgetMessages.finding('budget/zero-adjusted-budget', 'error', {}).code //=> 'budget/zero-adjusted-budget'
 * @category Budget
 */
export const budgetMessages = defineCatalogue({
  'budget/identity-fails': {
    title: { zh: '预算金额不平衡', en: 'budget identity does not hold' },
    text: (p: Identity) => ({
      zh: `“${p.label}”不成立：各项合计 ${p.expected}${p.unit}，表中合计为 ${p.actual}${p.unit}，差额 ${p.difference}${p.unit}`,
      en: `"${p.labelEn}" does not hold: the parts add up to ${p.expected} ${p.unitEn}, the table's total reads ${p.actual} ${p.unitEn} (difference ${p.difference})`,
    }),
  },
  'budget/total-blank': {
    title: { zh: '合计为空', en: 'total is blank' },
    text: (p: { readonly label: string; readonly labelEn: string }) => ({
      zh: `${p.label}：合计单元格为空，无法核对（空白不按 0 处理）`,
      en: `${p.labelEn}: the total is blank and cannot be checked (blank is not zero)`,
    }),
  },
  'budget/parts-blank': {
    title: { zh: '分项均为空', en: 'all parts are blank' },
    text: (p: { readonly label: string; readonly labelEn: string }) => ({
      zh: `${p.label}：各分项均为空，无法核对`,
      en: `${p.labelEn}: every part is blank; nothing to check`,
    }),
  },
  'budget/not-a-decimal': {
    title: { zh: '金额格式错误', en: 'amount is not a decimal' },
    text: (p: Field & Amount) => ({
      zh: `${p.field}“${p.text}”不是十进制数字字符串`,
      en: `${p.fieldEn} "${p.text}" is not a decimal string`,
    }),
  },
  'budget/adjusted-missing': {
    title: { zh: '缺少全年预算数', en: 'adjusted budget missing' },
    text: () => ({
      zh: '全年预算数（调整后预算）为空，无法计算执行率',
      en: 'the adjusted budget (全年预算数) is blank; no execution rate can be computed',
    }),
  },
  'budget/executed-missing': {
    title: { zh: '缺少全年执行数', en: 'executed amount missing' },
    text: () => ({
      zh: '全年执行数为空，无法计算执行率（空白不按 0 处理）',
      en: 'the executed amount (全年执行数) is blank; no execution rate can be computed (blank is not zero)',
    }),
  },
  'budget/zero-adjusted-budget': {
    title: { zh: '全年预算数为 0', en: 'adjusted budget is zero' },
    text: () => ({
      zh: '全年预算数为 0：执行率无定义，不做除法',
      en: 'the adjusted budget is 0: the execution rate is undefined, no division is made',
    }),
  },
  'budget/negative-amount': {
    title: { zh: '金额为负数', en: 'negative amount' },
    text: (p: Field & Amount) => ({
      zh: `${p.field}为负数（${p.text}），无法计算执行率`,
      en: `the ${p.fieldEn} is negative (${p.text}); no execution rate can be computed`,
    }),
  },
  'budget/executed-above-adjusted': {
    title: { zh: '执行数超过预算数', en: 'executed above the adjusted budget' },
    text: (p: { readonly rate: string }) => ({
      zh: `全年执行数超过全年预算数（执行率 ${p.rate}%），得分按 100% 封顶`,
      en: `the executed amount exceeds the adjusted budget (rate ${p.rate}%); the score is capped at 100%`,
    }),
  },
});
