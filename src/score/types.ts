import type { QualitativeGrade } from '../model/actual';
import type { DecimalString } from '../model/decimal-string';
import type { DocumentKind } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import type { EvaluationStatus } from '../evaluate/types';
import type { Direction } from '../notation/direction';

/**
 * Which rule produced a score: the direction formulas of RULES §4, a qualitative band point, the table's own
 * score (qualitative within its band, or a missing actual under `missingActual: 'published'`), weight ×
 * coefficient, a custom scorer, the missing-actual rule, or none (not scored).
 *
 * @example
 * const f: ScoreFormula = 'reverse-linear';
 * @category Scoring
 */
export type ScoreFormula =
  | 'met'
  | 'positive-ratio'
  | 'reverse-ratio'
  | 'reverse-linear'
  | 'equality-zero'
  | 'range'
  | 'tolerance'
  | 'qualitative-band'
  | 'table-score'
  | 'coefficient'
  | 'custom'
  | 'missing-actual'
  | 'none';

/**
 * One indicator scored: the evaluation, the weight it is scored out of, the score (2 decimals half-up by
 * default; null when no score can be given) and the arithmetic as a trace (`20 × 24/30 = 16.00`).
 *
 * @example
 * const s: IndicatorScore = {
 *   status: 'not-met', direction: 'higher-is-better', completion: '0.8000', grade: null,
 *   weight: '20', score: '16.00', formula: 'positive-ratio', trace: '20 × 24/30 = 16.00',
 *   explanation: { zh: '完成值 24户 未达到目标 ≥30户（完成 80.00%）', en: 'the actual 24户 falls short of the target ≥30户 (80.00% complete)' },
 *   findings: [],
 * };
 * @category Scoring
 */
export interface IndicatorScore {
  /** The evaluation status. */
  readonly status: EvaluationStatus;
  /** The target's direction. */
  readonly direction: Direction;
  /** Completion ratio (4 places), null when there is none. */
  readonly completion: DecimalString | null;
  /** The qualitative grade, when graded. */
  readonly grade: QualitativeGrade | null;
  /** The weight the indicator is scored out of. */
  readonly weight: DecimalString;
  /** The score, rounded; null when none can be given (not applicable, incomparable, out of band). */
  readonly score: DecimalString | null;
  /** The rule used. */
  readonly formula: ScoreFormula;
  /** The arithmetic with its numbers. */
  readonly trace: string;
  /** One line, zh and en. */
  readonly explanation: Bilingual;
  /** Findings of evaluation and scoring. */
  readonly findings: readonly Finding[];
}

/**
 * An indicator row of a {@link Scorecard}: its {@link IndicatorScore} with its place in the document.
 *
 * @example
 * const label = (r: ScoredIndicator) => `${r.tier2}/${r.name}: ${r.score ?? '—'} / ${r.weight}`;
 * @category Scoring
 */
export interface ScoredIndicator extends IndicatorScore {
  /** Index in the document's `indicators`. */
  readonly index: number;
  /** JSON Pointer of the row (`/indicators/3`). */
  readonly path: string;
  /** Line in the table text, for imported documents. */
  readonly line?: number;
  /** Tier labels and name as written. */
  readonly tier1: string;
  /** Second tier as written. */
  readonly tier2: string;
  /** Indicator name as written. */
  readonly name: string;
  /** The scheme tier the row counts in (null when none matched). */
  readonly tier: string | null;
  /** The weight the table declared for the row (null when none). */
  readonly declaredWeight: DecimalString | null;
  /** The target as written. */
  readonly target: string;
  /** The actual as written. */
  readonly actual: string;
  /** The score the table published (a claim), when it did. */
  readonly publishedScore: DecimalString | null;
}

/**
 * A tier's subtotal on a scorecard.
 *
 * @example
 * const t: TierSubtotal = { key: 'output', label: { zh: '产出指标', en: 'output' }, weight: '50', score: '46.00', indicators: 5 };
 * @category Scoring
 */
export interface TierSubtotal {
  /** Scheme tier key (`other` for rows matching no tier). */
  readonly key: string;
  /** Display label. */
  readonly label: Bilingual;
  /** Sum of the weights. */
  readonly weight: DecimalString;
  /** Sum of the rounded scores. */
  readonly score: DecimalString;
  /** Number of scored rows. */
  readonly indicators: number;
}

/**
 * The budget-execution line of a scorecard (RULES §4): rate = executed / adjusted in percent (2 decimals),
 * score = weight × min(rate, cap).
 *
 * @example
 * const b: BudgetExecutionScore = { adjusted: '250000.00', executed: '215457.60', rate: '86.18', weight: '10', score: '8.62', trace: '10 × 86.18% = 8.62', findings: [] };
 * @category Scoring
 */
