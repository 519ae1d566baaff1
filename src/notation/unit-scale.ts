import { normalizeUnit } from './normalize-unit';

/**
 * Chinese magnitude words that may open a unit (`万元`, `万人次`, `亿元`), with their powers of ten. They scale a
 * number exactly; they are not units of their own.
 */
const MAGNITUDES: readonly (readonly [string, number])[] = [
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['亿', 8],
  ['万', 4],
];

/** A normalised unit split into its magnitude word's power of ten and the rest (`万人次` → 4, `人次`). */
function split(unit: string): readonly [number, string] {
  for (const [word, power] of MAGNITUDES) {
    if (unit.startsWith(word) && unit.length > word.length) return [power, unit.slice(word.length)];
  }
  return [0, unit];
}

/**
 * The power of ten that turns a value in one unit into the same quantity in another, when the two differ only by
 * a Chinese magnitude word (万 10⁴, 十万, 百万, 千万, 亿 10⁸): `unitScale('万人次', '人次')` is 4 (1.2万人次 =
 * 12000人次), `unitScale('元', '万元')` is −4. 0 for units that {@link compareUnits} finds the same; null when
 * either is missing or they differ otherwise (`户` and `人`; `千米` and `米` — only the magnitude words scale).
 * Exact by construction: a shift of the decimal point.
 *
 * @param from - the unit the value is written in
 * @param to - the unit to compare it in
 * @returns the power of ten, or null
 * @example
 * unitScale('万人次', '人次') //=> 4
 * unitScale('元', '万元') //=> -4
 * unitScale('亿元', '万元') //=> 4
 * unitScale('（户）', '户') //=> 0
 * unitScale('户', '人') //=> null
 * @category Notation
 */
export function unitScale(from: string | null, to: string | null): number | null {
  const f = normalizeUnit(from);
  const t = normalizeUnit(to);
  if (f === null || t === null) return null;
  if (f === t) return 0;
  const [fp, fBase] = split(f);
  const [tp, tBase] = split(t);
  return fBase === tBase ? fp - tp : null;
}
