import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { fail, ok } from 'jixiao';
import type { Finding, Result, TableGrid } from 'jixiao';
import { atCell, M, ofGrid, reason } from '../findings';
import { trimGrid } from '../span-grid';
import { withBuiltinFormats } from './builtin-formats';
import { cellReading } from './cell-text';

/** Up to ten numbers or letters, then how many more. */
function list(items: readonly string[]): string {
  return items.length <= 10 ? items.join(', ') : `${items.slice(0, 10).join(', ')} … (+${items.length - 10})`;
}

/**
 * A cell's value. exceljs's `value` of a formula drops a cached result that is falsy (`0`, `false`, `""`): a
 * total of 0 would read as a formula without a value. Its `result` keeps it.
 */
function valueOf(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value;
  if (v === null || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return v;
  const result = cell.result as ExcelJS.CellFormulaValue['result'];
  return result === undefined ? v : { ...v, result } as ExcelJS.CellValue;
}

/** One visible sheet as a grid, with the findings about its cells (null when it holds nothing). */
function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): { grid: TableGrid; findings: Finding[] } | null {
  const source = { kind: 'sheet', name: ws.name } as const;
  const rows: string[][] = [];
  const findings: Finding[] = [];
  const hiddenRows: string[] = [];
  const used = new Set<number>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // A merged range shows its text in its first cell; the cells it covers are blank.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const reading = cellReading(valueOf(cell), cell.numFmt, date1904);
      while (cells.length < c - 1) cells.push('');
      cells[c - 1] = reading.text;
      if (reading.text !== '') used.add(c);
      if (reading.problem !== undefined) {
        findings.push(atCell(M.finding(reading.problem.code, 'warning', reading.problem.params as never), source, r, c));
      }
    });
    // A formatted empty cell is a cell of the row (a blank, as Excel copies it); the row runs to its last cell.
    while (cells.length < row.cellCount) cells.push('');
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
    if (row.hidden && cells.some((t) => t !== '')) hiddenRows.push(String(r));
  });
  const grid = trimGrid(rows);
  if (grid.length === 0) return null;
  const hiddenColumns = [...used].sort((a, b) => a - b).filter((c) => ws.getColumn(c).hidden).map((c) => ws.getColumn(c).letter);
  if (hiddenRows.length > 0 || hiddenColumns.length > 0) {
    findings.unshift(M.finding('files/hidden-cells', 'info', { sheet: ws.name, rows: list(hiddenRows), columns: list(hiddenColumns) }, { field: ws.name }));
  }
  return { grid: { rows: grid, source }, findings };
}

/**
 * The sheets of an Excel workbook (.xlsx) as grids, read with exceljs: each visible sheet that holds anything is
 * one grid, in the workbook's order, each cell its text as Excel shows it (see `cellReading`), a merged
 * range's text in its first cell and the others blank; each row runs to its last cell (a formatted empty cell
 * included), and columns and rows beyond the last that holds text are dropped. Hidden sheets are
 * not read (an info finding names each); hidden rows and columns are read like the others (an info finding
 * lists them), since hiding changes what is shown, not what the table holds.
 */
export async function readXlsx(bytes: Uint8Array, zip: JSZip): Promise<Result<TableGrid[]>> {
  // Loaded here, not when the module is: an app pays for exceljs only when it reads a workbook.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load((await withBuiltinFormats(bytes, zip)) as unknown as ArrayBuffer);
  } catch (e) {
    return fail([M.finding('files/damaged', 'error', { format: 'xlsx', reason: reason(e) })]);
  }
  const date1904 = (wb.properties as { date1904?: boolean } | undefined)?.date1904 === true;
  const grids: TableGrid[] = [];
  const warnings: Finding[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') {
      warnings.push(M.finding('files/sheet-hidden', 'info', { sheet: ws.name }, { field: ws.name }));
      continue;
    }
    const sheet = readSheet(ws, date1904);
    if (sheet === null) continue;
    warnings.push(...sheet.findings.map((f) => ofGrid(f, grids.length)));
    grids.push(sheet.grid);
  }
  if (grids.length === 0) return fail([M.finding('files/no-table', 'error', { format: 'xlsx' })], warnings);
  return ok(grids, warnings);
}
