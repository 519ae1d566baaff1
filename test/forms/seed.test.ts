import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatForm, parseForm } from '../../src/forms/index';
import { validateUnitDeclaration } from '../../src/model/validate';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { SEED, fixture, read, where, withoutOrigins } from './helpers';

const seed = fixture(SEED);
const r = read(seed);
const doc = r.value as UnitDeclaration;

describe('the seed, exactly (issue 3)', () => {
  it('is a unit declaration in the seed layout', () => {
    expect(r.layout).toBe('unit-declaration');
    expect(doc.kind).toBe('unit-declaration');
    expect(doc.unitName).toBe('上海市闵行区老龄事业发展中心');
    expect(doc.fiscalYear).toBe(2024);
    expect(doc.appropriationMode).toBe('full');
  });

  it('has 22 duties (numbered as written) after the lead-in, and the annual goal text', () => {
    expect(doc.dutiesIntro).toBe('上海市闵行区老龄事业发展中心其主要职能包括：');
    expect(doc.duties).toHaveLength(22);
    expect(doc.duties[0]).toBe('(一) 受区老龄办委托，负责组织实施本区老龄事业发展规划和工作计划，与老龄委各成员单位的沟通、协调与合作，积极推进各项老龄事业的协调发展。');
    expect(doc.duties[21]).toBe('(二十二) 承办区民政局交办的其他事项。');
    expect(doc.duties.every((d) => !/[<>]/u.test(d))).toBe(true);
    expect(doc.annualGoals).toHaveLength(1);
    expect(doc.annualGoals[0]).toMatch(/^继续立足于固根基、补短板、强弱项、扬优势/u);
    expect(doc.annualGoals[0]).toMatch(/进一步提升公共服务能力。$/u);
  });

  it('has 3 key tasks', () => {
    expect(doc.keyTasks.map((t) => t.name)).toEqual(['优化养老服务设施供给', '推进认知友好社区建设', '强化专业养老照护工作']);
    expect(doc.keyTasks[2]?.content).toBe('鼓励养老服务管理人员、业务骨干和有意愿提升养老服务专业知识的护理员参加学历教育，提升居家养老服务水平');
  });

  it('has the budget in 元 with full precision, 0.00 kept', () => {
    expect(doc.amountUnit).toBe('yuan');
    expect(doc.budget).toEqual({
      total: '28963548.68',
      sources: { fiscal: '28963548.68', other: '0.00' },
      structure: { basic: '6865942.68', project: '22097606.00' },
    });
    expect(doc.headcount).toBeNull();
    expect(doc.internalDepartments).toBe(0);
  });

  it('reads the 投入管理 block as 7 tier-2 headings governed by the referenced policy', () => {
    const block = doc.indicators.slice(0, 7);
    expect(block.map((i) => i.tier2)).toEqual(['预算编审管理', '预算执行管理', '预算绩效管理', '资产管理', '预算透明度', '内部控制管理', '预算信息化']);
    for (const i of block) {
      expect(i.tier1).toBe('投入管理指标');
      expect(i.name).toBe('');
      expect(i.target).toEqual({ kind: 'reference', text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' });
    }
    expect(where(r.warnings)).toEqual(['forms/reference-target@27']);
    expect(r.warnings[0]?.severity).toBe('info');
  });

  it('has 14 value-bearing tier-3 indicators: 产出 10 (数量 5, 质量 3, 时效 2), 效益 2, 满意度 2, each with its target', () => {
    const valued = doc.indicators.slice(7);
    expect(valued).toHaveLength(14);
    const count = (f: (i: (typeof valued)[number]) => boolean) => valued.filter(f).length;
    expect(count((i) => i.tier1 === '产出指标')).toBe(10);
    expect(count((i) => i.tier2 === '数量指标')).toBe(5);
    expect(count((i) => i.tier2 === '质量指标')).toBe(3);
    expect(count((i) => i.tier2 === '时效指标')).toBe(2);
    expect(count((i) => i.tier1 === '效益指标')).toBe(2);
    expect(count((i) => i.tier1 === '满意度指标')).toBe(2);
    expect(valued[0]).toEqual({
      tier1: '产出指标',
      tier2: '数量指标',
      name: '入户指导',
      target: { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)' },
    });
    expect(valued.map((i) => i.target.raw)).toEqual([
      '≥30.00(户)', '=469.00(人)', '≤25.00(家)', '≥6962.00(人)', '≥200.00(人)',
      '=100.00(%)', '符合', '=100.00(%)', '及时', '及时',
      '=14.00(街镇)', '提升', '≥80.00(%)', '≥80.00(%)',
    ]);
    expect(valued[2]?.target).toMatchObject({ op: '<=', value: '25.00', unit: '家' });
    expect(valued[10]?.target).toMatchObject({ op: '=', value: '14.00', unit: '街镇' });
    expect(valued[11]?.target).toEqual({ kind: 'qualitative', text: '提升', raw: '提升' });
  });

  it('records where every part came from (1-based line and code-point column)', () => {
    const o = doc.origins ?? {};
    expect(o['/unitName']).toEqual({ line: 6, column: 6 });
    expect(o['/budget/total']).toEqual({ line: 18, column: 13 });
    expect(o['/budget/sources/other']).toEqual({ line: 20, column: 9 });
    expect(o['/duties']).toEqual({ line: 8, column: 6 });
    expect(o['/indicators/7/target']).toEqual({ line: 34, column: 16 });
    expect(o['/indicators/8/tier1']).toEqual({ line: 35, column: 1 });
    expect(o['/indicators/0/target']).toEqual({ line: 27, column: 15 });
    expect(o['/keyTasks/0/name']).toEqual({ line: 12, column: 1 });
  });

  it('has nothing left unparsed', () => {
    expect(r.unparsed).toEqual([]);
  });

  it('round-trips: written back it is the seed, byte for byte, and reads back to the same document', () => {
    const out = formatForm(doc);
    expect(out).toBe(seed);
    expect(withoutOrigins(read(out).value)).toEqual(withoutOrigins(doc));
  });

  it('examples/minhang-2024/declaration.json is the seed parsed, and validates', () => {
    const json = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', 'minhang-2024', 'declaration.json'), 'utf8')) as unknown;
    expect(json).toEqual(withoutOrigins(doc));
    const v = validateUnitDeclaration(json);
    expect(v.ok).toBe(true);
    const txt = readFileSync(join(__dirname, '..', '..', 'examples', 'minhang-2024', 'declaration.txt'), 'utf8');
    expect(txt).toBe(seed);
  });

  it('amountUnit option: the table says 元, so an option of 万元 is reported and the table wins', () => {
    const w = parseForm(seed, { amountUnit: 'wan-yuan' });
    expect(w.ok && w.value.kind === 'unit-declaration' && w.value.amountUnit).toBe('yuan');
    expect(where(w.warnings)).toContain('forms/amount-unit-conflict@18');
  });
});
