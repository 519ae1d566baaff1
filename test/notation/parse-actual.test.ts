import { describe, expect, it } from 'vitest';
import { Actual } from '../../src/model/actual';
import { compareUnits } from '../../src/notation/compare-units';
import { normalizeUnit } from '../../src/notation/normalize-unit';
import { parseActual } from '../../src/notation/parse-actual';

function read(text: string) {
  const r = parseActual(text);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.errors.map((e) => e.code).join(',')}`);
  expect(Actual.safeParse(r.value).success).toBe(true);
  expect(r.value.raw).toBe(text);
  return { actual: r.value, codes: r.warnings.map((w) => w.code) };
}

describe('parseActual', () => {
  it.each([
    ['100%', '100', '%'],
    ['12个', '12', '个'],
    ['90', '90', null],
    ['89.974', '89.974', null],
    ['32户', '32', '户'],
    ['0人', '0', '人'],
    ['１００％', '100', '%'],
    ['215,457.60元', '215457.60', '元'],
  ])('%s is a number', (text, value, unit) => {
    expect(read(text).actual).toEqual({ kind: 'quantitative', value, unit, raw: text });
  });

  it.each([
    ['达成年度指标', 'achieved'],
    ['达成预期指标', 'achieved'],
    ['达成', 'achieved'],
    ['完成', 'achieved'],
    ['已完成', 'achieved'],
    ['已完成。', 'achieved'],
    ['部分达成年度指标并具有一定效果', 'partly-achieved'],
    ['部分达成', 'partly-achieved'],
    ['未达成年度指标且效果较差', 'not-achieved'],
    ['未达成', 'not-achieved'],
    ['未完成', 'not-achieved'],
  ])('%s is the grade %s', (text, grade) => {
    expect(read(text)).toEqual({ actual: { kind: 'grade', grade, raw: text }, codes: [] });
  });

  it.each(['及时', '符合', '提升', '明显提升', '合格'])('%s is qualitative', (text) => {
    expect(read(text)).toEqual({ actual: { kind: 'qualitative', text, raw: text }, codes: [] });
  });

  it('never reads a blank actual as 0', () => {
    expect(read('').actual).toEqual({ kind: 'missing', raw: '' });
    expect(read('  ').actual).toEqual({ kind: 'missing', raw: '  ' });
  });

  it.each(['/', '-', '—', '不适用'])('%s is not applicable', (text) => {
    expect(read(text).actual).toEqual({ kind: 'notApplicable', raw: text });
  });

  it('keeps the number of an actual written with an operator, and says so', () => {
    expect(read('≥95%')).toEqual({ actual: { kind: 'quantitative', value: '95', unit: '%', raw: '≥95%' }, codes: ['notation/actual-operator'] });
  });

  it('reads prose and ranges around numbers as qualitative, with number-in-text', () => {
    expect(read('完成12个')).toEqual({ actual: { kind: 'qualitative', text: '完成12个', raw: '完成12个' }, codes: ['notation/number-in-text'] });
    expect(read('80-90%').codes).toEqual(['notation/number-in-text']);
  });

  it('refuses damaged numbers', () => {
    const r = parseActual('968.191 8');
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['notation/number-damaged']);
    const s = parseActual('854万854万');
    expect(!s.ok && s.errors.map((e) => e.code)).toEqual(['notation/number-repeated']);
  });

  it('reads every actual of the samples', () => {
    // Tianchang 2022 and Chizhou Tangxi 2022
    expect(read('1').actual).toMatchObject({ kind: 'quantitative', value: '1', unit: null });
    expect(read('100%').actual).toMatchObject({ kind: 'quantitative', value: '100', unit: '%' });
    expect(read('50').actual).toMatchObject({ kind: 'quantitative', value: '50', unit: null });
    expect(read('100').actual).toMatchObject({ kind: 'quantitative', value: '100', unit: null });
    expect(read('90').actual).toMatchObject({ kind: 'quantitative', value: '90', unit: null });
    expect(read('达成预期指标').actual).toMatchObject({ kind: 'grade', grade: 'achieved' });
  });
});

describe('compareUnits / normalizeUnit', () => {
  it.each([
    ['%', '%', 'same'],
    ['%', '％', 'same'],
    ['%', '百分比', 'same'],
    ['(户)', '户', 'same'],
    [' 户 ', '（户）', 'same'],
    [null, null, 'same'],
    ['%', null, 'assumed'],
    [null, '个', 'assumed'],
    ['%', '', 'assumed'],
    ['户', '人', 'different'],
    ['万人', '人', 'different'],
    ['万元', '元', 'different'],
    ['%', '‰', 'different'],
  ] as const)('%s vs %s → %s', (t, a, expected) => {
    expect(compareUnits(t, a)).toBe(expected);
  });

  it('normalises a unit without scaling it', () => {
    expect(normalizeUnit('（户）')).toBe('户');
    expect(normalizeUnit('[元/亩]')).toBe('元/亩');
    expect(normalizeUnit('﹪')).toBe('%');
    expect(normalizeUnit('万人')).toBe('万人');
    expect(normalizeUnit('')).toBeNull();
    expect(normalizeUnit(null)).toBeNull();
  });
});
