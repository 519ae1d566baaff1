import { parseISO } from 'date-fns/parseISO';
import { evaluateMessages as M } from '../i18n/messages/evaluate';
import type { Actual, QualitativeGrade } from '../model/actual';
import type { Bilingual, Finding } from '../model/finding';
import type { DeadlineTarget, PeriodTarget } from '../model/target';
import { resolveTargetDate } from '../notation/resolve-target-date';
import { judgeDeadline } from './deadline';
import type { EvaluationSettings } from './types';

/** The year both dates are placed in when neither has one and the fiscal year is unknown: a leap year, so 2月29日 exists. */
const COMMON_LEAP_YEAR = 2000;

/**
 * A deadline or a period against a completion date: on time (by the due date, a period's last day, plus the
 * grace days) is 达成; later is the `late` grade of the settings. Dates written without a year are resolved
 * against the fiscal year; when it is unknown, two dates without a year are compared within one year, and a
 * date without a year against one with a year cannot be compared.
 *
 * @param target - the deadline or period
 * @param actual - the completion date
 * @param settings - `deadlines.graceDays` and `deadlines.late` (defaults 0 and `not-achieved`)
 * @param fiscalYear - the document's fiscal year, or null
 * @param texts - the target and actual as written, for the explanation and findings
 * @returns the grade with its explanation, or the finding that says why there is none
 */
export function assessDate(
  target: DeadlineTarget | PeriodTarget,
  actual: Extract<Actual, { kind: 'date' }>,
  settings: EvaluationSettings,
  fiscalYear: number | null,
  texts: { readonly target: string; readonly actual: string },
): { readonly grade: QualitativeGrade; readonly why: Bilingual } | { readonly finding: Finding } {
  const dueDate = target.kind === 'deadline' ? target.due : target.to;
  const year = fiscalYear ?? (dueDate.startsWith('--') && actual.date.startsWith('--') ? COMMON_LEAP_YEAR : null);
  const due = resolveTargetDate(dueDate, year);
  const done = resolveTargetDate(actual.date, year);
  if (due === null || done === null) return { finding: M.finding('evaluate/deadline-year-unknown', 'warning', texts) };
  const graceDays = settings.deadlines?.graceDays ?? 0;
  const j = judgeDeadline(parseISO(due), parseISO(done), null, graceDays);
  // Without a year, say the day as the table wrote it (`12-31`), not in the year used to compare.
  const say = (iso: string, written: string): string => (written.startsWith('--') && fiscalYear === null ? written.slice(2) : iso);
  const d = say(due, dueDate);
  const c = say(done, actual.date);
  const grace = graceDays > 0 ? { zh: `（宽限 ${graceDays} 天）`, en: ` (${graceDays} days' grace)` } : { zh: '', en: '' };
  if (j.status === 'on-time') {
    return {
      grade: 'achieved',
      why: { zh: `完成日期 ${c} 不晚于截止日期 ${d}${grace.zh}，按时完成`, en: `completed on ${c}, by the due date ${d}${grace.en}: on time` },
    };
  }
  return {
    grade: settings.deadlines?.late ?? 'not-achieved',
    why: { zh: `完成日期 ${c} 晚于截止日期 ${d} ${j.daysLate} 天${grace.zh}`, en: `completed on ${c}, ${j.daysLate} days after the due date ${d}${grace.en}` },
  };
}
