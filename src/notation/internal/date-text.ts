/**
 * Internal: the reader of dates written in target and actual cells (`12月底到位`, `2024年12月31日前`,
 * `2024.12.31前完成`, `上半年完成`, `2023.07-2024.01`, `2021年1月-12月`). Sticky regular expressions with bounded
 * quantifiers, each tried once at a known position, and one pass over the rest: time is linear in the length of
 * the cell. Not exported from the package.
 */
// date-fns by function: `parse` and `format` would load every token and the en-US locale (≈ 100 ms cold).
import { isExists } from 'date-fns/isExists';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { notationMessages as M } from '../../i18n/messages/notation';
import type { Actual } from '../../model/actual';
import type { Finding, Result } from '../../model/finding';
import { fail, ok } from '../../model/finding';
import type { DeadlineTarget, PeriodTarget } from '../../model/target';
import { DATE_EVENT_WORDS, DATE_LEAD_WORDS, DEADLINE_WORDS, RELATIVE_DATE_WORDS } from '../vocabulary';
import { characterFindings } from './expression';
import type { Prepared } from './text';

/** What a cell's text was read as, when it is a date. Indices count UTF-16 units of the text read. */
export type DateReading =
  | {
      readonly type: 'deadline';
      /** The last day the text allows (`YYYY-MM-DD`, or `--MM-DD` without a year). */
      readonly due: string;
      /** Where the date starts. */
      readonly at: number;
      /** A month with `前` and no day (`12月前`): read as by the month's end, which a reader may not mean. */
      readonly monthBefore: boolean;
    }
  | { readonly type: 'period'; readonly from: string; readonly to: string; readonly at: number }
  /** Written as a date, but no calendar has that day (`2月30日前`). */
  | { readonly type: 'invalid'; readonly at: number }
  /** A period that ends before it starts (`2024.07-2024.01`). */
  | { readonly type: 'reversed'; readonly at: number };

/** A date as written: a year (or none), and the first and last months and days of the span it names. */
interface Part {
  readonly year: number | null;
  readonly from: readonly [number, number];
  /** `0` as the day: the month's last day. */
  readonly to: readonly [number, number];
  /** A day, a year with a month, a month's end or a word: a date whatever follows it. */
  readonly explicit: boolean;
  /** A month with no day and no end (`12月`, `2024年12月`, `2024.12`): `前` after it is ambiguous. */
  readonly monthOnly: boolean;
  /** A span word (`上半年`, `全年`): a period on its own. */
  readonly span: boolean;
  readonly end: number;
}

const S = '\\s{0,2}';
const YEAR = `(?:(\\d{4})${S}年${S})?`;
const FULL_CN = new RegExp(`${YEAR}(\\d{1,2})${S}月${S}(\\d{1,2})${S}[日号]`, 'y');
const MONTH_CN = new RegExp(`${YEAR}(\\d{1,2})${S}月(?!${S}\\d)(份|底|末)?`, 'y');
/** `2024年1-12月`, `1至12月`: the months of one year. */
const MONTHS_CN = new RegExp(`${YEAR}(\\d{1,2})${S}[-~至到]${S}(\\d{1,2})${S}月份?`, 'y');
const YEAR_CN = new RegExp(`(\\d{4})${S}年${S}`, 'y');
const YEAR_END = /(?:度内|底|末|终|内)/y;
const YEAR_WHOLE = /度/y;
const DOTTED = /(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d)/y;
const SPAN_END = /[末底]/y;
const SPACE = /\s{0,3}/y;
const SEPARATOR = /[-~至到]/y;
const DIGIT = /\d/;
/** What every date has: 年, 月 or 季 (`全年`, `12月`, `一季度`), or a year, a dot or dash and a month (`2024.12`). */
const DATE_HINT = /[年月季]|\d{4}[./-]\d/;