export interface BudgetExecutionScore {
  /** 全年预算数 (A). */
  readonly adjusted: DecimalString | null;
  /** 全年执行数 (B). */
  readonly executed: DecimalString | null;
  /** B / A in percent, 2 decimals; null when undefined. */
  readonly rate: DecimalString | null;
  /** The weight. */
  readonly weight: DecimalString;
  /** The score, or null. */
  readonly score: DecimalString | null;
  /** The arithmetic. */
  readonly trace: string;
  /** Findings (`budget/…`, `score/…`). */
  readonly findings: readonly Finding[];
}

/**
 * How a published value compares with the computed one:
 * - `agrees`: the same number (`10` and `10.00`);
 * - `agrees-after-rounding`: the same only once the computation is rounded to the decimals the table wrote
 *   (`9` against `9.20`: the table hides a 0.2-point difference in its precision);
 * - `differs-by-rounding`: different, and explained by a step the table rounded before multiplying (a
 *   published `8.65` from the rate shown, `10 × 86.45%`, where the exact `10 × 86445/100000` gives `8.64`); the
 *   claim's `note` shows both;
 * - `differs`;
 * - `unverifiable`: nothing to compute it from, or taken from the table by the scheme.
 *
 * @example
 * const s: ClaimStatus = 'agrees-after-rounding';
 * @category Scoring
 */
export type ClaimStatus = 'agrees' | 'agrees-after-rounding' | 'differs-by-rounding' | 'differs' | 'unverifiable';

/**
 * A published value (a row score, the execution rate or score, the total; under `weights.from: 'scheme'` the
 * table's weights too) checked against the computation.
 *
 * @example
 * const c: Claim = { subject: 'total', label: { zh: '总分', en: 'total' }, path: '/publishedTotal', published: '100', computed: '100.00', difference: '0', status: 'agrees' };
 * @category Scoring
 */
export interface Claim {
  /**
   * What is claimed: a row's score (`indicator`), the execution rate or score, the total; or, when the scheme's
   * weights are used, a row's weight (`indicator-weight`), the budget line's (`execution-weight`) or a tier's
   * (`tier-weight`).
   */
  readonly subject: 'indicator' | 'execution-rate' | 'execution-score' | 'total' | 'indicator-weight' | 'execution-weight' | 'tier-weight';
  /** For display (the indicator's name for rows). */
  readonly label: Bilingual;
  /** JSON Pointer of the published value. */
  readonly path: string;
  /** Line in the table text, for imported documents. */
  readonly line?: number;
  /** The published value. */
  readonly published: DecimalString;
  /** The computed value (null when none). */
  readonly computed: DecimalString | null;
  /** published − computed (null when not computed). */
  readonly difference: DecimalString | null;
  /** The verdict. */
  readonly status: ClaimStatus;
  /** Why, when the verdict needs a word. */
  readonly note?: Bilingual;
}

/**
 * What a scorecard's grade was read from (the scheme's `gradeBasis`): the total as it is (`score`), or the
 * total scaled to the scheme's total (`share-of-maximum`: 56.61 of a maximum of 60 is graded as 94.35 of 100).
 *
 * @example
 * const g: Grading = { basis: 'share-of-maximum', value: '94.35' };
 * @category Scoring
 */
export interface Grading {
  /** The scheme's `gradeBasis`. */
  readonly basis: 'score' | 'share-of-maximum';
  /** The value the bands were read against, rounded like a score. */
  readonly value: DecimalString;
}

/**
 * A document scored: every indicator with its trace, tier subtotals, the budget-execution score, the total
 * (the sum of the rounded parts), the grade, the warnings and, for self-evaluations, every published claim
 * compared with the computation. Every number is a decimal string.
 *
 * @example
 * const summary = (c: Scorecard) => `${c.total} ${c.grade}`; //=> '98.62 优'
 * @category Scoring
 */
export interface Scorecard {
  /** The scheme's id. */
  readonly scheme: string;
  /** Kind of the document scored. */
  readonly kind: DocumentKind;
  /** Project, unit or self-evaluation name. */
  readonly subject: string;
  /** The total. */
  readonly total: DecimalString;
  /** The highest total possible under the weights used. */
  readonly maximum: DecimalString;
  /** The grade (`优`, `良`, …; `—` when the total is outside every band). */
  readonly grade: string;
  /** The grade's labels. */
  readonly gradeLabel: Bilingual;
  /** What the grade was read from. */
  readonly grading: Grading;
  /** The budget-execution score, when the scheme gives it a weight. */
  readonly budgetExecution: BudgetExecutionScore | null;
  /** Tier subtotals, in the scheme's order (`other` last). */
  readonly tiers: readonly TierSubtotal[];
  /** Every scored or not-applicable row. */
  readonly indicators: readonly ScoredIndicator[];
  /** Published values checked (self-evaluations). */
  readonly claims: readonly Claim[];
  /** Every finding, rows' included. */
  readonly warnings: readonly Finding[];
  /** True when every weighted row and the budget execution got a score computed from data. */
  readonly complete: boolean;
}
