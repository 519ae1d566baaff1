import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_SETTINGS, evaluateIndicator } from '../../src/evaluate/index';
import type { Indicator, Target } from '../../src/model/index';
import { parseTarget } from '../../src/notation/parse-target';
import { defineScheme } from '../../src/score/define-scheme';
import { scoreIndicator } from '../../src/score/score-indicator';

function target(text: string): Target {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(`bad target ${text}`);
  return r.value;
}
function ind(text: string, direction?: Indicator['direction']): Indicator {
  const i: Indicator = { tier1: '产出指标', tier2: '时效指标', name: '资金到位', target: target(text) };
  return direction === undefined ? i : { ...i, direction };
}

describe('deadlines against completion dates', () => {
  it('met on the due day, not met one day later', () => {
    expect(evaluateIndicator(ind('2024年12月31日前'), '2024年12月31日完成')).toMatchObject({ status: 'met', grade: 'achieved', direction: 'lower-is-better', completion: null });
    const late = evaluateIndicator(ind('2024年12月31日前'), '2025年1月1日完成');
    expect(late).toMatchObject({ status: 'not-met', grade: 'not-achieved' });
    expect(late.explanation.zh).toBe('完成日期 2025-01-01 晚于截止日期 2024-12-31 1 天');
  });

  it('resolves a date without its year against the fiscal year (Zhalaite 2025: 11月底之前)', () => {
    const i = ind('11月底之前');
    expect(evaluateIndicator(i, '2025年11月30日', undefined, { fiscalYear: 2025 }).status).toBe('met');
    expect(evaluateIndicator(i, '2025年12月1日', undefined, { fiscalYear: 2025 }).status).toBe('not-met');
    // the same completion date is early against the next fiscal year's deadline
    expect(evaluateIndicator(i, '2025年12月1日', undefined, { fiscalYear: 2026 }).status).toBe('met');
    // 2月底 is the 29th in a leap year
    expect(evaluateIndicator(ind('2月底前'), '2024年2月29日', undefined, { fiscalYear: 2024 }).status).toBe('met');
    expect(evaluateIndicator(ind('2月底前'), '2023年2月28日', undefined, { fiscalYear: 2023 }).status).toBe('met');
  });

  it('compares two dates without a year within one year, and refuses a year-less date against a dated one without the fiscal year', () => {
    expect(evaluateIndicator(ind('12月底到位'), '11月20日到位').status).toBe('met');
    expect(evaluateIndicator(ind('6月30日前'), '7月1日完成').status).toBe('not-met');
    const r = evaluateIndicator(ind('12月底到位'), '2024年11月20日到位');
    expect(r.status).toBe('incomparable');
    expect(r.findings.map((f) => f.code)).toEqual(['evaluate/deadline-year-unknown']);
  });

  it('a period is met by its last day (2023.07-2024.01)', () => {
    expect(evaluateIndicator(ind('2023.07-2024.01'), '2024年1月31日完成').status).toBe('met');
    expect(evaluateIndicator(ind('2023.07-2024.01'), '2024年2月1日完成').status).toBe('not-met');
    expect(evaluateIndicator(ind('2023.07-2024.01'), '2023.07-2024.01').status).toBe('met');
  });

  it('grades 按时 / 及时 / 延期 words against a deadline', () => {
    expect(evaluateIndicator(ind('12月底到位'), '按时完成')).toMatchObject({ status: 'met', grade: 'achieved' });
    expect(evaluateIndicator(ind('12月底到位'), '及时到位')).toMatchObject({ status: 'met', grade: 'achieved' });
    expect(evaluateIndicator(ind('12月底到位'), '延期完成')).toMatchObject({ status: 'not-met', grade: 'not-achieved' });
    expect(evaluateIndicator(ind('12月底到位'), '未按时完成')).toMatchObject({ status: 'not-met', grade: 'not-achieved' });
    expect(evaluateIndicator(ind('12月底到位'), '已完成')).toMatchObject({ status: 'met', grade: 'achieved' });
  });

  it('a date against a number, either way, is incomparable', () => {
    expect(evaluateIndicator(ind('12月底到位'), '100%').findings.map((f) => f.code)).toEqual(['evaluate/date-mismatch']);
    expect(evaluateIndicator(ind('≥95%'), '2024年11月20日完成').findings.map((f) => f.code)).toEqual(['evaluate/date-mismatch']);
  });

  it('a completion date against a qualitative target is graded by its words, as before', () => {
    expect(evaluateIndicator(ind('及时'), '2024年11月20日完成')).toMatchObject({ status: 'met', grade: 'achieved' });
  });

  it('grace days and the grade of a late completion are settings', () => {
    const lenient = { ...DEFAULT_EVALUATION_SETTINGS, deadlines: { graceDays: 3, late: 'partly-achieved' as const } };
    expect(evaluateIndicator(ind('2024年12月31日前'), '2025年1月3日', lenient)).toMatchObject({ status: 'met', grade: 'achieved' });
    const late = evaluateIndicator(ind('2024年12月31日前'), '2025年1月4日', lenient);
    expect(late).toMatchObject({ status: 'partly-met', grade: 'partly-achieved' });
    expect(late.explanation.en).toBe("completed on 2025-01-04, 4 days after the due date 2024-12-31 (3 days' grace)");
  });

  it('scores by the qualitative bands: on time full marks, late 0 under the national scheme', () => {
    expect(scoreIndicator(ind('2024年12月31日前'), '2024年12月31日', '10')).toMatchObject({ status: 'met', score: '10.00' });
    expect(scoreIndicator(ind('2024年12月31日前'), '2025年1月1日', '10')).toMatchObject({ status: 'not-met', score: '0.00' });
  });
});

