import { describe, expect, it } from 'vitest';
import { defineScheme, reconcileBudget, reviewDocument, schemes, scoreDeclaration, scoreSelfEvaluation, validateDocument } from 'jixiao';
import {
  assertFinding,
  assertNoErrors,
  assertNoFinding,
  assertReconciles,
  assertScores,
  chizhouTangxi2022,
  JixiaoAssertionError,
  projectDeclaration,
  selfEvaluation,
  selfEvaluationBudget,
  tianchang2022,
  unitDeclaration,
} from 'jixiao/testing';

/** The error an assertion throws (fails the test when it does not throw one). */
function thrown(run: () => unknown): JixiaoAssertionError {
  try {
    run();
  } catch (e) {
    if (e instanceof JixiaoAssertionError) return e;
    throw e;
  }
  throw new Error('expected a JixiaoAssertionError');
}

const noSatisfaction = () => reviewDocument(projectDeclaration({ without: ['满意度指标'] }));

describe('assertFinding / assertNoFinding / assertNoErrors', () => {
  it('find a finding by code (and severity, path, line) in a review, a result, a scorecard or a list', () => {
    const review = noSatisfaction();
    expect(assertFinding(review, 'review/required-tier1').data).toMatchObject({ category: 'satisfaction' });
    expect(assertFinding(review, 'review/required-tier1', { severity: 'error', path: ['indicators'] }).code).toBe('review/required-tier1');
    expect(assertFinding(review.findings, 'review/required-tier1').severity).toBe('error');
    const invalid = validateDocument({ ...projectDeclaration(), fiscalYear: 'x' });
    expect(assertFinding(invalid, 'model/invalid-type', { path: ['fiscalYear'] }).field).toBe('/fiscalYear');
    expect(assertFinding(reconcileBudget(chizhouTangxi2022), 'budget/identity-fails').severity).toBe('error');
  });

  it('fail with a zh/en message that lists the findings there are', () => {
    const e = thrown(() => assertFinding(noSatisfaction(), 'review/target-missing'));
    expect(e.text).toEqual({ zh: '没有发现 review/target-missing；发现的是：', en: 'no review/target-missing finding; the findings are:' });
    expect(e.message).toContain('error review/required-tier1 /indicators: 缺少一级指标');
    expect(e.findings.map((f) => f.code)).toEqual(['review/required-tier1']);
    expect(thrown(() => assertFinding(noSatisfaction(), 'review/required-tier1', { severity: 'warning' })).text.en).toBe(
      'no review/required-tier1 (warning) finding; the findings are:',
    );
    expect(thrown(() => assertFinding([], 'review/x')).text.en).toBe('no review/x finding: there are no findings at all');
  });

  it('assertNoFinding and assertNoErrors pass on a clean document and fail listing what they found', () => {
    expect(() => assertNoFinding(reviewDocument(projectDeclaration()), 'review/required-tier1')).not.toThrow();
    expect(() => assertNoErrors(reviewDocument(unitDeclaration()))).not.toThrow();
    expect(thrown(() => assertNoFinding(noSatisfaction(), 'review/required-tier1')).text.en).toBe('expected no review/required-tier1 finding, found 1:');
    const e = thrown(() => assertNoErrors(noSatisfaction()));
    expect(e.text).toEqual({ zh: '应无错误，但发现 1 个错误：', en: 'expected no errors, found 1:' });
  });

  it('throw a TypeError naming the parameter for what is not a finding source or a code', () => {
    expect(() => assertFinding(42 as never, 'review/x')).toThrow(/^source:/);
    expect(() => assertFinding({} as never, 'review/x')).toThrow(/^source:/);
    expect(() => assertFinding([], 'required-tier1')).toThrow(/^code:/);
    expect(() => assertNoErrors(null as never)).toThrow(TypeError);
  });
});

describe('assertReconciles', () => {
  it('returns the reconciliation of a document that reconciles', () => {
    expect(assertReconciles(unitDeclaration()).identities.map((c) => c.holds)).toEqual([true, true]);
  });

  it('fails on a published table that does not reconcile, listing each identity that fails (zh/en)', () => {
    const e = thrown(() => assertReconciles(chizhouTangxi2022));
    expect(e.text).toEqual({ zh: '预算不平衡：', en: 'the budget does not reconcile:' });
    expect(e.findings.map((f) => f.path.join('/'))).toEqual(['budget/lines/0/initial', 'budget/lines/0/adjusted', 'budget/lines/0/executed']);
    expect(e.message).toContain('89.974');
  });

  it('passes the options on (a tolerance)', () => {
    const doc = projectDeclaration({ funds: { total: '120.01', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] } });
    expect(() => assertReconciles(doc)).toThrow(JixiaoAssertionError);
    expect(() => assertReconciles(doc, { tolerance: '0.01' })).not.toThrow();
    expect(() => assertReconciles({} as never)).toThrow(/^doc:/);
  });
});

describe('assertScores', () => {
  it('compares the total exactly as a decimal, and returns the scorecard', () => {
    expect(assertScores(selfEvaluation(), '100').total).toBe('100.00');
    expect(assertScores(selfEvaluation({ budget: selfEvaluationBudget('120', '96') }), '98.0').grade).toBe('优');
    expect(assertScores(tianchang2022, scoreSelfEvaluation(tianchang2022).total).scheme).toBe('national');
  });

  it('scores under the scheme given, or checks a scorecard already computed (a declaration with actuals)', () => {
    const scheme = defineScheme({ id: 'no-budget', extends: 'national', tiers: { output: { weight: '60' } }, budgetExecution: { weight: '0' } });
    if (!scheme.ok) throw new Error('scheme');
    const doc = selfEvaluation({ budget: selfEvaluationBudget('120', '60') });
    expect(assertScores(doc, '95', schemes.national).budgetExecution?.score).toBe('5.00');
    expect(assertScores(doc, scoreSelfEvaluation(doc, scheme.value).total, scheme.value).scheme).toBe('no-budget');
    const declared = projectDeclaration();
    const card = scoreDeclaration(declared, { indicators: { 助餐点数量: '6个' } }, schemes.national);
    expect(assertScores(card, card.total)).toBe(card);
  });

  it('fails with both totals and every row trace, and sets actual/expected for a diff', () => {
    const e = thrown(() => assertScores(selfEvaluation({ budget: selfEvaluationBudget('120', '96') }), '98.62'));
    expect(e.text).toEqual({ zh: '总分为 98.00，预期 98.62（方案 national）', en: 'the total is 98.00, expected 98.62 (scheme national)' });
    expect(e.actual).toBe('98.00');
    expect(e.expected).toBe('98.62');
    expect(e.message).toContain('预算执行率 / budget execution: 8.00 (10 × 80.00% = 8.00)');
    expect(e.message).toContain('数量指标/助餐点数量: 20.00');
  });

  it('throws a TypeError naming the parameter for a declaration, a non-decimal total, or a scheme beside a scorecard', () => {
    expect(() => assertScores(projectDeclaration() as never, '100')).toThrow(/^subject:/);
    expect(() => assertScores(selfEvaluation(), '98,62')).toThrow(/^expected:/);
    expect(() => assertScores(scoreSelfEvaluation(selfEvaluation()), '100', schemes.national)).toThrow(/^scheme:/);
  });
});
