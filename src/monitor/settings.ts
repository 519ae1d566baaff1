import { z } from 'zod';
import { Dec } from '../money/decimal';
import { DecimalString } from '../model/decimal-string';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { deepFreeze } from '../model/deep-freeze';
import { describeIssue, issuePlace } from '../model/issue-message';
import { monitorMessages } from '../i18n/messages/monitor';
import { Colour } from './colour';

/**
 * A likelihood of meeting the target (完成目标可能性): 确定能 → `certain`, 有可能 → `possible`,
 * 不可能 / 完全不可能 → `impossible`.
 *
 * @example
 * Likelihood.parse('possible') //=> 'possible'
 * @category Monitoring
 */
export const Likelihood = z.enum(['certain', 'possible', 'impossible']);
/**
 * See the {@link Likelihood} schema.
 *
 * @example
 * const l: Likelihood = 'certain';
 * @category Monitoring
 */
export type Likelihood = z.infer<typeof Likelihood>;

const Percent = DecimalString.meta({ description: 'A percentage, e.g. "60" for 60%.' });

/**
 * The settings of in-year monitoring. Every threshold is [S] in RULES §7 (seen in deployed budget systems, clause
 * not read), hence a setting; {@link DEFAULT_MONITOR_SETTINGS} holds the values seen. Band values are percent and
 * are *inclusive lower bounds*: a budget ratio of exactly 60% is yellow, exactly 80% green.
 *
 * @example
 * MonitorSettings.parse({ ...DEFAULT_MONITOR_SETTINGS, basis: 'day' }).basis //=> 'day'
 * @category Monitoring
 */
export const MonitorSettings = z.strictObject({
  /** How time progress is counted (default `month`: central monitoring reports 1–7月 [U]). */
  basis: z.enum(['day', 'month']),
  /** Budget: (executed ÷ budget) ÷ time progress, percent. Below `yellow` red; from `yellow` yellow; from `green` green. */
  budgetBands: z.strictObject({ yellow: Percent, green: Percent }),
  /** Positive indicators: a ÷ (t × time progress), percent; same as the budget plus `blue` from `blue` on. */
  positiveBands: z.strictObject({ yellow: Percent, green: Percent, blue: Percent }),
  /**
   * Whether percent (`%`, `‰`) targets are prorated by time progress like counts. Default false: a rate (合格率,
   * 满意度) is a level, not a running total, so it is compared with the target as it stands [U: the library's
   * choice; RULES §7 does not say].
   */
  prorateRates: z.boolean(),
  /** Colour of an indicator judged by its likelihood only (qualitative rows, or no comparable progress). */
  likelihoodColours: z.strictObject({ certain: Colour, possible: Colour, impossible: Colour }),
  /** Colour of a qualitative indicator whose progress is a grade (达成 / 部分达成 / 未达成). */
  gradeColours: z.strictObject({ achieved: Colour, 'partly-achieved': Colour, 'not-achieved': Colour }),
  /** Colours from worst to best, for the overall colour (a project's colour is its worst indicator's). */
  colourOrder: z.array(Colour).length(4),
  /** Severity of a likelihood other than 确定能 without 偏差原因分析 or 改进措施 (required by the form, RULES §7). */
  explanationSeverity: z.enum(['error', 'warning', 'info']),
  /** Days after a deadline target's due date still counted on time (default 0 [U]: no grace unless a policy gives one). */
  deadlineGraceDays: z.number().int().min(0).max(366),
});
/**
 * See the {@link MonitorSettings} schema.
 *
 * @example
 * const s: MonitorSettings = { ...DEFAULT_MONITOR_SETTINGS, prorateRates: true };
 * @category Monitoring
 */
export type MonitorSettings = z.infer<typeof MonitorSettings>;

/**
 * The default monitoring settings, from RULES §7 [S]: budget <60% red, 60–80% yellow, ≥80% green; positive
 * indicators the same plus ≥120% blue; likelihood 确定能 green / 有可能 yellow / 不可能 red; grades 达成 green /
 * 部分达成 yellow / 未达成 red (deadlines: on time as 达成, late or overdue as 未达成); colour order red, yellow,
 * blue, green; month basis; no grace days after a deadline. Frozen: build others with
 * {@link defineMonitorSettings}.
 *
 * @example
 * DEFAULT_MONITOR_SETTINGS.budgetBands //=> { yellow: '60', green: '80' }
 * @category Monitoring
 */
export const DEFAULT_MONITOR_SETTINGS: MonitorSettings = deepFreeze({
  basis: 'month',
  budgetBands: { yellow: '60', green: '80' },
  positiveBands: { yellow: '60', green: '80', blue: '120' },
  prorateRates: false,
  likelihoodColours: { certain: 'green', possible: 'yellow', impossible: 'red' },
  gradeColours: { achieved: 'green', 'partly-achieved': 'yellow', 'not-achieved': 'red' },
  colourOrder: ['red', 'yellow', 'blue', 'green'],
  explanationSeverity: 'error',
  deadlineGraceDays: 0,
});

/**
 * Any part of {@link MonitorSettings}; the rest comes from {@link DEFAULT_MONITOR_SETTINGS}.
 *
 * @example
 * const o: MonitorSettingsInput = { budgetBands: { yellow: '50', green: '75' } };
 * @category Monitoring
 */
export type MonitorSettingsInput = { readonly [K in keyof MonitorSettings]?: MonitorSettings[K] };

function err(path: (string | number)[], zh: string, en: string): Finding {
  const where = path.length === 0 ? '(root)' : `/${path.join('/')}`;
  return monitorMessages.finding('monitor/invalid-settings', 'error', { where, detail: { zh, en } }, { path });
}

/**
 * Builds monitoring settings from the defaults and the given overrides, and checks them: bands ascending
 * (yellow ≤ green ≤ blue), every colour once in the order.
 *
 * @param input - overrides (JSON-able)
 * @returns the complete settings, or every problem (`monitor/invalid-settings`)
 * @example
 * const r = defineMonitorSettings({ budgetBands: { yellow: '50', green: '75' } });
 * r.ok && r.value.budgetBands.green //=> '75'
 * defineMonitorSettings({ budgetBands: { yellow: '90', green: '80' } }).ok //=> false
 * @category Monitoring
 */
export function defineMonitorSettings(input: MonitorSettingsInput | unknown = {}): Result<MonitorSettings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail([err([], '应为对象', 'it must be an object')]);
  }
  const parsed = MonitorSettings.safeParse({ ...DEFAULT_MONITOR_SETTINGS, ...input }, { reportInput: true });
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => {
        const { message } = describeIssue(i, MonitorSettings);
        return err(issuePlace(i).path, message.zh, message.en);
      }),
    );
  }
  const s = parsed.data;
  const errors: Finding[] = [];
  if (new Dec(s.budgetBands.yellow).gt(s.budgetBands.green)) {
    errors.push(err(['budgetBands'], '应满足 黄 ≤ 绿', 'the bands must satisfy yellow ≤ green'));
  }
  const pb = s.positiveBands;
  if (new Dec(pb.yellow).gt(pb.green) || new Dec(pb.green).gt(pb.blue)) {
    errors.push(err(['positiveBands'], '应满足 黄 ≤ 绿 ≤ 蓝', 'the bands must satisfy yellow ≤ green ≤ blue'));
  }
  if (new Set(s.colourOrder).size !== 4) {
    errors.push(err(['colourOrder'], '应包含红、黄、绿、蓝各一次', 'it must name red, yellow, green and blue once each'));
  }
  return errors.length > 0 ? fail(errors) : ok(deepFreeze(s));
}
