import { z } from 'zod';

/**
 * A decimal number written as a plain string (`"28963548.68"`, `"-0.5"`, `"100"`): no exponent, no
 * separators, no float. Every amount, value, weight and score crosses the library's boundary in this form.
 *
 * @example
 * DecimalString.parse('215457.60') //=> '215457.60'
 * DecimalString.safeParse('1e5').success //=> false
 * @category Model
 */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, { error: 'expected a decimal string such as "123.45"' })
  .meta({ description: 'A decimal number as a string: optional minus, digits, optional fraction. No exponent.' });

/**
 * A decimal number as a string; see the {@link DecimalString} schema.
 *
 * @example
 * const weight: DecimalString = '10';
 * @category Model
 */
export type DecimalString = z.infer<typeof DecimalString>;
