import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/target';
import { inspectIndicatorName } from '../../src/notation/inspect-indicator-name';
import { parseTarget } from '../../src/notation/parse-target';

function target(text: string): Target {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(text);
  return r.value;
}
function inspect(name: string, t?: string) {
  const r = inspectIndicatorName(name, t === undefined ? undefined : target(t));
  expect(r.name).toBe(name);
  return { clean: r.cleanName, row: r.isPlaceholderRow, codes: r.findings.map((f) => [f.code, f.column]), findings: r.findings };
}

describe('inspectIndicatorName — Nanyue 2018 placeholders and markers', () => {
  it('removes unfilled placeholders in brackets', () => {
    expect(inspect('贫困地区旅游景点开发数量( ≥**个 )', '>=4个')).toMatchObject({
      clean: '贫困地区旅游景点开发数量',
      row: false,
      codes: [['notation/name-placeholder', 13]],
    });
    expect(inspect('贫困地区基础设施建设按期完成率(≥**%)', '>=95%')).toMatchObject({
      clean: '贫困地区基础设施建设按期完成率',
      codes: [['notation/name-placeholder', 16]],
    });
    expect(inspect('乡村旅游带动增加贫困村收入(≥**万元)').clean).toBe('乡村旅游带动增加贫困村收入');
  });

  it('removes a placeholder written without brackets', () => {
    expect(inspect('受益建档立卡贫困人口数≥**人', '>=29人')).toMatchObject({
      clean: '受益建档立卡贫困人口数',
      codes: [['notation/name-placeholder', 12]],
    });
  });

  it('reports a marker and a target in the name that disagrees with the target column', () => {
    const r = inspect('*贫困地区旅游基础设施建设质量达标率100%', '>=98%');
    expect(r.clean).toBe('贫困地区旅游基础设施建设质量达标率');
    expect(r.codes).toEqual([
      ['notation/name-marker', 1],
      ['notation/name-target', 19],
      ['notation/name-target-conflict', 19],
    ]);
    expect(r.findings[1]?.data).toEqual({ target: '100%', op: null, value: '100', unit: '%' });
    expect(r.findings[2]?.data).toEqual({ nameTarget: '100%', target: '>=98%' });
  });

  it('does not report a conflict when name and column agree', () => {
    expect(inspect('质量达标率100%', '=100.00(%)').codes).toEqual([['notation/name-target', 6]]);
    expect(inspect('数量≥5个', '≥5个').codes).toEqual([['notation/name-target', 3]]);
    expect(inspect('数量≥5个', '≥6个').codes.map((c) => c[0])).toEqual(['notation/name-target', 'notation/name-target-conflict']);
  });
});

describe('inspectIndicatorName — Tianchang 2022 template rows', () => {
  it('removes numbering', () => {
    expect(inspect('指标1:完成中型灌区节水改造项目数量', '1')).toEqual({
      clean: '完成中型灌区节水改造项目数量',
      row: false,
      codes: [['notation/name-numbering', 1]],
      findings: expect.any(Array),
    });
    expect(inspect('指标 2：服务对象满意度').clean).toBe('服务对象满意度');
  });

  it.each(['指标2:', '指标2：', '……', '…', '...', '★', '  '])('%j is a placeholder row', (name) => {
    const r = inspect(name);
    expect(r.row).toBe(true);
    expect(r.clean).toBe('');
    expect(r.codes.map((c) => c[0])).toContain('notation/name-placeholder');
  });

  it('reports a target in the name with no target column, without a conflict', () => {
    const r = inspect('指标1:年度资金支付完成率100%', '');
    expect(r.clean).toBe('年度资金支付完成率');
    expect(r.codes).toEqual([
      ['notation/name-numbering', 1],
      ['notation/name-target', 14],
    ]);
    expect(r.findings[1]?.data).toMatchObject({ target: '100%', value: '100', unit: '%' });
    expect(inspect('指标1:年度资金支付完成率100%').codes.map((c) => c[0])).toEqual(['notation/name-numbering', 'notation/name-target']);
  });

  it('keeps a not-applicable row (指标1:/) as a row', () => {
    expect(inspect('指标1:/', '/')).toMatchObject({ clean: '/', row: false, codes: [['notation/name-numbering', 1]] });
  });
});

describe('inspectIndicatorName — markers and plain names', () => {
  it('removes star markers', () => {
    expect(inspect('★★★服务对象满意度')).toMatchObject({ clean: '服务对象满意度', codes: [['notation/name-marker', 1]] });
    expect(inspect('服务对象满意度★')).toMatchObject({ clean: '服务对象满意度', codes: [['notation/name-marker', 8]] });
    expect(inspect('★重点项目完成率')).toMatchObject({ clean: '重点项目完成率' });
  });

  it('leaves ordinary names alone, numbers in them included', () => {
    for (const name of ['服务对象满意度', 'PM2.5浓度', '2018年市级专项扶贫资金', '老吾老培训人数', '享受“康乐福”项目套餐二的目标人数']) {
      expect(inspect(name)).toMatchObject({ clean: name, row: false, codes: [] });
    }
  });

  it('does not mutate the target it is given', () => {
    const t = Object.freeze(target('>=98%'));
    const copy = structuredClone(t);
    inspectIndicatorName('达标率100%', t);
    expect(t).toEqual(copy);
  });
});
