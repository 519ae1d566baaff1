import { describe, expect, it } from 'vitest';
import { normalizeUnit } from '../../src/notation/normalize-unit';
import { compareUnits } from '../../src/notation/compare-units';
import { parseDirectionWord } from '../../src/notation/parse-direction-word';
import { parseTarget } from '../../src/notation/parse-target';
import { parseTargetColumns } from '../../src/notation/parse-target-columns';
import * as vocabulary from '../../src/notation/vocabulary';
import type { Result } from '../../src/model/finding';

/** The value of a result, or undefined when it failed (the assertion then fails). */
function value<T>(r: Result<T>): T | undefined {
  return r.ok ? r.value : undefined;
}

function quantitative(text: string) {
  const r = parseTarget(text);
  if (!r.ok || r.value.kind !== 'quantitative') throw new Error(`expected a number for ${text}`);
  return { op: r.value.op, value: r.value.value, unit: r.value.unit, codes: r.warnings.map((w) => w.code) };
}

describe('operators in every form', () => {
  it('reads the box-drawing ═ as = and reports it (Yongde 2022: 指标性质 ═ | 100 | %)', () => {
    expect(quantitative('═100%')).toEqual({ op: '=', value: '100', unit: '%', codes: ['notation/operator-variant'] });
    const r = parseTargetColumns({ operator: '═', value: '100', unit: '%' });
    expect(r.ok && r.value).toMatchObject({ kind: 'quantitative', op: '=', value: '100', unit: '%' });
    expect(r.warnings.map((w) => [w.code, w.column])).toEqual([['notation/operator-variant', 1]]);
  });

  it('reads ≧ in an operator column (Yongde 2022: ≧ | 735 | 人次)', () => {
    const r = parseTargetColumns({ operator: '≧', value: '735', unit: '人次' });
    expect(r.ok && r.value).toMatchObject({ op: '>=', value: '735', unit: '人次' });
    expect(r.warnings.map((w) => w.code)).toEqual(['notation/operator-variant']);
  });

  it('leaves 〓 alone: a converter\'s mark for a lost character says nothing of the operator', () => {
    expect(value(parseTarget('〓100%'))).toMatchObject({ kind: 'qualitative' });
    expect(parseTargetColumns({ operator: '〓', value: '100', unit: '%' }).ok).toBe(false);
  });

  it.each([
    // Zhalaite 2025: 指标方向 大于等于 / 小于等于 / 等于 in their own column
    ['大于等于', '>='],
    ['小于等于', '<='],
    ['等于', '='],
    ['大于', '>'],
    ['小于', '<'],
    ['不低于', '>='],
    ['不少于', '>='],
    ['不高于', '<='],
    ['不多于', '<='],
    ['不超过', '<='],
    ['高于', '>'],
    ['低于', '<'],
    ['至少', '>='],
    ['至多', '<='],
    ['最少', '>='],
    ['不得低于', '>='],
    ['不得超过', '<='],
  ])('%s as an operator cell and in one cell is %s, reported', (word, op) => {
    const cell = parseTargetColumns({ operator: word, value: '98', unit: '%' });
    expect(cell.ok && cell.value).toMatchObject({ kind: 'quantitative', op, value: '98', unit: '%' });
    expect(cell.warnings.map((w) => w.code)).toEqual(['notation/operator-word']);
    expect(quantitative(`${word}98%`)).toEqual({ op, value: '98', unit: '%', codes: ['notation/operator-word'] });
  });
});

