import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineScheme, gradeOf, schemes, scoreBudgetExecution, scoreIndicator } from '../../src/score/index';
import type { EvaluatedIndicator, Indicator } from '../../src/model/index';
import { target } from './helpers';

interface IndicatorVector {
  id: string;
  rule: string;
  weight: string;
  target: string;
  actual: string | null;
  expectedScore: string | null;
  status?: string;
  tableScore?: string;
}
const vectors = JSON.parse(readFileSync('test/fixtures/vectors.json', 'utf8')) as {
  indicators: IndicatorVector[];
  execution: { id: string; adjusted: string; executed: string; weight: string; expectedRate: string | null; expectedScore: string | null }[];
  grades: { score: string; grade: string }[];
};

// The national preset's reverse formula is the ratio; the `reverse-linear` vectors name the other setting.
const linear = defineScheme({ extends: 'national', id: 'national-linear', formulas: { reverse: 'linear' } });
if (!linear.ok) throw new Error('linear scheme');

describe('vectors.json under the national preset', () => {
  it.each(vectors.indicators)('indicator $id ($rule)', (v) => {
    const base: Indicator = { tier1: '产出指标', tier2: '数量指标', name: v.id, target: target(v.target) };
    const indicator: Indicator | EvaluatedIndicator =
      v.tableScore === undefined ? base : { ...base, actual: { kind: 'missing', raw: '' }, publishedScore: v.tableScore, deviationNote: null };
    const scheme = v.rule === 'reverse-linear' ? linear.value : schemes.national;
    const s = scoreIndicator(indicator, v.actual ?? '', v.weight, scheme);
    expect(s.score).toBe(v.expectedScore);
    if (v.status !== undefined) expect(s.status).toBe(v.status);
    if (v.expectedScore !== null) {
      expect(s.trace.endsWith(v.expectedScore)).toBe(true);
    }
    if (v.id === 'qual-band-violated') expect(s.findings.map((f) => f.code)).toContain('score/qualitative-score-outside-band');
    if (v.id === 'missing-actual') expect(s.findings.map((f) => f.code)).toEqual(['evaluate/not-reported', 'score/not-reported-zero']);
    if (v.id === 'unit-mismatch') expect(s.findings.map((f) => f.code)).toContain('evaluate/unit-mismatch');
  });

  it.each(vectors.execution)('execution $id', (v) => {
    const r = scoreBudgetExecution(v.adjusted, v.executed, v.weight);
    expect([r.rate, r.score]).toEqual([v.expectedRate, v.expectedScore]);
  });

  it.each(vectors.grades)('grade of $score is $grade', (v) => {
    expect(gradeOf(v.score, schemes.national.grades)?.grade).toBe(v.grade);
  });

  it('shows the arithmetic with its numbers', () => {
    expect(scoreBudgetExecution('250000.00', '215457.60').trace).toBe('10 × 86.18% = 8.62');
    const i: Indicator = { tier1: '产出指标', tier2: '数量指标', name: 'x', target: target('≥96') };
    expect(scoreIndicator(i, '51.12', '10').trace).toBe('10 × 51.12/96 = 5.33');
    const r: Indicator = { tier1: '产出指标', tier2: '数量指标', name: 'x', target: target('≤25家') };
    expect(scoreIndicator(r, '40家', '10').trace).toBe('10 × 25/40 = 6.25');
    expect(scoreIndicator(r, '30家', '10', linear.value).trace).toBe('10 × (1 − (30 − 25)/25) = 8.00');
  });
});
