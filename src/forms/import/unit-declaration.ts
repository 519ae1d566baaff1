import type { Indicator } from '../../model/indicator';
import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import type { UnitDeclaration } from '../../model/unit-declaration';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { unitInLabel } from '../text/label';
import { readHtmlCell } from '../text/html-cell';
import type { ParseFormOptions } from '../types';
import { type ImportContext, cellAt, origin, report, use } from '../read/context';
import { readAmount, readCount } from '../read/cells';
import { type FieldHit, fieldsInRow } from '../read/fields';
import { type IndicatorTable, readIndicatorTable } from '../read/indicator-table';
import type { IndicatorHeader } from '../read/indicator-header';
import { type KeyTaskColumns, type KeyTaskRow, readKeyTaskHeader, readKeyTasks } from '../read/key-tasks';
import { isSectionHeading, resolveAmountUnit, titleRow, unitStatement } from '../read/common-rows';
import { UNIT_FIELDS, type UnitFieldKey, readUnitFields } from './unit-fields';


type BudgetKey = 'total' | 'fiscal' | 'other' | 'basic' | 'project';
const BUDGET_PATH: Record<BudgetKey, readonly string[]> = {
  total: ['budget', 'total'],
  fiscal: ['budget', 'sources', 'fiscal'],
  other: ['budget', 'sources', 'other'],
  basic: ['budget', 'structure', 'basic'],
  project: ['budget', 'structure', 'project'],
};
/** The pointers of {@link BUDGET_PATH}, written out: literals are keys made once (see `origin`). */
const BUDGET_POINTER: Record<BudgetKey, string> = {
  total: '/budget/total',
  fiscal: '/budget/sources/fiscal',
  other: '/budget/sources/other',
  basic: '/budget/structure/basic',
  project: '/budget/structure/project',
};

/** Which budget figure a label of the 预算情况 block names, by its label key. */
function budgetKeyOf(k: string): BudgetKey | null {
  if (k.length > 40) return null;
  if (/预算总额|资金总额|收入总额|支出总额/u.test(k)) return 'total';
  if (k.includes('基本支出')) return 'basic';
  if (k.includes('项目支出')) return 'project';
  if (k.includes('财政拨款') || k.includes('财政资金')) return 'fiscal';
  if (k.includes('其他资金') || k.includes('其他收入')) return 'other';
  return null;
}

const HEADINGS = /^(年度重点任务|预算情况|绩效指标|年度绩效指标)$/u;
/** The task block's label when it stands in the first column (`年度主要任务 | 任务名称 | 主要内容`). */
const TASK_BLOCK = /^年度(主要|重点)任务$/u;
/** The budget block's label when it stands in the first column (`预算情况(万元) | 部门整体预算总额 | 8600.00`). */
const BUDGET_BLOCK = /^(年度)?预算(情况|安排)?(\((万元|元)\))?$/u;
const NUMBERED_LEAD = /[:：]$/u;

/** Splits the 单位职责 cell into a lead-in sentence (`…主要职能包括：`) and the duties. */
export function splitDuties(items: readonly string[]): { intro: string | null; duties: string[] } {
  const [first, ...rest] = items;
  if (first !== undefined && rest.length > 0 && NUMBERED_LEAD.test(first)) return { intro: first, duties: rest };
  return { intro: null, duties: [...items] };
}

