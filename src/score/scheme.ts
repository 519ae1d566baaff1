import { z } from 'zod';
import type { Actual } from '../model/actual';
import { DecimalString } from '../model/decimal-string';
import type { Bilingual } from '../model/finding';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import type { Evaluation } from '../evaluate/types';

const BilingualSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
const NonNegative = DecimalString.refine((s) => !s.startsWith('-'), {
  error: 'must not be negative',
  params: { zh: '不能为负数', en: 'must not be negative' },
});
const Fraction = NonNegative.meta({ description: 'A share of the weight: 0 to 1 (0.8 = 80%).' });

/** How sure the library is of a setting (RULES.md): [C] read in an official text, [S] seen in use, [U] believed. */
const Confidence = z.enum(['C', 'S', 'U']);

const QualitativeBand = z.strictObject({
  min: Fraction,
  max: Fraction,
  point: z.enum(['lower', 'middle', 'upper']).meta({ description: 'The point of the band used when the table gives no score.' }),
});

/**
 * The JSON-able part of a scoring scheme, validated by zod: everything except custom scoring functions.
 * See {@link defineScheme} and docs/scoring.md for each field's meaning, source and confidence.
 *
 * @example
 * SchemeSchema.safeParse(schemes.national).success //=> true
 * @category Scoring
 */
export const SchemeSchema = z.strictObject({
  /** Short id (`national`, `hubei`, `my-scheme`). */
  id: z.string().min(1),
  label: BilingualSchema,
  /** Free text: what the scheme is for, where its numbers come from. */
  note: z.string().optional(),
  /** The full score (总分). */
  total: NonNegative,
  budgetExecution: z.strictObject({
    /** Weight of the execution rate (预算执行率分值), used when the table does not declare it. */
    weight: NonNegative,
    /** Highest share of the weight the rate earns (1 = capped at 100%). */
    cap: Fraction,
    /** No adjusted budget (0): `unscored` (no score, counts 0 and is flagged) or `not-applicable` (weight rescaled). */
    zeroBudget: z.enum(['unscored', 'not-applicable']),
  }),
  /** First-tier weights: each tier matches rows by category key (classifyTier1) or by label substring. */
  tiers: z.array(
    z.strictObject({
      key: z.string().min(1),
      label: BilingualSchema,
      weight: NonNegative,
      categories: z.array(z.string()),
      labels: z.array(z.string()),
    }),
  ),
  weights: z.strictObject({
    /**
     * Whose weights count: `table` (default: the table's 分值 and tier weights win over the scheme's, RULES §4) or
     * `scheme` (the scheme's tier weights, spread over the rows; the table's weights are kept as claims).
     */
    from: z.enum(['table', 'scheme']).default('table'),
    /** How a tier's undeclared weight is spread over its indicators: `equal`, or `by-tier2` (equal per second tier first). */
    spread: z.enum(['equal', 'by-tier2']),
  }),
  formulas: z.strictObject({
    /** Reverse (≤, <) indicators: `ratio` (w × t / a) or `linear` (w × (1 − (a − t) / t), 0 from 2t). */
    reverse: z.enum(['ratio', 'linear']),
    /** `formula` (the direction formulas) or `coefficient` (weight × 得分系数 where the row gives one). */
    scoring: z.enum(['formula', 'coefficient']),
  }),
  qualitative: z.strictObject({
    bands: z.strictObject({ achieved: QualitativeBand, 'partly-achieved': QualitativeBand, 'not-achieved': QualitativeBand }),
    /**
     * Fixed shares of the weight per grade (达成 `1`, 部分达成 `0.7`, 未达成 `0`), or null (default) to score by the
     * bands. When set, the bands are not used and a table's own score is never an input, only a claim.
     */
    fixedPoints: z
      .strictObject({ achieved: Fraction, 'partly-achieved': Fraction, 'not-achieved': Fraction })
      .nullable()
      .default(null),
    words: z.strictObject({
      achieved: z.array(z.string().min(1)),
      'partly-achieved': z.array(z.string().min(1)),
      'not-achieved': z.array(z.string().min(1)),
    }),
  }),
  /** Not-applicable indicators: `rescale` the remaining indicator weights to their pool (default), or `drop` them. */
  notApplicable: z.enum(['rescale', 'drop']),
  /** A missing actual: `zero` (scores 0, flagged), `unscored` (no score), `published` (take the table's score, unverified). */
  missingActual: z.enum(['zero', 'unscored', 'published']),
  /** A target with no operator: `incomparable` unless the actual equals it, or `at-least` (read as ≥). */
  missingOperator: z.enum(['incomparable', 'at-least']),
  /** A target with no operator on a row that declares 正向 / 反向: `use` it as ≥ / ≤ (the default when absent), or `ignore` it. */
  declaredDirection: z.enum(['use', 'ignore']).optional(),
  /** Deadlines and periods: grace days after the due date (default 0) and the grade of a late completion (default `not-achieved`). */
  deadlines: z.strictObject({ graceDays: z.number().int().min(0).max(366), late: z.enum(['achieved', 'partly-achieved', 'not-achieved']) }).optional(),
  /** Over-achievement warning at this multiple of the target (`1.3`), or null. */
  overAchievement: NonNegative.nullable(),
  /** Clamp negative actuals to 0 before scoring. */
  clampNegativeActuals: z.boolean(),
  /**
   * What the grade bands are read against: `score` (default: the total as it is) or `share-of-maximum` (the total
   * scaled to the scheme's total: total × scheme total ÷ maximum, for a table whose maximum is reduced).
   */
  gradeBasis: z.enum(['score', 'share-of-maximum']).default('score'),
  /** Grade bands over the total: [min, max), the top band closed. */
  grades: z.array(z.strictObject({ grade: z.string().min(1), label: BilingualSchema, min: NonNegative, max: NonNegative })).min(1),
  rounding: z.strictObject({
    /** Fraction digits of each score (half-up); the total is the sum of the rounded scores. */
    places: z.number().int().min(0).max(6),
  }),
  /** Where each setting comes from: setting path → source and confidence. */
  provenance: z.record(z.string(), z.strictObject({ source: z.string(), confidence: Confidence })),
});

