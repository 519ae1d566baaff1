import { describe, expect, it } from 'vitest';
import { main } from '../../examples/import-a-table';
import { formatForm, parseForm, toMarkdown } from '../../src/forms/index';
import { FORM_LAYOUTS } from '../../src/forms/layout';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import { NANYUE, SEED, TANGXI, fixture, read } from './helpers';

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('examples/import-a-table.ts', () => {
  it('prints the seed summary', () => {
    expect(main(fixture(SEED))).toEqual([
      'layout: unit-declaration',
      'kind: unit-declaration',
      'unit: 上海市闵行区老龄事业发展中心 (2024)',
      'budget total: 28963548.68 yuan = 6865942.68 basic + 22097606.00 project',
      'duties: 22, key tasks: 3',
      'indicators: 投入管理指标 7, 产出指标 10, 效益指标 2, 满意度指标 2',
      'first target: 入户指导 ≥30.00(户) (line 34)',
      'warnings: 1, unparsed rows: 0',
      'written back identically: true',
    ]);
  });
});

describe('toMarkdown', () => {
  it('renders the seed: heading, facts, budget and indicator tables', () => {
    const md = toMarkdown(read(fixture(SEED)).value);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# 单位整体支出绩效目标申报表：上海市闵行区老龄事业发展中心（2024年度）');
    expect(md).toContain('- 财政资金拨款方式：全额');
    expect(md).toContain('| 部门整体预算总额 | 28,963,548.68 元 |');
    expect(md).toContain('| 投入管理指标 | 预算编审管理 |  | 根据沪财绩【2022】13号文的规定要求设置三级指标和指标值 |');
    expect(md).toContain('| 产出指标 | 数量指标 | 入户指导 | ≥30.00(户) |');
    expect(lines.filter((l) => l.startsWith('- (')).length).toBe(22);
  });
  it('renders a self-evaluation with actuals, weights, scores and published claims', () => {
    const md = toMarkdown(read(fixture(TANGXI)).value);
    expect(md).toContain('| 年度资金总额 | 0 万元 | 0 万元 | 0 万元 |');
    expect(md).toContain('分值 10；执行率（表中所填）0%；得分（表中所填）0');
    expect(md).toContain('| 产出指标(50分) | 质量指标 | 委托业务报告合格率 | ≥100百分比 | 100 | 8 | 8 |');
  });
  it('escapes table cells', () => {
    const doc = read(fixture(NANYUE)).value as ProjectDeclaration;
    const md = toMarkdown({ ...doc, indicators: doc.indicators.map((i, k) => (k === 0 ? { ...i, name: 'a|b' } : i)) });
    expect(md).toContain('| a\\|b |');
  });
});

describe('purity', () => {
  it('formatForm and toMarkdown do not mutate their input', () => {
    for (const name of [SEED, TANGXI, NANYUE]) {
      const doc = read(fixture(name)).value;
      const before = JSON.stringify(doc);
      deepFreeze(doc);
      expect(() => formatForm(doc)).not.toThrow();
      expect(() => toMarkdown(doc)).not.toThrow();
      expect(JSON.stringify(doc)).toBe(before);
    }
  });
  it('parseForm gives the same result twice (no hidden state)', () => {
    const t = fixture(TANGXI);
    expect(parseForm(t)).toEqual(parseForm(t));
  });
  it('formatForm refuses a layout that cannot hold the document', () => {
    expect(() => formatForm(read(fixture(SEED)).value, { layout: 'project-self-evaluation' })).toThrow(TypeError);
  });
  it('every layout has its letter', () => {
    expect(FORM_LAYOUTS.map((l) => `${l.letter}:${l.id}`)).toEqual([
      'A:unit-declaration', 'A:unit-declaration-fujian', 'B:project-declaration', 'C:project-self-evaluation', 'D:separate-column-self-evaluation', 'E:unit-self-evaluation',
    ]);
  });
  it('options.layout forces the layout', () => {
    const r = parseForm(fixture(NANYUE), { layout: 'project-self-evaluation' });
    expect(r.layout).toBe('project-self-evaluation');
    expect(r.ok && r.value.kind).toBe('self-evaluation');
  });
});
