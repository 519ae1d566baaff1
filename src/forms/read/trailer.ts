import { leadCell } from '../text/split-table';
import type { TableRow } from '../text/split-table';
import { byKey } from '../vocabulary/memo';
import { NOTE_LABELS, SIGN_OFF_LABELS, SIGN_OFF_WORDS } from '../vocabulary/sections';

/** A sign-off line's opening label, alone or before a colon, tested on a cell's label key. */
const SIGN_OFF_START = new RegExp(`^(${SIGN_OFF_LABELS.join('|')})(:|$)`, 'u');

/** A sign-off box's word, anywhere in a short cell. */
const SIGN_OFF_ANYWHERE = new RegExp(SIGN_OFF_WORDS.join('|'), 'u');

/** A footnote's opening (`注：`, `注1：`, `说明：`), tested on a cell's label key. */
const NOTE_START = new RegExp(`^(${NOTE_LABELS.join('|')})\\d*:`, 'u');

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