/**
 * The JSON-able part of a {@link Scheme}.
 *
 * @example
 * const data: SchemeData = JSON.parse(fs.readFileSync('scheme.json', 'utf8'));
 * @category Scoring
 */
export type SchemeData = z.infer<typeof SchemeSchema>;

/**
 * What a custom scorer is given: the indicator, its evaluation, the weight it is scored out of, the actual.
 *
 * @example
 * const half = (ctx: CustomScorerContext) => ({ score: ctx.evaluation.status === 'met' ? ctx.weight : '0' });
 * @category Scoring
 */
export interface CustomScorerContext {
  /** The indicator (a self-evaluation row has `publishedScore`, `coefficient` too). */
  readonly indicator: Indicator | EvaluatedIndicator;
  /** The actual read. */
  readonly actual: Actual;
  /** The evaluation under the scheme's settings. */
  readonly evaluation: Evaluation;
  /** The weight the indicator is scored out of (after spreading and rescaling). */
  readonly weight: string;
}

/**
 * A custom scoring function for the indicators it matches: `match` is an indicator name, `tier2/name`, or a
 * predicate. Its score is rounded like any other and clamped to [0, weight] with a warning.
 *
 * @example
 * const onTime: CustomScorer = {
 *   match: '补贴发放及时性',
 *   score: (ctx) => ({ score: ctx.evaluation.status === 'met' ? ctx.weight : '0', trace: 'on time or nothing' }),
 * };
 * @category Scoring
 */
export interface CustomScorer {
  /** Which indicators: a name, `tier2/name`, or a predicate. */
  readonly match: string | ((indicator: Indicator | EvaluatedIndicator) => boolean);
  /** The score (a decimal string, or null for no score) with an optional trace and explanation. */
  readonly score: (ctx: CustomScorerContext) => { readonly score: string | null; readonly trace?: string; readonly explanation?: Bilingual };
}

/**
 * A scoring scheme: the validated data, plus optional custom scorers (functions, which JSON schemes cannot carry).
 * Build one with {@link defineScheme}; the presets are in {@link schemes}.
 *
 * @example
 * const s: Scheme = schemes.national;
 * @category Scoring
 */
export type Scheme = SchemeData & { readonly customScorers?: readonly CustomScorer[] };
