import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/money/decimal';
import type { Indicator, Operator } from '../../src/model/index';
import { schemes, scoreBudgetExecution, scoreIndicator } from '../../src/score/index';

// Scores are computed on scaled integers; these properties pin them to the decimal.js formulas they replace
// (w × (a / t) with a 40-digit quotient, rounded once half-up), on long decimals where roundings could differ.
const positive = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
  .map(([n, scale]) => new Dec(n.toString()).div(new Dec(10).pow(scale)).toFixed());

function indicator(op: Operator, t: string): Indicator {
  return { tier1: '产出指标', tier2: '数量指标', name: 'p', target: { kind: 'quantitative', op, value: t, unit: '个', raw: `${op}${t}个` } };
}

describe('ratio scores equal their decimal.js formulas', () => {
  it('positive and equality targets not met: w × (a / t)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Operator>('>=', '>', '='), positive, positive, positive, (op, t, a, w) => {
        fc.pre(new Dec(a).lt(t));
        const expected = new Dec(w).times(new Dec(a).div(t)).toFixed(2, Dec.ROUND_HALF_UP);
        const r = scoreIndicator(indicator(op, t), { kind: 'quantitative', value: a, unit: '个', raw: '' }, w, schemes.national);
        expect(r.score).toBe(expected);
        expect(r.trace).toBe(`${w} × ${a}/${t} = ${expected}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('reverse targets not met: w × (t / a)', () => {
    fc.assert(
      fc.property(fc.constantFrom<Operator>('<=', '<'), positive, positive, positive, (op, t, a, w) => {
        fc.pre(new Dec(a).gt(t));
        const expected = new Dec(w).times(new Dec(t).div(a)).toFixed(2, Dec.ROUND_HALF_UP);
        expect(scoreIndicator(indicator(op, t), { kind: 'quantitative', value: a, unit: '个', raw: '' }, w, schemes.national).score).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('budget execution: w × min(executed / adjusted, cap)', () => {
    fc.assert(
      fc.property(positive, positive, positive, (adjusted, executed, w) => {
        const q = new Dec(executed).div(adjusted);
        const r = scoreBudgetExecution(adjusted, executed, w);
        expect(r.rate).toBe(q.times(100).toFixed(2, Dec.ROUND_HALF_UP));
        expect(r.score).toBe(new Dec(w).times(q.gt(1) ? 1 : q).toFixed(2, Dec.ROUND_HALF_UP));
      }),
      { numRuns: 1000 },
    );
  });
});
