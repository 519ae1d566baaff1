import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import type { SelfEvaluation } from '../../src/model/self-evaluation';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { detectLayout } from '../../src/forms/detect-layout';
import { formatForm } from '../../src/forms/format-form';
import { parseForm } from '../../src/forms/parse-form';
import { inlinePairs, trailingUnitStatement } from '../../src/forms/text/inline-label';
import { fixture, read, where, withoutOrigins } from './helpers';

// `label：value` in one cell (tables copied from Word), constructed for illustration (test/fixtures/SOURCES.md).

describe('project self-evaluation with label：value header cells (full-width and ASCII colons)', () => {
  const text = fixture('variant-inline-self-evaluation.txt');
  const r = read(text);
  const doc = r.value as SelfEvaluation;

  it('reads the header fields from the cells', () => {
    expect(r.layout).toBe('project-self-evaluation');
    expect(doc).toMatchObject({ scope: 'project', fiscalYear: 2023, name: '农村饮水安全维修养护', supervisingDepartment: '某县水利局', implementingUnit: '某县农村供水服务站', amountUnit: 'wan-yuan', publishedTotal: '98.00' });
    expect(doc.budget.lines.map((l) => [l.source, l.executed])).toEqual([
      ['total', '142.50'],
      ['fiscal', '142.50'],
    ]);
    expect(doc.indicators).toHaveLength(4);
    expect(doc.indicators[1]).toMatchObject({ tier1: '产出指标', tier2: '时效指标', name: '报修响应时间', target: { raw: '≤2天' } });
  });

  it('places each value where it starts inside its cell', () => {
    // `项目名称：` is five code points: the value starts at column 6; `主管部门:` after a tab at 17 → 22;
    // `实施单位： 某…` with a space after the colon → 7.
    expect(r.value.origins?.['/name']).toEqual({ line: 2, column: 6 });
    expect(r.value.origins?.['/supervisingDepartment']).toEqual({ line: 2, column: 22 });
    expect(r.value.origins?.['/implementingUnit']).toEqual({ line: 3, column: 7 });
  });

  it('keeps a label：value cell no field takes in extraFields, its time (10:30) unsplit', () => {
    expect(doc.extraFields).toEqual([{ label: '自评时间', value: '2024年3月1日 10:30' }]);
    expect(r.warnings).toEqual([]);
    expect(r.unparsed).toEqual([]);
  });
});

describe('project declaration with two pairs in one cell and a 填报单位 line stating the unit', () => {
  const r = read(fixture('variant-inline-project-declaration.txt'));
  const doc = r.value as ProjectDeclaration;

  it('reads the fields, the pairs separated by spaces or an ideographic space', () => {
    expect(r.layout).toBe('project-declaration');
    expect(doc).toMatchObject({
      projectName: '社区助餐点运营补贴',
      supervisingDepartment: '某区民政局',
      implementingUnit: '某区养老服务中心',
      contact: '张某 021-00000000（8:30-17:00）',
      amountUnit: 'wan-yuan',
      funds: { total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] },
      goal: { annual: '新建社区助餐点12个，日均服务老年人1500人次。', midTerm: null },
    });
    expect(doc.indicators).toHaveLength(4);
    expect(doc.indicators[0]).toMatchObject({ tier1: '产出指标', name: '新建助餐点数量', target: { op: '>=', value: '12', unit: '个' } });
  });

  it('places the second pair of a cell at its own value', () => {
    // `主管部门：某区民政局    实施单位：某区养老服务中心`: 10 code points, 4 spaces, `实施单位：` → 20.
    expect(r.value.origins?.['/projectName']).toEqual({ line: 3, column: 6 });
    expect(r.value.origins?.['/supervisingDepartment']).toEqual({ line: 4, column: 6 });
    expect(r.value.origins?.['/implementingUnit']).toEqual({ line: 4, column: 20 });
    expect(r.value.origins?.['/contact']).toEqual({ line: 5, column: 10 });
  });

  it('takes 万元 from the 填报单位 line (no unit assumed), keeps the line as a sign-off, keeps 项目属性 as an extra field', () => {
    expect(where(r.warnings)).toEqual(['forms/row-unparsed@2']);
    expect(r.unparsed.map((u) => u.line)).toEqual([2]);
    expect(r.unparsed[0]?.reason.en).toMatch(/sign-off/u);
    expect(doc.extraFields).toEqual([{ label: '项目属性', value: '延续' }]);
  });
});

