import { describe, expect, it } from 'vitest';
import { COLOUR_ORDER, worstColour } from '../../src/monitor/colour';
import { DEFAULT_MONITOR_SETTINGS, defineMonitorSettings } from '../../src/monitor/settings';
import { parseLikelihood, validateSnapshot } from '../../src/monitor/snapshot';

describe('worstColour', () => {
  it('red is worst, blue sits between yellow and green', () => {
    expect(COLOUR_ORDER).toEqual(['red', 'yellow', 'blue', 'green']);
    expect(worstColour(['green', 'blue', 'yellow'])).toBe('yellow');
    expect(worstColour(['green', 'blue'])).toBe('blue');
    expect(worstColour(['green', 'red', null])).toBe('red');
    expect(worstColour([null, null])).toBeNull();
    expect(worstColour(['green', 'blue'], ['red', 'yellow', 'green', 'blue'])).toBe('green');
  });
});

describe('defineMonitorSettings', () => {
  it('fills the RULES §7 defaults', () => {
    const r = defineMonitorSettings({});
    expect(r.ok && r.value).toEqual(DEFAULT_MONITOR_SETTINGS);
    expect(DEFAULT_MONITOR_SETTINGS.budgetBands).toEqual({ yellow: '60', green: '80' });
    expect(DEFAULT_MONITOR_SETTINGS.positiveBands).toEqual({ yellow: '60', green: '80', blue: '120' });
  });
  it('overrides and checks band order', () => {
    const r = defineMonitorSettings({ budgetBands: { yellow: '50', green: '75' }, basis: 'day' });
    expect(r.ok && [r.value.budgetBands.green, r.value.basis]).toEqual(['75', 'day']);
    const bad = defineMonitorSettings({ budgetBands: { yellow: '90', green: '80' }, positiveBands: { yellow: '60', green: '130', blue: '120' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => [e.code, e.path])).toEqual([
      ['monitor/invalid-settings', ['budgetBands']],
      ['monitor/invalid-settings', ['positiveBands']],
    ]);
    const wrong = defineMonitorSettings({ budgetBands: { yellow: 60, green: '80' } });
    expect(!wrong.ok && wrong.errors[0]?.path).toEqual(['budgetBands', 'yellow']);
    expect(defineMonitorSettings({ colourOrder: ['red', 'red', 'green', 'blue'] }).ok).toBe(false);
    expect(defineMonitorSettings('x').ok).toBe(false);
  });
});

describe('snapshot', () => {
  it('validates and reads likelihoods in Chinese or English', () => {
    expect(validateSnapshot({ asOf: '2024-07-31', budget: { executed: '40' }, indicators: [{ name: 'a', likelihood: '有可能' }] }).ok).toBe(true);
    const bad = validateSnapshot({ asOf: '2024-07-31', budget: { executed: 40 }, extra: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.every((e) => e.code === 'monitor/invalid-snapshot')).toBe(true);
      expect(bad.errors.map((e) => e.path)).toContainEqual(['budget', 'executed']);
    }
    expect(parseLikelihood('确定能')).toBe('certain');
    expect(parseLikelihood(' 有可能 ')).toBe('possible');
    expect(parseLikelihood('完全不可能')).toBe('impossible');
    expect(parseLikelihood('也许')).toBeNull();
  });
});
