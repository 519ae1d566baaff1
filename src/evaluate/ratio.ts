// Exact ratios of decimal strings on scaled integers (BigInt): no float, and cheaper than a 40-digit division
// when only 4 places are wanted.

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 60; i++, p *= 10n) POW10.push(p);

function pow10(k: number): bigint {
  return k < POW10.length ? (POW10[k] as bigint) : 10n ** BigInt(k);
}

/** A decimal string as an integer and a scale: `'51.12'` → [5112n, 2]. */
function scaled(s: string): [bigint, number] {
  const dot = s.indexOf('.');
  return dot < 0 ? [BigInt(s), 0] : [BigInt(s.slice(0, dot) + s.slice(dot + 1)), s.length - dot - 1];
}

/**
 * `n / d` rounded half-up (away from zero) to `places` decimals, as a decimal string; null when `d` is 0.
 *
 * @param n - numerator, a decimal string
 * @param d - denominator, a decimal string
 * @param places - fraction digits
 * @returns the quotient
 */
export function ratioText(n: string, d: string, places: number): string | null {
  const [a, p] = scaled(n);
  const [b, q] = scaled(d);
  if (b === 0n) return null;
  // n / d × 10^places = a × 10^(q + places) / (b × 10^p)
  let num = a * pow10(q + places);
  let den = b * pow10(p);
  const negative = num < 0n !== den < 0n && num !== 0n;
  if (num < 0n) num = -num;
  if (den < 0n) den = -den;
  const r = (2n * num + den) / (2n * den);
  const digits = r.toString().padStart(places + 1, '0');
  const out = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return negative && r !== 0n ? `-${out}` : out;
}

/**
 * Whether `n / d ≥ k` exactly (d > 0), for decimal strings.
 *
 * @returns the comparison
 */
export function ratioAtLeast(n: string, d: string, k: string): boolean {
  const [a, p] = scaled(n);
  const [b, q] = scaled(d);
  const [c, r] = scaled(k);
  // a/10^p ≥ (c/10^r)(b/10^q)  ⇔  a × 10^(q + r) ≥ c × b × 10^p
  return a * pow10(q + r) >= c * b * pow10(p);
}
