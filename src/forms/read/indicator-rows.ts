import { formsMessages as M } from '../../i18n/messages/forms';
import type { Actual } from '../../model/actual';
import type { TierWeight } from '../../model/common';
import type { EvaluatedIndicator, Indicator, IndicatorPart, OtherCell, SiteTarget } from '../../model/indicator';
import { indicatorPointers } from '../../model/pointers';
import { compareUnits, inspectIndicatorName, parseActual, parseTarget } from '../notation';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine, isBlankRow } from '../text/split-table';
import type { DocumentColumn } from '../vocabulary/indicator-columns';
import { DOCUMENT_COLUMNS } from '../vocabulary/indicator-columns';
import { type ImportContext, cellAt, keepAside, origin, report, reportInCell, use } from './context';
import { readNumber } from './cells';
import type { IndicatorSpan } from './indicator-span';
import { declaredDirection, readTarget } from './indicator-target';
import { TierTracker } from './tiers';
import { readCore, readReferenceRow } from './indicator-extras';

/** What an indicator table gave. */
export interface IndicatorsPart {
  readonly indicators: (Indicator | EvaluatedIndicator)[];
  readonly tierWeights: TierWeight[];
  /** The whole-document cells of the table's first rows (Inner Mongolia: 项目名称, 预算数, 年度绩效目标 …). */
  readonly documentCells: Partial<Record<DocumentColumn, { row: TableRow; cell: TableCell }>>;
}

const NAMES = {
  weight: { zh: '分值', en: 'weight' },
  score: { zh: '得分', en: 'score' },
  coefficient: { zh: '得分系数', en: 'score coefficient' },
} as const;

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
  const valueCols = h.roles.flatMap((r, i) => (r !== null && (VALUE_ROLES as readonly string[]).includes(r) ? [i] : []));
  const unknownCols = h.roles.flatMap((r, i) => (r === null && (h.titles[i] ?? '') !== '' ? [i] : []));
  const siteCols = h.roles.flatMap((r, i) => (r === 'site' ? [i] : []));
  const reportedUnknown = new Set<number>();
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
    for (const d of DOCUMENT_COLUMNS) {
      const at = cols[d];
      const c = at === undefined ? undefined : row.cells[at];
      if (c && c.text !== '' && documentCells[d] === undefined) documentCells[d] = { row, cell: c };
    }
    const nameCell = cellAt(row, cols.name);
    const t = tiers.read(row, cols, indicators.length + options.first);
    const restEmpty = valueCols.every((k) => cellAt(row, k).text === '') && unknownCols.every((k) => cellAt(row, k).text === '');
    const name = nameCell.text;

    // The seed's 投入管理 block: a policy reference in a merged cell governs the headings below it.
    const ref = readReferenceRow(ctx, row, t, nameCell, cellAt(row, cols.target), restEmpty && cols.operator === undefined, reference, indicators, { ...options, weights: cols.weight !== undefined });
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
    const unscored = cellAt(row, cols.weight).text === '' && cellAt(row, cols.score).text === '';
    if (parent !== undefined && PART.test(name) && unscored && !t.written) {
      readPart(ctx, row, parent, name, cols, options.evaluated, indicators.length - 1);
      use(ctx, i);
      continue;
    }

    const at = indicators.length + options.first;
    const p = indicatorPointers(at);
    const { direction, operatorCell } = declaredDirection(row, cols);
    const tr = readTarget(ctx, row, cols, cols.target, operatorCell, nameCell, ['indicators', at, 'target']);
    if (tr.name !== undefined && tr.target !== null) {
      report(ctx, M.finding('forms/target-from-name', 'warning', { name, target: tr.target.raw }, { line: cellLine(row, nameCell), column: nameCell.column, path: ['indicators', at, 'target'], field: 'target' }));
    }
    const finalName = tr.name ?? name;
    const target = tr.target ?? { kind: 'missing' as const, raw: tr.anchor.raw };
    // A two-level table has no names to inspect.
    const inspection = finalName === '' ? null : inspectIndicatorName(finalName, target);
    if (inspection !== null && inspection.findings.length > 0) reportInCell(ctx, inspection.findings, row, nameCell, ['indicators', at, 'name'], 'name');
    if (finalName === '' && cols.name !== undefined) {
      report(ctx, M.finding('forms/field-missing', 'warning', { field: '三级指标名称', fieldEn: 'indicator name' }, { line: cellLine(row, nameCell), column: nameCell.column, path: ['indicators', at, 'name'], field: 'name' }));
    }

    const second = (col: 'midTermTarget' | 'adjustedTarget') => {
      const k = cols[col];
      // A mid-term column is read even when blank (a missing target); an adjusted target only when written.
      if (k === undefined || (col === 'adjustedTarget' && cellAt(row, k).text === '')) return undefined;
      const r = readTarget(ctx, row, cols, k, operatorCell, nameCell, ['indicators', at, col]);
      if (r.target !== null) origin(ctx, p[col], row, r.anchor);
      return r.target ?? undefined;
    };
    const midTermTarget = cols.midTermTarget === undefined ? undefined : second('midTermTarget');
    const adjustedTarget = cols.adjustedTarget === undefined ? undefined : second('adjustedTarget');
    const num = (role: 'weight' | 'score' | 'coefficient', field: 'weight' | 'publishedScore' | 'coefficient'): string | null =>
      cols[role] === undefined ? null : readNumber(ctx, row, cellAt(row, cols[role]), ['indicators', at, field], NAMES[role], p[field]);

    origin(ctx, p.self, row, row.cells[0] ?? nameCell);
    origin(ctx, p.tier1, row, t.tier1Cell);
    origin(ctx, p.tier2, row, t.tier2Cell);
    origin(ctx, p.name, row, nameCell);
    origin(ctx, p.target, row, tr.anchor);
    const description = cellAt(row, cols.description).text;
    const note = cellAt(row, cols.note).text;
    const siteTargets = readSites(ctx, row, siteCols, h.titles, at);
    const otherCells: OtherCell[] = [];
    for (const k of unknownCols) {
      const c = cellAt(row, k);
      if (c.text === '') continue;
      otherCells.push({ label: h.titles[k] ?? '', text: c.text });
      if (!reportedUnknown.has(k)) {
        reportedUnknown.add(k);
        report(ctx, M.finding('forms/column-unknown', 'info', { text: h.titles[k] ?? '' }, { line: cellLine(row, c), column: c.column, field: h.titles[k] ?? '' }));
      }
    }
    const indicator: Indicator = {
      tier1: t.tier1,
      tier2: t.tier2,
      name: finalName,
      target,
      ...(midTermTarget !== undefined && { midTermTarget }),
      ...(direction !== null && { direction }),
      ...((cols.weight !== undefined || options.evaluated) && { weight: num('weight', 'weight') }),
      ...(note !== '' && { note }),
      ...(description !== '' && description !== finalName && description !== name && { description }),
      ...(siteTargets.length > 0 && { siteTargets }),
      ...(otherCells.length > 0 && { otherCells }),
    };
    if (!options.evaluated) {
      indicators.push(indicator);
    } else {
      const actual = readActual(ctx, row, cols.actual, target, at);
      if (actual.kind !== 'missing' || cols.actual !== undefined) origin(ctx, p.actual, row, cellAt(row, cols.actual));
      const deviation = cellAt(row, cols.deviation);
      if (deviation.text !== '') origin(ctx, p.deviationNote, row, deviation);
      indicators.push(
        Object.assign(indicator, {
          actual,
          ...(adjustedTarget !== undefined && { adjustedTarget }),
          publishedScore: num('score', 'publishedScore'),
          ...(cols.coefficient !== undefined && { coefficient: num('coefficient', 'coefficient') }),
          ...(cols.isCore !== undefined && { isCore: readCore(ctx, row, cellAt(row, cols.isCore), ['indicators', at, 'isCore']) }),
          deviationNote: deviation.text === '' ? null : deviation.text,
        }),
      );
    }
    use(ctx, i);
  }
  settlePending(false);
  reference?.close();
  return { indicators, tierWeights: tiers.weights(), documentCells };
}

