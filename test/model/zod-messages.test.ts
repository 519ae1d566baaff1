import { describe, expect, it } from 'vitest';
import { validateProjectDeclaration } from '../../src/model/index';
import { validateActuals } from '../../src/score/index';

describe('zod errors in the library’s words, with suggestions (issue 11.4)', () => {
  const doc = {
    kind: 'project-declaration', fiscalYear: 2024, projectName: 'x', supervisingDepartment: null, implementingUnit: null,
    amountUnit: 'wan-yuan', funds: { total: '1', fiscal: '1', carryOver: null, other: null, extra: [] }, goal: { annual: '', midTerm: null }, indicators: [],
  };

  it("suggests 'wan-yuan' for '万元', and the field meant for a typo", () => {
    const unit = validateProjectDeclaration({ ...doc, amountUnit: '万元' });
    expect(!unit.ok && unit.errors[0]?.message).toEqual({
      zh: '/amountUnit：取值无效："万元" 应为 "yuan" / "wan-yuan" 之一；是否应为 "wan-yuan"？',
      en: '/amountUnit: invalid value: "万元" expected one of "yuan", "wan-yuan"; did you mean "wan-yuan"?',
    });
    const typo = validateProjectDeclaration({ ...doc, projectNmae: 'y' });
    expect(!typo.ok && typo.errors[0]?.message.en).toBe('(root): unknown field(s): projectNmae (not silently dropped); did you mean projectName?');
  });

  it('validateActuals speaks Chinese in Chinese', () => {
    const r = validateActuals({ indicators: { 入户指导: 32 } });
    expect(!r.ok && r.errors[0]?.message).toEqual({
      zh: '完成值 /indicators/入户指导：不符合任何一种允许的形式（请检查 kind 字段）',
      en: 'actuals /indicators/入户指导: matches none of the allowed variants (check the kind field)',
    });
  });
});
