import { scoreMessages as M } from '../i18n/messages/score';
import type { Actual } from '../model/actual';
import type { Origins, TierWeight } from '../model/common';
import type { DocumentKind } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import type { Target } from '../model/target';
import { Dec, toDecimalString } from '../money/decimal';
import { assess, type Assessment } from '../evaluate/assess';
import { budgetPart, type BudgetPart } from './budget-execution';
import { compile } from './compile';
import { gradeIn } from './grade-of';
import type { Scheme } from './scheme';
import { scoreAssessed, weightOf, type Weight } from './score-row';
import type { Claim, ClaimStatus, ScoredIndicator, Scorecard, TierSubtotal } from './types';
import { compareScaled, fractionDigits, fromScaled, pow10, readScaled, scaled, toPlainDecimal } from '../money/scaled';
import { resolveWeights } from './weights';
import { indicatorPointers } from '../model/pointers';

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


function claim(
  subject: Claim['subject'],
  label: Bilingual,
  path: string,
  line: number | undefined,
  published: string,
  computed: string | null,
  places: number,
  forced?: { status: ClaimStatus; note: Bilingual },
): Claim {
  const at = line === undefined ? {} : { line };
  if (computed === null || forced !== undefined) {
    const status = forced?.status ?? 'unverifiable';
    const note = forced?.note ?? { zh: '无法核算', en: 'nothing to compute it from' };
    const difference = computed === null ? null : toDecimalString(new Dec(published).minus(computed), places);
    return { subject, label, path, ...at, published, computed, difference, status, note };
  }
  // Compared at the precision the table wrote (never finer than the scheme's rounding).
  const d = Math.min(fractionDigits(published), places);
  const p = new Dec(published);
  const agrees = p.toDecimalPlaces(d, Dec.ROUND_HALF_UP).eq(new Dec(computed).toDecimalPlaces(d, Dec.ROUND_HALF_UP));
  return { subject, label, path, ...at, published, computed, difference: toDecimalString(p.minus(computed), places), status: agrees ? 'agrees' : 'differs' };
}

const NOT_REPORTED_NOTE: Bilingual = {
  zh: '未填报完成值：表中得分无从核实，核算按评分方案的 missingActual 规则计分',
  en: 'no actual: the table’s score cannot be checked; the computation follows the scheme’s missingActual rule',
};

/**
 * A published total judged with its parts in view. When some parts could not be checked: a total that agrees
 * says so in its note; a total that differs is `unverifiable` (the difference may lie in those parts) — unless
 * the table's own parts do not add up to it, which is a real disagreement whatever the unchecked parts hold.
 */
function totalAgainstParts(total: Claim, parts: readonly Claim[]): Claim {
  const unchecked = parts.filter((p) => p.status === 'unverifiable' && (p.subject === 'indicator' || p.subject === 'execution-score')).length;
  if (unchecked === 0 || total.status === 'unverifiable') return total;
  if (total.status === 'agrees') {
    return {
      ...total,
      note: { zh: `与核算一致，但其中 ${unchecked} 项得分无法核实`, en: `agrees with the computation, but ${unchecked} part score(s) in it cannot be checked` },
    };
  }
  let sum = new Dec(0);
  for (const p of parts) if (p.subject === 'indicator' || p.subject === 'execution-score') sum = sum.plus(p.published);
  const sumText = toDecimalString(sum);
  if (!sum.eq(total.published)) {
    return { ...total, note: { zh: `表中各项得分合计 ${sumText}，与表中总分 ${total.published} 不符`, en: `the table's own scores add up to ${sumText}, not to its total ${total.published}` } };
  }
  return {
    ...total,
    status: 'unverifiable',
    note: {
      zh: `${unchecked} 项得分无法核实；表中各项得分合计 ${sumText}，与表中总分一致`,
      en: `${unchecked} part score(s) cannot be checked; the table's own scores add up to its total ${sumText}`,
    },
  };
}

/** The findings of a row that has none: one frozen empty list shared by all (scorecards are read-only). */
const NO_FINDINGS: readonly Finding[] = Object.freeze([]);

function located(f: Finding, path: readonly (string | number)[], line: number | undefined): Finding {
  if (f.path.length > 0 && f.line !== undefined) return f;
  return { ...f, path: f.path.length > 0 ? f.path : path, ...(line !== undefined && f.line === undefined && { line }) };
}

/**
 * Scores the rows and the budget block of a document under a scheme: the core of
 * {@link scoreSelfEvaluation} and {@link scoreDeclaration}.
 *
 * @returns the scorecard
 */
