import { z } from 'zod';
import { DecimalString } from './decimal-string';

/**
 * The unit of money a document's amounts are written in: 元 (`yuan`) or 万元 (`wan-yuan`, ten thousand yuan).
 *
 * @example
 * AmountUnit.parse('wan-yuan') //=> 'wan-yuan'
 * @category Model
 */
export const AmountUnit = z.enum(['yuan', 'wan-yuan']);
/**
 * See the {@link AmountUnit} schema.
 *
 * @example
 * const u: AmountUnit = 'yuan';
 * @category Model
 */
export type AmountUnit = z.infer<typeof AmountUnit>;

/**
 * An amount of money as a decimal string in the document's {@link AmountUnit}, or null where the table left
 * the cell blank (blank is not zero).
 *
 * @example
 * Amount.parse('28963548.68') //=> '28963548.68'
 * Amount.parse(null) //=> null
 * @category Model
 */
export const Amount = DecimalString.nullable();
/**
 * See the {@link Amount} schema.
 *
 * @example
 * const a: Amount = '0.00';
 * @category Model
 */
export type Amount = z.infer<typeof Amount>;

/**
 * Where the parts of an imported document came from: JSON Pointer (`/indicators/3/target`) → line and column
 * in the table text. Absent for documents built in code or read from JSON.
 *
 * @example
 * const o: Origins = { '/budget/total': { line: 24, column: 2 } };
 * @category Model
 */
export const Origins = z.record(
  z.string(),
  z.strictObject({
    /** 1-based line of the table text. */
    line: z.number().int().positive(),
    /** 1-based column (code points) of the table text. */
    column: z.number().int().positive(),
  }),
);
/**
 * See the {@link Origins} schema.
 *
 * @example
 * const lineOf = (o: Origins, pointer: string) => o[pointer]?.line;
 * @category Model
 */
export type Origins = z.infer<typeof Origins>;

/**
 * A first-tier weight the table declares in a label (`产出指标(50分)`) or a weight column. `min`/`max` are set
 * where the table gives an allowed range (`产出指标(40-50)分`) instead of one number.
 *
 * @example
 * const w: TierWeight = { tier1: '产出指标', weight: '50' };
 * @category Model
 */
export const TierWeight = z.strictObject({
  /** The first-tier label as the table writes it (`产出指标(50分)`). */
  tier1: z.string(),
  /** The tier's weight (分值) in points; null where the table gives a range instead. */
  weight: DecimalString.nullable(),
  /** The lowest weight allowed, where the table gives a range (`(40-50)分` → `40`). */
  min: DecimalString.optional(),
  /** The highest weight allowed, where the table gives a range (`(40-50)分` → `50`). */
  max: DecimalString.optional(),
});
/**
 * See the {@link TierWeight} schema.
 *
 * @example
 * const w: TierWeight = { tier1: '产出指标', weight: null, min: '40', max: '50' };
 * @category Model
 */
export interface TierWeight extends z.infer<typeof TierWeight> {}

/**
 * A header fact the model has no field for (项目类型, 项目期限, 立项依据, 评价结论 …): its label and its value,
 * as written, so that nothing a table states is dropped.
 *
 * @example
 * const f: ExtraField = { label: '项目期限', value: '全年' };
 * @category Model
 */
export const ExtraField = z.strictObject({
  /** The label as written (`项目期限`), its colon removed; empty for a value written with no label. */
  label: z.string(),
  /** The value as written. */
  value: z.string(),
});
/**
 * See the {@link ExtraField} schema.
 *
 * @example
 * const line = (f: ExtraField) => `${f.label}：${f.value}`;
 * @category Model
 */
export interface ExtraField extends z.infer<typeof ExtraField> {}
