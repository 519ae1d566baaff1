/**
 * The words of budget blocks (资金情况 / 项目资金 / 预算执行情况 / 预算情况), as data: the roles of their columns
 * and the funding source each line label names. Documented in docs/importing.md ("Budget blocks").
 */

import { byKey } from './memo';

/** What a column of a budget block holds: amounts (年初 / 全年(调整后) / 执行), or the published claims. */
export type FundsColumn = 'initial' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score';

/** The amount columns, in the order tables write them. */
export const AMOUNT_COLUMNS: readonly FundsColumn[] = ['initial', 'adjusted', 'executed'];

/**
 * Header words of budget columns, tried in order (the first rule that matches a header key gives the role):
 * `执行率权重` is a weight before it is a rate, `预算执行数` an executed amount before a budget.
 */
export const FUNDS_COLUMN_WORDS: readonly { readonly role: FundsColumn; readonly contains: readonly string[]; readonly seen: string }[] = [
  { role: 'weight', contains: ['权重', '分值'], seen: '分值 (national), 权重 (Sichuan), 执行率权重 (Chongqing)' },
  { role: 'score', contains: ['得分'], seen: '得分, 执行率得分' },
  { role: 'rate', contains: ['执行率', '完成率', '支出率'], seen: '执行率, 执行率(B/A), 预算执行率' },
  { role: 'initial', contains: ['年初'], seen: '年初预算数, 年初预算, 年初批复数' },
  { role: 'executed', contains: ['执行数', '执行金额', '实际支出', '支出数', '实际执行', '执行(B)', '决算数', '实际使用'], seen: '全年执行数(B), 预算执行数' },
  { role: 'adjusted', contains: ['全年预算', '调整后', '调整预算', '变动后', '预算数', '预算金额', '批复数'], seen: '全年预算数(A), 调整后预算数' },
];

/** A rule's words as one pattern (the words hold no pattern characters but brackets, escaped). */
function wordsPattern(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[()]/gu, '\\$&')).join('|'), 'u');
}

const COLUMN_RULES = FUNDS_COLUMN_WORDS.map((r) => ({ role: r.role, pattern: wordsPattern(r.contains) }));

/** The role of a budget header cell, by its label key; null for none. */
export const fundsColumnOf = byKey(function fundsColumnOf(key: string): FundsColumn | null {
  if (key === '' || key.length > 40) return null;
  for (const rule of COLUMN_RULES) if (rule.pattern.test(key)) return rule.role;
  return null;
});

/**
 * Which part of the money a line label names. Sources (RULES §3): the total, this year's fiscal appropriation,
 * Sichuan's special-account funds, carry-over, unit funds, other funds; the structure of a unit's budget:
 * basic and project expenditure.
 */
export type FundsLineRole = 'total' | 'fiscal' | 'special-account' | 'carry-over' | 'unit-funds' | 'other' | 'basic' | 'project' | 'unspecified';

/** Line-label words, tried in order (`财政专户管理资金` is special-account before it is fiscal). */
export const FUNDS_LINE_WORDS: readonly { readonly role: FundsLineRole; readonly contains: readonly string[]; readonly seen: string }[] = [
  { role: 'total', contains: ['总额', '合计', '总计', '总金额', '预算总额', '资金总额'], seen: '年度资金总额, 部门整体预算总额, 总额 (Sichuan)' },
  { role: 'basic', contains: ['基本支出'], seen: 'seed 资金结构：(1)基本支出' },
  { role: 'project', contains: ['项目支出'], seen: 'seed (2)项目支出' },
  { role: 'special-account', contains: ['财政专户'], seen: 'Sichuan 财政专户管理资金' },
  { role: 'carry-over', contains: ['结转', '结余'], seen: '上年结转资金' },
  { role: 'fiscal', contains: ['财政拨款', '财政资金', '财政补助', '财政性资金', '一般公共预算', '政府性基金', '财政'], seen: '其中：本年财政拨款, 其中:当年财政 拨款, 其中:财政 资金' },
  { role: 'unit-funds', contains: ['单位资金', '自有资金', '自筹资金', '单位自筹', '事业收入'], seen: 'Sichuan 单位资金' },
  { role: 'other', contains: ['其他资金', '其他收入', '社会资金', '其他'], seen: '其他资金' },
];

const LINE_RULES = FUNDS_LINE_WORDS.map((r) => ({ role: r.role, pattern: wordsPattern(r.contains) }));
/** Any word of any line rule: a label none of them has names no line. */
const ANY_LINE_WORD = wordsPattern(FUNDS_LINE_WORDS.flatMap((r) => r.contains));

/** The role a line label names, by its label key; `unspecified` for a label the vocabulary does not know. */
export const fundsLineOf = byKey(function fundsLineOf(key: string): FundsLineRole {
  if (PAIR_TOTAL.has(key)) return 'total';
  if (!ANY_LINE_WORD.test(key)) return 'unspecified';
  for (const rule of LINE_RULES) if (rule.pattern.test(key)) return rule.role;
  return 'unspecified';
});

/**
 * True when a label key names a line of money (any role but `unspecified`), short enough to be a label. The
 * single word `预算数` of a pair row (`预算数 | 20.00 | 其中:财政资金 | 20.00`) names the total too.
 */
export const isFundsLineKey = byKey(function isFundsLineKey(key: string): boolean {
  if (key === '' || key.length > 30) return false;
  return PAIR_TOTAL.has(key) || ANY_LINE_WORD.test(key);
});

/** Words that stand for the total in a label/amount pair row. */
export const PAIR_TOTAL: ReadonlySet<string> = new Set(['预算数', '预算金额', '项目总额', '资金规模', '总预算']);

/**
 * Labels of a budget block that stand before its lines (in the first row, or repeated in a column before every
 * row): `项目资金(万元)`, `资金情况 (万元)`, `预算执行情况(10分)`, `年度预算安排(万元)`, `预算情况`, `预算规模及资金用途`.
 * Matched on the key with the money unit and the weight removed.
 */
export const FUNDS_BLOCK_LABELS: readonly string[] = [
  '项目资金',
  '资金情况',
  '预算执行情况',
  '预算执行',
  '年度预算安排',
  '预算安排',
  '预算情况',
  '年度预算',
  '预算规模及资金用途',
  '预算规模',
  '资金来源',
  '项目资金情况',
  '资金投入',
  '年度资金',
  '年度预算数',
];

const BLOCK_LABELS: ReadonlySet<string> = new Set(FUNDS_BLOCK_LABELS);

/** `(万元)`, `(元)`, `(10分)` and `单位:万元` written into a label, removed before it is compared. */
const LABEL_EXTRAS = /\((万元|元|\d+(\.\d+)?分)\)|单位:(万元|元)|:$/gu;

/** True when a key is the label of a budget block (with or without its unit and weight). */
export const isFundsBlockKey = byKey(function isFundsBlockKey(key: string): boolean {
  // Every block label names money (资金) or a budget (预算): other keys need no look.
  if (key === '' || key.length > 30 || (!key.includes('资') && !key.includes('预'))) return false;
  // Only a key with a bracket, a colon or a unit statement has anything to remove.
  const k = key.includes('(') || key.includes(':') ? key.replace(LABEL_EXTRAS, '') : key;
  return BLOCK_LABELS.has(k);
});
