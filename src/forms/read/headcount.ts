import type { TableCell, TableRow } from '../text/split-table';
import { HEADCOUNT_LABELS } from '../vocabulary/sections';

/** Where a headcount row's figures are: each label's value cell (on the same row after it, or below it). */
export interface HeadcountCells {
  readonly headcount?: { readonly row: TableRow; readonly cell: TableCell };
  readonly internalDepartments?: { readonly row: TableRow; readonly cell: TableCell };
}

/** True when a cell holds a whole number (or is blank). */
const COUNT = /^\d{0,9}$/u;

/**
 * Recognises a headcount block at row `i` (年末在职人数 / 内设机构数): the labels with their numbers beside them
 * (`年末在职人数 | 35 | 内设机构数 | 5`), or the labels as column heads with the numbers on the next row (the
 * seed). Returns where it ends and the value cells, or null.
 */
export function headcountSpan(rows: readonly TableRow[], i: number): { end: number; cells: HeadcountCells } | null {
  const row = rows[i] as TableRow;
  const staff = row.cells.findIndex((c) => HEADCOUNT_LABELS.headcount.has(c.key));
  const depts = row.cells.findIndex((c) => HEADCOUNT_LABELS.internalDepartments.has(c.key));
  if (staff < 0 && depts < 0) return null;
  const beside = (at: number): TableCell | undefined => {
    const c = row.cells[at + 1];
    return c && c.text !== '' && COUNT.test(c.text.trim()) ? c : undefined;
  };
  const pairs = (staff < 0 || beside(staff) !== undefined) && (depts < 0 || beside(depts) !== undefined);
  if (pairs) {
    const cells: { -readonly [K in keyof HeadcountCells]: HeadcountCells[K] } = {};
    if (staff >= 0) cells.headcount = { row, cell: beside(staff) as TableCell };
    if (depts >= 0) cells.internalDepartments = { row, cell: beside(depts) as TableCell };
    return { end: i + 1, cells };
  }
  const next = rows[i + 1];
  const under = next !== undefined && next.cells.every((c) => COUNT.test(c.text.trim()));
  if (!under) return { end: i + 1, cells: {} };
  const at = (k: number): { row: TableRow; cell: TableCell } => ({ row: next, cell: next.cells[k] ?? { raw: '', text: '', column: 1, key: '' } });
  return { end: i + 2, cells: { ...(staff >= 0 && { headcount: at(staff) }), ...(depts >= 0 && { internalDepartments: at(depts) }) } };
}
