import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/target';
import { direction } from '../../src/notation/direction';
import { formatTarget } from '../../src/notation/format-target';
import { parseTargetColumns } from '../../src/notation/parse-target-columns';

function read(operator: string, value: string, unit: string) {
  const r = parseTargetColumns({ operator, value, unit });
  if (!r.ok) throw new Error(`expected ok for ${operator}|${value}|${unit}: ${r.errors.map((e) => e.code).join(',')}`);
  expect(r.value.raw).toBe(`${operator}\t${value}\t${unit}`);
  return { target: r.value, codes: r.warnings.map((w) => w.code) };
}
function errors(operator: string, value: string, unit: string) {
  const r = parseTargetColumns({ operator, value, unit });
  return r.ok ? [] : r.errors.map((e) => [e.code, e.column]);
}

describe('parseTargetColumns', () => {
  it.each([
    ['≥', '>='], ['>=', '>='], ['＞', '>'], ['>', '>'], ['＝', '='], ['=', '='], ['＜', '<'], ['≤', '<='], ['<=', '<='],
    ['1', '>='], ['2', '>'], ['3', '='], ['4', '<'], ['5', '<='], [' ≥ ', '>='],
  ])('operator cell %s → %s', (operator, op) => {
    expect(read(operator, '30', '户').target).toMatchObject({ kind: 'quantitative', op, value: '30', unit: '户' });
  });

  it('reads 定性 / code 6 as qualitative, ignoring (and reporting) a unit', () => {
    expect(read('定性', '及时', '')).toEqual({ target: { kind: 'qualitative', text: '及时', raw: '定性\t及时\t' }, codes: [] });
    expect(read('6', '符合', '').target).toEqual({ kind: 'qualitative', text: '符合', raw: '6\t符合\t' });
    expect(read('定性', '提升', '%').codes).toEqual(['notation/qualitative-with-unit']);
  });

  it('reads 定量（其他） / code 9: a plain number stays quantitative with no operator, words are qualitative', () => {
    expect(read('定量（其他）', '12', '个')).toEqual({
      target: { kind: 'quantitative', op: null, value: '12', unit: '个', raw: '定量（其他）\t12\t个' },
      codes: ['notation/quantitative-other'],
    });
    expect(read('9', '按实际发生数', '')).toEqual({
      target: { kind: 'qualitative', text: '按实际发生数', raw: '9\t按实际发生数\t' },
      codes: ['notation/quantitative-other'],
    });
  });

  it('reads 不适用 / code 10 as not applicable, whatever the value', () => {
    expect(read('不适用', '/', '').target).toEqual({ kind: 'notApplicable', raw: '不适用\t/\t' });
    expect(read('10', '', '').target.kind).toBe('notApplicable');
  });

  it('reads a value cell that carries its own operator or unit', () => {
    expect(read('', '≥90', '%').target).toMatchObject({ kind: 'quantitative', op: '>=', value: '90', unit: '%' });
    expect(read('≥', '90%', '%')).toMatchObject({ target: { op: '>=', value: '90', unit: '%' }, codes: [] });
    expect(read('≥', '≥90', '%').codes).toEqual(['notation/operator-doubled']);
    expect(read('', '80-90', '%').target).toMatchObject({ kind: 'range', min: '80', max: '90', unit: '%' });
  });

  it('reports what is missing and normalised, at columns of the tab-joined text', () => {
    const r = parseTargetColumns({ operator: '', value: '100', unit: '%' });
    expect(r.warnings.map((w) => [w.code, w.column])).toEqual([['notation/operator-missing', 1]]);
    const s = parseTargetColumns({ operator: '≥', value: '３０', unit: '百分比' });
    expect(s.ok && s.value).toMatchObject({ op: '>=', value: '30', unit: '%' });
    expect(s.warnings.map((w) => [w.code, w.column])).toEqual([
      ['notation/unit-normalised', 6],
      ['notation/full-width', 3],
    ]);
    expect(read('≥', '30', '').codes).toEqual(['notation/unit-missing']);
    expect(read('定量', '30', '个').codes).toEqual(['notation/operator-missing']);
  });

  it('is missing when all three cells are blank', () => {
    expect(read('', '', '').target).toEqual({ kind: 'missing', raw: '\t\t' });
  });

  it('refuses unknown operators, conflicts and a value left out', () => {
    expect(errors('x', '5', '%')).toEqual([['notation/operator-unknown', 1]]);
    expect(errors('≤', '≥5', '%')).toEqual([['notation/operator-conflict', 3]]);
    expect(errors('≥', '100%', '人')).toEqual([['notation/unit-conflict', 8]]);
    expect(errors('≥', '', '%')).toEqual([['notation/value-missing', 3]]);
    expect(errors('≥', '968.191 8', '元')).toEqual([['notation/number-damaged', 11]]);
    expect(errors('≥', '80-90', '%')).toEqual([['notation/operator-conflict', 3]]);
  });
});