describe('unit declaration with 单位名称：… and 单位：万元 at the end of the title', () => {
  const r = read(fixture('variant-inline-unit-declaration.txt'));
  const doc = r.value as UnitDeclaration;

  it('reads the unit, the appropriation mode, the budget in 万元 and the indicators', () => {
    expect(r.layout).toBe('unit-declaration');
    expect(doc).toMatchObject({ fiscalYear: 2024, unitName: '某市体育事业发展中心', appropriationMode: 'full', amountUnit: 'wan-yuan' });
    expect(doc.budget).toEqual({ total: '860.00', sources: { fiscal: '800.00', other: '60.00' }, structure: { basic: '500.00', project: '360.00' } });
    expect(doc.indicators).toHaveLength(4);
    expect(r.value.origins?.['/unitName']).toEqual({ line: 2, column: 6 });
    expect(r.value.origins?.['/appropriationMode']).toEqual({ line: 3, column: 10 });
    expect(r.warnings).toEqual([]);
    expect(r.unparsed).toEqual([]);
  });
});

describe('unit self-evaluation with 单位名称 and 自评总分 in one cell', () => {
  const r = read(fixture('variant-inline-unit-self-evaluation.txt'));
  const doc = r.value as SelfEvaluation;

  it('reads the name and the published total, placed at their values', () => {
    expect(r.layout).toBe('unit-self-evaluation');
    expect(doc).toMatchObject({ scope: 'unit', fiscalYear: 2023, name: '某区民政局', publishedTotal: '93.78', amountUnit: 'wan-yuan' });
    expect(doc.indicators).toHaveLength(4);
    expect(r.value.origins?.['/name']).toEqual({ line: 3, column: 6 });
    expect(r.value.origins?.['/publishedTotal']).toEqual({ line: 3, column: 18 });
    expect(r.unparsed).toEqual([]);
  });
});

describe('inline pairs: the rule', () => {
  it('splits at the first colon and at separators followed by a label', () => {
    expect(inlinePairs('项目名称：会议10:30开始').map((p) => [p.label, p.value, p.valueAt])).toEqual([['项目名称', '会议10:30开始', 5]]);
    expect(inlinePairs('主管部门:A  10:30').map((p) => [p.label, p.value])).toEqual([['主管部门', 'A  10:30']]);
    expect(inlinePairs('主管部门：甲局\u3000实施单位：乙中心').map((p) => [p.key, p.value])).toEqual([
      ['主管部门', '甲局'],
      ['实施单位', '乙中心'],
    ]);
    expect(inlinePairs('某某  （注：临时）').map((p) => p.label)).toEqual([null]);
  });

  it('finds a unit statement only at the end of a cell after a separator', () => {
    expect(trailingUnitStatement('2024年申报表        单位：万元')).toEqual({ unit: 'wan-yuan', rest: '2024年申报表' });
    expect(trailingUnitStatement('填报单位（盖章）：某局\u3000金额单位:元')).toEqual({ unit: 'yuan', rest: '填报单位（盖章）：某局' });
    expect(trailingUnitStatement('某单位：万元')).toBeNull();
  });

  it('detects a layout from a field label written with its value', () => {
    expect(detectLayout('项目名称：助餐\n一级指标\t二级指标\t三级指标\t指标值')).toBe('project-declaration');
    expect(detectLayout('单位名称：某局\n一级指标\t二级指标\t三级指标\t指标值')).toBe('unit-declaration');
  });

  it('leaves a project named after a fund source to the field reader', () => {
    const doc = read('项目名称：村级自筹资金补助\n资金情况(万元)\t年度资金总额\t10\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补助村数\t≥5个').value as ProjectDeclaration;
    expect(doc.projectName).toBe('村级自筹资金补助');
    expect(doc.funds.total).toBe('10');
    expect(doc.funds.extra).toEqual([]);
  });

  it('places a value inside a quoted cell on its own line', () => {
    const r = read('"项目名称：甲\n乙"\t主管部门\t某局\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补助村数\t≥5个');
    expect((r.value as ProjectDeclaration).projectName).toBe('甲\n乙');
    expect(r.value.origins?.['/projectName']).toEqual({ line: 1, column: 7 });
  });

  it('leaves a label：value whose label is no field as before', () => {
    const r = read('项目名称\t甲\n备注：乙\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t补助村数\t≥5个');
    expect(r.unparsed.map((u) => u.line)).toEqual([2]);
  });
});

describe('inline variants do not mutate their input, never throw, and write back as plain cells', () => {
  it.each([
    'variant-inline-self-evaluation.txt',
    'variant-inline-project-declaration.txt',
    'variant-inline-unit-declaration.txt',
    'variant-inline-unit-self-evaluation.txt',
  ])('%s', (name) => {
    const text = fixture(name);
    const copy = `${text}`;
    const r = read(text);
    expect(text).toBe(copy);
    // The writer puts label and value in cells of their own; reading that back gives the same document.
    expect(withoutOrigins(read(formatForm(r.value)).value)).toEqual(withoutOrigins(r.value));
    const lines = text.split(/\r?\n/u);
    for (let n = 1; n < lines.length; n++) {
      const p = parseForm(lines.slice(0, n).join('\n'));
      expect(p.ok || p.errors.length > 0).toBe(true);
    }
  });
});
