import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { Indicator } from '../../src/model/indicator';
import { monitor } from '../../src/monitor/monitor';
import { DEFAULT_MONITOR_SETTINGS } from '../../src/monitor/settings';
import type { MonitoringSnapshot } from '../../src/monitor/snapshot';

function q(op: '>=' | '>' | '=' | '<' | '<=' | null, value: string, unit: string | null, raw: string): Indicator['target'] {
  return { kind: 'quantitative', op, value, unit, raw };
}

function declaration(indicators: Indicator[] = [], total: string | null = '100'): ProjectDeclaration {
  return {
    kind: 'project-declaration',
    fiscalYear: 2024,
    projectName: '社区助餐点运营补贴',
    supervisingDepartment: null,
    implementingUnit: null,
    amountUnit: 'wan-yuan',
    funds: { total, fiscal: total, carryOver: null, other: null, extra: [] },
    goal: { annual: '', midTerm: null },
    indicators,
  };
}

const INDICATORS: Indicator[] = [
  { tier1: '产出指标', tier2: '数量指标', name: '入户指导', target: q('>=', '30', '户', '≥30户') },
  { tier1: '产出指标', tier2: '质量指标', name: '验收合格率', target: q('=', '100', '%', '=100%') },
  { tier1: '产出指标', tier2: '成本指标', name: '每餐补贴标准', target: q('<=', '5', '元/餐', '≤5元/餐') },
  { tier1: '产出指标', tier2: '时效指标', name: '补贴发放及时性', target: { kind: 'qualitative', text: '及时', raw: '及时' } },
  { tier1: '效益指标', tier2: '生态效益指标', name: '生态效益', target: { kind: 'notApplicable', raw: '/' } },
  { tier1: '效益指标', tier2: '社会效益指标', name: '老年人就餐便利度', target: { kind: 'qualitative', text: '明显提升', raw: '明显提升' } },
];

function budgetColour(executed: string, asOf: string, budget = '100') {
  const r = monitor(declaration([], budget), { asOf, budget: { executed } });
  return r.budget;
}

