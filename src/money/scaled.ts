// Decimal strings as scaled integers (BigInt): exact, no float, and cheaper than decimal.js where only integer
// steps are needed (adding rounded scores, exact ratios at a few places). Internal: not part of the public API.

/** A decimal as an integer and a scale: `'51.12'` is 5112 × 10⁻². */
export interface Scaled {
  readonly int: bigint;
  readonly scale: number;
}

/** How many fraction digits a decimal string is written with: `'0.00'` → 2, `'100'` → 0. */
export function fractionDigits(s: string): number {
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * Reads a decimal string as a {@link Scaled} integer.
 *
 * @returns `'51.12'` → `{ int: 5112n, scale: 2 }`
 */
export function scaled(s: string): Scaled {
  const dot = s.indexOf('.');
  return dot < 0 ? { int: BigInt(s), scale: 0 } : { int: BigInt(s.slice(0, dot) + s.slice(dot + 1)), scale: s.length - dot - 1 };
}

/** Writes a scaled integer back as a decimal string with exactly `places` fraction digits. */
export function fromScaled(n: bigint, places: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
  const out = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return neg ? `-${out}` : out;
}
