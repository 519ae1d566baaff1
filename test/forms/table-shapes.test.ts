import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/index';
import { read, where } from './helpers';

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
});
