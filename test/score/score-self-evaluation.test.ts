import { describe, expect, it } from 'vitest';
import { defineScheme, national, schemes, scoreSelfEvaluation, type CustomScorerContext } from '../../src/score/index';
import type { SelfEvaluation } from '../../src/model/index';
import { load, row, selfEvaluation } from './helpers';

const tianchang = load('test/fixtures/ah-tianchang-2022-project-self-evaluation.txt') as SelfEvaluation;
const tangxi = load('test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt') as SelfEvaluation;

describe('scoreSelfEvaluation: published checks', () => {
  it('a Shanghai-like table with five indicators at full marks and execution 86.18% gives 98.62 优', () => {
    const doc = selfEvaluation(
      [
        row('产出指标', '数量指标', '入户指导', '≥30户', '32户', '20', '20'),
        row('产出指标', '质量指标', '补贴标准执行准确率', '=100%', '100%', '20', '20'),
        row('产出指标', '时效指标', '补贴发放及时性', '及时', '及时', '10', '10'),
        row('效益指标', '社会效益指标', '覆盖范围', '=14街镇', '14街镇', '30', '30'),
        row('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥80%', '92%', '10', '10'),
      ],
      { adjusted: '250000.00', executed: '215457.60', weight: '10', rate: '86.18', score: '8.62' },
      '98.62',
    );
    const card = scoreSelfEvaluation(doc);
    expect([card.total, card.grade, card.maximum, card.complete]).toEqual(['98.62', '优', '100', true]);
    expect(card.budgetExecution).toMatchObject({ rate: '86.18', score: '8.62', trace: '10 × 86.18% = 8.62' });
    expect(card.claims.map((c) => [c.subject, c.status])).toEqual([
      ['indicator', 'agrees'],
      ['indicator', 'agrees'],
      ['indicator', 'agrees'],
      ['indicator', 'agrees'],
      ['indicator', 'agrees'],
      ['execution-rate', 'agrees'],
      ['execution-score', 'agrees'],
      ['total', 'agrees'],
    ]);
    expect(card.tiers.map((t) => [t.key, t.weight, t.score])).toEqual([
      ['output', '50', '50.00'],
      ['outcome', '30', '30.00'],
      ['satisfaction', '10', '10.00'],
    ]);
  });

  it('Tianchang under the national defaults: the honest arithmetic gives 30.00, not 100', () => {
    const card = scoreSelfEvaluation(tianchang);
    expect([card.total, card.grade, card.complete]).toEqual(['30.00', '差', false]);
    // Rows with a weight but no target and no actual are not reported: 0 each and flagged, never silently full.
    const byStatus = card.indicators.map((r) => [r.status, r.score]);
    expect(byStatus).toEqual([
      ['met', '10.00'],
      ['met', '10.00'],
      ['not-reported', '0.00'],
      ['not-reported', '0.00'],
      ['not-reported', '0.00'],
      ['not-reported', '0.00'],
      ['not-reported', '0.00'],
      ['not-applicable', null],
      ['not-reported', '0.00'],
      ['incomparable', null],
    ]);
    expect(card.indicators[9]?.findings.map((f) => f.code)).toEqual(['evaluate/operator-missing', 'score/unscored']);
    expect(card.indicators[7]?.weight).toBe('0');
    // A row scored 0 only because its actual is blank is not contradicted by the table: its score is unverifiable,
    // and so is the total, whose difference lies in those rows; the table's own parts add up to its total.
    expect(card.claims.filter((c) => c.status === 'differs')).toEqual([]);
    expect(card.claims.filter((c) => c.status === 'unverifiable').map((c) => c.line)).toEqual([16, 19, 22, 25, 28, 34, 37, 40]);
    expect(card.claims.find((c) => c.subject === 'total')).toMatchObject({
      published: '100',
      computed: '30.00',
      difference: '70.00',
      status: 'unverifiable',
      note: { zh: '7 项得分无法核实；表中各项得分合计 100，与表中总分一致' },
    });
    expect(card.warnings.filter((w) => w.code === 'score/claim-differs')).toEqual([]);
    expect(card.budgetExecution).toMatchObject({ rate: '100.00', score: '10.00' });
  });

  it('a published total whose own parts do not add up differs, even when some parts cannot be checked', () => {
    const doc = selfEvaluation(
      [row('产出指标', '数量指标', '入户指导', '≥30户', '', '50', '50'), row('效益指标', '社会效益指标', '覆盖范围', '=14街镇', '14街镇', '40', '40')],
      { adjusted: '100', executed: '100', weight: '10', rate: '100', score: '10' },
      '95',
    );
    const total = scoreSelfEvaluation(doc).claims.find((c) => c.subject === 'total');
    expect(total).toMatchObject({ published: '95', computed: '50.00', status: 'differs', note: { zh: '表中各项得分合计 100，与表中总分 95 不符' } });
  });

  it('Tianchang scores 100 with every checkable claim agreeing under two documented settings (never hard-coded)', () => {
    // missingOperator 'at-least': read `90%` as ≥90% (RULES §2, caller policy);
    // missingActual 'published': a row with no actual takes the table's own score, marked unverifiable.
    const asPublished = defineScheme({ extends: 'national', id: 'as-published', missingOperator: 'at-least', missingActual: 'published' });
    if (!asPublished.ok) throw new Error('scheme');
    const card = scoreSelfEvaluation(tianchang, asPublished.value);
    expect([card.total, card.grade]).toEqual(['100.00', '优']);
    expect(card.claims.filter((c) => c.status === 'differs')).toEqual([]);
    expect(card.claims.filter((c) => c.status === 'unverifiable').map((c) => c.label.zh)).toEqual([
      '指标1:工程质量合格',
      '指标1:年度资金支付完成率100%',
      '指标1:资金执行在预算范围内',
      '指标1:全市安全度汛',
      '指标1:保护全市人口财产不受损失',
      '指标1:已建工程良性运行',
    ]);
    expect(card.claims.filter((c) => c.status === 'agrees').map((c) => c.subject)).toEqual(['indicator', 'indicator', 'indicator', 'execution-score', 'total']);
    // The total agrees, and says that six of its parts are the table's own scores.
    expect(card.claims.find((c) => c.subject === 'total')?.note?.zh).toBe('与核算一致，但其中 6 项得分无法核实');
    expect(card.complete).toBe(false);
  });

  it('Tangxi: the zero total makes the execution rate undefined; the published 0 / 0 cannot be verified', () => {
    const card = scoreSelfEvaluation(tangxi);
    expect(card.budgetExecution).toMatchObject({ adjusted: '0', executed: '0', rate: null, score: null });
    expect(card.warnings.filter((w) => w.code.startsWith('budget/') || w.code === 'score/budget-execution-unscored').map((w) => [w.code, w.line])).toEqual([
      ['budget/zero-adjusted-budget', 5],
      ['score/budget-execution-unscored', 5],
    ]);
    expect(card.claims.filter((c) => c.subject !== 'indicator').map((c) => [c.subject, c.published, c.computed, c.status])).toEqual([
      ['execution-rate', '0', null, 'unverifiable'],
      ['execution-score', '0', null, 'unverifiable'],
    ]);
    expect(card.claims.filter((c) => c.subject === 'indicator').every((c) => c.status === 'agrees')).toBe(true);
    expect([card.total, card.maximum]).toEqual(['80.00', '90']);
  });

  it('reproduces the constructed separate-column (99.18) and coefficient (93.78) tables', () => {
    const sichuan = scoreSelfEvaluation(load('test/fixtures/constructed-separate-column-self-evaluation.txt') as SelfEvaluation);
    expect(sichuan.total).toBe('99.18');
    expect(sichuan.indicators[2]?.trace).toBe('15 × 93/95 = 14.68');
    expect(sichuan.claims.every((c) => c.status === 'agrees')).toBe(true);
    const cq = defineScheme({ extends: 'national', id: 'chongqing', formulas: { scoring: 'coefficient' } });
    if (!cq.ok) throw new Error('scheme');
    const unit = scoreSelfEvaluation(load('test/fixtures/constructed-unit-self-evaluation.txt') as SelfEvaluation, cq.value);
    expect(unit.total).toBe('93.78');
    expect(unit.indicators.map((r) => r.trace)).toContain('10 × 97.78% = 9.78');
    expect(unit.claims.every((c) => c.status === 'agrees')).toBe(true);
  });
});

