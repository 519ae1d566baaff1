import { scoreMessages as M } from '../i18n/messages/score';
import type { Actual, QualitativeGrade } from '../model/actual';
import type { Bilingual, Finding } from '../model/finding';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import { Dec, toDecimalString } from '../money/decimal';
import type { Assessment } from '../evaluate/assess';
import { toEvaluation } from '../evaluate/to-evaluation';
import type { Compiled } from './compile';
import { compareScaled, dividedByScaled, pow10, readScaled, roundToPlaces, scaled, timesScaled, toPlainDecimal, type Scaled } from '../money/scaled';
import type { ScoreFormula } from './types';
import { isDecimalString } from './arguments';
import { indicatorLabel } from './indicator-label';

/** One row to score, with what the table says about it (a scorecard's `DocRow` is one as it stands). */
export interface RowInput {
  readonly indicator: Indicator | EvaluatedIndicator;
  readonly actual: Actual;
  /** The score the table gives the row (a self-evaluation's 得分, or an evaluator's qualitative score). */
  readonly published: string | null;
  readonly coefficient: string | null;
  /** Index in the document, to name a row that has no name. */
  readonly index?: number;
}

/**
 * A row's weight, read once per distinct weight text (a document has a handful): its text, its value, and its
 * value rounded to the scheme's places — a met row's score, and a fully achieved qualitative row's.
 */
export interface Weight {
  readonly text: string;
  readonly value: Scaled;
  readonly full: { readonly int: bigint; readonly text: string };
  /** Within decimal.js's precision (40 significant digits): `w × 1` is `w` itself, with no rounding on the way. */
  readonly withinPrecision: boolean;
}

/**
 * Reads a weight text for {@link scoreAssessed}.
 *
 * @returns the weight with its value and rounded value
 */
export function weightOf(text: string, places: number): Weight {
  const value = readScaled(text);
  const magnitude = value.int < 0n ? -value.int : value.int;
  return { text, value, full: roundToPlaces(value.int, value.scale, places), withinPrecision: magnitude < pow10(Dec.precision) };
}

/** A row's score before it is placed on a scorecard. */
export interface RowScore {
  /** The score with exactly `places` decimals (half-up), or null. */
  readonly scoreText: string | null;
  /** The same score as an integer count of 10^-places, for the scorecard's exact sums. */
  readonly points: bigint | null;
  readonly formula: ScoreFormula;
  readonly trace: string;
  readonly findings: readonly Finding[];
  /** The score was taken from the table without being computable (missing actual under `published`). */
  readonly unverified: boolean;
  /** The table's qualitative score was accepted inside its band. */
  readonly withinBand: boolean;
  readonly explanation: Bilingual | null;
}

const ZERO = new Dec(0);
const ONE = new Dec(1);
const TWO = new Dec(2);
const HUNDRED = new Dec(100);
const NONE: readonly Finding[] = [];
const SCALED_ZERO: Scaled = { int: 0n, scale: 0 };
const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** Whether a decimal string has a minus sign (`-0` included: it only decides whether a clamp may be skipped). */
function isNegative(decimal: string): boolean {
  return decimal.charCodeAt(0) === 45;
}

/**
 * Whether a custom scorer's `match` picks an indicator: its name, `tier2/name`, or the predicate.
 *
 * @returns the test
 */
export function matches(m: string | ((i: Indicator | EvaluatedIndicator) => boolean), i: Indicator | EvaluatedIndicator): boolean {
  return typeof m === 'string' ? m === i.name || m === `${i.tier2}/${i.name}` : m(i);
}

/** Clamps to [0, w] (the invariant; `trusted` when the formula stays inside it), rounds once, half-up. */
function done(
  v: Dec,
  w: Dec,
  places: number,
  formula: ScoreFormula,
  trace: string,
  findings: readonly Finding[] = NONE,
  withinBand = false,
  trusted = false,
): RowScore {
  const clamped = trusted ? v : v.lt(ZERO) ? ZERO : v.gt(w) ? w : v;
  const t = clamped.toFixed(places, Dec.ROUND_HALF_UP);
  return { scoreText: t, points: scaled(t).int, formula, trace: trace === '' ? t : `${trace} = ${t}`, findings, unverified: false, withinBand, explanation: null };
}

