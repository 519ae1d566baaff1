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

/**
 * A remark after the amount: a bracket (`854万(其中…400万元,…)`), or 其中 / 含 / 包括 / 包含 after a comma or
 * nothing (`854万元，其中市级400万元`). Bounded quantifiers, one try at each bracket or marker: linear.
 */
const REMARK_START = /[([【]|[,;，；、]?\s{0,3}(?:其中|包括|包含|含)/u;
/** The money units a bracket may hold instead of a remark (`854（万元）`). */
const BRACKETED_UNIT = /^[([【]\s{0,3}(万元|元)\s{0,3}[)\]】]$/u;
const PLAIN = /^-?\d+(\.\d+)?$/;
const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE = /\s/u;

/**
 * Reads an amount of money from a table cell exactly as tables write it: `28,963,548.68`, `215,457.6`, `0`,
 * `0.00`, full-width digits, surrounding spaces, an optional `¥` and an optional unit `元`/`万元` (`万` alone
 * is 万元, in brackets too: `854（万元）`). An amount followed by a remark — in brackets, or after 其中 / 含 /
 * 包括 (`854万(其中：市级400万元，县级454万元)`, `90万元，其中上年结转10万元`) — is the leading amount, with a
 * `money/remark` warning naming the remark (the amounts in it are not read). What is ambiguous is refused with a
 * located error instead of guessed: a space inside (`968.191 8`), an amount written twice (`854万854万`), two
 * amounts with no remark marker between them (`854万400万`), misplaced separators (`1,23,4`).
 *
 * @param text - the cell text
 * @param options - see {@link ParseAmountOptions}
 * @returns the amount, or errors whose `column` counts from the start of `text`
 * @example
 * parseAmount('28,963,548.68') //=> { ok: true, value: { amount: '28963548.68', unit: null }, warnings: [] }
 * parseAmount('968.191 8').ok //=> false
 * parseAmount('854万(其中：市级400万元)').value //=> { amount: '854', unit: 'wan-yuan' } (and a money/remark warning)
 * @category Money
 */
export function parseAmount(text: string, options: ParseAmountOptions = {}): Result<ParsedAmount> {
  // Most cells are a number as written (`28,963,548.68`, `0.00`): nothing to normalise or report.
  if ((PLAIN.test(text) || GROUPED.test(text)) && (options.allowNegative || !text.startsWith('-'))) {
    return ok({ amount: text.includes(',') ? text.replace(/,/g, '') : text, unit: null });
  }
  return withRemark(text, options) ?? readAmount(text, options);
}

/**
 * An amount followed by a remark, read as the amount with `money/remark` naming the remark — when the text
 * before the remark is an amount on its own; else null (and the whole cell is read, or refused, as it is).
 */
function withRemark(text: string, options: ParseAmountOptions): Result<ParsedAmount> | null {
  const half = toHalfWidth(text);
  const m = REMARK_START.exec(half);
  if (m === null || m.index === 0) return null;
  const head = half.slice(0, m.index);
  const rest = half.slice(m.index).trim();
  const bracketUnit = BRACKETED_UNIT.exec(rest);
  const amount = readAmount(bracketUnit === null ? text.slice(0, m.index) : `${text.slice(0, m.index)}${bracketUnit[1]}`, options);
  if (!amount.ok || head.trim() === '') return null;
  if (bracketUnit !== null) return amount;
  // The remark as written (toHalfWidth keeps every index): its opening bracket or comma and closing bracket off.
  const remark = text.slice(m.index).trim().replace(/^[([【（［,;，；、]\s*/u, '').replace(/\s*[)\]】）］]$/u, '');
  const column = Array.from(text.slice(0, m.index)).length + 1;
  return ok(amount.value, [...amount.warnings, M.finding('money/remark', 'warning', { text: text.trim(), remark }, { column })]);
}

function readAmount(text: string, options: ParseAmountOptions): Result<ParsedAmount> {
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
  // `854万`: 万 alone after an amount is 万元, as money cells write it.
  else if (s.endsWith('万')) [s, unit] = [s.slice(0, -1), 'wan-yuan'];
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
