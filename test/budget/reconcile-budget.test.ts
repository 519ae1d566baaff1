import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/index';
import { reconcileBudget } from '../../src/budget/index';
import type { PerformanceDocument, ProjectDeclaration, SelfEvaluation, UnitDeclaration } from '../../src/model/index';

function load(path: string): PerformanceDocument {
  const r = parseForm(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`fixture did not parse: ${path}`);
  return r.value;
}

const unit = (budget: UnitDeclaration['budget'], amountUnit: UnitDeclaration['amountUnit'] = 'yuan'): UnitDeclaration => ({
  kind: 'unit-declaration',
  fiscalYear: 2024,
  unitName: 'x',
  appropriationMode: 'full',
  duties: [],
  annualGoals: [],
  keyTasks: [],
  amountUnit,
  budget,
  headcount: null,
  internalDepartments: null,
  indicators: [],
});

describe('reconcileBudget', () => {
  it('reconciles the seed: total = sources = structure, exactly', () => {
    const r = reconcileBudget(load('test/fixtures/minhang-2024-unit-declaration.txt'));
    expect(r.ok).toBe(true);
    expect(r.findings).toEqual([]);
    expect(r.identities.map((c) => [c.id, c.expected, c.actual, c.difference, c.holds, c.unit])).toEqual([
      ['unit/sources', '28963548.68', '28963548.68', '0.00', true, 'yuan'],
      ['unit/structure', '28963548.68', '28963548.68', '0.00', true, 'yuan'],
    ]);
  });

  it('reports the Tangxi budget block as not reconciling, with the amounts and the line', () => {
    const r = reconcileBudget(load('test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt'));
    expect(r.ok).toBe(false);
    expect(r.identities.map((c) => [c.id, c.expected, c.actual, c.difference, c.holds, c.unit])).toEqual([
      ['self-evaluation/initial', '90', '0', '-90', false, 'wan-yuan'],
      ['self-evaluation/adjusted', '89.974', '0', '-89.974', false, 'wan-yuan'],
      ['self-evaluation/executed', '89.974', '0', '-89.974', false, 'wan-yuan'],
    ]);
    expect(r.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['budget/identity-fails', 'error', 5],
      ['budget/identity-fails', 'error', 5],
      ['budget/identity-fails', 'error', 5],
    ]);
    expect(r.findings[0]?.message.zh).toContain('各项合计 90万元，表中合计为 0万元，差额 -90万元');
    expect(r.findings[1]?.data).toMatchObject({ expected: '89.974', actual: '0', difference: '-89.974', unit: 'wan-yuan', lines: '5,6' });
  });

  it('reconciles Tianchang (blank lines are left out, not read as 0) and the Nanyue project', () => {
    const t = reconcileBudget(load('test/fixtures/ah-tianchang-2022-project-self-evaluation.txt'));
    expect(t.ok).toBe(true);
    expect(t.identities.every((c) => c.holds === true && c.expected === '880')).toBe(true);
    const n = reconcileBudget(load('test/fixtures/hn-nanyue-2018-project-declaration.txt'));
    expect(n.identities.map((c) => [c.id, c.expected, c.actual, c.holds])).toEqual([['project/funds', '10', '10', true]]);
  });

  it('checks project funds with extra lines and reports a lost decimal point', () => {
    const p: ProjectDeclaration = {
      kind: 'project-declaration',
      fiscalYear: 2024,
      projectName: 'p',
      supervisingDepartment: null,
      implementingUnit: null,
      amountUnit: 'wan-yuan',
      funds: { total: '120.00', fiscal: '100.00', carryOver: null, other: '15.00', extra: [{ label: '单位资金', amount: '5' }] },
      goal: { annual: '', midTerm: null },
      indicators: [],
      origins: { '/funds/total': { line: 3, column: 2 } },
    };
    expect(reconcileBudget(p).ok).toBe(true);
    const lost = { ...p, funds: { ...p.funds, other: '1500' } };
    const r = reconcileBudget(lost);
    expect(r.ok).toBe(false);
    expect(r.identities[0]).toMatchObject({ expected: '1605.00', actual: '120.00', difference: '-1485.00', holds: false });
    expect(r.findings[0]).toMatchObject({ code: 'budget/identity-fails', line: 3, column: 2, path: ['funds', 'total'] });
  });

  it('reports blank totals and blank parts as info, and they do not fail', () => {
    const r = reconcileBudget(unit({ total: null, sources: { fiscal: '1', other: null }, structure: { basic: null, project: null } }));
    expect(r.ok).toBe(true);
    expect(r.identities.map((c) => c.holds)).toEqual([null, null]);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
      ['budget/total-blank', 'info'],
      ['budget/total-blank', 'info'],
    ]);
    const parts = reconcileBudget(unit({ total: '5', sources: { fiscal: null, other: null }, structure: { basic: '5', project: null } }));
    expect(parts.findings.map((f) => f.code)).toEqual(['budget/parts-blank']);
  });

  it('compares 万元 at the precision the total was written with, and takes a tolerance', () => {
    const doc = unit({ total: '89.97', sources: { fiscal: '89.974', other: '0' }, structure: { basic: '89.974', project: null } }, 'wan-yuan');
    const asWritten = reconcileBudget(doc);
    expect(asWritten.ok).toBe(true);
    expect(asWritten.identities[0]).toMatchObject({ expected: '89.974', actual: '89.97', places: 2, difference: '-0.004', holds: true });
    const exact = reconcileBudget(doc, { precision: 'exact' });
    expect(exact.ok).toBe(false);
    expect(reconcileBudget(doc, { precision: 'exact', tolerance: '0.005' }).ok).toBe(true);
    expect(reconcileBudget(doc, { precision: 'exact', tolerance: '0.005' }).identities[0]?.tolerance).toBe('0.005');
  });

  it('does not change its input', () => {
    const doc = load('test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt') as SelfEvaluation;
    const copy = structuredClone(doc);
    reconcileBudget(doc);
    expect(doc).toEqual(copy);
  });

  it('is exact on random decimal budgets: the sum holds, one 分 off fails (no float anywhere)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 15n });
    const yuan = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;
    fc.assert(
      fc.property(cents, cents, cents, fc.boolean(), (a, b, c, off) => {
        const total = a + b + (off ? 1n : 0n);
        const doc = unit({ total: yuan(total), sources: { fiscal: yuan(a), other: yuan(b) }, structure: { basic: yuan(c), project: yuan(a + b - c >= 0n ? a + b - c : 0n) } });
        const r = reconcileBudget(doc);
        expect(r.identities[0]?.holds).toBe(!off);
        expect(r.identities[0]?.difference).toBe(off ? '0.01' : '0.00');
        if (a + b - c >= 0n) expect(r.identities[1]?.holds).toBe(!off);
      }),
      { numRuns: 300 },
    );
  });
});
