import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/parse-amount';
import type { Result } from '../../src/model/finding';

/** The value of a result, or undefined when it failed (the assertion then fails). */
function value<T>(r: Result<T>): T | undefined {
  return r.ok ? r.value : undefined;
}

describe('parseAmount — an amount with a remark', () => {
  it('reads the leading amount and names the remark in a warning at its bracket (issue 9: 854万(其中…400万元,…))', () => {
    const r = parseAmount('854万(其中：市级400万元，县级454万元)');
    expect(r.ok && r.value).toEqual({ amount: '854', unit: 'wan-yuan' });
    expect(r.warnings.map((w) => [w.code, w.column, w.data])).toEqual([['money/remark', 5, undefined]]);
    expect(r.warnings[0]?.message.zh).toContain('其中：市级400万元，县级454万元');
  });

  it.each([
    ['854万元（含上年结转100万元）', '854', 'wan-yuan'],
    ['90万元，其中上年结转10万元', '90', 'wan-yuan'],
    ['1,030,700.00(其中财政拨款1,000,000.00)', '1030700.00', null],
    ['854万(其中400万元', '854', 'wan-yuan'], // a remark cut off by the copy
    ['  20.00 【包括设备购置】', '20.00', null],
  ])('%s is %s', (text, amount, unit) => {
    const r = parseAmount(text);
    expect(r.ok && r.value).toEqual({ amount, unit });
    expect(r.warnings.map((w) => w.code)).toEqual(['money/remark']);
  });

  it('reads 万 alone and a bracketed unit as units, with no remark', () => {
    expect(parseAmount('854万')).toEqual({ ok: true, value: { amount: '854', unit: 'wan-yuan' }, warnings: [] });
    expect(parseAmount('854（万元）')).toEqual({ ok: true, value: { amount: '854', unit: 'wan-yuan' }, warnings: [] });
    expect(parseAmount('1200(元)').ok && value(parseAmount('1200(元)'))).toEqual({ amount: '1200', unit: 'yuan' });
  });

  it('still refuses two amounts with no remark marker, an amount written twice, and a damaged one before a remark', () => {
    const codes = (t: string) => {
      const r = parseAmount(t);
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes('854万854万')).toEqual(['money/repeated']);
    expect(codes('854万400万')).toEqual(['money/not-a-number']);
    expect(codes('854 400')).toEqual(['money/space-inside']);
    expect(codes('968.191 8(其中)')).toEqual(['money/space-inside']);
    expect(codes('(其中400万)')).toEqual(['money/not-a-number']);
    expect(codes('约854万(其中)')).toEqual(['money/not-a-number']);
  });

  it('keeps reading amounts as before', () => {
    expect(parseAmount('1,030,700.00')).toEqual({ ok: true, value: { amount: '1030700.00', unit: null }, warnings: [] });
    expect(parseAmount('3,239,300.00').ok).toBe(true);
  });
});
