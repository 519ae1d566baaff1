import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/money/index';
import { defineScheme, schemes, scoreIndicator, scoreSelfEvaluation } from '../../src/score/index';
import type { Indicator, Operator } from '../../src/model/index';
import { row, selfEvaluation } from './helpers';

const dec = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
const linear = defineScheme({ extends: 'national', id: 'lin', formulas: { reverse: 'linear' } });
if (!linear.ok) throw new Error('scheme');
const schemeArb = fc.constantFrom(schemes.national, schemes.hubei, linear.value);
const opArb = fc.constantFrom<Operator>('>=', '>', '=', '<=', '<');

function indicator(op: Operator, t: string): Indicator {
  return { tier1: '产出指标', tier2: '数量指标', name: 'p', target: { kind: 'quantitative', op, value: t, unit: '个', raw: `${op}${t}个` } };
}
const cmp = (a: string, b: string) => Math.sign(Number(a) - Number(b));

describe('scoring invariants', () => {
  it('every score lies within [0, weight]', () => {
    fc.assert(
      fc.property(opArb, dec(1000), dec(3000), dec(50), schemeArb, (op, t, a, w, s) => {
        const r = scoreIndicator(indicator(op, t), `${a}个`, w, s);
        expect(r.score).not.toBeNull();
        expect(cmp(r.score as string, '0')).toBeGreaterThanOrEqual(0);
        expect(cmp(r.score as string, w)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('is monotone in the actual for its direction', () => {
    fc.assert(
      fc.property(opArb, dec(1000), dec(2000), dec(2000), dec(50), schemeArb, (op, t, a1, a2, w, s) => {
        const [lo, hi] = cmp(a1, a2) <= 0 ? [a1, a2] : [a2, a1];
        const sLo = scoreIndicator(indicator(op, t), `${lo}个`, w, s).score as string;
        const sHi = scoreIndicator(indicator(op, t), `${hi}个`, w, s).score as string;
        if (op === '>=' || op === '>' || (op === '=' && cmp(t, '0') > 0)) expect(cmp(sHi, sLo)).toBeGreaterThanOrEqual(0);
        else expect(cmp(sHi, sLo)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('the total equals the sum of the rounded parts, and allocated weights sum exactly', () => {
    const rowArb = fc.record({ t: dec(500), a: dec(800), tier: fc.constantFrom('产出指标', '效益指标', '满意度指标'), na: fc.boolean() });
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), dec(1000), dec(1000), (rows, adj, exe) => {
        const doc = selfEvaluation(
          rows.map((r, i) => (r.na && i > 0 ? row(r.tier, '数量指标', `n${i}`, '/', '/', null) : row(r.tier, '数量指标', `r${i}`, `≥${r.t}个`, `${r.a}个`, null))),
          { adjusted: cmp(adj, '0') === 0 ? '1' : adj, executed: exe },
        );
        const card = scoreSelfEvaluation(doc);
        const cents = (s: string | null) => (s === null ? 0 : Math.round(Number(s) * 100));
        const parts = card.indicators.reduce((s, r) => s + cents(r.score), cents(card.budgetExecution?.score ?? null));
        expect(cents(card.total)).toBe(parts);
        expect(card.tiers.reduce((s, t) => s + cents(t.score), cents(card.budgetExecution?.score ?? null))).toBe(parts);
        // Weights: tiers present are spread exactly; not-applicable weights rescaled over the rest.
        const weights = card.indicators.reduce((s, r) => s + cents(r.weight), 0);
        const present = new Set(card.indicators.filter((r) => r.status !== 'not-applicable').map((r) => r.tier));
        const tierSum = schemes.national.tiers.filter((t) => card.indicators.some((r) => r.tier === t.key)).reduce((s, t) => s + cents(t.weight), 0);
        if (present.size > 0) expect(weights).toBe(tierSum);
      }),
      { numRuns: 300 },
    );
  });

  it('allocate splits any total exactly', () => {
    fc.assert(
      fc.property(dec(100), fc.array(fc.integer({ min: 1, max: 50 }).map(String), { minLength: 1, maxLength: 20 }), (total, ratios) => {
        const parts = allocate(total, ratios);
        expect(parts.reduce((s, p) => s + Math.round(Number(p) * 100), 0)).toBe(Math.round(Number(total) * 100));
      }),
    );
  });
});
