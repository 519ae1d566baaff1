import { describe, expect, it } from 'vitest';
import { reviewDeclaration } from '../../src/review/review-declaration';
import { reviewDocument } from '../../src/review/review-document';
import { defineRuleSet, parseRuleSet, reviewRules, RuleSetConfig, ruleSets } from '../../src/review/rule-set';
import type { CustomRule } from '../../src/review/rule';
import { ind, project, q } from './helpers';

describe('presets', () => {
  it('national and shanghai are data with every built-in rule', () => {
    const ids = reviewRules.map((r) => r.id);
    expect(ids).toEqual([
      'required-tier1', 'required-tier2', 'cost-indicators', 'target-missing', 'target-reference', 'unit-missing',
      'operator-missing', 'direction-conflict', 'name-placeholder', 'name-numbering', 'name-marker', 'template-row', 'name-target',
      'name-target-conflict', 'rate-above-100', 'unit-mismatch', 'duplicate-indicator', 'satisfaction-floor',
      'weights-sum', 'budget-identity',
    ]);
    expect(Object.keys(ruleSets.national.rules)).toEqual(ids);
    expect(ruleSets.national.rules['cost-indicators']).toMatchObject({ enabled: false, kinds: ['project-declaration'] });
    expect(ruleSets.shanghai.rules['cost-indicators']?.enabled).toBe(true);
    expect(ruleSets.national.rules['satisfaction-floor']?.params).toEqual({ floor: '80' });
    // the JSON-able part survives a round trip
    expect(JSON.parse(JSON.stringify(ruleSets.shanghai.rules))).toEqual(ruleSets.shanghai.rules);
  });
  it('every rule documents its source, confidence and a why in both languages', () => {
    for (const r of reviewRules) {
      expect(r.why.zh.length).toBeGreaterThan(5);
      expect(r.why.en.length).toBeGreaterThan(5);
      expect(['C', 'S', 'U']).toContain(r.confidence);
      expect(r.source.length).toBeGreaterThan(3);
      expect(r.params.safeParse(r.defaults).success).toBe(true);
    }
  });
});

describe('defineRuleSet', () => {
  it('enables, disables, re-grades, re-parameterises and narrows kinds', () => {
    const r = defineRuleSet({
      name: 'strict',
      extends: 'shanghai',
      rules: {
        'operator-missing': { severity: 'error' },
        'name-numbering': { enabled: false },
        'satisfaction-floor': { params: { floor: '90' } },
        'unit-missing': { kinds: ['project-declaration'] },
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.name).toBe('strict');
    expect(r.value.rules['operator-missing']?.severity).toBe('error');
    expect(r.value.rules['name-numbering']?.enabled).toBe(false);
    expect(r.value.rules['satisfaction-floor']?.params).toEqual({ floor: '90' });
    expect(r.value.rules['cost-indicators']?.enabled).toBe(true); // inherited from shanghai
    expect(ruleSets.shanghai.rules['operator-missing']?.severity).toBe('warning'); // the preset is unchanged
    const doc = project([...project().indicators, ind('产出指标', '数量指标', '指标1:项目数量', q(null, '1', '个'))]);
    expect(reviewDocument(doc, r.value).findings.map((f) => [f.code, f.severity])).toEqual([['review/operator-missing', 'error']]);
  });

  it('collects every error: unknown rule, bad severity, bad params, bad custom ids', () => {
    const noop: CustomRule = { id: 'myorg/x', title: { zh: 'x', en: 'x' }, check: () => [] };
    const r = defineRuleSet({
      rules: {
        'no-such-rule': {},
        'satisfaction-floor': { params: { floor: 90 } },
        'weights-sum': { params: { totl: '100' } },
      },
      custom: [noop, noop, { ...noop, id: 'review/mine' }, { ...noop, id: 'plain' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([
      ['review/unknown-rule', ['rules', 'no-such-rule']],
      ['review/invalid-rule-set', ['rules', 'satisfaction-floor', 'params', 'floor']],
      ['review/invalid-rule-set', ['rules', 'weights-sum', 'params']],
      ['review/invalid-rule-set', ['custom', 1]],
      ['review/invalid-rule-set', ['custom', 2]],
      ['review/invalid-rule-set', ['custom', 3]],
    ]);
    expect(r.errors[0]?.message.zh).toContain('no-such-rule');
  });

  it('custom rules are pure functions over the document, located by path', () => {
    const goal: CustomRule = {
      id: 'myorg/goal-too-short',
      title: { zh: '年度目标过短', en: 'annual goal too short' },
      kinds: ['project-declaration'],
      severity: 'error',
      check: (doc) =>
        doc.kind === 'project-declaration' && doc.goal.annual.length < 20
          ? [{ path: ['goal', 'annual'], message: { zh: '年度目标少于20字', en: 'the annual goal has fewer than 20 characters' } }]
          : [],
    };
    const rs = defineRuleSet({ extends: 'national', custom: [goal] });
    expect(rs.ok).toBe(true);
    if (!rs.ok) return;
    const r = reviewDeclaration(project(), rs.value);
    expect(r.findings).toEqual([
      {
        code: 'myorg/goal-too-short',
        severity: 'error',
        path: ['goal', 'annual'],
        field: '/goal/annual',
        message: { zh: '年度目标少于20字', en: 'the annual goal has fewer than 20 characters' },
        data: { rule: 'myorg/goal-too-short' },
      },
    ]);
    expect(r.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(r.rules.at(-1)).toBe('myorg/goal-too-short');
    // extending a resolved set keeps its custom rules
    const more = defineRuleSet({ extends: rs.value, rules: { 'name-marker': { enabled: false } } });
    expect(more.ok && more.value.custom.map((c) => c.id)).toEqual(['myorg/goal-too-short']);
  });
});

describe('parseRuleSet (RULES.json)', () => {
  it('validates the JSON part with zod and resolves it', () => {
    const json = { name: 'district', extends: 'shanghai', rules: { 'satisfaction-floor': { severity: 'error', params: { floor: '85' } } } };
    expect(RuleSetConfig.safeParse(json).success).toBe(true);
    const r = parseRuleSet(json);
    expect(r.ok && [r.value.name, r.value.rules['satisfaction-floor']]).toEqual([
      'district',
      { enabled: true, severity: 'error', kinds: ['unit-declaration', 'project-declaration', 'self-evaluation'], params: { floor: '85' } },
    ]);
    const bad = parseRuleSet({ extends: 'beijing', rules: { 'satisfaction-floor': { severity: 'fatal' } }, custom: [] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toEqual([['extends'], ['rules', 'satisfaction-floor', 'severity'], []]);
  });
});

describe('docs/review-rules.md', () => {
  it('documents every rule code', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/review-rules.md', import.meta.url), 'utf8');
    for (const r of reviewRules) expect(doc).toContain(`\`review/${r.id}\``);
  });
});
