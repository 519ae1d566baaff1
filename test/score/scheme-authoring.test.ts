import { describe, expect, it } from 'vitest';
import type { SelfEvaluation } from '../../src/model/index';
import { defineScheme, parseScheme, schemes, scoreSelfEvaluation, type CustomScorer } from '../../src/score/index';
import { load, row, selfEvaluation } from './helpers';

function scheme(r: ReturnType<typeof defineScheme>) {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

describe('weights: the table’s or the scheme’s, by policy (issue 11.3)', () => {
  const doc = selfEvaluation(
    [row('产出指标', '数量指标', '入户指导', '≥30户', '32户', '30', '30'), row('产出指标', '质量指标', '合格率', '≥90%', '95%', '20', '20'), row('效益指标', '社会效益指标', '覆盖范围', '=14街镇', '14街镇', '40', '40')],
    { adjusted: '100', executed: '100', weight: '10', score: '10' },
    '100',
  );

  it('by default the table’s 分值 win (RULES §4)', () => {
    expect(scoreSelfEvaluation(doc).indicators.map((r) => r.weight)).toEqual(['30', '20', '40']);
  });

  it('under weights.from "scheme" the scheme’s tier weights are spread, and the table’s weights become claims', () => {
    const s = scheme(defineScheme({ extends: 'national', weights: { from: 'scheme' }, tiers: { output: { weight: '40' }, outcome: { weight: '40' } } }));
    const card = scoreSelfEvaluation(doc, s);
    expect(card.indicators.map((r) => [r.weight, r.declaredWeight, r.score])).toEqual([
      ['20.00', '30', '20.00'],
      ['20.00', '20', '20.00'],
      ['40.00', '40', '40.00'],
    ]);
    const weights = card.claims.filter((c) => c.subject === 'indicator-weight' || c.subject === 'execution-weight');
    expect(weights.map((c) => [c.path, c.published, c.computed, c.status])).toEqual([
      ['/indicators/0/weight', '30', '20.00', 'differs'],
      ['/indicators/1/weight', '20', '20.00', 'agrees'],
      ['/indicators/2/weight', '40', '40.00', 'agrees'],
      ['/budget/weight', '10', '10', 'agrees'],
    ]);
    expect(card.warnings.filter((f) => f.code === 'score/table-weights-not-used').map((f) => f.message.en)).toEqual([
      "the scheme's weights are used (weights.from: \"scheme\"): the table's 4 weights are only checked (1 differ from the scheme's)",
    ]);
  });
});

describe('fixed qualitative points', () => {
  const fixed = scheme(defineScheme({ extends: 'national', id: 'fixed', qualitative: { fixedPoints: { achieved: '1', 'partly-achieved': '0.7', 'not-achieved': '0' } } }));
  const partly = (published: string | null) =>
    selfEvaluation([row('产出指标', '时效指标', '及时性', '及时', '部分达成年度指标并具有一定效果', '20', published), row('产出指标', '数量指标', 'n', '≥1', '1', '70', '70')], { adjusted: '1', executed: '1' });

  it('score 部分达成 at 70% whatever the table says; the table’s score is a claim only', () => {
    const inside = scoreSelfEvaluation(partly('15'), fixed);
    expect(inside.indicators[0]).toMatchObject({ score: '14.00', trace: '20 × 70% = 14.00' });
    expect(inside.claims[0]).toMatchObject({ published: '15', computed: '14.00', status: 'differs' });
    // Under the bands, the same 15 lies in [12, 16) and is taken as the score.
    expect(scoreSelfEvaluation(partly('15')).indicators[0]?.score).toBe('15.00');
    expect(scoreSelfEvaluation(partly('14'), fixed).claims[0]?.status).toBe('agrees');
  });

  it('are refused when they do not rise with the grade, or beside missingActual "published"', () => {
    const down = defineScheme({ extends: 'national', qualitative: { fixedPoints: { achieved: '0.5', 'partly-achieved': '0.7', 'not-achieved': '0' } } });
    expect(!down.ok && down.errors.map((e) => e.code)).toEqual(['score/scheme-fixed-points']);
    const taken = defineScheme({ extends: 'national', missingActual: 'published', qualitative: { fixedPoints: { achieved: '1', 'partly-achieved': '0.7', 'not-achieved': '0' } } });
    expect(!taken.ok && taken.errors[0]?.message.en).toContain('never takes a table’s score as an input');
  });
});

describe('custom scorers are checked', () => {
  const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '32户', '50'), row('效益指标', '社会效益指标', '覆盖范围', '=14街镇', '14街镇', '40')], { adjusted: '1', executed: '1' });

  it('at definition: a score that is no function is refused, with its path', () => {
    const r = defineScheme({ extends: 'national', customScorers: [{ match: '入户指导', score: 'x' } as unknown as CustomScorer, { match: 3 } as unknown as CustomScorer] });
    expect(!r.ok && r.errors.map((e) => [e.code, e.path])).toEqual([
      ['score/scheme-custom-scorer-invalid', ['customScorers', 0, 'score']],
      ['score/scheme-custom-scorer-invalid', ['customScorers', 1, 'match']],
      ['score/scheme-custom-scorer-invalid', ['customScorers', 1, 'score']],
    ]);
  });

  it('at scoring: junk is a finding naming the indicator; a name that matches nothing is a warning with the closest name', () => {
    const junk = scheme(defineScheme({ extends: 'national', customScorers: [{ match: '入户指导', score: () => ({ score: '1e3' }) }, { match: '覆盖范国', score: () => ({ score: '0' }) }] }));
    const card = scoreSelfEvaluation(doc, junk);
    expect(card.indicators[0]).toMatchObject({ score: null, formula: 'custom' });
    expect(card.indicators[0]?.findings.map((f) => f.message.en)).toEqual(['the custom scorer returned { score: "1e3", … } for "入户指导", not { score: a decimal string or null }; the indicator is not scored']);
    expect(card.warnings.filter((f) => f.code === 'score/custom-scorer-unmatched').map((f) => f.message.zh)).toEqual(['自定义评分“覆盖范国”没有匹配任何指标；是否应为“覆盖范围”？']);
  });

  it('a trace that already ends with the score does not get a second one', () => {
    const s = scheme(defineScheme({ extends: 'national', customScorers: [{ match: '入户指导', score: (ctx) => ({ score: ctx.weight, trace: `on time → ${ctx.weight}` }) }, { match: '覆盖范围', score: () => ({ score: '30', trace: 'by hand' }) }] }));
    expect(scoreSelfEvaluation(doc, s).indicators.map((r) => r.trace)).toEqual(['on time → 50', 'by hand → 30.00']);
  });
});

