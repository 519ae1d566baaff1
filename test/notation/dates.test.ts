import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actual as ActualSchema } from '../../src/model/actual';
import type { Target } from '../../src/model/target';
import { Target as TargetSchema } from '../../src/model/target';
import { direction } from '../../src/notation/direction';
import { formatActual } from '../../src/notation/format-actual';
import { formatTarget } from '../../src/notation/format-target';
import { parseActual } from '../../src/notation/parse-actual';
import { parseTarget } from '../../src/notation/parse-target';
import { parseTargetColumns } from '../../src/notation/parse-target-columns';
import { resolveTargetDate } from '../../src/notation/resolve-target-date';
import type { Result } from '../../src/model/finding';

/** The value of a result, or undefined when it failed (the assertion then fails). */
function value<T>(r: Result<T>): T | undefined {
  return r.ok ? r.value : undefined;
}

function read(text: string): { target: Omit<Target, 'raw'>; codes: string[] } {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(`expected ok for ${text}: ${r.errors.map((e) => e.code).join(',')}`);
  expect(TargetSchema.safeParse(r.value).success).toBe(true);
  expect(r.value.raw).toBe(text);
  const { raw: _raw, ...target } = r.value;
  return { target, codes: r.warnings.map((w) => w.code) };
}
const deadline = (due: string) => ({ kind: 'deadline', due });
const period = (from: string, to: string) => ({ kind: 'period', from, to });

describe('parseTarget — deadlines (时效指标), never numbers', () => {
  it.each([
    // shared/samples/nm-hinggan-zhalaite-2025-project-declaration.txt: 采购计划完成时间 | 定性 | | 11月底之前
    ['11月底之前', '--11-30'],
    // the notations of issue 9 and of published 时效 targets
    ['12月底到位', '--12-31'],
    ['2024年12月31日前', '2024-12-31'],
    ['2024.12.31前完成', '2024-12-31'],
    ['2024-12-31前', '2024-12-31'],
    ['2024/6/30前完成', '2024-06-30'],
    ['6月30日前', '--06-30'],
    ['6月30号之前', '--06-30'],
    ['年底前', '--12-31'],
    ['年内完成', '--12-31'],
    ['上半年完成', '--06-30'],
    ['三季度末', '--09-30'],
    ['2024年第三季度末', '2024-09-30'],
    ['2024年底', '2024-12-31'],
    ['2024年度内完成', '2024-12-31'],
    ['2024年12月', '2024-12-31'],
    ['12月完成', '--12-31'],
    ['2月底前', '--02-29'],
    ['2023年2月底前', '2023-02-28'],
    ['截至2024年12月31日', '2024-12-31'],
    ['不晚于11月30日', '--11-30'],
    ['在2024年底前完成道路建设', '2024-12-31'],
    ['≤2024年12月31日', '2024-12-31'],
    ['2024 年 12 月 31 日前', '2024-12-31'],
    ['12月底前完成项目验收', '--12-31'],
  ])('%s is due %s', (text, due) => {
    expect(read(text)).toEqual({ target: deadline(due), codes: ['notation/date-deadline'] });
  });

  it('reads a month with 前 as by its end, and warns that it may mean before the month begins', () => {
    expect(read('12月前')).toEqual({ target: deadline('--12-31'), codes: ['notation/date-deadline', 'notation/date-month-before'] });
    expect(read('2024.12前')).toEqual({ target: deadline('2024-12-31'), codes: ['notation/date-deadline', 'notation/date-month-before'] });
    // a month end or a day is not ambiguous
    expect(read('12月底前').codes).toEqual(['notation/date-deadline']);
  });

  it('reports full-width forms and brackets after the date as for numbers', () => {
    expect(read('２０２４年１２月３１日前')).toEqual({ target: deadline('2024-12-31'), codes: ['notation/full-width', 'notation/date-deadline'] });
    expect(read('2024年12月31日前（含）')).toEqual({ target: deadline('2024-12-31'), codes: ['notation/date-deadline', 'notation/trailing-remark'] });
  });

  it('places the finding at the date, after a lead word', () => {
    const r = parseTarget('  截至2024年12月31日');
    expect(r.ok && r.warnings.map((w) => [w.code, w.column])).toEqual([['notation/date-deadline', 5]]);
    expect(r.ok && r.warnings[0]?.message.zh).toBe('“截至2024年12月31日”按完成时限读取：不晚于2024-12-31');
    const y = parseTarget('12月底到位');
    expect(y.ok && y.warnings[0]?.message.en).toBe('"12月底到位" is read as a deadline: on or before --12-31 (no year written: the fiscal year\'s)');
  });
});

