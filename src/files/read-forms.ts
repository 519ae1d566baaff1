import { ok, parseForms } from 'jixiao';
import type { Finding, FormResult, ParseFormOptions, Result, TableGrid } from 'jixiao';
import { M } from './findings';
import { readTable, type ReadTableOptions } from './read-table';

/**
 * Options of {@link readForms}: how to read the file ({@link ReadTableOptions}) and its tables
 * (`ParseFormOptions`).
 *
 * @example
 * const o: ReadFormsOptions = { fileName: '自评表.xlsx', amountUnit: 'wan-yuan' };
 * @category Files
 */
export interface ReadFormsOptions extends ReadTableOptions, ParseFormOptions {}

/** Which sheet or table a grid is, for a message. */
function where(grid: TableGrid): { sheet: string | null; table: number | null } {
  const s = grid.source;
  return s.kind === 'sheet' ? { sheet: s.name, table: null } : { sheet: null, table: s.index };
}

/** True when a grid's reading found no document at all (rather than one with errors). */
const noDocument = (results: readonly FormResult[]): boolean =>
  results.every((r) => !r.ok && r.partial === undefined && r.errors.every((e) => e.code === 'forms/layout-unknown' || e.code === 'forms/empty-input'));

/**
 * Reads every document of a file: {@link readTable}, then `parseForms` on each grid (each sheet of a
 * workbook, each table of a page or a Word document). A grid that holds no document (a sheet of notes, a page's
 * layout table) is skipped with a `files/grid-skipped` info finding, when another grid holds one. The findings
 * `readTable` made about a grid join the first document read from it; those about the whole file join the first
 * document. Each result's `source` says where its rows came from; its findings name their cells.
 *
 * @param bytes - the file's content
 * @param options - see {@link ReadFormsOptions}
 * @returns one result per document (as `parseForms` gives them), or the file's errors
 * @example
 * const r = await readForms(fs.readFileSync('自评表.xlsx'), { fileName: '自评表.xlsx' });
 * if (r.ok) for (const doc of r.value) doc.ok ? doc.value.kind : doc.errors[0]?.cell; //=> 'self-evaluation' …
 * @category Files
 */
export async function readForms(bytes: Uint8Array, options: ReadFormsOptions = {}): Promise<Result<FormResult[]>> {
  const { fileName, encoding, ...parse } = options;
  const table = await readTable(bytes, { ...(fileName !== undefined && { fileName }), ...(encoding !== undefined && { encoding }) });
  if (!table.ok) return table;
  const read = table.value.map((grid) => parseForms(grid, parse));
  const keep = read.map((results) => !noDocument(results));
  const any = keep.some(Boolean);
  const skipped: Finding[] = [];
  const out: FormResult[] = [];
  read.forEach((results, k) => {
    const grid = table.value[k] as TableGrid;
    if (any && !keep[k]) {
      skipped.push(M.finding('files/grid-skipped', 'info', where(grid), { data: { grid: k } }));
      return;
    }
    const own = table.warnings.filter((f) => f.data?.['grid'] === k);
    results.forEach((r, i) => out.push(i === 0 && own.length > 0 ? { ...r, warnings: [...own, ...r.warnings] } : r));
  });
  const general = [...table.warnings.filter((f) => f.data?.['grid'] === undefined), ...skipped];
  const first = out[0];
  if (first !== undefined && general.length > 0) out[0] = { ...first, warnings: [...general, ...first.warnings] };
  return ok(out);
}
