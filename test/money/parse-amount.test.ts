import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/parse-amount';

function value(text: string) {
  const r = parseAmount(text);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.errors.map((e) => e.code).join(',')}`);
  return r.value;
}
function codes(text: string) {
  const r = parseAmount(text);
  return r.ok ? [] : r.errors.map((e) => e.code);
}

describe('parseAmount', () => {
  it('reads what tables contain, keeping every written digit', () => {
    expect(value('28,963,548.68')).toEqual({ amount: '28963548.68', unit: null });
    expect(value('215,457.6')).toEqual({ amount: '215457.6', unit: null });
    expect(value('0')).toEqual({ amount: '0', unit: null });
    expect(value('0.00')).toEqual({ amount: '0.00', unit: null });
    expect(value('  89.974 ')).toEqual({ amount: '89.974', unit: null });
    expect(value('90万元')).toEqual({ amount: '90', unit: 'wan-yuan' });
    expect(value('1,200元')).toEqual({ amount: '1200', unit: 'yuan' });
    expect(value('￥12.50')).toEqual({ amount: '12.50', unit: null });
  });

  it('normalises full-width digits and reports it', () => {
    const r = parseAmount('１２３，４５６．７８');
    expect(r.ok && r.value.amount).toBe('123456.78');
    expect(r.warnings.map((w) => w.code)).toEqual(['money/full-width']);
  });

  it('refuses ambiguous amounts with a located error instead of guessing', () => {
    expect(codes('968.191 8')).toEqual(['money/space-inside']);
    expect(codes('854万854万')).toEqual(['money/repeated']);
    expect(codes('1,23,4')).toEqual(['money/bad-grouping']);
    expect(codes('12,34.5')).toEqual(['money/bad-grouping']);
    expect(codes('abc')).toEqual(['money/not-a-number']);
    expect(codes('')).toEqual(['money/blank']);
    expect(codes('   ')).toEqual(['money/blank']);
    expect(codes('1.2.3')).toEqual(['money/not-a-number']);
    expect(codes('-5')).toEqual(['money/negative']);
    const r = parseAmount('  968.191 8');
    expect(!r.ok && r.errors[0]?.column).toBe(3);
    expect(!r.ok && r.errors[0]?.message.zh).toContain('968.191 8');
  });

  it('accepts a minus only when asked', () => {
    expect(parseAmount('-5', { allowNegative: true })).toMatchObject({ ok: true, value: { amount: '-5' } });
  });

  it('never throws, and every accepted amount is a plain decimal string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const r = parseAmount(s);
        if (r.ok) expect(r.value.amount).toMatch(/^\d+(\.\d+)?$/);
        else expect(r.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads a number as written (its short cut) exactly as with spaces around it (the general path)', () => {
    const piece = fc.constantFrom('0', '1', '9', '12', '345', ',', '.', '-', '万', '元', ' ', '１');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }).map((a) => a.join('')), fc.boolean(), (s, allowNegative) => {
        const options = { allowNegative };
        const general = parseAmount(` ${s} `, options);
        const short = parseAmount(s, options);
        // Only the errors' columns differ (one space further in): compare what was read, and the codes.
        expect(short.ok).toBe(general.ok);
        if (short.ok && general.ok) {
          expect(short.value).toEqual(general.value);
          expect(short.warnings.map((w) => w.code)).toEqual(general.warnings.map((w) => w.code));
        } else if (!short.ok && !general.ok) {
          expect(short.errors.map((e) => e.code)).toEqual(general.errors.map((e) => e.code));
        }
      }),
      { numRuns: 2000 },
    );
    expect(parseAmount('-5').ok).toBe(false);
    expect(parseAmount('-5', { allowNegative: true })).toEqual({ ok: true, value: { amount: '-5', unit: null }, warnings: [] });
    expect(parseAmount('28,963,548.68')).toEqual({ ok: true, value: { amount: '28963548.68', unit: null }, warnings: [] });
  });

  it('reads back any amount written with separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const grouped = int.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const frac = String(cents).padStart(2, '0');
        expect(value(`${grouped}.${frac}`).amount).toBe(`${int}.${frac}`);
      }),
    );
  });
});