/** Reads an actual cell; its findings go to the cell, and its unit is compared with the target's. */
function readActual(ctx: ImportContext, row: TableRow, column: number | undefined, target: Indicator['target'], at: number): Actual {
  const c = cellAt(row, column);
  const r = parseActual(c.raw);
  if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, c, ['indicators', at, 'actual'], 'actual');
  if (!r.ok) {
    reportInCell(ctx, r.errors, row, c, ['indicators', at, 'actual'], 'actual');
    return { kind: 'missing', raw: c.raw };
  }
  const actual = r.value;
  if ((target.kind === 'quantitative' || target.kind === 'range' || target.kind === 'tolerance') && actual.kind === 'quantitative') {
    const cmp = compareUnits(target.unit, actual.unit);
    const place = { line: cellLine(row, c), column: c.column, path: ['indicators', at, 'actual'], field: 'actual' };
    if (cmp === 'assumed' && actual.unit === null && target.unit !== null) report(ctx, M.finding('forms/actual-unit-assumed', 'warning', { actual: actual.raw.trim(), unit: target.unit }, place));
    else if (cmp === 'different') report(ctx, M.finding('forms/actual-unit-different', 'warning', { actual: actual.raw.trim(), target: target.raw.trim() }, place));
  }
  return actual;
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

/** Reads the per-site target cells of a row. */
function readSites(ctx: ImportContext, row: TableRow, columns: readonly number[], titles: readonly string[], at: number): SiteTarget[] {
  const out: SiteTarget[] = [];
  columns.forEach((k, n) => {
    const c = cellAt(row, k);
    const r = parseTarget(c.raw);
    const path = ['indicators', at, 'siteTargets', n, 'target'];
    if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, c, path, 'siteTargets');
    if (!r.ok) {
      reportInCell(ctx, r.errors, row, c, path, 'siteTargets');
      return;
    }
    out.push({ site: titles[k] ?? '', target: r.value });
  });
  return out;
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
