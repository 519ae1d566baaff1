import { LABEL_MAX_LENGTH, labelKey } from './label';

/**
 * One cell of a table row: its text, where it starts, and its label key.
 *
 * A cell written in Excel's quoted form (`"第一行⏎第二行"`, see {@link splitTable}) has `quoted: true`; its
 * `raw` and `text` are the content without the quotes, `""` read as `"` and every line break inside read as
 * `\n` (whatever the file used), so texts copied from Excel keep their line breaks.
 */
export interface TableCell {
  /**
   * The cell's content, untrimmed: the text between the tabs, or for a quoted cell the unquoted content (the
   * text the cell holds, which is what cell-level parsers must read; the quotes are only Excel's way of writing it).
   */
  readonly raw: string;
  /** The content trimmed of surrounding white space (what the importers read); may contain `\n` when quoted. */
  readonly text: string;
  /** 1-based code-point column where the cell starts on its line (for a quoted cell: its opening quote). */
  readonly column: number;
  /**
   * 1-based line where the cell starts, present only when that is not the row's line: the cells after a
   * quoted cell that spans lines start on a later line. Read it with {@link cellLine}.
   */
  readonly line?: number;
  /** True when the cell was written in Excel's quoted form (absent otherwise). */
  readonly quoted?: true;
  /**
   * True when the cell starts with a `"` that no closing quote follows before the end of the text: read as plain
   * text, it would be a quoted cell if the text went on (a piece of a longer text; see `streamForms`).
   */
  readonly unclosed?: true;
  /**
   * The text as a label ({@link labelKey}), computed once here: the importers test every cell against labels,
   * many times over.
   */
  readonly key: string;
}

/**
 * One row of the table text: the line it starts on, its text and its cells. A row is one line, unless a quoted
 * cell spans lines (then the row goes on after the cell's closing quote, on a later line).
 */
export interface TableRow {
  /** 1-based number of the line the row starts on. */
  readonly line: number;
  /**
   * The row as written (without the final line break); when a quoted cell makes it span lines, its lines
   * joined with `\n`.
   */
  readonly text: string;
  /** The cells, split at tabs; merged cells are empty cells. */
  readonly cells: readonly TableCell[];
  /** The index of the first cell with text, or -1 when every cell is blank: asked of every row many times, found once. */
  readonly first: number;
}

/** The index of the first cell with text, or -1. */
export function firstFilled(cells: readonly TableCell[]): number {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as TableCell).text !== '') return i;
  return -1;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Number of code points in a string (columns count code points, not UTF-16 units). */
