/**
 * Excel number format codes (ECMA-376 §18.8.31), read into sections of tokens. Only the reading is here; the
 * formatting of numbers and dates is in number-format.ts and date-format.ts.
 */

/** One piece of a format section. */
export type FormatToken =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'digit'; readonly char: '0' | '#' | '?' }
  | { readonly kind: 'point' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'exponent'; readonly sign: '+' | '-' }
  | { readonly kind: 'text' }
  | { readonly kind: 'general' }
  | { readonly kind: 'date'; readonly code: string }
  /** Something this reader does not format: a condition, Chinese numerals ([DBNum1]), fractions, elapsed time. */
  | { readonly kind: 'unsupported'; readonly code: string };

/** A section of a format code: its tokens, and whether it formats a date or time. */
export interface FormatSection {
  readonly tokens: readonly FormatToken[];
  readonly isDate: boolean;
  readonly supported: boolean;
}

/** The colour names a section may start with (`[Red]`), which change only how the cell is painted. */
const COLOURS = /^(black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+)$/iu;

/** Locales whose system long date / time formats (`[$-F800]`, `[$-F400]`) stand for the zh-CN ones. */
const SYSTEM_FORMATS: Readonly<Record<string, string>> = { F800: 'yyyy"年"m"月"d"日"', F400: 'h:mm:ss' };

/** The code with the system long date or time replaced by the zh-CN format it shows (Excel in China). */
function withSystemFormats(code: string): string {
  const m = /\[\$-(F800|F400)\]/iu.exec(code);
  return m === null ? code : (SYSTEM_FORMATS[(m[1] as string).toUpperCase()] as string);
}

/** The token for a bracketed part (`[Red]`, `[$¥-804]`, `[>100]`, `[DBNum1]`, `[h]`), or null when it changes nothing shown. */
function bracket(body: string): FormatToken | null {
  if (COLOURS.test(body)) return null;
  if (body.startsWith('$')) {
    // [$¥-804]: a currency symbol then a locale; [$-804]: a locale alone.
    const dash = body.indexOf('-');
    const symbol = dash < 0 ? body.slice(1) : body.slice(1, dash);
    return symbol === '' ? null : { kind: 'literal', text: symbol };
  }
  return { kind: 'unsupported', code: `[${body}]` };
}

/** Splits a code at its top-level `;` (not inside quotes, brackets or after a backslash). */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') i = Math.max(i, code.indexOf('"', i + 1) < 0 ? code.length : code.indexOf('"', i + 1));
    else if (c === '[') i = code.indexOf(']', i + 1) < 0 ? code.length : code.indexOf(']', i + 1);
    else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === ';') {
      out.push(code.slice(start, i));
      start = i + 1;
    }
  }
  out.push(code.slice(start));
  return out;
}

const DATE_LETTERS = /[yYmMdDhHsSeEaA]/u;

/** Reads one section into tokens. */
function readSection(code: string): FormatSection {
  const tokens: FormatToken[] = [];
  const literal = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') tokens[tokens.length - 1] = { kind: 'literal', text: last.text + text };
    else tokens.push({ kind: 'literal', text });
  };
  let seenPoint = false;
  let i = 0;
  while (i < code.length) {
    const c = code[i] as string;
    const rest = code.slice(i);
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      literal(code.slice(i + 1, end < 0 ? code.length : end));
      i = end < 0 ? code.length : end + 1;
    } else if (c === '\\') {
      literal(code[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      // Padding as wide as the next character: a space in text.
      literal(' ');
      i += 2;
    } else if (c === '*') {
      // Fill with the next character to the cell's width: nothing in text.
      i += 2;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const t = bracket(code.slice(i + 1, end < 0 ? code.length : end));
      if (t !== null) tokens.push(t);
      i = end < 0 ? code.length : end + 1;
    } else if (/^general/iu.test(rest)) {
      tokens.push({ kind: 'general' });
      i += 'general'.length;
    } else if (/^(am\/pm|a\/p)/iu.test(rest)) {
      const n = /^am\/pm/iu.test(rest) ? 5 : 3;
      tokens.push({ kind: 'date', code: rest.slice(0, n).toUpperCase() });
      i += n;
    } else if (rest.startsWith('上午/下午')) {
      tokens.push({ kind: 'date', code: '上午/下午' });
      i += 5;
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ kind: 'digit', char: c });
      i++;
    } else if (c === '.' && code[i + 1] === '0' && tokens.some((t) => t.kind === 'date' && t.code.startsWith('s'))) {
      // `ss.0`: fractions of a second.
      tokens.push({ kind: 'unsupported', code: '.0' });
      i = i + 1 + (/^0+/u.exec(code.slice(i + 1))?.[0].length ?? 0);
    } else if (c === '.' && !seenPoint) {
      seenPoint = true;
      tokens.push({ kind: 'point' });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'comma' });
      i++;
    } else if (c === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if ((c === 'E' || c === 'e') && (code[i + 1] === '+' || code[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', sign: code[i + 1] as '+' | '-' });
      i += 2;
    } else if (c === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else if (DATE_LETTERS.test(c)) {
      let j = i + 1;
      while (j < code.length && (code[j] as string).toLowerCase() === c.toLowerCase()) j++;
      const run = code.slice(i, j);
      // `a` alone is text; `aaa` / `aaaa` are the weekday in Chinese.
      if (/^a{1,2}$/iu.test(run)) literal(run);
      else tokens.push({ kind: 'date', code: run.toLowerCase() });
      i = j;
    } else if (c === 'b' || c === 'B' || c === 'g' || c === 'G') {
      // Buddhist years and eras.
      tokens.push({ kind: 'unsupported', code: c });
      i++;
    } else {
      literal(c);
      i++;
    }
  }
  const isDate = tokens.some((t) => t.kind === 'date');
  // A `/` between digits is a fraction (`# ?/?`), which is not read here; in a date it is a separator.
  const fraction = !isDate && tokens.some((t, k) => t.kind === 'literal' && t.text.includes('/') && tokens[k - 1]?.kind === 'digit');
  const supported = !fraction && tokens.every((t) => t.kind !== 'unsupported') && !(isDate && tokens.some((t) => t.kind === 'digit' || t.kind === 'exponent'));
  return { tokens, isDate, supported };
}

/**
 * A format code read into its sections (positive; negative; zero; text), each tokenised. A code with a
 * condition (`[>100]`) or Chinese numerals (`[DBNum1]`) reads, but its sections are marked unsupported.
 */
export function readFormatCode(code: string): readonly FormatSection[] {
  return splitSections(withSystemFormats(code)).map(readSection);
}
