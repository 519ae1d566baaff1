import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { formatForm, parseForm } from '../../src/forms/index';
import { fixture, read, where, withoutOrigins } from './helpers';

// These fixtures are constructed for illustration (see test/fixtures/SOURCES.md), shaped after LAYOUTS.md.

describe('layout B with mid-term targets and weight ranges', () => {
  const r = read(fixture('constructed-project-declaration-midterm.txt'));
  const doc = r.value as ProjectDeclaration;

  it('reads goals side by side, mid-term and annual targets, weights and ranges', () => {
    expect(r.layout).toBe('project-declaration');
    expect(doc.fiscalYear).toBe(2024);
    expect(doc.contact).toBe('张某 021-00000000');
    expect(doc.funds).toEqual({ total: '120.00', fiscal: '100.00', carryOver: '0', other: '20.00', extra: [] });
    expect(doc.goal).toEqual({
      midTerm: '到2026年建成覆盖全区的社区助餐服务网络，助餐点达到30个。\n老年人就餐便利度和满意度持续提升。',
      annual: '新建助餐点12个，日均服务1500人次。\n用餐老人满意度不低于90%。',
    });
    expect(doc.tierWeights).toEqual([
      { tier1: '产出指标', weight: null, min: '40', max: '50' },
      { tier1: '效益指标', weight: null, min: '25', max: '35' },
      { tier1: '满意度指标', weight: '10' },
    ]);
    expect(doc.indicators).toHaveLength(8);
    expect(doc.indicators[0]).toEqual({
      tier1: '产出指标',
      tier2: '数量指标',
      name: '助餐点数量',
      target: { kind: 'quantitative', op: '>=', value: '12', unit: '个', raw: '≥12个' },
      midTermTarget: { kind: 'quantitative', op: '>=', value: '30', unit: '个', raw: '≥30个' },
      weight: '15',
    });
    expect(doc.indicators[3]?.note).toBe('按季度发放');
    expect(r.warnings).toEqual([]);
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});

describe('layout D (separate columns)', () => {
  const r = read(fixture('constructed-separate-column-self-evaluation.txt'));
  const doc = r.value as SelfEvaluation;

  it('reads the budget block with its sources and published claims', () => {
    expect(r.layout).toBe('separate-column-self-evaluation');
    expect(doc.budget.lines.map((l) => [l.source, l.label, l.initial, l.adjusted, l.executed, l.publishedRate])).toEqual([
      ['total', '年度资金总额', '500.00', '480.00', '456.00', undefined],
      ['fiscal', '财政资金', '450.00', '430.00', '410.00', '95.35'],
      ['special-account', '财政专户管理资金', '0', '0', '0', undefined],
      ['unit-funds', '单位资金', '50.00', '50.00', '46.00', '92.00'],
      ['other', '其他资金', null, null, null, undefined],
    ]);
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: '95.00', publishedScore: '9.50' });
    expect(doc.publishedTotal).toBe('99.18');
  });

  it('joins 指标性质 / 指标值 / 度量单位 into targets and keeps the three cells in raw', () => {
    expect(doc.indicators).toHaveLength(8);
    expect(doc.indicators[1]).toMatchObject({
      tier1: '产出指标',
      tier2: '数量指标',
      name: '受益人口',
      target: { kind: 'quantitative', op: '>=', value: '3.2', unit: '万人', raw: '≥\t3.2\t万人' },
      actual: { kind: 'quantitative', value: '3.35', unit: null },
      weight: '15',
      publishedScore: '15',
    });
    expect(doc.indicators[2]?.deviationNote).toBe('部分水源枯水期浊度超标，已增设过滤设施');
    expect(doc.indicators[6]?.target).toEqual({ kind: 'qualitative', text: '健全', raw: '定性\t健全\t（请填写管护制度名称）' });
    // The template instruction left in the unit cell is reported.
    expect(where(r.warnings)).toContain('notation/qualitative-with-unit@19');
  });

  it('round-trips in its own layout (the default for targets read from columns)', () => {
    const out = formatForm(doc);
    expect(out.split('\n')[12]).toBe('\t产出指标\t数量指标\t新建改造供水工程\t≥\t12\t处\t12\t20\t20\t');
    expect(withoutOrigins(read(out).value)).toEqual(withoutOrigins(doc));
  });
});

