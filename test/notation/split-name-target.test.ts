import { describe, expect, it } from 'vitest';
import { inspectIndicatorName } from '../../src/notation/inspect-indicator-name';
import { splitNameTarget } from '../../src/notation/split-name-target';

describe('splitNameTarget', () => {
  it.each([
    // issue 9: tables with no value column
    ['验收合格率100%', '验收合格率', { op: null, value: '100', unit: '%', raw: '100%' }, 6],
    // shared/samples/ah-tianchang-2022-project-self-evaluation.txt: 指标1:年度资金支付完成率100% with a blank target
    ['指标1:年度资金支付完成率100%', '指标1:年度资金支付完成率', { op: null, value: '100', unit: '%', raw: '100%' }, 14],
    // Tianchang: 指标1:完成中型灌区节水改造项目数量 | 1 — a count after a word naming a measure
    ['完成中型灌区节水改造项目数量1个', '完成中型灌区节水改造项目数量', { op: null, value: '1', unit: '个', raw: '1个' }, 15],
    ['受益人数90人', '受益人数', { op: null, value: '90', unit: '人', raw: '90人' }, 5],
    ['满意度（≥90%）', '满意度', { op: '>=', value: '90', unit: '%', raw: '≥90%' }, 5],
    ['设备采购数量≥5台', '设备采购数量', { op: '>=', value: '5', unit: '台', raw: '≥5台' }, 7],
    ['完成率１００％', '完成率', { op: null, value: '100', unit: '%', raw: '１００％' }, 4],
  ])('%s → %s + its target', (name, rest, target, column) => {
    const s = splitNameTarget(name);
    expect(s).toMatchObject({ name: rest, target: { kind: 'quantitative', ...target }, column });
    expect(s?.warnings[0]).toMatchObject({ code: 'notation/name-target' });
  });

  it('reports what the target lacks, at columns of the name', () => {
    expect(splitNameTarget('验收合格率100%')?.warnings.map((w) => [w.code, w.column])).toEqual([
      ['notation/name-target', 6],
      ['notation/operator-missing', 6],
    ]);
  });

  it.each([
    '2018年市级专项扶贫资金', // Nanyue 2018: a year
    'PM2.5浓度',
    '一期工程3号楼', // a number in the name, after no word of measure
    '指标1',
    '服务对象满意度',
    '贫困地区旅游景点开发数量( ≥**个 )', // a placeholder, not a target
    '项目数量1', // a count with no unit
  ])('%s has no target to split', (name) => {
    expect(splitNameTarget(name)).toBeNull();
  });

  it('finds what inspectIndicatorName reports as name-target (one rule)', () => {
    for (const name of ['验收合格率100%', '完成中型灌区节水改造项目数量1个', '满意度（≥90%）', '2018年市级专项扶贫资金', 'PM2.5浓度']) {
      const inspected = inspectIndicatorName(name).findings.some((f) => f.code === 'notation/name-target');
      expect([name, splitNameTarget(name) !== null]).toEqual([name, inspected]);
    }
  });

  it('throws a TypeError naming the parameter for what is no string', () => {
    expect(() => splitNameTarget(undefined as never)).toThrow(/\(name\)/);
  });
});