describe('declared directions (指标方向 正向 / 反向 / 定性)', () => {
  const count = (text: string, direction?: Indicator['direction']): Indicator => ({ ...ind(text, direction), tier2: '数量指标', name: '车辆采购数量' });

  it('supplies ≥ or ≤ to a target with no operator, and says so (Zhalaite: 反向 | | 1)', () => {
    const r = evaluateIndicator(count('1', 'lower-is-better'), '2');
    expect(r).toMatchObject({ status: 'not-met', direction: 'lower-is-better', completion: '0.5000' });
    expect(r.findings.map((f) => f.code)).toEqual(['evaluate/operator-from-direction']);
    expect(r.explanation.zh).toBe('完成值 2 未控制在目标 1 以内（计算符号按指标方向“反向”取 ≤）');
    expect(evaluateIndicator(count('98%', 'higher-is-better'), '99%')).toMatchObject({ status: 'met', direction: 'higher-is-better' });
    // without a declared direction the operator stays missing
    expect(evaluateIndicator(count('1'), '2').status).toBe('incomparable');
  });

  it('never overrides an operator the target writes, and 定性 supplies none', () => {
    expect(evaluateIndicator(count('≥1', 'lower-is-better'), '2')).toMatchObject({ status: 'met', direction: 'higher-is-better' });
    expect(evaluateIndicator(count('1', 'qualitative'), '2').status).toBe('incomparable');
  });

  it('is a setting: ignore leaves the operator missing', () => {
    const ignore = { ...DEFAULT_EVALUATION_SETTINGS, declaredDirection: 'ignore' as const };
    expect(evaluateIndicator(count('1', 'lower-is-better'), '2', ignore).status).toBe('incomparable');
  });

  it('schemes carry the settings (defineScheme validates them)', () => {
    const s = defineScheme({ extends: 'national', id: 'strict', declaredDirection: 'ignore', deadlines: { graceDays: 0, late: 'partly-achieved' } });
    expect(s.ok && [s.value.declaredDirection, s.value.deadlines?.late]).toEqual(['ignore', 'partly-achieved']);
    expect(defineScheme({ extends: 'national', id: 'bad', deadlines: { graceDays: -1, late: 'not-achieved' } }).ok).toBe(false);
    if (s.ok) expect(scoreIndicator(count('1', 'lower-is-better'), '0', '10', s.value).status).toBe('incomparable');
    expect(scoreIndicator(count('1', 'lower-is-better'), '0', '10')).toMatchObject({ status: 'met', score: '10.00' });
  });
});
