import { evaluateMessages as E } from '../i18n/messages/evaluate';
import type { Actual } from '../model/actual';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import { parseActual } from '../notation/parse-actual';
import { direction } from '../notation/direction';
import { assess } from '../evaluate/assess';
import { assertActualInput, assertIndicator } from '../evaluate/arguments';
import type { ActualInput } from '../evaluate/types';
import { assertWeight } from './arguments';
import { schemeArgument } from './compile';
import type { SchemeId } from './presets/index';
import { national } from './presets/national';
import type { Scheme } from './scheme';
import { scoreAssessed, weightOf } from './score-row';
import type { IndicatorScore } from './types';

/**
 * Scores one indicator out of a weight under a scheme (RULES §4): positive `w × a / t` (full weight when met,
 * no bonus), reverse `w × t / a` or linear, equality with the zero-target rule, qualitative bands (a table score
 * inside its band is accepted, outside it is refused), not-applicable and not-reported rows, custom scorers.
 * The score is rounded once, half-up; the trace shows the arithmetic with its numbers. The actual is data (an
 * unreadable one is a finding); the weight and the scheme are the caller's: a weight that is no non-negative
 * decimal string (`'abc'`, `' 10'`, `'1e3'`, `10`, `'-5'`) or a scheme that is none is a `TypeError` naming it.
 *
 * @param indicator - the indicator; a self-evaluation row's `publishedScore` and `coefficient` are used too
 * @param actual - the actual (parsed, or text); for a self-evaluation row pass `row.actual`
 * @param weight - the weight (分值) it is scored out of, a non-negative decimal string
 * @param scheme - the scheme or a preset id (default `national`)
 * @returns the score, status and trace
 * @example
 * const i = { tier1: '产出指标', tier2: '数量指标', name: '入户指导',
 *   target: { kind: 'quantitative', op: '>=', value: '96', unit: null, raw: '≥96' } } as const;
 * scoreIndicator(i, '51.12', '10').score //=> '5.33' (10 × 51.12/96 = 5.325, half-up; a float gives 5.32)
 * scoreIndicator(i, '51.12', '10').trace //=> '10 × 51.12/96 = 5.33'
 * @category Scoring
 */
export function scoreIndicator(indicator: Indicator | EvaluatedIndicator, actual: ActualInput, weight: string, scheme: Scheme | SchemeId = national): IndicatorScore {
  assertIndicator('scoreIndicator', indicator);
  assertActualInput('scoreIndicator', actual);
  assertWeight('scoreIndicator', 'weight', weight);
  const c = schemeArgument(scheme, 'scoreIndicator');
  let a: Actual;
  if (typeof actual === 'string') {
    const r = parseActual(actual);
    if (!r.ok) {
      const f = E.finding('evaluate/actual-unreadable', 'warning', { actual });
      return {
        status: 'incomparable', direction: direction(indicator.target), completion: null, grade: null, weight,
        score: null, formula: 'none', trace: '—', explanation: f.message, findings: [f, ...r.errors],
      };
    }
    a = r.value;
  } else a = actual;
  const x = assess(indicator.target, a, c.scheme, indicator.direction);
  const row = {
    indicator,
    actual: a,
    published: 'publishedScore' in indicator ? indicator.publishedScore : null,
    coefficient: 'coefficient' in indicator ? (indicator.coefficient ?? null) : null,
  };
  const rs = scoreAssessed(x, weightOf(weight, c.places), c, row, c.scheme.missingActual);
  return {
    status: x.status,
    direction: x.direction,
    completion: x.completionText,
    grade: x.grade,
    weight,
    score: rs.scoreText,
    formula: rs.formula,
    trace: rs.trace,
    explanation: rs.explanation ?? x.explanation,
    findings: x.findings.length === 0 ? rs.findings : rs.findings.length === 0 ? x.findings : [...x.findings, ...rs.findings],
  };
}
