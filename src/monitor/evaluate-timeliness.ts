import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { monitorMessages } from '../i18n/messages/monitor';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { isoDate, readDate, type DateInput } from './dates';

/**
 * Options of {@link evaluateTimeliness} and {@link onTimeRate}.
 *
 * @example
 * const o: TimelinessOptions = { asOf: '2024-07-31', graceDays: 0 };
 * @category Monitoring
 */
export interface TimelinessOptions {
  /** The date of the judgement: an unfinished item past its due date at this date is `overdue`, else `pending`. */
  readonly asOf?: DateInput;
  /** Days after the due date still counted on time (default 0 [U]: no grace unless a policy gives one). */
  readonly graceDays?: number;
}

/**
 * Whether something was done in time (时效): `on-time` (done by the due date plus grace), `late` (done after),
 * `overdue` (not done and the as-of date is past the due date plus grace) or `pending` (not done, not yet
 * late). `daysLate` counts calendar days from the due date (0 when on time or pending).
 *
 * @example
 * const t: Timeliness = { status: 'late', due: '2024-03-31', done: '2024-04-02', daysLate: 2 };
 * @category Monitoring
 */
export interface Timeliness {
  /** The verdict. */
  readonly status: 'on-time' | 'late' | 'overdue' | 'pending';
  /** The due date, `YYYY-MM-DD`. */
  readonly due: string;
  /** The completion date, `YYYY-MM-DD`, or null when not done. */
  readonly done: string | null;
  /** Calendar days after the due date (of completion, or of the as-of date when overdue); 0 otherwise. */
  readonly daysLate: number;
}

function badDate(field: string, value: unknown, path: (string | number)[]): Finding {
  return monitorMessages.finding('monitor/invalid-date', 'error', { field, text: String(value) }, { path, field });
}

/**
 * Judges one deadline (the input a 时效指标 such as 补贴发放及时性 needs): was it done by the due date, or how
 * many days late.
 *
 * @param due - the due date (`Date` or `YYYY-MM-DD`)
 * @param done - the completion date, or null when not done yet
 * @param options - `asOf` (to tell overdue from pending) and `graceDays`
 * @returns the verdict, or `monitor/invalid-date` errors for dates that are not real days
 * @example
 * const r = evaluateTimeliness('2024-03-31', '2024-04-02');
 * r.ok && r.value //=> { status: 'late', due: '2024-03-31', done: '2024-04-02', daysLate: 2 }
 * evaluateTimeliness('2024-03-31', '2024-03-31').ok //=> true (status 'on-time', daysLate 0)
 * evaluateTimeliness('2024-03-31', null, { asOf: '2024-04-10' }) // status 'overdue', daysLate 10
 * @category Monitoring
 */
export function evaluateTimeliness(due: DateInput, done: DateInput | null, options: TimelinessOptions = {}): Result<Timeliness> {
  const errors: Finding[] = [];
  const dueDate = readDate(due);
  if (dueDate === null) errors.push(badDate('due', due, ['due']));
  const doneDate = done === null ? null : readDate(done);
  if (done !== null && doneDate === null) errors.push(badDate('done', done, ['done']));
  const asOf = options.asOf === undefined ? null : readDate(options.asOf);
  if (options.asOf !== undefined && asOf === null) errors.push(badDate('asOf', options.asOf, ['asOf']));
  const grace = options.graceDays ?? 0;
  if (!Number.isInteger(grace) || grace < 0) {
    throw new RangeError(`[jixiao/monitor] evaluateTimeliness: graceDays must be a non-negative integer, got ${grace}`);
  }
  if (errors.length > 0 || dueDate === null) return fail(errors);
  const deadline = addDays(dueDate, grace);
  const base = { due: isoDate(dueDate), done: doneDate === null ? null : isoDate(doneDate) };
  if (doneDate !== null) {
    return differenceInCalendarDays(doneDate, deadline) <= 0
      ? ok({ status: 'on-time', ...base, daysLate: 0 })
      : ok({ status: 'late', ...base, daysLate: differenceInCalendarDays(doneDate, dueDate) });
  }
  if (asOf !== null && differenceInCalendarDays(asOf, deadline) > 0) {
    return ok({ status: 'overdue', ...base, daysLate: differenceInCalendarDays(asOf, dueDate) });
  }
  return ok({ status: 'pending', ...base, daysLate: 0 });
}
