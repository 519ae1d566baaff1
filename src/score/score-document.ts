import { scoreMessages as M } from '../i18n/messages/score';
import type { Actual } from '../model/actual';
import type { Origins, TierWeight } from '../model/common';
import { didYouMean } from '../model/did-you-mean';
import type { DocumentKind } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import { indicatorPointers } from '../model/pointers';
import type { Target } from '../model/target';
import { assess, type Assessment } from '../evaluate/assess';
import { compareScaled, fractionDigits, fromScaled, pow10, scaled, toPlainDecimal } from '../money/scaled';
import { budgetPart, scoreOfShownPercent, type BudgetPart } from './budget-execution';
import { claim, claimFindings, totalAgainstParts, type EarlyRounding } from './claims';
import type { Compiled } from './compile';
import { gradeIn } from './grade-of';
import { indicatorLabel } from './indicator-label';
import { isDecimalString, isWeightText } from './arguments';
import { matches, scoreAssessed, weightOf, type RowScore, type Weight } from './score-row';
import type { Claim, ClaimStatus, Grading, ScoredIndicator, Scorecard, TierSubtotal } from './types';
import { resolveWeights, tierIndexOf, type WeightRow } from './weights';

/** A row of a document to score. */
export interface DocRow {
  readonly index: number;
  readonly indicator: Indicator | EvaluatedIndicator;
  /** The target evaluated against (a self-evaluation's adjusted target 调整指标值 when it has one). */
  readonly target: Target;
  readonly actual: Actual;
  readonly declared: string | null;
  readonly published: string | null;
  readonly coefficient: string | null;
  readonly findings?: readonly Finding[];
}

/** The budget block of a document to score. */
export interface DocBudget {
  readonly adjusted: string | null;
  readonly executed: string | null;
  readonly declaredWeight: string | null;
  readonly publishedRate: string | null;
  readonly publishedScore: string | null;
}

/** What else the scorecard says about the document. */
export interface DocMeta {
  readonly kind: DocumentKind;
  readonly subject: string;
  readonly origins: Origins | undefined;
  readonly tierWeights: readonly TierWeight[] | undefined;
  readonly publishedTotal: string | null;
  readonly findings: readonly Finding[];
  /** Row scores given with the data are published claims (self-evaluations), not evaluator inputs (declarations). */
  readonly rowScoresAreClaims: boolean;
  /** The document's fiscal year, for target dates written without one (`12月底到位`). */
  readonly fiscalYear?: number | null;
}

const NOT_REPORTED_NOTE: Bilingual = {
  zh: '未填报完成值：表中得分无从核实，核算按评分方案的 missingActual 规则计分',
  en: 'no actual: the table’s score cannot be checked; the computation follows the scheme’s missingActual rule',
};

/** The findings of a row that has none: one frozen empty list shared by all (scorecards are read-only). */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function located(f: Finding, path: readonly (string | number)[], line: number | undefined): Finding {
  if (f.path.length > 0 && f.line !== undefined) return f;
  return { ...f, path: f.path.length > 0 ? f.path : path, ...(line !== undefined && f.line === undefined && { line }) };
}

/** A weight the table wrote that cannot be used (negative, `-0`, or no number): an error finding, never a throw. */
function refusal(weight: string, what: Bilingual, path: readonly (string | number)[], line: number | undefined): Finding {
  const code = isDecimalString(weight) ? 'score/weight-negative' : 'score/weight-not-a-decimal';
  return M.finding(code, 'error', { what: what.zh, whatEn: what.en, weight }, { path, ...(line !== undefined && { line }) });
}

/** A row whose weight was refused: not scored. */
function refusedRow(f: Finding): RowScore {
  return { scoreText: null, points: null, formula: 'none', trace: '—', findings: [f], unverified: false, withinBand: false, explanation: null };
}

/** The same formula with the completion as a rounded percent, for a ratio score the table may have computed so. */
function earlyRounding(rs: RowScore, x: Assessment, weight: string, places: number): EarlyRounding | null {
  if ((rs.formula !== 'positive-ratio' && rs.formula !== 'reverse-ratio') || x.completionText === null) return null;
  const percent = toPlainDecimal(scaled(x.completionText).int, 2);
  return { text: `${weight} × ${percent}%`, value: scoreOfShownPercent(weight, percent, places) };
}

