import { z } from 'zod';
import { Amount, AmountUnit, ExtraField, Origins, TierWeight } from './common';
import { Indicator } from './indicator';

/**
 * A funding line beyond the national four, such as Sichuan's 财政专户管理资金 or 单位资金.
 *
 * @example
 * const l: ExtraFunding = { label: '单位资金', amount: '12.5' };
 * @category Model
 */
export const ExtraFunding = z.strictObject({
  /** The line's label as written (`单位资金`). */
  label: z.string(),
  /** Its amount in the document's unit; null where blank. */
  amount: Amount,
});
/**
 * See the {@link ExtraFunding} schema.
 *
 * @example
 * const l: ExtraFunding = { label: '财政专户管理资金', amount: null };
 * @category Model
 */
export interface ExtraFunding extends z.infer<typeof ExtraFunding> {}

/**
 * The funds of a project (资金情况): total = fiscal (本年财政拨款) + carry-over (上年结转) + other (其他资金)
 * + extra lines, RULES §3. Blank cells are null, never 0.
 *
 * @example
 * const f: ProjectFunds = { total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] };
 * @category Model
 */
export const ProjectFunds = z.strictObject({
  /** 年度资金总额: the total the table states (checked against the sum of the lines, never replaced by it). */
  total: Amount,
  /** 本年财政拨款 / 财政资金: this year's fiscal appropriation. */
  fiscal: Amount,
  /** 上年结转: funds carried over from the previous year. */
  carryOver: Amount,
  /** 其他资金: other funds. */
  other: Amount,
  /** Funding lines beyond these four, in the table's order. */
  extra: z.array(ExtraFunding),
});
/**
 * See the {@link ProjectFunds} schema.
 *
 * @example
 * const fiscalOf = (f: ProjectFunds) => f.fiscal;
 * @category Model
 */
export interface ProjectFunds extends z.infer<typeof ProjectFunds> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  extra: ExtraFunding[];
}

/**
 * A project expenditure performance declaration (项目支出绩效目标申报表).
 *
 * @example
 * const r = ProjectDeclaration.safeParse(JSON.parse(text));
 * @category Model
 */
export const ProjectDeclaration = z.strictObject({
  /** Discriminant: a project declaration. */
  kind: z.literal('project-declaration'),
  /** The budget year (from the title, `2024年度…`), or null when the table does not say. */
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  /** 项目名称. */
  projectName: z.string(),
  /** 主管部门 (the supervising department), or null where the form has no such field or leaves it blank. */
  supervisingDepartment: z.string().nullable(),
  /** 实施单位 (the implementing unit), or null where the form has no such field or leaves it blank. */
  implementingUnit: z.string().nullable(),
  /** 项目负责人及电话 as written, where the form has that field. */
  contact: z.string().optional(),
  /** The money unit of every amount in the document (the table's `单位：万元`). */
  amountUnit: AmountUnit,
  /** 项目资金: the total and its sources (RULES §3). */
  funds: ProjectFunds,
  /** The performance goals (绩效目标) as written. */
  goal: z.strictObject({
    /** 年度目标: the year's goal. */
    annual: z.string(),
    /** 中期目标 (multi-year projects), or null where the form has no mid-term block. */
    midTerm: z.string().nullable(),
  }),
  /** The third-tier indicators with their targets, in the table's order. */
  indicators: z.array(Indicator),
  /** First-tier weights the table declares (`产出指标(50分)`), where it declares any. */
  tierWeights: z.array(TierWeight).optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  /** Where each part was read in the table text (documents read by `parseForm`). */
  origins: Origins.optional(),
});
/**
 * See the {@link ProjectDeclaration} schema.
 *
 * @example
 * const name = (d: ProjectDeclaration) => d.projectName;
 * @category Model
 */
export interface ProjectDeclaration extends z.infer<typeof ProjectDeclaration> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  funds: ProjectFunds;
  indicators: Indicator[];
  tierWeights?: TierWeight[] | undefined;
}
