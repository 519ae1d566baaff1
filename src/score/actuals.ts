import { z } from 'zod';
import { DecimalString } from '../model/decimal-string';
import type { Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { describeIssue, issuePlace } from '../model/issue-message';
import { scoreMessages as M } from '../i18n/messages/score';

/**
 * The actuals of a declaration's indicators, for {@link scoreDeclaration}: `indicators` maps an indicator's name
 * (or `tier2/name` when names repeat, or `#index`) to the actual as written (`'32户'`, `'及时'`,
 * `'达成年度指标'`, `'/'`), or to `{ actual, score?, coefficient? }` where the evaluator gives a qualitative score
 * or a 得分系数; `budget` gives the executed amount (and the adjusted budget, when it differs from the
 * declared total), in the declaration's money unit. `note` says where the numbers come from.
 *
 * @example
 * ActualsInputSchema.parse({ indicators: { 入户指导: '32户' }, budget: { executed: '27000000.00' } }).budget?.executed
 * //=> '27000000.00'
 * @category Scoring
 */
export const ActualsInputSchema = z.strictObject({
  note: z.string().optional(),
  budget: z.strictObject({ adjusted: DecimalString.optional(), executed: DecimalString.nullable() }).optional(),
  indicators: z.record(
    z.string(),
    z.union([
      z.string(),
      z.strictObject({ actual: z.string(), score: DecimalString.optional(), coefficient: DecimalString.optional() }),
    ]),
  ),
});

/**
 * See {@link ActualsInputSchema}.
 *
 * @example
 * const a: ActualsInput = { indicators: { 补贴发放及时性: '及时' } };
 * @category Scoring
 */
export type ActualsInput = z.infer<typeof ActualsInputSchema>;

/**
 * Validates actuals read from JSON, collecting every problem, each with its path and a message in Chinese and
 * English. A key named `__proto__` cannot be kept (it would be the object's prototype, not an entry): it is
 * dropped with the warning every unmatched key gets (`score/actual-unmatched`), never silently.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the typed actuals, or the errors (`score/actuals-invalid`)
 * @example
 * validateActuals({ indicators: { 入户指导: 32 } }).ok //=> false
 * validateActuals(JSON.parse('{"indicators":{"__proto__":"3户"}}')).warnings[0]?.code //=> 'score/actual-unmatched'
 * @category Scoring
 */
export function validateActuals(input: unknown): Result<ActualsInput> {
  const r = ActualsInputSchema.safeParse(input, { reportInput: true });
  if (!r.success) {
    return fail(
      r.error.issues.map((i) => {
        const { message } = describeIssue(i, ActualsInputSchema);
        const { path, where } = issuePlace(i);
        return M.finding('score/actuals-invalid', 'error', { where, problem: message.zh, problemEn: message.en }, { path });
      }),
    );
  }
  const given = (input as { indicators: object }).indicators;
  const dropped = Object.hasOwn(given, '__proto__') ? [M.finding('score/actual-unmatched', 'warning', { key: '__proto__' }, { path: ['indicators', '__proto__'] })] : [];
  return ok(r.data, dropped);
}
