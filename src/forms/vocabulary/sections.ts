/**
 * The labels that open the sections of a table other than the header fields, the budget block and the
 * indicator table: goals, duties, key tasks, headcount, totals. Data, documented in docs/importing.md.
 * All are compared as label keys (see `labelKey`): no white space, half-width, no trailing colon.
 */

import { byKey } from './memo';

/** What a goal label says: the block (`年度总体目标`), or one side of it (planned, actual, mid-term). */
export type GoalLabel = 'block' | 'planned' | 'actual' | 'midTerm';

/** Goal labels and what each can be. A label that can be both a block and a side is read by its place in the row. */
export const GOAL_LABELS: readonly { readonly key: string; readonly can: readonly GoalLabel[] }[] = [
  { key: '年度总体目标', can: ['block', 'planned'] },
  { key: '总体目标', can: ['block', 'planned'] },
  { key: '年度绩效目标', can: ['block', 'planned'] },
  { key: '绩效目标', can: ['block', 'planned'] },
  { key: '项目绩效目标', can: ['block', 'planned'] },
  { key: '项目年度目标', can: ['block', 'planned'] },
  { key: '项目年度绩效目标', can: ['block', 'planned'] },
  { key: '项目目标', can: ['block', 'planned'] },
  { key: '年度总体绩效目标', can: ['block', 'planned'] },
  { key: '绩效目标总体描述', can: ['planned'] },
  { key: '总体绩效目标', can: ['block', 'planned'] },
  { key: '年度目标', can: ['planned'] },
  { key: '预期目标', can: ['planned'] },
  { key: '年初目标', can: ['planned'] },
  { key: '年初设定目标', can: ['planned'] },
  { key: '计划目标', can: ['planned'] },
  { key: '目标', can: ['planned'] },
  { key: '中期目标', can: ['midTerm'] },
  { key: '中期绩效目标', can: ['midTerm'] },
  { key: '实际完成情况', can: ['actual'] },
  { key: '实际完成', can: ['actual'] },
  { key: '实际完成目标', can: ['actual'] },
  { key: '全年实际完成情况', can: ['actual'] },
  { key: '完成情况', can: ['actual'] },
  { key: '年度目标完成情况', can: ['block', 'actual'] },
  { key: '年度总体目标完成情况', can: ['block', 'actual'] },
  { key: '年度总体目标完成情况综述', can: ['actual'] },
  { key: '年度绩效目标完成情况', can: ['block', 'actual'] },
  { key: '项目年度目标完成情况', can: ['block', 'actual'] },
  { key: '总体目标完成情况', can: ['block', 'actual'] },
  { key: '年度履职目标', can: ['block', 'planned'] },
];

const GOALS: ReadonlyMap<string, readonly GoalLabel[]> = new Map(GOAL_LABELS.map((g) => [g.key, g.can]));

/** Numbering before a label (`1.项目年度目标完成情况`, `一、`, `(1)`), and a bracketed remark after it (`中期目标(2024-2026年)`). */
const DECORATION = /^(\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、|\(\d{1,2}\))|\([^()]{0,20}\)$/gu;

/** What a goal label can be, by its label key; undefined when the key is no goal label. */
export const goalLabelOf = byKey(function goalLabelOf(key: string): readonly GoalLabel[] | undefined {
  if (key === '' || key.length > 30) return undefined;
  const direct = GOALS.get(key);
  if (direct !== undefined) return direct;
  // Only numbered (`1.`) or bracketed (`…(2024-2026年)`) keys can become a label once decorated.
  if (!/^[\d(一二三四五六七八九十]|\)$/u.test(key)) return undefined;
  const bare = key.replace(DECORATION, '');
  return bare === key ? undefined : GOALS.get(bare);
});

/** Labels of the unit's duties (单位职责), read from an HTML or plain cell into a list. */
export const DUTY_LABELS: ReadonlySet<string> = new Set(['单位职责', '部门职责', '主要职能', '职能职责', '单位主要职能', '部门主要职能', '单位职能', '部门职能', '主要职责']);

/** Labels of the year's key tasks block (年度重点任务). */
export const KEY_TASK_LABELS: ReadonlySet<string> = new Set(['年度重点任务', '年度主要任务', '重点任务', '主要任务', '年度重点工作任务', '重点工作任务']);

/** Labels of a headcount block's cells (年末在职人数 / 内设机构数). */
export const HEADCOUNT_LABELS: { readonly headcount: ReadonlySet<string>; readonly internalDepartments: ReadonlySet<string> } = {
  headcount: new Set(['年末在职人数', '在职人数', '年末实有人数', '实有人数']),
  internalDepartments: new Set(['内设机构数', '内设机构', '机构数']),
};

/** The label of a total row (总分 | … | 100 | 96). */
export const TOTAL_LABELS: ReadonlySet<string> = new Set(['总分', '合计', '总计', '自评总分', '总得分', '综合得分', '得分合计', '评分合计', '合计得分', '总分值']);

/** The grades a table may publish beside its total. */
export const GRADE_WORDS: ReadonlySet<string> = new Set(['优', '良', '中', '差', '优秀', '良好', '合格', '不合格', '及格', '不及格']);

/**
 * Headings that stand alone on a row and carry nothing the model needs (the blocks below them are read by their
 * own words): `绩效指标`, `年度绩效指标完成情况`, `预算执行情况`, `项目基本情况` …, numbering allowed (`2.项目实施内容及过程概述`).
 */
export const HEADINGS: ReadonlySet<string> = new Set([
  '绩效指标',
  '年度绩效指标',
  '绩效指标完成情况',
  '年度绩效指标完成情况',
  '绩效目标',
  '预算执行情况',
  '预算情况',
  '项目基本情况',
  '项目资金情况',
  '资金情况',
  '项目实施内容及过程概述',
  '项目支出绩效目标',
  '绩效目标完成情况',
  '年度总体目标完成情况',
]);

/** The heading a key names, numbering and a weight (`绩效指标(90分)`) removed; undefined for none. */
export const isHeadingKey = byKey(function isHeadingKey(key: string): boolean {
  if (key === '' || key.length > 30) return false;
  return HEADINGS.has(key.replace(/^(\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、|\(\d{1,2}\))|\(\d+(\.\d+)?分\)$/gu, ''));
});

/**
 * Labels that open a sign-off line at the end of a table (`填表人：张三  联系电话：…`, `填报日期：2024年1月5日`,
 * `单位负责人：李四`), written first in the row, alone or before a colon.
 */
export const SIGN_OFF_LABELS: readonly string[] = ['填表人', '填报人', '制表人', '经办人', '审核人', '复核人', '联系人', '联系电话', '电话', '填表日期', '填报日期', '制表日期', '日期', '单位负责人', '部门负责人', '财务负责人', '项目负责人签字', '分管领导', '负责人', '填报单位', '填表单位'];

/** Words that make a short row a sign-off box wherever they stand in it (`财政部门初审意见 | (盖章)`). */
export const SIGN_OFF_WORDS: readonly string[] = ['审核意见', '初审意见', '审批意见', '盖章', '签字', '签章'];

/** Labels that open a footnote (`注：…`, `注1：…`, `说明：…`), followed by a colon. */
export const NOTE_LABELS: readonly string[] = ['注', '说明', '备注'];
