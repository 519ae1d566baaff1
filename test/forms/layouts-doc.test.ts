import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { formatForm } from '../../src/forms/index';
import { SEED, fixture, read, where, withoutOrigins } from './helpers';

// The examples of LAYOUTS.md, as written there.
const B = [
  '项目名称\t社区助餐点运营补贴\t主管部门\t某区民政局',
  '实施单位\t某区养老服务中心',
  '资金情况(万元)\t年度资金总额\t120.00',
  '\t其中：财政拨款\t100.00',
  '\t其他资金\t20.00',
  '总体目标\t为辖区老年人提供助餐服务……',
  '一级指标\t二级指标\t三级指标\t指标值\t备注',
  '产出指标\t数量指标\t助餐点数量\t≥12个',
  '\t\t日均服务人次\t≥1500人次',
  '\t质量指标\t食品安全检查合格率\t=100%',
  '\t时效指标\t补贴发放及时性\t及时',
  '\t成本指标\t每餐补贴标准\t≤5元/餐',
  '效益指标\t社会效益指标\t老年人就餐便利度\t明显提升',
  '满意度指标\t服务对象满意度指标\t用餐老人满意度\t≥90%',
].join('\n');

const C = [
  '项目名称\t社区助餐点运营补贴',
  '主管部门\t某区民政局\t实施单位\t某区养老服务中心',
  '项目资金(万元)\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
  '年度资金总额\t120.00\t118.00\t112.10\t10\t95.00%\t9.50',
  '其中：当年财政拨款\t100.00\t98.00\t92.10\t—\t—\t—',
  '上年结转资金\t0\t0\t0\t—\t—\t—',
  '其他资金\t20.00\t20.00\t20.00\t—\t—\t—',
  '年度总体目标\t预期目标\t……\t实际完成情况\t……',
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '产出指标\t数量指标\t助餐点数量\t≥12个\t12个\t20\t20',
  '总分\t\t\t\t\t100\t95.50',
].join('\n');

describe('the examples of LAYOUTS.md', () => {
  it('B reads with merged tier cells continued', () => {
    const r = read(B);
    const doc = r.value as ProjectDeclaration;
    expect(r.layout).toBe('project-declaration');
    expect(doc.funds).toEqual({ total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] });
    expect(doc.goal).toEqual({ annual: '为辖区老年人提供助餐服务……', midTerm: null });
    expect(doc.indicators.map((i) => `${i.tier1}/${i.tier2}/${i.name}/${i.target.raw}`)).toEqual([
      '产出指标/数量指标/助餐点数量/≥12个',
      '产出指标/数量指标/日均服务人次/≥1500人次',
      '产出指标/质量指标/食品安全检查合格率/=100%',
      '产出指标/时效指标/补贴发放及时性/及时',
      '产出指标/成本指标/每餐补贴标准/≤5元/餐',
      '效益指标/社会效益指标/老年人就餐便利度/明显提升',
      '满意度指标/服务对象满意度指标/用餐老人满意度/≥90%',
    ]);
    expect(r.warnings).toEqual([]);
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });

  it('C reads the budget claims, the one-row goals and the total', () => {
    const r = read(C);
    const doc = r.value as SelfEvaluation;
    expect(r.layout).toBe('project-self-evaluation');
    expect(doc.budget.lines.map((l) => [l.source, l.initial, l.adjusted, l.executed])).toEqual([
      ['total', '120.00', '118.00', '112.10'],
      ['fiscal', '100.00', '98.00', '92.10'],
      ['carry-over', '0', '0', '0'],
      ['other', '20.00', '20.00', '20.00'],
    ]);
    expect(doc.budget).toMatchObject({ weight: '10', publishedRate: '95.00', publishedScore: '9.50' });
    expect(doc.goal).toEqual({ planned: '……', actual: '……' });
    expect(doc.indicators[0]).toMatchObject({ actual: { kind: 'quantitative', value: '12', unit: '个' }, weight: '20', publishedScore: '20', deviationNote: null });
    expect(doc.publishedTotal).toBe('95.50');
    expect(doc.implementingUnit).toBe('某区养老服务中心');
  });

  it('A: inside 年度重点任务 a row is a task, whatever words it uses', () => {
    const t = fixture(SEED).replace('优化养老服务设施供给', '项目支出管理优化').replace('推进认知友好社区建设', '单位名称');
    const doc = read(t).value as UnitDeclaration;
    expect(doc.keyTasks.map((k) => k.name)).toEqual(['项目支出管理优化', '单位名称', '强化专业养老照护工作']);
    expect(doc.budget.structure.project).toBe('22097606.00');
    expect(doc.unitName).toBe('上海市闵行区老龄事业发展中心');
  });

  it('A: a table that does not state its money unit uses options.amountUnit, else assumes 元 and says so', () => {
    const t = fixture(SEED).replace('部门整体预算总额(元)', '部门整体预算总额');
    expect((read(t, { amountUnit: 'wan-yuan' }).value as UnitDeclaration).amountUnit).toBe('wan-yuan');
    const r = read(t);
    expect((r.value as UnitDeclaration).amountUnit).toBe('yuan');
    expect(where(r.warnings)).toContain('forms/amount-unit-assumed@18');
  });
});