/**
 * {@link done} on scaled integers. Scores computed so give decimal.js's results exactly: each product and quotient
 * on the way is rounded to its precision (40 significant digits, half-up) by `timesScaled` / `dividedByScaled`, as
 * decimal.js rounds it, and the score is rounded once, here.
 */
function fixed(v: Scaled, w: Scaled, places: number, formula: ScoreFormula, trace: string, trusted: boolean): RowScore {
  const clamped = trusted ? v : v.int < 0n ? SCALED_ZERO : compareScaled(v, w) > 0 ? w : v;
  const { int, text } = roundToPlaces(clamped.int, clamped.scale, places);
  return { scoreText: text, points: int, formula, trace: trace === '' ? text : `${trace} = ${text}`, findings: NONE, unverified: false, withinBand: false, explanation: null };
}

function none(findings: readonly Finding[], trace = '—'): RowScore {
  return { scoreText: null, points: null, formula: 'none', trace, findings, unverified: false, withinBand: false, explanation: null };
}

/** Reverse (≤, <) indicators not met: `ratio` w × t / a, or `linear` w × (1 − (a − t) / t), 0 from 2t. */
function reverse(av: Dec, tv: Dec, aNum: string, tNum: string, w: Dec, wText: string, c: Compiled, sym: string): RowScore {
  if (c.linear) {
    if (tv.lte(ZERO) || av.gte(tv.times(TWO))) {
      const r = done(ZERO, w, c.places, 'reverse-linear', '');
      return { ...r, trace: `${aNum} ≥ 2 × ${tNum} → ${r.scoreText}` };
    }
    return done(w.times(ONE.minus(av.minus(tv).div(tv))), w, c.places, 'reverse-linear', `${wText} × (1 − (${aNum} − ${tNum})/${tNum})`);
  }
  // Not met with an actual of 0 (`<0` against 0): t / 0 is no ratio, and a target missed earns nothing.
  if (av.isZero()) {
    const r = done(ZERO, w, c.places, 'reverse-ratio', '');
    return { ...r, trace: `${aNum} ${sym} ${tNum} ✗ → ${r.scoreText}` };
  }
  return done(w.times(tv).div(av), w, c.places, 'reverse-ratio', `${wText} × ${tNum}/${aNum}`);
}

/** What a custom scorer must return: `{ score: decimal string | null, trace?: string, explanation?: { zh, en } }`. */
function isScorerOutput(out: unknown): out is { readonly score: string | null; readonly trace?: string; readonly explanation?: Bilingual } {
  if (typeof out !== 'object' || out === null) return false;
  const o = out as Record<string, unknown>;
  const e = o['explanation'] as Record<string, unknown> | undefined;
  return (
    (o['score'] === null || isDecimalString(o['score'])) &&
    (o['trace'] === undefined || typeof o['trace'] === 'string') &&
    (e === undefined || (typeof e === 'object' && e !== null && typeof e['zh'] === 'string' && typeof e['en'] === 'string'))
  );
}

/** What a scorer returned, briefly, for the finding. */
function shown(out: unknown): string {
  if (typeof out !== 'object' || out === null) return String(out);
  const score = (out as { score?: unknown }).score;
  return `{ score: ${typeof score === 'string' ? JSON.stringify(score) : String(score)}, … }`;
}

function custom(x: Assessment, wText: string, c: Compiled, row: RowInput): RowScore | null {
  for (const s of c.custom ?? []) {
    if (!matches(s.match, row.indicator)) continue;
    const out: unknown = s.score({ indicator: row.indicator, actual: row.actual, evaluation: toEvaluation(x), weight: wText });
    const name = indicatorLabel(row.indicator, row.index);
    if (!isScorerOutput(out)) return { ...none([M.finding('score/custom-score-invalid', 'error', { name, value: shown(out) })]), formula: 'custom' };
    if (out.score === null) return { ...none([M.finding('score/unscored', 'warning', { name })], out.trace ?? '—'), formula: 'custom', explanation: out.explanation ?? null };
    const w = new Dec(wText);
    const v = new Dec(out.score);
    const clamped = v.lt(ZERO) || v.gt(w);
    const findings = clamped ? [M.finding('score/custom-out-of-range', 'warning', { name, score: out.score, weight: wText })] : NONE;
    const r = done(v, w, c.places, 'custom', '', findings);
    const t = r.scoreText as string;
    // The scorer's own trace, with the score added once: not again when the trace already ends with it.
    const trace = out.trace?.trim();
    const ends = trace !== undefined && !clamped && (trace.endsWith(out.score) || trace.endsWith(t));
    return { ...r, trace: trace === undefined || trace === '' ? t : ends ? trace : `${trace} → ${t}`, explanation: out.explanation ?? null };
  }
  return null;
}

