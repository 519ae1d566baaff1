import { formsMessages as M } from '../../i18n/messages/forms';
import type { TierWeight } from '../../model/common';
import type { EvaluatedIndicator, Indicator, IndicatorPart } from '../../model/indicator';
import { inspectIndicatorName, parseActual } from '../notation';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine, isBlankRow } from '../text/split-table';
import type { DocumentColumn } from '../vocabulary/indicator-columns';
import { DOCUMENT_COLUMNS } from '../vocabulary/indicator-columns';
import { type ImportContext, cellAt, textAt, keepAside, origin, report, reportInCell, use } from './context';
import type { IndicatorSpan } from './indicator-span';
import { declaredDirection, readTarget } from './indicator-target';
import { TierTracker } from './tiers';
import { readReferenceRow } from './indicator-extras';
import { type TableInfo, readIndicatorRow, tableInfo } from './indicator-row';

/** What an indicator table gave. */
export interface IndicatorsPart {
  readonly indicators: (Indicator | EvaluatedIndicator)[];
  readonly tierWeights: TierWeight[];
  /** The whole-document cells of the table's first rows (Inner Mongolia: 项目名称, 预算数, 年度绩效目标 …). */
  readonly documentCells: Partial<Record<DocumentColumn, { row: TableRow; cell: TableCell }>>;
}


/** The roles whose cells make a row more than tier labels and a name. */
const VALUE_ROLES = ['target', 'midTermTarget', 'adjustedTarget', 'site', 'actual', 'weight', 'score', 'coefficient', 'isCore', 'deviation', 'note', 'operator', 'unit', 'direction', 'description'] as const;

/** A sub-row's name: `其中…` after any marker or numbering. */
const PART = /^[★☆*※\s]*(其中|含)[:：]?/u;

/**
 * Reads the rows of an indicator table (see `indicatorSpan`) into indicators, numbered from `first`: merged tier
 * cells continue the label above, tier labels give up their weights, `其中…` sub-rows become parts of the row
 * above, template rows and rows with tier labels only are kept aside (a tier row that the rows below continue
 * is structure), and every cell is read with the notation parsers, its findings moved to the cell. A cell that
 * cannot be read is an error at that cell; the row's other cells are still read.
 */
export function readIndicatorRows(
  ctx: ImportContext,
  rows: readonly TableRow[],
  span: IndicatorSpan,
  options: { readonly evaluated: boolean; readonly first: number; readonly from?: number; readonly to?: number },
): IndicatorsPart {
  const h = span.header;
  const cols = h.columns;
  // A table shared by several documents (a document column changed inside it): its header is read with the first.
  const own = options.from === undefined || options.from <= span.dataStart;
  if (own && span.headerAt >= 0) {
    for (let k = span.headerAt; k < span.dataStart; k++) use(ctx, k);
    for (const k of h.repeated) {
      const c = cellAt(rows[span.headerAt] as TableRow, k);
      report(ctx, M.finding('forms/column-duplicate', 'warning', { text: c.text }, { line: (rows[span.headerAt] as TableRow).line, column: c.column, field: c.text }));
    }
  }
  if (own) reportRoleChanges(ctx, rows, span);
  const table = tableInfo(h, options.evaluated);
  if (own) reportTableShape(ctx, rows, span, table);
  // The cells that make a row more than tier labels and a name: when all are blank, the row holds no target.
  const restCols = [...h.roles.flatMap((r, i) => (r !== null && (VALUE_ROLES as readonly string[]).includes(r) ? [i] : [])), ...table.unknownCols];
  const documentCols = DOCUMENT_COLUMNS.flatMap((d) => (cols[d] === undefined ? [] : [[d, cols[d] as number] as const]));
  const refOptions = { evaluated: options.evaluated, first: options.first, weights: cols.weight !== undefined };
  const indicators: (Indicator | EvaluatedIndicator)[] = [];
  const documentCells: IndicatorsPart['documentCells'] = {};
  const tiers = new TierTracker(ctx);
  /** A tier row no indicator has continued yet: kept aside unless one does. */
  let pending: number | null = null;
  let pendingLevel: 0 | 1 | 2 = 0;
  let reference: ReturnType<typeof readReferenceRow> = null;

  const settlePending = (continued: boolean): void => {
    if (pending === null) return;
    if (continued) use(ctx, pending);
    else {
      const row = rows[pending] as TableRow;
      const w = M.finding('forms/indicator-empty', 'warning', {}, { line: row.line, column: 1, field: 'name' });
      keepAside(ctx, pending, w.message, w);
    }
    pending = null;
  };

  const from = Math.max(span.dataStart, options.from ?? span.dataStart);
  const to = Math.min(span.end, options.to ?? span.end);
  for (let i = from; i < to; i++) {
    const row = rows[i] as TableRow;
    // Blank rows, the header repeated at a page break, the total row (read by the assembler).
    if (i === span.totalAt || isBlankRow(row) || ctx.used[i] === 1 || ctx.headers[i]) {
      if (i !== span.totalAt) use(ctx, i);
      continue;
    }
    for (const [d, at] of documentCols) {
      const c = row.cells[at];
      if (c && c.text !== '' && documentCells[d] === undefined) documentCells[d] = { row, cell: c };
    }
    const nameCell = cellAt(row, cols.name);
    const t = tiers.read(row, cols, indicators.length + options.first);
    let restEmpty = true;
    for (const k of restCols) {
      if ((row.cells[k]?.text ?? '') !== '') {
        restEmpty = false;
        break;
      }
    }
    const name = nameCell.text;

    // The seed's 投入管理 block: a policy reference in a merged cell governs the headings below it.
    const ref: ReturnType<typeof readReferenceRow> = restEmpty && cols.operator === undefined ? readReferenceRow(ctx, row, t, nameCell, cellAt(row, cols.target), reference, indicators, refOptions) : null;
    if (ref !== null) {
      reference = ref;
      settlePending(true);
      use(ctx, i);
      continue;
    }
    reference?.close();
    reference = null;

    if (name === '' && restEmpty) {
      // Tier labels alone: structure when the rows below continue them.
      settlePending(false);
      if (t.written !== 0) {
        pending = i;
        pendingLevel = t.written;
      } else use(ctx, i);
      continue;
    }
    if (name !== '' && restEmpty && inspectIndicatorName(name).isPlaceholderRow) {
      const w = M.finding('forms/placeholder-row', 'warning', { text: name }, { line: cellLine(row, nameCell), column: nameCell.column, field: 'name' });
      keepAside(ctx, i, w.message, w);
      continue;
    }
    settlePending(pendingLevel === 2 ? t.blank2 : t.blank1);
    const parent = indicators[indicators.length - 1];
    const unscored = textAt(row, cols.weight) === '' && textAt(row, cols.score) === '';
    // A sub-row continues its parent's tiers: its tier cells blank (merged) or the same labels repeated.
    if (parent !== undefined && PART.test(name) && unscored && t.tier1 === parent.tier1 && t.tier2 === parent.tier2) {
      readPart(ctx, row, parent, name, cols, options.evaluated, indicators.length - 1);
      use(ctx, i);
      continue;
    }

    indicators.push(readIndicatorRow(ctx, row, t, table, indicators.length + options.first));
    use(ctx, i);
  }
  settlePending(false);
  reference?.close();
  return { indicators, tierWeights: tiers.weights(), documentCells };
}


