import type { DocumentKind } from '../../model/document';
import type { FormLayout } from '../layout';
import type { Parts } from './parts';

/** What a document is, told from its sections. */
export interface KindOf {
  readonly kind: DocumentKind;
  /** A self-evaluation of a whole unit (or department) rather than of a project. */
  readonly unitScope: boolean;
  /** The layout the document comes closest to (for `FormResult.layout` and the writer's default). */
  readonly layout: FormLayout;
}

const UNIT_TITLE = /单位整体|部门整体|整体支出/u;

/**
 * Tells the document's kind from what its sections hold: actuals or scores (an actual or score column, an
 * executed column in the budget block, an actual goal text, a published total) make a self-evaluation; duties,
 * duty goals, a headcount, a budget split into basic and project expenditure, a whole-unit title, or a unit
 * named without a project make a unit document; anything else is a project's. `forced`, from
 * `options.layout`, decides instead.
 */
export function kindOf(parts: Parts, forced: FormLayout | undefined): KindOf {
  const headers = parts.tables.map((t) => t.span.header.columns);
  const evaluated =
    headers.some((c) => c.actual !== undefined || c.score !== undefined || c.coefficient !== undefined) ||
    parts.funds.some((f) => f.plan.columns.executed !== undefined) ||
    parts.goals.actual.length > 0 ||
    parts.hits.some((h) => h.key === 'publishedTotal');
  const hasField = (k: string): boolean => parts.hits.some((h) => h.key === k && h.value.text !== '');
  const unit =
    parts.duties !== null ||
    parts.dutyGoalsBlock ||
    parts.headcount.headcount !== undefined ||
    parts.headcount.internalDepartments !== undefined ||
    parts.funds.some((f) => f.lines.some((l) => l.role === 'basic' || l.role === 'project')) ||
    parts.titles.some((t) => UNIT_TITLE.test(t)) ||
    (hasField('unitName') && !parts.hits.some((h) => h.key === 'projectName') && headers.every((c) => c.projectName === undefined));
  if (forced !== undefined) return forcedKind(forced, unit);
  if (!evaluated) {
    if (!unit) return { kind: 'project-declaration', unitScope: false, layout: 'project-declaration' };
    const fujian = parts.dutyGoalsBlock && parts.duties === null;
    return { kind: 'unit-declaration', unitScope: true, layout: fujian ? 'unit-declaration-fujian' : 'unit-declaration' };
  }
  const coefficients = headers.some((c) => c.coefficient !== undefined || c.isCore !== undefined || c.adjustedTarget !== undefined) || parts.hits.some((h) => h.key === 'publishedTotal');
  const separate = headers.some((c) => c.operator !== undefined && c.unit !== undefined);
  const layout: FormLayout = coefficients ? 'unit-self-evaluation' : separate ? 'separate-column-self-evaluation' : 'project-self-evaluation';
  return { kind: 'self-evaluation', unitScope: unit || (coefficients && !parts.hits.some((h) => h.key === 'projectName')), layout };
}

function forcedKind(layout: FormLayout, unit: boolean): KindOf {
  switch (layout) {
    case 'unit-declaration':
    case 'unit-declaration-fujian':
      return { kind: 'unit-declaration', unitScope: true, layout };
    case 'project-declaration':
      return { kind: 'project-declaration', unitScope: false, layout };
    case 'unit-self-evaluation':
      return { kind: 'self-evaluation', unitScope: true, layout };
    default:
      return { kind: 'self-evaluation', unitScope: unit, layout };
  }
}
