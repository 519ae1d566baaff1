import { Dec, toDecimalString } from './decimal';

/**
 * Splits a total into parts proportional to `ratios`, at a fixed number of decimal places, so that the parts
 * always add up to the total exactly (the remainder goes, one smallest step at a time, to the parts with the
 * largest remainders; ties go to the earlier part). The model is dinero.js's `allocate`; the library uses it
 * to spread undeclared weights over indicators.
 *
 * @param total - the amount to split, a decimal string
 * @param ratios - non-negative decimal strings, at least one above zero
 * @param places - fraction digits of the parts (default 2)
 * @returns the parts, as decimal strings, in the order of `ratios`
 * @throws RangeError when no ratio is above zero, one is negative, or `total` has more fraction digits than
 *   `places` (programmer errors: no split could add up exactly)
 * @example
 * allocate('50', ['1', '1', '1']) //=> ['16.67', '16.67', '16.66']
 * allocate('100', ['3', '1'], 0) //=> ['75', '25']
 * @category Money
 */
export function allocate(total: string, ratios: readonly string[], places = 2): string[] {
  const rs = ratios.map((r) => new Dec(r));
  if (rs.some((r) => r.isNegative())) throw new RangeError('jixiao: allocate: ratios must not be negative');
  const sum = rs.reduce((a, r) => a.plus(r), new Dec(0));
  if (sum.isZero()) throw new RangeError('jixiao: allocate: at least one ratio must be above zero');
  const step = new Dec(10).pow(-places);
  const whole = new Dec(total);
  if (whole.decimalPlaces() > places) {
    // Parts at `places` digits cannot add up to a total with more digits: the caller must choose `places`.
    throw new RangeError(`jixiao: allocate: total ${total} has more than ${places} fraction digits`);
  }
  const exact = rs.map((r) => whole.times(r).dividedBy(sum));
  const parts = exact.map((e) => e.toDecimalPlaces(places, Dec.ROUND_DOWN));
  let rest = whole.minus(parts.reduce((a, p) => a.plus(p), new Dec(0)));
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(parts[i] as Dec) }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || a.i - b.i);
  const sign = rest.isNegative() ? -1 : 1;
  for (let k = 0; !rest.isZero(); k = (k + 1) % order.length) {
    const i = (order[k] as { i: number }).i;
    parts[i] = (parts[i] as Dec).plus(step.times(sign));
    rest = rest.minus(step.times(sign));
  }
  return parts.map((p) => toDecimalString(p, places));
}