export function scoreDocument(rows: readonly DocRow[], budget: DocBudget | null, scheme: Scheme, meta: DocMeta): Scorecard {
  const c = compile(scheme);
  const places = c.places;
  const origins = meta.origins;
  const n = rows.length;
  const xs: Assessment[] = [];
  const inapplicable: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const x = assess(rows[i]!.target, rows[i]!.actual, scheme, rows[i]!.indicator.direction, meta.fiscalYear ?? null);
    xs.push(x);
    inapplicable.push(x.status === 'not-applicable');
  }

  const budgetWeightText = budget?.declaredWeight ?? scheme.budgetExecution.weight;
  const scoreBudget = budget !== null && readScaled(budgetWeightText).int !== 0n;
  let bp: BudgetPart | null = scoreBudget ? budgetPart(budget.adjusted, budget.executed, budgetWeightText, scheme, budget.publishedScore) : null;

  const rw = resolveWeights(rows, inapplicable, meta.tierWeights, c, scheme.weights.spread, scheme.notApplicable, {
    weight: scoreBudget ? budgetWeightText : '0',
    notApplicable: bp?.notApplicable ?? false,
  });
  if (bp !== null && budget !== null && rw.budgetWeight !== budgetWeightText && !bp.notApplicable) {
    bp = budgetPart(budget.adjusted, budget.executed, rw.budgetWeight, scheme, budget.publishedScore);
  }

  const warnings: Finding[] = [...meta.findings, ...rw.findings];
  const indicators: ScoredIndicator[] = [];
  const claims: Claim[] = [];
  // Weights add up exactly as integers scaled to the most decimals any weight has.
  let scale = 0;
  for (const wt of rw.weights) scale = Math.max(scale, fractionDigits(wt));
  if (bp !== null) scale = Math.max(scale, fractionDigits(bp.result.weight));
  let complete = true;
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
    const rs = scoreAssessed(x, wo.weight, c, r, scheme.missingActual);
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
      const label = { zh: r.indicator.name, en: r.indicator.name };
      let forced: { status: ClaimStatus; note: Bilingual } | undefined;
      if (rs.unverified) forced = { status: 'unverifiable', note: { zh: '未填报完成值，得分取自表中（未核实）', en: 'no actual: the score is the table’s own (not verified)' } };
      else if (rs.formula === 'missing-actual') forced = { status: 'unverifiable', note: NOT_REPORTED_NOTE };
      else if (rs.scoreText === null) forced = { status: 'unverifiable', note: x.explanation };
      const cl = claim('indicator', label, pointers.publishedScore, claimLine, r.published, rs.scoreText, places, forced);
      claims.push(rs.withinBand ? { ...cl, note: { zh: '定性得分在等级区间内', en: 'qualitative score within its band' } } : cl);
    }
  }

  let total = otherScore;
  let maximum = otherWeight;
  for (let g = 0; g < c.tiers.length; g++) {
    total += tierScore[g]!;
    maximum += tierWeight[g]!;
  }

  let budgetExecution = null;
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
      claims.push(
        claim('execution-rate', { zh: '执行率', en: 'execution rate' }, '/budget/publishedRate', origins?.['/budget/publishedRate']?.line, budget.publishedRate, bp.result.rate, places),
      );
    }
    if (budget.publishedScore !== null) {
      claims.push(
        claim(
          'execution-score',
          { zh: '预算执行率得分', en: 'budget-execution score' },
          '/budget/publishedScore',
          origins?.['/budget/publishedScore']?.line,
          budget.publishedScore,
          bp.result.score,
          places,
          bp.unverified ? { status: 'unverifiable', note: { zh: '执行数未填报，得分取自表中', en: 'amounts blank: the score is the table’s own' } } : undefined,
        ),
      );
    }
  }

  const totalText = fromScaled(total, places);
  if (meta.publishedTotal !== null) {
    const cl = claim('total', { zh: '总分', en: 'total' }, '/publishedTotal', origins?.['/publishedTotal']?.line, meta.publishedTotal, totalText, places);
    claims.push(totalAgainstParts(cl, claims));
  }
  for (const cl of claims) {
    if (cl.status !== 'differs') continue;
    warnings.push(
      M.finding(
        'score/claim-differs',
        'warning',
        { label: cl.label.zh, labelEn: cl.label.en, published: cl.published, computed: cl.computed ?? '—' },
        { path: cl.path.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p)), ...(cl.line !== undefined && { line: cl.line }) },
      ),
    );
  }
  const maximumText = toPlainDecimal(maximum, scale);
  if (compareScaled({ int: maximum, scale }, c.total) !== 0) {
    warnings.push(M.finding('score/weights-total', 'warning', { expected: scheme.total, actual: maximumText }));
  }

  const tiers: TierSubtotal[] = [];
  c.tiers.forEach((t, g) => {
    if (tierCount[g]! > 0) tiers.push({ key: t.key, label: t.label, weight: toPlainDecimal(tierWeight[g]!, scale), score: fromScaled(tierScore[g]!, places), indicators: tierCount[g]! });
  });
  if (otherCount > 0) tiers.push({ key: 'other', label: { zh: '其他', en: 'other' }, weight: toPlainDecimal(otherWeight, scale), score: fromScaled(otherScore, places), indicators: otherCount });

  const grade = gradeIn({ int: total, scale: places }, c.grades);
  return {
    scheme: scheme.id,
    kind: meta.kind,
    subject: meta.subject,
    total: totalText,
    maximum: maximumText,
    grade: grade?.grade ?? '—',
    gradeLabel: grade?.label ?? { zh: '—', en: '—' },
    budgetExecution,
    tiers,
    indicators,
    claims,
    warnings,
    complete,
  };
}
