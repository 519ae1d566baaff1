/**
 * Scores are written with exactly `places` decimals (toFixed), so they add up exactly as scaled integers
 * (BigInt: exact, no float).
 */
export function toScaled(text: string): bigint {
  const dot = text.indexOf('.');
  return BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
}

/** The inverse of {@link toScaled}. */
export function fromScaled(n: bigint, places: number): string {
  const neg = n < 0n;
  const digits = (neg ? -n : n).toString().padStart(places + 1, '0');
  const out = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return neg ? `-${out}` : out;
}
