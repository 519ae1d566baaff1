import { formsMessages as M } from '../../i18n/messages/forms';
import type { Actual } from '../../model/actual';
import type { TierWeight } from '../../model/common';
import type { Finding, Result } from '../../model/finding';
import type { EvaluatedIndicator, Indicator } from '../../model/indicator';
import type { Target } from '../../model/target';
import { TIER1_CATEGORIES, classifyTier2 } from '../../model/tiers';
import { compareUnits, inspectIndicatorName, isReferenceText, parseActual, parseTarget, parseTargetColumns } from '../notation';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine, isBlankRow } from '../text/split-table';
import { type ImportContext, cellAt, keepAside, origin, report, reportInCell, use } from './context';
import { readNumber } from './cells';
import { type IndicatorPointers, indicatorPointers } from '../../model/pointers';
import type { IndicatorColumns, IndicatorHeader } from './indicator-header';
import { parseTierLabel } from './tier-label';
import { isSignOffStart } from './trailer';

/** What the indicator table gave: the rows, the tier weights, the published total and where reading stopped. */
export interface IndicatorTable<I> {
  readonly indicators: I[];
  readonly tierWeights: TierWeight[];
  readonly publishedTotal: string | null;
  /** Index of the first row after the table. */
  readonly end: number;
}

const TOTAL_ROW = /^(总分|合计|总计|自评总分|总得分)$/u;
const END_ROW = /^(注|说明|备注[:：])|审核意见|初审意见|审批意见|填报人|填表人|联系电话|盖章|负责人签字/u;

const NAMES = {
  weight: { zh: '分值', en: 'weight' },
  score: { zh: '得分', en: 'score' },
  coefficient: { zh: '得分系数', en: 'score coefficient' },
  total: { zh: '总分', en: 'total score' },
} as const;

const TIER_NAMES = {
  tier1: { field: '一级指标', fieldEn: 'tier-1' },
  tier2: { field: '二级指标', fieldEn: 'tier-2' },
} as const;

interface Options {
  /** Self-evaluation rows (with actual, score, …) rather than declaration rows. */
  readonly evaluated: boolean;
}

/**
 * Reads the indicator table whose header is row `headerIndex` (read as `header`): merged tier cells continue
 * the one above, tier labels give up their weights, the seed's merged policy-reference cell becomes reference
 * targets, template placeholder rows and rows without an indicator are kept aside with a warning, and every
 * cell is parsed with the notation parsers, its findings moved to the cell.
 */