/** Reads a `其中…` sub-row into the parts of the indicator above it. */
function readPart(ctx: ImportContext, row: TableRow, parent: Indicator | EvaluatedIndicator, name: string, cols: IndicatorSpan['header']['columns'], evaluated: boolean, parentAt: number): void {
  const nameCell = cellAt(row, cols.name);
  const k = (parent.parts ?? []).length;
  const path = ['indicators', parentAt, 'parts', k] as const;
  const { operatorCell } = declaredDirection(row, cols);
  const tr = readTarget(ctx, row, cols, cols.target, operatorCell, nameCell, [...path, 'target']);
  const part: IndicatorPart = { name, target: tr.target ?? { kind: 'missing', raw: tr.anchor.raw } };
  if (evaluated) {
    const c = cellAt(row, cols.actual);
    const r = parseActual(c.raw);
    if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, c, [...path, 'actual'], 'actual');
    if (!r.ok) reportInCell(ctx, r.errors, row, c, [...path, 'actual'], 'actual');
    else if (r.value.kind !== 'missing') part.actual = r.value;
  }
  if (k === 0) report(ctx, M.finding('forms/indicator-part', 'info', { name, parent: parent.name }, { line: cellLine(row, nameCell), column: nameCell.column, path: [...path], field: 'parts' }));
  origin(ctx, `/indicators/${parentAt}/parts/${k}`, row, nameCell);
  // The parent is this import's own new object: its parts are added in place.
  (parent as { parts?: IndicatorPart[] }).parts = [...(parent.parts ?? []), part];
}


/** Reports, once for the table, a table read without a header row and the per-site target columns it has. */
function reportTableShape(ctx: ImportContext, rows: readonly TableRow[], span: IndicatorSpan, table: TableInfo): void {
  const first = rows[span.dataStart] as TableRow;
  if (span.headerAt < 0) {
    report(ctx, M.finding('forms/indicator-header-missing', 'info', { columns: '一级指标 | 二级指标 | 三级指标 | 指标值', columnsEn: 'tier 1 | tier 2 | name | target' }, { line: first.line, column: 1 }));
  }
  if (table.siteCols.length > 0) {
    const sites = table.siteCols.map((k) => table.titles[k] ?? '').join('、');
    // The site names stand in the header's last row (under a spanning 年度指标值).
    const at = rows[span.headerAt >= 0 ? span.dataStart - 1 : span.dataStart] as TableRow;
    report(ctx, M.finding('forms/site-targets', 'info', { sites }, { line: at.line, column: (at.cells[table.siteCols[0] as number] ?? { column: 1 }).column, field: 'siteTargets' }));
  }
}

/** Reports the columns whose role their cells decided, once each. */
function reportRoleChanges(ctx: ImportContext, rows: readonly TableRow[], span: IndicatorSpan): void {
  const header = span.headerAt >= 0 ? (rows[span.headerAt] as TableRow) : undefined;
  const WORDS = { direction: ['指标方向（正向 / 反向）', 'directions (正向 / 反向)'], operator: ['计算符号', 'operators'], tier2: ['二级指标（数量指标 / 质量指标 …）', 'tier-2 categories (数量指标 / 质量指标 …)'] } as const;
  for (const c of span.changes) {
    const w = (WORDS as Record<string, readonly [string, string]>)[c.to];
    if (!w) continue;
    const cell = header ? cellAt(header, c.column) : undefined;
    report(ctx, M.finding('forms/column-role-from-content', 'info', { text: span.header.titles[c.column] ?? '', role: w[0], roleEn: w[1] }, { line: header?.line ?? (rows[span.dataStart] as TableRow).line, column: cell?.column ?? 1, field: span.header.titles[c.column] ?? '' }));
  }
}
