import { describe, expect, it } from 'vitest';
import type { ProjectDeclaration } from '../../src/model/project-declaration';
import { monitor } from '../../src/monitor/monitor';
import { defineMonitorSettings } from '../../src/monitor/settings';

const doc: ProjectDeclaration = {
  kind: 'project-declaration',
  fiscalYear: 2024,
  projectName: '示例',
  supervisingDepartment: null,
  implementingUnit: null,
  amountUnit: 'wan-yuan',
  funds: { total: '100', fiscal: '100', carryOver: null, other: null, extra: [] },
  goal: { annual: '', midTerm: null },
  indicators: [],
};

describe('monitoring refuses negative amounts (issue 10.1)', () => {
  it.each(['-40', '-0'])('an executed amount of %s is an error, not "0.00% red"', (executed) => {
    const r = monitor(doc, { asOf: '2024-07-31', budget: { executed } });
    expect(r.budget).toBeNull();
    expect([r.overall, r.counts.red]).toEqual([null, 0]);
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path, f.message.en])).toEqual([
      ['monitor/amount-negative', ['snapshot', 'budget', 'executed'], `the executed amount is ${executed}, a negative amount: no execution progress is computed or coloured`],
    ]);
  });

  it('a negative budget is refused the same way, at the budget', () => {
    const r = monitor(doc, { asOf: '2024-07-31', budget: { budget: '-100', executed: '40' } });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['monitor/amount-negative']);
  });

  it('checks its arguments, and explains invalid settings in both languages', () => {
    expect(() => monitor({} as ProjectDeclaration, { asOf: '2024-07-31' })).toThrow(/^jixiao: monitor: doc must be a document/);
    const s = defineMonitorSettings({ basis: 'week' });
    expect(!s.ok && s.errors[0]?.message).toEqual({
      zh: '监控设置 /basis 无效：取值无效："week" 应为 "day" / "month" 之一',
      en: 'monitoring setting /basis is invalid: invalid value: "week" expected one of "day", "month"',
    });
  });
});
