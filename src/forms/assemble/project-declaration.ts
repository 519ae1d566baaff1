import type { Indicator } from '../../model/indicator';
import type { ProjectDeclaration } from '../../model/project-declaration';
import { type ImportContext, origin } from '../read/context';
import { readAmount } from '../read/cells';
import type { ParseFormOptions } from '../types';
import { projectFunds } from './budget';
import type { Body } from './document';
import { amountUnitOf, extraFields, headerOf, requireField } from './header';
import type { Parts } from './parts';
import { joinGoals } from './self-evaluation';

/**
 * A project declaration: its header (项目名称, 主管部门, 实施单位, 项目负责人), its funds, its annual and mid-term
 * goals and its indicators. A table that carries the project's name, budget and goal in columns of its indicator
 * table (Inner Mongolia) gives them from there.
 */
export function projectDeclaration(ctx: ImportContext, parts: Parts, body: Body, options: ParseFormOptions): ProjectDeclaration {
  const h = headerOf(ctx, parts, body.cells);
  const projectName = h.text('projectName', '/projectName') ?? '';
  if (projectName === '') requireField(ctx, 'projectName', 'projectName');
  const amountUnit = amountUnitOf(ctx, parts, options.amountUnit, 'wan-yuan', parts.funds.length > 0 || body.cells.budget !== undefined);
  const funds = projectFunds(ctx, parts.funds, amountUnit);
  const budget = body.cells.budget;
  if (budget && funds.total === null) funds.total = readAmount(ctx, budget.row, budget.cell, ['funds', 'total'], amountUnit);
  const contact = h.hit('contact');
  if (contact) origin(ctx, '/contact', contact.row, contact.value);
  const goalCell = body.cells.goal;
  const annual = parts.goals.planned.length > 0 ? joinGoals(ctx, parts.goals.planned, '/goal/annual') : goalCell ? (origin(ctx, '/goal/annual', goalCell.row, goalCell.cell), goalCell.cell.text) : '';
  const extras = extraFields(parts, body.cells, h.unused(['projectName', 'supervisingDepartment', 'implementingUnit', 'contact']), body.totalPairs);
  return {
    kind: 'project-declaration',
    fiscalYear: parts.year,
    projectName,
    supervisingDepartment: h.text('supervisingDepartment', '/supervisingDepartment'),
    implementingUnit: h.text('implementingUnit', '/implementingUnit'),
    ...(contact && { contact: contact.value.text }),
    amountUnit,
    funds,
    goal: { annual, midTerm: parts.goals.midTerm.length > 0 ? joinGoals(ctx, parts.goals.midTerm, '/goal/midTerm') : null },
    indicators: body.indicators as Indicator[],
    ...(body.tierWeights.length > 0 && { tierWeights: body.tierWeights }),
    ...(extras.length > 0 && { extraFields: extras }),
  };
}
