import type { TableGrid } from './grid';
import { splitTable } from './text/split-table';

/**
 * Table text as a {@link TableGrid}: its rows split as {@link parseForm} splits them (cells at tabs, Excel's
 * quoted cells with their line breaks), each row numbered by the line it starts on. For a program that handles
 * every kind of file as grids (`readTable` of `jixiao/files` gives a text file as this grid); findings then name
 * `第3行第4格 (line 3, cell 4)`, where `parseForm(text)` gives line 3 and the cell's code-point column.
 *
 * @param text - the table text
 * @returns one grid, from the text's container `text`
 * @example
 * textGrid('项目名称\t社区助餐\n"第一行\n第二行"\t乙')
 * //=> { rows: [['项目名称', '社区助餐'], ['第一行\n第二行', '乙']], rowNumbers: [1, 2], source: { kind: 'table', container: 'text', index: 1 } }
 * @category Forms
 */
export function textGrid(text: string): TableGrid {
  if (typeof text !== 'string') throw new TypeError('textGrid: text must be a string');
  const rows = splitTable(text);
  return { rows: rows.map((r) => r.cells.map((c) => c.raw)), rowNumbers: rows.map((r) => r.line), source: { kind: 'table', container: 'text', index: 1 } };
}
