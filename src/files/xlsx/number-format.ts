import { Dec } from 'jixiao';
import { formatDate, serialToDate } from './date-format';
import { type FormatSection, type FormatToken, readFormatCode } from './format-code';

/** What a cell shows, or null when its format code is one this reader does not format. */
export type Shown = string | null;

/** Excel keeps 15 significant digits: what it shows of a stored double. */
const EXCEL_DIGITS = 15;

/**
 * The stored double as the decimal Excel works with: its shortest round-trip digits (what `String(n)` gives),
 * rounded to 15 significant digits. `0.1 + 0.2` (0.30000000000000004) is 0.3, as Excel shows it.
 */
export function excelDecimal(value: number): Dec {
  return new Dec(String(value)).toSignificantDigits(EXCEL_DIGITS, Dec.ROUND_HALF_UP);
}

/** A decimal without exponent, as the General format shows it (no trailing zeros). */
export function generalText(value: number): string {
  const d = excelDecimal(value);
  const s = d.abs().lt('1e21') && (d.isZero() || d.abs().gte('1e-9')) ? d.toFixed() : d.toExponential().replace(/e([+-])(\d)$/u, 'E$10$2').toUpperCase();
  return s === '-0' ? '0' : s;
}

/** Inserts thousands separators into a string of digits. */
function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** What a placeholder shows when it has no digit: `0` a zero, `?` a space, `#` nothing. */
function empty(char: '0' | '#' | '?'): string {
  return char === '0' ? '0' : char === '?' ? ' ' : '';
}

/**
 * The integer part over its placeholders (and literals between them): digits fill the placeholders from the
 * right, the leftmost placeholder takes every digit left over.
 */
function integerPart(tokens: readonly FormatToken[], digits: string, grouping: boolean): string {
  const placeholders = tokens.filter((t): t is Extract<FormatToken, { kind: 'digit' }> => t.kind === 'digit');
  if (grouping) {
    // With separators, literals between the placeholders are not kept apart: the digits are written as one run.
    const zeros = placeholders.filter((p) => p.char === '0').length;
    const run = digits.padStart(zeros, '0');
    const pad = placeholders.length > run.length ? placeholders.slice(0, placeholders.length - run.length).map((p) => (p.char === '?' ? ' ' : '')).join('') : '';
    return pad + grouped(run);
  }
  let rest = digits;
  const out: string[] = [];
  let seen = 0;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k] as FormatToken;
    if (t.kind === 'literal') {
      out.push(t.text);
      continue;
    }
    if (t.kind !== 'digit') continue;
    seen++;
    if (seen === placeholders.length) {
      out.push(rest === '' ? empty(t.char) : rest);
      rest = '';
    } else if (rest !== '') {
      out.push(rest.slice(-1));
      rest = rest.slice(0, -1);
    } else out.push(empty(t.char));
  }
  return out.reverse().join('');
}

/** The fraction part: digits from the left; trailing zeros under `#` dropped, under `?` shown as spaces. */
function fractionPart(tokens: readonly FormatToken[], digits: string): string {
  const cells: { text: string; char: '0' | '#' | '?' | null }[] = [];
  let k = 0;
  for (const t of tokens) {
    if (t.kind === 'literal') cells.push({ text: t.text, char: null });
    else if (t.kind === 'digit') cells.push({ text: digits[k++] ?? '0', char: t.char });
  }
  for (let i = cells.length - 1; i >= 0; i--) {
    const c = cells[i] as { text: string; char: '0' | '#' | '?' | null };
    if (c.char === null) continue;
    if (c.char === '0' || c.text !== '0') break;
    c.text = c.char === '?' ? ' ' : '';
  }
  return cells.map((c) => c.text).join('');
}

/** A number in scientific notation (`0.00E+00`): one integer placeholder only. */
function scientific(tokens: readonly FormatToken[], value: Dec): Shown {
  const at = tokens.findIndex((t) => t.kind === 'exponent');
  const mantissa = tokens.slice(0, at);
  const point = mantissa.findIndex((t) => t.kind === 'point');
  const intDigits = (point < 0 ? mantissa : mantissa.slice(0, point)).filter((t) => t.kind === 'digit').length;
  if (intDigits !== 1) return null;
  const fracDigits = point < 0 ? 0 : mantissa.slice(point).filter((t) => t.kind === 'digit').length;
  const [m = '', e = '0'] = value.toExponential(fracDigits, Dec.ROUND_HALF_UP).split('e');
  const sign = tokens[at] as Extract<FormatToken, { kind: 'exponent' }>;
  const exp = Number(e);
  const expTokens = tokens.slice(at + 1);
  const expWidth = expTokens.filter((t) => t.kind === 'digit').length;
  const expText = `${exp < 0 ? '-' : sign.sign === '+' ? '+' : ''}${String(Math.abs(exp)).padStart(expWidth, '0')}`;
  const prefix = mantissa.slice(0, mantissa.findIndex((t) => t.kind === 'digit')).map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  const suffix = expTokens.filter((t) => t.kind === 'literal').map((t) => (t.kind === 'literal' ? t.text : '')).join('');
  return `${prefix}${m}E${expText}${suffix}`;
}

