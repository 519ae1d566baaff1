import type { QualitativeGrade } from '../model/actual';
import { argumentError, isResult } from '../model/argument-error';
import { didYouMean } from '../model/did-you-mean';
import type { Bilingual } from '../model/finding';
import { Dec } from '../money/decimal';
import { scaled, type Scaled } from '../money/scaled';
import { checkScheme } from './check-scheme';
import { compileGrades, type CompiledGrades } from './grade-of';
import { schemes, type SchemeId } from './presets/index';
import type { CustomScorer, Scheme } from './scheme';

/** A qualitative band with its numbers ready (shares of the weight, as scaled integers). */
export interface CompiledBand {
  readonly lo: Scaled;
  readonly hi: Scaled;
  /** The share of the weight used when the table gives no score (or always, under fixed points). */
  readonly point: Scaled;
  /** The top band (achieved) includes its upper bound. */
  readonly closed: boolean;
  readonly pointText: string;
  /** The point lies in [0, 1], so that `w × point` stays in [0, w] for any w ≥ 0: no clamp needed. */
  readonly pointIsShare: boolean;
  /** The point is 100% (the achieved band's usual point): `w × point` is `w`. */
  readonly pointIsOne: boolean;
}

/** A scheme's numbers read once (as scaled integers), so that scoring a row parses nothing of the scheme. */
export interface Compiled {
  /** The scheme, validated (a scheme built by hand gets its defaults here). */
  readonly scheme: Scheme;
  readonly places: number;
  /** The scheme's total, to check the weights against. */
  readonly total: Scaled;
  /** The budget-execution cap (a share), and as a percent for traces. */
  readonly cap: Scaled;
  readonly capPercent: string;
  readonly tiers: readonly {
    readonly key: string;
    readonly label: Bilingual;
    /** The tier's weight as a scaled integer, for exact sums. */
    readonly weight: Scaled;
    readonly categories: ReadonlySet<string>;
    readonly labels: readonly string[];
  }[];
  readonly bands: Readonly<Record<QualitativeGrade, CompiledBand>>;
  /** Qualitative rows score the fixed points: a table's score is never an input. */
  readonly fixedPoints: boolean;
  readonly linear: boolean;
  readonly coefficient: boolean;
  readonly custom: readonly CustomScorer[] | null;
  readonly grades: CompiledGrades;
}

// A memo, not state: the compiled form is a pure function of the scheme object, which is frozen once validated.
const memo = new WeakMap<object, Compiled>();

function band(b: { readonly min: string; readonly max: string; readonly point: 'lower' | 'middle' | 'upper' }, closed: boolean, fixed: string | undefined): CompiledBand {
  const lo = new Dec(b.min);
  const hi = new Dec(b.max);
  const point = fixed !== undefined ? new Dec(fixed) : b.point === 'lower' ? lo : b.point === 'upper' ? hi : lo.plus(hi).div(2);
  return {
    lo: scaled(lo.toFixed()),
    hi: scaled(hi.toFixed()),
    point: scaled(point.toFixed()),
    closed,
    pointText: `${point.times(100).toFixed()}%`,
    pointIsShare: !point.isNegative() && point.lte(1),
    pointIsOne: point.eq(1),
  };
}

function build(scheme: Scheme): Compiled {
  const q = scheme.qualitative.bands;
  const f = scheme.qualitative.fixedPoints;
  return {
    scheme,
    places: scheme.rounding.places,
    total: scaled(scheme.total),
    cap: scaled(scheme.budgetExecution.cap),
    capPercent: new Dec(scheme.budgetExecution.cap).times(100).toFixed(),
    tiers: scheme.tiers.map((t) => ({ key: t.key, label: t.label, weight: scaled(t.weight), categories: new Set(t.categories), labels: t.labels })),
    bands: {
      achieved: band(q.achieved, true, f?.achieved),
      'partly-achieved': band(q['partly-achieved'], false, f?.['partly-achieved']),
      'not-achieved': band(q['not-achieved'], false, f?.['not-achieved']),
    },
    fixedPoints: f !== null,
    linear: scheme.formulas.reverse === 'linear',
    coefficient: scheme.formulas.scoring === 'coefficient',
    custom: scheme.customScorers && scheme.customScorers.length > 0 ? scheme.customScorers : null,
    grades: compileGrades(scheme.grades),
  };
}

/**
 * The compiled form of what a public function was given as its scheme: a preset id (`'hubei'`) or a scheme.
 * A scheme met for the first time (built by hand rather than by `defineScheme`) is validated once, here; what is
 * no scheme at all is a programmer error: a `TypeError` naming the function and the parameter.
 *
 * @param value - the argument
 * @param fn - the public function, for the error
 * @param param - the parameter's name
 * @returns the compiled scheme (memoised per scheme object)
 */
export function schemeArgument(value: unknown, fn: string, param = 'scheme'): Compiled {
  if (typeof value === 'object' && value !== null) {
    const hit = memo.get(value);
    if (hit !== undefined) return hit;
  }
  const known = Object.keys(schemes);
  if (typeof value === 'string') {
    if (Object.hasOwn(schemes, value)) return compile(schemes[value as SchemeId]);
    const near = didYouMean(value, known);
    throw argumentError(fn, param, `a scheme or a preset id (${known.join(', ')})`, value, near === null ? 'build other schemes with defineScheme' : `did you mean '${near}'?`);
  }
  if (isResult(value)) throw argumentError(fn, param, 'a scheme', value, 'pass the Result’s value (defineScheme(…).value), after checking ok');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw argumentError(fn, param, `a scheme or a preset id (${known.join(', ')})`, value);
  const { customScorers, ...data } = value as Scheme;
  const r = checkScheme(data, customScorers);
  if (!r.ok) {
    const problems = r.errors.slice(0, 3).map((e) => e.message.en).join('; ');
    throw argumentError(fn, param, 'a valid scheme', value, `${problems}${r.errors.length > 3 ? '; …' : ''} (defineScheme returns these as findings)`);
  }
  const c = build(r.value);
  memo.set(value, c);
  memo.set(r.value, c);
  return c;
}

/**
 * Compiles a validated scheme (memoised per scheme object): the presets, and what `defineScheme` returns.
 *
 * @param scheme - a validated scheme
 * @returns its compiled form
 */
function compile(scheme: Scheme): Compiled {
  const hit = memo.get(scheme);
  if (hit !== undefined) return hit;
  const c = build(scheme);
  memo.set(scheme, c);
  return c;
}
