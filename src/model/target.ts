import { z } from 'zod';
import { DecimalString } from './decimal-string';

/**
 * Comparison operators of quantitative targets (计算符号), in their ASCII form.
 *
 * @example
 * Operator.parse('>=') //=> '>='
 * @category Model
 */
export const Operator = z.enum(['>=', '>', '=', '<', '<=']);
/**
 * One of `>=`, `>`, `=`, `<`, `<=`.
 *
 * @example
 * const op: Operator = '<=';
 * @category Model
 */
export type Operator = z.infer<typeof Operator>;

/** Unit of measure (计量单位) as written, normalised (`%` for `％`/`百分比`), or null when none was given. */
const Unit = z.string().min(1).nullable();
/** The original cell text, always kept. */
const Raw = z.string().meta({ description: 'The original text of the cell(s), exactly as read.' });

/**
 * A number with an operator: `≥30.00(户)` is `{ op: '>=', value: '30.00', unit: '户' }`. `op` is null when the
 * table wrote a bare number (`100%`, `1600元/亩`): the operator is missing, not guessed.
 *
 * @example
 * const t: QuantitativeTarget = { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)' };
 * @category Model
 */
export const QuantitativeTarget = z.strictObject({
  /** Discriminant: a number compared with an operator. */
  kind: z.literal('quantitative'),
  /** The comparison (计算符号); null where the table wrote a bare number: missing, not guessed. */
  op: Operator.nullable(),
  /** The number as written, a decimal string (`30.00` stays `30.00`). */
  value: DecimalString,
  /** Unit of measure (计量单位) as written and normalised (`%` for `％`/`百分比`), or null when none is given. */
  unit: Unit,
  /** The original cell text (or cells, joined by tabs, in the separate-column layouts), exactly as read. */
  raw: Raw,
});
/**
 * See the {@link QuantitativeTarget} schema.
 *
 * @example
 * const t: QuantitativeTarget = { kind: 'quantitative', op: null, value: '100', unit: '%', raw: '100%' };
 * @category Model
 */
export interface QuantitativeTarget extends z.infer<typeof QuantitativeTarget> {}

/**
 * An inclusive range: `80%-90%`, `80%～90%`, `[80,90]`.
 *
 * @example
 * const t: RangeTarget = { kind: 'range', min: '80', max: '90', unit: '%', raw: '80%-90%' };
 * @category Model
 */
export const RangeTarget = z.strictObject({
  /** Discriminant: an inclusive range. */
  kind: z.literal('range'),
  /** The lower bound, inclusive. */
  min: DecimalString,
  /** The upper bound, inclusive. */
  max: DecimalString,
  /** Unit of measure of both bounds, or null. */
  unit: Unit,
  /** The original cell text, exactly as read. */
  raw: Raw,
});
/**
 * See the {@link RangeTarget} schema.
 *
 * @example
 * const t: RangeTarget = { kind: 'range', min: '80', max: '90', unit: '%', raw: '[80,90]%' };
 * @category Model
 */
export interface RangeTarget extends z.infer<typeof RangeTarget> {}

/**
 * A ± band: `±3%以内` is `{ reference: null, band: '3', unit: '%' }` (the reference it is measured from is not
 * written in the cell); `100±3` has `reference: '100'`.
 *
 * @example
 * const t: ToleranceTarget = { kind: 'tolerance', reference: null, band: '3', unit: '%', raw: '±3%以内' };
 * @category Model
 */
export const ToleranceTarget = z.strictObject({
  /** Discriminant: a ± band around a reference. */
  kind: z.literal('tolerance'),
  /** The value the band is measured from (`100` in `100±3`), or null when the cell does not write it (`±3%以内`). */
  reference: DecimalString.nullable(),
  /** The half-width of the band (`3` in `±3%`). */
  band: DecimalString,
  /** Unit of measure of the band, or null. */
  unit: Unit,
  /** The original cell text, exactly as read. */
  raw: Raw,
});
/**
 * See the {@link ToleranceTarget} schema.
 *
 * @example
 * const t: ToleranceTarget = { kind: 'tolerance', reference: '100', band: '3', unit: null, raw: '100±3' };
 * @category Model
 */
export interface ToleranceTarget extends z.infer<typeof ToleranceTarget> {}

/**
 * A qualitative target (定性): the expected word or text, such as `及时`, `符合`, `明显提升`.
 *
 * @example
 * const t: QualitativeTarget = { kind: 'qualitative', text: '及时', raw: '及时' };
 * @category Model
 */