describe('layout E (whole-unit self-evaluation with coefficients)', () => {
  const r = read(fixture('constructed-unit-self-evaluation.txt'));
  const doc = r.value as SelfEvaluation;

  it('reads 自评总分, the budget claims and the coefficient rows', () => {
    expect(r.layout).toBe('unit-self-evaluation');
    expect(doc).toMatchObject({ scope: 'unit', name: '某区民政局', publishedTotal: '93.78', fiscalYear: 2023 });
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: '95.00', publishedScore: '9.50' });
    expect(doc.budget.lines[0]).toEqual({ source: 'total', label: '年度资金总额', initial: '1520.00', adjusted: '1480.00', executed: '1406.00' });
    expect(doc.indicators).toHaveLength(8);
    expect(doc.indicators[1]).toMatchObject({
      name: '新增养老床位',
      target: { kind: 'quantitative', op: '>=', value: '180', unit: '张', raw: '定量指标\t≥180\t张' },
      adjustedTarget: { kind: 'quantitative', op: '>=', value: '200', unit: '张' },
      coefficient: '100',
      weight: '10',
      publishedScore: '10.00',
      isCore: false,
    });
    expect(doc.indicators[0]?.isCore).toBe(true);
    expect(doc.indicators[0]?.adjustedTarget).toBeUndefined();
    expect(doc.indicators[6]).toMatchObject({ target: { kind: 'qualitative', text: '长效运行' }, actual: { kind: 'grade', grade: 'partly-achieved' }, coefficient: '75', deviationNote: '基层经办力量不足' });
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});

describe('layout A, older Fujian form', () => {
  const r = read(fixture('constructed-unit-declaration-fujian.txt'));
  const doc = r.value as UnitDeclaration;

  it('reads 年度预算安排, 目标1..n, 年度履职目标 rows and the indicators', () => {
    expect(r.layout).toBe('unit-declaration-fujian');
    expect(doc).toMatchObject({ unitName: '某县民政局', fiscalYear: 2019, amountUnit: 'wan-yuan' });
    expect(doc.budget).toEqual({ total: '1250.60', sources: { fiscal: null, other: null }, structure: { basic: '420.60', project: '830.00' } });
    expect(doc.annualGoals).toEqual(['困难群众基本生活得到有效保障。', '养老服务体系进一步完善。']);
    expect(doc.keyTasks).toHaveLength(2);
    expect(doc.dutyGoals).toEqual([
      { duty: '社会救助', task: '保障城乡低保对象基本生活', project: '城乡低保补助', amount: '600.00' },
      { duty: '社会救助', task: '实施特困人员救助供养', project: '特困人员供养', amount: '150.00' },
      { duty: '养老服务', task: '发放高龄津贴', project: '高龄津贴', amount: '80.00' },
    ]);
    expect(doc.indicators.map((i) => [i.tier1, i.tier2, i.target.raw])).toEqual([
      ['产出指标', '数量指标', '≥3200人'],
      ['产出指标', '质量指标', '=100%'],
      ['产出指标', '时效指标', '及时'],
      ['效益指标', '社会效益指标', '有效保障'],
      ['满意度指标', '服务对象满意度指标', '≥90%'],
    ]);
    expect(r.unparsed).toEqual([]);
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });

  it('locates the unit name and the appropriation mode, as the seed layout does', () => {
    const text = fixture('constructed-unit-declaration-fujian.txt').replace('部门(单位)名称\t某县民政局', '部门(单位)名称\t某县民政局\t拨款方式\t全额');
    const withMode = read(text);
    expect(withMode.value).toMatchObject({ appropriationMode: 'full' });
    expect(withMode.value.origins?.['/unitName']).toEqual({ line: 3, column: 10 });
    expect(withMode.value.origins?.['/appropriationMode']).toEqual({ line: 3, column: 21 });
    const unknown = parseForm(text.replace('\t全额', '\t按季度'));
    expect(unknown.warnings.filter((w) => w.code === 'forms/appropriation-unknown').map((w) => [w.line, w.column])).toEqual([[3, 21]]);
  });
});
