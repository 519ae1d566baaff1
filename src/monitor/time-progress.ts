import { getDayOfYear } from 'date-fns/getDayOfYear';
import { isLastDayOfMonth } from 'date-fns/isLastDayOfMonth';
import { Dec, toDecimalString } from '../money/decimal';
import { isoDate, requireDate, type DateInput } from './dates';
import { fiscalYearInterval } from './fiscal-year-interval';

/**
 * How time progress is counted: by elapsed `day`s of the year, or by completed `month`s (1–7月 = 7/12).
 *
 * @example
 * const b: TimeBasis = 'month';
 * @category Monitoring
 */
export type TimeBasis = 'day' | 'month';

/**
 * Options of {@link timeProgress}.
 *
 * @example
 * const o: TimeProgressOptions = { basis: 'day', fiscalYear: 2024 };
 * @category Monitoring
 */
export interface TimeProgressOptions {
  /** `month` (default: central monitoring reports 1–7月, RULES §7 [U]) or `day`. */
  readonly basis?: TimeBasis;
  /** The fiscal year measured; defaults to the year of the as-of date. A date before it gives 0, after it 1. */
  readonly fiscalYear?: number;
}

/**
 * The fraction of the fiscal year elapsed at a date (时间进度), as `elapsed / total`.
 *
 * @example
 * const tp: TimeProgress = timeProgress('2024-07-31');
 * @category Monitoring
 */
export interface TimeProgress {
  /** How it was counted. */
  readonly basis: TimeBasis;
  /** The as-of date, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** The fiscal year measured. */
  readonly fiscalYear: number;
  /** Elapsed days (as-of day included) or completed months. */
  readonly elapsed: number;
  /** Days in the year (365/366) or 12. */
  readonly total: number;
  /** elapsed / total, to 40 significant digits (use `elapsed` and `total` for exact arithmetic). */
  readonly fraction: string;
  /** The fraction in percent, 2 decimals half-up (`'58.33'`), for display. */
  readonly percent: string;
}

/**
 * Time progress (时间进度) at a date: how much of the fiscal year has passed.
 *
 * - `month` basis: the number of *completed* months. The as-of month counts only when the date is the last day
 *   of that month: 2024-07-31 → 7/12 (58.33%), 2024-07-30 → 6/12 (50.00%), 2024-01-15 → 0/12.
 * - `day` basis: the day of the year, the as-of day included, over the days of the year:
 *   2024-07-31 → 213/366 (58.20%), 2024-12-31 → 366/366.
 *
 * @param asOf - the monitoring date (`Date` or `YYYY-MM-DD`)
 * @param options - basis (default `month`) and fiscal year (default: the as-of year)
 * @returns elapsed, total, the fraction and its percent
 * @throws RangeError for an invalid date (a programmer error: validate user dates first, as {@link monitor} does)
 * @example
 * timeProgress('2024-07-31').percent //=> '58.33'
 * timeProgress('2024-07-31', { basis: 'day' }) //=> { basis: 'day', asOf: '2024-07-31', fiscalYear: 2024, elapsed: 213, total: 366, fraction: '0.5819672131…', percent: '58.20' }
 * timeProgress('2024-06-30').elapsed //=> 6
 * @category Monitoring
 */
export function timeProgress(asOf: DateInput, options: TimeProgressOptions = {}): TimeProgress {
  const date = requireDate(asOf, 'timeProgress');
  const basis = options.basis ?? 'month';
  const fy = fiscalYearInterval(options.fiscalYear ?? date.getFullYear());
  const total = basis === 'day' ? fy.days : 12;
  let elapsed: number;
  if (date < fy.start) elapsed = 0;
  else if (date > fy.end) elapsed = total;
  else if (basis === 'day') elapsed = getDayOfYear(date);
  else elapsed = date.getMonth() + (isLastDayOfMonth(date) ? 1 : 0);
  const fraction = new Dec(elapsed).dividedBy(total);
  return {
    basis,
    asOf: isoDate(date),
    fiscalYear: fy.year,
    elapsed,
    total,
    fraction: toDecimalString(fraction),
    percent: toDecimalString(fraction.times(100), 2),
  };
}
