import { leadCell } from '../text/split-table';
import type { TableRow } from '../text/split-table';
import { byKey } from '../vocabulary/memo';

/**
 * The labels that open the sign-off lines real tables end with (`填表人：张三  联系电话：…`, `填报日期：2024年1月5日`,
 * `单位负责人：李四`, `审核人：`), written alone or followed by a colon; tested on a cell's label key.
 */
const SIGN_OFF_START = /^(填表人|填报人|制表人|经办人|审核人|复核人|联系人|联系电话|电话|填表日期|填报日期|制表日期|日期|单位负责人|部门负责人|财务负责人|项目负责人签字|分管领导|负责人|填报单位|填表单位)(:|$)/u;

/** Words that make a short row a sign-off box wherever they stand (`财政部门初审意见 | (盖章)`). */
const SIGN_OFF_ANYWHERE = /审核意见|初审意见|审批意见|盖章|签字|签章/u;

/** A footnote's opening (`注：`, `注1：`, `说明：`), tested on a cell's label key. */
const NOTE_START = /^(注|说明|备注)\d*:/u;

/**
 * True when a label key opens a sign-off line (填表人, 填报日期, 单位负责人, …): the label stands first, alone or
 * before a colon, so an indicator that only mentions such a word (`合同签字率`) is not one.
 */
export function isSignOffStart(key: string): boolean {
  return SIGN_OFF_START.test(key);
}

/** True when a label key is a sign-off line or a sign-off box (`…审核意见`, `(盖章)`). */
export const isSignOffKey = byKey(function isSignOffKey(key: string): boolean {
  return SIGN_OFF_START.test(key) || (key.length <= 60 && SIGN_OFF_ANYWHERE.test(key));
});

/** True when a label key opens a footnote (`注：…`, `说明：…`). */
export function isNoteKey(key: string): boolean {
  return NOTE_START.test(key);
}

/**
 * What kind of trailer a row is, from its first filled cell: a footnote, a sign-off line, or none. Real tables
 * end with these (`注：…`, `填表人：…  联系电话：…`, `填报日期：…`, `单位负责人：…`); they are no document data.
 */
export function trailerKind(row: TableRow): 'note' | 'sign-off' | null {
  const first = leadCell(row);
  if (!first) return null;
  if (isNoteKey(first.key)) return 'note';
  if (isSignOffKey(first.key)) return 'sign-off';
  return null;
}
