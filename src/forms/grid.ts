import type { Finding } from '../model/finding';
import { labelKey, LABEL_MAX_LENGTH } from './text/label';
import { type TableCell, type TableRow, firstFilled } from './text/split-table';

/**
 * Where a grid of cells comes from: a sheet of a workbook (`Sheet1`), or the n-th table (1-based) of a web page
 * or a Word document (or the one table of a text file, read as a grid by `readTable` of `jixiao/files`).
 *
 * @example
 * const s: GridSource = { kind: 'sheet', name: '项目支出绩效自评表' };
 * @category Forms
 */
export type GridSource = { readonly kind: 'sheet'; readonly name: string } | { readonly kind: 'table'; readonly container: 'html' | 'docx' | 'text'; readonly index: number };

/**
 * Rows of cells as a container holds them — a workbook sheet, a table of a web page or a Word document — for
 * {@link parseForm} and {@link parseForms}, which read them as they read table text. Each cell is its text as the
 * container shows it (a merged cell's text in its first cell, the others blank); the reader's findings and origins
 * then give the row and column in the container (`line` is the row, `column` the column, both 1-based), and each
 * finding names its cell (`Sheet1!C12`).
 *
 * @example
 * const grid: TableGrid = { source: { kind: 'sheet', name: 'Sheet1' }, rows: [['项目名称', '社区助餐'], ['一级指标', '二级指标', '三级指标', '指标值']] };
 * @category Forms
 */
export interface TableGrid {
  readonly rows: readonly (readonly string[])[];
  readonly source: GridSource;
  /** The container's 1-based number of each row, when the rows are not numbered 1 … n (rows left out, a table further down). */
  readonly rowNumbers?: readonly number[];
}

/** The rows of a grid as the reader takes them: each row numbered as in the container, each cell by its column. */
export function gridRows(grid: TableGrid): TableRow[] {
  return grid.rows.map((cells, i) => {
    const line = grid.rowNumbers?.[i] ?? i + 1;
    const out: TableCell[] = cells.map((raw, k) => {
      const text = raw.trim();
      return { raw, text, column: k + 1, key: text.length <= LABEL_MAX_LENGTH ? labelKey(text) : '\u0000' };
    });
    return { line, text: cells.join('\t'), cells: out, first: firstFilled(out) };
  });
}

/** The spreadsheet name of a 1-based column (1 → A, 27 → AA). */
function columnName(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * The address of a cell of a grid, as a person finds it: `Sheet1!C12` in a workbook, `表格2 第3行第4列 (table 2,
 * row 3, column 4)` in a page or a document, `第3行第4格 (line 3, cell 4)` in a text file.
 *
 * @param source - where the grid comes from
 * @param row - the 1-based row
 * @param column - the 1-based column
 * @returns the address
 * @example
 * cellAddress({ kind: 'sheet', name: 'Sheet1' }, 12, 3) //=> 'Sheet1!C12'
 * cellAddress({ kind: 'table', container: 'html', index: 2 }, 3, 4) //=> '表格2 第3行第4列 (table 2, row 3, column 4)'
 * @category Forms
 */
export function cellAddress(source: GridSource, row: number, column: number): string {
  if (source.kind === 'table' && source.container === 'text') return `第${row}行第${column}格 (line ${row}, cell ${column})`;
  if (source.kind === 'sheet') return `${/^[A-Za-z0-9_]+$/u.test(source.name) ? source.name : `'${source.name.replace(/'/gu, "''")}'`}!${columnName(column)}${row}`;
  return `表格${source.index} 第${row}行第${column}列 (table ${source.index}, row ${row}, column ${column})`;
}

/** The findings of a grid's reading, each with the address of its cell. */
export function withCells(findings: readonly Finding[], source: GridSource): Finding[] {
  return findings.map((f) => (f.line === undefined ? f : { ...f, cell: cellAddress(source, f.line, f.column ?? 1) }));
}
