import { normalizeUnit } from './normalize-unit';

/**
 * How a target's unit and an actual's unit compare: `'same'`, `'assumed'` or `'different'`.
 *
 * @example
 * const c: UnitComparison = 'assumed';
 * @category Notation
 */
export type UnitComparison = 'same' | 'assumed' | 'different';

/**
 * Compares the unit of a target with the unit of its actual after {@link normalizeUnit} (`％`/`百分比` = `%`,
 * full-width, brackets, spaces). `'same'` when they are equal or both absent; `'assumed'` when exactly one side
 * has a unit (a bare actual `90` against `≥90%` is taken to be in the target's unit); `'different'` otherwise —
 * `户` vs `人`, and also `万人` vs `人`: this compares units, it does not scale them ({@link unitScale} gives the
 * power of ten between units that differ only by a magnitude word such as 万).
 *
 * @param targetUnit - the target's unit, or null
 * @param actualUnit - the actual's unit, or null
 * @returns how the two compare
 * @example
 * compareUnits('%', '％') //=> 'same'
 * compareUnits('%', null) //=> 'assumed'
 * compareUnits('户', '人') //=> 'different'
 * compareUnits('万人', '人') //=> 'different'
 * @category Notation
 */
export function compareUnits(targetUnit: string | null, actualUnit: string | null): UnitComparison {
  const t = normalizeUnit(targetUnit);
  const a = normalizeUnit(actualUnit);
  if (t === a) return 'same';
  if (t === null || a === null) return 'assumed';
  return 'different';
}
