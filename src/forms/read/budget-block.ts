import type { AmountUnit } from '../../model/common';
import type { BudgetLine, FundingSource, SelfEvaluationBudget } from '../../model/self-evaluation';
import type { TableRow } from '../text/split-table';
import { labelKey, unitInLabel } from '../text/label';
import { type ImportContext, cellAt, origin, pointer, use } from './context';
import { readAmount, readNumber } from './cells';
import { parseTierLabel } from './tier-label';
import { trailerKind } from './trailer';

type BudgetColumn = 'initial' | 'adjusted' | 'executed' | 'weight' | 'rate' | 'score';

/** The role of a budget header cell, by its label key; null for none. */
function budgetRole(k: string): BudgetColumn | null {
  if (k.length > 40) return null;
  if (k.includes('年初')) return 'initial';
  if (k.includes('权重') || k.includes('分值')) return 'weight';
  if (k.includes('得分')) return 'score';
  if (k.includes('执行率')) return 'rate';
  if (k.includes('执行数') || k.includes('执行金额') || k === '执行') return 'executed';
  if (k.includes('全年预算') || k.includes('调整') || k.includes('预算数')) return 'adjusted';
  return null;
}

/** Reads a budget header row (年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分) into a column map. */
export function readBudgetHeader(row: TableRow): Partial<Record<BudgetColumn, number>> | null {
  // Importers ask this of nearly every row: rule out the rows without a 年初 column (what `initial` needs),
  // first by the row's text (a key with 年初 comes from a cell with 初), then cell by cell.
  if (!row.text.includes('初') || !row.cells.some((c) => c.key.includes('年初'))) return null;
  const cols: Partial<Record<BudgetColumn, number>> = {};
  row.cells.forEach((c, i) => {
    const role = budgetRole(c.key);
    if (role !== null && cols[role] === undefined) cols[role] = i;
  });
  return cols.initial !== undefined && cols.executed !== undefined ? cols : null;
}

/** Which source a budget line is, by its label. */
export function fundingSourceOf(label: string): FundingSource {
  return fundingSourceOfKey(labelKey(label));
}

/** {@link fundingSourceOf} of a label key. */
function fundingSourceOfKey(k: string): FundingSource {
  if (/总额|合计|总计/u.test(k)) return 'total';
  if (k.includes('财政专户')) return 'special-account';
  if (k.includes('结转')) return 'carry-over';
  if (k.includes('财政')) return 'fiscal';
  if (k.includes('单位资金') || k.includes('自有资金')) return 'unit-funds';
  if (k.includes('其他')) return 'other';
  return 'unspecified';
}

/** The money unit and budget weight stated in the header row's labels (`项目资金(万元)`, `预算执行情况(10分)`). */
function headerFacts(row: TableRow): { unit: AmountUnit | null; weight: string | null } {
  let unit: AmountUnit | null = null;
  let weight: string | null = null;
  for (const c of row.cells) {
    unit ??= unitInLabel(c.text);
    if (weight === null && /分\)?$/u.test(c.text)) {
      const t = parseTierLabel(c.text.replace(/[(（](万元|元)[)）]/gu, ''));
      weight = t.weight;
    }
  }
  return { unit, weight };
}

/**
 * Reads a self-evaluation's budget block starting at its header row: one line per funding source, the total
 * line's weight, rate and score kept as published claims; blank cells stay null.
 */
export function readBudgetBlock(
  ctx: ImportContext,
  headerIndex: number,
  resolveUnit: (stated: AmountUnit | null, row: TableRow) => AmountUnit,
): { budget: SelfEvaluationBudget; amountUnit: AmountUnit; end: number } {
  const header = ctx.rows[headerIndex] as TableRow;
  const cols = readBudgetHeader(header) ?? {};
  use(ctx, headerIndex);
  const facts = headerFacts(header);
  const amountUnit = resolveUnit(facts.unit, header);
  const labelCol = Math.max(0, (cols.initial ?? 1) - 1);
  const lines: BudgetLine[] = [];
  let weight: string | null = null;
  let rate: string | null = null;
  let score: string | null = null;
  let index = headerIndex + 1;
  for (; index < ctx.rows.length; index++) {
    const row = ctx.rows[index] as TableRow;
    const labelCell = cellAt(row, labelCol);
    const before = row.cells.slice(0, labelCol).some((c) => c.text !== '');
    const k = labelCell.key;
    // The block ends at the next block's label (目标, 指标, 任务: 年度主要任务), the total or a trailer row.
    if (labelCell.text === '' || before || /目标|指标|总分|任务/u.test(k) || k.length > 40 || trailerKind(row) !== null) break;
    const at = lines.length;
    const path = ['budget', 'lines', at] as const;
    const label = labelCell.text.replace(/[:：]+$/u, '').trim();
    const source = fundingSourceOf(label);
    origin(ctx, pointer(path), row, labelCell);
    const line: BudgetLine = {
      source,
      label,
      initial: readAmount(ctx, row, cellAt(row, cols.initial), [...path, 'initial'], amountUnit),
      adjusted: cols.adjusted === undefined ? null : readAmount(ctx, row, cellAt(row, cols.adjusted), [...path, 'adjusted'], amountUnit),
      executed: readAmount(ctx, row, cellAt(row, cols.executed), [...path, 'executed'], amountUnit),
    };
    const claimsHere = source === 'total' || (lines.length === 0 && !ctx.rows.slice(index, index + 8).some((r) => fundingSourceOfKey(cellAt(r, labelCol).key) === 'total'));
    if (claimsHere && weight === null && rate === null && score === null) {
      if (cols.weight !== undefined) weight = readNumber(ctx, row, cellAt(row, cols.weight), ['budget', 'weight'], { zh: '预算执行分值', en: 'budget weight' });
      if (cols.rate !== undefined) rate = readNumber(ctx, row, cellAt(row, cols.rate), ['budget', 'publishedRate'], { zh: '执行率', en: 'execution rate' });
      if (cols.score !== undefined) score = readNumber(ctx, row, cellAt(row, cols.score), ['budget', 'publishedScore'], { zh: '预算执行得分', en: 'budget score' });
      lines.push(line);
    } else {
      const r = cols.rate === undefined ? null : readNumber(ctx, row, cellAt(row, cols.rate), [...path, 'publishedRate'], { zh: '执行率', en: 'execution rate' });
      // Added to the new line (a spread copy is slow in V8).
      lines.push(r === null ? line : Object.assign(line, { publishedRate: r }));
    }
    use(ctx, index);
  }
  return { budget: { lines, weight: weight ?? facts.weight, publishedRate: rate, publishedScore: score }, amountUnit, end: index };
}

