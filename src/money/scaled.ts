// Decimal strings as scaled integers (BigInt): exact, no float, and several times cheaper than decimal.js for the
// few steps scoring needs (comparing, adding, rounding, and products and quotients rounded exactly as `Dec` rounds
// them). Internal: not part of the public API.
import { Dec } from './decimal';

/** A decimal as an integer and a scale: `'51.12'` is 5112 × 10⁻². */
export interface Scaled {
  readonly int: bigint;
  readonly scale: number;
}

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 60; i++, p *= 10n) POW10.push(p);

/** 10^k as a BigInt (small powers from a table). */
export function pow10(k: number): bigint {
  return k < POW10.length ? (POW10[k] as bigint) : 10n ** BigInt(k);
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

/** The sign of `x − y`: -1, 0 or 1. */
export function compareScaled(x: Scaled, y: Scaled): number {
  const a = x.scale >= y.scale ? x.int : x.int * pow10(y.scale - x.scale);
  const b = y.scale >= x.scale ? y.int : y.int * pow10(x.scale - y.scale);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `n × 10^-scale` rounded half-up (away from zero) to `places` fraction digits: the rounded integer (a count of
 * 10^-places) and its text, written like decimal.js's `toFixed(places, ROUND_HALF_UP)`: a negative value keeps its
 * sign even when it rounds to zero (`'-0.00'`).
 *
 * @returns `(5325n, 3, 2)` → `{ int: 533n, text: '5.33' }`
 */
export function roundToPlaces(n: bigint, scale: number, places: number): { readonly int: bigint; readonly text: string } {
  const neg = n < 0n;
  let m = neg ? -n : n;
  if (scale > places) {
    const unit = pow10(scale - places);
    m = (m + unit / 2n) / unit;
  } else if (scale < places) m *= pow10(places - scale);
  const out = fromScaled(m, places);
  return neg ? { int: -m, text: `-${out}` } : { int: m, text: out };
}

/**
 * The text of {@link roundToPlaces}.
 *
 * @returns `(5325n, 3, 2)` → `'5.33'`
 */
export function toFixedScaled(n: bigint, scale: number, places: number): string {
  return roundToPlaces(n, scale, places).text;
}

/**
 * Writes a scaled integer as the shortest decimal string, with no trailing fraction zeros: what decimal.js's
 * `toFixed()` writes for the same value.
 *
 * @returns `(10000n, 2)` → `'100'`, `(250n, 2)` → `'2.5'`
 */
export function toPlainDecimal(n: bigint, scale: number): string {
  const t = withoutTrailingZeros(n, scale);
  return fromScaled(t.int, t.scale);
}

/**
 * The same value at the smallest scale that holds it exactly (fraction zeros dropped): what {@link scaled} reads
 * back from {@link toPlainDecimal}'s text, without writing it.
 *
 * @returns `(25000n, 4)` → `{ int: 25n, scale: 1 }` (2.5)
 */
export function withoutTrailingZeros(n: bigint, scale: number): Scaled {
  let m = n;
  let s = scale;
  while (s > 0 && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return { int: m, scale: s };
}

/** `x + y`, exactly, at the larger of the two scales. */
export function addScaled(x: Scaled, y: Scaled): Scaled {
  if (x.scale === y.scale) return { int: x.int + y.int, scale: x.scale };
  return x.scale > y.scale ? { int: x.int + y.int * pow10(x.scale - y.scale), scale: x.scale } : { int: x.int * pow10(y.scale - x.scale) + y.int, scale: y.scale };
}

/** `x × y`, exactly. */
export function multiplyScaled(x: Scaled, y: Scaled): Scaled {
  return { int: x.int * y.int, scale: x.scale + y.scale };
}

/** The number of digits of a magnitude (0 has 1): a binary search of the powers of 10, cheaper than writing it out. */
function digitCount(magnitude: bigint): number {
  if (magnitude >= (POW10[POW10.length - 1] as bigint)) return magnitude.toString().length;
  let lo = 1;
  let hi = POW10.length - 1;
  // The smallest k with magnitude < 10^k.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (magnitude < (POW10[mid] as bigint)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A scale below 0 (a value rounded to its tens or more) written back at scale 0, so that scales stay ≥ 0. */
function atScaleZeroOrMore(int: bigint, scale: number): Scaled {
  return scale >= 0 ? { int, scale } : { int: int * pow10(-scale), scale: 0 };
}

/**
 * `x` rounded half-up (away from zero) to `digits` significant digits: what decimal.js does to every product
 * and quotient at its precision (`Dec`: 40), so that arithmetic on scaled integers gives decimal.js's results
 * exactly.
 *
 * @returns `({ int: 123456n, scale: 3 }, 4)` → `{ int: 1235n, scale: 1 }` (123.456 → 123.5)
 */
export function roundSignificant(x: Scaled, digits: number): Scaled {
  const neg = x.int < 0n;
  const m = neg ? -x.int : x.int;
  // Most products have far fewer digits than the precision: one comparison instead of counting them.
  if (m < pow10(digits)) return x;
  const drop = digitCount(m) - digits;
  if (drop <= 0) return x;
  const unit = pow10(drop);
  const r = (m + unit / 2n) / unit;
  return atScaleZeroOrMore(neg ? -r : r, x.scale - drop);
}

/**
 * `n / d` correctly rounded half-up (away from zero) to `digits` significant digits, as decimal.js divides at
 * its precision. Throws on a zero divisor (a programmer error: callers check).
 *
 * @returns `({ int: 2n, scale: 0 }, { int: 3n, scale: 0 }, 5)` → `{ int: 66667n, scale: 5 }` (0.66667)
 */
export function divideScaled(n: Scaled, d: Scaled, digits: number): Scaled {
  if (d.int === 0n) throw new RangeError('jixiao: divideScaled: division by zero');
  if (n.int === 0n) return { int: 0n, scale: 0 };
  const neg = n.int < 0n !== d.int < 0n;
  const a = n.int < 0n ? -n.int : n.int;
  const b = d.int < 0n ? -d.int : d.int;
  // a × 10^k / b has `digits` or `digits + 1` integer digits for this k; one less k when it has one too many.
  let k = digits + digitCount(b) - digitCount(a);
  const num = k >= 0 ? a * pow10(k) : a;
  let den = k >= 0 ? b : b * pow10(-k);
  let q = num / den;
  if (q >= pow10(digits)) {
    k -= 1;
    den *= 10n;
    q = num / den;
  }
  const r = num - q * den;
  const rounded = 2n * r >= den ? q + 1n : q;
  return atScaleZeroOrMore(neg ? -rounded : rounded, k + n.scale - d.scale);
}

/** `x × y` as {@link Dec} computes it: rounded half-up to its precision (40 significant digits). */
export function timesScaled(x: Scaled, y: Scaled): Scaled {
  return roundSignificant(multiplyScaled(x, y), Dec.precision);
}

/** `x / y` as {@link Dec} computes it: rounded half-up to its precision (40 significant digits). `y` ≠ 0. */
export function dividedByScaled(x: Scaled, y: Scaled): Scaled {
  return divideScaled(x, y, Dec.precision);
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Reads a decimal string a TypeScript caller gave: a plain one directly, another that decimal.js reads (`'1e1'`,
 * `'.5'`) through decimal.js, which throws on what is no number at all (a programmer error).
 *
 * @returns the scaled integer
 */
export function readScaled(s: string): Scaled {
  return PLAIN_DECIMAL.test(s) ? scaled(s) : scaled(new Dec(s).toFixed());
}