describe('parseTarget — periods', () => {
  it.each([
    // issue 9: today read as the numeric range 2023.07–2024.01
    ['2023.07-2024.01', '2023-07-01', '2024-01-31'],
    ['2023.7—2024.1', '2023-07-01', '2024-01-31'],
    ['2021年1月-12月', '2021-01-01', '2021-12-31'],
    ['2024年1月至12月', '2024-01-01', '2024-12-31'],
    ['2024年1-12月', '2024-01-01', '2024-12-31'],
    ['1-12月', '--01-01', '--12-31'],
    ['2024年1月1日至2024年12月31日', '2024-01-01', '2024-12-31'],
    ['2024.1.1-2024.12.31', '2024-01-01', '2024-12-31'],
    // shared/samples/zj-taizhou-linhai-2024-project-declaration.txt: 时效指标 | 全年
    ['全年', '--01-01', '--12-31'],
    ['上半年', '--01-01', '--06-30'],
    ['2024年度', '2024-01-01', '2024-12-31'],
  ])('%s runs from %s to %s', (text, from, to) => {
    const { target, codes } = read(text);
    expect(target).toEqual(period(from, to));
    expect(codes.filter((c) => c !== 'notation/character-variant')).toEqual(['notation/date-period']);
  });

  it('is a deadline at its end with a deadline word after it', () => {
    expect(read('2023.07-2024.01前').target).toEqual(deadline('2024-01-31'));
    expect(read('全年完成').target).toEqual(deadline('--12-31'));
  });
});

describe('parseTarget — what stays a number or a word', () => {
  it.each([
    ['12月', 'quantitative'], // a number of months, as before
    ['12月份', 'quantitative'],
    ['6月内', 'quantitative'], // ≤ 6 months: 内 needs more than a month
    ['≤6月', 'quantitative'],
    ['3个工作日内', 'quantitative'],
    ['2024.12', 'quantitative'], // a month needs a date's context
    ['2024年', 'quantitative'],
    ['2024年1月1日起实施', 'qualitative'], // a start
    ['全年无事故', 'qualitative'], // a statement about the year
    ['12月底前完成3个项目', 'qualitative'], // two targets
    ['按时完成', 'qualitative'],
    ['每月10日前发放', 'qualitative'], // a recurring deadline
    ['次年3月底前', 'qualitative'], // a year relative to the fiscal year: not modelled
    ['1000.5-2000.1', 'range'], // dotted numbers outside the years of budgets
  ])('%s is %s', (text, kind) => {
    expect(read(text).target.kind).toBe(kind);
  });
});

describe('parseTarget — dates that are no days', () => {
  it.each([
    ['2月30日前', 'notation/date-invalid', 1],
    ['2023年2月29日前', 'notation/date-invalid', 1],
    ['13月底前', 'notation/date-invalid', 1],
    ['截至2024.13.1', 'notation/date-invalid', 3],
    ['2024.07-2024.01', 'notation/period-reversed', 1],
    ['11月-2月', 'notation/period-reversed', 1],
  ])('%s is an error (%s)', (text, code, column) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.map((e) => [e.code, e.column])).toEqual([[code, column]]);
  });
});

describe('parseTargetColumns — dates', () => {
  it('reads a date under 定性 as a date (Zhalaite: 定性 | | 11月底之前)', () => {
    const r = parseTargetColumns({ operator: '', value: '11月底之前', unit: '' });
    expect(r.ok && r.value).toEqual({ kind: 'deadline', due: '--11-30', raw: '\t11月底之前\t' });
    const q = parseTargetColumns({ operator: '定性', value: '11月底之前', unit: '' });
    expect(q.ok && q.value).toEqual({ kind: 'deadline', due: '--11-30', raw: '定性\t11月底之前\t' });
    expect(q.ok && q.warnings.map((w) => [w.code, w.column])).toEqual([['notation/date-deadline', 4]]);
  });
  it('accepts ≤ beside a date and refuses ≥', () => {
    expect(parseTargetColumns({ operator: '≤', value: '2024年12月31日', unit: '' }).ok).toBe(true);
    const r = parseTargetColumns({ operator: '≥', value: '2024年12月31日', unit: '' });
    expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['notation/operator-conflict']);
  });
});

