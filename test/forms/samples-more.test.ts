import { describe, expect, it } from 'vitest';
import type { EvaluatedIndicator, Indicator } from '../../src/model/indicator';
import type { PerformanceDocument } from '../../src/model/document';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import { formatForm, parseForms } from '../../src/forms/index';
import { scoreSelfEvaluation } from '../../src/score/index';
import { fixture, read, where, withoutOrigins } from './helpers';

// The five real tables of /work/shared/samples that the first reader did not read (SOURCES.md says what each
// teaches). Each test states what a person reads in the table: every indicator row, the budget, the claims, and
// the table's defects as findings.

const YONGDE = 'yn-lincang-yongde-2022-project-self-evaluation.txt';
const ZHALAITE = 'nm-hinggan-zhalaite-2025-project-declaration.txt';
const LINHAI = 'zj-taizhou-linhai-2024-project-declaration.txt';
const XIAOXIAN = 'ah-suzhou-xiaoxian-2023-project-self-evaluation.txt';
const HEBEI = 'tj-hebei-2023-project-declaration.txt';

/** One row as [line, tier1, tier2, name, target as written (cells joined by ⇥), actual, weight, published score]. */
function rowsOf(doc: PerformanceDocument): (string | number | null)[][] {
  return doc.indicators.map((i: Indicator | EvaluatedIndicator, k) => [
    doc.origins?.[`/indicators/${k}`]?.line ?? 0,
    i.tier1,
    i.tier2,
    i.name,
    i.target.raw.replace(/\t/gu, '⇥'),
    'actual' in i ? i.actual.raw : null,
    i.weight ?? null,
    'publishedScore' in i ? i.publishedScore : null,
  ]);
}

