import { describe, expect, it } from 'vitest';
import { reconcileBudget, reviewDocument, ruleSets, scoreSelfEvaluation, validateDocument } from 'jixiao';
import { indicator, projectDeclaration, row, selfEvaluation, selfEvaluationBudget, unitDeclaration } from 'jixiao/testing';

describe('document builders (issue 11, wall 2: the smallest valid literal was 18–32 lines and failed the review)', () => {
  it('give every kind a document that validates, reconciles and passes the national review with no finding', () => {
    for (const doc of [unitDeclaration(), projectDeclaration(), selfEvaluation(), selfEvaluation({ scope: 'unit' })]) {
      expect(validateDocument(doc).ok, doc.kind).toBe(true);
      expect(reconcileBudget(doc).ok, doc.kind).toBe(true);
      expect(reviewDocument(doc, ruleSets.national).findings, doc.kind).toEqual([]);
    }
  });

  it('make a self-evaluation that scores 100 under the national scheme, with no claims', () => {
    const card = scoreSelfEvaluation(selfEvaluation());
    expect(card.total).toBe('100.00');
    expect(card.claims).toEqual([]);
    expect(card.complete).toBe(true);
  });

  it('replace fields, add indicators and leave out indicators by path', () => {
    const cost = indicator('成本指标/经济成本指标/每户补贴', '≤500元/户');
    const doc = projectDeclaration({ projectName: '入户指导', add: [cost], without: ['满意度指标', '产出指标/时效指标'] });
    expect(doc.projectName).toBe('入户指导');
    expect(doc.indicators.at(-1)).toEqual(cost);
    expect(doc.indicators.map((i) => i.tier1)).not.toContain('满意度指标');
    expect(doc.indicators.map((i) => i.tier2)).not.toContain('时效指标');
    expect(projectDeclaration({ without: ['产出指标/数量指标/助餐点数量'] }).indicators).toHaveLength(5);
    expect(selfEvaluation({ indicators: [], add: [row('产出指标/数量指标/入户指导', '≥30户', { actual: '32户', weight: '90' })] }).indicators).toHaveLength(1);
  });

  it('return a new document on every call, and leave the options they were given as they were', () => {
    expect(projectDeclaration()).not.toBe(projectDeclaration());
    expect(projectDeclaration().indicators).not.toBe(projectDeclaration().indicators);
    const add = [indicator('成本指标/经济成本指标/每户补贴', '≤500元/户')];
    const options = { add, without: ['满意度指标'] };
    const before = structuredClone(options);
    projectDeclaration(options);
    expect(options).toEqual(before);
  });

  it('refuse options that make an invalid document, with a TypeError that names the parameter', () => {
    expect(() => projectDeclaration({ fiscalYear: 1800 })).toThrow(/^options: the document built is not valid: .*too small/);
    expect(() => projectDeclaration(null as never)).toThrow(TypeError);
  });

  it('build the budget block of a self-evaluation from its two figures, reconciled, with a weight of 10', () => {
    const doc = selfEvaluation({ budget: selfEvaluationBudget('120', '96') });
    expect(reconcileBudget(doc).ok).toBe(true);
    expect(scoreSelfEvaluation(doc).budgetExecution?.trace).toBe('10 × 80.00% = 8.00');
    expect(scoreSelfEvaluation(doc).total).toBe('98.00');
    expect(selfEvaluationBudget('1', '1', { weight: null, publishedRate: '100', publishedScore: '10' })).toMatchObject({ weight: null, publishedRate: '100', publishedScore: '10' });
  });
});

describe('indicator and row: from notation, as the table writes them', () => {
  it('reads the path and the target', () => {
    expect(indicator('产出指标/数量指标/入户指导', '≥30户')).toEqual({
      tier1: '产出指标',
      tier2: '数量指标',
      name: '入户指导',
      target: { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥30户' },
    });
    expect(indicator('效益指标/社会效益指标/服务覆盖/人次', '明显提升', { weight: '10', note: '按季度', midTermTarget: '≥90%' })).toMatchObject({
      name: '服务覆盖/人次',
      weight: '10',
      note: '按季度',
      midTermTarget: { op: '>=', value: '90', unit: '%' },
    });
  });

  it('reads a row with its actual, weight and published score', () => {
    const r = row('产出指标/数量指标/入户指导', '≥30户', { actual: '32户', weight: '20', publishedScore: '20', adjustedTarget: '≥28户' });
    expect(r).toMatchObject({
      actual: { kind: 'quantitative', value: '32', unit: '户', raw: '32户' },
      weight: '20',
      publishedScore: '20',
      deviationNote: null,
      adjustedTarget: { value: '28' },
    });
    expect(row('效益指标/社会效益指标/便利度', '明显提升', { actual: '达成' }).actual).toEqual({ kind: 'grade', grade: 'achieved', raw: '达成' });
    expect(row('效益指标/社会效益指标/便利度', '明显提升', { actual: '达成' }).weight).toBeNull();
  });

  it('throw a TypeError naming the parameter for a short path or a missing actual', () => {
    expect(() => indicator('产出指标/入户指导', '≥30户')).toThrow(/^path: expected "一级指标\/二级指标\/三级指标"/);
    expect(() => indicator(undefined as never, '≥30户')).toThrow(TypeError);
    expect(() => indicator('产出指标/数量指标/入户指导', 30 as never)).toThrow(/^target:/);
    expect(() => row('产出指标/数量指标/入户指导', '≥30户', {} as never)).toThrow(/^options\.actual:/);
    expect(() => row('产出指标/数量指标/入户指导', '≥30户', undefined as never)).toThrow(/^options:/);
  });
});

describe('add and without together', () => {
  it('leave out indicators of the list, never those added (a category can be replaced in one line)', () => {
    const satisfaction = indicator('满意度指标/服务对象满意度指标/群众满意度', '≥85%');
    const doc = projectDeclaration({ without: ['满意度指标'], add: [satisfaction] });
    expect(doc.indicators.filter((i) => i.tier1 === '满意度指标')).toEqual([satisfaction]);
  });
});
