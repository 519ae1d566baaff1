import { formsMessages as M } from '../../i18n/messages/forms';
import type { Actual } from '../../model/actual';
import type { EvaluatedIndicator, Indicator, OtherCell, SiteTarget } from '../../model/indicator';
import { indicatorPointers } from '../../model/pointers';
import type { Target } from '../../model/target';
import { compareUnits, inspectIndicatorName, parseActual, parseTarget } from '../notation';
import type { TableRow } from '../text/split-table';
import { cellLine } from '../text/split-table';
import { type ImportContext, cellAt, textAt, origin, report, reportInCell } from './context';
import { readNumber } from './cells';
import { readCore } from './indicator-extras';
import type { IndicatorColumns, IndicatorHeader } from './indicator-header';
import { declaredDirection, readTarget } from './indicator-target';
import type { RowTiers } from './tiers';

/** What every row of a table shares: its columns, and the columns the vocabulary has no role for. */
export interface TableInfo {
  readonly cols: IndicatorColumns;
  readonly titles: readonly string[];
  readonly siteCols: readonly number[];
  readonly unknownCols: readonly number[];
  readonly evaluated: boolean;
  /** Unknown columns already reported (once each). */
  readonly reported: Set<number>;
}

/** The table info of a header. */
export function tableInfo(h: IndicatorHeader, evaluated: boolean): TableInfo {
  return {
    cols: h.columns,
    titles: h.titles,
    siteCols: h.roles.flatMap((r, i) => (r === 'site' ? [i] : [])),
    unknownCols: h.roles.flatMap((r, i) => (r === null && (h.titles[i] ?? '') !== '' ? [i] : [])),
    evaluated,
    reported: new Set(),
  };
}

const NAMES = {
  weight: { zh: '分值', en: 'weight' },
  score: { zh: '得分', en: 'score' },
  coefficient: { zh: '得分系数', en: 'score coefficient' },
} as const;

/** Reads an actual cell; its findings go to the cell, and its unit is compared with the target's. */
function readActual(ctx: ImportContext, row: TableRow, column: number | undefined, target: Target, at: number): Actual {
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

/** Reads the per-site target cells of a row. */
function readSites(ctx: ImportContext, row: TableRow, table: TableInfo, at: number): SiteTarget[] {
  const out: SiteTarget[] = [];
  table.siteCols.forEach((k, n) => {
    const c = cellAt(row, k);
    // A blank cell: no target at this site.
    if (c.text === '') return;
    const r = parseTarget(c.raw);
    const path = ['indicators', at, 'siteTargets', n, 'target'];
    if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, c, path, 'siteTargets');
    if (!r.ok) reportInCell(ctx, r.errors, row, c, path, 'siteTargets');
    else out.push({ site: table.titles[k] ?? '', target: r.value });
  });
  return out;
}

/** The cells of a row's columns without a role, with their headers; each such column reported once. */
function readOthers(ctx: ImportContext, row: TableRow, table: TableInfo): OtherCell[] {
  const out: OtherCell[] = [];
  for (const k of table.unknownCols) {
    const c = cellAt(row, k);
    if (c.text === '') continue;
    const label = table.titles[k] ?? '';
    out.push({ label, text: c.text });
    if (!table.reported.has(k)) {
      table.reported.add(k);
      report(ctx, M.finding('forms/column-unknown', 'info', { text: label }, { line: cellLine(row, c), column: c.column, field: label }));
    }
  }
  return out;
}

/**
 * Reads one indicator row (the indicator at index `at` of the document): its target (one cell, separate columns,
 * or the end of the name when the table has no target column), the direction it declares, a mid-term and an
 * adjusted target, weight, description, note, per-site targets, the cells of unknown columns, and — in a
 * self-evaluation — its actual, published score, coefficient, core flag and deviation note. Each cell's findings
 * go to the cell; a cell that cannot be read leaves its part missing (its text kept in `raw`) and an error.
 */
