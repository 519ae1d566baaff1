import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/index';
import type { Actual, Target } from '../../src/model/index';
import { validateDocument, validateSelfEvaluation } from '../../src/model/validate';
import { projectDeclaration, selfEvaluation } from '../../src/testing/index';

/** A project declaration whose first indicator's target is `target`. */
function withTarget(target: Target): unknown {
  const doc = projectDeclaration();
  return { ...doc, indicators: [{ ...doc.indicators[0], target }, ...doc.indicators.slice(1)] };
}

function codes(input: unknown): string[] {
  const r = validateDocument(input);
  return r.ok ? [] : r.errors.map((e) => e.code);
}

describe('validation: a raw text that contradicts its structured value (issue 11, wall 2)', () => {
  it('reports { op: ">=", value: "80", raw: "≥90%" }, which used to validate and score against 80, as a located error', () => {
    const r = validateDocument(withTarget({ kind: 'quantitative', op: '>=', value: '80', unit: '%', raw: '≥90%' }));
    expect(r.ok).toBe(false);
    const f = !r.ok ? r.errors[0] : undefined;
    expect(f).toMatchObject({ code: 'model/raw-mismatch', severity: 'error', path: ['indicators', 0, 'target'], field: '/indicators/0/target', data: { raw: '≥90%', value: '80' } });
    expect(f?.message.zh).toContain('≥90%');
    expect(f?.message.en).toContain('does not say "80"');
  });

  it('reports an operator the raw text contradicts, and range and tolerance bounds it does not write', () => {
    expect(codes(withTarget({ kind: 'quantitative', op: '<=', value: '90', unit: '%', raw: '≥90%' }))).toEqual(['model/raw-mismatch']);
    expect(codes(withTarget({ kind: 'range', min: '80', max: '95', unit: '%', raw: '80%-90%' }))).toEqual(['model/raw-mismatch']);
    expect(codes(withTarget({ kind: 'tolerance', reference: null, band: '5', unit: '%', raw: '±3%以内' }))).toEqual(['model/raw-mismatch']);
  });

  it('reports an actual, an adjusted target and a mid-term target that contradict their raw text', () => {
    const doc = selfEvaluation();
    const [first, ...rest] = doc.indicators;
    const actual: Actual = { kind: 'quantitative', value: '23', unit: '个', raw: '32个' };
    const bad = { ...doc, indicators: [{ ...first, actual, adjustedTarget: { kind: 'quantitative', op: '>=', value: '10', unit: '个', raw: '≥11个' } }, ...rest] };
    const r = validateSelfEvaluation(bad);
    expect(r.ok ? [] : r.errors.map((e) => e.path.join('/'))).toEqual(['indicators/0/adjustedTarget', 'indicators/0/actual']);
  });

  it('accepts what the notation writes differently: trailing zeros, full-width digits, thousands separators, words, separate columns', () => {
    for (const target of [
      { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30(户)' },
      { kind: 'quantitative', op: '>=', value: '12', unit: '户', raw: '≥１２户' },
      { kind: 'quantitative', op: null, value: '1200', unit: '元', raw: '1,200元' },
      { kind: 'quantitative', op: '>=', value: '95', unit: '%', raw: '不低于95%' },
      { kind: 'quantitative', op: '>=', value: '3200', unit: '人', raw: '定量指标\t≥3200\t人' },
      { kind: 'quantitative', op: '>=', value: '90', unit: '%', raw: '≥=90%' },
      { kind: 'tolerance', reference: '100', band: '3', unit: null, raw: '100±3' },
      // written in code without a raw text: nothing to compare
      { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '' },
    ] as const) {
      expect(codes(withTarget(target)), target.raw).toEqual([]);
    }
  });

  it('finds nothing in any document the reader makes from the fixtures', () => {
    for (const file of readdirSync('test/fixtures').filter((f) => f.endsWith('.txt'))) {
      const r = parseForm(readFileSync(`test/fixtures/${file}`, 'utf8'));
      if (r.ok) expect(codes(r.value), file).toEqual([]);
    }
  });
});
