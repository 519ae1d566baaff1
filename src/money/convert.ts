import type { AmountUnit } from '../model/common';
import { Dec, toDecimalString } from './decimal';

const YUAN_PER_WAN = 10_000; // 1 万元 = 10 000 元, exact

/**
 * Converts an amount between 元 and 万元, exactly (no rounding: 89.974 万元 is 899740 元).
 *
 * @param amount - a decimal string
 * @param from - the unit it is in
 * @param to - the unit wanted
 * @returns the amount in `to`, as a decimal string
 * @example
 * convertAmount('89.974', 'wan-yuan', 'yuan') //=> '899740'
 * convertAmount('215457.6', 'yuan', 'wan-yuan') //=> '21.54576'
 * @category Money
 */
export function convertAmount(amount: string, from: AmountUnit, to: AmountUnit): string {
  if (from === to) return amount;
  const d = new Dec(amount);
  return toDecimalString(from === 'wan-yuan' ? d.times(YUAN_PER_WAN) : d.dividedBy(YUAN_PER_WAN));
}
