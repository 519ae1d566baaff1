import { argumentError } from '../model/argument-error';

// The model's decimal strings: optional minus, digits, optional fraction; no exponent, no space.
const DECIMAL = /^-?\d+(\.\d+)?$/;
const NON_NEGATIVE = /^\d+(\.\d+)?$/;

/**
 * Whether a text is a decimal string of the model (`'10'`, `'-0.5'`; not `'1e3'`, `' 10'`, `'.5'`).
 *
 * @returns the test
 */
export function isDecimalString(text: unknown): text is string {
  return typeof text === 'string' && DECIMAL.test(text);
}

/**
 * Whether a text is a weight: a decimal string with no minus sign (`'-0'` is refused: a sign says negative).
 *
 * @returns the test
 */
export function isWeightText(text: unknown): text is string {
  return typeof text === 'string' && NON_NEGATIVE.test(text);
}

/**
 * Throws unless `value` is a decimal string (a programmer error otherwise).
 *
 * @param fn - the public function
 * @param param - the parameter
 * @param value - the argument
 */
export function assertDecimal(fn: string, param: string, value: unknown): asserts value is string {
  if (!isDecimalString(value)) throw argumentError(fn, param, "a decimal string such as '90.5' (no exponent, no spaces)", value);
}

/**
 * Throws unless `value` is a weight: a non-negative decimal string.
 *
 * @param fn - the public function
 * @param param - the parameter
 * @param value - the argument
 */
export function assertWeight(fn: string, param: string, value: unknown): asserts value is string {
  if (!isWeightText(value)) throw argumentError(fn, param, "a non-negative decimal string such as '10' (no exponent, no spaces, no sign)", value);
}
