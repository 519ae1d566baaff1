import { describe, expect, it } from 'vitest';
import { reviewDocument } from 'jixiao';
import { chizhouTangxi2022, jixiaoMatchers, type JixiaoMatchers, projectDeclaration, selfEvaluation, selfEvaluationBudget, unitDeclaration } from 'jixiao/testing';

// How an app declares the matchers to vitest's types: through the structural interface, with no runner in the package.
declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends JixiaoMatchers<T> {}
}

expect.extend(jixiaoMatchers);

describe('jixiaoMatchers with expect.extend', () => {
  it('pass and fail as the assertions do, with .not', () => {
    expect(unitDeclaration()).toReconcile();
    expect(chizhouTangxi2022).not.toReconcile();
    expect(selfEvaluation()).toScore('100');
    expect(selfEvaluation({ budget: selfEvaluationBudget('120', '96') })).not.toScore('100');
    const review = reviewDocument(projectDeclaration({ without: ['满意度指标'] }));
    expect(review).toHaveFinding('review/required-tier1', { severity: 'error' });
    expect(review).not.toHaveFinding('review/target-missing');
    expect(reviewDocument(projectDeclaration())).toHaveNoErrors();
    expect(review).not.toHaveNoErrors();
  });

  it('fail with the assertions’ zh/en messages, and say what was found under .not', () => {
    expect(() => expect(selfEvaluation()).toScore('98.62')).toThrow(/总分为 100.00，预期 98.62（方案 national）\nthe total is 100.00, expected 98.62/);
    const review = reviewDocument(projectDeclaration({ without: ['满意度指标'] }));
    expect(() => expect(review).not.toHaveFinding('review/required-tier1')).toThrow(/发现了 review\/required-tier1，预期没有\nexpected no review\/required-tier1 finding, found one:\n {2}error review\/required-tier1/);
    expect(() => expect(unitDeclaration()).not.toReconcile()).toThrow(/expected the budget not to reconcile/);
  });

  it('let errors other than a failed assertion through (a wrong argument is a TypeError, not a failed expectation)', () => {
    expect(() => expect(42).toHaveFinding('review/x')).toThrow(TypeError);
    expect(() => expect(selfEvaluation()).not.toScore('hundred')).toThrow(/^expected: a decimal string/);
  });

  it('return { pass, message } when called directly (jest and vitest call them so)', () => {
    const r = jixiaoMatchers.toScore(selfEvaluation(), '100');
    expect(r.pass).toBe(true);
    expect(r.message()).toBe('总分为 100，预期不是\nexpected a total other than 100');
    expect(jixiaoMatchers.toReconcile(chizhouTangxi2022).pass).toBe(false);
  });
});
