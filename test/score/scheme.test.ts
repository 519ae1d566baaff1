import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineScheme, hubei, national, parseScheme, SchemeSchema, schemes } from '../../src/score/index';

describe('presets', () => {
  it('are valid schemes whose weights add up to the total, with a source for every setting that matters', () => {
    for (const s of [national, hubei]) {
      const r = defineScheme(s);
      expect(r).toMatchObject({ ok: true, warnings: [] });
      expect(SchemeSchema.safeParse(s).success).toBe(true);
      for (const key of ['tiers', 'budgetExecution.weight', 'formulas.reverse', 'qualitative.bands', 'notApplicable', 'missingActual', 'grades', 'rounding']) {
        expect(s.provenance[key]?.source.length).toBeGreaterThan(3);
      }
    }
    expect(national.provenance.tiers?.confidence).toBe('C');
    expect(hubei.provenance.tiers?.confidence).toBe('S');
  });

  it('pin the documented defaults', () => {
    expect(national.tiers.map((t) => [t.key, t.weight])).toEqual([['output', '50'], ['outcome', '30'], ['satisfaction', '10']]);
    expect(national.budgetExecution.weight).toBe('10');
    expect(national.formulas.reverse).toBe('ratio');
    expect(national.qualitative.bands['partly-achieved']).toEqual({ min: '0.6', max: '0.8', point: 'lower' });
    expect(national.grades.map((g) => [g.grade, g.min])).toEqual([['优', '90'], ['良', '80'], ['中', '60'], ['差', '0']]);
    expect(hubei.budgetExecution.weight).toBe('20');
    expect(hubei.tiers.map((t) => [t.key, t.weight])).toEqual([['output', '40'], ['outcome-satisfaction', '40']]);
    expect(hubei.qualitative.bands['not-achieved'].max).toBe('0.5');
    expect(Object.keys(schemes)).toEqual(['national', 'hubei']);
  });
});

describe('defineScheme', () => {
  it('extends a preset, merging objects field by field', () => {
    const r = defineScheme({ extends: 'national', id: 'linear', formulas: { reverse: 'linear' } });
    expect(r.ok && [r.value.id, r.value.formulas.reverse, r.value.formulas.scoring, r.value.total]).toEqual(['linear', 'linear', 'formula', '100']);
  });

  it('rejects grade bands with a gap or an overlap, and says where', () => {
    const gap = defineScheme({
      extends: 'national',
      grades: [
        { grade: 'A', label: { zh: '优', en: 'A' }, min: '90', max: '100' },
        { grade: 'B', label: { zh: '良', en: 'B' }, min: '0', max: '85' },
      ],
    });
    expect(!gap.ok && gap.errors.map((e) => e.code)).toEqual(['score/scheme-grade-bands']);
    expect(!gap.ok && gap.errors[0]?.message.en).toContain('gap between "B" and "A" (85–90)');
    const overlap = defineScheme({
      extends: 'national',
      grades: [
        { grade: 'A', label: { zh: '优', en: 'A' }, min: '80', max: '100' },
        { grade: 'B', label: { zh: '良', en: 'B' }, min: '0', max: '85' },
      ],
    });
    expect(!overlap.ok && overlap.errors[0]?.message.en).toContain('overlap');
    const short = defineScheme({ extends: 'national', grades: [{ grade: 'A', label: { zh: '优', en: 'A' }, min: '0', max: '90' }] });
    expect(!short.ok && short.errors[0]?.message.en).toContain('not the total 100');
  });

  it('accepts the deployed 80/70/60 variant', () => {
    const r = defineScheme({
      extends: 'national',
      id: 'variant',
      grades: [
        { grade: '优', label: { zh: '优', en: 'excellent' }, min: '80', max: '100' },
        { grade: '良', label: { zh: '良', en: 'good' }, min: '70', max: '80' },
        { grade: '中', label: { zh: '中', en: 'fair' }, min: '60', max: '70' },
        { grade: '差', label: { zh: '差', en: 'poor' }, min: '0', max: '60' },
      ],
    });
    expect(r.ok).toBe(true);
  });

  it('validates qualitative bands, field types, presets and weights', () => {
    const q = defineScheme({ extends: 'national', qualitative: { bands: { 'partly-achieved': { min: '0.5', max: '0.8', point: 'lower' } } } });
    expect(!q.ok && q.errors.map((e) => e.code)).toEqual(['score/scheme-qualitative-bands']);
    const t = defineScheme({ extends: 'national', total: 'hundred' });
    expect(!t.ok && t.errors[0]).toMatchObject({ code: 'score/scheme-invalid', path: ['total'] });
    expect(parseScheme({ extends: 'shanghai' })).toMatchObject({ ok: false, errors: [{ code: 'score/scheme-unknown-preset' }] });
    const w = defineScheme({ extends: 'national', budgetExecution: { weight: '20' } });
    expect(!w.ok && w.errors.map((f) => f.code)).toEqual(['score/scheme-weights-total']);
    expect(parseScheme(42).ok).toBe(false);
    expect(parseScheme({ extends: 'national', unknownField: 1 }).ok).toBe(false);
  });

  it('reads the demo scheme JSON (which cannot carry functions) and keeps custom scorers given in code', () => {
    const json = JSON.parse(readFileSync('examples/minhang-2024/scheme.json', 'utf8')) as unknown;
    const r = parseScheme(json);
    expect(r.ok && r.value.tiers.map((t) => t.weight)).toEqual(['20', '40', '20', '10']);
    const scorer = { match: 'x', score: () => ({ score: '1' }) };
    const c = defineScheme({ extends: 'national', id: 'c', customScorers: [scorer] });
    expect(c.ok && c.value.customScorers?.[0]).toBe(scorer);
    const inherited = c.ok ? defineScheme({ extends: c.value, id: 'd' }) : null;
    expect(inherited?.ok && inherited.value.customScorers?.length).toBe(1);
  });

  it('does not change its input', () => {
    const input = { extends: 'national' as const, id: 'x', formulas: { reverse: 'linear' as const } };
    const copy = structuredClone(input);
    defineScheme(input);
    expect(input).toEqual(copy);
    expect(national.formulas.reverse).toBe('ratio');
  });
});
