import { formsMessages as M } from '../../i18n/messages/forms';
import type { ExtraField, TierWeight } from '../../model/common';
import type { PerformanceDocument } from '../../model/document';
import type { EvaluatedIndicator, Indicator } from '../../model/indicator';
import { type ImportContext, report } from '../read/context';
import { type IndicatorsPart, readIndicatorRows } from '../read/indicator-rows';
import { readTotal } from '../read/total';
import type { DocumentSections } from '../scan/documents';
import type { TableRow } from '../text/split-table';
import type { ParseFormOptions } from '../types';
import type { FormLayout } from '../layout';
import { kindOf } from './kind';
import { type Parts, readParts } from './parts';
import { projectDeclaration } from './project-declaration';
import { selfEvaluation } from './self-evaluation';
import { unitDeclaration } from './unit-declaration';

/** What the indicator tables and the total rows of a document gave. */
export interface Body {
  readonly indicators: (Indicator | EvaluatedIndicator)[];
  readonly tierWeights: TierWeight[];
  readonly cells: IndicatorsPart['documentCells'];
  readonly total: string | null;
  readonly weightTotal: string | null;
  readonly grade: string | null;
  readonly totalPairs: ExtraField[];
  readonly tableFound: boolean;
}

/** Reads the document's indicator tables (as evaluated rows or not) and its total rows. */
function readBody(ctx: ImportContext, rows: readonly TableRow[], parts: Parts, evaluated: boolean): Body {
  const indicators: (Indicator | EvaluatedIndicator)[] = [];
  const tierWeights: TierWeight[] = [];
  let cells: IndicatorsPart['documentCells'] = {};
  for (const t of parts.tables) {
    const r = readIndicatorRows(ctx, rows, t.span, { evaluated, first: indicators.length, from: t.start, to: t.end });
    // One push a row: a spread of a table's rows would overflow the call stack on a very long table.
    for (const ind of r.indicators) indicators.push(ind);
    for (const w of r.tierWeights) if (!tierWeights.some((x) => x.tier1 === w.tier1)) tierWeights.push(w);
    cells = { ...r.documentCells, ...cells };
  }
  let total: string | null = null;
  let weightTotal: string | null = null;
  let grade: string | null = null;
  const totalPairs: ExtraField[] = [];
  for (const t of parts.totals) {
    const r = readTotal(ctx, t.row, t.columns);
    total ??= r.total;
    weightTotal ??= r.weightTotal;
    grade ??= r.grade;
    for (const p of r.pairs) totalPairs.push({ label: p.label.text, value: p.value.text });
  }
  return { indicators, tierWeights, cells, total, weightTotal, grade, totalPairs, tableFound: parts.tables.length > 0 };
}

/**
 * Assembles one document from its sections: reads them, tells its kind from what they hold (or takes the kind of
 * `options.layout`), reads its indicator tables as that kind's rows, and builds the document.
 */
export function assembleDocument(ctx: ImportContext, rows: readonly TableRow[], doc: DocumentSections, options: ParseFormOptions): { value: PerformanceDocument; layout: FormLayout } {
  const parts = readParts(ctx, rows, doc);
  const kind = kindOf(parts, options.layout);
  const body = readBody(ctx, rows, parts, kind.kind === 'self-evaluation');
  if (!body.tableFound) report(ctx, M.finding('forms/indicator-table-missing', 'warning', {}, { field: 'indicators' }));
  switch (kind.kind) {
    case 'unit-declaration':
      return { value: unitDeclaration(ctx, parts, body, options), layout: kind.layout };
    case 'project-declaration':
      return { value: projectDeclaration(ctx, parts, body, options), layout: kind.layout };
    case 'self-evaluation':
      return { value: selfEvaluation(ctx, rows, parts, body, kind.unitScope, options), layout: kind.layout };
  }
}
