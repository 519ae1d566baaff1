import type { EvaluatedIndicator } from '../../model/indicator';
import type { SelfEvaluation } from '../../model/self-evaluation';
import { type ImportContext, origin } from '../read/context';
import { readNumber } from '../read/cells';
import { readKeyTasks } from '../read/key-tasks';
import type { GoalText } from '../read/goal';
import type { TableRow } from '../text/split-table';
import type { ParseFormOptions } from '../types';
import { selfEvaluationBudget } from './budget';
import type { Body } from './document';
import { amountUnitOf, extraFields, headerOf, requireField } from './header';
import type { Parts } from './parts';

/** Goal texts joined by line breaks, the first one's origin recorded at `at`. */
export function joinGoals(ctx: ImportContext, texts: readonly GoalText[], at: string): string {
  const first = texts[0];
  if (first) origin(ctx, at, first.row, first.cell);
  return texts.map((t) => t.cell.text).join('\n');
}

/**
 * A self-evaluation of a project or a whole unit: its name (项目名称, or 单位名称 for a unit), the budget block
 * with its claims, planned and actual goals, key tasks, the evaluated indicator rows and the published total.
 */
export function selfEvaluation(ctx: ImportContext, _rows: readonly TableRow[], parts: Parts, body: Body, unitScope: boolean, options: ParseFormOptions): SelfEvaluation {
  const h = headerOf(ctx, parts, body.cells);
  const scope: SelfEvaluation['scope'] = unitScope ? 'unit' : 'project';
  const nameKey = scope === 'project' ? 'projectName' : h.has('unitName') ? 'unitName' : 'projectName';
  const name = h.text(nameKey, '/name') ?? '';
  if (name === '') requireField(ctx, scope === 'project' ? 'projectName' : 'unitName', 'name');
  const totalHit = h.hit('publishedTotal');
  const fieldTotal = totalHit ? readNumber(ctx, totalHit.row, totalHit.value, ['publishedTotal'], { zh: '自评总分', en: 'total score' }) : null;
  const amountUnit = amountUnitOf(ctx, parts, options.amountUnit, 'wan-yuan', parts.funds.length > 0 || parts.keyTasks.length > 0);
  const keyTasks = readKeyTasks(ctx, parts.keyTasks, amountUnit);
  const extras = extraFields(parts, body.cells, h.unused([nameKey, 'supervisingDepartment', 'implementingUnit', 'publishedTotal']), body.totalPairs);
  return {
    kind: 'self-evaluation',
    scope,
    fiscalYear: parts.year,
    name,
    supervisingDepartment: h.text('supervisingDepartment', '/supervisingDepartment'),
    implementingUnit: h.text('implementingUnit', '/implementingUnit'),
    amountUnit,
    budget: selfEvaluationBudget(ctx, parts.funds[0], amountUnit),
    goal: { planned: joinGoals(ctx, parts.goals.planned, '/goal/planned'), actual: joinGoals(ctx, parts.goals.actual, '/goal/actual') },
    ...(keyTasks.length > 0 && { keyTasks }),
    indicators: body.indicators as EvaluatedIndicator[],
    ...(body.tierWeights.length > 0 && { tierWeights: body.tierWeights }),
    publishedTotal: fieldTotal ?? body.total,
    ...(body.weightTotal !== null && { publishedWeightTotal: body.weightTotal }),
    ...(body.grade !== null && { publishedGrade: body.grade }),
    ...(extras.length > 0 && { extraFields: extras }),
  };
}
