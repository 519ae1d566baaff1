import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/model/indicator';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import { monitor } from '../../src/monitor/monitor';
import { defineMonitorSettings } from '../../src/monitor/settings';

// Zhalaite 2025 (shared/samples): 时效指标 | 采购计划完成时间 | 定性 | | 11月底之前
const DUE: Indicator = { tier1: '产出指标', tier2: '时效指标', name: '采购计划完成时间', target: { kind: 'deadline', due: '--11-30', raw: '11月底之前' } };
const PERIOD: Indicator = { tier1: '产出指标', tier2: '时效指标', name: '项目实施期', target: { kind: 'period', from: '--01-01', to: '--06-30', raw: '上半年' } };

function doc(indicators: Indicator[], fiscalYear: number | null = 2025): ProjectDeclaration {
  return {
    kind: 'project-declaration',
    fiscalYear,
    projectName: '业务装备经费',
    supervisingDepartment: null,
    implementingUnit: null,
    amountUnit: 'yuan',
    funds: { total: '1030700.00', fiscal: '1030700.00', carryOver: null, other: null, extra: [] },
    goal: { annual: '', midTerm: null },
    indicators,
  };
}
function one(progress: string, asOf: string, likelihood: string | null = '确定能', ind: Indicator = DUE, settings = {}) {
  const s = defineMonitorSettings(settings);
  if (!s.ok) throw new Error('settings');
  const r = monitor(doc([ind]), { asOf, indicators: [{ indicator: 0, progress, likelihood: likelihood as never }] }, { settings: s.value });
  return { i: r.indicators[0]!, codes: r.findings.map((f) => f.code).filter((c) => c !== 'monitor/executed-missing') };
}

describe('monitor: deadline targets', () => {
  it('pending before the due date, with the days left, coloured by the likelihood', () => {
    const { i, codes } = one('', '2025-07-31');
    expect(i).toMatchObject({ judgement: 'likelihood', colour: 'green', deadline: { due: '2025-11-30', done: null, status: 'pending', daysLate: 0, daysLeft: 122 } });
    expect(codes).toEqual(['monitor/progress-missing']);
    expect(one('', '2025-11-30', null).i).toMatchObject({ judgement: 'none', colour: null, deadline: { status: 'pending', daysLeft: 0 } });
  });

  it('overdue after the due date at the as-of date: red, with a finding', () => {
    const { i, codes } = one('未完成', '2025-12-01');
    expect(i).toMatchObject({ judgement: 'deadline', colour: 'red', deadline: { status: 'overdue', daysLate: 1 } });
    expect(codes).toContain('monitor/deadline-overdue');
  });

  it('done on the due date is on time; a day later is late', () => {
    expect(one('2025年11月30日完成', '2025-12-31').i).toMatchObject({ judgement: 'deadline', colour: 'green', deadline: { done: '2025-11-30', status: 'on-time' } });
    const late = one('2025年12月1日完成', '2025-12-31', '确定能');
    expect(late.i).toMatchObject({ colour: 'red', deadline: { status: 'late', daysLate: 1 } });
    expect(late.codes).toEqual(['monitor/deadline-late', 'monitor/likelihood-conflict']);
  });

  it('完成 with no date counts as done on the as-of date', () => {
    expect(one('已完成', '2025-07-31').i).toMatchObject({ colour: 'green', deadline: { done: '2025-07-31', status: 'on-time' } });
    expect(one('已完成', '2025-12-05').i).toMatchObject({ colour: 'red', deadline: { status: 'late', daysLate: 5 } });
  });

  it('grace days are a setting', () => {
    expect(one('2025年12月2日完成', '2025-12-31', '确定能', DUE, { deadlineGraceDays: 3 }).i.deadline?.status).toBe('on-time');
  });

  it('a period is due on its last day; a number is no progress for a date', () => {
    expect(one('', '2025-07-01', '有可能', PERIOD).i.deadline).toMatchObject({ due: '2025-06-30', status: 'overdue', daysLate: 1 });
    const n = one('50%', '2025-05-31', '确定能');
    expect(n.codes).toContain('monitor/progress-not-comparable');
  });

  it('other targets have no deadline', () => {
    const q: Indicator = { tier1: '产出指标', tier2: '数量指标', name: '车辆采购数量', target: { kind: 'quantitative', op: '<=', value: '1', unit: null, raw: '≤1' } };
    expect(one('1', '2025-07-31', '确定能', q).i.deadline).toBeNull();
  });
});
