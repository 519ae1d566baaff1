/**
 * The header words of indicator tables, as data: which role a column has, by the words its header cell uses.
 * Documented in docs/importing.md ("Column roles"); a test holds the two together.
 */

import { byKey } from './memo';

/**
 * What a column of an indicator table holds. The indicator's own cells (`tier1` … `note`), the cells of a
 * whole-document column that some tables put in front of their indicators (`projectName` … `goal`, one value
 * per document, the rows below left blank), a section label repeated in its own column (`label`: `绩效指标`),
 * and per-site targets (`site`, one target column per place).
 */
export type IndicatorColumn =
  | 'tier1'
  | 'tier2'
  | 'name'
  | 'description'
  | 'target'
  | 'midTermTarget'
  | 'adjustedTarget'
  | 'site'
  | 'operator'
  | 'direction'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'coefficient'
  | 'isCore'
  | 'deviation'
  | 'note'
  | DocumentColumn
  | 'label';

/** The columns of whole-document facts an indicator table can carry (Inner Mongolia's 项目绩效目标表). */
export type DocumentColumn = 'projectName' | 'implementingUnit' | 'supervisingDepartment' | 'category' | 'budget' | 'goal';

/** One rule of the vocabulary: a header key (see `labelKey`) equal to one of `words`, or containing one of `contains`. */
export interface ColumnWords {
  readonly role: IndicatorColumn;
  readonly words?: readonly string[];
  readonly contains?: readonly string[];
  /** Where the rule comes from (a sample, a template, LAYOUTS.md). */
  readonly seen: string;
}

/**
 * The vocabulary, in the order it is tried: the first rule that matches a header key gives the role. The order
 * matters where words overlap: `得分系数` is a coefficient before it is a score, `实际完成指标值` an actual
 * before a target, `指标值(包含数字及文字描述)` a target before a description.
 */
export const INDICATOR_COLUMN_WORDS: readonly ColumnWords[] = [
  { role: 'isCore', contains: ['核心'], seen: 'Chongqing 是否核心指标 (LAYOUTS E)' },
  { role: 'coefficient', contains: ['系数'], seen: 'Chongqing 得分系数(%) (LAYOUTS E)' },
  { role: 'deviation', contains: ['偏差', '原因', '改进措施', '未完成'], seen: '偏差原因分析及改进措施 (national), 未完成原因分析 (Sichuan), 未完成原因及拟采取的改进措施 (Anhui)' },
  { role: 'score', contains: ['得分'], seen: '得分, 自评得分, 指标得分(分)' },
  { role: 'weight', contains: ['分值', '权重'], seen: '分值, 权重, 指标权重(分)' },
  { role: 'tier1', contains: ['一级'], words: ['指标类型', '指标类别', '一级指标类型'], seen: '一级指标, 一级目标 (seed), 指标类型 (Zhejiang two-level table)' },
  { role: 'tier2', contains: ['二级'], seen: '二级指标, 二级目标 (seed)' },
  {
    role: 'name',
    contains: ['三级'],
    words: ['指标名称', '指标', '具体指标', '指标内容', '绩效指标名称', '指标项目', '考核指标', '指标明细', '指标名'],
    seen: '三级指标, 三级目标 (seed), 三级指标/指标内容, 指标名称 (Chongqing), 具体指标, 指标内容',
  },
  { role: 'midTermTarget', contains: ['中期指标值', '中期目标值', '中期目标'], seen: 'central project declaration 中期指标值' },
  { role: 'adjustedTarget', contains: ['调整指标值', '调整后指标值', '调整目标值', '调整后目标值'], seen: 'Chongqing 调整指标值' },
  { role: 'actual', contains: ['实际', '完成值', '完成情况', '执行情况'], seen: '实际完成值, 全年实际值 (Anhui), 全年完成值 (Chongqing), 完成值 (Sichuan), 1-7月执行情况 (monitoring)' },
  {
    role: 'target',
    contains: ['指标值', '目标值', '标准值', '绩效标准', '计划值', '预期值'],
    seen: '指标值, 年度指标值, 指标目标值 (seed), 年初指标值 (Chongqing), 目标值 (Inner Mongolia), 指标值(包含数字及文字描述), 绩效标准',
  },
  { role: 'description', contains: ['描述', '解释', '说明', '释义', '计算公式', '评分标准', '评(扣)分标准'], seen: '绩效指标描述 (Tianjin), 指标描述 (Zhejiang), 指标解释, 指标说明' },
  { role: 'operator', contains: ['计算符号', '运算符', '比较符'], words: ['符号', '指标性质'], seen: '指标性质 = / ≥ / ≤ (Sichuan), 计算符号 (national systems); 指标性质 holding 正向/反向 is a direction column (Inner Mongolia)' },
  { role: 'direction', contains: ['指标方向', '方向'], words: ['指标属性'], seen: '指标方向 (Inner Mongolia, there holding 大于等于 / 小于等于: an operator column)' },
  { role: 'unit', contains: ['度量单位', '计量单位'], words: ['单位'], seen: '度量单位 (Sichuan, Yunnan), 计量单位 (Chongqing, Inner Mongolia)' },
  { role: 'note', contains: ['备注'], seen: '备注 (national project declaration)' },
  { role: 'projectName', words: ['项目名称', '项目'], seen: 'Inner Mongolia 项目名称 column' },
  { role: 'implementingUnit', words: ['项目单位', '实施单位', '项目实施单位', '单位名称', '预算单位'], seen: 'Inner Mongolia 项目单位 column' },
  { role: 'supervisingDepartment', words: ['主管部门', '主管单位'], seen: '主管部门 column' },
  { role: 'category', words: ['项目类别', '项目类型', '项目分类'], seen: 'Inner Mongolia 项目类别 column' },
  { role: 'budget', words: ['预算数', '预算金额', '资金总额', '年度资金总额', '项目金额', '年度预算', '预算资金', '金额'], seen: 'Inner Mongolia 预算数 column' },
  { role: 'goal', words: ['年度绩效目标', '绩效目标', '总体目标', '年度目标', '年度总体目标', '项目绩效目标'], seen: 'Inner Mongolia 年度绩效目标 column' },
  { role: 'label', words: ['绩效指标', '年度绩效指标', '绩效指标完成情况', '年度绩效指标完成情况'], seen: 'Hunan 绩效指标 column before every row; central 绩效指标 column' },
];

