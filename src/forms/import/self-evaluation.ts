import type { EvaluatedIndicator } from '../../model/indicator';
import type { SelfEvaluation } from '../../model/self-evaluation';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import type { FormLayout } from '../layout';
import type { ParseFormOptions } from '../types';
import { formsMessages as M } from '../../i18n/messages/forms';
import { type ImportContext, cellAt, keepAside, origin, report, use } from '../read/context';
import { readNumber } from '../read/cells';
import { COMMON_FIELDS, type FieldHit, fieldText, fieldsInRow, firstHits, reportUnreadCells } from '../read/fields';
import { isActualGoalKey, isPlannedGoalKey, plannedActualHeader } from '../read/goal-block';
import { readBudgetBlock, readBudgetHeader } from '../read/budget-block';
import { type IndicatorTable, readIndicatorTable } from '../read/indicator-table';
import type { IndicatorHeader } from '../read/indicator-header';
import { type KeyTaskColumns, type KeyTaskRow, readKeyTaskHeader, readKeyTasks } from '../read/key-tasks';
import { isSectionHeading, reportMissing, resolveAmountUnit, titleRow, unitStatement } from '../read/common-rows';
import type { AmountUnit } from '../../model/common';

const FIELDS = [
  COMMON_FIELDS.projectName,
  COMMON_FIELDS.unitName,
  COMMON_FIELDS.supervisingDepartment,
  COMMON_FIELDS.implementingUnit,
  COMMON_FIELDS.publishedTotal,
];
type Key = (typeof FIELDS)[number]['key'];

const HEADINGS = /^(年度)?绩效指标(完成情况)?(\(\d+分\))?$|^预算执行情况$|^年度总体目标完成情况$/u;

/** A whole-department self-evaluation's 年度主要任务 block label. */
const TASKS = /^年度(主要|重点)任务$/u;
const TASK_ROW = {
  zh: '年度主要任务中的这一行读不出任务：没有“任务名称”表头，或这一行的任务名称为空',
  en: 'a 年度主要任务 row that gives no task: the block has no 任务名称 header, or the row leaves the task name blank',
};

/** Planned and actual goal cells of a row (`预期目标 | … | 实际完成情况 | …`). */
function goalCells(row: TableRow): { planned?: TableCell; actual?: TableCell } {
  const out: { planned?: TableCell; actual?: TableCell } = {};
  for (let i = 0; i < row.cells.length - 1; i++) {
    const k = (row.cells[i] as TableCell).key;
    if (isPlannedGoalKey(k)) out.planned ??= row.cells[i + 1] as TableCell;
    else if (isActualGoalKey(k)) out.actual ??= row.cells[i + 1] as TableCell;
  }
  return out;
}

/**
 * Imports a self-evaluation (layouts C, D and E): header fields, the budget block, the planned and actual
 * goals, the indicator rows with actuals, weights and published scores, the published total.
 */
