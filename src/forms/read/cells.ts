import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import { parseAmount } from '../../money/parse-amount';
import { toHalfWidth } from '../../i18n/half-width';
import { type TableCell, type TableRow, cellLine } from '../text/split-table';
import { isNotApplicableText } from '../notation';
import { type ImportContext, origin, pointer, report, reportInCell } from './context';

const UNIT_ZH: Record<AmountUnit, string> = { yuan: '元', 'wan-yuan': '万元' };


/** A number cell that says "nothing here": blank, or a not-applicable marker (`-`, `——`, `/`, `不适用`, …). */
function isNothing(cell: TableCell): boolean {
  return cell.text === '' || isNotApplicableText(cell.text);
}

/**
 * Reads an amount cell in the document's unit: blank (or a dash) is null, never 0; the written precision is
 * kept; errors of `parseAmount` are reported at the cell; a unit written in the cell that differs from the
 * header's is reported (the amount is not converted). `at` is the path's pointer, when the caller has it made.
 */
export function readAmount(
  ctx: ImportContext,
  row: TableRow,
  cell: TableCell,
  path: readonly (string | number)[],
  unit: AmountUnit,
  at: string = pointer(path),
): string | null {
  if (isNothing(cell)) return null;
  origin(ctx, at, row, cell);
  const r = parseAmount(cell.raw);
  if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, cell, path, path.join('.'));
  if (!r.ok) {
    reportInCell(ctx, r.errors, row, cell, path, path.join('.'));
    return null;
  }
  if (r.value.unit !== null && r.value.unit !== unit) {
    report(ctx, M.finding('forms/amount-unit-conflict', 'warning', { declared: UNIT_ZH[unit], other: UNIT_ZH[r.value.unit] }, { line: cellLine(row, cell), column: cell.column, path, field: path.join('.') }));
  }
  return r.value.amount;
}

const NUMBER = /^-?\d+(\.\d+)?$/u;

/**
 * Reads a number cell (weight, score, rate, coefficient): blank or a dash is null; `95.00%` and `10分` keep
 * their number; anything else is reported and read as null. `at` is the path's pointer, when the caller has
 * it made.
 */
export function readNumber(
  ctx: ImportContext,
  row: TableRow,
  cell: TableCell,
  path: readonly (string | number)[],
  names: { readonly zh: string; readonly en: string },
  at: string = pointer(path),
): string | null {
  if (isNothing(cell)) return null;
  // Most number cells are plain numbers already (`10`, `9.5`): nothing to normalise.
  const s = NUMBER.test(cell.text) ? cell.text : toHalfWidth(cell.text).replace(/\s+/gu, '').replace(/(%|分)$/u, '').replace(/,/gu, '');
  if (s.length > 40 || !NUMBER.test(s)) {
    report(
      ctx,
      M.finding('forms/number-invalid', 'warning', { text: cell.text.slice(0, 80), field: names.zh, fieldEn: names.en }, { line: cellLine(row, cell), column: cell.column, path, field: path.join('.') }),
    );
    return null;
  }
  origin(ctx, at, row, cell);
  return s;
}

/** Reads a whole number (headcount, number of departments): blank is null. */
export function readCount(
  ctx: ImportContext,
  row: TableRow,
  cell: TableCell,
  path: readonly (string | number)[],
  names: { readonly zh: string; readonly en: string },
  at: string = pointer(path),
): number | null {
  const n = readNumber(ctx, row, cell, path, names, at);
  if (n === null) return null;
  if (!/^\d{1,9}$/u.test(n)) {
    report(ctx, M.finding('forms/number-invalid', 'warning', { text: cell.text, field: names.zh, fieldEn: names.en }, { line: cellLine(row, cell), column: cell.column, path, field: path.join('.') }));
    return null;
  }
  return Number(n);
}