export const QualitativeTarget = z.strictObject({
  /** Discriminant: an expected word or text (定性). */
  kind: z.literal('qualitative'),
  /** The expected result as written, without what the reader took off (a trailing remark, spaces). */
  text: z.string().min(1),
  /** The original cell text, exactly as read. */
  raw: Raw,
});
/**
 * See the {@link QualitativeTarget} schema.
 *
 * @example
 * const t: QualitativeTarget = { kind: 'qualitative', text: '提升', raw: '提升' };
 * @category Model
 */
export interface QualitativeTarget extends z.infer<typeof QualitativeTarget> {}

/**
 * A target defined by a policy rather than a value, like the seed's 投入管理 block
 * (`根据沪财绩【2022】13号文的规定要求设置三级指标和指标值`). `text` is the reference as written.
 *
 * @example
 * const t: ReferenceTarget = { kind: 'reference', text: '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值', raw: '' };
 * @category Model
 */
export const ReferenceTarget = z.strictObject({
  /** Discriminant: a target set by a policy document rather than a value. */
  kind: z.literal('reference'),
  /** The reference as written (`根据沪财绩【2022】13号文的规定要求…`). */
  text: z.string().min(1),
  /** The target cell as read; empty where the reference fills the merged name/target cell (the seed's 投入管理 block). */
  raw: Raw,
});
/**
 * See the {@link ReferenceTarget} schema.
 *
 * @example
 * const t: ReferenceTarget = { kind: 'reference', text: '按规定', raw: '按规定' };
 * @category Model
 */
export interface ReferenceTarget extends z.infer<typeof ReferenceTarget> {}

/**
 * Marked not applicable: `/`, `-`, `—`, `不适用`.
 *
 * @example
 * const t: NotApplicableTarget = { kind: 'notApplicable', raw: '/' };
 * @category Model
 */
export const NotApplicableTarget = z.strictObject({
  /** Discriminant: marked not applicable. */
  kind: z.literal('notApplicable'),
  /** The marker as written (`/`, `—`, `不适用`). */
  raw: Raw,
});
/**
 * See the {@link NotApplicableTarget} schema.
 *
 * @example
 * const t: NotApplicableTarget = { kind: 'notApplicable', raw: '不适用' };
 * @category Model
 */
export interface NotApplicableTarget extends z.infer<typeof NotApplicableTarget> {}

/**
 * No target written (empty cell).
 *
 * @example
 * const t: MissingTarget = { kind: 'missing', raw: '' };
 * @category Model
 */
export const MissingTarget = z.strictObject({
  /** Discriminant: no target written. */
  kind: z.literal('missing'),
  /** The cell as read: empty or white space. */
  raw: Raw,
});
/**
 * See the {@link MissingTarget} schema.
 *
 * @example
 * const t: MissingTarget = { kind: 'missing', raw: '  ' };
 * @category Model
 */
export interface MissingTarget extends z.infer<typeof MissingTarget> {}

const ISO_DAY = /^(\d{4}|-)-(\d{2})-(\d{2})$/;
/** Days of each month in a leap year: a day without its year may be 29 February (the last day of February). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `YYYY-MM-DD` / `--MM-DD` names a real calendar day (`--02-29` does: see {@link TargetDate}). */
function isCalendarDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (m === null) return false;
  const year = m[1] === '-' ? null : Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0));
  return day <= (month === 2 && !leap ? 28 : (MONTH_DAYS[month - 1] as number));
}

/**
 * A calendar day in a date target, as an ISO 8601 string: `2024-12-31`, or `--12-31` when the table wrote no year
 * (`12月底到位`; ISO 8601's form without the year, as in XML Schema's `gMonthDay`). A day without its year is
 * resolved against the document's fiscal year when it is evaluated or monitored ({@link resolveTargetDate});
 * `--02-29` stands for the last day of February, whichever the year.
 *
 * @example
 * TargetDate.parse('2024-12-31') //=> '2024-12-31'
 * TargetDate.parse('--12-31') //=> '--12-31'
 * TargetDate.safeParse('2023-02-29').success //=> false
 * @category Model
 */
export const TargetDate = z
  .string()
  .regex(ISO_DAY, { error: 'expected a date such as "2024-12-31", or "--12-31" without the year' })
  .refine(isCalendarDay, { error: 'not a calendar day' })
  .meta({ description: 'A calendar day: "YYYY-MM-DD", or "--MM-DD" when the table wrote no year (resolved against the fiscal year).' });
/**
 * See the {@link TargetDate} schema.
 *
 * @example
 * const due: TargetDate = '--11-30';
 * @category Model
 */
