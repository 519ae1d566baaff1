import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineScheme, schemes, scoreDeclaration, validateActuals } from '../../src/score/index';
import type { Declaration } from '../../src/model/index';
import { load } from './helpers';

const seed = load('examples/minhang-2024/declaration.txt') as Declaration;
const scheme = defineScheme(JSON.parse(readFileSync('examples/minhang-2024/scheme.json', 'utf8')));
const actuals = validateActuals(JSON.parse(readFileSync('examples/minhang-2024/actuals.json', 'utf8')));
if (!scheme.ok || !actuals.ok) throw new Error('demo files');

describe('scoreDeclaration', () => {
  it('scores the seed against the illustrative actuals under the demo scheme', () => {
    const card = scoreDeclaration(seed, actuals.value, scheme.value);
    expect([card.total, card.grade, card.maximum, card.complete, card.kind]).toEqual(['95.11', '优', '100', true, 'unit-declaration']);
    expect(card.budgetExecution).toMatchObject({ adjusted: '28963548.68', executed: '27515371.25', rate: '95.00', score: '9.50' });
    expect(card.tiers.map((t) => [t.key, t.weight, t.score])).toEqual([
      ['input-management', '20', '18.01'],
      ['output', '40', '37.60'],
      ['outcome', '20', '20.00'],
      ['satisfaction', '10', '10.00'],
    ]);
    const trace = Object.fromEntries(card.indicators.map((r) => [r.name || r.tier2, r.trace]));
    expect(trace).toMatchObject({
      入户指导: '32 ≥ 30.00 → 4.00',
      高龄特困助医助养人数: '4.00 × 462/469.00 = 3.94',
      社区养老设施增加数量: '4.00 × 25.00/27 = 3.70',
      内部控制管理: '2.00 ∈ [1.71, 2.28) → 2.00',
      各项工作开展及时性: '4.00 × 60% = 2.40',
    });
    expect(card.claims).toEqual([]);
    expect(card.warnings).toEqual([]);
    const sum = card.indicators.reduce((s, r) => s + Math.round(Number(r.score) * 100), Math.round(Number(card.budgetExecution?.score) * 100));
    expect(sum).toBe(9511);
  });

  it('treats indicators without an actual as not reported and reports actuals that match nothing', () => {
    const card = scoreDeclaration(seed, { indicators: { 入户指导: '32户', 不存在的指标: '1' } }, schemes.national);
    const missing = card.indicators.filter((r) => r.status === 'not-reported');
    expect(missing.length).toBe(card.indicators.length - 1);
    expect(card.budgetExecution).toMatchObject({ executed: null, score: '0.00' });
    expect(card.warnings.filter((w) => w.code === 'score/actual-unmatched').map((w) => w.message.en)).toEqual([
      'the actual "不存在的指标" matches no indicator (keys are the name, "tier2/name" or "#index")',
    ]);
    expect(card.complete).toBe(false);
    // 投入管理 has no tier in the national project preset: weight 0, flagged.
    expect(card.warnings.filter((w) => w.code === 'score/no-weight').length).toBe(7);
  });

  it('validates actuals JSON and does not change its inputs', () => {
    expect(validateActuals({ indicators: { a: 1 } }).ok).toBe(false);
    expect(validateActuals({ indicators: {}, extra: 1 }).ok).toBe(false);
    const copy = structuredClone(seed);
    const a = structuredClone(actuals.value);
    scoreDeclaration(seed, actuals.value, scheme.value);
    expect(seed).toEqual(copy);
    expect(actuals.value).toEqual(a);
  });
});