/** The document columns, for the reader that takes them as the document's header fields. */
export const DOCUMENT_COLUMNS: readonly DocumentColumn[] = ['projectName', 'implementingUnit', 'supervisingDepartment', 'category', 'budget', 'goal'];

/** A trailing weight or unit in a header (`绩效指标(90分)`, `指标权重(分)`, `得分系数(%)`): not part of the words. */
const HEADER_SUFFIX = /\((\d+(\.\d+)?)?分\)$|\(%\)$/u;

/** The vocabulary compiled once: each rule's exact words and one pattern of what it contains, in order. */
const COMPILED = INDICATOR_COLUMN_WORDS.map((rule) => ({
  role: rule.role,
  words: new Set(rule.words ?? []),
  contains: rule.contains === undefined ? null : new RegExp(rule.contains.map((w) => w.replace(/[()]/gu, '\\$&')).join('|'), 'u'),
}));

/** Every exact word, and one pattern of every contained word: what a key needs to have a role at all. */
const EXACT: ReadonlySet<string> = new Set(INDICATOR_COLUMN_WORDS.flatMap((r) => r.words ?? []));
const ANY_WORD = new RegExp(INDICATOR_COLUMN_WORDS.flatMap((r) => r.contains ?? []).map((w) => w.replace(/[()]/gu, '\\$&')).join('|'), 'u');

/**
 * The role a header cell names, by its label key; null when the vocabulary has no rule for it (the column is
 * then kept and reported, not dropped).
 *
 * @param key - the header cell's label key
 */
export const indicatorColumnOf = byKey(function indicatorColumnOf(key: string): IndicatorColumn | null {
  if (key === '' || key.length > 40) return null;
  const k = HEADER_SUFFIX.test(key) ? key.replace(HEADER_SUFFIX, '') : key;
  // Most keys asked about (values, labels of other blocks) hold no header word at all: one search says so.
  if (!EXACT.has(k) && !ANY_WORD.test(k)) return null;
  for (const rule of COMPILED) {
    if (rule.words.has(k) || (rule.contains !== null && rule.contains.test(k))) return rule.role;
  }
  return null;
});

/** Exact words of the column that names the indicators; besides them, any key with 二级 or 三级. */
const NAMING_WORDS: ReadonlySet<string> = new Set(INDICATOR_COLUMN_WORDS.find((r) => r.role === 'name')?.words ?? []);

/** True when a header key could name the indicators' column (or their tier-2 category): what every indicator header has. */
export function isNamingKey(key: string): boolean {
  return NAMING_WORDS.has(key) || (key.length <= 40 && key.includes('级') && (key.includes('三级') || key.includes('二级')));
}

/** The roles that make a row an indicator header when it has them: a name (or tier 2) and a target side. */
export const NAMING_ROLES: ReadonlySet<IndicatorColumn> = new Set(['name', 'tier2']);
/** The roles of the target side of an indicator header. */
export const TARGET_ROLES: ReadonlySet<IndicatorColumn> = new Set(['target', 'operator', 'actual', 'midTermTarget']);