/**
 * Scores the rows and the budget block of a document under a compiled scheme: the core of
 * {@link scoreSelfEvaluation} and {@link scoreDeclaration}. Never throws on what the document holds: a weight that
 * cannot be used is an error finding and its item is not scored.
 *
 * @returns the scorecard
 */
export function scoreDocument(rows: readonly DocRow[], budget: DocBudget | null, c: Compiled, meta: DocMeta): Scorecard {
  const scheme = c.scheme;
  const places = c.places;
  const origins = meta.origins;
  const n = rows.length;
  const fromScheme = scheme.weights.from === 'scheme';
  const warnings: Finding[] = [...meta.findings];
  const xs: Assessment[] = [];
  const inapplicable: boolean[] = [];
  // Weights the table wrote that cannot be used (rare: checked per row, located when found).
  let refused: (Finding | null)[] | null = null;
  let coefficients = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const x = assess(r.target, r.actual, scheme, r.indicator.direction, meta.fiscalYear ?? null);
    xs.push(x);
    inapplicable.push(x.status === 'not-applicable');
    if (r.coefficient !== null) coefficients += 1;
    if (!fromScheme && r.declared !== null && !isWeightText(r.declared)) {
      const pointers = indicatorPointers(r.index);
      const what = { zh: `“${indicatorLabel(r.indicator, r.index)}”`, en: `"${indicatorLabel(r.indicator, r.index)}"` };
      (refused ??= rows.map(() => null))[i] = refusal(r.declared, what, ['indicators', r.index, 'weight'], origins?.[pointers.weight]?.line ?? origins?.[pointers.self]?.line);
    }
  }

  // The table's tier weights ("产出指标(50分)") count unless the scheme's are used; one that cannot be is refused.
  let tierWeights = fromScheme ? undefined : meta.tierWeights;
  if (tierWeights?.some((t) => t.weight !== null && !isWeightText(t.weight))) {
    tierWeights = tierWeights.filter((t, k) => {
      if (t.weight === null || isWeightText(t.weight)) return true;
      warnings.push(refusal(t.weight, { zh: `一级指标“${t.tier1}”`, en: `the tier "${t.tier1}"` }, ['tierWeights', k, 'weight'], undefined));
      return false;
    });
  }

  const declaredBudgetWeight = fromScheme ? null : (budget?.declaredWeight ?? null);
  const budgetRefused = declaredBudgetWeight !== null && !isWeightText(declaredBudgetWeight);
  const budgetWeightText = budgetRefused || declaredBudgetWeight === null ? scheme.budgetExecution.weight : declaredBudgetWeight;
  const scoreBudget = budget !== null && !budgetRefused && scaled(budgetWeightText).int !== 0n;
  let bp: BudgetPart | null = scoreBudget ? budgetPart(budget.adjusted, budget.executed, budgetWeightText, c, budget.publishedScore) : null;

  // Rows as the weights see them: no declared weight when the scheme's are used, 0 where a weight was refused.
  let weightRows: readonly WeightRow[] = rows;
  if (fromScheme) weightRows = rows.map((r) => ({ index: r.index, indicator: r.indicator, declared: null }));
  else if (refused !== null) weightRows = rows.map((r, i) => (refused[i] ? { index: r.index, indicator: r.indicator, declared: '0' } : r));
  const rw = resolveWeights(weightRows, inapplicable, tierWeights, c, scheme.weights.spread, scheme.notApplicable, {
    weight: scoreBudget ? budgetWeightText : '0',
    notApplicable: bp?.notApplicable ?? false,
  });
  if (bp !== null && budget !== null && rw.budgetWeight !== budgetWeightText && !bp.notApplicable) {
    bp = budgetPart(budget.adjusted, budget.executed, rw.budgetWeight, c, budget.publishedScore);
  }

  // One push a finding: a spread of one per row would overflow the call stack on a very long table.
  for (const f of rw.findings) warnings.push(f);
  const indicators: ScoredIndicator[] = [];
  const claims: Claim[] = [];
  const weightClaims: Claim[] = [];
  // Weights add up exactly as integers scaled to the most decimals any weight has.
  let scale = 0;
  for (const wt of rw.weights) scale = Math.max(scale, fractionDigits(wt));
  if (bp !== null) scale = Math.max(scale, fractionDigits(bp.result.weight));
  let complete = refused === null && !budgetRefused;
  const tierWeight: bigint[] = c.tiers.map(() => 0n);
  const tierScore: bigint[] = c.tiers.map(() => 0n);
  const tierCount: number[] = c.tiers.map(() => 0);
  let otherWeight = 0n;
  let otherScore = 0n;
  let otherCount = 0;
  // Each distinct weight text read once (a document has a handful), with its value at the common scale.
  const weights = new Map<string, { readonly weight: Weight; readonly atScale: bigint }>();

  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    const x = xs[i]!;
    const wText = rw.weights[i]!;
    let wo = weights.get(wText);
    if (wo === undefined) {
      const weight = weightOf(wText, places);
      weights.set(wText, (wo = { weight, atScale: weight.value.int * pow10(scale - weight.value.scale) }));
    }
    const w = wo.weight.value;
    const refusedHere = refused?.[i] ?? null;
    const rs = refusedHere === null ? scoreAssessed(x, wo.weight, c, r, scheme.missingActual) : refusedRow(refusedHere);
    const pointers = indicatorPointers(r.index);
    const pointer = pointers.self;
    const line = origins?.[pointer]?.line ?? origins?.[pointers.name]?.line;
    let findings = NO_FINDINGS;
    // Most rows have nothing to say: their findings are placed only when there are some.
    if ((r.findings !== undefined && r.findings.length > 0) || x.findings.length > 0 || rs.findings.length > 0) {
      const placed: Finding[] = [];
      const path = ['indicators', r.index];
      for (const f of r.findings ?? []) placed.push(located(f, path, line));
      for (const f of x.findings) placed.push(located(f, [...path, 'actual'], origins?.[pointers.actual]?.line ?? line));
      for (const f of rs.findings) placed.push(located(f, path, line));
      warnings.push(...placed);
      findings = placed;
    }
    const { tier1, tier2, name } = r.indicator;
    const tier = rw.tierIndex[i]! >= 0 ? c.tiers[rw.tierIndex[i]!]!.key : null;
    const explanation = rs.explanation ?? x.explanation;
    const row: ScoredIndicator = {
      index: r.index,
      path: pointer,
      ...(line !== undefined && { line }),
      tier1,
      tier2,
      name,
      tier,
      declaredWeight: r.declared,
      target: x.tText,
      actual: x.aText,
      publishedScore: r.published,
      status: x.status,
      direction: x.direction,
      completion: x.completionText,
      grade: x.grade,
      weight: wText,
      score: rs.scoreText,
      formula: rs.formula,
      trace: rs.trace,
      explanation,
      findings,
    };
    indicators.push(row);
    if (w.int !== 0n && (rs.scoreText === null || rs.unverified || rs.formula === 'missing-actual') && x.status !== 'not-applicable') complete = false;
    const g = rw.tierIndex[i]!;
    if (x.status !== 'not-applicable') {
      // The total and the maximum are sums of these tier sums (not-applicable rows score nothing out of nothing):
      // BigInt additions allocate, so two per row rather than four.
      const ws = wo.atScale;
      const s = rs.points ?? 0n;
      if (g >= 0) {
        tierWeight[g] = tierWeight[g]! + ws;
        tierScore[g] = tierScore[g]! + s;
        tierCount[g]! += 1;
      } else {
        otherWeight += ws;
        otherScore += s;
        otherCount += 1;
      }
    }
    if (r.published !== null && meta.rowScoresAreClaims) {
      const claimLine = origins?.[pointers.publishedScore]?.line ?? line;
      const label = indicatorLabel(r.indicator, r.index);
      let forced: { status: ClaimStatus; note: Bilingual } | undefined;
      if (rs.unverified) forced = { status: 'unverifiable', note: { zh: '未填报完成值，得分取自表中（未核实）', en: 'no actual: the score is the table’s own (not verified)' } };
      else if (rs.formula === 'missing-actual') forced = { status: 'unverifiable', note: NOT_REPORTED_NOTE };
      else if (rs.scoreText === null) forced = { status: 'unverifiable', note: x.explanation };
      const at = { subject: 'indicator', label: { zh: label, en: label }, path: pointers.publishedScore, line: claimLine } as const;
      const cl = claim(at, r.published, rs.scoreText, places, forced, forced === undefined ? earlyRounding(rs, x, wText, places) : null);
      claims.push(rs.withinBand ? { ...cl, note: { zh: '定性得分在等级区间内', en: 'qualitative score within its band' } } : cl);
    }
    if (fromScheme && r.declared !== null) {
      const label = indicatorLabel(r.indicator, r.index);
      const at = { subject: 'indicator-weight', label: { zh: `${label}（分值）`, en: `${label} (weight)` }, path: pointers.weight, line: origins?.[pointers.weight]?.line ?? line } as const;
      weightClaims.push(claim(at, r.declared, wText, Math.max(places, fractionDigits(wText))));
    }
  }

  let total = otherScore;
  let maximum = otherWeight;
  for (let g = 0; g < c.tiers.length; g++) {
    total += tierScore[g]!;
    maximum += tierWeight[g]!;
  }

  let budgetExecution = null;
  if (budgetRefused && budget !== null) {
    const f = refusal(declaredBudgetWeight ?? '', { zh: '预算执行率', en: 'the budget execution' }, ['budget', 'weight'], origins?.['/budget/weight']?.line);
    budgetExecution = { adjusted: budget.adjusted, executed: budget.executed, weight: '0', rate: null, score: null, trace: '—', findings: [f] };
    warnings.push(f);
  }
  if (bp !== null && budget !== null) {
    budgetExecution = bp.result;
    const line = origins?.['/budget/lines/0/executed']?.line;
    for (const f of bp.result.findings) warnings.push(located(f, ['budget'], line));
    if (!bp.notApplicable) {
      total += bp.result.score === null ? 0n : scaled(bp.result.score).int;
      const bw = scaled(bp.result.weight);
      maximum += bw.int * pow10(scale - bw.scale);
      if (bp.result.score === null || bp.notReported) complete = false;
    }
    if (budget.publishedRate !== null) {
      const at = { subject: 'execution-rate', label: { zh: '执行率', en: 'execution rate' }, path: '/budget/publishedRate', line: origins?.['/budget/publishedRate']?.line } as const;
      claims.push(claim(at, budget.publishedRate, bp.result.rate, places));
    }
    if (budget.publishedScore !== null) {
      const at = { subject: 'execution-score', label: { zh: '预算执行率得分', en: 'budget-execution score' }, path: '/budget/publishedScore', line: origins?.['/budget/publishedScore']?.line } as const;
      const unverified = bp.unverified ? { status: 'unverifiable' as const, note: { zh: '执行数未填报，得分取自表中', en: 'amounts blank: the score is the table’s own' } } : undefined;
      const { rate, weight } = bp.result;
      const early = rate !== null && unverified === undefined ? { text: `${weight} × ${rate}%`, value: scoreOfShownPercent(weight, rate, places) } : null;
      claims.push(claim(at, budget.publishedScore, bp.result.score, places, unverified, early));
    }
  }
  if (fromScheme && budget?.declaredWeight != null) {
    const at = { subject: 'execution-weight', label: { zh: '预算执行率（分值）', en: 'budget execution (weight)' }, path: '/budget/weight', line: origins?.['/budget/weight']?.line } as const;
    weightClaims.push(claim(at, budget.declaredWeight, budgetExecution?.weight ?? '0', places));
  }

  const totalText = fromScaled(total, places);
  if (meta.publishedTotal !== null) {
    const at = { subject: 'total', label: { zh: '总分', en: 'total' }, path: '/publishedTotal', line: origins?.['/publishedTotal']?.line } as const;
    claims.push(totalAgainstParts(claim(at, meta.publishedTotal, totalText, places), claims));
  }
  for (const f of claimFindings(claims)) warnings.push(f);
  const maximumText = toPlainDecimal(maximum, scale);
  if (compareScaled({ int: maximum, scale }, c.total) !== 0) {
    warnings.push(M.finding('score/weights-total', 'warning', { expected: scheme.total, actual: maximumText }));
  }

  const tiers: TierSubtotal[] = [];
  c.tiers.forEach((t, g) => {
    if (tierCount[g]! > 0) tiers.push({ key: t.key, label: t.label, weight: toPlainDecimal(tierWeight[g]!, scale), score: fromScaled(tierScore[g]!, places), indicators: tierCount[g]! });
  });
  if (otherCount > 0) tiers.push({ key: 'other', label: { zh: '其他', en: 'other' }, weight: toPlainDecimal(otherWeight, scale), score: fromScaled(otherScore, places), indicators: otherCount });

  if (fromScheme) {
    (meta.tierWeights ?? []).forEach((tw, k) => {
      if (tw.weight === null) return;
      const g = tierIndexOf(c, tw.tier1, '');
      const computed = g >= 0 ? toPlainDecimal(tierWeight[g]!, scale) : null;
      const at = { subject: 'tier-weight', label: { zh: `${tw.tier1}（分值）`, en: `${tw.tier1} (weight)` }, path: `/tierWeights/${k}/weight`, line: undefined } as const;
      weightClaims.push(claim(at, tw.weight, computed, Math.max(places, scale)));
    });
    if (weightClaims.length > 0) {
      const differ = weightClaims.filter((cl) => cl.status !== 'agrees').length;
      warnings.push(M.finding('score/table-weights-not-used', 'info', { count: weightClaims.length, differ }));
    }
  }
  if (coefficients > 0 && !c.coefficient) warnings.push(M.finding('score/coefficient-not-used', 'info', { count: coefficients }));
  if (c.custom !== null) for (const f of unmatchedScorers(c, rows)) warnings.push(f);

  const grading = gradingOf(total, maximum, scale, c);
  if (grading.basis === 'score' && maximum > 0n && compareScaled({ int: maximum, scale }, c.total) < 0) {
    warnings.push(M.finding('score/graded-on-score', 'info', { total: totalText, maximum: maximumText, scheme: scheme.total }));
  }
  const grade = gradeIn(scaled(grading.value), c.grades);
  return {
    scheme: scheme.id,
    kind: meta.kind,
    subject: meta.subject,
    total: totalText,
    maximum: maximumText,
    grade: grade?.grade ?? '—',
    gradeLabel: grade?.label ?? { zh: '—', en: '—' },
    grading,
    budgetExecution,
    tiers,
    indicators,
    claims: weightClaims.length === 0 ? claims : [...claims, ...weightClaims],
    warnings,
    complete,
  };
}