/** Every document of a text, insisting each reads without an error. */
function readAll(name: string): PerformanceDocument[] {
  return parseForms(fixture(name)).map((r) => {
    if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => `${e.line}:${e.column} ${e.code}`).join('; ')}`);
    return r.value;
  });
}

describe('Yongde (Lincang, Yunnan) 2022: a web copy that dropped empty cells, a two-row header, ≧ and ═', () => {
  const r = read(fixture(YONGDE));
  const doc = r.value as SelfEvaluation;

  it('aligns the budget rows by their own figures: the total and the fiscal line are 387,664.62 budgeted and executed', () => {
    expect(r.layout).toBe('separate-column-self-evaluation');
    expect(doc).toMatchObject({ scope: 'project', name: '义务教育营养改善计划专项资金', supervisingDepartment: '永德县教育体育局', implementingUnit: '永德县明朗中学', amountUnit: 'yuan', fiscalYear: 2022 });
    expect(doc.budget).toEqual({
      lines: [
        { source: 'total', label: '年度资金总额', initial: null, adjusted: '387664.62', executed: '387664.62' },
        { source: 'fiscal', label: '其中:当年财政拨款', initial: null, adjusted: '387664.62', executed: '387664.62' },
        { source: 'carry-over', label: '上年结转资金', initial: null, adjusted: null, executed: null },
        { source: 'other', label: '其他资金', initial: null, adjusted: null, executed: null },
      ],
      weight: '10',
      publishedRate: '100',
      publishedScore: '10',
    });
    // The total row's rate (100%) equals executed ÷ budget only when the empty 年初预算数 is the cell the copy lost.
    const aligned = r.warnings.filter((w) => w.code === 'forms/cells-aligned');
    expect(aligned.map((w) => w.line)).toEqual([7, 8]);
    expect(aligned[0]?.message.en).toMatch(/confirmed by its own figures/u);
  });

  it('reads all nine indicators, operator / value / unit from the columns under 年度指标值', () => {
    expect(rowsOf(doc)).toEqual([
      [16, '产出指标', '数量指标', '学生受资助人数', '≧⇥735⇥人次', '735', '10', '10'],
      [17, '产出指标', '质量指标', '营养改善计划覆盖率', '≧⇥100⇥%', '100%', '10', '10'],
      [18, '产出指标', '时效指标', '资金到位及时率', '≧⇥100⇥%', '100%', '10', '7'],
      [19, '产出指标', '成本指标', '生均补助标准达标率', '═⇥100⇥%', '100%', '10', '10'],
      [20, '效益指标', '经济效益指标', '减轻贫困学生家庭经济负担', '⇥有效⇥', '有效', '10', '10'],
      [21, '效益指标', '社会效益指标', '政策知晓率', '═⇥100⇥%', '98%', '10', '9'],
      [23, '效益指标', '可持续影响指标', '促进学校教育事业健康发展', '≧⇥100⇥%', '100%', '10', '10'],
      [24, '满意度指标', '服务对象满意度指标等', '学生满意度', '≧⇥95⇥%', '100%', '10', '10'],
      [25, '满意度指标', '服务对象满意度指标等', '家长满意度', '≧⇥95⇥%', '100%', '10', '10'],
    ]);
    expect(doc.indicators[3]?.target).toMatchObject({ kind: 'quantitative', op: '=', value: '100', unit: '%' });
  });

  it('keeps the published total, its weights and grade as claims; the empty 生态效益 category is reported', () => {
    expect(doc).toMatchObject({ publishedTotal: '96', publishedWeightTotal: '100', publishedGrade: '优' });
    expect(doc.extraFields).toEqual([
      { label: '部门', value: '临沧市永德县明朗中学' },
      { label: '其他需要说明事项', value: '无' },
    ]);
    expect(where(r.warnings).filter((w) => !w.startsWith('notation/operator-variant'))).toEqual([
      'forms/cells-aligned@7',
      'forms/cells-aligned@8',
      'forms/actual-unit-assumed@16',
      'forms/indicator-empty@22',
    ]);
    expect(r.warnings.filter((w) => w.code === 'notation/operator-variant').map((w) => w.line)).toEqual([16, 17, 18, 19, 21, 23, 24, 25]);
    expect(r.unparsed.map((u) => u.line)).toEqual([22]);
  });

  it('scores the execution 10.00, and finds the two rows the national rules score differently (7 and 9 published)', () => {
    const card = scoreSelfEvaluation(doc);
    expect(card.budgetExecution?.score).toBe('10.00');
    expect(card.claims.filter((c) => c.status === 'differs').map((c) => c.subject)).toEqual(['indicator', 'indicator', 'total']);
  });
});

describe('Zhalaite (Hinggan, Inner Mongolia) 2025: two projects in one table, directions and operators in words', () => {
  const docs = readAll(ZHALAITE) as ProjectDeclaration[];

  it('splits the table where the 项目名称 column takes a new value, and reads each project from its columns', () => {
    expect(docs.map((d) => [d.projectName, d.implementingUnit, d.funds.total, d.amountUnit])).toEqual([
      ['业务装备经费', '776001-扎赉特旗人民检察院', '1030700.00', 'yuan'],
      ['办案(业务)经费', '776001-扎赉特旗人民检察院', '3239300.00', 'yuan'],
    ]);
    expect(docs[0]?.goal.annual).toMatch(/^保障我院日常办公办案装备需要/u);
    expect(docs[0]?.extraFields).toEqual([{ label: '项目类别', value: '32-专项资金项目' }]);
  });

  it('reads 指标性质 as the direction and 指标方向 as the operator, by what the columns hold', () => {
    expect(rowsOf(docs[0] as ProjectDeclaration)).toEqual([
      [5, '满意度指标', '服务对象满意度', '使用人员满意度', '大于等于⇥98⇥%', null, '10', null],
      [6, '效益指标', '可持续影响', '推动人民检察院业务装备建设的标准化规范化配置', '⇥长期⇥', null, '15', null],
      [7, '效益指标', '社会效益', '提升工作效率定性', '⇥有效提升⇥', null, '15', null],
      [8, '产出指标', '成本指标', '车辆购置成本', '小于等于⇥12⇥万元', null, '5', null],
      [9, '产出指标', '质量指标', '政府采购率', '大于等于⇥30⇥%', null, '7.5', null],
      [10, '产出指标', '成本指标', '办公设备购置成本', '小于等于⇥90⇥万元', null, '5', null],
      [11, '产出指标', '数量指标', '车辆采购数量', '小于等于⇥1⇥', null, '7.5', null],
      [12, '产出指标', '质量指标', '设备验收合格率', '等于⇥100⇥%', null, '7.5', null],
      [13, '产出指标', '时效指标', '采购计划完成时间', '⇥11月底之前⇥', null, '5', null],
      [14, '产出指标', '时效指标', '设备验收及时率', '大于等于⇥98⇥%', null, '5', null],
      [15, '产出指标', '数量指标', '办公设备采购数量', '大于等于⇥10⇥', null, '7.5', null],
    ]);
    const d = docs[0] as ProjectDeclaration;
    expect(d.indicators.map((i) => i.direction)).toEqual(['higher-is-better', 'qualitative', 'qualitative', 'lower-is-better', 'higher-is-better', 'lower-is-better', 'lower-is-better', 'higher-is-better', 'qualitative', 'higher-is-better', 'higher-is-better']);
    expect(d.indicators[3]?.target).toMatchObject({ kind: 'quantitative', op: '<=', value: '12', unit: '万元' });
    // 11月底之前 is a deadline, never a number.
    expect(d.indicators[8]?.target).toMatchObject({ kind: 'deadline', due: '--11-30' });
    expect(d.tierWeights).toEqual([
      { tier1: '满意度指标', weight: '10' },
      { tier1: '效益指标', weight: '30' },
      { tier1: '产出指标', weight: '50' },
    ]);
  });

  it('keeps the second project, cut off part-way, with its last row as far as it goes', () => {
    expect(rowsOf(docs[1] as ProjectDeclaration).map((r) => r.slice(0, 4))).toEqual([
      [16, '产出指标', '时效指标', '法定审限内结案率'],
      [17, '产出指标', '质量指标', '年度结案率'],
      [18, '产出指标', '数量指标', '办结案件数量'],
      [19, '产出指标', '时效指标', '案件办理及时率'],
      [20, '产出指标', '质量指标', '一审案件改'],
    ]);
    expect(docs[1]?.indicators[4]?.target.kind).toBe('missing');
  });

  it('parseForm reads the first project and keeps the other rows aside, saying so once', () => {
    const one = read(fixture(ZHALAITE));
    expect((one.value as ProjectDeclaration).projectName).toBe('业务装备经费');
    expect(where(one.warnings).filter((w) => w.startsWith('forms/'))).toEqual(['forms/column-role-from-content@4', 'forms/column-role-from-content@4', 'forms/more-documents@16']);
    expect(one.unparsed.map((u) => u.line)).toEqual([16, 17, 18, 19, 20]);
  });
});

describe('Linhai (Taizhou, Zhejiang) 2024: a two-level indicator table, the header facts of a project library', () => {
  const r = read(fixture(LINHAI));
  const doc = r.value as ProjectDeclaration;

  it('reads the seven rows: 指标名称 holds the tier-2 categories, 指标描述 says what each means', () => {
    expect(rowsOf(doc)).toEqual([
      [12, '产出指标', '数量指标', '', '375万平方米', null, null, null],
      [13, '产出指标', '质量指标', '', '100%', null, null, null],
      [14, '产出指标', '时效指标', '', '全年', null, null, null],
      [15, '效益指标', '社会效益指标', '', '是', null, null, null],
      [16, '效益指标', '生态效益指标', '', '是', null, null, null],
      [17, '效益指标', '可持续性发展影响指标', '', '是', null, null, null],
      [18, '满意度指标', '服务对象或受益者满意度指标', '', '≥95%', null, null, null],
    ]);
    expect(doc.indicators[0]?.description).toBe('完成全市375万平方米的绿地养护、维护等');
    expect(where(r.warnings).filter((w) => w.startsWith('forms/'))).toEqual(['forms/column-role-from-content@11']);
  });

  it('keeps every header fact as written (the unticked □ boxes too), and the goal', () => {
    expect(doc.projectName).toBe('绿化养护经费');
    expect(doc.goal.annual).toMatch(/^完成我市建成区的绿化养护工作/u);
    expect(doc.extraFields?.map((f) => f.label)).toEqual([
      '项目编号',
      '联系电话',
      '对应一级项目',
      '项目功能科目',
      '项目类型',
      '项目属性',
      '重要程度',
      '项目口径',
      '项目期限',
      '项目主要内容、立项依据/立项依据',
      '主要内容',
      '项目实施计划',
      '最近年度绩效评价情况',
      '附上一年度评价报告列示的主要问题 (项目库里直接录',
    ]);
    expect(doc.extraFields?.find((f) => f.label === '项目属性')?.value).toBe('新增□ 延续□ 往年备选□');
    expect(doc.contact).toBe('[姓名略]');
    expect(r.unparsed).toEqual([]);
  });
});

describe('Xiaoxian (Suzhou, Anhui) 2023: 其中 sub-rows, spaced tier labels, a repeated execution score', () => {
  const r = read(fixture(XIAOXIAN));
  const doc = r.value as SelfEvaluation;

  it('reads seven scored indicators; the 其中 rows are parts of the row above, not indicators', () => {
    expect(rowsOf(doc)).toEqual([
      [13, '产出指标', '数量指标', '★补助各类瓜果蔬菜种植面积', '29.5亩', '29.5亩', '20', '20'],
      [18, '产出指标', '数量指标', '★补助鱼塘面积', '3亩', '3亩', '10', '10'],
      [20, '产出指标', '数量指标', '★补助家畜家禽养殖数量', '192只', '192只', '10', '10'],
      [24, '产出指标', '质量指标', '种植作物成活率', '95%', '95%', '5', '5'],
      [25, '产出指标', '质量指标', '养殖家畜家禽成活率', '95%', '100%', '5', '5'],
      [28, '效益指标', '经济效益指标', '特色产业带动增加受益农户收入(总收入)', '≥11.376万元', '12万元', '20', '20'],
      [30, '效益指标', '社会效益指标', '受益人口数量', '90人', '90人', '10', '10'],
    ]);
    expect(doc.indicators[0]?.parts?.map((p) => [p.name, p.target.raw, p.actual?.raw])).toEqual([
      ['其中桃树种植面积', '1.5亩', '1.5亩'],
      ['其中苹果树种植面积', '5亩', '5亩'],
      ['其中露天蔬菜', '20亩', '20亩'],
      ['其中大棚蔬菜', '3亩', '3亩'],
    ]);
    expect(doc.indicators[2]?.parts?.map((p) => p.target.raw)).toEqual(['180只', '12头']);
    expect(doc.tierWeights).toEqual([
      { tier1: '产出指标', weight: '50' },
      { tier1: '效益指标', weight: '30' },
    ]);
  });

  it('reads the budget with its claims once (the 其中 line repeats 10 / 10) and scores the execution 10.00', () => {
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: '100', publishedScore: '10' });
    expect(doc.budget.lines.map((l) => [l.source, l.adjusted, l.executed])).toEqual([
      ['total', '9.48', '9.48'],
      ['fiscal', '9.48', '9.48'],
      ['other', null, null],
    ]);
    expect(scoreSelfEvaluation(doc).budgetExecution?.score).toBe('10.00');
    expect(where(r.warnings).filter((w) => w.startsWith('forms/'))).toEqual([
      'forms/claims-repeated@7',
      'forms/indicator-part@14',
      'forms/indicator-part@19',
      'forms/indicator-part@21',
      'forms/placeholder-row@26',
      'forms/indicator-empty@31',
      'forms/indicator-empty@32',
      'forms/placeholder-row@33',
      'forms/indicator-empty@34',
    ]);
  });

  it('round-trips, parts included', () => {
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});

describe('Hebei District (Tianjin) 2023: two project tables in one text, 百分比, the budget on one line', () => {
  const docs = readAll(HEBEI) as ProjectDeclaration[];

  it('reads both projects, each with the year and unit the page states once above them', () => {
    expect(docs.map((d) => [d.projectName, d.fiscalYear, d.amountUnit, d.funds.total, d.funds.fiscal, d.funds.other])).toEqual([
      ['安全隐患维修', 2023, 'wan-yuan', '20.00', '20.00', null],
      ['办案业务费(陪审员及互联网专线)', 2023, 'wan-yuan', '24.00', '24.00', null],
    ]);
    expect(docs[0]?.extraFields).toEqual([{ label: '资金用途', value: '用于维修审判楼玻璃幕墙等' }]);
    expect(docs[0]?.goal.annual).toBe('1.维修审判大楼玻璃幕墙等,消除外延脱落安全隐患。');
  });

  it('reads every row; 百分比 is %, the description that repeats the name is not kept twice', () => {
    expect(rowsOf(docs[0] as ProjectDeclaration).map((r) => r.slice(0, 5))).toEqual([
      [11, '产出指标', '数量指标', '维修面积', '≥400平方米'],
      [12, '产出指标', '质量指标', '验收合格率', '≥98百分比'],
      [13, '产出指标', '时效指标', '资金支付及时率', '100百分比'],
      [14, '产出指标', '成本指标', '项目成本', '20万元'],
      [15, '效益指标', '可持续影响指标', '消除安全隐患', '持续影响'],
      [16, '满意度指标', '服务对象满意度指标', '干警满意度', '≥95百分比'],
    ]);
    expect(docs[0]?.indicators[1]?.target).toMatchObject({ op: '>=', value: '98', unit: '%' });
    expect(docs[0]?.indicators.some((i) => i.description !== undefined)).toBe(false);
    expect(rowsOf(docs[1] as ProjectDeclaration).map((r) => r[3])).toEqual(['聘用调解员人数', '陪审员参审案件数量', '案件调解率', '补助发放及时率', '参审案件补助']);
  });

  it('reports what it cannot place: the court named above the tables and the cut-off 效益指标 row', () => {
    const [first, second] = parseForms(fixture(HEBEI));
    expect(first?.unparsed.map((u) => u.line)).toEqual([1, 5]);
    expect(second?.unparsed.map((u) => u.line)).toEqual([17, 28]);
    expect(where(second?.warnings ?? [])).toContain('forms/indicator-empty@28');
  });
});