function graded(x: Assessment & { readonly grade: QualitativeGrade }, weight: Weight, c: Compiled, row: RowInput): RowScore {
  const b = c.bands[x.grade];
  const w = weight.value;
  // Under fixed points the table's score is a claim only, never an input.
  if (row.published !== null && !c.fixedPoints) {
    const lo = timesScaled(w, b.lo);
    const hi = timesScaled(w, b.hi);
    const s = scaled(row.published);
    const inside = compareScaled(s, lo) >= 0 && (b.closed ? compareScaled(s, hi) <= 0 : compareScaled(s, hi) < 0);
    const bandText = `[${toPlainDecimal(lo.int, lo.scale)}, ${toPlainDecimal(hi.int, hi.scale)}${b.closed ? ']' : ')'}`;
    if (inside) {
      const r = fixed(s, w, c.places, 'table-score', '', false);
      return { ...r, trace: `${row.published} ∈ ${bandText} → ${r.scoreText}`, withinBand: true };
    }
    const f = M.finding('score/qualitative-score-outside-band', 'warning', { name: indicatorLabel(row.indicator, row.index), score: row.published, band: bandText });
    return { ...none([f], `${row.published} ∉ ${bandText}`), formula: 'qualitative-band' };
  }
  // The common case, a fully achieved row (point 100%): w × 1 is w (within the precision, and 0 ≤ w so no clamp),
  // whose rounding is read once per weight.
  if (b.pointIsOne && weight.withinPrecision) {
    const full = weight.full;
    return { scoreText: full.text, points: full.int, formula: 'qualitative-band', trace: `${weight.text} × ${b.pointText} = ${full.text}`, findings: NONE, unverified: false, withinBand: false, explanation: null };
  }
  return fixed(timesScaled(w, b.point), w, c.places, 'qualitative-band', `${weight.text} × ${b.pointText}`, b.pointIsShare);
}

function notReported(wText: string, c: Compiled, row: RowInput, missingActual: 'zero' | 'unscored' | 'published'): RowScore {
  const name = indicatorLabel(row.indicator, row.index);
  const w = new Dec(wText);
  if (missingActual === 'published' && row.published !== null) {
    const r = done(new Dec(row.published), w, c.places, 'table-score', '', [M.finding('score/not-reported-published', 'warning', { name, score: row.published })]);
    return { ...r, trace: `∅ → ${r.scoreText}`, unverified: true };
  }
  if (missingActual === 'unscored') return none([M.finding('score/unscored', 'warning', { name })]);
  const r = done(ZERO, w, c.places, 'missing-actual', '', [M.finding('score/not-reported-zero', 'warning', { name })]);
  return { ...r, trace: `∅ → ${r.scoreText}` };
}

/**
 * Scores one assessed row out of the weight `weight` (see {@link weightOf}; never negative: the callers refuse
 * such weights) under a compiled scheme
 * (RULES §4). Rounds once, half-up. Module-level helpers only: no closure is made per row. A met row scores its
 * weight and a graded row its weight × the band's point, both exact on scaled integers; decimals are formed only
 * for the ratios of targets not met.
 *
 * @returns the score with its trace
 */
