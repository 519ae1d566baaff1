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
  let staff = -1;
  let depts = -1;
  for (let k = 0; k < row.cells.length; k++) {
    const key = (row.cells[k] as TableCell).key;
    if (staff < 0 && HEADCOUNT_LABELS.headcount.has(key)) staff = k;
    else if (depts < 0 && HEADCOUNT_LABELS.internalDepartments.has(key)) depts = k;
  }
  if (staff < 0 && depts < 0) return null;
  const cells: { -readonly [K in keyof HeadcountCells]: HeadcountCells[K] } = {};
  const staffValue = staff < 0 ? undefined : valueBeside(row, staff);
  const deptsValue = depts < 0 ? undefined : valueBeside(row, depts);
  if ((staff < 0 || staffValue !== undefined) && (depts < 0 || deptsValue !== undefined)) {
    if (staffValue !== undefined) cells.headcount = { row, cell: staffValue };
    if (deptsValue !== undefined) cells.internalDepartments = { row, cell: deptsValue };
    return { end: i + 1, cells };
  }
  // The labels as column heads: the numbers on the next row, every cell of it a number or blank.
  const next = rows[i + 1];
  if (next === undefined || !next.cells.every((c) => COUNT.test(c.text))) return { end: i + 1, cells };
  const under = (k: number): { row: TableRow; cell: TableCell } => ({ row: next, cell: next.cells[k] ?? { raw: '', text: '', column: 1, key: '' } });
  if (staff >= 0) cells.headcount = under(staff);
  if (depts >= 0) cells.internalDepartments = under(depts);
  return { end: i + 2, cells };
}

/** The number written just after a label cell, or undefined. */
function valueBeside(row: TableRow, at: number): TableCell | undefined {
  const c = row.cells[at + 1];
  return c && c.text !== '' && COUNT.test(c.text) ? c : undefined;
}