export function readIndicatorTable(ctx: ImportContext, headerIndex: number, header: IndicatorHeader, options: { evaluated: true }): IndicatorTable<EvaluatedIndicator>;
export function readIndicatorTable(ctx: ImportContext, headerIndex: number, header: IndicatorHeader, options: { evaluated: false }): IndicatorTable<Indicator>;
export function readIndicatorTable(ctx: ImportContext, headerIndex: number, header: IndicatorHeader, options: Options): IndicatorTable<Indicator | EvaluatedIndicator> {
  const headerRow = ctx.rows[headerIndex] as TableRow;
  use(ctx, headerIndex);
  const indicators: (Indicator | EvaluatedIndicator)[] = [];
  const weights = new Map<string, { w: TierWeight; text: string }>();
  for (const i of header.repeated) {
    const c = cellAt(headerRow, i);
    report(ctx, M.finding('forms/column-duplicate', 'warning', { text: c.text }, { line: headerRow.line, column: c.column, field: c.text }));
  }
  const cols = header.columns;
  const separate = cols.operator !== undefined || cols.unit !== undefined;
  // The columns that make a row more than tier labels and a name: when all are blank, the row holds no target.
  const valueCols = (['target', 'midTermTarget', 'adjustedTarget', 'actual', 'weight', 'score', 'coefficient', 'isCore', 'deviation', 'note', 'operator', 'unit'] as const)
    .map((r) => cols[r])
    .filter((i): i is number => i !== undefined);

  let prevTier1: string | null = null;
  let prevTier2: string | null = null;
  let reference: { text: string; tier1: string; row: TableRow; cell: TableCell; count: number } | null = null;
  let publishedTotal: string | null = null;
  let lastInferred = '';

  const closeReference = (): void => {
    if (!reference) return;
    report(ctx, M.finding('forms/reference-target', 'info', { text: reference.text, count: reference.count }, { line: reference.row.line, column: reference.cell.column, field: 'target' }));
    reference = null;
  };

  let index = headerIndex + 1;
  for (; index < ctx.rows.length; index++) {
    const row = ctx.rows[index] as TableRow;
    if (isBlankRow(row)) {
      use(ctx, index);
      continue;
    }
    const first = row.cells.find((c) => c.text !== '') as TableCell;
    const firstKey = first.key;
    if (TOTAL_ROW.test(firstKey)) {
      use(ctx, index);
      if (cols.score !== undefined) {
        const c = cellAt(row, cols.score);
        publishedTotal = readNumber(ctx, row, c, ['publishedTotal'], NAMES.total);
      }
      index++;
      break;
    }
    if (END_ROW.test(firstKey) || isSignOffStart(firstKey)) break;
    const again = ctx.headers[index];
    if (again) {
      // The same header repeated (a table over several pages, copied from a PDF) continues the table.
      if (sameColumns(again.columns, cols)) {
        use(ctx, index);
        continue;
      }
      break;
    }

    const t1 = cellAt(row, cols.tier1);
    const t2 = cellAt(row, cols.tier2);
    const nameCell = cellAt(row, cols.name);
    const targetCell = cellAt(row, cols.target);
    const restEmpty = allBlank(row, valueCols);
    const at = indicators.length;
    // Paths (for findings, which are rare) are written out where needed; pointers (for origins) are made once.
    const p = indicatorPointers(at);

    // Tier 1: a label (maybe with its weight), or a merged cell continuing the one above.
    let tier1: string;
    let tier1Continued = false;
    let tierLabel: ReturnType<typeof parseTierLabel> | null = null;
    if (cols.tier1 === undefined) tier1 = '';
    else if (t1.text !== '') {
      tierLabel = parseTierLabel(t1.text);
      tier1 = tierLabel.label;
    } else if (prevTier1 !== null) {
      tier1 = prevTier1;
      tier1Continued = true;
    } else {
      tier1 = '';
      if (!restEmpty || nameCell.text !== '') report(ctx, M.finding('forms/tier-missing', 'warning', TIER_NAMES.tier1, { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' }));
    }

    // Tier 2: continues the one above only within the same tier 1.
    let tier2: string;
    if (cols.tier2 === undefined) tier2 = '';
    else if (t2.text !== '') tier2 = t2.text;
    else if ((tier1Continued || tier1 === prevTier1) && prevTier2 !== null) tier2 = prevTier2;
    else {
      tier2 = '';
      if (!restEmpty || nameCell.text !== '') report(ctx, M.finding('forms/tier-missing', 'warning', TIER_NAMES.tier2, { line: cellLine(row, t2), column: t2.column, path: ['indicators', at, 'tier2'], field: 'tier2' }));
    }

    // A tier-1 cell that only gives a weight (`(50分)`): the tier comes from the tier-2 category.
    if (tierLabel && tierLabel.label === '') {
      const category = classifyTier2(tier2);
      const inferred = category ? (TIER1_CATEGORIES.find((c) => c.key === category.tier1)?.label.zh ?? '') : '';
      tier1 = inferred;
      const key = `${t1.text}\u0000${inferred}`;
      if (key !== lastInferred) {
        lastInferred = key;
        if (inferred !== '') report(ctx, M.finding('forms/tier1-inferred', 'warning', { text: t1.text, tier1: inferred }, { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' }));
        else report(ctx, M.finding('forms/tier1-unknown', 'warning', { text: t1.text }, { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' }));
      }
    }
    if (tierLabel && (tierLabel.weight !== null || tierLabel.min !== undefined) && tier1 !== '') {
      const w: TierWeight = {
        tier1,
        weight: tierLabel.weight,
        ...(tierLabel.min !== undefined && { min: tierLabel.min }),
        ...(tierLabel.max !== undefined && { max: tierLabel.max }),
      };
      const seen = weights.get(tier1);
      if (!seen) weights.set(tier1, { w, text: t1.text });
      else if (seen.w.weight !== w.weight || seen.w.min !== w.min || seen.w.max !== w.max) {
        const show = (x: TierWeight) => x.weight ?? `${x.min ?? ''}-${x.max ?? ''}`;
        report(ctx, M.finding('forms/tier-weight-conflict', 'warning', { tier1, first: show(seen.w), other: show(w) }, { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' }));
      }
    }
    const tierChanged = tier1 !== prevTier1;
    prevTier1 = tier1;
    prevTier2 = tier2;

    // The seed's 投入管理 block: one merged cell with a policy reference governs the headings below it.
    const name = nameCell.text;
    if (!separate && targetCell.text === '' && restEmpty) {
      if (name !== '' && isReferenceText(name)) {
        closeReference();
        reference = { text: name, tier1, row, cell: nameCell, count: 1 };
        pushReference(ctx, indicators, options, row, { t1, t2, nameCell, targetCell }, tier1, tier2, name, cols);
        use(ctx, index);
        continue;
      }
      const ref = reference as { text: string; tier1: string; count: number } | null;
      if (name === '' && ref && !tierChanged && ref.tier1 === tier1 && t2.text !== '') {
        ref.count++;
        pushReference(ctx, indicators, options, row, { t1, t2, nameCell, targetCell }, tier1, tier2, ref.text, cols);
        use(ctx, index);
        continue;
      }
    }
    closeReference();

    // Rows that hold no indicator: tier labels only, or an unfilled template row (`指标2:`, `……`).
    if (name === '' && restEmpty) {
      const w = M.finding('forms/indicator-empty', 'warning', {}, { line: cellLine(row, nameCell), column: nameCell.column, field: 'name' });
      keepAside(ctx, index, w.message, w);
      continue;
    }
    if (name !== '' && restEmpty) {
      const inspection = inspectIndicatorName(name);
      if (inspection.isPlaceholderRow) {
        const w = M.finding('forms/placeholder-row', 'warning', { text: name }, { line: cellLine(row, nameCell), column: nameCell.column, field: 'name' });
        keepAside(ctx, index, w.message, w);
        continue;
      }
    }

    // The target: one cell, or operator / value / unit in separate columns.
    const tr: Result<Target> = separate ? parseColumns(cellAt(row, cols.operator).raw, targetCell.raw, cellAt(row, cols.unit).raw) : parseTarget(targetCell.raw);
    const targetAnchor = separate && targetCell.text === '' ? cellAt(row, cols.operator) : targetCell;
    let failed: Finding | null = null;
    if (tr.warnings.length > 0) reportInCell(ctx, tr.warnings, row, targetAnchor, ['indicators', at, 'target'], 'target');
    if (!tr.ok) {
      reportInCell(ctx, tr.errors, row, targetAnchor, ['indicators', at, 'target'], 'target');
      failed = tr.errors[0] ?? null;
    }
    const second = (col: 'midTermTarget' | 'adjustedTarget'): Target | undefined => {
      const c = cellAt(row, cols[col]);
      if (cols[col] === undefined || (col === 'adjustedTarget' && c.text === '')) return undefined;
      const r = separate ? parseColumns(cellAt(row, cols.operator).raw, c.raw, cellAt(row, cols.unit).raw) : parseTarget(c.raw);
      reportInCell(ctx, r.warnings, row, c, ['indicators', at, col], col);
      if (!r.ok) {
        reportInCell(ctx, r.errors, row, c, ['indicators', at, col], col);
        failed ??= r.errors[0] ?? null;
        return undefined;
      }
      origin(ctx, p[col], row, c);
      return r.value;
    };
    // Most tables have neither column: no need to ask.
    const midTermTarget = cols.midTermTarget === undefined ? undefined : second('midTermTarget');
    const adjustedTarget = cols.adjustedTarget === undefined ? undefined : second('adjustedTarget');

    let actual: Actual | undefined;
    if (options.evaluated) {
      const c = cellAt(row, cols.actual);
      const r = parseActual(c.raw);
      if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, c, ['indicators', at, 'actual'], 'actual');
      if (!r.ok) {
        reportInCell(ctx, r.errors, row, c, ['indicators', at, 'actual'], 'actual');
        failed ??= r.errors[0] ?? null;
      } else {
        actual = r.value;
        origin(ctx, p.actual, row, c);
      }
    }
    if (failed || !tr.ok) {
      keepAside(ctx, index, failed ? failed.message : { zh: '指标值无法读取', en: 'the target cannot be read' }, undefined);
      continue;
    }
    const target = tr.value;

    // The name: kept as written; its template noise is reported.
    const inspection = inspectIndicatorName(name, target);
    if (inspection.findings.length > 0) reportInCell(ctx, inspection.findings, row, nameCell, ['indicators', at, 'name'], 'name');
    if (name === '') report(ctx, M.finding('forms/field-missing', 'warning', { field: '三级指标名称', fieldEn: 'indicator name' }, { line: cellLine(row, nameCell), column: nameCell.column, path: ['indicators', at, 'name'], field: 'name' }));

    if (actual && (target.kind === 'quantitative' || target.kind === 'range' || target.kind === 'tolerance') && actual.kind === 'quantitative') {
      const cmp = compareUnits(target.unit, actual.unit);
      const c = cellAt(row, cols.actual);
      if (cmp === 'assumed' && actual.unit === null && target.unit !== null) {
        report(ctx, M.finding('forms/actual-unit-assumed', 'warning', { actual: actual.raw.trim(), unit: target.unit }, { line: cellLine(row, c), column: c.column, path: ['indicators', at, 'actual'], field: 'actual' }));
      } else if (cmp === 'different') {
        report(ctx, M.finding('forms/actual-unit-different', 'warning', { actual: actual.raw.trim(), target: target.raw.trim() }, { line: cellLine(row, c), column: c.column, path: ['indicators', at, 'actual'], field: 'actual' }));
      }
    }

    const num = (col: 'weight' | 'score' | 'coefficient', field: 'weight' | 'publishedScore' | 'coefficient'): string | null =>
      cols[col] === undefined ? null : readNumber(ctx, row, cellAt(row, cols[col]), ['indicators', at, field], NAMES[col], p[field]);
    const weight = num('weight', 'weight');
    const noteText = cellAt(row, cols.note).text;

    origin(ctx, p.self, row, row.cells[0] ?? nameCell);
    origin(ctx, p.tier1, row, t1);
    origin(ctx, p.tier2, row, t2);
    origin(ctx, p.name, row, nameCell);
    origin(ctx, p.target, row, targetAnchor);

    const indicator: Indicator = {
      tier1,
      tier2,
      name,
      target,
      ...(midTermTarget !== undefined && { midTermTarget }),
      ...((cols.weight !== undefined || options.evaluated) && { weight }),
      ...(noteText !== '' && { note: noteText }),
    };
    if (!options.evaluated) {
      indicators.push(indicator);
    } else {
      const publishedScore = num('score', 'publishedScore');
      const deviation = cellAt(row, cols.deviation).text;
      // The row's own new object gets the evaluation's fields, after its own: what `{ ...indicator, … }`
      // would give, without a copy (an object spread followed by more fields is many times slower in V8).
      const evaluated: EvaluatedIndicator = Object.assign(indicator, {
        actual: actual ?? { kind: 'missing' as const, raw: '' },
        ...(adjustedTarget !== undefined && { adjustedTarget }),
        publishedScore,
        ...(cols.coefficient !== undefined && { coefficient: num('coefficient', 'coefficient') }),
        ...(cols.isCore !== undefined && { isCore: readCore(ctx, row, cellAt(row, cols.isCore), ['indicators', at, 'isCore']) }),
        deviationNote: deviation === '' ? null : deviation,
      });
      if (deviation !== '') origin(ctx, p.deviationNote, row, cellAt(row, cols.deviation));
      indicators.push(evaluated);
    }
    use(ctx, index);
  }
  closeReference();
  return { indicators, tierWeights: [...weights.values()].map((v) => v.w), publishedTotal, end: index };
}

/** True when every cell at the given columns is blank (or past the end of the row). */
function allBlank(row: TableRow, columns: readonly number[]): boolean {
  for (const i of columns) if (cellAt(row, i).text !== '') return false;
  return true;
}

/** True when two header rows give every role the same column. */
function sameColumns(a: IndicatorColumns, b: IndicatorColumns): boolean {
  const ka = Object.keys(a) as (keyof IndicatorColumns)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/** 指标性质 written as a whole word (Chongqing: `定量指标` / `定性指标`). */
const NATURE_WORD = /^(\s*)(定量|定性)指标(\s*)$/u;

/**
 * Reads a target over separate columns. `定量指标` / `定性指标` are read as `定量` / `定性`; the target keeps
 * the three cells as written in `raw`, as {@link parseTargetColumns} does for the words it knows.
 */
function parseColumns(operator: string, value: string, unit: string): Result<Target> {
  const m = NATURE_WORD.exec(operator);
  if (!m) return parseTargetColumns({ operator, value, unit });
  const r = parseTargetColumns({ operator: `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`, value, unit });
  if (!r.ok) return r;
  // Columns of findings count in the joined cells; the word is two code points longer than what was parsed.
  const shift = (f: Finding): Finding => (f.column !== undefined && f.column > operator.length - 2 ? { ...f, column: f.column + 2 } : f);
  // `raw` replaced in the new target (in place, where a copy would keep it: a spread copy is slow in V8).
  return { ok: true, value: Object.assign(r.value, { raw: `${operator}\t${value}\t${unit}` }), warnings: r.warnings.map(shift) };
}

function readCore(ctx: ImportContext, row: TableRow, c: TableCell, path: readonly (string | number)[]): boolean | null {
  const t = c.text;
  if (t === '') return null;
  if (/^(是|√|✓|Y|y|yes|核心)$/u.test(t)) return true;
  if (/^(否|×|N|n|no|非核心)$/u.test(t)) return false;
  report(ctx, M.finding('forms/core-flag-invalid', 'warning', { text: t.slice(0, 80) }, { line: cellLine(row, c), column: c.column, path, field: 'isCore' }));
  return null;
}

function pushReference(
  ctx: ImportContext,
  indicators: (Indicator | EvaluatedIndicator)[],
  options: Options,
  row: TableRow,
  cells: { t1: TableCell; t2: TableCell; nameCell: TableCell; targetCell: TableCell },
  tier1: string,
  tier2: string,
  text: string,
  cols: IndicatorColumns,
): void {
  const p: IndicatorPointers = indicatorPointers(indicators.length);
  origin(ctx, p.self, row, row.cells[0] ?? cells.t1);
  origin(ctx, p.tier1, row, cells.t1);
  origin(ctx, p.tier2, row, cells.t2);
  // The reference is written in the merged name/target cell of the first row of the block.
  origin(ctx, p.target, row, cells.nameCell.text !== '' ? cells.nameCell : cells.targetCell);
  const indicator: Indicator = {
    tier1,
    tier2,
    name: '',
    target: { kind: 'reference', text, raw: cells.targetCell.raw },
    ...((cols.weight !== undefined || options.evaluated) && { weight: null }),
  };
  // The evaluation's fields added to the new object (see readIndicatorTable).
  indicators.push(options.evaluated ? Object.assign(indicator, { actual: { kind: 'missing' as const, raw: '' }, publishedScore: null, deviationNote: null }) : indicator);
}
