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

// Met rows score their weight and fully achieved qualitative rows their weight × 100%, both rounded once per
// weight (weightOf) instead of per row: pinned here to the general formulas, with Dec (weights beyond 40
// significant digits included, where the short cut is not taken).
describe('the weight rounded once equals the general formula', () => {
  // Weights are never negative (a negative one is refused before scoring): zero, short, and beyond 40 digits.
  const weight = fc.oneof(positive, fc.constantFrom('0', '0.00', '2.865', '4.00', '1234567890123456789012345678901234567890.5', '12345678901234567890123456789012345678901234.555'));
  const qualitative: Indicator = { tier1: '产出指标', tier2: '质量指标', name: 'q', target: { kind: 'qualitative', text: '及时', raw: '及时' } };

  it('a fully achieved qualitative row: w × 100% (a 40-digit product)', () => {
    fc.assert(
      fc.property(weight, fc.constantFrom(0, 2, 4), (w, places) => {
        const scheme = places === 2 ? schemes.national : { ...schemes.national, rounding: { ...schemes.national.rounding, places } };
        // A share of a weight ≥ 0 stays in [0, w]: no clamp.
        const expected = new Dec(w).times(1).toFixed(places, Dec.ROUND_HALF_UP);
        const r = scoreIndicator(qualitative, { kind: 'grade', grade: 'achieved', raw: '达成年度指标' }, w, scheme);
        expect(r.score).toBe(expected);
        expect(r.trace).toBe(`${w} × 100% = ${expected}`);
      }),
      { numRuns: 500 },
    );
  });

  it('a met quantitative row: w rounded', () => {
    fc.assert(
      fc.property(weight, fc.constantFrom(0, 2, 4), (w, places) => {
        const scheme = places === 2 ? schemes.national : { ...schemes.national, rounding: { ...schemes.national.rounding, places } };
        const expected = new Dec(w).toFixed(places, Dec.ROUND_HALF_UP);
        const r = scoreIndicator(indicator('>=', '30'), { kind: 'quantitative', value: '32', unit: '个', raw: '' }, w, scheme);
        expect(r.score).toBe(expected);
        expect(r.trace).toBe(`32 ≥ 30 → ${expected}`);
      }),
      { numRuns: 500 },
    );
  });
});
