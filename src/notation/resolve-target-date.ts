import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { TargetDate } from '../model/target';

/**
 * The calendar day a target date names in a fiscal year: a date with its year is itself; a date without one
 * (`--12-31`, from `12月底到位`) is that day of the fiscal year, and `--02-29` the last day of February (the 28th
 * in a common year). A target's dates are kept as the table wrote them and resolved only here, when the fiscal
 * year is known (the document's `fiscalYear`, or the year monitored).
 *
 * @param date - a {@link TargetDate} (`2024-12-31` or `--12-31`)
 * @param fiscalYear - the fiscal year (in China the calendar year), or null when it is not known
 * @returns the day as `YYYY-MM-DD`, or null when the date has no year and no fiscal year is given
 * @throws TypeError when `date` is not a target date or `fiscalYear` not a year (programmer errors)
 * @example
 * resolveTargetDate('--12-31', 2024) //=> '2024-12-31'
 * resolveTargetDate('2023-06-30', 2024) //=> '2023-06-30'
 * resolveTargetDate('--02-29', 2023) //=> '2023-02-28'
 * resolveTargetDate('--12-31', null) //=> null
 * @category Notation
 */
export function resolveTargetDate(date: TargetDate, fiscalYear: number | null): string | null {
  if (!TargetDate.safeParse(date).success) throw new TypeError(`jixiao: resolveTargetDate expects a target date such as "2024-12-31" or "--12-31" (date), got ${String(date)}`);
  if (fiscalYear !== null && (!Number.isInteger(fiscalYear) || fiscalYear < 1000 || fiscalYear > 9999)) {
    throw new TypeError(`jixiao: resolveTargetDate expects a four-digit year or null (fiscalYear), got ${String(fiscalYear)}`);
  }
  if (!date.startsWith('--')) return date;
  if (fiscalYear === null) return null;
  const month = Number(date.slice(2, 4));
  const last = lastDayOfMonth(new Date(fiscalYear, month - 1, 1)).getDate();
  const day = Math.min(Number(date.slice(5)), last);
  return `${fiscalYear}-${date.slice(2, 4)}-${String(day).padStart(2, '0')}`;
}
