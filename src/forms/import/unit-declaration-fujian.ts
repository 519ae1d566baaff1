import type { Indicator } from '../../model/indicator';
import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import type { UnitDeclaration } from '../../model/unit-declaration';
import type { TableCell, TableRow } from '../text/split-table';
import { filledCells, isBlankRow } from '../text/split-table';
import { unitInLabel } from '../text/label';
import type { ParseFormOptions } from '../types';
import { type ImportContext, cellAt, origin, pointer, report, use } from '../read/context';
import { readAmount } from '../read/cells';
import { type FieldHit, fieldsInRow } from '../read/fields';
import { type IndicatorTable, readIndicatorTable } from '../read/indicator-table';
import type { IndicatorHeader } from '../read/indicator-header';
import { type KeyTaskColumns, type KeyTaskRow, readKeyTaskHeader, readKeyTasks } from '../read/key-tasks';
import { resolveAmountUnit, titleRow } from '../read/common-rows';
import { UNIT_FIELDS, type UnitFieldKey, readUnitFields } from './unit-fields';


type Block = 'tasks' | 'budget' | 'goals' | 'dutyGoals' | null;

/** `目标1：…` → `…`. */
const GOAL_NUMBER = /^目标\s*[0-9０-９一二三四五六七八九十]+\s*[:：.、]\s*/u;

/**
 * Imports the older Fujian unit declaration (layout A, Fujian): 年度主要任务, 年度预算安排 (资金总额 / 项目支出 /
 * 基本支出, usually 万元), 年度总体目标 目标1..n, 年度履职目标 rows and the indicator table. Each block's label
 * stands in the first column; its rows continue with that column empty.
 */