describe('defineScheme says what users mean', () => {
  it('refuses weights that do not add up to the total (95 or 110), as an error', () => {
    for (const weight of ['5', '20']) {
      const r = defineScheme({ extends: 'national', budgetExecution: { weight } });
      expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['score/scheme-weights-total']);
    }
  });

  it('names a derived scheme after its base, and drops the provenance of what it changed', () => {
    const r = scheme(defineScheme({ extends: 'national', formulas: { reverse: 'linear' } }));
    expect([r.id, r.label.en]).toEqual(['national+', 'based on national default (MOF 2020 No. 10)']);
    expect(r.provenance['formulas.reverse']).toBeUndefined();
    expect(r.provenance['formulas.positive']).toEqual(schemes.national.provenance['formulas.positive']);
  });

  it('merges tiers and grades by key, so that changing three weights restates nothing else', () => {
    const r = scheme(defineScheme({ extends: 'national', id: 'p', budgetExecution: { weight: '10' }, tiers: { output: { weight: '40' }, outcome: { weight: '40' } }, grades: { 良: { min: '75' }, 中: { max: '75' } } }));
    expect(r.tiers.map((t) => [t.key, t.weight, t.categories])).toEqual([
      ['output', '40', ['output', 'cost']],
      ['outcome', '40', ['outcome']],
      ['satisfaction', '10', ['satisfaction']],
    ]);
    expect(r.grades.map((g) => `${g.grade} ${g.min}-${g.max}`)).toEqual(['优 90-100', '良 75-90', '中 60-75', '差 0-60']);
    const typo = defineScheme({ extends: 'national', tiers: { outptu: { weight: '40' } } });
    expect(!typo.ok && typo.errors[0]?.message.en).toContain('the base scheme has no tier "outptu" (it has: output, outcome, satisfaction); did you mean "output"?');
  });

  it('grades on the share of a reduced maximum when asked, and says which basis it used', () => {
    // 56.61 out of 60: 差 on the score, 优 on the share (94.35 of 100).
    const rows = [row('产出指标', '数量指标', 'a', '≥1', '1', '25'), row('效益指标', '社会效益指标', 'b', '≥100', '86.44', '25')];
    const doc = selfEvaluation(rows, { adjusted: '1', executed: '1', weight: '10' });
    const onScore = scoreSelfEvaluation(doc);
    expect([onScore.total, onScore.maximum, onScore.grade, onScore.grading, onScore.complete]).toEqual(['56.61', '60', '差', { basis: 'score', value: '56.61' }, true]);
    expect(onScore.warnings.map((f) => f.code)).toContain('score/graded-on-score');
    const share = scheme(defineScheme({ extends: 'national', gradeBasis: 'share-of-maximum' }));
    const onShare = scoreSelfEvaluation(doc, share);
    expect([onShare.total, onShare.grade, onShare.grading]).toEqual(['56.61', '优', { basis: 'share-of-maximum', value: '94.35' }]);
  });

  it('hints at the coefficient model when a table gives 得分系数 under a formula scheme', () => {
    const unit = load('test/fixtures/constructed-unit-self-evaluation.txt') as SelfEvaluation;
    expect(scoreSelfEvaluation(unit).warnings.filter((f) => f.code === 'score/coefficient-not-used').map((f) => f.message.en)).toEqual([
      expect.stringContaining('set formulas: { scoring: "coefficient" }'),
    ]);
    const cq = scheme(defineScheme({ extends: 'national', formulas: { scoring: 'coefficient' } }));
    expect(scoreSelfEvaluation(unit, cq).warnings.some((f) => f.code === 'score/coefficient-not-used')).toBe(false);
  });

  it('reads JSON with parseScheme, suggesting the field or value meant, in both languages', () => {
    const r = parseScheme({ extends: 'national', totl: '100', formulas: { reverse: 'linaer' } });
    expect(!r.ok && r.errors.map((e) => e.message)).toEqual([
      {
        zh: '评分方案 /formulas/reverse：取值无效："linaer" 应为 "ratio" / "linear" 之一；是否应为 "linear"？',
        en: 'scheme /formulas/reverse: invalid value: "linaer" expected one of "ratio", "linear"; did you mean "linear"?',
      },
      { zh: '评分方案 (root)：未知字段：totl（不会被静默丢弃）；是否应为 total？', en: 'scheme (root): unknown field(s): totl (not silently dropped); did you mean total?' },
    ]);
    const preset = parseScheme({ extends: 'hubie' });
    expect(!preset.ok && preset.errors[0]?.message.en).toBe('unknown preset scheme "hubie" (known: national, hubei); did you mean "hubei"?');
    const negative = parseScheme({ extends: 'national', total: '-100' });
    expect(!negative.ok && negative.errors[0]?.message.zh).toBe('评分方案 /total：不能为负数');
  });
});