/** A non-negative number through one section of digits, point, separators, percent signs and literals. */
function numberSection(section: FormatSection, value: Dec): Shown {
  const tokens = section.tokens;
  if (tokens.some((t) => t.kind === 'general')) {
    return tokens.map((t) => (t.kind === 'general' ? generalText(value.toNumber()) : t.kind === 'literal' ? t.text : '')).join('');
  }
  const first = tokens.findIndex((t) => t.kind === 'digit');
  if (first < 0) return tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('');
  let scaled = value.times(new Dec(100).pow(tokens.filter((t) => t.kind === 'percent').length));
  if (tokens.some((t) => t.kind === 'exponent')) return scientific(tokens, scaled);
  const point = tokens.findIndex((t) => t.kind === 'point');
  let last = -1;
  tokens.forEach((t, k) => {
    if (t.kind === 'digit') last = k;
  });
  const intEnd = point < 0 ? last + 1 : point;
  // Commas right after the integer placeholders divide by 1000 each; a comma between placeholders groups.
  let scaleCommas = 0;
  if (point >= 0) for (let k = point - 1; k >= first && tokens[k]?.kind === 'comma'; k--) scaleCommas++;
  for (let k = last + 1; tokens[k]?.kind === 'comma'; k++) scaleCommas++;
  scaled = scaled.div(new Dec(1000).pow(scaleCommas));
  const intTokens = tokens.slice(first, intEnd);
  const grouping = intTokens.some((t, k) => t.kind === 'comma' && intTokens.slice(k + 1).some((u) => u.kind === 'digit'));
  const fracTokens = point < 0 ? [] : tokens.slice(point + 1, last + 1);
  const places = fracTokens.filter((t) => t.kind === 'digit').length;
  const [int = '', frac = ''] = scaled.toFixed(places, Dec.ROUND_HALF_UP).split('.');
  const out: string[] = [];
  for (const t of tokens.slice(0, first)) out.push(t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '');
  out.push(integerPart(intTokens, int === '0' ? '' : int, grouping));
  if (point >= 0) out.push('.', fractionPart(fracTokens, frac));
  for (const t of tokens.slice(Math.max(last, point) + 1)) {
    if (t.kind === 'literal') out.push(t.text);
    else if (t.kind === 'percent') out.push('%');
  }
  return out.join('');
}

/** The sections that apply to a number: positive (and zero), negative, zero, each falling back as Excel does. */
function sectionFor(sections: readonly FormatSection[], value: number): { section: FormatSection; minus: boolean } {
  const [pos, neg, zero] = sections.slice(0, 3) as [FormatSection, FormatSection?, FormatSection?];
  if (value < 0) return neg === undefined ? { section: pos, minus: true } : { section: neg, minus: false };
  if (value === 0 && zero !== undefined) return { section: zero, minus: false };
  return { section: pos, minus: false };
}

/**
 * A number as Excel shows it under a format code: `28963548.68` with `#,##0.00` is `28,963,548.68`; `0.95`
 * with `0%` is `95%`; a serial date with `yyyy"年"m"月"d"日"` is `2024年12月31日`. Exact: the stored double's
 * shortest digits, rounded half-up in decimal (decimal.js), never the float's own arithmetic. Null when the
 * code uses something this reader does not format (conditions, Chinese numerals, fractions).
 */
export function formatNumber(value: number, code: string, date1904: boolean): Shown {
  if (code.trim() === '' || /^general$/iu.test(code.trim())) return generalText(value);
  const sections = readFormatCode(code);
  const { section, minus } = sectionFor(sections, value);
  if (!section.supported) return null;
  if (section.isDate) {
    const date = serialToDate(value, date1904);
    return date === null ? null : formatDate(date, section);
  }
  if (section.tokens.some((t) => t.kind === 'text')) return null;
  const body = numberSection(section, excelDecimal(Math.abs(value)));
  if (body === null) return null;
  return minus ? `-${body}` : body;
}

/** A text as a format's text section shows it (`@"元"`), or the text itself when the code has none. */
export function formatText(text: string, code: string): string {
  const sections = readFormatCode(code);
  const section = sections.length >= 4 ? sections[3] : sections.length === 1 && sections[0]?.tokens.some((t) => t.kind === 'text') ? sections[0] : undefined;
  if (section === undefined) return text;
  return section.tokens.map((t) => (t.kind === 'text' ? text : t.kind === 'literal' ? t.text : '')).join('');
}

/** True when a format code shows numbers as dates or times (its first section holds date parts). */
export function isDateCode(code: string): boolean {
  return readFormatCode(code)[0]?.isDate === true;
}
