import { getDayOfYear } from 'date-fns/getDayOfYear';
import { requireDate, type DateInput } from './dates';
import { fiscalYearInterval } from './fiscal-year-interval';

/**
 * Options of {@link daysRemaining}.
 *
 * @example
 * const o: DaysRemainingOptions = { fiscalYear: 2024 };
 * @category Monitoring
 */
export interface DaysRemainingOptions {
  /** The fiscal year; defaults to the year of the as-of date. */
  readonly fiscalYear?: number;
}

/**
 * The days of the fiscal year left after the as-of date (the as-of day itself is counted as elapsed, as in
 * {@link timeProgress}'s day basis, so elapsed + remaining = days in the year).
 *
 * @param asOf - the date (`Date` or `YYYY-MM-DD`)
 * @param options - the fiscal year, when not the as-of year
 * @returns 0 on 31 December (or after the year), the whole year before it starts
 * @throws RangeError for an invalid date (a programmer error)
 * @example
 * daysRemaining('2024-07-31') //=> 153
 * daysRemaining('2024-12-31') //=> 0
 * daysRemaining('2023-12-01', { fiscalYear: 2024 }) //=> 366
 * @category Monitoring
 */
export function daysRemaining(asOf: DateInput, options: DaysRemainingOptions = {}): number {
  const date = requireDate(asOf, 'daysRemaining');
  const fy = fiscalYearInterval(options.fiscalYear ?? date.getFullYear());
  if (date < fy.start) return fy.days;
  if (date > fy.end) return 0;
  return fy.days - getDayOfYear(date);
}
