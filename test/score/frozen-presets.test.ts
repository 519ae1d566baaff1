import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS, DEFAULT_GRADE_WORDS } from '../../src/evaluate/index';
import { DEFAULT_MONITOR_SETTINGS, defineMonitorSettings } from '../../src/monitor/index';
import { defineRuleSet, ruleSets } from '../../src/review/index';
import { defineScheme, hubei, national, schemes, scoreSelfEvaluation } from '../../src/score/index';
import { row, selfEvaluation } from './helpers';

// Issue 10.5: `schemes.national.grades[3].grade = '优'` changed every later score, depending on call order.
describe('presets and default settings are frozen', () => {
  const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '6户', '90')], { adjusted: '100', executed: '10' });

  it('writing to a scheme preset throws (modules are strict) and later scores are unchanged', () => {
    const before = scoreSelfEvaluation(doc);
    expect(before.grade).toBe('差');
    const grades = schemes.national.grades as { grade: string }[];
    expect(() => {
      grades[3]!.grade = '优';
    }).toThrow(TypeError);
    expect(() => {
      (national.tiers as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (hubei.budgetExecution as { weight: string }).weight = '0';
    }).toThrow(TypeError);
    expect(() => {
      (schemes as Record<string, unknown>)['national'] = hubei;
    }).toThrow(TypeError);
    expect(scoreSelfEvaluation(doc)).toEqual(before);
  });

  it('freezes rule sets, monitoring and evaluation defaults', () => {
    const writes: (() => void)[] = [
      () => ((ruleSets.national.rules['cost-indicators'] as { enabled: boolean }).enabled = true),
      () => ((ruleSets.shanghai.rules['satisfaction-floor']?.params as { floor: string }).floor = '0'),
      () => ((DEFAULT_MONITOR_SETTINGS.budgetBands as { green: string }).green = '1'),
      () => ((DEFAULT_EVALUATION_SETTINGS as { missingOperator: string }).missingOperator = 'at-least'),
      () => (DEFAULT_GRADE_WORDS.achieved as string[]).push('好'),
    ];
    for (const w of writes) expect(w).toThrow(TypeError);
    expect(ruleSets.national.rules['cost-indicators']?.enabled).toBe(false);
    expect(DEFAULT_GRADE_WORDS.achieved).not.toContain('好');
  });

  it('freezes what defineScheme, defineRuleSet and defineMonitorSettings build, but not the caller’s scorers', () => {
    const scorer = { match: 'x', score: () => ({ score: '1' }) };
    const s = defineScheme({ extends: 'national', id: 's', customScorers: [scorer] });
    expect(s.ok && Object.isFrozen(s.value) && Object.isFrozen(s.value.tiers[0]) && Object.isFrozen(s.value.customScorers)).toBe(true);
    expect(Object.isFrozen(scorer)).toBe(false);
    const r = defineRuleSet({ extends: 'shanghai' });
    expect(r.ok && Object.isFrozen(r.value.rules['satisfaction-floor'])).toBe(true);
    const m = defineMonitorSettings({ basis: 'day' });
    expect(m.ok && Object.isFrozen(m.value.budgetBands)).toBe(true);
  });
});
