/**
 * Internal: the arithmetic of deadlines, in one place for evaluation (a deadline target against a completion
 * date) and monitoring (`evaluateTimeliness`, and deadline targets at the as-of date). Not exported from the
 * package.
 */
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/** Where a deadline stands: done in time, done late, not done and past it, not done and not yet past it. */
export type DeadlineStatus = 'on-time' | 'late' | 'overdue' | 'pending';

/** A deadline judged: its status, calendar days past the due date, and days left before it (pending only). */
export interface DeadlineJudgement {
  readonly status: DeadlineStatus;
  /** Calendar days from the due date to the completion (late) or to the as-of date (overdue); 0 otherwise. */
  readonly daysLate: number;
  /** Calendar days from the as-of date to the due date when pending with an as-of date (0 within the grace days); else null. */
  readonly daysLeft: number | null;
}

/**
 * Judges one deadline: done on or before the due date plus `graceDays` is on time; done after it is late; not
 * done is overdue when the as-of date is past the due date plus grace, pending otherwise. Days count from the due
 * date itself, grace or not.
 *
 * @param due - the due date (its calendar day)
 * @param done - the completion date, or null when not done
 * @param asOf - the date of the judgement, or null
 * @param graceDays - days after the due date still counted on time
 * @returns the judgement
 */
export function judgeDeadline(due: Date, done: Date | null, asOf: Date | null, graceDays: number): DeadlineJudgement {
  const deadline = addDays(due, graceDays);
  if (done !== null) {
    return differenceInCalendarDays(done, deadline) <= 0
      ? { status: 'on-time', daysLate: 0, daysLeft: null }
      : { status: 'late', daysLate: differenceInCalendarDays(done, due), daysLeft: null };
  }
  if (asOf !== null && differenceInCalendarDays(asOf, deadline) > 0) {
    return { status: 'overdue', daysLate: differenceInCalendarDays(asOf, due), daysLeft: null };
  }
  return { status: 'pending', daysLate: 0, daysLeft: asOf === null ? null : Math.max(0, differenceInCalendarDays(due, asOf)) };
}