export function importSelfEvaluation(ctx: ImportContext, layout: FormLayout, options: ParseFormOptions): SelfEvaluation {
  const rows = ctx.rows;
  let fiscalYear: number | null = null;
  const hits: FieldHit<Key>[] = [];
  let budget: SelfEvaluation['budget'] = { lines: [], weight: null, publishedRate: null, publishedScore: null };
  let amountUnit: SelfEvaluation['amountUnit'] | null = null;
  let planned = '';
  let actual = '';
  let table: IndicatorTable<EvaluatedIndicator> | null = null;
  // `单位：万元` on a row of its own (or beside the title) above the tables.
  let statedUnit: { unit: AmountUnit; row: TableRow } | null = null;
  // The columns of a `预期目标 | 实际完成情况` header: the texts are on the row(s) below.
  let goalCols: { planned: number; actual: number } | null = null;
  let inTasks = false;
  // The 年度主要任务 block's columns (from its `任务名称 | 主要内容 | 完成情况` header) and its task rows.
  let taskCols: KeyTaskColumns | null = null;
  const taskRows: KeyTaskRow[] = [];

  for (let i = 0; i < rows.length; ) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) {
      use(ctx, i++);
      continue;
    }
    const unitRow = unitStatement(row);
    if (unitRow) {
      statedUnit ??= { unit: unitRow.unit, row };
      if (unitRow.only) {
        use(ctx, i++);
        continue;
      }
    }
    if (amountUnit === null && readBudgetHeader(row)) {
      goalCols = null;
      inTasks = false;
      const r = readBudgetBlock(ctx, i, (stated, at) =>
        stated === null && statedUnit !== null
          ? resolveAmountUnit(ctx, statedUnit.unit, statedUnit.row, options.amountUnit, 'wan-yuan')
          : resolveAmountUnit(ctx, stated, at, options.amountUnit, 'wan-yuan'),
      );
      budget = r.budget;
      amountUnit = r.amountUnit;
      i = r.end;
      continue;
    }
    const indicatorHeader: IndicatorHeader | null = table === null ? (ctx.headers[i] ?? null) : null;
    if (indicatorHeader !== null) {
      goalCols = null;
      inTasks = false;
      table = readIndicatorTable(ctx, i, indicatorHeader, { evaluated: true });
      i = table.end;
      continue;
    }
    const title = titleRow(row);
    if (title) {
      fiscalYear ??= title.year;
      use(ctx, i++);
      continue;
    }
    if (isSectionHeading(row, HEADINGS)) {
      use(ctx, i++);
      continue;
    }
    // A goal header row (`年度总体目标 | 预期目标 | 实际完成情况`) and the texts below it.
    const pairHeader = plannedActualHeader(row);
    if (pairHeader) {
      goalCols = pairHeader;
      inTasks = false;
      use(ctx, i++);
      continue;
    }
    if (goalCols !== null) {
      const lead = row.cells.slice(0, goalCols.planned).every((c) => c.text === '' || /目标/u.test(c.key));
      const p = row.cells[goalCols.planned];
      const a = row.cells[goalCols.actual];
      if (lead && ((p && p.text !== '') || (a && a.text !== ''))) {
        if (p && p.text !== '') {
          if (planned === '') origin(ctx, '/goal/planned', row, p);
          planned = planned === '' ? p.text : `${planned}\n${p.text}`;
        }
        if (a && a.text !== '') {
          if (actual === '') origin(ctx, '/goal/actual', row, a);
          actual = actual === '' ? a.text : `${actual}\n${a.text}`;
        }
        use(ctx, i++);
        continue;
      }
      goalCols = null;
    }
    // 年度主要任务 (whole-department forms): the label with the header beside it (or on the next row), then
    // one task a row, the first column merged. Rows that give no task are kept in unparsed.
    const lead = row.cells.find((c) => c.text !== '') as TableCell;
    const leadAt = row.cells.indexOf(lead);
    if (TASKS.test(lead.key) && leadAt === 0) {
      inTasks = true;
      taskCols = readKeyTaskHeader(row, 1);
      if (taskCols === null && row.cells.slice(1).some((c) => c.text !== '')) keepAside(ctx, i++, TASK_ROW);
      else use(ctx, i++);
      continue;
    }
    if (inTasks && row.cells[0]?.text === '') {
      const header = readKeyTaskHeader(row, leadAt);
      if (header !== null && leadAt === header.name) {
        taskCols = header;
        use(ctx, i++);
      } else if (taskCols !== null && cellAt(row, taskCols.name).text !== '') {
        taskRows.push({ row, cols: taskCols });
        use(ctx, i++);
      } else keepAside(ctx, i++, TASK_ROW);
      continue;
    }
    inTasks = false;
    const goals = goalCells(row);
    if (goals.planned || goals.actual) {
      if (goals.planned && planned === '') {
        planned = goals.planned.text;
        origin(ctx, '/goal/planned', row, goals.planned);
      }
      if (goals.actual && actual === '') {
        actual = goals.actual.text;
        origin(ctx, '/goal/actual', row, goals.actual);
      }
      use(ctx, i++);
      continue;
    }
    const found = fieldsInRow(row, i, FIELDS);
    if (found.length > 0) {
      hits.push(...found);
      reportUnreadCells(ctx, row, found);
      use(ctx, i);
    }
    i++;
  }

  if (table === null) report(ctx, M.finding('forms/indicator-table-missing', 'warning', {}, { field: 'indicators' }));
  const f = firstHits(ctx, hits, FIELDS);
  const text = (k: Key): string | null => fieldText(ctx, f.get(k), k === 'projectName' || k === 'unitName' ? '/name' : `/${k}`);
  const scope: SelfEvaluation['scope'] = f.has('projectName') ? 'project' : f.has('unitName') || layout === 'unit-self-evaluation' ? 'unit' : 'project';
  const name = (scope === 'project' ? text('projectName') : text('unitName')) ?? '';
  if (name === '') reportMissing(ctx, scope === 'project' ? COMMON_FIELDS.projectName : COMMON_FIELDS.unitName, 'name');
  const totalHit = f.get('publishedTotal');
  const fieldTotal = totalHit ? readNumber(ctx, totalHit.row, totalHit.value, ['publishedTotal'], { zh: '自评总分', en: 'total score' }) : null;
  if (amountUnit === null) amountUnit = resolveAmountUnit(ctx, statedUnit?.unit ?? null, statedUnit?.row, options.amountUnit, 'wan-yuan');
  const keyTasks = readKeyTasks(ctx, taskRows, amountUnit);

  return {
    kind: 'self-evaluation',
    scope,
    fiscalYear,
    name,
    supervisingDepartment: text('supervisingDepartment'),
    implementingUnit: text('implementingUnit'),
    amountUnit,
    budget,
    goal: { planned, actual },
    ...(keyTasks.length > 0 && { keyTasks }),
    indicators: table?.indicators ?? [],
    ...(table !== null && table.tierWeights.length > 0 && { tierWeights: table.tierWeights }),
    publishedTotal: fieldTotal ?? table?.publishedTotal ?? null,
  };
}
