import { describe, expect, it } from 'vitest';
import { reviewDocument } from '../../src/review/review-document';
import { defineRuleSet, ruleSets } from '../../src/review/rule-set';
import type { PerformanceDocument } from '../../src/model/document';
import { ind, project, q, unit } from './helpers';

function codes(doc: PerformanceDocument, rs = ruleSets.national) {
  return reviewDocument(doc, rs).findings.map((f) => [f.code, f.severity, f.path]);
}

const base = project().indicators;

describe('a clean declaration', () => {
  it('passes the national and Shanghai rule sets with no finding', () => {
    expect(reviewDocument(project())).toMatchObject({ ruleSet: 'national', kind: 'project-declaration', findings: [], counts: { error: 0, warning: 0, info: 0 } });
    expect(reviewDocument(project(), ruleSets.shanghai).findings).toEqual([]);
  });
});

describe('structure rules', () => {
  it('required-tier1: missing first tiers are errors; 满意度 under 效益 counts', () => {
    const noSat = project(base.filter((i) => i.tier1 !== '满意度指标'));
    expect(codes(noSat)).toEqual([['review/required-tier1', 'error', ['indicators']]]);
    expect(reviewDocument(noSat).findings[0]?.message).toEqual({ zh: '缺少一级指标“满意度指标”', en: 'the tier-1 category "satisfaction" (满意度指标) is missing' });
    const older = project([...base.slice(0, 5), ind('效益指标', '服务对象满意度指标', '用餐老人满意度', q('>=', '90', '%'))]);
    expect(codes(older)).toEqual([]);
    // tier-1 labels reduced to "(50分)" are recognised from the tier-2 labels
    expect(codes(project(base.map((i) => ({ ...i, tier1: '(50分)' }))))).toEqual([]);
  });

  it('required-tier2: only under a first tier that is present', () => {
    expect(codes(project(base.filter((i) => i.tier2 !== '时效指标')))).toEqual([['review/required-tier2', 'warning', ['indicators']]]);
    const onlySat = project([base[5]!]);
    expect(codes(onlySat).map((c) => c[0])).toEqual(['review/required-tier1', 'review/required-tier1']);
  });

  it('required-tier1 in Shanghai whole-unit declarations includes 投入管理', () => {
    const doc = unit(base);
    expect(codes(doc)).toEqual([]);
    expect(codes(doc, ruleSets.shanghai)).toEqual([['review/required-tier1', 'error', ['indicators']]]);
    const withInput = unit([ind('投入管理指标', '预算编审管理', '根据规定设置', { kind: 'reference', text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' }), ...base]);
    expect(codes(withInput, ruleSets.shanghai).filter((c) => c[1] === 'error')).toEqual([]);
    expect(codes(withInput, ruleSets.shanghai).map((c) => c[0])).toEqual(Array(6).fill('review/required-tier2')); // 6 of the 7 headings
  });

  it('cost-indicators: off in national, a warning for Shanghai projects only', () => {
    const noCost = project(base.filter((i) => i.tier2 !== '成本指标'));
    expect(codes(noCost)).toEqual([]);
    expect(codes(noCost, ruleSets.shanghai)).toEqual([['review/cost-indicators', 'warning', ['indicators']]]);
    expect(codes(unit(noCost.indicators), ruleSets.shanghai).map((c) => c[0])).toEqual(['review/required-tier1']); // not for units
    expect(codes(project([...noCost.indicators, ind('成本指标', '经济成本指标', '单位成本', q('<=', '5', '元'))]), ruleSets.shanghai)).toEqual([]);
  });
});

describe('target rules', () => {
  it('target-missing: an error, except in a 投入管理 block covered by a reference', () => {
    const doc = project([...base, ind('产出指标', '质量指标', '工程质量合格', { kind: 'missing', raw: '' })]);
    expect(codes(doc)).toEqual([['review/target-missing', 'error', ['indicators', 6, 'target']]]);
    const seedLike = unit([
      ind('投入管理指标', '预算编审管理', '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', { kind: 'reference', text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' }),
      ind('投入管理指标', '预算执行管理', '', { kind: 'missing', raw: '' }),
      ...base,
    ]);
    expect(codes(seedLike)).toEqual([]);
  });

  it('target-reference: a reference outside 投入管理 is a warning', () => {
    const doc = project([...base.slice(0, 5), ind('满意度指标', '服务对象满意度指标', '满意度', { kind: 'reference', text: '按规定', raw: '按规定' })]);
    expect(codes(doc)).toEqual([['review/target-reference', 'warning', ['indicators', 5, 'target']]]);
  });

  it('unit-missing and operator-missing', () => {
    const doc = project([...base, ind('产出指标', '数量指标', '完成项目数量', q(null, '1', null, '1')), ind('产出指标', '数量指标', '改造长度', q('>=', '85', null, '>=85'))]);
    expect(codes(doc)).toEqual([
      ['review/unit-missing', 'warning', ['indicators', 6, 'target']],
      ['review/operator-missing', 'warning', ['indicators', 6, 'target']],
      ['review/unit-missing', 'warning', ['indicators', 7, 'target']],
    ]);
    expect(reviewDocument(doc).findings[1]?.suggestion?.zh).toBe('写明计算符号，如“≥1”');
  });

  it('rate-above-100: rates only, growth excluded, edge 100 allowed', () => {
    const doc = project([
      ...base,
      ind('产出指标', '质量指标', '验收合格率', q('>=', '105', '%')),
      ind('产出指标', '质量指标', '验收通过率', q('>=', '100', '%')),
      ind('效益指标', '经济效益指标', '收入增长率', q('>=', '150', '%')),
      ind('产出指标', '数量指标', '覆盖人数', q('>=', '120', '%')),
    ]);
    expect(codes(doc)).toEqual([['review/rate-above-100', 'warning', ['indicators', 6, 'target']]]);
  });

  it('satisfaction-floor: inclusive floor, configurable', () => {
    const at = (v: string) => project([...base.slice(0, 5), ind('满意度指标', '服务对象满意度指标', '满意度', q('>=', v, '%'))]);
    expect(codes(at('80'))).toEqual([]);
    expect(codes(at('79.99'))).toEqual([['review/satisfaction-floor', 'warning', ['indicators', 5, 'target']]]);
    const strict = defineRuleSet({ rules: { 'satisfaction-floor': { params: { floor: '90' }, severity: 'error' } } });
    expect(strict.ok && codes(at('85'), strict.value)).toEqual([['review/satisfaction-floor', 'error', ['indicators', 5, 'target']]]);
    expect(reviewDocument(at('79.99')).findings[0]?.message.zh).toBe('满意度指标“满意度”的指标值“>=79.99%”低于 80%');
  });

  it('unit-mismatch: 万元 labelled %, a rate in 万元, a word in %, a name announcing another unit', () => {
    const doc = project([
      ...base,
      ind('产出指标', '成本指标', '项目总成本', q('<=', '90', '%')),
      ind('产出指标', '时效指标', '资金支付完成率', q('>=', '90', '万元')),
      ind('效益指标', '社会效益指标', '服务水平', { kind: 'qualitative', text: '提升', raw: '提升(%)' }),
      ind('效益指标', '经济效益指标', '带动增加收入(≥**万元)', q('>=', '6', '%')),
      ind('效益指标', '经济效益指标', '带动增加收入(≥**万元)', q('>=', '6', '万元')),
    ]);
    const found = codes(doc).filter((c) => c[0] === 'review/unit-mismatch');
    expect(found.map((c) => c[2])).toEqual([
      ['indicators', 6, 'target'],
      ['indicators', 7, 'target'],
      ['indicators', 8, 'target'],
      ['indicators', 9, 'target'],
    ]);
    expect(reviewDocument(doc).findings.find((f) => f.path[1] === 9 && f.code === 'review/unit-mismatch')?.message.zh).toBe(
      '三级指标“带动增加收入(≥**万元)”的指标值“>=6%”：名称中的单位为“万元”，指标值的单位却是“%”',
    );
  });
});

describe('name rules', () => {
  it('placeholders, numbering, markers, targets in names, conflicts, template rows', () => {
    const doc = project([
      ...base,
      ind('产出指标', '数量指标', '景点开发数量( ≥**个 )', q('>=', '4', '个')),
      ind('产出指标', '质量指标', '*建设质量达标率100%', q('>=', '98', '%')),
      ind('产出指标', '数量指标', '指标1:完成改造项目数量', q('>=', '1', '个')),
      ind('产出指标', '数量指标', '指标2:', { kind: 'missing', raw: '' }),
    ]);
    expect(codes(doc)).toEqual([
      ['review/name-placeholder', 'warning', ['indicators', 6, 'name']],
      ['review/name-target-conflict', 'warning', ['indicators', 7, 'name']],
      ['review/name-marker', 'info', ['indicators', 7, 'name']],
      ['review/name-target', 'info', ['indicators', 7, 'name']],
      ['review/name-numbering', 'info', ['indicators', 8, 'name']],
      ['review/template-row', 'info', ['indicators', 9, 'name']],
    ]);
    const conflict = reviewDocument(doc).findings[1];
    expect(conflict?.message.zh).toBe('三级指标“*建设质量达标率100%”：指标名称中的“100%”与指标值“>=98%”不一致');
    expect(conflict?.column).toBeUndefined(); // no origins: no line or column
  });

  it('duplicate-indicator: same name after removing numbering', () => {
    const doc = project([...base, ind('产出指标', '数量指标', '指标1:助餐点数量', q('>=', '12', '个'))]);
    expect(codes(doc).filter((c) => c[0] === 'review/duplicate-indicator')).toEqual([['review/duplicate-indicator', 'warning', ['indicators', 6, 'name']]]);
    expect(reviewDocument(doc).findings.find((f) => f.code === 'review/duplicate-indicator')?.message.zh).toBe('三级指标“指标1:助餐点数量”与第 1 个指标重复');
  });
});

describe('weights-sum', () => {
  const weighted = base.map((i, k) => ({ ...i, weight: ['20', '10', '10', '10', '30', '10'][k] as string }));
  it('indicator weights to tier-1 weights, tier-1 weights to the total', () => {
    expect(codes(project(weighted))).toEqual([['review/weights-sum', 'warning', ['indicators']]]); // 90 ≠ 100
    const tw = [
      { tier1: '产出指标', weight: '50' },
      { tier1: '效益指标', weight: '30' },
      { tier1: '满意度指标', weight: '20' },
    ];
    expect(codes(project(weighted, { tierWeights: tw }))).toEqual([
      ['review/weights-sum', 'warning', ['tierWeights', 2]], // 10 under 满意度 ≠ 20
    ]);
    const r = reviewDocument(project(weighted, { tierWeights: [{ tier1: '产出指标', weight: '40' }, { tier1: '效益指标', weight: '30' }, { tier1: '满意度指标', weight: '10' }] }));
    expect(r.findings.map((f) => f.message.zh)).toEqual(['一级指标“产出指标”下各三级指标的分值合计为 50，应为 40', '全部一级指标的分值合计为 80，应为 100']);
  });
  it('allowed ranges (产出指标(40-50)分) and the budget weight of self-evaluations', () => {
    expect(codes(project(weighted, { tierWeights: [{ tier1: '产出指标', weight: null, min: '40', max: '45' }] }))).toEqual([['review/weights-sum', 'warning', ['tierWeights', 0]]]);
    expect(codes(project(weighted, { tierWeights: [{ tier1: '产出指标', weight: null, min: '40', max: '50' }] }))).toEqual([]);
  });
});

describe('budget-identity (reconcileBudget)', () => {
  it('reports a failed identity with the amounts, under review/budget-identity', () => {
    const doc = project(undefined, { funds: { total: '100.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] } });
    const r = reviewDocument(doc);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['review/budget-identity', 'error']]);
    expect(r.findings[0]?.message.zh).toContain('差额');
    const off = defineRuleSet({ rules: { 'budget-identity': { enabled: false } } });
    expect(off.ok && reviewDocument(doc, off.value).findings).toEqual([]);
  });
  it('unit declarations: sources and structure', () => {
    const doc = unit(base, { budget: { total: '300.00', sources: { fiscal: '300.00', other: '0.00' }, structure: { basic: '100.00', project: '100.00' } } });
    expect(codes(doc).map((c) => c[0])).toEqual(['review/budget-identity']);
  });
});

describe('purity', () => {
  it('does not mutate the document', () => {
    const doc = project([...base, ind('产出指标', '数量指标', '指标1:景点( ≥**个 )', q(null, '4', null))]);
    const copy = structuredClone(doc);
    reviewDocument(doc, ruleSets.shanghai);
    expect(doc).toEqual(copy);
  });
});

describe('Shanghai whole-unit declarations', () => {
  it('require the seven 投入管理 headings', () => {
    const ref = { kind: 'reference' as const, text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' };
    const headings = ['预算编审管理', '预算执行管理', '预算绩效管理', '资产管理', '预算透明度', '内部控制管理', '预算信息化'];
    const full = unit([...headings.map((h) => ind('投入管理指标', h, '', ref)), ...base]);
    expect(codes(full, ruleSets.shanghai)).toEqual([]);
    const partial = unit([...headings.slice(0, 5).map((h) => ind('投入管理指标', h, '', ref)), ...base]);
    expect(reviewDocument(partial, ruleSets.shanghai).findings.map((f) => f.message.zh)).toEqual([
      '“投入管理指标”下缺少二级指标“内部控制管理”',
      '“投入管理指标”下缺少二级指标“预算信息化”',
    ]);
  });
});
