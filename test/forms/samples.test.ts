import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator } from '../../src/model/indicator';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import { formatForm } from '../../src/forms/index';
import { NANYUE, TANGXI, TIANCHANG, fixture, read, where, withoutOrigins } from './helpers';

/** One evaluated row as [line, tier1, tier2, name, target raw, actual raw, weight, published score]. */
function rowsOf(doc: SelfEvaluation): (string | number | null)[][] {
  return doc.indicators.map((i: EvaluatedIndicator, k) => [doc.origins?.[`/indicators/${k}`]?.line ?? 0, i.tier1, i.tier2, i.name, i.target.raw, i.actual.raw, i.weight ?? null, i.publishedScore]);
}

describe('Tangxi (Chizhou, Anhui) 2022 project self-evaluation', () => {
  const r = read(fixture(TANGXI));
  const doc = r.value as SelfEvaluation;

  it('reads the header, the unreconciled budget as published, and the goals', () => {
    expect(r.layout).toBe('project-self-evaluation');
    expect(doc).toMatchObject({ kind: 'self-evaluation', scope: 'project', name: '委托业务项目', supervisingDepartment: '219-池州市贵池区棠溪镇人民政府', implementingUnit: '219001-池州市贵池区棠溪镇人民政府', amountUnit: 'wan-yuan', fiscalYear: null });
    expect(doc.budget).toEqual({
      lines: [
        { source: 'total', label: '年度资金总额', initial: '0', adjusted: '0', executed: '0' },
        { source: 'fiscal', label: '其中:本年财政拨款', initial: '90', adjusted: '89.974', executed: '89.974' },
        { source: 'carry-over', label: '上年结转资金', initial: null, adjusted: null, executed: null },
        { source: 'other', label: '其他资金', initial: null, adjusted: null, executed: null },
      ],
      weight: '10',
      publishedRate: '0',
      publishedScore: '0',
    });
    expect(doc.goal.planned).toMatch(/^本项目共申请预算资金90万元/u);
    expect(doc.goal.actual).toMatch(/29\.99万元用于基建工程项目设计、规划、测绘。$/u);
    expect(doc.tierWeights).toEqual([{ tier1: '产出指标', weight: '50' }, { tier1: '效益指标', weight: '30' }]);
    expect(doc.publishedTotal).toBeNull();
  });

  it('recovers every indicator row with its target, actual, weight and published score', () => {
    expect(rowsOf(doc)).toEqual([
      [12, '产出指标', '数量指标', '基建工程委托业务项目数量', '≥50个', '50', '8', '8'],
      [13, '产出指标', '质量指标', '委托业务报告合格率', '≥100百分比', '100', '8', '8'],
      [14, '产出指标', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', '8', '8'],
      [15, '产出指标', '时效指标', '提交报告及时性', '在项目计划完成时间内完成', '达成预期指标', '8', '8'],
      [16, '产出指标', '成本指标', '项目总成本', '≤90万元', '90', '8', '8'],
      [17, '产出指标', '成本指标', '单项业务成本', '符合相关规定', '达成预期指标', '10', '10'],
      [18, '效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', '10', '10'],
      [19, '效益指标', '生态效益指标', '对控制基建项目成本影响程度', '效果明显', '达成预期指标', '10', '10'],
      [20, '效益指标', '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', '达成预期指标', '10', '10'],
    ]);
    expect(doc.indicators[1]?.target).toEqual({ kind: 'quantitative', op: '>=', value: '100', unit: '%', raw: '≥100百分比' });
    expect(doc.indicators[2]?.actual).toEqual({ kind: 'grade', grade: 'achieved', raw: '达成预期指标' });
    expect(doc.indicators[4]?.target).toMatchObject({ op: '<=', value: '90', unit: '万元' });
  });

  it('reports its defects: actuals without units, 百分比, the empty last row (kept in unparsed)', () => {
    expect(where(r.warnings)).toEqual([
      'forms/actual-unit-assumed@12',
      'notation/unit-normalised@13',
      'forms/actual-unit-assumed@13',
      'forms/actual-unit-assumed@16',
      'forms/indicator-empty@21',
    ]);
    expect(r.unparsed.map((u) => u.line)).toEqual([21]);
    expect(r.unparsed[0]?.cells.slice(0, 2)).toEqual(['效益指标(30分)', '经济效益指标']);
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});

describe('Tianchang (Anhui) 2022 project self-evaluation', () => {
  const r = read(fixture(TIANCHANG));
  const doc = r.value as SelfEvaluation;

  it('infers tier 1 from "(50分)" / "(30分)" and keeps the weights', () => {
    expect(doc.tierWeights).toEqual([
      { tier1: '产出指标', weight: '50' },
      { tier1: '效益指标', weight: '30' },
      { tier1: '满意度指标', weight: '10' },
    ]);
    expect(where(r.warnings.filter((w) => w.code === 'forms/tier1-inferred'))).toEqual(['forms/tier1-inferred@13', 'forms/tier1-inferred@25']);
    expect(doc.supervisingDepartment).toBeNull();
    expect(doc.budget.lines[0]).toEqual({ source: 'total', label: '年度资金总额', initial: '880', adjusted: '880', executed: '880' });
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: null, publishedScore: '10' });
    expect(doc.publishedTotal).toBe('100');
  });

  it('recovers every indicator row (template rows aside) with its target, actual, weight and score', () => {
    expect(rowsOf(doc)).toEqual([
      [13, '产出指标', '数量指标', '指标1:完成中型灌区节水改造项目数量', '1', '1', '10', '10'],
      [14, '产出指标', '数量指标', '指标2:完成农业综合水价改革项目', '1', '1', '10', '10'],
      [16, '产出指标', '质量指标', '指标1:工程质量合格', '', '', '10', '10'],
      [19, '产出指标', '时效指标', '指标1:年度资金支付完成率100%', '', '', '10', '10'],
      [22, '产出指标', '成本指标', '指标1:资金执行在预算范围内', '', '', '10', '10'],
      [25, '效益指标', '经济效益指标', '指标1:全市安全度汛', '', '', '10', '10'],
      [28, '效益指标', '社会效益指标', '指标1:保护全市人口财产不受损失', '', '', '10', '10'],
      [31, '效益指标', '生态效益指标', '指标1:/', '/', '/', null, null],
      [34, '效益指标', '可持续影响指标', '指标1:已建工程良性运行', '', '', '10', '10'],
      [37, '满意度指标', '服务对象满意度指标', '指标1:服务对象满意度', '90%', '100%', '10', '10'],
    ]);
    expect(doc.indicators[7]?.target.kind).toBe('notApplicable');
    expect(doc.indicators[9]?.target).toEqual({ kind: 'quantitative', op: null, value: '90', unit: '%', raw: '90%' });
  });

  it('reports its defects: template rows, numbering, 90% without operator, a target inside a name, the footnote', () => {
    const codes = where(r.warnings);
    expect(codes.filter((c) => c.startsWith('forms/placeholder-row'))).toHaveLength(17);
    expect(codes).toContain('notation/operator-missing@37');
    expect(codes).toContain('notation/name-target@19');
    expect(codes.filter((c) => c.startsWith('notation/name-numbering'))).toHaveLength(10);
    expect(codes).toContain('forms/row-unparsed@41');
    expect(r.unparsed.map((u) => u.line)).toEqual([15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30, 32, 33, 35, 36, 38, 39, 41]);
    expect(r.unparsed.at(-1)?.reason.en).toMatch(/footnote/u);
    const placeholder = r.warnings.find((w) => w.code === 'forms/placeholder-row');
    expect(placeholder).toMatchObject({ line: 15, column: 12, severity: 'warning' });
    expect(placeholder?.message.zh).toContain('……');
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});

describe('Nanyue (Hunan) 2018 project declaration', () => {
  const r = read(fixture(NANYUE));
  const doc = r.value as ProjectDeclaration;

  it('reads the header, the contact, the funds in 万元 and the goal', () => {
    expect(r.layout).toBe('project-declaration');
    expect(doc).toMatchObject({
      projectName: '2018年市级专项扶贫资金基础设施(人大代表扶贫基地)',
      supervisingDepartment: '南岳镇政府',
      implementingUnit: '[610001]湖南省润山润水生态农业发展有限公司',
      contact: '[姓名略][电话略]',
      amountUnit: 'wan-yuan',
      funds: { total: '10', fiscal: '10', carryOver: null, other: '0', extra: [] },
      goal: { annual: '为水濂村带来观光游客不少于6万人,村集体收入达6万元。', midTerm: null },
    });
  });

  it('recovers all 16 indicators with their targets', () => {
    expect(doc.indicators.map((i, k) => [doc.origins?.[`/indicators/${k}`]?.line, i.tier2, i.target.raw])).toEqual([
      [10, '数量指标', '>=20平方米'], [11, '数量指标', '>=4个'], [12, '数量指标', '>=60亩'],
      [13, '质量指标', '>=98%'], [14, '时效指标', '>=95%'],
      [15, '成本指标', '<=475元/亩'], [16, '成本指标', '<=2875元/个'], [17, '成本指标', '<=3000元/平方米'],
      [18, '经济效益指标', '>=6万元'], [19, '经济效益指标', '>=2.61万元'],
      [20, '社会效益指标', '>=60000人'], [21, '社会效益指标', '>=29人'],
      [22, '服务对象满意度指标', '>=90%'], [23, '服务对象满意度指标', '>=90%'], [24, '服务对象满意度指标', '>=90%'], [25, '服务对象满意度指标', '>=90%'],
    ]);
    expect(doc.indicators[5]?.target).toEqual({ kind: 'quantitative', op: '<=', value: '475', unit: '元/亩', raw: '<=475元/亩' });
    expect(doc.indicators[1]?.name).toBe('贫困地区旅游景点开发数量( ≥**个 )');
  });

  it('reports placeholders in names, the * marker, the name target that disagrees, and keeps the sign-off rows', () => {
    const codes = where(r.warnings);
    expect(codes.filter((c) => c.startsWith('notation/name-placeholder'))).toHaveLength(10);
    expect(codes).toContain('notation/name-marker@13');
    expect(codes).toContain('notation/name-target-conflict@13');
    expect(r.unparsed.map((u) => [u.line, u.cells[0]])).toEqual([
      [26, '财政部门支出股室初审意见'],
      [27, '财政部门绩效评价股审核意见'],
      [28, '区扶贫办审核意见'],
    ]);
    const conflict = r.warnings.find((w) => w.code === 'notation/name-target-conflict');
    expect(conflict).toMatchObject({ line: 13, path: ['indicators', 3, 'name'], field: 'name' });
  });

  it('round-trips', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});