/** Imports a unit declaration in the seed's layout (A). */
export function importUnitDeclaration(ctx: ImportContext, options: ParseFormOptions): UnitDeclaration {
  const rows = ctx.rows;
  let fiscalYear: number | null = null;
  const hits: FieldHit<UnitFieldKey>[] = [];
  let duties: string[] = [];
  let dutiesIntro: string | null = null;
  let annualGoals: string[] = [];
  const taskRows: KeyTaskRow[] = [];
  let inTasks = false;
  // Where a task's cells are: the seed's `任务名称 | 主要内容` row, or after a block label
  // (`年度主要任务 | 任务名称 | 主要内容`, other provinces).
  let taskCols: KeyTaskColumns = { name: 0, content: 1 };
  // Inside a `预算情况(万元) | 部门整体预算总额 | …` block: its rows leave the first column empty.
  let inBudget = false;
  const budgetCells: { key: BudgetKey; row: TableRow; cell: TableCell }[] = [];
  let stated: AmountUnit | null = null;
  let statedRow: TableRow | undefined;
  let headcount: number | null = null;
  let internalDepartments: number | null = null;
  let table: IndicatorTable<Indicator> | null = null;

  for (let i = 0; i < rows.length; ) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) {
      inTasks = false;
      inBudget = false;
      use(ctx, i++);
      continue;
    }
    // `单位：万元` on a row of its own (or beside the title).
    const unitRow = unitStatement(row);
    if (unitRow) {
      if (stated === null) [stated, statedRow] = [unitRow.unit, row];
      if (unitRow.only) {
        use(ctx, i++);
        continue;
      }
    }
    const indicatorHeader: IndicatorHeader | null = table === null ? (ctx.headers[i] ?? null) : null;
    if (indicatorHeader !== null) {
      inTasks = false;
      table = readIndicatorTable(ctx, i, indicatorHeader, { evaluated: false });
      i = table.end;
      continue;
    }
    const title = titleRow(row);
    if (title) {
      fiscalYear ??= title.year;
      use(ctx, i++);
      continue;
    }
    // The first filled cell (the row is not blank).
    const firstAt = row.cells.findIndex((c) => c.text !== '');
    const first = row.cells[firstAt] as TableCell;
    const firstKey = first.key;
    if (firstAt === 0) inBudget = false;
    // A block label in the first column with the block's first row beside it.
    if (firstAt === 0 && TASK_BLOCK.test(firstKey) && row.cells.length > 1) {
      const cols = readKeyTaskHeader(row, 1);
      if (cols !== null) {
        taskCols = cols;
        inTasks = true;
        use(ctx, i++);
        continue;
      }
    }
    if (firstAt === 0 && BUDGET_BLOCK.test(firstKey)) {
      inTasks = false;
      inBudget = true;
      const u = unitInLabel(first.text);
      if (u !== null && stated === null) [stated, statedRow] = [u, row];
      const label = cellAt(row, 1);
      const key = label.text === '' ? null : budgetKeyOf(label.key);
      if (key !== null) budgetCells.push({ key, row, cell: cellAt(row, 2) });
      use(ctx, i++);
      continue;
    }
    if (inBudget && firstAt === 1) {
      const key = budgetKeyOf(firstKey);
      if (key !== null) {
        budgetCells.push({ key, row, cell: cellAt(row, 2) });
        use(ctx, i++);
        continue;
      }
    }
    if (isSectionHeading(row, HEADINGS) || (firstKey === '内容' && cellAt(row, 1).key === '预算情况')) {
      inTasks = firstKey === '年度重点任务';
      use(ctx, i++);
      continue;
    }
    if (firstKey === '单位职责' || firstKey === '部门职责' || firstKey === '主要职能') {
      const cell = row.cells[firstAt + 1] ?? cellAt(row, 99);
      const split = splitDuties(readHtmlCell(cell.raw));
      duties = split.duties;
      dutiesIntro = split.intro;
      origin(ctx, '/duties', row, cell);
      use(ctx, i++);
      continue;
    }
    if (firstKey === '年度履职目标' || firstKey === '年度总体目标' || firstKey === '年度绩效目标') {
      const cell = row.cells[firstAt + 1] ?? cellAt(row, 99);
      annualGoals = readHtmlCell(cell.raw);
      origin(ctx, '/annualGoals', row, cell);
      use(ctx, i++);
      continue;
    }
    if (firstKey === '任务名称') {
      inTasks = true;
      taskCols = readKeyTaskHeader(row, firstAt) ?? { name: firstAt, content: firstAt + 1 };
      use(ctx, i++);
      continue;
    }
    // Inside 年度重点任务 (until a blank row or the next heading) a row is a task, whatever its words.
    if (inTasks && firstAt === taskCols.name) {
      taskRows.push({ row, cols: taskCols });
      use(ctx, i++);
      continue;
    }
    const found = fieldsInRow(row, i, UNIT_FIELDS);
    if (found.length > 0) {
      inTasks = false;
      hits.push(...found);
      use(ctx, i++);
      continue;
    }
    const budgetKey = budgetKeyOf(firstKey);
    if (budgetKey !== null && firstAt === 0) {
      inTasks = false;
      const u = unitInLabel(first.text);
      if (u !== null && stated === null) [stated, statedRow] = [u, row];
      budgetCells.push({ key: budgetKey, row, cell: cellAt(row, 1) });
      use(ctx, i++);
      continue;
    }
    const staff = row.cells.findIndex((c) => c.key === '年末在职人数');
    const depts = row.cells.findIndex((c) => c.key === '内设机构数');
    if (staff >= 0 || depts >= 0) {
      inTasks = false;
      use(ctx, i);
      const next = rows[i + 1];
      if (next && !isBlankRow(next) && !ctx.headers[i + 1] && !isSectionHeading(next, HEADINGS)) {
        if (staff >= 0) headcount = readCount(ctx, next, cellAt(next, staff), ['headcount'], { zh: '年末在职人数', en: 'headcount' }, '/headcount');
        if (depts >= 0) internalDepartments = readCount(ctx, next, cellAt(next, depts), ['internalDepartments'], { zh: '内设机构数', en: 'internal departments' }, '/internalDepartments');
        use(ctx, i + 1);
        i += 2;
      } else i++;
      continue;
    }
    i++;
  }

  if (table === null) report(ctx, M.finding('forms/indicator-table-missing', 'warning', {}, { field: 'indicators' }));
  const { unitName, appropriationMode } = readUnitFields(ctx, hits);

  const amountUnit = resolveAmountUnit(ctx, stated, statedRow ?? budgetCells[0]?.row, options.amountUnit, 'yuan');
  const figures: Partial<Record<BudgetKey, string | null>> = {};
  for (const b of budgetCells) {
    if (b.key in figures) continue;
    figures[b.key] = readAmount(ctx, b.row, b.cell, BUDGET_PATH[b.key], amountUnit, BUDGET_POINTER[b.key]);
  }
  const keyTasks = readKeyTasks(ctx, taskRows, amountUnit);

  return {
    kind: 'unit-declaration',
    fiscalYear,
    unitName,
    appropriationMode,
    ...(dutiesIntro !== null && { dutiesIntro }),
    duties,
    annualGoals,
    keyTasks,
    amountUnit,
    budget: {
      total: figures.total ?? null,
      sources: { fiscal: figures.fiscal ?? null, other: figures.other ?? null },
      structure: { basic: figures.basic ?? null, project: figures.project ?? null },
    },
    headcount,
    internalDepartments,
    indicators: table?.indicators ?? [],
    ...(table !== null && table.tierWeights.length > 0 && { tierWeights: table.tierWeights }),
  };
}
