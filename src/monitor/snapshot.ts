import { z } from 'zod';
import { monitorMessages } from '../i18n/messages/monitor';
import { AmountUnit } from '../model/common';
import { DecimalString } from '../model/decimal-string';
import type { Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import type { Likelihood } from './settings';

/** 完成目标可能性 as written: the English keys or the Chinese words of the monitoring form. */
const LikelihoodText = z.enum(['certain', 'possible', 'impossible', '确定能', '有可能', '不可能', '完全不可能']);

/**
 * One indicator's progress in a monitoring snapshot: which indicator (`indicator`, its 0-based index in the
 * document, or its `name`), the value reached so far as written (`'20户'`, `'35'`, `'及时'`, `'部分达成年度指标并具有一定效果'`),
 * the likelihood of meeting the target (确定能 / 有可能 / 不可能), and the deviation analysis and remedy
 * (偏差原因分析, 改进措施) that any likelihood but 确定能 requires. `cumulative` says whether the value is a running
 * total (prorated by time progress) or a level (compared with the target as it stands, like a rate); by default
 * counts and amounts are running totals and percentages are levels (`MonitorSettings.prorateRates`).
 *
 * @example
 * IndicatorProgress.parse({ name: '入户指导', progress: '20户', likelihood: '确定能' }).likelihood //=> '确定能'
 * @category Monitoring
 */
export const IndicatorProgress = z.strictObject({
  indicator: z.number().int().nonnegative().optional(),
  name: z.string().min(1).optional(),
  progress: z.string().nullable().optional(),
  cumulative: z.boolean().optional(),
  likelihood: LikelihoodText.nullable().optional(),
  deviationReason: z.string().nullable().optional(),
  remedy: z.string().nullable().optional(),
});
/**
 * See the {@link IndicatorProgress} schema.
 *
 * @example
 * const p: IndicatorProgress = { indicator: 0, progress: '20', likelihood: 'certain' };
 * @category Monitoring
 */
export type IndicatorProgress = z.infer<typeof IndicatorProgress>;

/**
 * What monitoring knows at a date (the content of `PROGRESS.json`): the as-of date, the budget executed so far
 * (and the budget, when it differs from the document's total, e.g. after an adjustment), and each indicator's
 * progress. Amounts are decimal strings in `amountUnit` (default: the document's). `note` is free text (say
 * there that the data are illustrative, when they are).
 *
 * @example
 * const s = MonitoringSnapshot.parse({ asOf: '2024-07-31', budget: { executed: '40' }, indicators: [] });
 * s.asOf //=> '2024-07-31'
 * @category Monitoring
 */
export const MonitoringSnapshot = z.strictObject({
  note: z.string().optional(),
  asOf: z.string(),
  amountUnit: AmountUnit.optional(),
  budget: z.strictObject({ budget: DecimalString.nullable().optional(), executed: DecimalString.nullable() }).optional(),
  indicators: z.array(IndicatorProgress).optional(),
});
/**
 * See the {@link MonitoringSnapshot} schema.
 *
 * @example
 * const s: MonitoringSnapshot = { asOf: '2024-07-31', budget: { executed: '40' } };
 * @category Monitoring
 */
export type MonitoringSnapshot = z.infer<typeof MonitoringSnapshot>;

/**
 * Validates a monitoring snapshot read from JSON, collecting every problem with its path.
 *
 * @param input - anything, typically `JSON.parse` of `PROGRESS.json`
 * @returns the snapshot, or every error (`monitor/invalid-snapshot`)
 * @example
 * validateSnapshot({ asOf: '2024-07-31', budget: { executed: '40' } }).ok //=> true
 * validateSnapshot({ asOf: '2024-07-31', budget: { executed: 40 } }).ok //=> false
 * @category Monitoring
 */
export function validateSnapshot(input: unknown): Result<MonitoringSnapshot> {
  const r = MonitoringSnapshot.safeParse(input);
  if (r.success) return ok(r.data);
  return fail(
    r.error.issues.map((i) => {
      const path = i.path.map((p) => (typeof p === 'number' ? p : String(p)));
      const where = path.length === 0 ? '(root)' : `/${path.join('/')}`;
      return monitorMessages.finding('monitor/invalid-snapshot', 'error', { where, detail: i.message }, { path, field: where });
    }),
  );
}

/**
 * Reads a likelihood as written (`确定能`, `有可能`, `不可能`, `完全不可能`, or the English keys).
 *
 * @param text - the cell or JSON value
 * @returns the likelihood, or null when the text is none of them
 * @example
 * parseLikelihood('有可能') //=> 'possible'
 * parseLikelihood('完全不可能') //=> 'impossible'
 * parseLikelihood('也许') //=> null
 * @category Monitoring
 */
export function parseLikelihood(text: string): Likelihood | null {
  switch (text.trim()) {
    case 'certain':
    case '确定能':
      return 'certain';
    case 'possible':
    case '有可能':
      return 'possible';
    case 'impossible':
    case '不可能':
    case '完全不可能':
      return 'impossible';
    default:
      return null;
  }
}
