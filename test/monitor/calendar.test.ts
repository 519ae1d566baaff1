import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysRemaining } from '../../src/monitor/days-remaining';
import { fiscalYearInterval } from '../../src/monitor/fiscal-year-interval';
import { timeProgress } from '../../src/monitor/time-progress';

describe('fiscalYearInterval', () => {
  it('is the calendar year', () => {
    const fy = fiscalYearInterval(2024);
    expect(fy.year).toBe(2024);
    expect([fy.start.getFullYear(), fy.start.getMonth(), fy.start.getDate(), fy.start.getHours()]).toEqual([2024, 0, 1, 0]);
    expect([fy.end.getFullYear(), fy.end.getMonth(), fy.end.getDate(), fy.end.getHours()]).toEqual([2024, 11, 31, 23]);
    expect(fy.days).toBe(366);
    expect(fiscalYearInterval(2023).days).toBe(365);
    expect(fiscalYearInterval('2023-05-01').year).toBe(2023);
    expect(fiscalYearInterval(new Date(2022, 3, 5)).year).toBe(2022);
  });
  it('throws RangeError on programmer errors', () => {
    expect(() => fiscalYearInterval(2024.5)).toThrow(RangeError);
    expect(() => fiscalYearInterval('2024-02-30')).toThrow(/jixiao\/monitor/);
  });
});

describe('timeProgress', () => {
  it('month basis counts completed months; the as-of month counts on its last day', () => {
    expect(timeProgress('2024-07-31')).toMatchObject({ basis: 'month', asOf: '2024-07-31', fiscalYear: 2024, elapsed: 7, total: 12, percent: '58.33' });
    expect(timeProgress('2024-07-31').fraction.startsWith('0.58333333333333333333')).toBe(true);
    expect(timeProgress('2024-07-30').elapsed).toBe(6);
    expect(timeProgress('2024-06-30')).toMatchObject({ elapsed: 6, percent: '50.00', fraction: '0.5' });
    expect(timeProgress('2024-02-29').elapsed).toBe(2); // leap-year February ends on the 29th
    expect(timeProgress('2023-02-28').elapsed).toBe(2);
    expect(timeProgress('2024-02-28').elapsed).toBe(1);
    expect(timeProgress('2024-01-01').elapsed).toBe(0);
    expect(timeProgress('2024-12-31')).toMatchObject({ elapsed: 12, percent: '100.00', fraction: '1' });
  });
  it('day basis counts the as-of day as elapsed', () => {
    expect(timeProgress('2024-07-31', { basis: 'day' })).toMatchObject({ elapsed: 213, total: 366, percent: '58.20' });
    expect(timeProgress('2023-07-31', { basis: 'day' })).toMatchObject({ elapsed: 212, total: 365, percent: '58.08' });
    expect(timeProgress('2024-01-01', { basis: 'day' }).elapsed).toBe(1);
    expect(timeProgress('2024-12-31', { basis: 'day' }).percent).toBe('100.00');
  });
  it('clamps dates outside the fiscal year', () => {
    expect(timeProgress('2023-12-31', { fiscalYear: 2024 }).elapsed).toBe(0);
    expect(timeProgress('2025-01-15', { fiscalYear: 2024, basis: 'day' })).toMatchObject({ elapsed: 366, total: 366 });
  });
  it('accepts a Date and ignores its time of day', () => {
    expect(timeProgress(new Date(2024, 6, 31, 23, 59)).elapsed).toBe(7);
  });
  it('rejects invalid dates as programmer errors', () => {
    expect(() => timeProgress('2024-7-31')).toThrow(RangeError);
    expect(() => timeProgress(new Date(Number.NaN))).toThrow(RangeError);
  });
  it('elapsed + remaining = days in year, and progress never decreases', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), (offset) => {
        const d = new Date(2024, 0, 1 + offset);
        const next = new Date(2024, 0, 2 + offset);
        const tp = timeProgress(d, { basis: 'day' });
        expect(tp.elapsed + daysRemaining(d)).toBe(366);
        if (next.getFullYear() === 2024) {
          expect(timeProgress(next, { basis: 'day' }).elapsed).toBe(tp.elapsed + 1);
          expect(timeProgress(next).elapsed).toBeGreaterThanOrEqual(timeProgress(d).elapsed);
        }
      }),
    );
  });
});

describe('daysRemaining', () => {
  it('counts the days after the as-of date', () => {
    expect(daysRemaining('2024-07-31')).toBe(153);
    expect(daysRemaining('2024-12-31')).toBe(0);
    expect(daysRemaining('2024-01-01')).toBe(365);
    expect(daysRemaining('2023-12-01', { fiscalYear: 2024 })).toBe(366);
    expect(daysRemaining('2025-02-01', { fiscalYear: 2024 })).toBe(0);
  });
});
