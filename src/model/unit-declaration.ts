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
  name: z.string(),
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
export type KeyTask = z.infer<typeof KeyTask>;

/**
 * A row of the older Fujian form's 年度履职目标 block: a function of the unit (部门职能), the year's target task
 * (年度目标任务), the expenditure project that funds it (支出项目名称) and its budget (预算金额, in the
 * document's unit).
 *
 * @example
 * const g: DutyGoal = { duty: '社会救助', task: '保障城乡低保对象基本生活', project: '城乡低保补助', amount: '600.00' };
 * @category Model
 */
export const DutyGoal = z.strictObject({ duty: z.string(), task: z.string(), project: z.string(), amount: Amount });
/**
 * See the {@link DutyGoal} schema.
 *
 * @example
 * const amountOf = (g: DutyGoal) => g.amount;
 * @category Model
 */
export type DutyGoal = z.infer<typeof DutyGoal>;

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
  total: Amount,
  sources: z.strictObject({ fiscal: Amount, other: Amount }),
  structure: z.strictObject({ basic: Amount, project: Amount }),
});
/**
 * See the {@link UnitBudget} schema.
 *
 * @example
 * const total = (b: UnitBudget) => b.total;
 * @category Model
 */
export type UnitBudget = z.infer<typeof UnitBudget>;

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
  kind: z.literal('unit-declaration'),
  fiscalYear: z.number().int().min(1949).max(2200).nullable(),
  unitName: z.string(),
  appropriationMode: AppropriationMode.nullable(),
  /** The sentence that introduces the duties in the table (`…其主要职能包括：`), kept apart from the list. */
  dutiesIntro: z.string().optional(),
  duties: z.array(z.string()),
  annualGoals: z.array(z.string()),
  keyTasks: z.array(KeyTask),
  amountUnit: AmountUnit,
  budget: UnitBudget,
  headcount: z.number().int().nonnegative().nullable(),
  internalDepartments: z.number().int().nonnegative().nullable(),
  indicators: z.array(Indicator),
  /** The older Fujian form's 年度履职目标 rows (部门职能 / 年度目标任务 / 支出项目名称 / 预算金额). */
  dutyGoals: z.array(DutyGoal).optional(),
  tierWeights: z.array(TierWeight).optional(),
  /** Header facts the model has no field for (项目类型, 项目期限, 评价结论 …), as written. */
  extraFields: z.array(ExtraField).optional(),
  origins: Origins.optional(),
});
/**
 * See the {@link UnitDeclaration} schema.
 *
 * @example
 * const count = (d: UnitDeclaration) => d.indicators.length;
 * @category Model
 */
export type UnitDeclaration = z.infer<typeof UnitDeclaration>;
