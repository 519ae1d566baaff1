import type { Bilingual } from '../model/finding';
import { Dec } from '../money/decimal';
import type { SchemeData } from './scheme';

/**
 * One grade band: lower bound inclusive, upper bound exclusive except for the top band.
 *
 * @example
 * const b: GradeBand = { grade: '良', label: { zh: '良', en: 'good' }, min: '80', max: '90' };
 * @category Scoring
 */
export type GradeBand = SchemeData['grades'][number];

/**
 * The grade of a score (RULES §5): the band whose [min, max) holds it; the top band includes its max. Scores
 * outside every band (below 0, above the total) get null.
 *
 * @param score - a decimal string
 * @param bands - the bands (a scheme's `grades`), validated by {@link defineScheme}
 * @returns the band, or null
 * @example
 * gradeOf('89.99', schemes.national.grades)?.grade //=> '良'
 * gradeOf('90.00', schemes.national.grades)?.grade //=> '优'
 * @category Scoring
 */
export function gradeOf(score: string, bands: readonly GradeBand[]): { readonly grade: string; readonly label: Bilingual } | null {
  const s = new Dec(score);
  let top: GradeBand | undefined;
  for (const b of bands) {
    if (top === undefined || new Dec(b.max).gt(top.max)) top = b;
    if (s.gte(b.min) && s.lt(b.max)) return { grade: b.grade, label: b.label };
  }
  if (top !== undefined && s.eq(top.max)) return { grade: top.grade, label: top.label };
  return null;
}
