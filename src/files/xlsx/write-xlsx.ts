import type ExcelJS from 'exceljs';
import { formCells } from 'jixiao';
import type { FormCell, FormLayout, PerformanceDocument } from 'jixiao';
import { workbookNumber } from './number-cell';

/**
 * Options of {@link toXlsx}.
 *
 * @example
 * const o: ToXlsxOptions = { layout: 'separate-column-self-evaluation', sheetName: '自评表' };
 * @category Files
 */
export interface ToXlsxOptions {
  /** The layout to write (as for `formatForm`); default: the document's own. */
  readonly layout?: FormLayout;
  /** The sheet's name. Default `申报表` for a declaration, `自评表` for a self-evaluation. */
  readonly sheetName?: string;
}

/** Characters Excel refuses in a sheet name, and its length limit. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/gu, '_').slice(0, 31) || 'Sheet1';
}

/** A column's width in characters: its longest line (a Chinese character counts two), within bounds. */
function width(rows: readonly (readonly FormCell[])[], c: number): number {
  let w = 8;
  for (const row of rows) {
    const cell = row[c];
    if (cell === undefined || row.length === 1) continue;
    const text = typeof cell === 'string' ? cell : cell.text;
    for (const line of text.split('\n')) w = Math.max(w, [...line].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2);
  }
  return Math.min(w, 60);
}

/**
 * Fills a sheet with rows of cells: text as text (wrapped when it holds line breaks), numbers as numbers with a
 * format that shows them as the table writes them, and each blank that continues a merged cell merged into the
 * cell above it.
 */
export function fillSheet(ws: ExcelJS.Worksheet, rows: readonly (readonly FormCell[])[]): void {
  rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const target = ws.getCell(r + 1, c + 1);
      // A blank of the table is an empty cell with a format, which keeps the row as wide as the text writer's.
      if (cell === '') {
        target.alignment = { vertical: 'top' };
        return;
      }
      if (typeof cell === 'string') {
        target.value = cell;
        if (cell.includes('\n')) target.alignment = { wrapText: true, vertical: 'top' };
        return;
      }
      if (cell.kind === 'merged-above') return;
      const n = workbookNumber(cell);
      if (n === null) target.value = cell.text;
      else {
        target.value = n.value;
        target.numFmt = n.numFmt;
      }
    });
  });
  // Each run of blanks that continue a merged cell joins the cell above the run.
  const columns = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < columns; c++) {
    for (let r = 0; r < rows.length; r++) {
      const continues = (k: number) => {
        const cell = rows[k]?.[c];
        return typeof cell === 'object' && cell.kind === 'merged-above';
      };
      if (!continues(r) || r === 0) continue;
      let end = r;
      while (continues(end + 1)) end++;
      ws.mergeCells(r, c + 1, end + 1, c + 1);
      ws.getCell(r, c + 1).alignment = { ...ws.getCell(r, c + 1).alignment, vertical: 'middle' };
      r = end;
    }
  }
  for (let c = 0; c < columns; c++) ws.getColumn(c + 1).width = width(rows, c);
}

/**
 * Writes a declaration or a self-evaluation as an Excel workbook (.xlsx, with exceljs) in its table's layout:
 * the same rows and cells `formatForm` writes as text, with tier labels (and the other labels that run down
 * a block) as merged cells, amounts as numbers formatted `#,##0.00` with the document's own fraction digits,
 * weights and scores as numbers with theirs, rates as percentages (`95.00%`). A number a double cannot hold
 * exactly (more than 15 significant digits) is written as text. Reading the workbook back gives the document:
 * `parseForm((await readTable(await toXlsx(doc))).value[0])` is `doc` (without origins). Throws a TypeError
 * when the layout cannot hold the document's kind (a programmer error).
 *
 * @param doc - the document
 * @param options - see {@link ToXlsxOptions}
 * @returns the workbook's bytes
 * @example
 * fs.writeFileSync('申报表.xlsx', await toXlsx(declaration));
 * const back = await readTable(await toXlsx(declaration));
 * back.ok && parseForm(back.value[0]!).ok //=> true
 * @category Files
 */
export async function toXlsx(doc: PerformanceDocument, options: ToXlsxOptions = {}): Promise<Uint8Array> {
  const rows = formCells(doc, options.layout === undefined ? {} : { layout: options.layout });
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(sheetName(options.sheetName ?? (doc.kind === 'self-evaluation' ? '自评表' : '申报表')));
  fillSheet(ws, rows);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
