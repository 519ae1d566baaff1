import { formsMessages as M } from '../../i18n/messages/forms';
import type { ExtraField } from '../../model/common';
import type { Indicator } from '../../model/indicator';
import type { UnitDeclaration } from '../../model/unit-declaration';
import { type ImportContext, cellAt, textAt, origin, pointer, report } from '../read/context';
import { readAmount, readCount } from '../read/cells';
import { readKeyTasks } from '../read/key-tasks';
import { readHtmlCell } from '../text/html-cell';
import type { ParseFormOptions } from '../types';
import { appropriationModeOf } from '../read/appropriation';
import { unitBudget } from './budget';
import type { Body } from './document';
import { amountUnitOf, extraFields, headerOf, requireField } from './header';
import type { Parts } from './parts';

/** `目标1：…` → `…`. */
const GOAL_NUMBER = /^目标\s*[0-9０-９一二三四五六七八九十]+\s*[:：.、]\s*/u;

/**
 * A unit (department) declaration: its name and appropriation mode, duties, annual goals (HTML paragraphs or
 * `目标1：…` rows), key tasks, budget, headcount, the Fujian duty goals, and its indicators.
 */
export function unitDeclaration(ctx: ImportContext, parts: Parts, body: Body, options: ParseFormOptions): UnitDeclaration {
  const h = headerOf(ctx, parts, body.cells);
  const nameKey = h.has('unitName') ? 'unitName' : 'implementingUnit';
  const unitName = h.text(nameKey, '/unitName') ?? '';
  if (unitName === '') requireField(ctx, 'unitName', 'unitName');
  let appropriationMode: UnitDeclaration['appropriationMode'] = null;
  const mode = h.hit('appropriationMode');
  if (mode && mode.value.text !== '') {
    origin(ctx, '/appropriationMode', mode.row, mode.value);
    appropriationMode = appropriationModeOf(mode.value.text);
    if (appropriationMode === null) {
      report(ctx, M.finding('forms/appropriation-unknown', 'warning', { text: mode.value.text.slice(0, 80) }, { line: mode.row.line, column: mode.value.column, path: ['appropriationMode'], field: 'appropriationMode' }));
    }
  }
  const amountUnit = amountUnitOf(ctx, parts, options.amountUnit, 'yuan', parts.funds.length > 0 || parts.dutyGoals.length > 0 || parts.keyTasks.length > 0);
  const more: ExtraField[] = h.unused([nameKey, 'appropriationMode']);
  const budget = unitBudget(ctx, parts.funds, amountUnit, more);
  const goals = parts.goals.planned;
  if (goals[0]) origin(ctx, '/annualGoals', goals[0].row, goals[0].cell);
  const annualGoals = goals.flatMap((g) => readHtmlCell(g.cell.raw).map((t) => t.replace(GOAL_NUMBER, '')));
  const d = parts.duties;
  if (d) origin(ctx, '/duties', d.row, d.cell);
  const count = (key: 'headcount' | 'internalDepartments', zh: string, en: string): number | null => {
    const c = parts.headcount[key];
    return c ? readCount(ctx, c.row, c.cell, [key], { zh, en }, `/${key}`) : null;
  };
  const dutyGoals = parts.dutyGoals.map(({ row, columns }, at) => {
    origin(ctx, pointer(['dutyGoals', at, 'duty']), row, cellAt(row, columns.duty));
    return { duty: textAt(row, columns.duty), task: textAt(row, columns.task), project: textAt(row, columns.project), amount: readAmount(ctx, row, cellAt(row, columns.amount), ['dutyGoals', at, 'amount'], amountUnit) };
  });
  // A merged 部门职能 cell continues the one above.
  for (let k = 1; k < dutyGoals.length; k++) if ((dutyGoals[k] as (typeof dutyGoals)[number]).duty === '') (dutyGoals[k] as (typeof dutyGoals)[number]).duty = (dutyGoals[k - 1] as (typeof dutyGoals)[number]).duty;
  const extras = extraFields(parts, body.cells, more, body.totalPairs);
  return {
    kind: 'unit-declaration',
    fiscalYear: parts.year,
    unitName,
    appropriationMode,
    ...(d?.intro != null && { dutiesIntro: d.intro }),
    duties: d?.duties ?? [],
    annualGoals,
    keyTasks: readKeyTasks(ctx, parts.keyTasks, amountUnit),
    amountUnit,
    budget,
    headcount: count('headcount', '年末在职人数', 'headcount'),
    internalDepartments: count('internalDepartments', '内设机构数', 'internal departments'),
    indicators: body.indicators as Indicator[],
    ...(parts.dutyGoalsBlock && { dutyGoals }),
    ...(body.tierWeights.length > 0 && { tierWeights: body.tierWeights }),
    ...(extras.length > 0 && { extraFields: extras }),
  };
}
