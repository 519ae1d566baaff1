import { moneyMessages as M } from '../i18n/messages/money';
import { toHalfWidth } from '../i18n/half-width';
import type { AmountUnit } from '../model/common';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';

/**
 * An amount read from a cell: the decimal string, and the unit when the cell wrote one (`90万元`).
 *
 * @example
 * const a: ParsedAmount = { amount: '28963548.68', unit: null };
 * @category Money
 */
export interface ParsedAmount {
  /** Exact decimal string, separators removed, every written fraction digit kept. */
  readonly amount: string;
  /** `yuan` or `wan-yuan` when the cell ends in 元 / 万元, else null (the table's header decides). */
  readonly unit: AmountUnit | null;
}

/**
 * Options of {@link parseAmount}.
 *
 * @example
 * const o: ParseAmountOptions = { allowNegative: true };
 * @category Money
 */
export interface ParseAmountOptions {
  /** Accept a leading minus (refunds, adjustments). Default false: a negative amount is an error. */
  readonly allowNegative?: boolean;
}

const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE = /\s/u;

/**
 * Reads an amount of money from a table cell exactly as tables write it: `28,963,548.68`, `215,457.6`, `0`,
 * `0.00`, full-width digits, surrounding spaces, an optional `¥` and an optional unit `元`/`万元`. What is
 * ambiguous is refused with a located error instead of guessed: a space inside (`968.191 8`), an amount
 * written twice (`854万854万`), misplaced separators (`1,23,4`).
 *
 * @param text - the cell text
 * @param options - see {@link ParseAmountOptions}
 * @returns the amount, or errors whose `column` counts from the start of `text`
 * @example
 * parseAmount('28,963,548.68') //=> { ok: true, value: { amount: '28963548.68', unit: null }, warnings: [] }
 * parseAmount('968.191 8').ok //=> false
 * @category Money
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Result<ParsedAmount> {
  // Most cells are a number as written (`28,963,548.68`, `0.00`): nothing to normalise or report.
  if ((PLAIN.test(text) || GROUPED.test(text)) && (options.allowNegative || !text.startsWith('-'))) {
    return ok({ amount: text.includes(',') ? text.replace(/,/g, '') : text, unit: null });
  }
  const half = toHalfWidth(text);
  const warnings: Finding[] = [];
  if (half !== text) warnings.push(M.finding('money/full-width', 'warning', { text }, { column: 1 }));
  const lead = half.length - half.trimStart().length;
  let s = half.trim();
  const column = lead + 1;
  if (s === '') return fail([M.finding('money/blank', 'error', {}, { column: 1 })], warnings);

  let unit: AmountUnit | null = null;
  if (s.endsWith('万元')) [s, unit] = [s.slice(0, -2), 'wan-yuan'];
  else if (s.endsWith('元')) [s, unit] = [s.slice(0, -1), 'yuan'];
  s = s.replace(/^[¥￥]/u, '').trim();

  if (/[万元]/u.test(s)) {
    // A unit left inside the number: `854万854万` is one amount written twice; anything else is not a number.
    const code = /^(.+)\1$/u.test(half.trim()) ? 'money/repeated' : 'money/not-a-number';
    return fail([M.finding(code, 'error', { text }, { column })], warnings);
  }
  if (SPACE.test(s)) return fail([M.finding('money/space-inside', 'error', { text }, { column })], warnings);
  if (!PLAIN.test(s) && !GROUPED.test(s)) {
    const code = /^-?[\d,]+(\.\d+)?$/.test(s) ? 'money/bad-grouping' : 'money/not-a-number';
    return fail([M.finding(code, 'error', { text }, { column })], warnings);
  }
  if (s.startsWith('-') && !options.allowNegative) {
    return fail([M.finding('money/negative', 'error', { text }, { column })], warnings);
  }
  return ok({ amount: s.replace(/,/g, ''), unit }, warnings);
}