export function codePoints(s: string): number {
  // Without surrogates (nearly every text), each UTF-16 unit is a code point: for a long text one native
  // search tells, for a short one (most cells) the loop below is cheaper than calling it.
  if (s.length > 32 && !SURROGATE.test(s)) return s.length;
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

const QUOTE = 0x22;
const TAB = 0x09;

/**
 * What makes a line more than text split at tabs: what a cell's text and label key may differ from its
 * content by (white space other than the tab, which only separates cells; full-width forms; colons: see
 * {@link labelKey}), surrogates (a column counts code points, not UTF-16 units) and quotes (a quoted cell).
 */
const NOT_PLAIN = /[\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff:\uff01-\uff5e\ud800-\udfff"]/;

/**
 * The cells of a line without any of {@link NOT_PLAIN} (most lines): each is its own text, its own key when
 * short enough to be a label, and as many code points long as UTF-16 units. Found with indexOf and slice, as
 * `line.split('\t')` would give them (which is markedly slower).
 */
function plainCells(line: string): TableCell[] {
  const cells: TableCell[] = [];
  let column = 1;
  for (let start = 0; ; ) {
    const tab = line.indexOf('\t', start);
    const raw = tab < 0 ? line.slice(start) : line.slice(start, tab);
    cells.push({ raw, text: raw, column, key: raw.length <= LABEL_MAX_LENGTH ? raw : labelKey(raw) });
    if (tab < 0) return cells;
    column += raw.length + 1;
    start = tab + 1;
  }
}

/** A quoted cell read by {@link readQuoted}: its content, and the line and index just after its closing quote. */
interface Quoted {
  readonly raw: string;
  readonly line: number;
  readonly end: number;
}

/**
 * Reads an Excel-quoted cell whose opening quote is at `lines[i][start]`: up to a `"` followed by a tab, a line
 * break or the end of the text, with `""` read as `"` and line breaks kept (as `\n`). Null when the quote opens
 * no well-formed cell (a lone `"` followed by anything else); `'unclosed'` when no closing quote comes before the
 * end of the text.
 *
 * Linear overall: a scan that fails ends at the first `"` that is neither doubled nor closing, or at the end
 * of the text; a cell starting inside the failed stretch starts with an even run of `"` there (the stretch holds
 * only doubled quotes), so its own scan ends within that run. No stretch is scanned at length twice.
 */
function readQuoted(lines: readonly string[], i: number, start: number): Quoted | null | 'unclosed' {
  // First find the closing quote without building anything (a failed scan leaves no garbage behind) …
  let j = i;
  let line = lines[j] as string;
  let from = start + 1;
  let q: number;
  for (;;) {
    q = line.indexOf('"', from);
    if (q < 0) {
      // The cell goes on to the next line (a line break inside the cell), unless the text ends here.
      if (j + 1 >= lines.length) return 'unclosed';
      line = lines[++j] as string;
      from = 0;
      continue;
    }
    const next = line.charCodeAt(q + 1);
    if (next === QUOTE) from = q + 2;
    else if (q + 1 === line.length || next === TAB) break;
    else return null;
  }
  // … then take the content: its lines joined with `\n`, and every `""` (the only quotes left in it) as `"`.
  let raw: string;
  if (j === i) raw = line.slice(start + 1, q);
  else {
    const parts = [(lines[i] as string).slice(start + 1)];
    for (let k = i + 1; k < j; k++) parts.push(lines[k] as string);
    parts.push(line.slice(0, q));
    raw = parts.join('\n');
  }
  return { raw: raw.includes('"') ? raw.replace(/""/gu, '"') : raw, line: j, end: q + 1 };
}

/**
 * Splits table text into rows and cells: lines at `\r\n`, `\n` or `\r`, cells at tabs, a leading byte-order
 * mark ignored. Linear in the length of the text.
 *
 * Excel writes a cell that holds a line break or a tab, or starts with `"`, in quotes (`"第一行⏎第二行"`, a
 * `"` inside doubled). A cell whose text starts with `"` is read so when a closing `"` is followed by a tab, a
 * line break or the end of the text: `""` inside is `"`, tabs and line breaks inside belong to the cell, and the
 * row goes on after the closing quote. Any other `"` (`"abc` never closed, `"a"b`, `他说"好"`) is plain text,
 * as it always was; text without a cell starting with `"` is split exactly as plain lines and tabs.
 *
 * `firstLine` is the number of the text's first line: a piece of a longer text keeps the line numbers it has there.
 */
export function splitTable(text: string, firstLine = 1): TableRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most texts break lines with `\n` alone: a split at one character is much faster than at a pattern.
  const lines = body.includes('\r') ? body.split(/\r\n|\n|\r/) : body.split('\n');
  const rows: TableRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = i;
    let line = lines[i] as string;
    // Most lines: one search for the line instead of trimming, keying and counting each cell.
    if (!NOT_PLAIN.test(line)) {
      const cells = plainCells(line);
      rows.push({ line: i + firstLine, text: line, cells, first: firstFilled(cells) });
      continue;
    }
    const cells: TableCell[] = [];
    let column = 1;
    // The line of the cells being read, once a quoted cell has carried the row onto a later line.
    let later: number | undefined;
    for (let start = 0; ; ) {
      // Only a cell that starts with `"` can be quoted: the plain path never looks for quotes.
      let unclosed = false;
      if (line.charCodeAt(start) === QUOTE) {
        const q = readQuoted(lines, i, start);
        unclosed = q === 'unclosed';
        if (q !== null && q !== 'unclosed') {
          const t = q.raw.trim();
          const key = labelKey(t);
          cells.push(later === undefined ? { raw: q.raw, text: t, column, quoted: true, key } : { raw: q.raw, text: t, column, line: later, quoted: true, key });
          if (q.line !== i) {
            i = q.line;
            line = lines[i] as string;
            later = i + firstLine;
            column = codePoints(line.slice(0, q.end)) + 2;
          } else {
            column += codePoints(line.slice(start, q.end)) + 1;
          }
          // Closed at the end of its line: the row ends with it.
          if (q.end >= line.length) break;
          start = q.end + 1;
          continue;
        }
      }
      const tab = line.indexOf('\t', start);
      const raw = tab < 0 ? line.slice(start) : line.slice(start, tab);
      const t = raw.trim();
      const cell: TableCell = later === undefined ? { raw, text: t, column, key: labelKey(t) } : { raw, text: t, column, line: later, key: labelKey(t) };
      cells.push(unclosed ? { ...cell, unclosed: true } : cell);
      if (tab < 0) break;
      column += codePoints(raw) + 1;
      start = tab + 1;
    }
    rows.push({ line: first + firstLine, text: i === first ? line : lines.slice(first, i + 1).join('\n'), cells, first: firstFilled(cells) });
  }
  // A final line break does not make an extra row.
  if (rows.length > 1 && (rows[rows.length - 1] as TableRow).text === '') rows.pop();
  return rows;
}

