/**
 * Internal: a cell's code points as written and normalised (one code point in, one out, so an index is a
 * column − 1), and the trimmed span. Not exported from the package.
 */
import { NOT_APPLICABLE_MARKERS } from '../vocabulary';

/** A cell split into code points, with its normalised twin and the span left after trimming. */
export interface Prepared {
  /** The text as given. */
  readonly text: string;
  /** Code points as written. */
  readonly orig: readonly string[];
  /**
   * Code points normalised: full-width ASCII made half-width, dash and tilde variants made `-` / `~`. The
   * very array `orig` when nothing needed normalising.
   */
  readonly chars: readonly string[];
  /**
   * `chars` joined, when every code point is one UTF-16 unit (no surrogate pairs), so that index k of `chars`
   * is index k of this string and a stretch of `chars` is a slice of it; null otherwise.
   */
  readonly normalised: string | null;
  /** Index of the first non-space code point. */
  readonly start: number;
  /** Index after the last non-space code point (start === end for a blank cell). */
  readonly end: number;
}

/** Variant characters folded into one form; reported as `notation/character-variant`. */
export const CHARACTER_VARIANTS: Readonly<Record<string, string>> = {
  '〜': '~',
  '—': '-',
  '–': '-',
  '―': '-',
  '−': '-',
  '﹣': '-',
  '﹢': '+',
  '﹪': '%',
};

/**
 * Whether a UTF-16 unit is white space as `\s` defines it (ECMAScript WhiteSpace and LineTerminator: tab,
 * line breaks, space, no-break, ideographic and the other Zs spaces, the byte-order mark). Comparisons rather
 * than the regular expression: it is asked of nearly every code point of every cell.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  // Han characters and the rest above the ideographic space: only the byte-order mark.
  if (c > 0x3000) return c === 0xfeff;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Whether a code point is white space (ASCII, ideographic, no-break…): `/^\s$/u`. */
export function isSpace(c: string | undefined): boolean {
  // Every white space is one UTF-16 unit.
  return c !== undefined && c.length === 1 && isSpaceCode(c.charCodeAt(0));
}

/** Whether a code point is an ASCII digit (after half-width normalisation). */
export function isDigit(c: string | undefined): boolean {
  // A code unit compared, not strings: this is asked of nearly every code point.
  if (c === undefined) return false;
  const u = c.charCodeAt(0);
  return u >= 0x30 && u <= 0x39;
}

/** Whether a code point was full-width ASCII or the ideographic space. */
export function isFullWidth(c: string): boolean {
  const cp = c.codePointAt(0) as number;
  return (cp >= 0xff01 && cp <= 0xff5e) || cp === 0x3000;
}

/** A record's own value for a key (never one inherited from Object.prototype, like `valueOf`). */
export function own<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** {@link CHARACTER_VARIANTS} by code point: looked up for every code point of every cell. */
const VARIANTS = new Map(Object.entries(CHARACTER_VARIANTS).map(([variant, form]) => [variant.codePointAt(0) as number, form]));

/** The form a variant character is folded into (see {@link CHARACTER_VARIANTS}), or undefined. */
export function variantOf(c: string): string | undefined {
  return VARIANTS.get(c.codePointAt(0) as number);
}

function normaliseChar(c: string): string {
  const cp = c.codePointAt(0) as number;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  if (cp === 0x3000) return ' ';
  return VARIANTS.get(cp) ?? c;
}

/** The lowest variant code point: most characters are below it, and need no look-up. */
const FIRST_VARIANT = Math.min(...VARIANTS.keys());

/** Whether {@link normaliseChar} changes a UTF-16 unit (every character it changes is one unit). */
function isNormalised(c: number): boolean {
  return (c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= FIRST_VARIANT && VARIANTS.has(c));
}

/** Splits and normalises a cell. Linear in its length. */
export function prepare(text: string): Prepared {
  // One look at the UTF-16 units first: most cells have nothing to normalise, so `chars` can be `orig` itself,
  // and most have no surrogate pair, so the normalised text can be sliced by code point index.
  let astral = false;
  let plain = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) astral = true;
    else if (isNormalised(c)) plain = false;
  }
  const orig = Array.from(text);
  const chars = plain ? orig : orig.map(normaliseChar);
  let start = 0;
  let end = chars.length;
  while (start < end && isSpace(chars[start])) start++;
  while (end > start && isSpace(chars[end - 1])) end--;
  const normalised = astral ? null : plain ? text : chars.join('');
  return { text, orig, chars, normalised, start, end };
}

/** The trimmed text as written. */
export function trimmedText(p: Prepared): string {
  // Without surrogate pairs, code point indices are UTF-16 indices: slice the text instead of joining.
  if (p.orig.length === p.text.length) return p.text.slice(p.start, p.end);
  return p.orig.slice(p.start, p.end).join('');
}

const DASHES = new Set(['-', '—', '–', '―', '－', '−', '﹣']);
/** {@link DASHES} as UTF-16 units (every dash is one). */
const DASH_UNITS = new Set([...DASHES].map((d) => d.charCodeAt(0)));
/** The length of the longest marker: a longer text is none, without comparing it to each. */
const LONGEST_MARKER = Math.max(...NOT_APPLICABLE_MARKERS.map((m) => m.length));
/** The markers as a set: the vocabulary is frozen, and V8 searches frozen arrays far more slowly. */
const MARKERS: ReadonlySet<string> = new Set(NOT_APPLICABLE_MARKERS);

/** Whether a trimmed cell text is a not-applicable marker (`/`, `-`, `—`, `——`, `不适用`, `无`, …). */
export function isNotApplicableText(trimmed: string): boolean {
  if (trimmed.length <= LONGEST_MARKER && MARKERS.has(trimmed)) return true;
  // Every dash is one UTF-16 unit: a text that does not start with one is no run of dashes.
  if (!DASH_UNITS.has(trimmed.charCodeAt(0))) return false;
  const cps = Array.from(trimmed);
  const first = cps[0];
  return first !== undefined && DASHES.has(first) && cps.every((c) => c === first);
}