/** Words by the UTF-16 unit they start with, longest first (`截止到` before `截止`, `年度内` before `年内`). */
type Words = ReadonlyMap<number, readonly string[]>;
function byFirstUnit(words: readonly string[]): Words {
  const groups = new Map<number, string[]>();
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const group = groups.get(w.charCodeAt(0));
    if (group) group.push(w);
    else groups.set(w.charCodeAt(0), [w]);
  }
  return groups;
}
const LEADS = byFirstUnit(DATE_LEAD_WORDS);
const LEAD_SYMBOLS = byFirstUnit(['<=', '≤', '≦']);
const DEADLINES = byFirstUnit(DEADLINE_WORDS);
const EVENTS = byFirstUnit(DATE_EVENT_WORDS);
const RELATIVE = byFirstUnit(Object.keys(RELATIVE_DATE_WORDS));
/** {@link RELATIVE_DATE_WORDS} with their months and days read once. */
const RELATIVE_SPANS: ReadonlyMap<string, { readonly from: readonly [number, number]; readonly to: readonly [number, number]; readonly end: boolean }> = new Map(
  Object.entries(RELATIVE_DATE_WORDS).map(([word, w]) => [word, { from: monthDay(w.from), to: monthDay(w.to), end: w.end }]),
);
const INSIDE = new Set(['内', '以内', '之内']);
/** The UTF-16 units a date target can start with. */
const FIRST: ReadonlySet<number> = new Set([...'0123456789'].map((c) => c.charCodeAt(0)).concat([...LEADS.keys(), ...LEAD_SYMBOLS.keys(), ...RELATIVE.keys()]));

/** The leap year that days without their year are checked in (so that 2月29日 is a day). */
const LEAP_YEAR = 2000;

function wordAt(s: string, i: number, words: Words): string | null {
  const group = words.get(s.charCodeAt(i));
  if (group !== undefined) for (const w of group) if (s.startsWith(w, i)) return w;
  return null;
}

function monthDay(text: string): readonly [number, number] {
  return [Number(text.slice(0, 2)), Number(text.slice(3))];
}

function sticky(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

function skipSpace(s: string, i: number): number {
  SPACE.lastIndex = i;
  SPACE.exec(s);
  return SPACE.lastIndex;
}

const num = (x: string | undefined): number | null => (x === undefined ? null : Number(x));

/** Whether the UTF-16 unit at `i` is an ASCII digit: every date but the words starts with one. */
function digitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A date at `i`: the Chinese forms with 年 / 月, the words, then the dotted forms. */
function readPart(s: string, i: number, allowWords: boolean): Part | null {
  if (!digitAt(s, i)) return allowWords ? readWords(s, i, null) : null;
  let m = sticky(FULL_CN, s, i);
  if (m !== null) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    return { year: num(m[1]), from: [month, day], to: [month, day], explicit: true, monthOnly: false, span: false, end: i + m[0].length };
  }
  m = sticky(MONTH_CN, s, i);
  if (m !== null) {
    const month = Number(m[2]);
    const monthEnd = m[3] === '底' || m[3] === '末';
    return { year: num(m[1]), from: [month, 1], to: [month, 0], explicit: monthEnd || m[1] !== undefined, monthOnly: !monthEnd, span: false, end: i + m[0].length };
  }
  if (allowWords) {
    const y = sticky(YEAR_CN, s, i);
    if (y !== null) {
      const words = readWords(s, i + y[0].length, Number(y[1]));
      if (words !== null) return words;
    }
  }
  m = sticky(DOTTED, s, i);
  if (m !== null) {
    const year = Number(m[1]);
    // Dotted numbers are dates only in the years of budgets: `2024.12`, not `1000.5`.
    if (year < 1900 || year > 2199) return null;
    const month = Number(m[3]);
    const day = num(m[4]);
    return day === null
      ? { year, from: [month, 1], to: [month, 0], explicit: false, monthOnly: true, span: false, end: i + m[0].length }
      : { year, from: [month, day], to: [month, day], explicit: true, monthOnly: false, span: false, end: i + m[0].length };
  }
  return null;
}

/**
 * The dates named by words at `k`, after a year (`2024年底`, `2024年上半年`, `2024年度`) or with none (`年底`,
 * `上半年`, `三季度末`).
 */
function readWords(s: string, k: number, year: number | null): Part | null {
  if (year !== null) {
    const e = sticky(YEAR_END, s, k);
    if (e !== null) return { year, from: [1, 1], to: [12, 31], explicit: true, monthOnly: false, span: false, end: k + e[0].length };
  }
  const word = wordAt(s, k, RELATIVE);
  if (word !== null) {
    const w = RELATIVE_SPANS.get(word) as { from: readonly [number, number]; to: readonly [number, number]; end: boolean };
    const after = k + word.length;
    const spanEnd = !w.end ? sticky(SPAN_END, s, after) : null;
    return { year, from: w.from, to: w.to, explicit: true, monthOnly: false, span: !w.end && spanEnd === null, end: spanEnd === null ? after : after + 1 };
  }
  if (year !== null && sticky(YEAR_WHOLE, s, k) !== null) {
    return { year, from: [1, 1], to: [12, 31], explicit: true, monthOnly: false, span: true, end: k + 1 };
  }
  return null;
}

