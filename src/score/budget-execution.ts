import { scoreMessages as M } from '../i18n/messages/score';
import { argumentError } from '../model/argument-error';
import type { Finding } from '../model/finding';
import { Dec } from '../money/decimal';
import { executionQuotient, percentText } from '../budget/execution-rate';
import { compareScaled, scaled, timesScaled, toFixedScaled } from '../money/scaled';
import { assertWeight } from './arguments';
import { schemeArgument, type Compiled } from './compile';
import type { SchemeId } from './presets/index';
import { national } from './presets/national';
import type { Scheme } from './scheme';
import type { BudgetExecutionScore } from './types';

/**
 * `weight × percent%` rounded to `places`: what a table gets when it multiplies by a percent it has already
 * rounded (the rate as shown, a completion written to 2 decimals) instead of the exact ratio.
 *
 * @returns the score so computed
 */
export function scoreOfShownPercent(weight: string, percent: string, places: number): string {
  const p = timesScaled(scaled(weight), scaled(percent));
  return toFixedScaled(p.int, p.scale + 2, places);
}

/** The budget-execution score with what the scorecard needs to know about it. */
export interface BudgetPart {
  readonly result: BudgetExecutionScore;
  readonly notApplicable: boolean;
  readonly notReported: boolean;
  readonly unverified: boolean;
}

/**
 * Scores budget execution (internal form).
 *
 * @returns the score and its flags
 */
export function budgetPart(
  adjusted: string | null,
  executed: string | null,
  weight: string,
  c: Compiled,
  publishedScore: string | null = null,
): BudgetPart {
  const scheme = c.scheme;
  const places = c.places;
  const w = scaled(weight);
  const q = executionQuotient(adjusted, executed);
  const base = { adjusted, executed, weight };
  if ('errors' in q) {
    const zero = q.errors.some((e) => e.code === 'budget/zero-adjusted-budget');
    const missing = !zero && q.errors.some((e) => e.code === 'budget/adjusted-missing' || e.code === 'budget/executed-missing');
    if (zero && scheme.budgetExecution.zeroBudget === 'not-applicable') {
      return { result: { ...base, rate: null, score: null, trace: '—', findings: q.errors }, notApplicable: true, notReported: false, unverified: false };
    }
    if (missing && scheme.missingActual !== 'unscored') {
      if (scheme.missingActual === 'published' && publishedScore !== null) {
        const t = new Dec(publishedScore).toFixed(places, Dec.ROUND_HALF_UP);
        return { result: { ...base, rate: null, score: t, trace: `∅ → ${t}`, findings: q.errors }, notApplicable: false, notReported: true, unverified: true };
      }
      const t = new Dec(0).toFixed(places);
      return { result: { ...base, rate: null, score: t, trace: `∅ → ${t}`, findings: q.errors }, notApplicable: false, notReported: true, unverified: false };
    }
    const findings: Finding[] = [...q.errors, M.finding('score/budget-execution-unscored', 'warning', {})];
    return { result: { ...base, rate: null, score: null, trace: '—', findings }, notApplicable: false, notReported: missing, unverified: false };
  }
  const rate = percentText(q.quotient, 2);
  const over = compareScaled(q.quotient, c.cap) > 0;
  const s = timesScaled(w, over ? c.cap : q.quotient);
  const t = toFixedScaled(s.int, s.scale, places);
  // The trace must add up as written: the rate shown is rounded, so where `w × rate%` would round to another
  // score (10 × 86.45% = 8.645 → 8.65, where 10 × 86445/100000 = 8.6445 → 8.64) it shows the exact ratio.
  const trace = over
    ? `${weight} × min(${rate}%, ${c.capPercent}%) = ${t}`
    : scoreOfShownPercent(weight, rate, places) === t
      ? `${weight} × ${rate}% = ${t}`
      : `${weight} × ${executed}/${adjusted} = ${t}`;
  return { result: { adjusted, executed, weight, rate, score: t, trace, findings: q.warnings }, notApplicable: false, notReported: false, unverified: false };
}

/**
 * The budget-execution score (RULES §4, [C]): weight × min(executed / adjusted, cap), the denominator being
 * the adjusted budget 全年预算数; the rate is shown as it is (above 100% too), the score capped. A zero
 * adjusted budget gives no rate and, under the national preset, no score (`budget/zero-adjusted-budget`);
 * blank amounts follow the scheme's `missingActual` rule (blank is not zero). The trace multiplies by the rate
 * as shown when that gives the same score, else by the exact ratio (so that it adds up as written). Amounts are
 * table data (a malformed or negative amount is a finding); a weight that is no non-negative decimal string, or a
 * scheme that is none, is a programmer error (`TypeError`).
 *
 * @param adjusted - 全年预算数 (A), or null
 * @param executed - 全年执行数 (B), or null
 * @param weight - the weight (default: the scheme's, 10 under `national`)
 * @param scheme - the scheme or a preset id (default `national`)
 * @returns rate (percent, 2 decimals), score, trace and findings
 * @example
 * const r = scoreBudgetExecution('250000.00', '215457.60');
 * [r.rate, r.score, r.trace] //=> ['86.18', '8.62', '10 × 86.18% = 8.62']
 * scoreBudgetExecution('100000', '86445', '10').trace //=> '10 × 86445/100000 = 8.64' (10 × 86.45% would give 8.65)
 * scoreBudgetExecution('100.00', '104.00').score //=> '10.00'
 * scoreBudgetExecution('0.00', '0.00').score //=> null
 * @category Scoring
 */
export function scoreBudgetExecution(
  adjusted: string | null,
  executed: string | null,
  weight?: string,
  scheme: Scheme | SchemeId = national,
): BudgetExecutionScore {
  for (const [param, v] of [['adjusted', adjusted], ['executed', executed]] as const) {
    if (v !== null && typeof v !== 'string') throw argumentError('scoreBudgetExecution', param, 'an amount as a decimal string, or null when blank', v);
  }
  const c = schemeArgument(scheme, 'scoreBudgetExecution');
  if (weight !== undefined) assertWeight('scoreBudgetExecution', 'weight', weight);
  return budgetPart(adjusted, executed, weight ?? c.scheme.budgetExecution.weight, c).result;
}
