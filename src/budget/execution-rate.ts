import { budgetMessages as M } from '../i18n/messages/budget';
import type { DecimalString } from '../model/decimal-string';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { Dec, toDecimalString } from '../money/decimal';

/**
 * Options of {@link executionRate}.
 *
 * @example
 * const o: ExecutionRateOptions = { places: 4 };
 * @category Budget
 */
export interface ExecutionRateOptions {
  /** Fraction digits of the percent, rounded half-up. Default 2, as tables show it; `null` for the exact quotient (to 40 significant digits). */
  readonly places?: number | null;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads the two amounts of an execution rate. Shared with the scorer, which needs the exact quotient.
 *
 * @internal
 */
export function executionQuotient(
  adjusted: string | null,
  executed: string | null,
): { readonly quotient: Dec; readonly warnings: Finding[] } | { readonly errors: Finding[] } {
  const errors: Finding[] = [];
  const check = (v: string | null, field: 'adjusted' | 'executed'): Dec | null => {
    const fieldZh = field === 'adjusted' ? '全年预算数' : '全年执行数';
    const fieldEn = field === 'adjusted' ? 'adjusted budget' : 'executed amount';
    if (v === null || v.trim() === '') {
      errors.push(M.finding(field === 'adjusted' ? 'budget/adjusted-missing' : 'budget/executed-missing', 'error', {}, { field }));
      return null;
    }
    if (!DECIMAL.test(v)) {
      errors.push(M.finding('budget/not-a-decimal', 'error', { field: fieldZh, fieldEn, text: v }, { field }));
      return null;
    }
    const d = new Dec(v);
    if (d.isNegative() && !d.isZero()) {
      errors.push(M.finding('budget/negative-amount', 'error', { field: fieldZh, fieldEn, text: v }, { field }));
      return null;
    }
    return d;
  };
  const a = check(adjusted, 'adjusted');
  const b = check(executed, 'executed');
  if (a !== null && a.isZero()) errors.push(M.finding('budget/zero-adjusted-budget', 'error', {}, { field: 'adjusted', data: { adjusted, executed } }));
  if (errors.length > 0 || a === null || b === null) return { errors };
  const quotient = b.dividedBy(a);
  const warnings: Finding[] = [];
  if (quotient.greaterThan(1)) {
    warnings.push(M.finding('budget/executed-above-adjusted', 'warning', { rate: toDecimalString(quotient.times(100), 2) }, { field: 'executed', data: { adjusted, executed } }));
  }
  return { quotient, warnings };
}

/**
 * The execution rate (执行率) in percent: executed ÷ adjusted budget × 100 (RULES §3; the denominator is the
 * adjusted budget 全年预算数, A). A rate above 100% is returned as it is (the *score* is capped, not the rate).
 * A blank amount is not zero, and a zero adjusted budget gives no rate: both are errors, never a division.
 *
 * @param adjusted - 全年预算数 (A), a decimal string, or null when blank
 * @param executed - 全年执行数 (B), a decimal string, or null when blank
 * @param options - see {@link ExecutionRateOptions}
 * @returns the percent as a decimal string (2 places by default), or the errors
 * @example
 * executionRate('250000.00', '215457.60') //=> { ok: true, value: '86.18', warnings: [] }
 * executionRate('250000.00', '215457.60', { places: null }) //=> { ok: true, value: '86.18304', warnings: [] }
 * executionRate('0.00', '0.00').ok //=> false (budget/zero-adjusted-budget)
 * @category Budget
 */
export function executionRate(
  adjusted: string | null,
  executed: string | null,
  options: ExecutionRateOptions = {},
): Result<DecimalString> {
  const r = executionQuotient(adjusted, executed);
  if ('errors' in r) return fail(r.errors);
  const places = options.places === undefined ? 2 : options.places;
  const percent = r.quotient.times(100);
  return ok(places === null ? toDecimalString(percent) : toDecimalString(percent, places), r.warnings);
}