describe('parseActual — completion dates', () => {
  it.each([
    ['2024年11月20日完成', '2024-11-20'],
    ['12月底前完成', '--12-31'],
    ['11月20日', '--11-20'],
    ['年底前完成', '--12-31'],
    ['2023.07-2024.01', '2024-01-31'], // a period by its last day
    ['2024.12.31', '2024-12-31'],
  ])('%s was done by %s', (text, date) => {
    const r = parseActual(text);
    expect(r.ok && r.value).toEqual({ kind: 'date', date, raw: text });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['notation/date-completed']);
    expect(r.ok && ActualSchema.safeParse(r.value).success).toBe(true);
  });
  it('keeps words and numbers as they were', () => {
    expect(value(parseActual('按时完成'))).toEqual({ kind: 'qualitative', text: '按时完成', raw: '按时完成' });
    expect(value(parseActual('已完成'))).toEqual({ kind: 'grade', grade: 'achieved', raw: '已完成' });
    expect(value(parseActual('12月'))).toEqual({ kind: 'quantitative', value: '12', unit: '月', raw: '12月' });
  });
});

describe('resolveTargetDate', () => {
  it('places a day without its year in the fiscal year, 29 February as the last day of February', () => {
    expect(resolveTargetDate('--12-31', 2024)).toBe('2024-12-31');
    expect(resolveTargetDate('--02-29', 2024)).toBe('2024-02-29');
    expect(resolveTargetDate('--02-29', 2023)).toBe('2023-02-28');
    expect(resolveTargetDate('2023-06-30', 2024)).toBe('2023-06-30');
    expect(resolveTargetDate('--12-31', null)).toBeNull();
    expect(resolveTargetDate('2024-12-31', null)).toBe('2024-12-31');
  });
  it('throws a TypeError naming the parameter for what is no target date', () => {
    expect(() => resolveTargetDate('2024-13-01', 2024)).toThrow(/\(date\)/);
    expect(() => resolveTargetDate('--12-31', 24.5)).toThrow(/\(fiscalYear\)/);
  });
});

describe('formatTarget, formatActual and direction of dates', () => {
  it('writes days as tables do', () => {
    expect(formatTarget({ kind: 'deadline', due: '--11-30', raw: '11月底之前' })).toBe('11月30日前');
    expect(formatTarget({ kind: 'deadline', due: '2024-12-31', raw: '' }, { style: 'plain' })).toBe('2024年12月31日前');
    expect(formatTarget({ kind: 'period', from: '2023-07-01', to: '2024-01-31', raw: '' })).toBe('2023年7月1日至2024年1月31日');
    expect(formatActual({ kind: 'date', date: '--11-20', raw: '' })).toBe('11月20日');
  });
  it('a deadline is met on or before its day: lower is better', () => {
    expect(direction({ kind: 'deadline', due: '--12-31', raw: '' })).toBe('lower-is-better');
    expect(direction({ kind: 'period', from: '--01-01', to: '--12-31', raw: '' })).toBe('lower-is-better');
  });

  const day = fc
    .record({ year: fc.option(fc.integer({ min: 1990, max: 2199 }), { nil: null }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= new Date(year ?? 2000, month, 0).getDate())
    .map(({ year, month, day }) => `${year === null ? '-' : year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);

  it('formatTarget → parseTarget gives the deadline or period back (both styles)', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom('shanghai' as const, 'plain' as const), (a, b, style) => {
        const due: Target = { kind: 'deadline', due: a, raw: '' };
        const back = parseTarget(formatTarget(due, { style }));
        expect(back.ok && back.value).toEqual({ ...due, raw: formatTarget(due, { style }) });
        // a period: both days with a year or neither, the earlier first
        const [from, to] = [a, a.startsWith('--') === b.startsWith('--') ? b : a].sort() as [string, string];
        const p: Target = { kind: 'period', from, to, raw: '' };
        expect(TargetSchema.safeParse(p).success).toBe(true);
        const text = formatTarget(p, { style });
        expect(value(parseTarget(text))).toEqual({ ...p, raw: text });
      }),
      { numRuns: 400 },
    );
  });

  it('formatActual → parseActual gives the completion date back', () => {
    fc.assert(
      fc.property(day, (date) => {
        const text = formatActual({ kind: 'date', date, raw: '' });
        expect(value(parseActual(text))).toEqual({ kind: 'date', date, raw: text });
      }),
      { numRuns: 300 },
    );
  });
});
