import { evaluateMessages as M } from '../i18n/messages/evaluate';
import type { Actual } from '../model/actual';
import type { Indicator } from '../model/indicator';
import { parseActual } from '../notation/parse-actual';
import { direction } from '../notation/direction';
import { argumentError } from '../model/argument-error';
import { assertActualInput, assertIndicator } from './arguments';
import { assess } from './assess';
import { DEFAULT_EVALUATION_SETTINGS } from './settings';
import { toEvaluation } from './to-evaluation';
import type { ActualInput, EvaluateOptions, Evaluation, EvaluationSettings } from './types';

/**
 * Evaluates one indicator against its actual (RULES §2, §4): the status, the completion ratio, the direction
 * and a one-line explanation in Chinese and English. A missing actual is `not-reported`, never the number 0;
 * units that differ (户 vs 人) or a word against a number are `incomparable`, with a finding, and no ratio is
 * invented. `scheme` may be any {@link Scheme} (it carries the evaluation settings); the default is the
 * `national` preset's. What breaks the signature (no indicator, an actual that is neither text nor parsed, no
 * settings) is a programmer error: a `TypeError` naming the parameter.
 *
 * A target with no operator on a row that declares its direction (`indicator.direction`: 正向 / 反向) is read
 * with ≥ / ≤ from it, said in the explanation (setting `declaredDirection`). A deadline or a period (`12月底到位`,
 * `2023.07-2024.01`) is compared with a completion date (`2024年11月20日完成`): met when done on or before the
 * due date (a period's last day) plus `deadlines.graceDays`, graded 达成 or `deadlines.late` so that scoring
 * uses the qualitative bands; dates without a year are resolved against `options.fiscalYear`. `按时` / `及时`
 * words against a deadline are graded by the scheme's grade words.
 *
 * @param indicator - the indicator (its `target` is what counts, and its declared `direction`)
 * @param actual - the actual, parsed or as text (`'32户'`, `'100%'`, `'及时'`, `'2024年11月20日完成'`, `'/'`, `''`)
 * @param scheme - the settings to use (default {@link DEFAULT_EVALUATION_SETTINGS})
 * @param options - the document's fiscal year, for dates written without a year
 * @returns the evaluation
 * @example
 * const i = { tier1: '产出指标', tier2: '数量指标', name: '入户指导',
 *   target: { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥30户' } } as const;
 * evaluateIndicator(i, '24户').status //=> 'not-met'
 * evaluateIndicator(i, '24户').completion //=> '0.8000'
 * evaluateIndicator(i, '30人').status //=> 'incomparable'
 * evaluateIndicator(i, '').status //=> 'not-reported'
 * const d = { tier1: '产出指标', tier2: '时效指标', name: '资金到位',
 *   target: { kind: 'deadline', due: '--12-31', raw: '12月底到位' } } as const;
 * evaluateIndicator(d, '2024年12月31日到位', undefined, { fiscalYear: 2024 }).status //=> 'met'
 * evaluateIndicator(d, '2025年1月1日到位', undefined, { fiscalYear: 2024 }).status //=> 'not-met'
 * @category Evaluation
 */
export function evaluateIndicator(
  indicator: Indicator,
  actual: ActualInput,
  scheme: EvaluationSettings = DEFAULT_EVALUATION_SETTINGS,
  options: EvaluateOptions = {},
): Evaluation {
  assertIndicator('evaluateIndicator', indicator);
  assertActualInput('evaluateIndicator', actual);
  if (typeof scheme !== 'object' || scheme === null || typeof scheme.qualitative?.words !== 'object') {
    throw argumentError('evaluateIndicator', 'scheme', 'a scheme or evaluation settings ({ missingOperator, qualitative: { words }, … })', scheme);
  }
  let parsed: Actual;
  if (typeof actual === 'string') {
    const r = parseActual(actual);
    if (!r.ok) {
      const f = M.finding('evaluate/actual-unreadable', 'warning', { actual });
      return {
        status: 'incomparable',
        direction: direction(indicator.target),
        completion: null,
        grade: null,
        explanation: f.message,
        findings: [f, ...r.errors],
      };
    }
    parsed = r.value;
  } else parsed = actual;
  return toEvaluation(assess(indicator.target, parsed, scheme, indicator.direction, options.fiscalYear ?? null));
}
