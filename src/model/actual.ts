import { z } from 'zod';
import { DecimalString } from './decimal-string';
import { TargetDate } from './target';

/**
 * The grades an evaluator gives a qualitative indicator (RULES §4): 达成(年度/预期)指标 → `achieved`,
 * 部分达成并具有一定效果 → `partly-achieved`, 未达成且效果较差 → `not-achieved`.
 *
 * @example
 * QualitativeGrade.parse('achieved') //=> 'achieved'
 * @category Model
 */
export const QualitativeGrade = z.enum(['achieved', 'partly-achieved', 'not-achieved']);
/**
 * See the {@link QualitativeGrade} schema.
 *
 * @example
 * const g: QualitativeGrade = 'partly-achieved';
 * @category Model
 */
export type QualitativeGrade = z.infer<typeof QualitativeGrade>;

const Raw = z.string().meta({ description: 'The original text of the cell, exactly as read.' });

/**
 * What was achieved (实际完成值 / 完成值 / 全年完成值): a number with its unit (`12个`, `100%`, `90` → unit
 * null), a qualitative grade, a word (`及时`), a completion date, not applicable (`/`), or missing. A missing
 * actual is never the number 0.
 *
 * A completion date (`2024年11月20日完成`, `12月底前完成`, `2023.07-2024.01`) is the last day the text allows,
 * as a {@link TargetDate} (`2024-11-20`, `--12-31` without a year, `2024-01-31` for a period): it is compared
 * with a deadline by that day.
 *
 * @example
 * Actual.parse({ kind: 'quantitative', value: '32', unit: '户', raw: '32户' }).kind //=> 'quantitative'
 * @category Model
 */
export const Actual = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('quantitative'), value: DecimalString, unit: z.string().min(1).nullable(), raw: Raw }),
  z.strictObject({ kind: z.literal('grade'), grade: QualitativeGrade, raw: Raw }),
  z.strictObject({ kind: z.literal('qualitative'), text: z.string().min(1), raw: Raw }),
  z.strictObject({ kind: z.literal('date'), date: TargetDate, raw: Raw }),
  z.strictObject({ kind: z.literal('notApplicable'), raw: Raw }),
  z.strictObject({ kind: z.literal('missing'), raw: Raw }),
]);
/**
 * See the {@link Actual} schema.
 *
 * @example
 * const a: Actual = { kind: 'grade', grade: 'achieved', raw: '达成年度指标' };
 * @category Model
 */
export type Actual = z.infer<typeof Actual>;
