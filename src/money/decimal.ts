// The runtime value comes from the default export (the only export of decimal.js's ESM build); the types come from
// the named class, because a consumer compiled under `node16`/`nodenext` sees the default export of decimal.js's
// CommonJS typings as the whole module namespace (TS2709 "Cannot use namespace 'Decimal' as a type").
import DecimalJs from 'decimal.js';
import type { Decimal } from 'decimal.js';

/**
 * The library's private decimal constructor: a clone of decimal.js with 40 significant digits and half-up
 * rounding, so that nothing the library does changes the global `Decimal` a user may have configured
 * (`Decimal.set` is never called).
 *
 * @example
 * new Dec('0.1').plus('0.2').toString() //=> '0.3'
 * @category Money
 */
export const Dec: typeof Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
/**
 * An instance of {@link Dec}.
 *
 * @example
 * const d: Dec = new Dec('1.5');
 * @category Money
 */
export type Dec = Decimal;

/**
 * A decimal value as a plain decimal string with no exponent and no trailing fraction zeros beyond those
 * `places` asks for.
 *
 * @param value - the decimal
 * @param places - fixed number of fraction digits (half-up), or undefined to write it exactly
 * @returns a `DecimalString`
 * @example
 * toDecimalString(new Dec('5.325'), 2) //=> '5.33'
 * toDecimalString(new Dec('1e-7')) //=> '0.0000001'
 * @category Money
 */
export function toDecimalString(value: Dec, places?: number): string {
  const s = places === undefined ? value.toFixed() : value.toFixed(places, Dec.ROUND_HALF_UP);
  // toFixed keeps a sign on zero ('-0.00'); a zero has no sign in a table.
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/**
 * Rounds half-up (四舍五入) to a number of decimal places: the one rounding rule of published tables.
 *
 * @param value - a decimal or decimal string
 * @param places - fraction digits (default 2)
 * @returns the rounded decimal
 * @example
 * roundHalfUp('8.615').toFixed(2) //=> '8.62'
 * @category Money
 */
export function roundHalfUp(value: Dec | string, places = 2): Dec {
  return new Dec(value).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}