export function readIndicatorRow(ctx: ImportContext, row: TableRow, t: RowTiers, table: TableInfo, at: number): Indicator | EvaluatedIndicator {
  const cols = table.cols;
  const nameCell = cellAt(row, cols.name);
  const name = nameCell.text;
  const p = indicatorPointers(at);
  const { direction, operatorCell } = declaredDirection(row, cols);
  const tr = readTarget(ctx, row, cols, cols.target, operatorCell, nameCell, ['indicators', at, 'target']);
  if (tr.name !== undefined && tr.target !== null) {
    report(ctx, M.finding('forms/target-from-name', 'warning', { name, target: tr.target.raw }, { line: cellLine(row, nameCell), column: nameCell.column, path: ['indicators', at, 'target'], field: 'target' }));
  }
  const finalName = tr.name ?? name;
  const target: Target = tr.target ?? { kind: 'missing', raw: tr.anchor.raw };
  // A two-level table has no names to inspect.
  if (finalName !== '') {
    const inspection = inspectIndicatorName(finalName, target);
    if (inspection.findings.length > 0) reportInCell(ctx, inspection.findings, row, nameCell, ['indicators', at, 'name'], 'name');
  } else if (cols.name !== undefined) {
    report(ctx, M.finding('forms/field-missing', 'warning', { field: '三级指标名称', fieldEn: 'indicator name' }, { line: cellLine(row, nameCell), column: nameCell.column, path: ['indicators', at, 'name'], field: 'name' }));
  }
  origin(ctx, p.self, row, row.cells[0] ?? nameCell);
  origin(ctx, p.tier1, row, t.tier1Cell);
  origin(ctx, p.tier2, row, t.tier2Cell);
  origin(ctx, p.name, row, nameCell);
  origin(ctx, p.target, row, tr.anchor);

  // The row's own new object: optional parts are added to it as they are found (cheaper than spreading copies).
  const ind: { -readonly [K in keyof EvaluatedIndicator]?: EvaluatedIndicator[K] } = { tier1: t.tier1, tier2: t.tier2, name: finalName, target };
  // A mid-term column is read even when blank (a missing target); an adjusted target only when written.
  if (cols.midTermTarget !== undefined) {
    const r = readTarget(ctx, row, cols, cols.midTermTarget, operatorCell, nameCell, ['indicators', at, 'midTermTarget']);
    if (r.target !== null) {
      origin(ctx, p.midTermTarget, row, r.anchor);
      ind.midTermTarget = r.target;
    }
  }
  if (direction !== null) ind.direction = direction;
  if (cols.weight !== undefined || table.evaluated) ind.weight = cols.weight === undefined ? null : readNumber(ctx, row, cellAt(row, cols.weight), ['indicators', at, 'weight'], NAMES.weight, p.weight);
  const note = textAt(row, cols.note);
  if (note !== '') ind.note = note;
  const description = textAt(row, cols.description);
  if (description !== '' && description !== finalName && description !== name) ind.description = description;
  if (table.siteCols.length > 0) {
    const sites = readSites(ctx, row, table, at);
    if (sites.length > 0) ind.siteTargets = sites;
  }
  if (table.unknownCols.length > 0) {
    const others = readOthers(ctx, row, table);
    if (others.length > 0) ind.otherCells = others;
  }
  if (!table.evaluated) return ind as Indicator;

  ind.actual = readActual(ctx, row, cols.actual, target, at);
  if (cols.actual !== undefined) origin(ctx, p.actual, row, cellAt(row, cols.actual));
  if (cols.adjustedTarget !== undefined && textAt(row, cols.adjustedTarget) !== '') {
    const r = readTarget(ctx, row, cols, cols.adjustedTarget, operatorCell, nameCell, ['indicators', at, 'adjustedTarget']);
    if (r.target !== null) {
      origin(ctx, p.adjustedTarget, row, r.anchor);
      ind.adjustedTarget = r.target;
    }
  }
  ind.publishedScore = cols.score === undefined ? null : readNumber(ctx, row, cellAt(row, cols.score), ['indicators', at, 'publishedScore'], NAMES.score, p.publishedScore);
  if (cols.coefficient !== undefined) ind.coefficient = readNumber(ctx, row, cellAt(row, cols.coefficient), ['indicators', at, 'coefficient'], NAMES.coefficient, p.coefficient);
  if (cols.isCore !== undefined) ind.isCore = readCore(ctx, row, cellAt(row, cols.isCore), ['indicators', at, 'isCore']);
  const deviation = cellAt(row, cols.deviation);
  if (deviation.text !== '') origin(ctx, p.deviationNote, row, deviation);
  ind.deviationNote = deviation.text === '' ? null : deviation.text;
  return ind as EvaluatedIndicator;
}
