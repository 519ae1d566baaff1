import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/parse-form';
import type { PerformanceDocument } from '../../src/model/document';
import { reviewDeclaration } from '../../src/review/review-declaration';
import { reviewDocument } from '../../src/review/review-document';
import { ruleSets } from '../../src/review/rule-set';

function load(name: string): PerformanceDocument {
  const r = parseForm(readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${r.errors.map((e) => `${e.line ?? ''} ${e.code} ${e.message.en}`).join('; ')}`);
  return r.value;
}

describe('acceptance: real published tables through the importer', () => {
  it('Nanyue: the ≥** placeholders and the 100% in a name vs >=98% are found, with lines', () => {
    const doc = load('hn-nanyue-2018-project-declaration');
    if (doc.kind !== 'project-declaration') throw new Error('expected a project declaration');
    const r = reviewDeclaration(doc);
    const placeholders = r.findings.filter((f) => f.code === 'review/name-placeholder');
    expect(placeholders.map((f) => f.line)).toEqual([11, 14, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(placeholders[0]).toMatchObject({ severity: 'warning', path: ['indicators', 1, 'name'], column: 28 });
    expect(placeholders[0]?.message.zh).toBe('三级指标“贫困地区旅游景点开发数量( ≥**个 )”：指标名称中含未填写的模板内容“( ≥**个 )”');
    const conflict = r.findings.filter((f) => f.code === 'review/name-target-conflict');
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ severity: 'warning', line: 13, path: ['indicators', 3, 'name'] });
    expect(conflict[0]?.message.en).toBe('indicator "*贫困地区旅游基础设施建设质量达标率100%": the name says "100%" but the target column says ">=98%"');
    expect(r.counts.error).toBe(0);
  });

  it('Tangxi: the budget block that does not reconcile is reported (0 over 90 / 89.974 / 89.974)', () => {
    const r = reviewDocument(load('ah-chizhou-tangxi-2022-project-self-evaluation'));
    const budget = r.findings.filter((f) => f.code === 'review/budget-identity');
    expect(budget.map((f) => [f.severity, f.line, f.data?.expected, f.data?.actual])).toEqual([
      ['error', 5, '90', '0'],
      ['error', 5, '89.974', '0'],
      ['error', 5, '89.974', '0'],
    ]);
    // the sample is truncated before the satisfaction rows: reported too
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toContain('review/required-tier1');
  });

  it('the seed passes the national rule set with no errors', () => {
    const doc = load('minhang-2024-unit-declaration');
    const r = reviewDocument(doc, ruleSets.national);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.counts.error).toBe(0);
  });

  it('Tianchang: operators and units missing, targets only in names, numbering', () => {
    const r = reviewDocument(load('ah-tianchang-2022-project-self-evaluation'));
    const byCode = (code: string) => r.findings.filter((f) => f.code === code).map((f) => f.line);
    expect(byCode('review/operator-missing')).toEqual([13, 14, 37]);
    expect(byCode('review/unit-missing')).toEqual([13, 14]);
    expect(byCode('review/name-target')).toEqual([19]);
    expect(byCode('review/target-missing')).toEqual([16, 19, 22, 25, 28, 34]);
  });
});
