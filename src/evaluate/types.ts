import type { Actual, QualitativeGrade } from '../model/actual';
import type { DecimalString } from '../model/decimal-string';
import type { Bilingual, Finding } from '../model/finding';
import type { Direction } from '../notation/direction';

/**
 * What an indicator's actual says about its target: `met`, `not-met`, `partly-met` (a qualitative partial
 * grade), `not-reported` (no actual: never read as 0), `not-applicable` (`/`, 不适用), `incomparable` (units
 * differ, a word against a number, no target, an operator missing where it matters).
 *
 * @example
 * const s: EvaluationStatus = 'incomparable';
 * @category Evaluation
 */
export type EvaluationStatus = 'met' | 'not-met' | 'partly-met' | 'not-reported' | 'not-applicable' | 'incomparable';

/**
 * The words that grade a qualitative actual when it is not the planned word itself (RULES §4). Matched as
 * substrings, `not-achieved` first, then `partly-achieved`, then `achieved`.
 *
 * @example
 * const w: GradeWords = { achieved: ['达标'], 'partly-achieved': ['基本完成'], 'not-achieved': ['不合格'] };
 * @category Evaluation
 */
export interface GradeWords {
  /** Words read as 达成. */
  readonly achieved: readonly string[];
  /** Words read as 部分达成. */
  readonly 'partly-achieved': readonly string[];
  /** Words read as 未达成. */
  readonly 'not-achieved': readonly string[];
}

/**
 * The part of a scoring scheme that evaluation reads. Every {@link Scheme} has these fields, so a scheme can be
 * passed wherever settings are asked for.
 *
 * @example
 * const s: EvaluationSettings = { ...DEFAULT_EVALUATION_SETTINGS, missingOperator: 'at-least' };
 * @category Evaluation
 */
export interface EvaluationSettings {
  /** A target with no operator (`90%`): `incomparable` unless the actual equals it (default), or read as `at-least` (≥). */
  readonly missingOperator: 'incomparable' | 'at-least';
  /**
   * A target with no operator on a row that declares its direction (指标方向 正向 / 反向, the indicator's
   * `direction`): `use` (default when absent) reads 正向 as ≥ and 反向 as ≤, with `evaluate/operator-from-direction`
   * and a note in the explanation; `ignore` leaves the operator missing (then `missingOperator` decides). 定性
   * supplies no operator. [U: the library's reading of the declared column.]
   */
  readonly declaredDirection?: 'use' | 'ignore' | undefined;
  /**
   * Deadline and period targets against a completion date: `graceDays` after the due date still count as on time
   * (default 0), and a completion after them is graded `late` (default `not-achieved`; scored by the qualitative
   * bands). [U: no regulation sets either.]
   */
  readonly deadlines?: { readonly graceDays: number; readonly late: QualitativeGrade } | undefined;
  /** Words that grade a qualitative actual. */
  readonly qualitative: { readonly words: GradeWords };
  /** Clamp negative actuals to 0 before comparing (RULES §4 [S]). */
  readonly clampNegativeActuals: boolean;
  /** Warn when a higher-is-better actual reaches this multiple of its target (`'1.3'`), or null for never. */
  readonly overAchievement: DecimalString | null;
}

/**
 * The result of {@link evaluateIndicator}.
 *
 * @example
 * const e: Evaluation = {
 *   status: 'met', direction: 'higher-is-better', completion: '1.0667', grade: null,
 *   explanation: { zh: '完成值 32户 达到目标 ≥30户', en: 'the actual 32户 meets the target ≥30户' },
 *   findings: [],
 * };
 * @category Evaluation
 */
export interface Evaluation {
  /** The status. */
  readonly status: EvaluationStatus;
  /** The direction the target's operator gives (`none` when it has none). */
  readonly direction: Direction;
  /** How much of the target was achieved, as a decimal (1 = exactly; 4 places, half-up); null when there is no ratio. */
  readonly completion: DecimalString | null;
  /** The qualitative grade, when the actual was graded. */
  readonly grade: QualitativeGrade | null;
  /** One line, in Chinese and English. */
  readonly explanation: Bilingual;
  /** What was noticed (`evaluate/…`). */
  readonly findings: readonly Finding[];
}

/**
 * Options of {@link evaluateIndicator}.
 *
 * @example
 * const o: EvaluateOptions = { fiscalYear: 2024 };
 * @category Evaluation
 */
export interface EvaluateOptions {
  /**
   * The document's fiscal year, against which dates written without a year are resolved (`12月底到位` is due
   * 31 December of it). Without it such a date can be compared only with another date without a year.
   */
  readonly fiscalYear?: number | null;
}

/**
 * The actual an evaluation read: the parsed {@link Actual} or the text to parse.
 *
 * @example
 * const a: ActualInput = '32户';
 * @category Evaluation
 */
export type ActualInput = Actual | string;
