import { labelKey } from './label';

/** One cell of a table row: its text as copied (untrimmed), where it starts, and its label key. */
export interface TableCell {
  /** The cell text exactly as it appears between the tabs. */
  readonly raw: string;
  /** The text trimmed of surrounding white space (what the importers read). */
  readonly text: string;
  /** 1-based code-point column where the cell starts on its line. */
  readonly column: number;
  /**
   * The text as a label ({@link labelKey}), computed once here: the importers test every cell against labels,
   * many times over.
   */
  readonly key: string;
}

/** One line of the table text: its 1-based number, its whole text and its cells. */
export interface TableRow {
  /** 1-based line number. */
  readonly line: number;
  /** The line as written (without the line break). */
  readonly text: string;
  /** The cells, split at tabs; merged cells are empty cells. */
  readonly cells: readonly TableCell[];
}

const SURROGATE = /[\ud800-\udfff]/;

/** Number of code points in a string (columns count code points, not UTF-16 units). */
export function codePoints(s: string): number {
  // Without surrogates (nearly every table), each UTF-16 unit is a code point: one native search, no loop.
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Splits table text into rows and cells: lines at `\r\n`, `\n` or `\r`, cells at tabs, a leading byte-order
 * mark ignored. Linear in the length of the text.
 */
export function splitTable(text: string): TableRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r\n|\n|\r/);
  // Without surrogates anywhere (nearly every table), a cell's length is its number of code points.
  const astral = SURROGATE.test(body);
  const rows: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const cells: TableCell[] = [];
    let column = 1;
    // Cells found with indexOf and slice, as `line.split('\t')` would give them (which is markedly slower).
    for (let start = 0; ; ) {
      const tab = line.indexOf('\t', start);
      const raw = tab < 0 ? line.slice(start) : line.slice(start, tab);
      const text = raw.trim();
      cells.push({ raw, text, column, key: labelKey(text) });
      if (tab < 0) break;
      column += (astral ? codePoints(raw) : raw.length) + 1;
      start = tab + 1;
    }
    rows.push({ line: i + 1, text: line, cells });
  }
  // A final line break does not make an extra row.
  if (rows.length > 1 && (rows[rows.length - 1] as TableRow).text === '') rows.pop();
  return rows;
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: TableRow): boolean {
  return row.cells.every((c) => c.text === '');
}

/** The non-blank cells of a row, in order. */
export function filledCells(row: TableRow): TableCell[] {
  return row.cells.filter((c) => c.text !== '');
}
