import { Dec, toDecimalString } from '../money/decimal';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import type { DateInput } from './dates';
import { evaluateTimeliness, type Timeliness, type TimelinessOptions } from './evaluate-timeliness';

/**
 * One payment or event with a deadline: due date, completion date (null when not done), and an optional label.
 *
 * @example
 * const e: DeadlineEvent = { label: '3月补贴', due: '2024-03-31', done: '2024-03-28' };
 * @category Monitoring
 */
export interface DeadlineEvent {
  /** What it is (a payment batch, a report). */
  readonly label?: string;
  /** The due date. */
  readonly due: DateInput;
  /** The completion date, or null when not done. */
  readonly done: DateInput | null;
}

/**
 * The on-time rate of a list of deadlines (及时率), with the verdict of each.
 *
 * @example
 * const r: OnTimeRate = { items: [], counts: { 'on-time': 0, late: 0, overdue: 0, pending: 0 }, judged: 0, percent: null, fraction: null };
 * @category Monitoring
 */
export interface OnTimeRate {
  /** Each event's verdict, in input order. */
  readonly items: readonly (Timeliness & { readonly label?: string })[];
  /** How many of each status. */
  readonly counts: Readonly<Record<Timeliness['status'], number>>;
  /** Events that can be judged: on time + late + overdue (pending ones are not yet due and do not count). */
  readonly judged: number;
  /** on time ÷ judged, exact to 40 significant digits; null when nothing can be judged yet. */
  readonly fraction: string | null;
  /** The rate in percent, 2 decimals half-up (`'75.00'`); null when nothing can be judged yet. */
  readonly percent: string | null;
}

/**
 * The on-time rate of payments or events (补贴发放及时率): on time ÷ (on time + late + overdue). Pending events
 * (not done, not yet due at `asOf`) are left out of the denominator; without `asOf` every undone event is
 * pending.
 *
 * @param events - due and completion dates
 * @param options - `asOf` and `graceDays`, as for {@link evaluateTimeliness}
 * @returns the rate and the verdicts, or every invalid date (paths `[i, 'due']`, `[i, 'done']`)
 * @example
 * const r = onTimeRate([
 *   { due: '2024-01-31', done: '2024-01-30' },
 *   { due: '2024-02-29', done: '2024-03-04' },
 *   { due: '2024-03-31', done: '2024-03-31' },
 *   { due: '2024-08-31', done: null },
 * ], { asOf: '2024-07-31' });
 * r.ok && r.value.percent //=> '66.67'
 * @category Monitoring
 */
export function onTimeRate(events: readonly DeadlineEvent[], options: TimelinessOptions = {}): Result<OnTimeRate> {
  const errors: Finding[] = [];
  const items: (Timeliness & { readonly label?: string })[] = [];
  const counts = { 'on-time': 0, late: 0, overdue: 0, pending: 0 };
  events.forEach((e, i) => {
    const r = evaluateTimeliness(e.due, e.done, options);
    if (!r.ok) {
      errors.push(...r.errors.map((f) => ({ ...f, path: [i, ...f.path] })));
      return;
    }
    counts[r.value.status] += 1;
    items.push(e.label === undefined ? r.value : { ...r.value, label: e.label });
  });
  if (errors.length > 0) return fail(errors);
  const judged = counts['on-time'] + counts.late + counts.overdue;
  const fraction = judged === 0 ? null : new Dec(counts['on-time']).dividedBy(judged);
  return ok({
    items,
    counts,
    judged,
    fraction: fraction === null ? null : toDecimalString(fraction),
    percent: fraction === null ? null : toDecimalString(fraction.times(100), 2),
  });
}