describe('monitor: budget', () => {
  it('acceptance: 40 of 100 on 2024-07-31 (month basis) is 68.57% of time progress 58.33%: yellow', () => {
    const r = monitor(declaration(), { asOf: '2024-07-31', budget: { executed: '40' } });
    expect(r.timeProgress).toMatchObject({ elapsed: 7, total: 12, percent: '58.33' });
    expect(r.daysRemaining).toBe(153);
    expect(r.budget).toEqual({
      amountUnit: 'wan-yuan',
      budget: '100',
      executed: '40',
      executionPercent: '40.00',
      ratioPercent: '68.57',
      colour: 'yellow',
      projectedExecuted: '68.57',
      projectedPercent: '68.57',
    });
    expect(r.overall).toBe('yellow');
  });

  it('pins each band edge, lower bounds inclusive (time progress 6/12)', () => {
    expect(budgetColour('29.99', '2024-06-30')).toMatchObject({ ratioPercent: '59.98', colour: 'red' });
    expect(budgetColour('30', '2024-06-30')).toMatchObject({ ratioPercent: '60.00', colour: 'yellow' });
    expect(budgetColour('39.99', '2024-06-30')).toMatchObject({ ratioPercent: '79.98', colour: 'yellow' });
    expect(budgetColour('40', '2024-06-30')).toMatchObject({ ratioPercent: '80.00', colour: 'green' });
    expect(budgetColour('90', '2024-06-30')).toMatchObject({ ratioPercent: '180.00', colour: 'green' }); // no blue for budgets
  });

  it('decides edges exactly even when time progress does not terminate (7/12)', () => {
    // 35 / 100 ÷ 7/12 = 0.6 exactly
    expect(budgetColour('35', '2024-07-31')).toMatchObject({ ratioPercent: '60.00', colour: 'yellow' });
    expect(budgetColour('34.9999999', '2024-07-31')).toMatchObject({ ratioPercent: '60.00', colour: 'red' });
  });

  it('the day basis and other settings change the result', () => {
    const day = monitor(declaration(), { asOf: '2024-07-31', budget: { executed: '40' } }, { basis: 'day' });
    expect(day.timeProgress?.percent).toBe('58.20');
    expect(day.budget?.ratioPercent).toBe('68.73'); // 0.4 × 366 / 213
    const strict = monitor(declaration(), { asOf: '2024-07-31', budget: { executed: '40' } }, { settings: { ...DEFAULT_MONITOR_SETTINGS, budgetBands: { yellow: '70', green: '90' } } });
    expect(strict.budget?.colour).toBe('red');
  });

  it('uses the snapshot budget and amount unit when given', () => {
    const r = monitor(declaration(), { asOf: '2024-06-30', amountUnit: 'yuan', budget: { budget: '800000', executed: '400000' } });
    expect(r.budget).toMatchObject({ budget: '80', executed: '40', ratioPercent: '100.00', colour: 'green' });
  });

  it('reports missing amounts and zero time instead of dividing', () => {
    expect(monitor(declaration(), { asOf: '2024-07-31' }).findings.map((f) => f.code)).toEqual(['monitor/executed-missing']);
    const noBudget = monitor(declaration([], null), { asOf: '2024-07-31', budget: { executed: '1' } });
    expect(noBudget.budget).toBeNull();
    expect(noBudget.findings.map((f) => [f.code, f.path])).toEqual([['monitor/budget-missing', ['funds', 'total']]]);
    expect(monitor(declaration([], '0'), { asOf: '2024-07-31', budget: { executed: '1' } }).findings[0]?.code).toBe('monitor/budget-zero');
    const jan = monitor(declaration(), { asOf: '2024-01-15', budget: { executed: '1' } });
    expect(jan.budget).toMatchObject({ executionPercent: '1.00', ratioPercent: null, colour: null });
    expect(jan.findings.map((f) => f.code)).toEqual(['monitor/time-progress-zero']);
  });

  it('an invalid as-of date is an error finding, not a throw', () => {
    const r = monitor(declaration(), { asOf: '2024-02-30', budget: { executed: '40' } });
    expect(r.timeProgress).toBeNull();
    expect(r.findings[0]).toMatchObject({ code: 'monitor/invalid-date', severity: 'error' });
    expect(r.budget?.colour).toBeNull();
  });

  it('warns when the as-of date is outside the document year', () => {
    const r = monitor(declaration(), { asOf: '2025-03-31', budget: { executed: '40' } });
    expect(r.timeProgress?.percent).toBe('100.00');
    expect(r.findings.map((f) => f.code)).toContain('monitor/year-mismatch');
  });

  it('ratio colour is monotone in the executed amount (property)', () => {
    const rank = { red: 0, yellow: 1, green: 2, blue: 3 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 20000 }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = budgetColour((lo / 100).toFixed(2), '2024-07-31')?.colour;
        const b = budgetColour((hi / 100).toFixed(2), '2024-07-31')?.colour;
        expect(rank[a!]).toBeLessThanOrEqual(rank[b!]);
      }),
      { numRuns: 200 },
    );
  });
});

function snapshot(progress: MonitoringSnapshot['indicators'], asOf = '2024-06-30'): MonitoringSnapshot {
  return { asOf, budget: { executed: '50' }, indicators: progress };
}

function colourOf(target: Indicator['target'], progress: string, asOf = '2024-06-30') {
  const doc = declaration([{ tier1: '产出指标', tier2: '数量指标', name: 'x', target }]);
  const r = monitor(doc, snapshot([{ indicator: 0, progress, likelihood: '确定能' }], asOf));
  return r.indicators[0];
}

