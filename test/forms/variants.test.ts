import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { parseForm } from '../../src/forms/parse-form';
import { formatForm, toMarkdown } from '../../src/forms/index';
import { fixture, read, where } from './helpers';

// Variants of real published templates, constructed for illustration (test/fixtures/SOURCES.md).

const pick = (i: { tier1: string; tier2: string; name: string; target: { raw: string } }) => [i.tier1, i.tier2, i.name, i.target.raw];

describe('central project self-evaluation (绩效指标 column, 预期目标 | 实际完成情况 header, 总分)', () => {
  const text = fixture('variant-central-project-self-evaluation.txt');
  const r = read(text);
  const doc = r.value as SelfEvaluation;

  it('reads the header, the budget with its label in the second column, and the claims', () => {
    expect(r.layout).toBe('project-self-evaluation');
    expect(doc).toMatchObject({ scope: 'project', fiscalYear: 2023, name: '全国重点实验室运行补助', supervisingDepartment: '某部', implementingUnit: '某部科技发展中心', amountUnit: 'wan-yuan' });
    expect(doc.budget.lines.map((l) => [l.source, l.label, l.initial, l.adjusted, l.executed])).toEqual([
      ['total', '年度资金总额', '500.00', '480.00', '456.00'],
      ['fiscal', '其中：当年财政拨款', '500.00', '480.00', '456.00'],
      ['carry-over', '上年结转资金', '0', '0', '0'],
      ['other', '其他资金', '0', '0', '0'],
    ]);
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: '95.00', publishedScore: '9.50' });
    expect(doc.publishedTotal).toBe('94.00');
  });

  it('reads both goal texts from the row below the goal header', () => {
    expect(doc.goal).toEqual({ planned: '保障12个重点实验室正常运行，完成年度开放课题评审。', actual: '12个重点实验室运行正常，完成开放课题评审40项。' });
    expect(r.value.origins?.['/goal/actual']).toEqual({ line: 11, column: 2 + '保障12个重点实验室正常运行，完成年度开放课题评审。'.length + 1 });
  });

  it('reads the indicators past the leading 绩效指标 column', () => {
    expect(doc.indicators).toHaveLength(7);
    expect(pick(doc.indicators[0]!)).toEqual(['产出指标', '数量指标', '支持实验室数量', '≥12个']);
    expect(doc.indicators[3]).toMatchObject({ tier2: '时效指标', name: '经费拨付及时率', actual: { raw: '92%' }, weight: '10', publishedScore: '9', deviationNote: '部分经费因审批延后拨付，下年提前启动审批' });
    expect(doc.indicators[6]).toMatchObject({ tier1: '满意度指标', name: '科研人员满意度', weight: '10', publishedScore: '10' });
  });

  it('takes the attachment mark for structure: nothing unparsed, no warnings', () => {
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('whole-department self-evaluation (部门名称, 年度主要任务)', () => {
  const r = read(fixture('variant-department-self-evaluation.txt'));
  const doc = r.value as SelfEvaluation;

  it('reads a unit-scope self-evaluation with its budget, goals and indicators', () => {
    expect(r.layout).toBe('project-self-evaluation');
    expect(doc).toMatchObject({ scope: 'unit', fiscalYear: 2023, name: '某市生态环境局', supervisingDepartment: null, amountUnit: 'wan-yuan', publishedTotal: '99.60' });
    expect(doc.budget.lines.map((l) => [l.source, l.executed])).toEqual([
      ['total', '3216.00'],
      ['fiscal', '3030.00'],
      ['other', '186.00'],
    ]);
    expect(doc.goal.actual).toBe('空气质量优良天数比例86.3%，国考断面水质全部达标。');
    expect(doc.indicators).toHaveLength(6);
    expect(doc.tierWeights).toEqual([
      { tier1: '产出指标', weight: '50' },
      { tier1: '效益指标', weight: '30' },
      { tier1: '满意度指标', weight: '10' },
    ]);
    expect(doc.indicators[4]).toMatchObject({ tier1: '效益指标', tier2: '生态效益指标', name: '地表水国考断面达标率', actual: { raw: '100%' }, weight: '15', publishedScore: '15' });
  });

  it('stops the budget block at 年度主要任务 and reads its rows into keyTasks, with origins', () => {
    expect(doc.keyTasks).toEqual([
      { name: '大气污染防治', content: '开展重点行业挥发性有机物治理', result: '完成治理项目35个' },
      { name: '水污染防治', content: '推进城镇污水处理提质增效', result: '新建污水管网42公里' },
    ]);
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.value.origins?.['/keyTasks/0/name']).toEqual({ line: 9, column: 2 });
    expect(r.value.origins?.['/keyTasks/1/content']).toEqual({ line: 10, column: 2 + '水污染防治'.length + 1 });
    expect(r.value.origins?.['/keyTasks/1/result']).toEqual({ line: 10, column: 2 + '水污染防治推进城镇污水处理提质增效'.length + 2 });
  });

  it('reads 预算数 / 执行数 columns as amounts in the document unit, blank cells as null (never 0)', () => {
    const text = fixture('variant-department-self-evaluation.txt')
      .replace('年度主要任务\t任务名称\t主要内容\t完成情况', '年度主要任务\t任务名称\t主要内容\t预算数\t执行数\t完成情况')
      .replace('\t大气污染防治\t开展重点行业挥发性有机物治理\t', '\t大气污染防治\t开展重点行业挥发性有机物治理\t1,200.50\t\t')
      .replace('\t水污染防治\t推进城镇污水处理提质增效\t', '\t水污染防治\t推进城镇污水处理提质增效\t—\t800\t');
    const p = read(text);
    const d = p.value as SelfEvaluation;
    expect(d.amountUnit).toBe('wan-yuan');
    expect(d.keyTasks).toEqual([
      { name: '大气污染防治', content: '开展重点行业挥发性有机物治理', result: '完成治理项目35个', budget: '1200.50', executed: null },
      { name: '水污染防治', content: '推进城镇污水处理提质增效', result: '新建污水管网42公里', budget: null, executed: '800' },
    ]);
    expect(p.value.origins?.['/keyTasks/0/budget']?.line).toBe(9);
    expect(p.value.origins?.['/keyTasks/1/executed']?.line).toBe(10);
    expect(p.unparsed).toEqual([]);
    expect((read(formatForm(d)).value as SelfEvaluation).keyTasks).toEqual(d.keyTasks);
  });

  it('keeps a task row without a name in unparsed', () => {
    const p = read(fixture('variant-department-self-evaluation.txt').replace('\t水污染防治\t', '\t\t'));
    expect((p.value as SelfEvaluation).keyTasks?.map((t) => t.name)).toEqual(['大气污染防治']);
    expect(p.unparsed.map((u) => u.line)).toEqual([10]);
    expect(p.unparsed[0]?.reason.zh).toMatch(/年度主要任务/u);
    expect(where(p.warnings)).toEqual(['forms/row-unparsed@10']);
  });

  it('writes the tasks back: parseForm(formatForm(doc)) gives the same document, toMarkdown lists them', () => {
    const input = structuredClone(doc);
    // formatForm writes a unit-scope self-evaluation as layout E (target cells split): the tasks come back as read.
    const back = read(formatForm(doc));
    expect((back.value as SelfEvaluation).keyTasks).toEqual(doc.keyTasks);
    expect(back.unparsed).toEqual([]);
    expect(doc).toEqual(input);
    const md = toMarkdown(doc);
    expect(md).toContain('## 年度主要任务');
    expect(md).toContain('| 水污染防治 | 推进城镇污水处理提质增效 | 新建污水管网42公里 |');
  });
});

describe('central project declaration (项目属性, 项目期, 主管部门及代码, mid-term and annual funds)', () => {
  const r = read(fixture('variant-project-declaration-central.txt'));
  const doc = r.value as ProjectDeclaration;

  it('reads the header fields as written and keeps the ones the model has no field for in extraFields', () => {
    expect(r.layout).toBe('project-declaration');
    expect(doc).toMatchObject({ fiscalYear: 2024, projectName: '全民健身设施补短板工程', supervisingDepartment: '[123]某局', implementingUnit: '某局体育设施建设中心' });
    expect(doc.extraFields).toEqual([
      { label: '项目属性', value: '延续' },
      { label: '项目期', value: '3年' },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('reads the annual funds into the fields and the mid-term ones into extra', () => {
    expect(doc.amountUnit).toBe('wan-yuan');
    expect(doc.funds).toEqual({
      total: '500.00',
      fiscal: '400.00',
      carryOver: null,
      other: '100.00',
      extra: [
        { label: '中期资金总额', amount: '1500.00' },
        { label: '其中：财政拨款（中期）', amount: '1200.00' },
        { label: '其他资金（中期）', amount: '300.00' },
      ],
    });
  });

  it('reads mid-term and annual goals and targets', () => {
    expect(doc.goal).toEqual({ midTerm: '到2026年新建社区健身场地300个。', annual: '新建社区健身场地100个，群众健身便利度提升。' });
    expect(doc.indicators).toHaveLength(5);
    expect(doc.indicators[0]).toMatchObject({ name: '新建社区健身场地', target: { op: '>=', value: '100', unit: '个' }, midTermTarget: { op: '>=', value: '300', unit: '个' } });
    expect(doc.indicators[3]).toMatchObject({ tier1: '效益指标', target: { kind: 'qualitative', raw: '有所提升' }, midTermTarget: { raw: '明显提升' } });
    expect(r.unparsed).toEqual([]);
  });
});

describe('spaced and full-width labels, 单位：万元 above the table', () => {
  const r = read(fixture('variant-spaced-labels.txt'));
  const doc = r.value as SelfEvaluation;

  it('reads the labels whatever their spacing and punctuation', () => {
    expect(doc).toMatchObject({ name: '老旧小区加装电梯补助', supervisingDepartment: '某区住房和城乡建设局', implementingUnit: '某区房屋管理中心', fiscalYear: 2023 });
    expect(doc.budget.lines.map((l) => [l.source, l.label, l.executed])).toEqual([
      ['total', '年度资金总额', '247.00'],
      ['fiscal', '其中：财政拨款', '247.00'],
    ]);
    expect(doc.goal).toEqual({ planned: '完成加装电梯50部。', actual: '完成加装电梯48部。' });
  });

  it('takes the money unit from the 单位：万元 line (no unit assumed)', () => {
    expect(doc.amountUnit).toBe('wan-yuan');
    expect(r.warnings).toEqual([]);
    expect(r.unparsed).toEqual([]);
    const asYuan = parseForm(fixture('variant-spaced-labels.txt').replace('单位：万元', '单位：元'));
    expect(asYuan.ok && asYuan.value.amountUnit).toBe('yuan');
  });

  it('reads the spaced indicator header and the full-width tier weights', () => {
    expect(doc.indicators).toHaveLength(4);
    expect(doc.indicators[0]).toMatchObject({ tier1: '产出指标', weight: '30', publishedScore: '28.8', actual: { raw: '48部' } });
    expect(doc.tierWeights?.[0]).toEqual({ tier1: '产出指标', weight: '50' });
    expect(doc.publishedTotal).toBe('98.30');
  });
});

describe('trailer rows (注, 填表人, 填报日期, 单位负责人)', () => {
  const r = read(fixture('variant-trailers.txt'));
  const doc = r.value as SelfEvaluation;

  it('keeps them in unparsed as footnote and sign-off lines, with no indicator made of them', () => {
    expect(doc.indicators.map((i) => i.name)).toEqual(['养护里程', '群众出行条件', '沿线群众满意度']);
    expect(doc.publishedTotal).toBe('100');
    expect(r.unparsed.map((u) => [u.line, u.reason.en])).toEqual([
      [13, expect.stringMatching(/footnote/u)],
      [14, expect.stringMatching(/sign-off/u)],
      [15, expect.stringMatching(/sign-off/u)],
      [16, expect.stringMatching(/sign-off/u)],
    ]);
    expect(where(r.warnings)).toEqual(['forms/row-unparsed@13', 'forms/row-unparsed@14', 'forms/row-unparsed@15', 'forms/row-unparsed@16']);
  });
});

describe('ragged rows, CRLF, a blank line inside the indicator table', () => {
  const text = fixture('variant-ragged-crlf.txt');
  const r = read(text);
  const doc = r.value as ProjectDeclaration;

  it('reads the document whatever the trailing cells and line ends', () => {
    expect(text).toContain('\r\n');
    expect(r.layout).toBe('project-declaration');
    expect(doc).toMatchObject({ projectName: '乡村学校营养餐补助', supervisingDepartment: '某县教育局', amountUnit: 'wan-yuan' });
    expect(doc.funds).toMatchObject({ total: '80.00', fiscal: '80.00' });
    expect(doc.goal.annual).toBe('为全县农村学生提供营养餐。');
  });

  it('continues the merged tier cells across the blank line', () => {
    expect(doc.indicators.map(pick)).toEqual([
      ['产出指标', '数量指标', '受益学生人数', '≥4000人'],
      ['产出指标', '数量指标', '供餐天数', '≥200天'],
      ['产出指标', '质量指标', '食品安全事故', '=0起'],
      ['效益指标', '社会效益指标', '学生营养状况', '有所改善'],
      ['满意度指标', '服务对象满意度指标', '家长满意度', '≥90%'],
    ]);
  });

  it('ends the table at the 填报日期 line and keeps it in unparsed', () => {
    expect(r.unparsed.map((u) => u.line)).toEqual([14]);
    expect(where(r.warnings)).toEqual(['forms/row-unparsed@14']);
  });
});

describe('a self-evaluation with unscored rows', () => {
  const r = read(fixture('variant-unscored-self-evaluation.txt'));
  const doc = r.value as SelfEvaluation;

  it('keeps a blank 得分 as null beside the deviation note', () => {
    expect(doc.indicators).toHaveLength(5);
    expect(doc.indicators.map((i) => i.publishedScore)).toEqual(['30', null, null, '20', '10']);
    expect(doc.indicators[1]).toMatchObject({ name: '河面漂浮物清理率', weight: '20', actual: { raw: '90%' }, deviationNote: '汛期漂浮物较多，下年增加保洁频次' });
    expect(doc.indicators[2]).toMatchObject({ target: { kind: 'qualitative' }, actual: { raw: '基本及时' }, deviationNote: '部分时段人手不足' });
    expect(doc.publishedTotal).toBeNull();
    expect(r.unparsed.map((u) => u.line)).toEqual([13]);
  });
});

describe('older tiers (预期产出指标 / 效果指标, 满意度 under 效益)', () => {
  const r = read(fixture('variant-older-tiers.txt'));
  const doc = r.value as ProjectDeclaration;

  it('keeps the tier labels as written', () => {
    expect(r.layout).toBe('project-declaration');
    expect(doc.indicators.map(pick)).toEqual([
      ['预期产出指标', '数量指标', '维护路灯数量', '≥3000盏'],
      ['预期产出指标', '质量指标', '亮灯率', '≥98%'],
      ['预期产出指标', '成本指标', '单盏维护成本', '≤150元/盏'],
      ['效果指标', '社会效益指标', '夜间出行安全', '有效保障'],
      ['效果指标', '可持续影响指标', '设施使用年限', '≥10年'],
      ['效果指标', '服务对象满意度指标', '市民满意度', '≥90%'],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.unparsed).toEqual([]);
  });
});

describe('unit declaration of another province (年度主要任务 / 年度绩效目标 / 预算情况(万元))', () => {
  const r = read(fixture('variant-unit-declaration-province.txt'));
  const doc = r.value as UnitDeclaration;

  it('reads the tasks beside their block label and the budget block in 万元', () => {
    expect(r.layout).toBe('unit-declaration');
    expect(doc).toMatchObject({ fiscalYear: 2024, unitName: '某县人民医院', amountUnit: 'wan-yuan' });
    expect(doc.keyTasks).toEqual([
      { name: '基本医疗服务', content: '完成门急诊服务30万人次' },
      { name: '公共卫生服务', content: '开展传染病防控和健康教育' },
    ]);
    expect(doc.annualGoals).toEqual(['全年完成门急诊30万人次，住院病人1.2万人次，医疗服务质量持续提升。']);
    expect(doc.budget).toEqual({ total: '8600.00', sources: { fiscal: '2600.00', other: '6000.00' }, structure: { basic: '7400.00', project: '1200.00' } });
    expect(r.value.origins?.['/budget/total']).toEqual({ line: 7, column: 19 });
  });

  it('reads the indicators with nothing left over', () => {
    expect(doc.indicators).toHaveLength(5);
    expect(doc.indicators[1]).toMatchObject({ tier1: '产出指标', tier2: '数量指标', name: '住院人次', target: { op: '>=', value: '1.2', unit: '万人次' } });
    expect(r.unparsed).toEqual([]);
    expect(r.warnings).toEqual([]);
  });
});

describe('a header repeated at a page break', () => {
  it('continues the table; a different header still ends it', () => {
    const text = fixture('variant-older-tiers.txt').replace('效果指标\t社会效益指标', '一级指标\t二级指标\t三级指标\t指标值\n效果指标\t社会效益指标');
    const r = read(text);
    expect(r.value.indicators).toHaveLength(6);
    expect(r.value.indicators[3]).toMatchObject({ tier1: '效果指标', name: '夜间出行安全' });
    expect(r.unparsed).toEqual([]);
  });
});

describe('variants do not mutate their input and never throw', () => {
  it.each([
    'variant-central-project-self-evaluation.txt',
    'variant-department-self-evaluation.txt',
    'variant-project-declaration-central.txt',
    'variant-spaced-labels.txt',
    'variant-trailers.txt',
    'variant-ragged-crlf.txt',
    'variant-unscored-self-evaluation.txt',
    'variant-older-tiers.txt',
    'variant-unit-declaration-province.txt',
  ])('%s: every non-blank line is read or kept', (name) => {
    const text = fixture(name);
    const copy = `${text}`;
    const r = parseForm(text);
    expect(text).toBe(copy);
    expect(r.ok).toBe(true);
    // Truncated at every line, the text gives a document or its errors, never a throw.
    const lines = text.split(/\r?\n/u);
    for (let n = 1; n < lines.length; n++) {
      const p = parseForm(lines.slice(0, n).join('\n'));
      expect(p.ok || p.errors.length > 0).toBe(true);
    }
  });
});