/**
 * What the grade is read from: the total, or (`share-of-maximum`) the total scaled to the scheme's total,
 * total × scheme total ÷ maximum, rounded half-up like a score.
 */
function gradingOf(total: bigint, maximum: bigint, scale: number, c: Compiled): Grading {
  const totalText = fromScaled(total, c.places);
  if (c.scheme.gradeBasis === 'score' || maximum === 0n) return { basis: c.scheme.gradeBasis, value: totalText };
  // total / 10^places × T / (maximum / 10^scale), as an integer count of 10^-places, half-up (all terms ≥ 0).
  const num = total * c.total.int * pow10(scale);
  const den = maximum * pow10(c.total.scale);
  return { basis: 'share-of-maximum', value: fromScaled((2n * num + den) / (2n * den), c.places) };
}

/** A scorer matched by name that matches no row: a warning, with the closest name. */
function unmatchedScorers(c: Compiled, rows: readonly DocRow[]): Finding[] {
  const out: Finding[] = [];
  for (const s of c.custom ?? []) {
    if (typeof s.match !== 'string' || rows.some((r) => matches(s.match, r.indicator))) continue;
    const near = didYouMean(s.match, rows.map((r) => r.indicator.name).filter((name) => name !== ''));
    out.push(M.finding('score/custom-scorer-unmatched', 'warning', { match: s.match, suggestion: near ?? '' }));
  }
  return out;
}