export type TargetDate = z.infer<typeof TargetDate>;

/**
 * A deadline (时效指标: `12月底到位`, `2024年12月31日前`, `2024.12.31前完成`, `6月30日前`, `年底前`,
 * `上半年完成`): the target is met when the work is done on or before `due`, the last day the text allows
 * (`12月底` is `--12-31`; `上半年` is `--06-30`). A deadline is a date, never a number.
 *
 * @example
 * const t: DeadlineTarget = { kind: 'deadline', due: '--11-30', raw: '11月底之前' };
 * @category Model
 */
export const DeadlineTarget = z.strictObject({
  /** Discriminant: a date the work is due by. */
  kind: z.literal('deadline'),
  /** The last day the text allows, `YYYY-MM-DD` (or `--MM-DD` without a year). */
  due: TargetDate,
  /** The original cell text, exactly as read. */
  raw: Raw,
});
/**
 * See the {@link DeadlineTarget} schema.
 *
 * @example
 * const t: DeadlineTarget = { kind: 'deadline', due: '2024-12-31', raw: '2024.12.31前完成' };
 * @category Model
 */
export interface DeadlineTarget extends z.infer<typeof DeadlineTarget> {}

/**
 * A period (`2023.07-2024.01`, `2021年1月-12月`, `2024年1月至12月`, `全年`, `上半年`): the work is to be done
 * within it, from the first day of `from` to the last day of `to` (`2023.07-2024.01` is `2023-07-01` to
 * `2024-01-31`). Evaluated like a deadline at `to`. Both days have a year, or neither has.
 *
 * @example
 * const t: PeriodTarget = { kind: 'period', from: '2023-07-01', to: '2024-01-31', raw: '2023.07-2024.01' };
 * @category Model
 */
export const PeriodTarget = z
  .strictObject({
    /** Discriminant: a span of time the work is done within. */
    kind: z.literal('period'),
    /** The first day of the period. */
    from: TargetDate,
    /** The last day of the period (what a completion is compared with). */
    to: TargetDate,
    /** The original cell text, exactly as read. */
    raw: Raw,
  })
  .refine((p) => p.from.startsWith('--') === p.to.startsWith('--') && p.from <= p.to, {
    error: 'a period has a year on both days or on neither, and does not end before it starts',
    path: ['to'],
  });
/**
 * See the {@link PeriodTarget} schema.
 *
 * @example
 * const t: PeriodTarget = { kind: 'period', from: '--01-01', to: '--12-31', raw: '全年' };
 * @category Model
 */
export interface PeriodTarget extends z.infer<typeof PeriodTarget> {}

/**
 * The direction a table declares for an indicator in its own column (指标方向 / 指标性质: 正向, 反向, 定性), as
 * read: `higher-is-better` (正向), `lower-is-better` (反向, 逆向) or `qualitative` (定性). It is not an operator:
 * the target keeps its own (or none), and evaluation may use the declared direction where the operator is missing.
 *
 * @example
 * DeclaredDirection.parse('lower-is-better') //=> 'lower-is-better'
 * @category Model
 */
export const DeclaredDirection = z.enum(['higher-is-better', 'lower-is-better', 'qualitative']);
/**
 * See the {@link DeclaredDirection} schema.
 *
 * @example
 * const d: DeclaredDirection = 'higher-is-better';
 * @category Model
 */
export type DeclaredDirection = z.infer<typeof DeclaredDirection>;

/**
 * A target value (指标值 / 指标目标值 / 年度指标值): one of nine kinds, each keeping the original text in `raw`.
 *
 * @example
 * Target.parse({ kind: 'quantitative', op: '=', value: '100.00', unit: '%', raw: '=100.00(%)' }).kind
 * //=> 'quantitative'
 * @category Model
 */
export const Target = z.discriminatedUnion('kind', [
  QuantitativeTarget,
  RangeTarget,
  ToleranceTarget,
  DeadlineTarget,
  PeriodTarget,
  QualitativeTarget,
  ReferenceTarget,
  NotApplicableTarget,
  MissingTarget,
]);
/**
 * See the {@link Target} schema.
 *
 * @example
 * function isNumeric(t: Target) { return t.kind === 'quantitative' || t.kind === 'range'; }
 * @category Model
 */
export type Target =
  | QuantitativeTarget
  | RangeTarget
  | ToleranceTarget
  | DeadlineTarget
  | PeriodTarget
  | QualitativeTarget
  | ReferenceTarget
  | NotApplicableTarget
  | MissingTarget;
