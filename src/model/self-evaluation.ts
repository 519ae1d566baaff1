import { z } from 'zod';
import { Amount, AmountUnit, ExtraField, Origins, TierWeight } from './common';
import { DecimalString } from './decimal-string';
import { EvaluatedIndicator } from './indicator';
import { KeyTask } from './unit-declaration';

/**
 * Which source of funds a budget line is (RULES §3, LAYOUTS C/D): the total, this year's fiscal appropriation,
 * carry-over, other funds, Sichuan's special-account funds and unit funds, or a line the library does not know
 * (`unspecified`, its label kept).
 *
 * @example
 * FundingSource.parse('carry-over') //=> 'carry-over'
 * @category Model
 */
export const FundingSource = z.enum(['total', 'fiscal', 'carry-over', 'other', 'special-account', 'unit-funds', 'unspecified']);
/**
 * See the {@link FundingSource} schema.
 *
 * @example
 * const s: FundingSource = 'fiscal';
 * @category Model
 */
export type FundingSource = z.infer<typeof FundingSource>;

/**
 * One line of a self-evaluation's budget block: 年初预算数 (`initial`), 全年预算数 (`adjusted`, A),
 * 全年执行数 (`executed`, B). Blank cells are null.
 *
 * @example
 * const l: BudgetLine = { source: 'total', label: '年度资金总额', initial: '120.00', adjusted: '118.00', executed: '112.10' };
 * @category Model
 */
export const BudgetLine = z.strictObject({
  source: FundingSource,
  label: z.string(),
  initial: Amount,
  adjusted: Amount,
  executed: Amount,
  /** The execution rate (percent) the table publishes on this line, where it gives one beside the total's (a claim). */
  publishedRate: DecimalString.optional(),
});
/**
 * See the {@link BudgetLine} schema.
 *
 * @example
 * const executedOf = (l: BudgetLine) => l.executed;
 * @category Model
 */
export type BudgetLine = z.infer<typeof BudgetLine>;

/**
 * The budget block of a self-evaluation: its lines, the weight of budget execution (分值), and the published
 * execution rate (percent) and score, kept as claims to verify.
 *
 * @example
 * const b: SelfEvaluationBudget = { lines: [], weight: '10', publishedRate: '95.00', publishedScore: '9.50' };
 * @category Model
 */
export const SelfEvaluationBudget = z.strictObject({
  lines: z.array(BudgetLine),
  weight: DecimalString.nullable(),
  publishedRate: DecimalString.nullable(),
  publishedScore: DecimalString.nullable(),
});
/**
 * See the {@link SelfEvaluationBudget} schema.
 *
 * @example
 * const total = (b: SelfEvaluationBudget) => b.lines.find((l) => l.source === 'total');
 * @category Model
 */
export type SelfEvaluationBudget = z.infer<typeof SelfEvaluationBudget>;

/**
 * A self-evaluation (绩效自评表) of a project (`scope: 'project'`) or a whole unit (`scope: 'unit'`): the
 * header, the budget block, the planned and actual goal text, the year's key tasks (whole-department forms,
 * optional), the indicator rows with actuals, and the
 * published total score (a claim).
 *
 * @example
 * const r = SelfEvaluation.safeParse(JSON.parse(text));
 * @category Model
 */
export const SelfEvaluation = z.strictObject({
  kind: z.literal('self-evaluation'),
  scope: z.enum(['project', 'unit']),
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  name: z.string(),
  supervisingDepartment: z.string().nullable(),
  implementingUnit: z.string().nullable(),
  amountUnit: AmountUnit,
  budget: SelfEvaluationBudget,
  goal: z.strictObject({ planned: z.string(), actual: z.string() }),
  /** The 年度主要任务 rows of a whole-department self-evaluation (任务名称 / 主要内容 / 完成情况 / 预算数 / 执行数). */
  keyTasks: z.array(KeyTask).optional(),
  indicators: z.array(EvaluatedIndicator),
  tierWeights: z.array(TierWeight).optional(),
  publishedTotal: DecimalString.nullable(),
  /** The sum of the weights the table publishes in its total row (总分 | 100 | 96: the 100), a claim. */
  publishedWeightTotal: DecimalString.optional(),
  /** The grade the table publishes beside its total (优 / 良 / 中 / 差, as written): a claim to verify. */
  publishedGrade: z.string().optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  origins: Origins.optional(),
});
/**
 * See the {@link SelfEvaluation} schema.
 *
 * @example
 * const claimed = (s: SelfEvaluation) => s.publishedTotal;
 * @category Model
 */
export type SelfEvaluation = z.infer<typeof SelfEvaluation>;