/** `YYYY-MM-DD` (or `--MM-DD`) of a day, its month's last day when `day` is 0; null when there is no such day. */
function isoDay(year: number | null, month: number, day: number): string | null {
  const y = year ?? LEAP_YEAR;
  // `Date` reads years below 100 as 19xx: a four-digit year below 1000 is no budget year anyway.
  if (y < 1000 || !isExists(y, month - 1, day === 0 ? 1 : day)) return null;
  const d = day === 0 ? lastDayOfMonth(new Date(y, month - 1, 1)).getDate() : day;
  return `${year === null ? '-' : y}-${month < 10 ? '0' : ''}${month}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Whether the text from `i` may follow a date: nothing with a digit (`12月底前完成3个项目` is two targets), and
 * after a date with no deadline word only a verb of {@link DATE_EVENT_WORDS} (`12月底到位`), so that
 * `2024年1月1日起实施` (a start) and `全年无事故` (a statement about the year) are no deadlines.
 */
function tailFits(s: string, i: number, deadlineWord: boolean): boolean {
  if (i === s.length) return true;
  if (DIGIT.test(s.slice(i))) return false;
  return deadlineWord || wordAt(s, i, EVENTS) !== null;
}

/**
 * Reads a cell's text (trimmed, half-width: see `prepare`) as a date target — a deadline or a period — or
 * returns null when it is none, so that the caller reads it otherwise. A month alone (`12月`, `2024.12`) is a
 * date only in a date's context — a lead word, `前`, a verb such as `完成`, or a period — so that `12月` and
 * `6月内` stay numbers of months.
 *
 * @param s - the text
 * @returns the reading, or null
 */
export function readDateText(s: string): DateReading | null {
  // A date starts with a digit, a lead word or a word of RELATIVE_DATE_WORDS, and has 年, 月 or 季 in it or is
  // dotted (`2024.12`): most cells fail one of these at once.
  if (!FIRST.has(s.charCodeAt(0)) || !DATE_HINT.test(s)) return null;
  let i = 0;
  let lead: 'word' | 'symbol' | null = null;
  const symbol = wordAt(s, i, LEAD_SYMBOLS);
  if (symbol !== null) {
    lead = 'symbol';
    i = skipSpace(s, i + symbol.length);
  } else {
    const word = wordAt(s, i, LEADS);
    if (word !== null) {
      lead = 'word';
      i = skipSpace(s, i + word.length);
    }
  }
  const at = i;

  // a period: `2024年1-12月`, or a date, a separator and a date
  let first: Part | null = null;
  let second: Part | null = null;
  const months = digitAt(s, i) ? sticky(MONTHS_CN, s, i) : null;
  if (months !== null) {
    const year = num(months[1]);
    first = { year, from: [Number(months[2]), 1], to: [Number(months[2]), 0], explicit: false, monthOnly: true, span: false, end: i };
    second = { year, from: [Number(months[3]), 1], to: [Number(months[3]), 0], explicit: false, monthOnly: true, span: false, end: i + months[0].length };
  } else {
    first = readPart(s, i, true);
    if (first === null) return null;
    const j = skipSpace(s, first.end);
    if (sticky(SEPARATOR, s, j) !== null) second = readPart(s, skipSpace(s, j + 1), false);
  }
  i = skipSpace(s, (second ?? first).end);

  const deadlineWord = wordAt(s, i, DEADLINES);
  if (deadlineWord !== null) i = skipSpace(s, i + deadlineWord.length);
  if (!tailFits(s, i, deadlineWord !== null)) return null;

  if (second !== null) {
    // a period: a year written on one side holds for the other
    const year1 = first.year ?? second.year;
    const year2 = second.year ?? first.year;
    const from = isoDay(year1, first.from[0], first.from[1]);
    const to = isoDay(year2, second.to[0], second.to[1]);
    if (from === null || to === null) return { type: 'invalid', at };
    const reversed = year1 !== null && year2 !== null ? from > to : from.slice(2) > to.slice(2);
    if (reversed) return { type: 'reversed', at };
    return deadlineWord === null ? { type: 'period', from, to, at } : { type: 'deadline', due: to, at, monthBefore: false };
  }

  // one date: a month alone needs a date's context, and `内` needs more than a month (`6月内`: 6 months)
  const strong = first.explicit || first.span;
  const before = deadlineWord !== null && !INSIDE.has(deadlineWord);
  if (!strong && !(lead === 'word' || before || i < s.length)) return null;
  if (lead === 'symbol' && !first.explicit) return null;
  if (deadlineWord !== null && INSIDE.has(deadlineWord) && !strong) return null;
  const due = isoDay(first.year, first.to[0], first.to[1]);
  if (due === null) return { type: 'invalid', at };
  // A span on its own (`全年`, `上半年`) is a period; with a deadline word or a verb after it, its end is due.
  if (first.span && deadlineWord === null && i === s.length && lead === null) {
    return { type: 'period', from: isoDay(first.year, first.from[0], first.from[1]) as string, to: due, at };
  }
  return { type: 'deadline', due, at, monthBefore: first.monthOnly && before };
}

/** The text `readDateText` reads of a prepared cell: its trimmed span, normalised. */
function normalisedSpan(p: Prepared): string {
  return p.normalised !== null ? p.normalised.slice(p.start, p.end) : p.chars.slice(p.start, p.end).join('');
}

/**
 * A cell read as a date, as a target (`deadline` or `period`) or as an actual (a completion `date`: a deadline's
 * day, a period's last day), with its findings; null when the cell is no date. `column`s count code points of the
 * cell.
 *
 * @param p - the prepared cell
 * @param trimmed - its trimmed text as written, for messages
 * @param as - `target` or `actual`
 * @returns the reading, or null
 */
export function readDateCell(p: Prepared, trimmed: string, as: 'target'): Result<DeadlineTarget | PeriodTarget> | null;
export function readDateCell(p: Prepared, trimmed: string, as: 'actual'): Result<Extract<Actual, { kind: 'date' }>> | null;
export function readDateCell(p: Prepared, trimmed: string, as: 'target' | 'actual'): Result<DeadlineTarget | PeriodTarget | Extract<Actual, { kind: 'date' }>> | null {
  // Most cells start with no character a date starts with: no need to cut out their text.
  if (!FIRST.has(p.chars[p.start]?.charCodeAt(0) ?? -1)) return null;
  const s = normalisedSpan(p);
  const r = readDateText(s);
  if (r === null) return null;
  const column = p.start + Array.from(s.slice(0, r.at)).length + 1;
  const raw = p.text;
  if (r.type === 'invalid') return fail([M.finding('notation/date-invalid', 'error', { text: trimmed }, { column })]);
  if (r.type === 'reversed') return fail([M.finding('notation/period-reversed', 'error', { text: trimmed }, { column })]);
  const warnings: Finding[] = [];
  characterFindings(p, trimmed, warnings);
  if (as === 'actual') {
    const date = r.type === 'deadline' ? r.due : r.to;
    warnings.push(M.finding('notation/date-completed', 'info', { text: trimmed, date }, { column }));
    return ok({ kind: 'date', date, raw }, warnings);
  }
  if (r.type === 'period') {
    warnings.push(M.finding('notation/date-period', 'info', { text: trimmed, from: r.from, to: r.to }, { column }));
    return ok({ kind: 'period', from: r.from, to: r.to, raw }, warnings);
  }
  warnings.push(M.finding('notation/date-deadline', 'info', { text: trimmed, due: r.due }, { column }));
  if (r.monthBefore) warnings.push(M.finding('notation/date-month-before', 'warning', { text: trimmed, due: r.due }, { column }));
  return ok({ kind: 'deadline', due: r.due, raw }, warnings);
}

/** A target date as a table writes it: `2024年12月31日`, or `12月31日` without its year ({@link readDateText} reads it back). */
export function chineseDay(iso: string): string {
  const year = iso.startsWith('--') ? '' : `${Number(iso.slice(0, 4))}年`;
  return `${year}${Number(iso.slice(-5, -3))}月${Number(iso.slice(-2))}日`;
}