describe('monitor: indicators', () => {
  it('positive indicators: a ÷ (t × time progress), edges inclusive, blue from 120%', () => {
    const t = q('>=', '100', '户', '≥100户');
    expect(colourOf(t, '29.99户')).toMatchObject({ judgement: 'prorated', ratioPercent: '59.98', colour: 'red' });
    expect(colourOf(t, '30户')).toMatchObject({ ratioPercent: '60.00', colour: 'yellow' });
    expect(colourOf(t, '40户')).toMatchObject({ ratioPercent: '80.00', colour: 'green' });
    expect(colourOf(t, '59.99户')).toMatchObject({ ratioPercent: '119.98', colour: 'green' });
    expect(colourOf(t, '60户')).toMatchObject({ ratioPercent: '120.00', colour: 'blue' });
  });

  it('projects the year end at the same pace', () => {
    expect(colourOf(q('>=', '30', '户', '≥30户'), '20户', '2024-07-31')?.projection).toEqual({ value: '34.29', meetsTarget: true });
    expect(colourOf(q('>', '40', '户', '>40户'), '20户', '2024-06-30')?.projection).toEqual({ value: '40.00', meetsTarget: false });
  });

  it('rates are compared as levels unless prorateRates', () => {
    const t = q('>=', '90', '%', '≥90%');
    expect(colourOf(t, '95%')).toMatchObject({ judgement: 'level', ratioPercent: '105.56', colour: 'green', projection: { value: '95.00', meetsTarget: true } });
    const doc = declaration([{ tier1: '满意度指标', tier2: '服务对象满意度指标', name: 'x', target: t }]);
    const r = monitor(doc, snapshot([{ indicator: 0, progress: '95%', likelihood: '确定能' }]), { settings: { ...DEFAULT_MONITOR_SETTINGS, prorateRates: true } });
    expect(r.indicators[0]).toMatchObject({ judgement: 'prorated', colour: 'blue' });
  });

  it('reverse indicators: within t green, else red (strict < honoured)', () => {
    expect(colourOf(q('<=', '5', '元/餐', '≤5元/餐'), '5元/餐')).toMatchObject({ judgement: 'within', colour: 'green' });
    expect(colourOf(q('<=', '5', '元/餐', '≤5元/餐'), '5.01元/餐')).toMatchObject({ colour: 'red' });
    expect(colourOf(q('<', '5', '元/餐', '<5元/餐'), '5元/餐')).toMatchObject({ colour: 'red' });
  });

  it('equality targets behave as positive; t = 0 is met by 0', () => {
    expect(colourOf(q('=', '14', '街镇', '=14街镇'), '7街镇')).toMatchObject({ judgement: 'prorated', colour: 'green' });
    expect(colourOf(q('=', '0', '起', '=0起'), '0起')).toMatchObject({ colour: 'green' });
    expect(colourOf(q('=', '0', '起', '=0起'), '1起')).toMatchObject({ colour: 'red' });
  });

  it('qualitative targets by grade, by the planned word, or by likelihood', () => {
    const t: Indicator['target'] = { kind: 'qualitative', text: '及时', raw: '及时' };
    expect(colourOf(t, '及时')).toMatchObject({ judgement: 'grade', colour: 'green' });
    expect(colourOf(t, '部分达成年度指标并具有一定效果')).toMatchObject({ judgement: 'grade', colour: 'yellow' });
    expect(colourOf(t, '未达成年度指标且效果较差')).toMatchObject({ judgement: 'grade', colour: 'red' });
    expect(colourOf(t, '正在推进')).toMatchObject({ judgement: 'likelihood', colour: 'green' });
  });

  it('a 有可能 without 偏差原因 is an error finding (severity is a setting)', () => {
    const doc = declaration([INDICATORS[0]!]);
    const r = monitor(doc, snapshot([{ indicator: 0, progress: '15户', likelihood: '有可能' }]));
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['monitor/deviation-reason-missing', 'error'],
      ['monitor/remedy-missing', 'error'],
    ]);
    const lenient = monitor(doc, snapshot([{ indicator: 0, progress: '15户', likelihood: '有可能' }]), { settings: { ...DEFAULT_MONITOR_SETTINGS, explanationSeverity: 'warning' } });
    expect(lenient.findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('matching: index, name, ambiguous names, duplicates, name disagreeing with index', () => {
    const doc = declaration([INDICATORS[0]!, { ...INDICATORS[0]!, tier2: '质量指标' }, INDICATORS[2]!]);
    const r = monitor(
      doc,
      snapshot([
        { name: '入户指导', progress: '1户', likelihood: '确定能' },
        { indicator: 2, name: '别的名字', progress: '1元/餐', likelihood: '确定能' },
        { indicator: 2, progress: '2元/餐', likelihood: '确定能' },
        { indicator: 9 },
      ]),
    );
    expect(r.findings.map((f) => f.code)).toEqual([
      'monitor/indicator-ambiguous',
      'monitor/indicator-unknown',
      'monitor/indicator-name-differs',
      'monitor/progress-duplicate',
      'monitor/progress-missing',
      'monitor/likelihood-missing',
      'monitor/progress-missing',
      'monitor/likelihood-missing',
    ]);
    expect(r.indicators[2]?.progress).toMatchObject({ kind: 'quantitative', value: '1' });
  });

  it('progress in another unit is not compared', () => {
    const r = colourOf(q('>=', '100', '户', '≥100户'), '60人');
    expect(r).toMatchObject({ judgement: 'likelihood', colour: 'green' });
  });

  it('progress in the same unit with another magnitude word (万) is compared in the target unit', () => {
    // 0.003万户 = 30户: 30 ÷ (100 × 50%) = 60%, as for '30户' above.
    expect(colourOf(q('>=', '100', '户', '≥100户'), '0.003万户')).toMatchObject({ judgement: 'prorated', ratioPercent: '60.00', colour: 'yellow' });
    expect(colourOf(q('>=', '1', '万人次', '≥1万人次'), '3000人次')).toMatchObject({ ratioPercent: '60.00', colour: 'yellow' });
  });

  it('the full report: colours, worst colour, counts and findings', () => {
    const doc = declaration(INDICATORS);
    const before = structuredClone(doc);
    const snap = snapshot(
      [
        { name: '入户指导', progress: '12户', likelihood: '有可能', deviationReason: '入户工作集中在下半年' },
        { indicator: 1, progress: '100%', likelihood: '确定能' },
        { indicator: 2, progress: '4.8元/餐', likelihood: '确定能' },
        { name: '补贴发放及时性', progress: '及时', likelihood: '不可能', deviationReason: '系统故障', remedy: '人工补发' },
        { name: '不存在的指标', progress: '1' },
      ],
      '2024-07-31',
    );
    const snapBefore = structuredClone(snap);
    const r = monitor(doc, snap);
    expect(r.indicators.map((i) => [i.index, i.colour, i.judgement, i.ratioPercent])).toEqual([
      [0, 'yellow', 'prorated', '68.57'], // 12 × 12 ÷ (30 × 7)
      [1, 'green', 'level', '100.00'],
      [2, 'green', 'within', null],
      [3, 'green', 'grade', null],
      [5, null, 'none', null], // no progress, no likelihood; row 4 is not applicable
    ]);
    expect(r.budget?.colour).toBe('green'); // 50 × 12 ÷ (100 × 7) = 85.71%
    expect(r.overall).toBe('yellow');
    expect(r.counts).toEqual({ red: 0, yellow: 1, green: 4, blue: 0 });
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['monitor/indicator-unknown', 'error', ['snapshot', 'indicators', 4]],
      ['monitor/remedy-missing', 'error', ['indicators', 0]],
      ['monitor/likelihood-conflict', 'warning', ['indicators', 3]],
      ['monitor/progress-missing', 'warning', ['indicators', 5]],
      ['monitor/likelihood-missing', 'warning', ['indicators', 5]],
    ]);
    expect(r.findings[1]?.message.zh).toBe('“入户指导”的完成目标可能性为“有可能”，但未填写改进措施');
    expect(doc).toEqual(before);
    expect(snap).toEqual(snapBefore);
  });
});

describe('monitor: cumulative override', () => {
  it('a level indicator (cumulative: false) is compared as it stands; a rate can be prorated', () => {
    const doc = declaration([
      { tier1: '效益指标', tier2: '社会效益指标', name: '覆盖街镇', target: q('=', '14', '街镇', '=14街镇') },
      { tier1: '产出指标', tier2: '质量指标', name: '完成率', target: q('>=', '90', '%', '≥90%') },
    ]);
    const r = monitor(doc, snapshot([
      { indicator: 0, progress: '14街镇', cumulative: false, likelihood: '确定能' },
      { indicator: 1, progress: '45%', cumulative: true, likelihood: '确定能' },
    ]));
    expect(r.indicators.map((i) => [i.judgement, i.ratioPercent, i.colour, i.projection])).toEqual([
      ['level', '100.00', 'green', { value: '14.00', meetsTarget: true }],
      ['prorated', '100.00', 'green', { value: '90.00', meetsTarget: true }],
    ]);
  });
});
