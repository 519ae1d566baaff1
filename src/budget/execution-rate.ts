import { budgetMessages as M } from '../i18n/messages/budget';
import type { DecimalString } from '../model/decimal-string';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { compareScaled, dividedByScaled, scaled, timesScaled, toFixedScaled, toPlainDecimal, type Scaled } from '../money/scaled';

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

const ONE: Scaled = { int: 1n, scale: 0 };
const HUNDRED: Scaled = { int: 100n, scale: 0 };

/**
 * Reads the two amounts of an execution rate. Shared with the scorer, which needs the quotient: executed ÷
 * adjusted to 40 significant digits (as decimal.js divides), on scaled integers.
 *
 * @internal
 */
export function executionQuotient(
  adjusted: string | null,
  executed: string | null,
): { readonly quotient: Scaled; readonly warnings: Finding[] } | { readonly errors: Finding[] } {
  const errors: Finding[] = [];
  const a = amountOf(adjusted, 'adjusted', errors);
  const b = amountOf(executed, 'executed', errors);
  if (a !== null && a.int === 0n) errors.push(M.finding('budget/zero-adjusted-budget', 'error', {}, { field: 'adjusted', data: { adjusted, executed } }));
  if (errors.length > 0 || a === null || b === null) return { errors };
  const quotient = dividedByScaled(b, a);
  const warnings: Finding[] = [];
  if (compareScaled(quotient, ONE) > 0) {
    warnings.push(M.finding('budget/executed-above-adjusted', 'warning', { rate: percentText(quotient, 2) }, { field: 'executed', data: { adjusted, executed } }));
  }
  return { quotient, warnings };
}

/**
 * A quotient as a percent: to `places` digits (half-up), or exactly when `places` is null.
 *
 * @internal
 */
export function percentText(quotient: Scaled, places: number | null): string {
  const p = timesScaled(quotient, HUNDRED);
  return places === null ? toPlainDecimal(p.int, p.scale) : toFixedScaled(p.int, p.scale, places);
}

function amountOf(v: string | null, field: 'adjusted' | 'executed', errors: Finding[]): Scaled | null {
  if (v === null || v.trim() === '') {
    errors.push(M.finding(field === 'adjusted' ? 'budget/adjusted-missing' : 'budget/executed-missing', 'error', {}, { field }));
    return null;
  }
  const fieldZh = field === 'adjusted' ? '全年预算数' : '全年执行数';
  const fieldEn = field === 'adjusted' ? 'adjusted budget' : 'executed amount';
  if (!DECIMAL.test(v)) {
    errors.push(M.finding('budget/not-a-decimal', 'error', { field: fieldZh, fieldEn, text: v }, { field }));
    return null;
  }
  const d = scaled(v);
  if (d.int < 0n) {
    errors.push(M.finding('budget/negative-amount', 'error', { field: fieldZh, fieldEn, text: v }, { field }));
    return null;
  }
  return d;
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
  return ok(percentText(r.quotient, places), r.warnings);
}
