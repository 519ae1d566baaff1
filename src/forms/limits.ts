import { formsMessages as M } from '../i18n/messages/forms';
import type { Finding } from '../model/finding';
import { deepFreeze } from '../model/deep-freeze';
import type { TableGrid } from './grid';
import type { TableRow } from './text/split-table';
import type { ParseFormOptions } from './types';

/**
 * How much {@link parseForm}, {@link parseForms} and {@link streamForms} read before they refuse an input: its
 * size in UTF-8 bytes, its number of rows (lines of text; a quoted cell's line breaks count), and the length of
 * its longest cell (in UTF-16 units, as `String.length` counts). A real performance table is a few kilobytes,
 * a hundred rows, cells of a few thousand characters; the defaults leave room for a whole department's or a
 * city's documents in one text, and refuse what would only exhaust memory.
 *
 * @example
 * const r = parseForm(text, { maxBytes: 1_000_000, maxRows: 5_000, maxCellLength: 20_000 });
 * @category Forms
 */
export interface ReadLimits {
  /** The largest text read, in UTF-8 bytes (a grid: the sum of its cells). */
  readonly maxBytes: number;
  /** The most rows read: lines of the text (its line breaks + 1), or rows of a grid. */
  readonly maxRows: number;
  /** The longest cell read, in UTF-16 units. */
  readonly maxCellLength: number;
}

/**
 * The limits used where the options set none: 64 MiB, 1,000,000 rows, cells of 100,000 characters.
 *
 * @example
 * READ_LIMITS.maxBytes //=> 67108864
 * @category Forms
 */
export const READ_LIMITS: ReadLimits = deepFreeze({ maxBytes: 64 * 1024 * 1024, maxRows: 1_000_000, maxCellLength: 100_000 });

/** The limits of a call: the options' own, each checked, else the defaults. */
export function limitsOf(options: ParseFormOptions): ReadLimits {
  const pick = (name: keyof ReadLimits): number => {
    const v = options[name];
    if (v === undefined) return READ_LIMITS[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new RangeError(`${name} 必须是正整数 / ${name} must be a positive integer (got ${String(v)})`);
    return v;
  };
  return { maxBytes: pick('maxBytes'), maxRows: pick('maxRows'), maxCellLength: pick('maxCellLength') };
}

/** The UTF-8 size of a text, counted only as far as it matters: stops once past `limit`. */
export function utf8Length(text: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 bytes for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

/** The number of lines of a text (line breaks `\r\n`, `\n` or `\r`, plus one), counted only as far as it matters. */
export function lineCount(text: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 1;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/** True when a text holds nothing but white space (a file of blank lines, of `\r`, of spaces). */
export function isBlankText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0xfeff)) return false;
  }
  return true;
}

/** The finding that refuses a text for its size or its number of lines, or null. Linear, and cheap for a text well within the limits. */
export function refuseText(text: string, limits: ReadLimits): Finding | null {
  // A text has at most 3 UTF-8 bytes per UTF-16 unit (a surrogate pair: 4 for 2), and no more lines than units + 1.
  if (text.length * 3 > limits.maxBytes) {
    const size = utf8Length(text, limits.maxBytes);
    if (size > limits.maxBytes) return M.finding('forms/too-large', 'error', { limit: 'maxBytes', max: limits.maxBytes, what: '字节', whatEn: 'bytes' });
  }
  if (text.length >= limits.maxRows && lineCount(text, limits.maxRows) > limits.maxRows) {
    return M.finding('forms/too-large', 'error', { limit: 'maxRows', max: limits.maxRows, what: '行', whatEn: 'rows' });
  }
  return text.length > limits.maxCellLength ? longRun(text, limits.maxCellLength) : null;
}

/**
 * The finding for a run of text between tabs and line breaks longer than the limit, at its start, or null: such a
 * run lies in one cell, so the text is refused before it is split (a quoted cell holding tabs or line breaks is
 * measured once split, by {@link refuseCells}).
 */
function longRun(text: string, max: number): Finding | null {
  let line = 1;
  let lineStart = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (i - runStart > max) {
      // The column counts code points, as the reader's columns do.
      let column = 1;
      for (let k = lineStart; k < runStart; k++) if (!(text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff)) column++;
      return M.finding('forms/cell-too-long', 'error', { length: i - runStart, max }, { line, column });
    }
    if (c !== 0x09) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      lineStart = i + 1;
    }
    runStart = i + 1;
  }
  return null;
}

/** The finding that refuses a grid for its rows or its size, or null. */
export function refuseGrid(grid: TableGrid, limits: ReadLimits): Finding | null {
  if (grid.rows.length > limits.maxRows) return M.finding('forms/too-large', 'error', { limit: 'maxRows', max: limits.maxRows, what: '行', whatEn: 'rows' });
  let size = 0;
  for (const row of grid.rows) for (const cell of row) if ((size += utf8Length(cell, limits.maxBytes)) > limits.maxBytes) return M.finding('forms/too-large', 'error', { limit: 'maxBytes', max: limits.maxBytes, what: '字节', whatEn: 'bytes' });
  return null;
}

/** The finding that refuses the first cell longer than the limit, at that cell, or null. */
export function refuseCells(rows: readonly TableRow[], limits: ReadLimits): Finding | null {
  for (const row of rows) {
    if (row.text.length <= limits.maxCellLength) continue;
    for (const c of row.cells) {
      if (c.raw.length > limits.maxCellLength) {
        return M.finding('forms/cell-too-long', 'error', { length: c.raw.length, max: limits.maxCellLength }, { line: c.line ?? row.line, column: c.column });
      }
    }
  }
  return null;
}
