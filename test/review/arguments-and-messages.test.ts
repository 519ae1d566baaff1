import { describe, expect, it } from 'vitest';
import type { PerformanceDocument } from '../../src/model/index';
import { defineRuleSet, parseRuleSet, reviewDocument, ruleSets } from '../../src/review/index';
import { project } from './helpers';

// What zod's own English messages say.
const ZOD_ENGLISH = /Invalid|[Ee]xpected|[Rr]eceived|Unrecognized|must|Too (small|big)|invalid/;

describe('reviewDocument checks what it is given (issue 11.4)', () => {
  it('takes a preset id', () => {
    expect(reviewDocument(project(), 'shanghai')).toEqual(reviewDocument(project(), ruleSets.shanghai));
  });

  it('throws a TypeError naming the parameter, with the preset meant', () => {
    expect(() => reviewDocument(project(), 'shangai' as 'shanghai')).toThrow(/^jixiao: reviewDocument: ruleSet must be a rule set or a preset id \(national, shanghai\) \(got "shangai"\); did you mean 'shanghai'\?$/);
    expect(() => reviewDocument(project(), 'hubei' as 'shanghai')).toThrow(/ruleSet must be .*build other rule sets with defineRuleSet/);
    expect(() => reviewDocument(project(), defineRuleSet({}) as never)).toThrow(/pass the Result’s value/);
    expect(() => reviewDocument({} as PerformanceDocument)).toThrow(/^jixiao: reviewDocument: doc must be a document/);
  });
});

describe('rule set errors read like document errors', () => {
  it('suggests the rule id and the preset meant', () => {
    const r = parseRuleSet({ rules: { 'satisfaction-flor': { enabled: false } } });
    expect(!r.ok && r.errors[0]?.message.en).toBe('the rule set names an unknown rule "satisfaction-flor"; did you mean "satisfaction-floor"? (custom rules are given as functions in custom)');
    const p = defineRuleSet({ extends: 'shangai' as 'shanghai' });
    expect(!p.ok && p.errors[0]?.message.zh).toBe('规则集 /extends 处无效：未知的预设规则集“shangai”（可用：national、shanghai）；是否应为“shanghai”？');
    const j = parseRuleSet({ extends: 'shangai' });
    expect(!j.ok && j.errors[0]?.message.en).toContain('did you mean "shanghai"?');
  });

  it('has no English zod text in the Chinese messages', () => {
    const r = parseRuleSet({ rules: { 'satisfaction-floor': { severity: 'fatal', params: { floor: 90 } } }, nmae: 'x' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.message.zh)).toEqual([
      '规则集 /rules/satisfaction-floor/severity 处无效：取值无效："fatal" 应为 "error" / "warning" / "info" 之一',
      '规则集 (root) 处无效：未知字段：nmae（不会被静默丢弃）；是否应为 name？',
    ]);
    for (const e of r.ok ? [] : r.errors) expect(e.message.zh).not.toMatch(ZOD_ENGLISH);
    const params = defineRuleSet({ rules: { 'satisfaction-floor': { params: { floor: 90 } } } });
    expect(!params.ok && params.errors[0]?.message).toEqual({ zh: '规则集 /rules/satisfaction-floor/params/floor 处无效：类型错误：应为文本，实际为数字', en: 'the rule set is invalid at /rules/satisfaction-floor/params/floor: wrong type: expected string, got number' });
  });
});
