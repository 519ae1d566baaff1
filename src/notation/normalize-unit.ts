import { toHalfWidth } from '../i18n/half-width';
import { canonicalUnit } from './internal/expression';

const BRACKETS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '【': '】', '〔': '〕' };

/**
 * Puts a unit of measure (计量单位) in the form the library compares: half-width, trimmed, one pair of
 * enclosing brackets removed, percent spelled `%` (`％`, `﹪`, `百分比`), and the signs between the parts of a
 * compound unit dropped, as Chinese writes them (`人·次` → `人次`, `元/人*月` → `元/人月`, `千瓦×时` → `千瓦时`;
 * see {@link UNIT_PRODUCT_SIGNS}). Nothing else changes: `万人` stays `万人` (no scaling), `元/亩` stays
 * `元/亩`. A blank unit is null.
 *
 * @param unit - a unit as written, or null
 * @returns the normalised unit, or null when there is none
 * @example
 * normalizeUnit('（户）') //=> '户'
 * normalizeUnit('百分比') //=> '%'
 * normalizeUnit('元/人*月') //=> '元/人月'
 * normalizeUnit('  ') //=> null
 * @category Notation
 */
export function normalizeUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  let u = toHalfWidth(unit).trim();
  const close = Object.hasOwn(BRACKETS, u.charAt(0)) ? BRACKETS[u.charAt(0)] : undefined;
  if (close !== undefined && u.endsWith(close)) u = u.slice(1, -1).trim();
  if (u === '') return null;
  return canonicalUnit(u);
}
