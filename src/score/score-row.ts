import { scoreMessages as M } from '../i18n/messages/score';
import type { Actual, QualitativeGrade } from '../model/actual';
import type { Bilingual, Finding } from '../model/finding';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import { Dec, toDecimalString } from '../money/decimal';
import type { Assessment } from '../evaluate/assess';
import { toEvaluation } from '../evaluate/to-evaluation';
import type { Compiled } from './compile';
import type { ScoreFormula } from './types';

/** One row to score, with what the table says about it. */
export interface RowInput {
  readonly indicator: Indicator | EvaluatedIndicator;
  readonly actual: Actual;
  readonly publishedScore: string | null;
  readonly coefficient: string | null;
}

/** A row's score before it is placed on a scorecard. */
export interface RowScore {
  /** The score with exactly `places` decimals (half-up), or null. */
  readonly scoreText: string | null;
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
const SYMBOL: Record<string, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<' };

/** Whether a decimal string has a minus sign (`-0` included: it only decides whether a clamp may be skipped). */
function isNegative(decimal: string): boolean {
  return decimal.charCodeAt(0) === 45;
}

function matches(m: string | ((i: Indicator | EvaluatedIndicator) => boolean), i: Indicator | EvaluatedIndicator): boolean {
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
  return { scoreText: t, formula, trace: trace === '' ? t : `${trace} = ${t}`, findings, unverified: false, withinBand, explanation: null };
}

function none(findings: readonly Finding[], trace = '—'): RowScore {
  return { scoreText: null, formula: 'none', trace, findings, unverified: false, withinBand: false, explanation: null };
}

/** Reverse (≤, <) indicators not met: `ratio` w × t / a, or `linear` w × (1 − (a − t) / t), 0 from 2t. */
function reverse(av: Dec, tv: Dec, aNum: string, tNum: string, w: Dec, wText: string, c: Compiled): RowScore {
  if (c.linear) {
    if (tv.lte(ZERO) || av.gte(tv.times(TWO))) {
      const r = done(ZERO, w, c.places, 'reverse-linear', '');
      return { ...r, trace: `${aNum} ≥ 2 × ${tNum} → ${r.scoreText}` };
    }
    return done(w.times(ONE.minus(av.minus(tv).div(tv))), w, c.places, 'reverse-linear', `${wText} × (1 − (${aNum} − ${tNum})/${tNum})`);
  }
  if (av.isZero()) return done(w, w, c.places, 'reverse-ratio', '');
  return done(w.times(tv).div(av), w, c.places, 'reverse-ratio', `${wText} × ${tNum}/${aNum}`);
}

function custom(x: Assessment, w: Dec, wText: string, c: Compiled, row: RowInput): RowScore | null {
  const name = row.indicator.name;
  for (const s of c.custom ?? []) {
    if (!matches(s.match, row.indicator)) continue;
    const out = s.score({ indicator: row.indicator, actual: row.actual, evaluation: toEvaluation(x), weight: wText });
    if (out.score === null) return { ...none([M.finding('score/unscored', 'warning', { name })], out.trace ?? '—'), formula: 'custom', explanation: out.explanation ?? null };
    const v = new Dec(out.score);
    const findings = v.lt(ZERO) || v.gt(w) ? [M.finding('score/custom-out-of-range', 'warning', { name, score: out.score, weight: wText })] : NONE;
    const r = done(v, w, c.places, 'custom', out.trace ?? '', findings);
    return { ...r, trace: out.trace === undefined ? r.trace : `${out.trace} → ${r.scoreText}`, explanation: out.explanation ?? null };
  }
  return null;
}

function graded(x: Assessment & { readonly grade: QualitativeGrade }, w: Dec, wText: string, c: Compiled, row: RowInput): RowScore {
  const b = c.bands[x.grade];
  if (row.publishedScore !== null) {
    const lo = w.times(b.lo);
    const hi = w.times(b.hi);
    const s = new Dec(row.publishedScore);
    const inside = s.gte(lo) && (b.closed ? s.lte(hi) : s.lt(hi));
    const bandText = `[${toDecimalString(lo)}, ${toDecimalString(hi)}${b.closed ? ']' : ')'}`;
    if (inside) {
      const r = done(s, w, c.places, 'table-score', '', NONE, true);
      return { ...r, trace: `${row.publishedScore} ∈ ${bandText} → ${r.scoreText}` };
    }
    const f = M.finding('score/qualitative-score-outside-band', 'warning', { name: row.indicator.name, score: row.publishedScore, band: bandText });
    return { ...none([f], `${row.publishedScore} ∉ ${bandText}`), formula: 'qualitative-band' };
  }
  return done(w.times(b.point), w, c.places, 'qualitative-band', `${wText} × ${b.pointText}`, NONE, false, b.pointIsShare && !isNegative(wText));
}

function notReported(w: Dec, c: Compiled, row: RowInput, missingActual: 'zero' | 'unscored' | 'published'): RowScore {
  const name = row.indicator.name;
  if (missingActual === 'published' && row.publishedScore !== null) {
    const r = done(new Dec(row.publishedScore), w, c.places, 'table-score', '', [M.finding('score/not-reported-published', 'warning', { name, score: row.publishedScore })]);
    return { ...r, trace: `∅ → ${r.scoreText}`, unverified: true };
  }
  if (missingActual === 'unscored') return none([M.finding('score/unscored', 'warning', { name })]);
  const r = done(ZERO, w, c.places, 'missing-actual', '', [M.finding('score/not-reported-zero', 'warning', { name })]);
  return { ...r, trace: `∅ → ${r.scoreText}` };
}

/**
 * Scores one assessed row out of `w` under a compiled scheme (RULES §4). Rounds once, half-up. Module-level
 * helpers only: no closure is made per row.
 *
 * @returns the score with its trace
 */
export function scoreAssessed(x: Assessment, w: Dec, wText: string, c: Compiled, row: RowInput, missingActual: 'zero' | 'unscored' | 'published'): RowScore {
  const places = c.places;
  if (c.custom !== null && x.status !== 'not-applicable') {
    const r = custom(x, w, wText, c, row);
    if (r !== null) return r;
  }
  switch (x.status) {
    case 'not-applicable':
      return none(NONE);
    case 'incomparable':
      return none([M.finding('score/unscored', 'warning', { name: row.indicator.name })]);
    case 'not-reported':
      return notReported(w, c, row, missingActual);
    default:
  }
  if (c.coefficient && row.coefficient !== null) {
    let k = new Dec(row.coefficient);
    if (k.gt(HUNDRED)) k = HUNDRED;
    if (k.lt(ZERO)) k = ZERO;
    return done(w.times(k).div(HUNDRED), w, places, 'coefficient', `${wText} × ${row.coefficient}%`);
  }
  if (x.shape === 'grade' && x.grade !== null) return graded(x as Assessment & { readonly grade: QualitativeGrade }, w, wText, c, row);

  const a = x.a as Dec;
  const t = x.t as Dec;
  if (x.status === 'met') {
    const op = x.shape === '=' && !a.eq(t) ? '≥' : (SYMBOL[x.shape] ?? '=');
    const sym = x.shape === 'range' ? `∈ [${x.tNum}, ${x.t2Num}]` : x.shape === 'tolerance' ? `±${x.tNum}` : `${op} ${x.tNum}`;
    const full = w.toFixed(places, Dec.ROUND_HALF_UP);
    return { scoreText: full, formula: 'met', trace: `${x.aNum} ${sym} → ${full}`, findings: NONE, unverified: false, withinBand: false, explanation: null };
  }
  // The ratio formulas stay inside [0, w] when a ≥ 0, t > 0 and w ≥ 0: no clamp needed.
  const safe = !isNegative(x.aNum) && !isNegative(x.tNum) && !isNegative(wText);
  switch (x.shape) {
    // The quotient a / t (t / a for reverse) is held exactly to 40 significant digits: w × it, rounded to
    // 2 places, equals the rounding of w × a / t (a 40-digit quotient cannot cross a half-cent boundary).
    case '>=':
    case '>':
      if (t.isZero()) return done(ZERO, w, places, 'positive-ratio', `${x.aNum} ${SYMBOL[x.shape]} 0 ✗ → 0`);
      return done(w.times(x.completion ?? a.div(t)), w, places, 'positive-ratio', `${wText} × ${x.aNum}/${x.tNum}`, NONE, false, safe);
    case '=':
      if (t.isZero()) {
        const r = done(ZERO, w, places, 'equality-zero', '');
        return { ...r, trace: `${x.aNum} ≠ 0 → ${r.scoreText}` };
      }
      return done(w.times(x.completion ?? a.div(t)), w, places, 'positive-ratio', `${wText} × ${x.aNum}/${x.tNum}`, NONE, false, safe);
    case '<=':
    case '<':
      if (!c.linear && !a.isZero() && x.completion !== null) {
        return done(w.times(x.completion), w, places, 'reverse-ratio', `${wText} × ${x.tNum}/${x.aNum}`, NONE, false, safe);
      }
      return reverse(a, t, x.aNum, x.tNum, w, wText, c);
    case 'range':
      if (a.lt(t)) return t.isZero() ? done(ZERO, w, places, 'range', '') : done(w.times(a).div(t), w, places, 'range', `${wText} × ${x.aNum}/${x.tNum}`);
      return reverse(a, x.t2 as Dec, x.aNum, x.t2Num, w, wText, c);
    case 'tolerance': {
      const dev = x.t2 === null ? a.abs() : a.minus(x.t2).abs();
      return done(w.times(t).div(dev), w, places, 'tolerance', `${wText} × ${x.tNum}/${toDecimalString(dev)}`);
    }
    default:
      return none([M.finding('score/unscored', 'warning', { name: row.indicator.name })]);
  }
}
