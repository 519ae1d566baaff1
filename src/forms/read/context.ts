import { formsMessages as M } from '../../i18n/messages/forms';
import { locate } from '../../i18n/catalogue';
import type { Bilingual, Finding, Position } from '../../model/finding';
import { type TableCell, type TableRow, cellEnd, cellLine, placeInCell } from '../text/split-table';
import type { UnparsedRow } from '../types';
import { type IndicatorHeader, readIndicatorHeader } from './indicator-header';

/**
 * The working state of one import: the rows, the findings, the origins of the document's parts, which rows
 * were read and which were kept aside. Created per call and never shared, so the importers stay pure.
 */
export interface ImportContext {
  readonly rows: readonly TableRow[];
  readonly errors: Finding[];
  readonly warnings: Finding[];
  readonly origins: Record<string, Position>;
  /**
   * For each row index, 1 when the row became part of the document (or was read as structure: titles,
   * headers). One byte per row: rows are marked and asked about often, a Set cost more.
   */
  readonly used: Uint8Array;
  readonly unparsed: UnparsedRow[];
  /** Each row read as an indicator table's header ({@link readIndicatorHeader}), or null: read once, asked often. */
  readonly headers: readonly (IndicatorHeader | null)[];
}

/**
 * A new context over the rows (and their {@link indicatorHeaders}, when already read). The documents of one text
 * share `used`: each row belongs to one of them.
 */
export function createContext(rows: readonly TableRow[], headers: readonly (IndicatorHeader | null)[] = indicatorHeaders(rows), used: Uint8Array = new Uint8Array(rows.length)): ImportContext {
  return { rows, errors: [], warnings: [], origins: {}, used, unparsed: [], headers };
}

/** Each row read as an indicator table's header, or null. */
export function indicatorHeaders(rows: readonly TableRow[]): (IndicatorHeader | null)[] {
  return rows.map((row) => readIndicatorHeader(row));
}

/** Adds a finding to the errors or the warnings by its severity. */
export function report(ctx: ImportContext, f: Finding): void {
  (f.severity === 'error' ? ctx.errors : ctx.warnings).push(f);
}

/** The cell at an index, or an empty cell just past the end of the line. */
export function cellAt(row: TableRow, index: number | undefined): TableCell {
  if (index !== undefined && index >= 0) {
    const c = row.cells[index];
    if (c) return c;
  }
  const last = row.cells[row.cells.length - 1];
  if (!last) return { raw: '', text: '', column: 1, key: '' };
  // Just after the last cell: on a later line when the row spans lines (a quoted cell with line breaks).
  const end = cellEnd(row, last);
  return end.line === row.line ? { raw: '', text: '', column: end.column, key: '' } : { raw: '', text: '', column: end.column, line: end.line, key: '' };
}

/** The text of the cell at an index, or '' past the end of the line (no blank cell made where only the text is asked). */
export function textAt(row: TableRow, index: number | undefined): string {
  return index === undefined ? '' : (row.cells[index]?.text ?? '');
}

/**
 * JSON Pointer of a path (`['indicators', 3, 'target']` → `/indicators/3/target`). The importers' paths are
 * their own field names and indices, which never contain `/` or `~`, so nothing needs escaping.
 */
export function pointer(path: readonly (string | number)[]): string {
  if (path.length === 0) return '/';
  // Concatenated rather than joined: `join` is slow on short arrays.
  let p = '';
  for (const part of path) p += `/${part}`;
  return p;
}

/**
 * Records where a part of the document came from: the line and column where its cell starts. A cell after a
 * quoted cell that spans lines starts on a later line than its row ({@link cellLine}); a quoted cell starts at
 * its opening quote.
 *
 * `at` is the part's JSON Pointer (`/duties`, {@link pointer} of a path, or one made once in `pointers.ts`):
 * a string literal or a pointer made once is a key the engine already knows, while a pointer concatenated
 * anew for every call must be registered as a new key each time, which cost more than the rest of the import
 * of the cell.
 */
export function origin(ctx: ImportContext, at: string, row: TableRow, cell: TableCell): void {
  ctx.origins[at] = { line: cellLine(row, cell), column: cell.column };
}

/** Marks a row as read. */
export function use(ctx: ImportContext, index: number): void {
  ctx.used[index] = 1;
}

/** Keeps a row aside in `unparsed`, with the reason and (unless `silent`) a warning. */
export function keepAside(ctx: ImportContext, index: number, reason: Bilingual, warning?: Finding, silent = false): void {
  const row = ctx.rows[index];
  if (!row) return;
  ctx.used[index] = 1;
  ctx.unparsed.push({ line: row.line, text: row.text, cells: row.cells.map((c) => c.text), reason });
  if (!silent) report(ctx, warning ?? M.finding('forms/row-unparsed', 'warning', { reason: reason.zh, reasonEn: reason.en }, { line: row.line, column: 1 }));
}

/** Moves the findings of a cell-level parser to the cell, and reports them. */
export function reportInCell(
  ctx: ImportContext,
  findings: readonly Finding[],
  row: TableRow,
  cell: TableCell,
  path: readonly (string | number)[],
  field: string,
): void {
  // Cell-level parsers count columns from the start of the text they were given: the raw cell.
  if (cell.line === undefined && cell.quoted === undefined) {
    for (const f of findings) report(ctx, locate(f, { line: row.line, column: cell.column, path, field }));
    return;
  }
  // A cell on a later line, or quoted (its content starts after the quote, `""` is one character of it, and
  // it may span lines): each finding's column is placed in the text character by character.
  for (const f of findings) {
    // A finding without a column is about the whole cell: it points at the cell's start.
    const at = f.column === undefined ? { line: cellLine(row, cell), column: cell.column } : placeInCell(row, cell, f.column);
    report(ctx, locate({ ...f, column: 1 }, { line: at.line, column: at.column, path, field }));
  }
}
