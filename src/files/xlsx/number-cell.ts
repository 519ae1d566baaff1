import { Dec } from 'jixiao';
import type { NumberCell } from 'jixiao';

/** Fraction digits of a decimal string. */
export function decimals(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** `0`, `0.00`, `#,##0.00`: a format with the given fraction digits. */
export function fixedFormat(places: number, grouping: boolean): string {
  return `${grouping ? '#,##0' : '0'}${places > 0 ? `.${'0'.repeat(places)}` : ''}`;
}

/**
 * The double a decimal string is stored as, when the workbook shows it back exactly (at most 15 significant
 * digits, no leading zeros, not a negative zero); null otherwise (the cell is then written as text).
 */
export function exactNumber(value: string): number | null {
  if (!/^-?(0|[1-9]\d*)(\.\d+)?$/u.test(value) || /^-0(\.0*)?$/u.test(value)) return null;
  const d = new Dec(value);
  if (d.sd() > 15) return null;
  const n = d.toNumber();
  return new Dec(String(n)).eq(d) ? n : null;
}

/**
 * A number cell as a workbook holds it: the number and a format that shows it as the table writes it: an amount
 * with thousands separators and its fraction digits (`#,##0.00`), a weight or score with its digits (`0.0`), a
 * rate as a percentage (`0.00%` for `95.00%`). Null when the number cannot be stored exactly.
 */
export function workbookNumber(cell: NumberCell): { value: number; numFmt: string } | null {
  const places = decimals(cell.value);
  if (cell.kind === 'percent') {
    const value = exactNumber(new Dec(cell.value).div(100).toFixed());
    return value === null || exactNumber(cell.value) === null ? null : { value, numFmt: `${fixedFormat(places, false)}%` };
  }
  const value = exactNumber(cell.value);
  return value === null ? null : { value, numFmt: fixedFormat(places, cell.kind === 'amount') };
}
