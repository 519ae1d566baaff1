// The app's declaration rules, tested with jixiao/testing: each document is built in one line from defaults
// that pass the national review, so a test states only what it is about.
import { describe, expect, it } from 'vitest';
import { scoreSelfEvaluation } from 'jixiao';
import {
  assertFinding,
  assertNoErrors,
  assertNoFinding,
  assertScores,
  indicator,
  jixiaoMatchers,
  projectDeclaration,
  row,
  selfEvaluation,
  selfEvaluationBudget,
  type JixiaoMatchers,
} from 'jixiao/testing';
import { reviewForApp } from './declaration-rules.js';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Assertion<T = any> extends JixiaoMatchers<T> {}
}
expect.extend(jixiaoMatchers);

describe('our declaration rules', () => {
  it('accept the default project declaration', () => {
    assertNoErrors(reviewForApp(projectDeclaration()));
  });

  it('require a cost indicator in every project', () => {
    const review = reviewForApp(projectDeclaration({ without: ['成本指标'] }));
    assertFinding(review, 'review/cost-indicators', { severity: 'error' });
  });

  it('accept a cost indicator under the older 产出指标/成本指标 tier too', () => {
    const doc = projectDeclaration({ without: ['成本指标'], add: [indicator('产出指标/成本指标/每户补贴标准', '≤500元/户')] });
    assertNoFinding(reviewForApp(doc), 'review/cost-indicators');
  });

  it('require satisfaction targets of at least 90%', () => {
    const doc = projectDeclaration({ without: ['满意度指标'], add: [indicator('满意度指标/服务对象满意度指标/群众满意度', '≥85%')] });
    expect(reviewForApp(doc)).toHaveFinding('review/satisfaction-floor', { severity: 'error', path: ['indicators', 5, 'target'] });
    expect(reviewForApp(projectDeclaration())).not.toHaveFinding('review/satisfaction-floor');
  });

  it('warn about a short annual goal, and only about that', () => {
    const review = reviewForApp(projectDeclaration({ goal: { annual: '助餐', midTerm: null } }));
    expect(review).toHaveFinding('our-app/goal-too-short', { severity: 'warning', path: ['goal', 'annual'] });
    expect(review).toHaveNoErrors();
  });
});

describe('the self-evaluations we score', () => {
  it('score 100 when every row is met and the budget fully executed', () => {
    expect(selfEvaluation()).toScore('100');
  });

  it('lose the budget-execution points in proportion', () => {
    assertScores(selfEvaluation({ budget: selfEvaluationBudget('120', '96') }), '98');
  });

  it('score a row below its target in proportion to what was achieved', () => {
    const doc = selfEvaluation({ indicators: [row('产出指标/数量指标/入户指导', '≥30户', { actual: '24户', weight: '90' })] });
    const card = assertScores(doc, '82');
    expect(card.indicators[0]?.trace).toBe(scoreSelfEvaluation(doc).indicators[0]?.trace);
  });
});
