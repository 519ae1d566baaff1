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
export const ExtraFunding = z.strictObject({ label: z.string(), amount: Amount });
/**
 * See the {@link ExtraFunding} schema.
 *
 * @example
 * const l: ExtraFunding = { label: '财政专户管理资金', amount: null };
 * @category Model
 */
export type ExtraFunding = z.infer<typeof ExtraFunding>;

/**
 * The funds of a project (资金情况): total = fiscal (本年财政拨款) + carry-over (上年结转) + other (其他资金)
 * + extra lines, RULES §3. Blank cells are null, never 0.
 *
 * @example
 * const f: ProjectFunds = { total: '120.00', fiscal: '100.00', carryOver: null, other: '20.00', extra: [] };
 * @category Model
 */
export const ProjectFunds = z.strictObject({
  total: Amount,
  fiscal: Amount,
  carryOver: Amount,
  other: Amount,
  extra: z.array(ExtraFunding),
});
/**
 * See the {@link ProjectFunds} schema.
 *
 * @example
 * const fiscalOf = (f: ProjectFunds) => f.fiscal;
 * @category Model
 */
export type ProjectFunds = z.infer<typeof ProjectFunds>;

/**
 * A project expenditure performance declaration (项目支出绩效目标申报表).
 *
 * @example
 * const r = ProjectDeclaration.safeParse(JSON.parse(text));
 * @category Model
 */
export const ProjectDeclaration = z.strictObject({
  kind: z.literal('project-declaration'),
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  projectName: z.string(),
  supervisingDepartment: z.string().nullable(),
  implementingUnit: z.string().nullable(),
  /** 项目负责人及电话 as written, where the form has that field. */
  contact: z.string().optional(),
  amountUnit: AmountUnit,
  funds: ProjectFunds,
  goal: z.strictObject({ annual: z.string(), midTerm: z.string().nullable() }),
  indicators: z.array(Indicator),
  tierWeights: z.array(TierWeight).optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  origins: Origins.optional(),
});
/**
 * See the {@link ProjectDeclaration} schema.
 *
 * @example
 * const name = (d: ProjectDeclaration) => d.projectName;
 * @category Model
 */
export type ProjectDeclaration = z.infer<typeof ProjectDeclaration>;
