import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateIndicator } from '../../src/evaluate/index';
import { formatTarget } from '../../src/notation/format-target';
import { parseActual } from '../../src/notation/parse-actual';
import { parseTarget } from '../../src/notation/parse-target';
import type { Target } from '../../src/model/target';

const codes = (r: { warnings: readonly { code: string; column?: number }[] }) => r.warnings.map((w) => `${w.code}@${w.column}`);

describe('a bracketed remark after a value with its unit', () => {
  it.each([
    ['≥95%（含）', { kind: 'quantitative', op: '>=', value: '95', unit: '%' }, ['notation/trailing-remark@5']],
    ['≥95%(省级标准)', { kind: 'quantitative', op: '>=', value: '95', unit: '%' }, ['notation/trailing-remark@5']],
    ['≤5个工作日（含）', { kind: 'quantitative', op: '<=', value: '5', unit: '个工作日' }, ['notation/trailing-remark@7']],
    ['≥30(户)（含）', { kind: 'quantitative', op: '>=', value: '30', unit: '户' }, ['notation/trailing-remark@7']],
    ['  ≥95% （含） ', { kind: 'quantitative', op: '>=', value: '95', unit: '%' }, ['notation/trailing-remark@8']],
    ['80%-100%（含）', { kind: 'range', min: '80', max: '100', unit: '%' }, ['notation/trailing-remark@9']],
    ['32户（含新增5户）', { kind: 'quantitative', op: null, value: '32', unit: '户' }, ['notation/operator-missing@1', 'notation/trailing-remark@4']],
  ])('target %s is the value, the remark a warning at its bracket', (text, value, expected) => {
    const r = parseTarget(text);
    expect(r.ok && r.value).toEqual({ ...value, raw: text });
    expect(codes(r)).toEqual(expected);
    expect(r.warnings.at(-1)?.message.zh).toContain('按说明读取，不计入指标值');
  });

  it.each([
    ['96.5%（超额完成）', '96.5', '%', 6],
    ['100%(已完成)', '100', '%', 5],
    ['3.5万元（35000元）', '3.5', '万元', 6],
  ])('actual %s is the value, the remark a warning', (text, value, unit, column) => {
    const r = parseActual(text);
    expect(r.ok && r.value).toEqual({ kind: 'quantitative', value, unit, raw: text });
    expect(codes(r)).toEqual([`notation/trailing-remark@${column}`]);
  });

  it.each([
    ['≥30.00(户)', { kind: 'quantitative', op: '>=', value: '30.00', unit: '户' }],
    ['≥1(次/年)', { kind: 'quantitative', op: '>=', value: '1', unit: '次/年' }],
    ['提升（%）', { kind: 'qualitative', text: '提升（%）' }],
    ['（1）32户', { kind: 'qualitative', text: '（1）32户' }],
    ['30(已完成)', { kind: 'qualitative', text: '30(已完成)' }],
    ['≥95%()', { kind: 'qualitative', text: '≥95%()' }],
  ])('%s is not a remark: brackets as a unit, before the value, after a bare number, or empty', (text, value) => {
    const r = parseTarget(text);
    expect(r.ok && r.value).toEqual({ ...value, raw: text });
    expect(r.warnings.map((w) => w.code)).not.toContain('notation/trailing-remark');
  });

  it('an actual with a remark is compared by its value', () => {
    const t = parseTarget('≥95%（含）');
    if (!t.ok) throw new Error('target');
    const e = evaluateIndicator({ tier1: '产出指标', tier2: '质量指标', name: '验收合格率', target: t.value }, '96.5%（超额完成）');
    expect([e.status, e.completion]).toEqual(['met', '1.0158']);
  });

  it('property: any formatted target with a unit, plus a remark, reads as the target with one more warning', () => {
    const unit = fc.constantFrom('户', '%', '个工作日', '万元', '次/年', '街镇');
    const value = fc.integer({ min: 0, max: 100_000 }).map(String);
    const target: fc.Arbitrary<Target> = fc.oneof(
      fc.record({ kind: fc.constant('quantitative' as const), op: fc.constantFrom('>=' as const, '>' as const, '=' as const, '<' as const, '<=' as const), value, unit, raw: fc.constant('') }),
      fc.record({ kind: fc.constant('range' as const), min: value, max: value, unit, raw: fc.constant('') }).filter((r) => Number(r.min) <= Number(r.max)),
    );
    const remark = fc.constantFrom('含', '含本数', '省级标准', '已完成', '较上年提高2个百分点', '按期完成');
    const bracket = fc.constantFrom(['（', '）'], ['(', ')']);
    fc.assert(
      fc.property(target, fc.constantFrom('plain' as const, 'shanghai' as const), remark, bracket, (t, style, words, [open, close]) => {
        const text = formatTarget(t, { style });
        const without = parseTarget(text);
        const withRemark = parseTarget(`${text}${open}${words}${close}`);
        if (!without.ok || !withRemark.ok) throw new Error(text);
        expect(withRemark.value).toEqual({ ...without.value, raw: `${text}${open}${words}${close}` });
        expect(withRemark.warnings.map((w) => w.code)).toEqual([...without.warnings.map((w) => w.code), 'notation/trailing-remark']);
      }),
    );
  });
});