describe('scoreSelfEvaluation: weights', () => {
  it('spreads a tier over undeclared rows exactly and rescales not-applicable weights over the rest', () => {
    const doc = selfEvaluation(
      [
        row('产出指标', '数量指标', 'a', '≥1个', '1个', null),
        row('产出指标', '数量指标', 'b', '≥1个', '1个', null),
        row('产出指标', '质量指标', 'c', '≥1个', '1个', null),
        row('效益指标', '社会效益指标', 'd', '提升', '达成年度指标', null),
        row('效益指标', '生态效益指标', 'e', '/', '/', null),
        row('满意度指标', '服务对象满意度指标', 'f', '≥90%', '95%', null),
      ],
      { adjusted: '100', executed: '100' },
    );
    const card = scoreSelfEvaluation(doc);
    // 产出 50 → 50/3 each; 效益 30 → 15 + 15 (e not applicable); 满意度 10; then e's 15 rescaled over the other 75.
    const weights = card.indicators.map((r) => r.weight);
    expect(weights).toEqual(['20.00', '20.00', '20.00', '18.00', '0', '12.00']);
    expect(weights.reduce((s, w) => s + Math.round(Number(w) * 100), 0)).toBe(9000);
    expect(card.total).toBe('100.00');
    expect(card.warnings.map((w) => w.code)).toContain('score/not-applicable-rescaled');
  });

  it('spreads by second tier on request, and drops not-applicable weights on request', () => {
    const doc = selfEvaluation(
      [
        row('产出指标', '数量指标', 'a', '≥1个', '1个', null),
        row('产出指标', '数量指标', 'b', '≥1个', '1个', null),
        row('产出指标', '质量指标', 'c', '/', '/', null),
      ],
      { adjusted: '100', executed: '50' },
    );
    const s = defineScheme({ extends: 'national', id: 's', weights: { spread: 'by-tier2' }, notApplicable: 'drop' });
    if (!s.ok) throw new Error('scheme');
    const card = scoreSelfEvaluation(doc, s.value);
    expect(card.indicators.map((r) => r.weight)).toEqual(['12.50', '12.50', '25.00']);
    expect([card.total, card.maximum]).toEqual(['30.00', '35']);
    expect(card.warnings.map((w) => w.code)).toContain('score/weights-total');
  });

  it('scores under Hubei: budget 20, bands 80/50', () => {
    const doc = selfEvaluation(
      [row('产出指标', '数量指标', 'a', '≥10个', '8个', null), row('效益指标', '社会效益指标', 'b', '提升', '部分达成年度指标并具有一定效果', null)],
      { adjusted: '100', executed: '90' },
    );
    const card = scoreSelfEvaluation(doc, schemes.hubei);
    expect(card.budgetExecution).toMatchObject({ weight: '20', score: '18.00' });
    expect(card.indicators.map((r) => r.score)).toEqual(['32.00', '20.00']);
    expect(card.total).toBe('70.00');
  });

  it('expresses the 决策/管理/绩效 tier model and a custom scorer', () => {
    const scheme = defineScheme({
      extends: 'national',
      id: 'dmp',
      budgetExecution: { weight: '0' },
      tiers: [
        { key: 'decision', label: { zh: '决策', en: 'decision' }, weight: '2', categories: [], labels: ['决策'] },
        { key: 'management', label: { zh: '管理', en: 'management' }, weight: '13', categories: [], labels: ['管理'] },
        { key: 'performance', label: { zh: '绩效', en: 'performance' }, weight: '85', categories: [], labels: ['绩效'] },
      ],
      customScorers: [
        { match: '资金到位率', score: (ctx: CustomScorerContext) => ({ score: ctx.evaluation.status === 'met' ? ctx.weight : '0', trace: 'all or nothing' }) },
        { match: (i: { name: string }) => i.name.startsWith('超'), score: () => ({ score: '999' }) },
      ],
    });
    if (!scheme.ok) throw new Error(JSON.stringify(scheme.errors));
    const doc = selfEvaluation(
      [
        row('决策', '项目立项', '立项依据充分性', '充分', '达成年度指标', null),
        row('管理', '资金管理', '资金到位率', '=100%', '99%', null),
        row('绩效', '产出', '完成数量', '≥100个', '90个', null),
        row('绩效', '产出', '超额', '≥1个', '1个', null),
      ],
      { adjusted: null, executed: null },
    );
    const card = scoreSelfEvaluation(doc, scheme.value);
    expect(card.indicators.map((r) => [r.tier, r.weight, r.score, r.formula])).toEqual([
      ['decision', '2.00', '2.00', 'qualitative-band'],
      ['management', '13.00', '0.00', 'custom'],
      ['performance', '42.50', '38.25', 'positive-ratio'],
      ['performance', '42.50', '42.50', 'custom'],
    ]);
    expect(card.indicators[1]?.trace).toBe('all or nothing → 0.00');
    expect(card.indicators[3]?.findings.map((f) => f.code)).toEqual(['score/custom-out-of-range']);
    expect(card.budgetExecution).toBeNull();
    expect(card.total).toBe('82.75');
  });

  it('flags a published row score that differs, with the difference', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', 'a', '≥30户', '24户', '50', '50')], { adjusted: '10', executed: '10', score: '10' }, '100');
    const card = scoreSelfEvaluation(doc);
    expect(card.claims[0]).toMatchObject({ published: '50', computed: '40.00', difference: '10.00', status: 'differs' });
    expect(card.warnings.filter((w) => w.code === 'score/claim-differs').length).toBe(2);
  });

  it('skips empty template rows with one note', () => {
    const empty = { ...row('产出指标', '数量指标', '指标2:', '≥1个', '', null), target: { kind: 'missing' as const, raw: '' } };
    const card = scoreSelfEvaluation(selfEvaluation([row('产出指标', '数量指标', 'a', '≥1个', '1个', '50'), empty, empty], { adjusted: '1', executed: '1' }));
    expect(card.indicators.length).toBe(1);
    expect(card.warnings.find((w) => w.code === 'score/empty-rows-skipped')?.message.en).toBe('2 empty template rows skipped (no target, actual, weight or score)');
  });

  it('does not change its input', () => {
    const copy = structuredClone(tianchang);
    scoreSelfEvaluation(tianchang);
    expect(tianchang).toEqual(copy);
    expect(national.id).toBe('national');
  });
});

