import type { QualitativeGrade } from '../model/actual';
import type { Bilingual } from '../model/finding';
import { Dec } from '../money/decimal';
import { scaled, type Scaled } from '../money/scaled';
import { compileGrades, type CompiledGrades } from './grade-of';
import type { CustomScorer, Scheme } from './scheme';

/** A qualitative band with its numbers ready (shares of the weight, as scaled integers). */
export interface CompiledBand {
  readonly lo: Scaled;
  readonly hi: Scaled;
  /** The share of the weight used when the table gives no score. */
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
  readonly linear: boolean;
  readonly coefficient: boolean;
  readonly custom: readonly CustomScorer[] | null;
  readonly grades: CompiledGrades;
}

// A memo, not state: the compiled form is a pure function of the (immutable) scheme object.
const memo = new WeakMap<Scheme, Compiled>();

function band(b: { readonly min: string; readonly max: string; readonly point: 'lower' | 'middle' | 'upper' }, closed: boolean): CompiledBand {
  const lo = new Dec(b.min);
  const hi = new Dec(b.max);
  const point = b.point === 'lower' ? lo : b.point === 'upper' ? hi : lo.plus(hi).div(2);
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

/**
 * Compiles a scheme (memoised per scheme object).
 *
 * @param scheme - a scheme
 * @returns its compiled form
 */
export function compile(scheme: Scheme): Compiled {
  const hit = memo.get(scheme);
  if (hit !== undefined) return hit;
  const q = scheme.qualitative.bands;
  const c: Compiled = {
    places: scheme.rounding.places,
    total: scaled(scheme.total),
    cap: scaled(scheme.budgetExecution.cap),
    capPercent: new Dec(scheme.budgetExecution.cap).times(100).toFixed(),
    tiers: scheme.tiers.map((t) => ({ key: t.key, label: t.label, weight: scaled(t.weight), categories: new Set(t.categories), labels: t.labels })),
    bands: { achieved: band(q.achieved, true), 'partly-achieved': band(q['partly-achieved'], false), 'not-achieved': band(q['not-achieved'], false) },
    linear: scheme.formulas.reverse === 'linear',
    coefficient: scheme.formulas.scoring === 'coefficient',
    custom: scheme.customScorers && scheme.customScorers.length > 0 ? scheme.customScorers : null,
    grades: compileGrades(scheme.grades),
  };
  memo.set(scheme, c);
  return c;
}
