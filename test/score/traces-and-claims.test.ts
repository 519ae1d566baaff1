import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/money/decimal';
import type { Indicator } from '../../src/model/index';
import { evaluateIndicator } from '../../src/evaluate/index';
import { schemes, scoreBudgetExecution, scoreIndicator, scoreSelfEvaluation, validateActuals } from '../../src/score/index';
import { row, selfEvaluation, target } from './helpers';

const half = (d: Dec) => d.toFixed(2, Dec.ROUND_HALF_UP);

describe('traces add up as written (issue 10.6)', () => {
  it('shows the exact ratio where the rate as shown would round to another score', () => {
    // 10 × 86.45% = 8.645 → 8.65, but 10 × 86445/100000 = 8.6445 → 8.64.
    expect(scoreBudgetExecution('100000', '86445', '10')).toMatchObject({ rate: '86.45', score: '8.64', trace: '10 × 86445/100000 = 8.64' });
    expect(scoreBudgetExecution('250000.00', '215457.60').trace).toBe('10 × 86.18% = 8.62');
  });

  it('every budget trace, evaluated as written, gives its score', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(amount, amount, fc.constantFrom('10', '20', '7.5', '3'), (adjusted, executed, w) => {
        const r = scoreBudgetExecution(adjusted, executed, w);
        const byRate = /^(\S+) × (\S+)% = (\S+)$/.exec(r.trace);
        const byRatio = /^(\S+) × (\S+)\/(\S+) = (\S+)$/.exec(r.trace);
        const capped = /^(\S+) × min\((\S+)%, 100%\) = (\S+)$/.exec(r.trace);
        if (byRate) expect(half(new Dec(byRate[1]!).times(byRate[2]!).div(100))).toBe(byRate[3]);
        else if (byRatio) expect(half(new Dec(byRatio[1]!).times(byRatio[2]!).div(byRatio[3]!))).toBe(byRatio[4]);
        else expect(capped?.[3]).toBe(half(new Dec(w)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('claims say how they compare', () => {
  const rows = [row('产出指标', '数量指标', '入户指导', '≥30户', '32户', '40', '40'), row('效益指标', '社会效益指标', '覆盖范围', '=14街镇', '14街镇', '50', '50')];

  it('a published 8.65 from the rounded rate differs by rounding, and so does a total that adds it up', () => {
    const card = scoreSelfEvaluation(selfEvaluation(rows, { adjusted: '100000', executed: '86445', weight: '10', rate: '86.45', score: '8.65' }, '98.65'));
    const score = card.claims.find((c) => c.subject === 'execution-score');
    expect(score).toMatchObject({ published: '8.65', computed: '8.64', status: 'differs-by-rounding' });
    expect(score?.note?.zh).toBe('表中按取整后的比例计算：10 × 86.45% = 8.65；按精确比例为 8.64');
    expect(card.claims.find((c) => c.subject === 'total')).toMatchObject({ published: '98.65', computed: '98.64', status: 'differs-by-rounding' });
    expect(card.warnings.filter((f) => f.code === 'score/claim-differs')).toEqual([]);
    expect(card.warnings.filter((f) => f.code === 'score/claim-differs-by-rounding').map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it('a 9 published against a computed 9.20 agrees only after rounding, not plainly (issue 11.3)', () => {
    const r = [row('产出指标', '数量指标', '入户指导', '≥100户', '92户', '10', '9'), row('产出指标', '数量指标', '培训', '≥10次', '10次', '80', '80.00')];
    const card = scoreSelfEvaluation(selfEvaluation(r, { adjusted: '100', executed: '100', weight: '10', score: '10' }));
    expect(card.claims.map((c) => [c.published, c.computed, c.status])).toEqual([
      ['9', '9.20', 'agrees-after-rounding'],
      ['80.00', '80.00', 'agrees'],
      ['10', '10.00', 'agrees'],
    ]);
    expect(card.warnings.filter((f) => f.code === 'score/claim-agrees-after-rounding').map((f) => f.message.en)).toEqual([
      "入户指导: the table says 9, the computation gives 9.20; they agree only at the table's precision",
    ]);
  });

  it('a row score computed from a rounded completion differs by rounding, with the arithmetic', () => {
    // 10 × 86.445/100 = 8.6445 → 8.64; with the completion rounded to 86.45%: 8.65.
    const r = [row('产出指标', '数量指标', '合格率', '≥100', '86.445', '10', '8.65')];
    const card = scoreSelfEvaluation(selfEvaluation(r, { adjusted: '100', executed: '100' }));
    expect(card.claims[0]).toMatchObject({ computed: '8.64', status: 'differs-by-rounding', note: { en: 'the table used a rounded ratio: 10 × 86.45% = 8.65; the exact ratio gives 8.64' } });
  });
});

describe('edge semantics (issue 10.7)', () => {
  const lt0: Indicator = { tier1: '产出指标', tier2: '质量指标', name: '安全事故', target: target('<0起') };

  it('a target <0 with an actual of 0 is not met and earns nothing (it used to earn full marks)', () => {
    expect(evaluateIndicator(lt0, '0起')).toMatchObject({ status: 'not-met', completion: null });
    expect(scoreIndicator(lt0, '0起', '10')).toMatchObject({ status: 'not-met', score: '0.00', trace: '0 < 0 ✗ → 0.00' });
    // ≤0 with 0 is met, and linear reverse scoring agrees with the ratio rule.
    expect(scoreIndicator({ ...lt0, target: target('≤0起') }, '0起', '10').score).toBe('10.00');
    expect(scoreIndicator(lt0, '0起', '10', { ...schemes.national, formulas: { reverse: 'linear', scoring: 'formula' } }).score).toBe('0.00');
  });

  it('validateActuals says it drops a __proto__ key, as for any key that matches no indicator', () => {
    const r = validateActuals(JSON.parse('{"indicators":{"__proto__":"3户","入户指导":"32户"}}'));
    expect(r.ok && r.value.indicators).toEqual({ 入户指导: '32户' });
    expect(r.warnings.map((f) => [f.code, f.path])).toEqual([['score/actual-unmatched', ['indicators', '__proto__']]]);
  });
});