describe('scoreSelfEvaluation: budget and missing-actual settings', () => {
  it('rescales a zero budget’s weight over the indicators when it is not applicable', () => {
    const s = defineScheme({ extends: 'national', id: 'zero-na', budgetExecution: { zeroBudget: 'not-applicable' } });
    if (!s.ok) throw new Error('scheme');
    const doc = selfEvaluation([row('产出指标', '数量指标', 'a', '≥10个', '10个', '50'), row('效益指标', '社会效益指标', 'b', '≥10个', '5个', '40')], { adjusted: '0', executed: '0' });
    const card = scoreSelfEvaluation(doc, s.value);
    expect(card.indicators.map((r) => [r.weight, r.score])).toEqual([
      ['55.56', '55.56'],
      ['44.44', '22.22'],
    ]);
    expect([card.total, card.maximum, card.budgetExecution?.score]).toEqual(['77.78', '100', null]);
  });

  it('leaves a missing actual unscored, or 0, as the scheme says', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', 'a', '≥10个', '', '50', '50')], { adjusted: '1', executed: '1' });
    const s = defineScheme({ extends: 'national', id: 'unscored', missingActual: 'unscored' });
    if (!s.ok) throw new Error('scheme');
    expect(scoreSelfEvaluation(doc, s.value).indicators[0]).toMatchObject({ status: 'not-reported', score: null, formula: 'none' });
    expect(scoreSelfEvaluation(doc).indicators[0]).toMatchObject({ status: 'not-reported', score: '0.00', formula: 'missing-actual' });
  });
});
