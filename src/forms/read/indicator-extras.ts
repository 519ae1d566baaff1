import { formsMessages as M } from '../../i18n/messages/forms';
import type { EvaluatedIndicator, Indicator } from '../../model/indicator';
import { type IndicatorPointers, indicatorPointers } from '../../model/pointers';
import { isReferenceText } from '../notation';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine } from '../text/split-table';
import { type ImportContext, origin, report } from './context';
import type { RowTiers } from './tiers';

/** Reads a 是否核心指标 cell: 是 / 否 (and their marks); anything else is reported and null. */
export function readCore(ctx: ImportContext, row: TableRow, c: TableCell, path: readonly (string | number)[]): boolean | null {
  const t = c.text;
  if (t === '') return null;
  if (/^(是|√|✓|Y|y|yes|核心)$/u.test(t)) return true;
  if (/^(否|×|N|n|no|非核心)$/u.test(t)) return false;
  report(ctx, M.finding('forms/core-flag-invalid', 'warning', { text: t.slice(0, 80) }, { line: cellLine(row, c), column: c.column, path, field: 'isCore' }));
  return null;
}

/** A policy reference block being read: its text, tier 1, first row and how many headings it governs. */
export interface ReferenceBlock {
  readonly text: string;
  readonly tier1: string;
  count: number;
  /** Reports the block, once, when it ends. */
  close(): void;
}

/**
 * The seed's 投入管理 block: one merged cell holding a policy reference (`根据沪财绩【2022】13号文的规定…`) over the
 * name and target columns of the tier-2 headings below it. Each heading becomes an indicator with an empty name
 * and a `reference` target (an info finding says so, once). Returns the block when the row opens or continues
 * one, else null. Asked only of rows whose target and value cells are blank, in a table whose target is in one
 * column.
 */
export function readReferenceRow(
  ctx: ImportContext,
  row: TableRow,
  t: RowTiers,
  nameCell: TableCell,
  targetCell: TableCell,
  open: ReferenceBlock | null,
  indicators: (Indicator | EvaluatedIndicator)[],
  options: { readonly evaluated: boolean; readonly first: number; readonly weights: boolean },
): ReferenceBlock | null {
  if (targetCell.text !== '') return null;
  const name = nameCell.text;
  let block: ReferenceBlock;
  if (name !== '' && isReferenceText(name)) {
    open?.close();
    let closed = false;
    block = {
      text: name,
      tier1: t.tier1,
      count: 0,
      close() {
        if (closed) return;
        closed = true;
        report(ctx, M.finding('forms/reference-target', 'info', { text: this.text, count: this.count }, { line: row.line, column: nameCell.column, field: 'target' }));
      },
    };
  } else if (name === '' && open !== null && open.tier1 === t.tier1 && !t.blank2 && t.written === 2) {
    block = open;
  } else return null;
  block.count++;
  const p: IndicatorPointers = indicatorPointers(indicators.length + options.first);
  origin(ctx, p.self, row, row.cells[0] ?? t.tier1Cell);
  origin(ctx, p.tier1, row, t.tier1Cell);
  origin(ctx, p.tier2, row, t.tier2Cell);
  // The reference is written in the merged name/target cell of the first row of the block.
  origin(ctx, p.target, row, nameCell.text !== '' ? nameCell : targetCell);
  const indicator: Indicator = { tier1: t.tier1, tier2: t.tier2, name: '', target: { kind: 'reference', text: block.text, raw: targetCell.raw }, ...((options.weights || options.evaluated) && { weight: null }) };
  indicators.push(options.evaluated ? Object.assign(indicator, { actual: { kind: 'missing' as const, raw: '' }, publishedScore: null, deviationNote: null }) : indicator);
  return block;
}
