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
  /** Which source of funds the line is. */
  source: FundingSource,
  /** The line's label as written (`年度资金总额`, `其中：财政拨款`). */
  label: z.string(),
  /** 年初预算数: the budget at the start of the year; null where blank. */
  initial: Amount,
  /** 全年预算数 (A): the budget after adjustments, the base of the execution rate; null where blank. */
  adjusted: Amount,
  /** 全年执行数 (B): what was spent; null where blank. */
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
export interface BudgetLine extends z.infer<typeof BudgetLine> {}

/**
 * The budget block of a self-evaluation: its lines, the weight of budget execution (分值), and the published
 * execution rate (percent) and score, kept as claims to verify.
 *
 * @example
 * const b: SelfEvaluationBudget = { lines: [], weight: '10', publishedRate: '95.00', publishedScore: '9.50' };
 * @category Model
 */
export const SelfEvaluationBudget = z.strictObject({
  /** The budget lines, the total (年度资金总额) first where the table has it. */
  lines: z.array(BudgetLine),
  /** The weight (分值) of budget execution in points (the national form: 10); null where the table gives none. */
  weight: DecimalString.nullable(),
  /** The execution rate (执行率, percent) the table publishes: a claim the scorecard verifies (B ÷ A); null where blank. */
  publishedRate: DecimalString.nullable(),
  /** The score (得分) the table publishes for budget execution: a claim to verify; null where blank. */
  publishedScore: DecimalString.nullable(),
});
/**
 * See the {@link SelfEvaluationBudget} schema.
 *
 * @example
 * const total = (b: SelfEvaluationBudget) => b.lines.find((l) => l.source === 'total');
 * @category Model
 */
export interface SelfEvaluationBudget extends z.infer<typeof SelfEvaluationBudget> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  lines: BudgetLine[];
}

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
  /** Discriminant: a self-evaluation. */
  kind: z.literal('self-evaluation'),
  /** What is evaluated: a project (项目支出) or a whole unit or department (单位/部门整体支出). */
  scope: z.enum(['project', 'unit']),
  /** The year evaluated (from the title, `2022年度…`), or null when the table does not say. */
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  /** 项目名称, or 单位/部门名称 for a whole-unit self-evaluation. */
  name: z.string(),
  /** 主管部门, or null where the form has no such field or leaves it blank. */
  supervisingDepartment: z.string().nullable(),
  /** 实施单位, or null where the form has no such field or leaves it blank. */
  implementingUnit: z.string().nullable(),
  /** The money unit of every amount in the document. */
  amountUnit: AmountUnit,
  /** 项目资金 / 预算执行情况: the budget lines, the weight of execution, the published rate and score. */
  budget: SelfEvaluationBudget,
  /** 总体目标: what was planned (预期目标) and what was achieved (实际完成情况), as written. */
  goal: z.strictObject({
    /** 预期目标. */
    planned: z.string(),
    /** 实际完成情况. */
    actual: z.string(),
  }),
  /** The 年度主要任务 rows of a whole-department self-evaluation (任务名称 / 主要内容 / 完成情况 / 预算数 / 执行数). */
  keyTasks: z.array(KeyTask).optional(),
  /** The indicator rows with their targets, actuals, weights and published scores, in the table's order. */
  indicators: z.array(EvaluatedIndicator),
  /** First-tier weights the table declares (`产出指标(50分)`), where it declares any. */
  tierWeights: z.array(TierWeight).optional(),
  /** The total score (总分 / 自评总分) the table publishes: a claim the scorecard verifies; null where blank. */
  publishedTotal: DecimalString.nullable(),
  /** The sum of the weights the table publishes in its total row (总分 | 100 | 96: the 100), a claim. */
  publishedWeightTotal: DecimalString.optional(),
  /** The grade the table publishes beside its total (优 / 良 / 中 / 差, as written): a claim to verify. */
  publishedGrade: z.string().optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  /** Where each part was read in the table text (documents read by `parseForm`). */
  origins: Origins.optional(),
});
/**
 * See the {@link SelfEvaluation} schema.
 *
 * @example
 * const claimed = (s: SelfEvaluation) => s.publishedTotal;
 * @category Model
 */
export interface SelfEvaluation extends z.infer<typeof SelfEvaluation> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  budget: SelfEvaluationBudget;
  keyTasks?: KeyTask[] | undefined;
  indicators: EvaluatedIndicator[];
  tierWeights?: TierWeight[] | undefined;
}
