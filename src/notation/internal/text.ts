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
  /** Code points normalised: full-width ASCII made half-width, dash and tilde variants made `-` / `~`. */
  readonly chars: readonly string[];
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

const SPACE = /^\s$/u;

/** Whether a code point is white space (ASCII, ideographic, no-break…). */
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE.test(c);
}

/** Whether a code point is an ASCII digit (after half-width normalisation). */
export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
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
const VARIANTS = new Map(Object.entries(CHARACTER_VARIANTS).map(([variant, form]) => [variant.codePointAt(0), form]));

/** The form a variant character is folded into (see {@link CHARACTER_VARIANTS}), or undefined. */
export function variantOf(c: string): string | undefined {
  return VARIANTS.get(c.codePointAt(0));
}

function normaliseChar(c: string): string {
  const cp = c.codePointAt(0) as number;
  if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
  if (cp === 0x3000) return ' ';
  return VARIANTS.get(cp) ?? c;
}

/** Splits and normalises a cell. Linear in its length. */
export function prepare(text: string): Prepared {
  const orig = Array.from(text);
  const chars = orig.map(normaliseChar);
  let start = 0;
  let end = chars.length;
  while (start < end && isSpace(chars[start])) start++;
  while (end > start && isSpace(chars[end - 1])) end--;
  return { text, orig, chars, start, end };
}

/** The trimmed text as written. */
export function trimmedText(p: Prepared): string {
  // Without surrogate pairs, code point indices are UTF-16 indices: slice the text instead of joining.
  if (p.orig.length === p.text.length) return p.text.slice(p.start, p.end);
  return p.orig.slice(p.start, p.end).join('');
}

const DASHES = new Set(['-', '—', '–', '―', '－', '−', '﹣']);

/** Whether a trimmed cell text is a not-applicable marker (`/`, `-`, `—`, `——`, `不适用`, `无`, …). */
export function isNotApplicableText(trimmed: string): boolean {
  if (NOT_APPLICABLE_MARKERS.includes(trimmed)) return true;
  // Every dash is one UTF-16 unit: a text that does not start with one is no run of dashes.
  if (!DASHES.has(trimmed.charAt(0))) return false;
  const cps = Array.from(trimmed);
  const first = cps[0];
  return first !== undefined && DASHES.has(first) && cps.every((c) => c === first);
}

