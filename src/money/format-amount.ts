import type { AmountUnit } from '../model/common';
import { Dec, toDecimalString } from './decimal';

/**
 * Options of {@link formatAmount}.
 *
 * @example
 * const o: FormatAmountOptions = { unit: 'wan-yuan', precision: 4 };
 * @category Money
 */
export interface FormatAmountOptions {
  /** The unit the amount is in: 元 is written with two decimals (分), 万元 with `precision`. Default `yuan`. */
  readonly unit?: AmountUnit;
  /** Fraction digits, half-up. Default 2 for 元; for 万元, as many as the amount has. */
  readonly precision?: number;
  /** Thousands separators (`28,963,548.68`). Default true. */
  readonly grouping?: boolean;
}

/**
 * Writes an amount the way tables do: 元 with two decimals and thousands separators, 万元 at a chosen precision.
 *
 * @param amount - a decimal string
 * @param options - see {@link FormatAmountOptions}
 * @returns the text
 * @example
 * formatAmount('28963548.68') //=> '28,963,548.68'
 * formatAmount('0') //=> '0.00'
 * formatAmount('89.974', { unit: 'wan-yuan', precision: 2 }) //=> '89.97'
 * @category Money
 */
export function formatAmount(amount: string, options: FormatAmountOptions = {}): string {
  const unit = options.unit ?? 'yuan';
  const places = options.precision ?? (unit === 'yuan' ? 2 : undefined);
  const fixed = toDecimalString(new Dec(amount), places);
  if (options.grouping === false) return fixed;
  const [int = '', frac] = fixed.split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}
