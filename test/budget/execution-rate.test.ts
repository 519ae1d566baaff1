import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { executionRate } from '../../src/budget/index';

const vectors = JSON.parse(readFileSync('test/fixtures/vectors.json', 'utf8')) as {
  execution: { id: string; adjusted: string; executed: string; expectedRate: string | null }[];
};

describe('executionRate', () => {
  it.each(vectors.execution)('vector $id', (v) => {
    const r = executionRate(v.adjusted, v.executed);
    if (v.expectedRate === null) expect(r.ok).toBe(false);
    else expect(r).toMatchObject({ ok: true, value: v.expectedRate });
  });

  it('gives the exact quotient on request and a warning above 100%', () => {
    expect(executionRate('250000.00', '215457.60', { places: null })).toEqual({ ok: true, value: '86.18304', warnings: [] });
    const over = executionRate('100.00', '104.00');
    expect(over.ok && over.warnings.map((w) => w.code)).toEqual(['budget/executed-above-adjusted']);
  });

  it('never divides by zero and never reads a blank as 0', () => {
    const zero = executionRate('0.00', '0.00');
    expect(!zero.ok && zero.errors.map((e) => e.code)).toEqual(['budget/zero-adjusted-budget']);
    const blank = executionRate(null, '');
    expect(!blank.ok && blank.errors.map((e) => e.code)).toEqual(['budget/adjusted-missing', 'budget/executed-missing']);
    const bad = executionRate('1e5', '-3');
    expect(!bad.ok && bad.errors.map((e) => e.code)).toEqual(['budget/not-a-decimal', 'budget/negative-amount']);
  });
});
