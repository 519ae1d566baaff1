import { z } from 'zod';
import { Amount, AmountUnit, ExtraField, Origins, TierWeight } from './common';
import { Indicator } from './indicator';

/**
 * How a unit is funded (财政资金拨款方式): 全额 → `full`, 差额 → `partial`, 自收自支 → `self-funded`.
 *
 * @example
 * AppropriationMode.parse('full') //=> 'full'
 * @category Model
 */
export const AppropriationMode = z.enum(['full', 'partial', 'self-funded']);
/**
 * See the {@link AppropriationMode} schema.
 *
 * @example
 * const m: AppropriationMode = 'self-funded';
 * @category Model
 */
export type AppropriationMode = z.infer<typeof AppropriationMode>;

/**
 * A key task of the year (年度重点任务 / 年度主要任务): 任务名称 and 主要内容, in a declaration; a
 * whole-department self-evaluation adds, where its table has the columns, 完成情况 (`result`) and the task's
 * 预算数 / 执行数 (`budget`, `executed`, in the document's money unit; blank cells are null, never 0).
 *
 * @example
 * const t: KeyTask = { name: '优化养老服务设施供给', content: '分层次、分区域合理布局社区养老服务设施……' };
 * const done: KeyTask = { name: '水污染防治', content: '推进城镇污水处理提质增效', result: '新建污水管网42公里', budget: '800.00', executed: null };
 * @category Model
 */
export const KeyTask = z.strictObject({
  /** 任务名称. */
  name: z.string(),
  /** 主要内容: what the task involves, as written. */
  content: z.string(),
  /** 完成情况: what the year achieved on the task (self-evaluations), as written. */
  result: z.string().optional(),
  /** 预算数: the task's budget in the document's money unit (self-evaluations); null where the cell is blank. */
  budget: Amount.optional(),
  /** 执行数: what was spent on the task in the document's money unit (self-evaluations); null where the cell is blank. */
  executed: Amount.optional(),
});
/**
 * See the {@link KeyTask} schema.
 *
 * @example
 * const t: KeyTask = { name: 'A', content: 'B' };
 * @category Model
 */
export interface KeyTask extends z.infer<typeof KeyTask> {}

/**
 * A row of the older Fujian form's 年度履职目标 block: a function of the unit (部门职能), the year's target task
 * (年度目标任务), the expenditure project that funds it (支出项目名称) and its budget (预算金额, in the
 * document's unit).
 *
 * @example
 * const g: DutyGoal = { duty: '社会救助', task: '保障城乡低保对象基本生活', project: '城乡低保补助', amount: '600.00' };
 * @category Model
 */
export const DutyGoal = z.strictObject({
  /** 部门职能: the function of the unit. */
  duty: z.string(),
  /** 年度目标任务: the year's target task for it. */
  task: z.string(),
  /** 支出项目名称: the expenditure project that funds it. */
  project: z.string(),
  /** 预算金额 in the document's unit; null where blank. */
  amount: Amount,
});
/**
 * See the {@link DutyGoal} schema.
 *
 * @example
 * const amountOf = (g: DutyGoal) => g.amount;
 * @category Model
 */
export interface DutyGoal extends z.infer<typeof DutyGoal> {}

/**
 * The budget of a whole unit (预算情况): total = sources (fiscal + other) = structure (basic + project),
 * RULES §3.
 *
 * @example
 * const b: UnitBudget = {
 *   total: '28963548.68',
 *   sources: { fiscal: '28963548.68', other: '0.00' },
 *   structure: { basic: '6865942.68', project: '22097606.00' },
 * };
 * @category Model
 */
export const UnitBudget = z.strictObject({
  /** 预算总额: the total the table states (checked against both sums, never replaced by them). */
  total: Amount,
  /** 资金来源: where the money comes from. */
  sources: z.strictObject({
    /** 财政拨款: fiscal appropriation. */
    fiscal: Amount,
    /** 其他资金: other funds. */
    other: Amount,
  }),
  /** 资金结构: what it is spent on. */
  structure: z.strictObject({
    /** 基本支出: basic expenditure (staff and running costs). */
    basic: Amount,
    /** 项目支出: project expenditure. */
    project: Amount,
  }),
});
/**
 * See the {@link UnitBudget} schema.
 *
 * @example
 * const total = (b: UnitBudget) => b.total;
 * @category Model
 */
export interface UnitBudget extends z.infer<typeof UnitBudget> {}

/**
 * A unit (or department) whole-expenditure performance declaration (单位/部门整体支出绩效目标申报表), the
 * seed's form. `headcount` (年末在职人数) and `internalDepartments` (内设机构数) are null when the table leaves
 * them blank.
 *
 * @example
 * const r = UnitDeclaration.safeParse(JSON.parse(text));
 * @category Model
 */
export const UnitDeclaration = z.strictObject({
  /** Discriminant: a unit declaration. */
  kind: z.literal('unit-declaration'),
  /** The budget year (from the title, `2024年度…`), or null when the table does not say. */
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  /** 单位名称 / 部门名称. */
  unitName: z.string(),
  /** 财政资金拨款方式, or null where the form has no such field or leaves it blank. */
  appropriationMode: AppropriationMode.nullable(),
  /** The sentence that introduces the duties in the table (`…其主要职能包括：`), kept apart from the list. */
  dutiesIntro: z.string().optional(),
  /** 单位职责: the duties, one item each (`(一) …`, `(二) …`). */
  duties: z.array(z.string()),
  /** 年度履职目标 / 年度总体目标: the year's goals, one item each. */
  annualGoals: z.array(z.string()),
  /** 年度重点任务 / 年度主要任务. */
  keyTasks: z.array(KeyTask),
  /** The money unit of every amount in the document. */
  amountUnit: AmountUnit,
  /** 预算情况: the total, its sources and its structure (RULES §3). */
  budget: UnitBudget,
  /** 年末在职人数, or null where blank. */
  headcount: z.number().int().nonnegative().nullable(),
  /** 内设机构数, or null where blank. */
  internalDepartments: z.number().int().nonnegative().nullable(),
  /** The third-tier indicators with their targets, in the table's order. */
  indicators: z.array(Indicator),
  /** The older Fujian form's 年度履职目标 rows (部门职能 / 年度目标任务 / 支出项目名称 / 预算金额). */
  dutyGoals: z.array(DutyGoal).optional(),
  /** First-tier weights the table declares, where it declares any. */
  tierWeights: z.array(TierWeight).optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  /** Where each part was read in the table text (documents read by `parseForm`). */
  origins: Origins.optional(),
});
/**
 * See the {@link UnitDeclaration} schema.
 *
 * @example
 * const count = (d: UnitDeclaration) => d.indicators.length;
 * @category Model
 */
export interface UnitDeclaration extends z.infer<typeof UnitDeclaration> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  keyTasks: KeyTask[];
  budget: UnitBudget;
  indicators: Indicator[];
  dutyGoals?: DutyGoal[] | undefined;
  tierWeights?: TierWeight[] | undefined;
}
