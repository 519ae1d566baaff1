import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/index';
import { read, where } from './helpers';
import type { UnitDeclaration } from '../../src/index';

// Two shapes of indicator table, each reported once so a reader knows how the table was taken.

describe('indicator tables of other shapes', () => {
  it('one target column per site under a spanning 年度指标值 (the per-site matrices of county tables)', () => {
    const text = [
      '项目名称\t乡镇道路养护',
      '一级指标\t二级指标\t三级指标\t年度指标值\t\t',
      '\t\t\t城关镇\t东关镇\t合计',
      '产出指标\t数量指标\t养护道路里程\t≥10公里\t≥8公里\t≥18公里',
      '\t质量指标\t验收合格率\t≥95%\t≥95%\t≥95%',
    ].join('\n');
    const r = read(text);
    const doc = r.value as ProjectDeclaration;
    expect(doc.indicators.map((i) => [i.name, i.target.raw, (i.siteTargets ?? []).map((s) => `${s.site}:${s.target.raw}`)])).toEqual([
      ['养护道路里程', '≥18公里', ['城关镇:≥10公里', '东关镇:≥8公里']],
      ['验收合格率', '≥95%', ['城关镇:≥95%', '东关镇:≥95%']],
    ]);
    // Said once, at the first site's name.
    expect(where(r.warnings.filter((w) => w.code === 'forms/site-targets'))).toEqual(['forms/site-targets@3']);
    expect(r.warnings.find((w) => w.code === 'forms/site-targets')?.column).toBe(4);
    expect(r.warnings.find((w) => w.code === 'forms/site-targets')?.message.zh).toContain('城关镇、东关镇');
  });

  it('tier rows without a header row (a table copied without its header): columns taken from the tier words', () => {
    const text = ['项目名称\t社区助餐', '产出指标\t数量指标\t助餐点数量\t≥12个', '\t质量指标\t食品安全检查合格率\t=100%', '满意度指标\t服务对象满意度指标\t用餐老人满意度\t≥90%'].join('\n');
    const r = read(text);
    expect(r.value.indicators.map((i) => `${i.tier1}/${i.tier2}/${i.name}/${i.target.raw}`)).toEqual([
      '产出指标/数量指标/助餐点数量/≥12个',
      '产出指标/质量指标/食品安全检查合格率/=100%',
      '满意度指标/服务对象满意度指标/用餐老人满意度/≥90%',
    ]);
    expect(where(r.warnings.filter((w) => w.code.startsWith('forms/indicator')))).toEqual(['forms/indicator-header-missing@2']);
  });

  it('a row that leaves out its trailing blank cells reads as the padded row (web copies, sheets read by their last filled cell)', () => {
    const rows = ['项目名称\t甲', '资金情况(元)\t年度资金总额\t', '\t其中：财政拨款\t', '\t其他资金\t100', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t甲\t≥1个'];
    const padded = read(rows.join('\n'));
    const trimmed = read(rows.map((r) => r.replace(/\t+$/u, '')).join('\n'));
    expect((trimmed.value as ProjectDeclaration).funds).toEqual({ total: null, fiscal: null, carryOver: null, other: '100', extra: [] });
    expect(trimmed.value).toEqual(padded.value);
    expect([trimmed.unparsed, where(trimmed.warnings)]).toEqual([[], []]);
  });

  it('a total row that keeps its blank cells stands under the header columns, however many trailing cells it lost', () => {
    const head = ['项目名称\t甲', '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t甲\t≥1个\t1个\t100\t90'];
    const weightsOnly = read([...head, '总分\t\t\t\t\t100'].join('\n'));
    expect(weightsOnly.value).toMatchObject({ publishedWeightTotal: '100', publishedTotal: null });
    // A web copy that dropped every empty cell reads its numbers in order: the weights, then the total.
    const compact = read([...head, '总分\t100\t90'].join('\n'));
    expect(compact.value).toMatchObject({ publishedWeightTotal: '100', publishedTotal: '90' });
  });
});

describe('lists in a cell without markup', () => {
  it('reads 单位职责 written as lines (a workbook, page or Word cell) one duty a line, as HTML paragraphs are', () => {
    const text = ['单位名称\t甲', '单位职责\t"主要职能包括：\n（一）负责甲\n\n（二）负责乙"', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t甲\t≥1个'].join('\n');
    const doc = read(text).value as UnitDeclaration;
    expect([doc.dutiesIntro, doc.duties]).toEqual(['主要职能包括：', ['（一）负责甲', '（二）负责乙']]);
  });
});
