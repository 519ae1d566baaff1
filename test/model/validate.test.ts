import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS } from '../../src/model/document';
import { jsonSchema } from '../../src/model/json-schema';
import { Target } from '../../src/model/target';
import {
  validateDocument,
  validateProjectDeclaration,
  validateSelfEvaluation,
  validateUnitDeclaration,
} from '../../src/model/validate';

const minimalUnit = {
  kind: 'unit-declaration',
  fiscalYear: 2024,
  unitName: '某单位',
  appropriationMode: 'full',
  duties: ['职责一'],
  annualGoals: ['目标'],
  keyTasks: [{ name: '任务', content: '内容' }],
  amountUnit: 'yuan',
  budget: { total: '100.00', sources: { fiscal: '100.00', other: '0.00' }, structure: { basic: '40.00', project: '60.00' } },
  headcount: null,
  internalDepartments: 0,
  indicators: [
    {
      tier1: '产出指标',
      tier2: '数量指标',
      name: '入户指导',
      target: { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)' },
    },
  ],
};

describe('validation entry points', () => {
  it('accept a valid document and return it typed', () => {
    const r = validateUnitDeclaration(minimalUnit);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.indicators[0]?.target).toEqual(minimalUnit.indicators[0]?.target);
    expect(validateDocument(minimalUnit).ok).toBe(true);
  });

  it('collect every error, each with its path and a message in Chinese and English', () => {
    const bad = {
      ...minimalUnit,
      fiscalYear: '2024',
      budget: { ...minimalUnit.budget, total: '28,963,548.68' },
      indicators: [{ ...minimalUnit.indicators[0], target: { kind: 'quantitative', op: '≥', value: 30, unit: '户', raw: '' } }],
      extra: 1,
    };
    const r = validateUnitDeclaration(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path.join('/'), e.code]));
    expect(byPath).toEqual({
      fiscalYear: 'model/invalid-type',
      'budget/total': 'model/invalid-format',
      'indicators/0/target/op': 'model/invalid-value',
      'indicators/0/target/value': 'model/invalid-type',
      '': 'model/unknown-field',
    });
    for (const e of r.errors) {
      expect(e.severity).toBe('error');
      expect(e.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.message.en).toMatch(/[a-z]/);
    }
    expect(r.errors.find((e) => e.code === 'model/unknown-field')?.message.en).toContain('extra');
  });

  it('report a missing field as required, and a wrong kind as no variant', () => {
    const { unitName: _, ...noName } = minimalUnit;
    const r = validateUnitDeclaration(noName);
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join('/')])).toEqual([['model/required', 'unitName']]);
    const d = validateDocument({ kind: 'budget' });
    expect(!d.ok && d.errors[0]?.code).toBe('model/invalid-variant');
  });

  it('never throw on any input', () => {
    for (const input of [undefined, null, 0, 'x', [], {}, { kind: 'self-evaluation' }, { kind: 'project-declaration' }]) {
      expect(validateDocument(input).ok).toBe(false);
      expect(validateSelfEvaluation(input).ok).toBe(false);
      expect(validateProjectDeclaration(input).ok).toBe(false);
    }
  });

  it('do not mutate the input', () => {
    const input = structuredClone(minimalUnit);
    validateUnitDeclaration(input);
    expect(input).toEqual(minimalUnit);
  });
});

describe('Target', () => {
  it('is a discriminated union that rejects floats and exponents', () => {
    expect(Target.safeParse({ kind: 'quantitative', op: null, value: '100', unit: '%', raw: '100%' }).success).toBe(true);
    expect(Target.safeParse({ kind: 'quantitative', op: null, value: '1e2', unit: '%', raw: '' }).success).toBe(false);
    expect(Target.safeParse({ kind: 'qualitative', text: '', raw: '' }).success).toBe(false);
    expect(Target.safeParse({ kind: 'notApplicable', raw: '/' }).success).toBe(true);
  });
});

describe('jsonSchema', () => {
  it.each(DOCUMENT_KINDS)('generates a draft 2020-12 schema for %s from the zod schema', (kind) => {
    const s = jsonSchema(kind);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect((s.properties as Record<string, unknown>).kind).toEqual({ type: 'string', const: kind });
    expect(s.additionalProperties).toBe(false);
    expect(s.required).toContain('indicators');
  });
});

describe('schema/ files shipped for other languages', () => {
  it.each(DOCUMENT_KINDS)('schema/%s.schema.json is what jsonSchema() generates (run `npm run build` to refresh)', async (kind) => {
    const { readFileSync } = await import('node:fs');
    const shipped = JSON.parse(readFileSync(`schema/${kind}.schema.json`, 'utf8')) as unknown;
    expect(shipped).toEqual(jsonSchema(kind));
  });
});