export function scoreAssessed(x: Assessment, weight: Weight, c: Compiled, row: RowInput, missingActual: 'zero' | 'unscored' | 'published'): RowScore {
  const places = c.places;
  const w = weight.value;
  const wText = weight.text;
  if (c.custom !== null && x.status !== 'not-applicable') {
    const r = custom(x, wText, c, row);
    if (r !== null) return r;
  }
  switch (x.status) {
    case 'not-applicable':
      return none(NONE);
    case 'incomparable':
      return none([M.finding('score/unscored', 'warning', { name: indicatorLabel(row.indicator, row.index) })]);
    case 'not-reported':
      return notReported(wText, c, row, missingActual);
    default:
  }
  if (c.coefficient && row.coefficient !== null) {
    const wd = new Dec(wText);
    let k = new Dec(row.coefficient);
    if (k.gt(HUNDRED)) k = HUNDRED;
    if (k.lt(ZERO)) k = ZERO;
    return done(wd.times(k).div(HUNDRED), wd, places, 'coefficient', `${wText} × ${row.coefficient}%`);
  }
  if (x.shape === 'grade' && x.grade !== null) return graded(x as Assessment & { readonly grade: QualitativeGrade }, weight, c, row);

  if (x.status === 'met') {
    const op = x.shape === '=' && !x.equal ? '≥' : (SYMBOL[x.shape] ?? '=');
    const sym = x.shape === 'range' ? `∈ [${x.tNum}, ${x.t2Num}]` : x.shape === 'tolerance' ? `±${x.tNum}` : `${op} ${x.tNum}`;
    // A met row scores its weight: rounded once per distinct weight, not per row.
    const full = weight.full;
    return { scoreText: full.text, points: full.int, formula: 'met', trace: `${x.aNum} ${sym} → ${full.text}`, findings: NONE, unverified: false, withinBand: false, explanation: null };
  }
  // The ratio formulas stay inside [0, w] when a ≥ 0 and t > 0 (weights are never negative): no clamp needed.
  const safe = !isNegative(x.aNum) && !isNegative(x.tNum);
  switch (x.shape) {
    // The quotient a / t (t / a for reverse) is held to 40 significant digits, then multiplied by w.
    case '>=':
    case '>': {
      const t = x.tScaled ?? scaled(x.tNum);
      if (t.int === 0n) return fixed(SCALED_ZERO, w, places, 'positive-ratio', `${x.aNum} ${SYMBOL[x.shape]} 0 ✗ → 0`, false);
      return fixed(timesScaled(w, dividedByScaled(x.aScaled ?? scaled(x.aNum), t)), w, places, 'positive-ratio', `${wText} × ${x.aNum}/${x.tNum}`, safe);
    }
    case '=': {
      const t = x.tScaled ?? scaled(x.tNum);
      if (t.int === 0n) {
        const r = fixed(SCALED_ZERO, w, places, 'equality-zero', '', false);
        return { ...r, trace: `${x.aNum} ≠ 0 → ${r.scoreText}` };
      }
      return fixed(timesScaled(w, dividedByScaled(x.aScaled ?? scaled(x.aNum), t)), w, places, 'positive-ratio', `${wText} × ${x.aNum}/${x.tNum}`, safe);
    }
    case '<=':
    case '<': {
      const a = x.aScaled ?? scaled(x.aNum);
      if (!c.linear && a.int !== 0n) return fixed(timesScaled(w, dividedByScaled(x.tScaled ?? scaled(x.tNum), a)), w, places, 'reverse-ratio', `${wText} × ${x.tNum}/${x.aNum}`, safe);
      return reverse(new Dec(x.aNum), new Dec(x.tNum), x.aNum, x.tNum, new Dec(wText), wText, c, SYMBOL[x.shape] ?? '≤');
    }
    // Ranges and tolerance bands are rare: decimal.js.
    case 'range': {
      const wd = new Dec(wText);
      const a = new Dec(x.aNum);
      const t = new Dec(x.tNum);
      if (a.lt(t)) return t.isZero() ? done(ZERO, wd, places, 'range', '') : done(wd.times(a).div(t), wd, places, 'range', `${wText} × ${x.aNum}/${x.tNum}`);
      return reverse(a, new Dec(x.t2Num), x.aNum, x.t2Num, wd, wText, c, '≤');
    }
    case 'tolerance': {
      // tNum: the band, taken as its absolute value; t2Num: the reference, '' when the band is around 0.
      const wd = new Dec(wText);
      const a = new Dec(x.aNum);
      const band = new Dec(x.tNum).abs();
      const dev = x.t2Num === '' ? a.abs() : a.minus(x.t2Num).abs();
      return done(wd.times(band).div(dev), wd, places, 'tolerance', `${wText} × ${x.tNum}/${toDecimalString(dev)}`);
    }
    default:
      return none([M.finding('score/unscored', 'warning', { name: indicatorLabel(row.indicator, row.index) })]);
  }
}
