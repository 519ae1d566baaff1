// Exact ratios of decimal strings on scaled integers (BigInt): no float, and cheaper than a 40-digit division
// when only 4 places are wanted.
import { pow10, type Scaled } from '../money/scaled';

/**
 * `n / d` rounded half-up (away from zero) to `places` decimals, as a decimal string; null when `d` is 0.
 *
 * @param n - numerator
 * @param d - denominator
 * @param places - fraction digits
 * @returns the quotient
 */
export function ratioText(n: Scaled, d: Scaled, places: number): string | null {
  if (d.int === 0n) return null;
  // n / d × 10^places = a × 10^(q + places) / (b × 10^p)
  let num = n.int * pow10(d.scale + places);
  let den = d.int * pow10(n.scale);
  const negative = num < 0n !== den < 0n && num !== 0n;
  if (num < 0n) num = -num;
  if (den < 0n) den = -den;
  const r = (2n * num + den) / (2n * den);
  const digits = r.toString().padStart(places + 1, '0');
  const out = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && r !== 0n ? `-${out}` : out;
}

/**
 * Whether `n / d ≥ k` exactly (d > 0).
 *
 * @returns the comparison
 */
export function ratioAtLeast(n: Scaled, d: Scaled, k: Scaled): boolean {
  // a/10^p ≥ (c/10^r)(b/10^q)  ⇔  a × 10^(q + r) ≥ c × b × 10^p
  return n.int * pow10(d.scale + k.scale) >= k.int * d.int * pow10(n.scale);
}
