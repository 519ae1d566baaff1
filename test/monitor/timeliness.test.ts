import { describe, expect, it } from 'vitest';
import { evaluateTimeliness } from '../../src/monitor/evaluate-timeliness';
import { onTimeRate } from '../../src/monitor/on-time-rate';

function value<T>(r: { ok: true; value: T } | { ok: false }): T {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
}

describe('evaluateTimeliness', () => {
  it('on time up to and including the due date', () => {
    expect(value(evaluateTimeliness('2024-03-31', '2024-03-31'))).toEqual({ status: 'on-time', due: '2024-03-31', done: '2024-03-31', daysLate: 0 });
    expect(value(evaluateTimeliness('2024-03-31', '2024-03-01')).status).toBe('on-time');
  });
  it('counts days late from the due date', () => {
    expect(value(evaluateTimeliness('2024-03-31', '2024-04-02'))).toEqual({ status: 'late', due: '2024-03-31', done: '2024-04-02', daysLate: 2 });
    expect(value(evaluateTimeliness('2024-12-31', '2025-01-01')).daysLate).toBe(1);
  });
  it('grace days move the deadline but not the count', () => {
    expect(value(evaluateTimeliness('2024-03-31', '2024-04-02', { graceDays: 2 })).status).toBe('on-time');
    expect(value(evaluateTimeliness('2024-03-31', '2024-04-03', { graceDays: 2 }))).toMatchObject({ status: 'late', daysLate: 3 });
    expect(() => evaluateTimeliness('2024-03-31', null, { graceDays: -1 })).toThrow(RangeError);
  });
  it('not done: overdue after the deadline at asOf, pending otherwise', () => {
    expect(value(evaluateTimeliness('2024-03-31', null, { asOf: '2024-04-10' }))).toEqual({ status: 'overdue', due: '2024-03-31', done: null, daysLate: 10 });
    expect(value(evaluateTimeliness('2024-03-31', null, { asOf: '2024-03-31' })).status).toBe('pending');
    expect(value(evaluateTimeliness('2024-03-31', null)).status).toBe('pending');
  });
  it('reports every invalid date with its field', () => {
    const r = evaluateTimeliness('2024-02-30', 'yesterday', { asOf: '31/07/2024' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => [e.code, e.field])).toEqual([
        ['monitor/invalid-date', 'due'],
        ['monitor/invalid-date', 'done'],
        ['monitor/invalid-date', 'asOf'],
      ]);
      expect(r.errors[0]?.message.zh).toContain('2024-02-30');
    }
  });
});

describe('onTimeRate', () => {
  const events = [
    { label: '1月', due: '2024-01-31', done: '2024-01-30' },
    { label: '2月', due: '2024-02-29', done: '2024-03-04' },
    { label: '3月', due: '2024-03-31', done: '2024-03-31' },
    { label: '8月', due: '2024-08-31', done: null },
  ];
  it('on time ÷ judged, pending left out', () => {
    const r = value(onTimeRate(events, { asOf: '2024-07-31' }));
    expect(r.counts).toEqual({ 'on-time': 2, late: 1, overdue: 0, pending: 1 });
    expect(r.judged).toBe(3);
    expect(r.percent).toBe('66.67');
    expect(r.items.map((i) => [i.label, i.status, i.daysLate])).toEqual([
      ['1月', 'on-time', 0],
      ['2月', 'late', 4],
      ['3月', 'on-time', 0],
      ['8月', 'pending', 0],
    ]);
  });
  it('overdue events count against the rate', () => {
    const r = value(onTimeRate(events, { asOf: '2024-09-10' }));
    expect(r.counts.overdue).toBe(1);
    expect(r.percent).toBe('50.00');
  });
  it('no rate when nothing can be judged', () => {
    expect(value(onTimeRate([]))).toMatchObject({ judged: 0, percent: null, fraction: null });
  });
  it('locates invalid dates by index and does not mutate the input', () => {
    const input = [events[0]!, { due: '2024-13-01', done: null }];
    const copy = structuredClone(input);
    const r = onTimeRate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toEqual([[1, 'due']]);
    expect(input).toEqual(copy);
  });
});
