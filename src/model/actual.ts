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
  z.strictObject({
    /** Discriminant: a number achieved. */
    kind: z.literal('quantitative'),
    /** The number as written, a decimal string. */
    value: DecimalString,
    /** Its unit as written (`个`, `%`), or null where the cell gives none. */
    unit: z.string().min(1).nullable(),
    /** The original cell text, exactly as read. */
    raw: Raw,
  }),
  z.strictObject({
    /** Discriminant: a qualitative grade given by the evaluator. */
    kind: z.literal('grade'),
    /** The grade: 达成 / 部分达成 / 未达成. */
    grade: QualitativeGrade,
    /** The original cell text, exactly as read. */
    raw: Raw,
  }),
  z.strictObject({
    /** Discriminant: a word or text (`及时`, `明显提升`), compared with a qualitative target. */
    kind: z.literal('qualitative'),
    /** The text as read. */
    text: z.string().min(1),
    /** The original cell text, exactly as read. */
    raw: Raw,
  }),
  z.strictObject({
    /** Discriminant: a completion date (`2024年11月20日完成`, `12月底前完成`), compared with a deadline or a period. */
    kind: z.literal('date'),
    /** The day it was done by: `YYYY-MM-DD`, or `--MM-DD` when the cell gives no year. */
    date: TargetDate,
    /** The original cell text, exactly as read. */
    raw: Raw,
  }),
  z.strictObject({
    /** Discriminant: marked not applicable (`/`, `不适用`). */
    kind: z.literal('notApplicable'),
    /** The marker as written. */
    raw: Raw,
  }),
  z.strictObject({
    /** Discriminant: nothing written; never the number 0. */
    kind: z.literal('missing'),
    /** The cell as read: empty or white space. */
    raw: Raw,
  }),
]);
/**
 * See the {@link Actual} schema.
 *
 * @example
 * const a: Actual = { kind: 'grade', grade: 'achieved', raw: '达成年度指标' };
 * @category Model
 */
export type Actual = z.infer<typeof Actual>;