const T = {
  q: (op: '>=' | '>' | '=' | '<' | '<=' | null, value: string, unit: string | null): Target => ({ kind: 'quantitative', op, value, unit, raw: '' }),
};

describe('formatTarget', () => {
  it.each([
    [T.q('>=', '30', '户'), '≥30.00(户)', '≥30户'],
    [T.q('=', '100', '%'), '=100.00(%)', '=100%'],
    [T.q('<=', '25.00', '家'), '≤25.00(家)', '≤25.00家'],
    [T.q('>', '5', '%'), '>5.00(%)', '>5%'],
    [T.q('<', '0.005', null), '<0.01', '<0.005'],
    [T.q(null, '1600', '元/亩'), '1600.00(元/亩)', '1600元/亩'],
    [{ kind: 'range', min: '80', max: '90', unit: '%', raw: '' }, '80.00-90.00(%)', '80-90%'],
    [{ kind: 'tolerance', reference: null, band: '3', unit: '%', raw: '' }, '±3.00(%)', '±3%'],
    [{ kind: 'tolerance', reference: '100', band: '3', unit: null, raw: '' }, '100.00±3.00', '100±3'],
    [{ kind: 'qualitative', text: '及时', raw: '' }, '及时', '及时'],
    [{ kind: 'reference', text: '按规定', raw: '' }, '按规定', '按规定'],
    [{ kind: 'notApplicable', raw: '不适用' }, '/', '/'],
    [{ kind: 'missing', raw: ' ' }, '', ''],
  ] as [Target, string, string][])('%j', (target, shanghai, plain) => {
    expect(formatTarget(target)).toBe(shanghai);
    expect(formatTarget(target, { style: 'shanghai' })).toBe(shanghai);
    expect(formatTarget(target, { style: 'plain' })).toBe(plain);
  });

  it('rounds half-up to two decimals in the shanghai style', () => {
    expect(formatTarget(T.q('>=', '2.615', '万元'))).toBe('≥2.62(万元)');
    expect(formatTarget(T.q('>=', '-0.001', '%'))).toBe('≥0.00(%)');
  });
});

describe('direction', () => {
  it.each([
    [T.q('>=', '30', '户'), 'higher-is-better'],
    [T.q('>', '30', '户'), 'higher-is-better'],
    [T.q('<=', '25', '家'), 'lower-is-better'],
    [T.q('<', '25', '家'), 'lower-is-better'],
    [T.q('=', '100', '%'), 'equal'],
    [T.q(null, '100', '%'), 'none'],
    [{ kind: 'range', min: '80', max: '90', unit: '%', raw: '' }, 'equal'],
    [{ kind: 'tolerance', reference: null, band: '3', unit: '%', raw: '' }, 'equal'],
    [{ kind: 'qualitative', text: '及时', raw: '' }, 'qualitative'],
    [{ kind: 'reference', text: '按规定', raw: '' }, 'none'],
    [{ kind: 'notApplicable', raw: '/' }, 'none'],
    [{ kind: 'missing', raw: '' }, 'none'],
  ] as [Target, string][])('%j → %s', (target, expected) => {
    expect(direction(target)).toBe(expected);
  });
});
