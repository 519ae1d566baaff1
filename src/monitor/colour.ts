import { z } from 'zod';

/**
 * A monitoring warning colour (预警等级): `red` (严重滞后), `yellow` (进度偏慢), `green` (正常), `blue` (超进度:
 * the target may have been set too low).
 *
 * @example
 * Colour.parse('yellow') //=> 'yellow'
 * @category Monitoring
 */
export const Colour = z.enum(['red', 'yellow', 'green', 'blue']);
/**
 * See the {@link Colour} schema.
 *
 * @example
 * const c: Colour = 'green';
 * @category Monitoring
 */
export type Colour = z.infer<typeof Colour>;

/**
 * The default order of colours from worst to best: red, yellow, blue, green. Blue sits between yellow and green:
 * running far ahead is no failure, but it asks whether the target was set too low, so a document whose worst
 * indicator is blue is reported blue, not green.
 *
 * @example
 * COLOUR_ORDER[0] //=> 'red'
 * @category Monitoring
 */
export const COLOUR_ORDER: readonly Colour[] = ['red', 'yellow', 'blue', 'green'];

/**
 * The worst of some colours (a project's colour is its worst indicator's, RULES §7).
 *
 * @param colours - colours, nulls (not judged) are skipped
 * @param order - worst first; default {@link COLOUR_ORDER}
 * @returns the worst colour, or null when none was given
 * @example
 * worstColour(['green', 'blue', 'yellow']) //=> 'yellow'
 * worstColour(['green', 'blue']) //=> 'blue'
 * worstColour([null]) //=> null
 * @category Monitoring
 */
export function worstColour(colours: readonly (Colour | null)[], order: readonly Colour[] = COLOUR_ORDER): Colour | null {
  let worst: Colour | null = null;
  let rank = Number.POSITIVE_INFINITY;
  for (const c of colours) {
    if (c === null) continue;
    const r = order.indexOf(c);
    if (r === -1) throw new RangeError(`[jixiao/monitor] worstColour: colour ${c} is not in the order`);
    if (r < rank) {
      rank = r;
      worst = c;
    }
  }
  return worst;
}
