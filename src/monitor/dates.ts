import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * A calendar date: a `Date` (its local calendar day is used, the time of day is ignored) or an ISO date string
 * `YYYY-MM-DD`.
 *
 * @example
 * const d: DateInput = '2024-07-31';
 * @category Monitoring
 */
export type DateInput = Date | string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a date; null when it is not a real calendar day written `YYYY-MM-DD` (or an invalid `Date`). */
export function readDate(input: DateInput): Date | null {
  if (input instanceof Date) return isValid(input) ? new Date(input.getFullYear(), input.getMonth(), input.getDate()) : null;
  if (typeof input !== 'string' || !ISO_DATE.test(input.trim())) return null;
  const d = parseISO(input.trim());
  return isValid(d) ? d : null;
}

/** Reads a date the caller vouches for; an invalid one is a programmer error. */
export function requireDate(input: DateInput, what: string): Date {
  const d = readDate(input);
  if (d === null) throw new RangeError(`[jixiao/monitor] ${what}: expected a Date or a "YYYY-MM-DD" string, got ${String(input)}`);
  return d;
}

/** `YYYY-MM-DD` of a date's local calendar day. */
export function isoDate(d: Date): string {
  return formatISO(d, { representation: 'date' });
}
