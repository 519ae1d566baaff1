import { endOfYear } from 'date-fns/endOfYear';
import { getDaysInYear } from 'date-fns/getDaysInYear';
import { startOfYear } from 'date-fns/startOfYear';
import { requireDate, type DateInput } from './dates';

/**
 * A fiscal year as a date-fns interval: its first instant and its last (local time).
 *
 * @example
 * const fy: FiscalYearInterval = fiscalYearInterval(2024);
 * @category Monitoring
 */
export interface FiscalYearInterval {
  /** The fiscal year (the calendar year it coincides with). */
  readonly year: number;
  /** 1 January, 00:00. */
  readonly start: Date;
  /** 31 December, 23:59:59.999. */
  readonly end: Date;
  /** Number of days in the year (365 or 366). */
  readonly days: number;
}

/**
 * The interval of a fiscal year. In China the fiscal year is the calendar year (《预算法》 第十八条: 预算年度自公历
 * 1月1日起，至12月31日止), so the interval runs from 1 January to 31 December; it can be used with any date-fns
 * interval function (`isWithinInterval`, `eachMonthOfInterval`, …).
 *
 * @param yearOrDate - the year (`2024`), or a date inside it (`'2024-07-31'`)
 * @returns the year, its start and end, and its number of days
 * @throws RangeError for a year that is not an integer in 1–9999, or an invalid date (programmer errors)
 * @example
 * const fy = fiscalYearInterval(2024);
 * fy.days //=> 366
 * fy.start.getMonth() //=> 0
 * fiscalYearInterval('2023-05-01').days //=> 365
 * @category Monitoring
 */
export function fiscalYearInterval(yearOrDate: number | DateInput): FiscalYearInterval {
  let year: number;
  if (typeof yearOrDate === 'number') {
    if (!Number.isInteger(yearOrDate) || yearOrDate < 1 || yearOrDate > 9999) {
      throw new RangeError(`[jixiao/monitor] fiscalYearInterval: expected an integer year, got ${yearOrDate}`);
    }
    year = yearOrDate;
  } else {
    year = requireDate(yearOrDate, 'fiscalYearInterval').getFullYear();
  }
  const anchor = new Date(year, 6, 1);
  anchor.setFullYear(year); // years < 100 are not shifted to 19xx
  const start = startOfYear(anchor);
  const end = endOfYear(anchor);
  return { year, start, end, days: getDaysInYear(anchor) };
}