describe('directions are not operators', () => {
  it.each([
    ['正向', 'higher-is-better'],
    ['正向指标', 'higher-is-better'],
    ['反向', 'lower-is-better'],
    ['逆向', 'lower-is-better'],
    [' 逆向指标 ', 'lower-is-better'],
    ['定性', 'qualitative'],
    ['定 性', 'qualitative'],
  ])('parseDirectionWord(%s) is %s', (text, d) => {
    expect(parseDirectionWord(text)).toBe(d);
  });
  it.each(['大于等于', '≥', '', '正', '中性', '双向', '正向反向'])('%s is no direction', (text) => {
    expect(parseDirectionWord(text)).toBeNull();
  });
  it('throws a TypeError naming the parameter for what is no string', () => {
    expect(() => parseDirectionWord(1 as never)).toThrow(/\(text\)/);
  });

  it('a direction in an operator cell gives no operator, says so, and names the direction (Zhalaite: 正向 | 98 | %)', () => {
    const r = parseTargetColumns({ operator: '正向', value: '98', unit: '%' });
    expect(r.ok && r.value).toEqual({ kind: 'quantitative', op: null, value: '98', unit: '%', raw: '正向\t98\t%' });
    expect(r.warnings.map((w) => [w.code, w.data])).toEqual([
      ['notation/direction-not-operator', { direction: 'higher-is-better' }],
      ['notation/operator-missing', undefined],
    ]);
    const q = parseTargetColumns({ operator: '反向', value: '有效提升', unit: '' });
    expect(q.ok && q.value.kind).toBe('qualitative');
  });
});

describe('compound units', () => {
  it.each([
    ['元/人*月', '元/人月'],
    ['人·次', '人次'],
    ['人×次', '人次'],
    ['千瓦•时', '千瓦时'],
    ['（人・次）', '人次'],
    ['*', '*'],
  ])('normalizeUnit(%s) is %s', (unit, normalised) => {
    expect(normalizeUnit(unit)).toBe(normalised);
  });
  it('compares 人·次 with 人次 as the same unit', () => {
    expect(compareUnits('人·次', '人次')).toBe('same');
  });
  it('reads compound units in a target, reported as normalised', () => {
    expect(quantitative('≤500元/人*月')).toEqual({ op: '<=', value: '500', unit: '元/人月', codes: ['notation/unit-normalised'] });
    expect(quantitative('≥100人·次')).toEqual({ op: '>=', value: '100', unit: '人次', codes: ['notation/unit-normalised'] });
  });
  it('a sign is a unit\'s only between two parts: placeholders and products of numbers stay as they were', () => {
    expect(parseTarget('≥**个').ok).toBe(false);
    expect(value(parseTarget('30*40米'))).toMatchObject({ kind: 'qualitative' });
    expect(value(parseTarget('≥30*'))).toMatchObject({ kind: 'qualitative' });
    expect(value(parseTarget('≥5人*/月'))).toMatchObject({ kind: 'qualitative' });
  });
});

describe('vocabularies are frozen (issue 10)', () => {
  const frozen = Object.entries(vocabulary).filter(([, v]) => typeof v === 'object' && v !== null);
  it('every exported vocabulary is frozen, deeply', () => {
    expect(frozen.length).toBeGreaterThanOrEqual(13);
    const deep = (v: unknown): boolean => typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v).every(deep));
    for (const [name, v] of frozen) expect([name, deep(v)]).toEqual([name, true]);
  });
  it('writing to one fails and changes nothing', () => {
    expect(() => (vocabulary.OPERATOR_SYMBOLS as unknown as { op: string }[])[0]!.op = '<').toThrow(TypeError);
    expect(() => (vocabulary.OPERATOR_PREFIX_WORDS as unknown[]).push({ word: '约', op: '=' })).toThrow(TypeError);
    expect(() => ((vocabulary.GRADE_WORDS as Record<string, string>)['差不多'] = 'achieved')).toThrow(TypeError);
    expect(() => ((vocabulary.RELATIVE_DATE_WORDS as Record<string, { to: string }>)['年底']!.to = '06-30')).toThrow(TypeError);
    expect(value(parseTarget('年底前'))).toMatchObject({ due: '--12-31' });
    expect(value(parseTarget('≥1'))).toMatchObject({ op: '>=' });
  });
});