/**
 * The line a cell starts on: its own when a quoted cell before it spans lines, else its row's.
 *
 * @param row - the row
 * @param cell - one of its cells
 * @returns the 1-based line
 */
export function cellLine(row: TableRow, cell: TableCell): number {
  return cell.line ?? row.line;
}

/**
 * Where a character of a cell's `raw` is in the text: the cell-level parsers count columns from the start of
 * `raw`; for a quoted cell that is one column after the opening quote, a `"` there was written `""`, and a line
 * break moves to column 1 of the next line. `offset` one past the end of the content gives the closing quote;
 * further on, the columns after it.
 *
 * @param row - the row
 * @param cell - one of its cells
 * @param offset - 1-based code-point column in `cell.raw`
 * @returns the 1-based line and code-point column in the text
 */
export function placeInCell(row: TableRow, cell: TableCell, offset: number): { line: number; column: number } {
  const line = cellLine(row, cell);
  if (cell.quoted !== true) return { line, column: cell.column + offset - 1 };
  let l = line;
  let column = cell.column + 1;
  let n = 1;
  for (const ch of cell.raw) {
    if (n >= offset) break;
    if (ch === '\n') {
      l++;
      column = 1;
    } else {
      column += ch === '"' ? 2 : 1;
    }
    n++;
  }
  // Past the content (a parser that counts on into the next cells): past the closing quote, then as written.
  if (n < offset) column += offset - n;
  return { line: l, column };
}

/**
 * The place just after a cell as written (after the closing quote of a quoted cell).
 *
 * @param row - the row
 * @param cell - one of its cells
 * @returns the 1-based line and code-point column
 */
export function cellEnd(row: TableRow, cell: TableCell): { line: number; column: number } {
  if (cell.quoted !== true) return { line: cellLine(row, cell), column: cell.column + codePoints(cell.raw) };
  // One past the content is the closing quote; the cell ends after it.
  const p = placeInCell(row, cell, codePoints(cell.raw) + 1);
  return { line: p.line, column: p.column + 1 };
}

/** True when every cell of the row is blank. */
export function isBlankRow(row: TableRow): boolean {
  return row.first < 0;
}

/** The first cell of a row with text, or undefined for a blank row. */
export function leadCell(row: TableRow): TableCell | undefined {
  return row.first < 0 ? undefined : row.cells[row.first];
}

/** The non-blank cells of a row, in order. */
export function filledCells(row: TableRow): TableCell[] {
  return row.cells.filter((c) => c.text !== '');
}
