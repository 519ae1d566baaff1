import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from '../../src/money/allocate';
import { convertAmount } from '../../src/money/convert';
import { Dec, roundHalfUp, toDecimalString } from '../../src/money/decimal';
import { formatAmount } from '../../src/money/format-amount';
import { parseAmount } from '../../src/money/parse-amount';

describe('formatAmount', () => {
  it('writes 元 with two decimals and separators', () => {
    expect(formatAmount('28963548.68')).toBe('28,963,548.68');
    expect(formatAmount('215457.6')).toBe('215,457.60');
    expect(formatAmount('0')).toBe('0.00');
    expect(formatAmount('-1234.5')).toBe('-1,234.50');
    expect(formatAmount('999.995')).toBe('1,000.00');
    expect(formatAmount('1234.5', { grouping: false })).toBe('1234.50');
  });
  it('writes 万元 at the caller-chosen precision, or exactly', () => {
    expect(formatAmount('89.974', { unit: 'wan-yuan', precision: 2 })).toBe('89.97');
    expect(formatAmount('89.975', { unit: 'wan-yuan', precision: 2 })).toBe('89.98');
    expect(formatAmount('12345.6789', { unit: 'wan-yuan' })).toBe('12,345.6789');
  });
  it('round-trips through parseAmount', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (cents) => {
        const s = toDecimalString(new Dec(cents.toString()).dividedBy(100), 2);
        const r = parseAmount(formatAmount(s));
        expect(r.ok && r.value.amount).toBe(s);
      }),
    );
  });
});

describe('convertAmount', () => {
  it('converts exactly between 元 and 万元', () => {
    expect(convertAmount('89.974', 'wan-yuan', 'yuan')).toBe('899740');
    expect(convertAmount('215457.6', 'yuan', 'wan-yuan')).toBe('21.54576');
    expect(convertAmount('0.01', 'yuan', 'wan-yuan')).toBe('0.000001');
    expect(convertAmount('7', 'yuan', 'yuan')).toBe('7');
  });
  it('is exactly reversible', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 16n }), (cents) => {
        const yuan = toDecimalString(new Dec(cents.toString()).dividedBy(100));
        expect(new Dec(convertAmount(convertAmount(yuan, 'yuan', 'wan-yuan'), 'wan-yuan', 'yuan')).eq(yuan)).toBe(true);
      }),
    );
  });
});

describe('roundHalfUp and toDecimalString', () => {
  it('rounds half-up, the rule of published tables', () => {
    expect(roundHalfUp('5.325').toFixed(2)).toBe('5.33');
    expect(roundHalfUp('8.6184').toFixed(2)).toBe('8.62');
    expect(roundHalfUp('-0.004').toFixed(2)).toBe('0.00');
    expect(toDecimalString(new Dec('-0.001'), 2)).toBe('0.00');
    expect(toDecimalString(new Dec('1e-7'))).toBe('0.0000001');
  });
  it('does not change the global decimal.js configuration', async () => {
    const { default: Decimal } = await import('decimal.js');
    expect(Decimal.precision).toBe(20);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
    expect(Dec.precision).toBe(40);
  });
});

describe('allocate', () => {
  it('splits so that the parts add up exactly', () => {
    expect(allocate('50', ['1', '1', '1'])).toEqual(['16.67', '16.67', '16.66']);
    expect(allocate('100', ['3', '1'], 0)).toEqual(['75', '25']);
    expect(allocate('10', ['1', '0', '2'])).toEqual(['3.33', '0.00', '6.67']);
  });
  it('refuses ratios that cannot be split (programmer error)', () => {
    expect(() => allocate('10', ['0', '0'])).toThrow(RangeError);
    expect(() => allocate('10', ['-1', '2'])).toThrow(RangeError);
    expect(() => allocate('1.005', ['1', '1'])).toThrow(/more than 2 fraction digits/);
    expect(allocate('1.005', ['1', '1'], 3)).toEqual(['0.503', '0.502']);
  });
  it('always sums to the total, each part within one step of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 30 }).filter((a) => a.some((x) => x > 0)),
        (cents, ratios) => {
          const total = toDecimalString(new Dec(cents).dividedBy(100), 2);
          const parts = allocate(total, ratios.map(String));
          const sum = parts.reduce((a, p) => a.plus(p), new Dec(0));
          expect(sum.eq(total)).toBe(true);
          const rsum = ratios.reduce((a, b) => a + b, 0);
          parts.forEach((p, i) => {
            const exact = new Dec(total).times(ratios[i] as number).dividedBy(rsum);
            expect(new Dec(p).minus(exact).abs().lte('0.01')).toBe(true);
          });
        },
      ),
    );
  });
});
