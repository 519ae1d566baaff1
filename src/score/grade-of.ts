import { argumentError } from '../model/argument-error';
import type { Bilingual } from '../model/finding';
import { compareScaled, scaled, type Scaled } from '../money/scaled';
import { assertDecimal, isDecimalString } from './arguments';
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
 * outside every band (below 0, above the total) get null. A score that is no decimal string of the model
 * (`'NaN'`, `'abc'`, `'1e3'`) is a programmer error: a `TypeError` naming `score`.
 *
 * @param score - a decimal string
 * @param bands - the bands (a scheme's `grades`), validated by {@link defineScheme}
 * @returns the band, or null
 * @example
 * gradeOf('89.99', schemes.national.grades)?.grade //=> '良'
 * gradeOf('90.00', schemes.national.grades)?.grade //=> '优'
 * gradeOf('1e3', schemes.national.grades) // throws TypeError: jixiao: gradeOf: score must be a decimal string …
 * @category Scoring
 */
export function gradeOf(score: string, bands: readonly GradeBand[]): { readonly grade: string; readonly label: Bilingual } | null {
  assertDecimal('gradeOf', 'score', score);
  if (!Array.isArray(bands) || !bands.every((b: Partial<GradeBand> | null) => typeof b === 'object' && b !== null && isDecimalString(b.min) && isDecimalString(b.max))) {
    throw argumentError('gradeOf', 'bands', 'grade bands ({ grade, label, min, max }[], a scheme’s grades)', bands);
  }
  return gradeIn(scaled(score), compileGrades(bands));
}

/** Grade bands with their bounds read (internal: a compiled scheme holds its own). */
export interface CompiledGrades {
  readonly bands: readonly { readonly grade: string; readonly label: Bilingual; readonly min: Scaled; readonly max: Scaled }[];
  /** The top band (the highest max, the first of equals), which includes its max; null when there are no bands. */
  readonly top: number;
}

/**
 * Reads the bounds of grade bands once.
 *
 * @returns the compiled bands
 */
export function compileGrades(bands: readonly GradeBand[]): CompiledGrades {
  const cs = bands.map((b) => ({ grade: b.grade, label: b.label, min: scaled(b.min), max: scaled(b.max) }));
  let top = -1;
  for (let i = 0; i < cs.length; i++) if (top < 0 || compareScaled(cs[i]!.max, cs[top]!.max) > 0) top = i;
  return { bands: cs, top };
}

/**
 * The grade of a score among compiled bands: see {@link gradeOf}.
 *
 * @returns the band's grade and label, or null
 */
export function gradeIn(score: Scaled, c: CompiledGrades): { readonly grade: string; readonly label: Bilingual } | null {
  for (const b of c.bands) if (compareScaled(score, b.min) >= 0 && compareScaled(score, b.max) < 0) return { grade: b.grade, label: b.label };
  const top = c.bands[c.top];
  if (top !== undefined && compareScaled(score, top.max) === 0) return { grade: top.grade, label: top.label };
  return null;
}