export function importUnitDeclarationFujian(ctx: ImportContext, options: ParseFormOptions): UnitDeclaration {
  const rows = ctx.rows;
  let fiscalYear: number | null = null;
  const hits: FieldHit<UnitFieldKey>[] = [];
  const taskRows: KeyTaskRow[] = [];
  const annualGoals: string[] = [];
  const dutyGoalRows: { row: TableRow; cells: TableCell[] }[] = [];
  let dutyCols: { duty: number; task: number; project: number; amount: number } | null = null;
  let budgetCols: { total?: number; project?: number; basic?: number } = {};
  let budgetRow: TableRow | null = null;
  let stated: AmountUnit | null = null;
  let statedRow: TableRow | undefined;
  let taskCols: KeyTaskColumns = { name: 1, content: 2 };
  let block: Block = null;
  let table: IndicatorTable<Indicator> | null = null;

  for (let i = 0; i < rows.length; ) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) {
      use(ctx, i++);
      continue;
    }
    const indicatorHeader: IndicatorHeader | null = table === null ? (ctx.headers[i] ?? null) : null;
    if (indicatorHeader !== null) {
      table = readIndicatorTable(ctx, i, indicatorHeader, { evaluated: false });
      i = table.end;
      block = null;
      continue;
    }
    const title = titleRow(row);
    if (title) {
      fiscalYear ??= title.year;
      use(ctx, i++);
      continue;
    }
    const head = cellAt(row, 0);
    const headKey = head.key;
    for (const c of row.cells) {
      const u = c.text.length <= 30 ? unitInLabel(c.text) : null;
      if (u !== null && stated === null) [stated, statedRow] = [u, row];
    }
    if (head.text !== '') {
      block = null;
      const keys = row.cells.map((c) => c.key);
      if (/^年度(主要|重点)任务$/u.test(headKey)) {
        block = 'tasks';
        taskCols = readKeyTaskHeader(row, 1) ?? taskCols;
      } else if (/^年度预算安排/u.test(headKey)) {
        block = 'budget';
        budgetCols = {};
        keys.forEach((k, j) => {
          if (j === 0) return;
          if (k.includes('总额') || k.includes('合计')) budgetCols.total ??= j;
          else if (k.includes('项目支出')) budgetCols.project ??= j;
          else if (k.includes('基本支出')) budgetCols.basic ??= j;
        });
      } else if (/^年度(总体|绩效)?目标$/u.test(headKey)) {
        block = 'goals';
        const g = cellAt(row, 1);
        if (g.text !== '') {
          if (annualGoals.length === 0) origin(ctx, '/annualGoals', row, g);
          annualGoals.push(g.text.replace(GOAL_NUMBER, ''));
        }
      } else if (headKey === '年度履职目标') {
        block = 'dutyGoals';
        const find = (re: RegExp, fallback: number) => {
          const j = keys.findIndex((k, x) => x > 0 && re.test(k));
          return j > 0 ? j : fallback;
        };
        dutyCols = { duty: find(/职能/u, 1), task: find(/任务/u, 2), project: find(/项目/u, 3), amount: find(/金额|预算/u, 4) };
      } else {
        const found = fieldsInRow(row, i, UNIT_FIELDS);
        if (found.length > 0) hits.push(...found);
        else {
          i++;
          continue;
        }
      }
      use(ctx, i++);
      continue;
    }
    // A row continuing the block above (first column merged).
    if (block === 'tasks') {
      taskRows.push({ row, cols: taskCols });
    } else if (block === 'budget' && budgetRow === null) {
      budgetRow = row;
    } else if (block === 'goals') {
      const g = filledCells(row)[0] as TableCell;
      if (annualGoals.length === 0) origin(ctx, '/annualGoals', row, g);
      annualGoals.push(g.text.replace(GOAL_NUMBER, ''));
    } else if (block === 'dutyGoals') {
      dutyGoalRows.push({ row, cells: [...row.cells] });
    } else {
      i++;
      continue;
    }
    use(ctx, i++);
  }

  if (table === null) report(ctx, M.finding('forms/indicator-table-missing', 'warning', {}, { field: 'indicators' }));
  const { unitName, appropriationMode } = readUnitFields(ctx, hits);

  const amountUnit = resolveAmountUnit(ctx, stated, statedRow, options.amountUnit, 'wan-yuan');
  const keyTasks = readKeyTasks(ctx, taskRows, amountUnit);
  const amount = (col: number | undefined, path: readonly (string | number)[]): string | null =>
    budgetRow === null || col === undefined ? null : readAmount(ctx, budgetRow, cellAt(budgetRow, col), path, amountUnit);
  const dutyGoals: NonNullable<UnitDeclaration['dutyGoals']> = dutyGoalRows.map(({ row }, at) => {
    const cols = dutyCols as { duty: number; task: number; project: number; amount: number };
    origin(ctx, pointer(['dutyGoals', at, 'duty']), row, cellAt(row, cols.duty));
    return {
      duty: cellAt(row, cols.duty).text,
      task: cellAt(row, cols.task).text,
      project: cellAt(row, cols.project).text,
      amount: readAmount(ctx, row, cellAt(row, cols.amount), ['dutyGoals', at, 'amount'], amountUnit),
    };
  });
  // A merged 部门职能 cell continues the one above.
  for (let k = 1; k < dutyGoals.length; k++) {
    const g = dutyGoals[k] as (typeof dutyGoals)[number];
    if (g.duty === '') dutyGoals[k] = { ...g, duty: (dutyGoals[k - 1] as (typeof dutyGoals)[number]).duty };
  }

  return {
    kind: 'unit-declaration',
    fiscalYear,
    unitName,
    appropriationMode,
    duties: [],
    annualGoals,
    keyTasks,
    amountUnit,
    budget: {
      total: amount(budgetCols.total, ['budget', 'total']),
      sources: { fiscal: null, other: null },
      structure: { basic: amount(budgetCols.basic, ['budget', 'structure', 'basic']), project: amount(budgetCols.project, ['budget', 'structure', 'project']) },
    },
    headcount: null,
    internalDepartments: null,
    indicators: table?.indicators ?? [],
    dutyGoals,
    ...(table !== null && table.tierWeights.length > 0 && { tierWeights: table.tierWeights }),
  };
}
