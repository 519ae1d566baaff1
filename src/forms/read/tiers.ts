import { formsMessages as M } from '../../i18n/messages/forms';
import type { TierWeight } from '../../model/common';
import { TIER1_CATEGORIES, classifyTier2 } from '../../model/tiers';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine } from '../text/split-table';
import { labelText } from '../text/label';
import { type ImportContext, cellAt, report } from './context';
import type { IndicatorColumns } from './indicator-header';
import { parseTierLabel } from './tier-label';

/** The tiers of one row, as read. */
export interface RowTiers {
  readonly tier1: string;
  readonly tier2: string;
  readonly tier1Cell: TableCell;
  readonly tier2Cell: TableCell;
  /** The deepest tier the row writes itself (0: none, 1: tier 1 only, 2: tier 2). */
  readonly written: 0 | 1 | 2;
  /** True when the row leaves the cell of that tier blank: it continues the rows above (merged cells). */
  readonly blank1: boolean;
  readonly blank2: boolean;
}

const TIER_NAMES = {
  tier1: { field: '一级指标', fieldEn: 'tier-1' },
  tier2: { field: '二级指标', fieldEn: 'tier-2' },
} as const;

/**
 * Follows the tier labels down an indicator table: a label as written (its spacing removed, its weight split
 * off: `产 出 指 标 (50分)` → 产出指标 + 50), a blank cell continuing the label above (merged cells; tier 2 only
 * within the same tier 1), a label that only gives a weight (`(50分)`) taking its tier 1 from the tier-2 category,
 * and the weights, each tier once.
 */
export class TierTracker {
  private tier1: string | null = null;
  private tier2: string | null = null;
  private lastInferred = '';
  private readonly seen = new Map<string, TierWeight>();

  constructor(private readonly ctx: ImportContext) {}

  /** Reads the tier cells of a row (the indicator at index `at`, for the places of findings). */
  read(row: TableRow, cols: IndicatorColumns, at: number): RowTiers {
    const t1 = cellAt(row, cols.tier1);
    const t2 = cellAt(row, cols.tier2);
    const blank1 = cols.tier1 !== undefined && t1.text === '';
    const blank2 = cols.tier2 !== undefined && t2.text === '';
    const nameCell = cellAt(row, cols.name);
    let hasMore = false;
    for (let i = row.first; i >= 0 && i < row.cells.length && !hasMore; i++) hasMore = i !== cols.tier1 && i !== cols.tier2 && (row.cells[i] as TableCell).text !== '';

    let tier1: string;
    let continued1 = false;
    let label: ReturnType<typeof parseTierLabel> | null = null;
    if (cols.tier1 === undefined) tier1 = '';
    else if (!blank1) {
      label = parseTierLabel(labelText(t1.text));
      tier1 = label.label;
    } else if (this.tier1 !== null) {
      tier1 = this.tier1;
      continued1 = true;
    } else {
      tier1 = '';
      if (hasMore || nameCell.text !== '') this.missing(row, t1, at, 'tier1');
    }

    let tier2: string;
    if (cols.tier2 === undefined) tier2 = '';
    else if (!blank2) tier2 = labelText(t2.text);
    else if ((continued1 || tier1 === this.tier1) && this.tier2 !== null) tier2 = this.tier2;
    else {
      tier2 = '';
      if (hasMore) this.missing(row, t2, at, 'tier2');
    }

    // A tier-1 cell that only gives a weight (`(50分)`): the tier comes from the tier-2 category.
    if (label && label.label === '') tier1 = this.inferTier1(row, t1, tier2, at);
    if (label && (label.weight !== null || label.min !== undefined) && tier1 !== '') this.weigh(row, t1, tier1, label, at);
    this.tier1 = tier1;
    this.tier2 = tier2;
    const written: RowTiers['written'] = !blank2 && cols.tier2 !== undefined ? 2 : !blank1 && cols.tier1 !== undefined ? 1 : 0;
    return { tier1, tier2, tier1Cell: t1, tier2Cell: t2, written, blank1, blank2 };
  }

  /** The tier weights read, in the order first seen. */
  weights(): TierWeight[] {
    return [...this.seen.values()];
  }

  private missing(row: TableRow, c: TableCell, at: number, tier: 'tier1' | 'tier2'): void {
    report(this.ctx, M.finding('forms/tier-missing', 'warning', TIER_NAMES[tier], { line: cellLine(row, c), column: c.column, path: ['indicators', at, tier], field: tier }));
  }

  private inferTier1(row: TableRow, t1: TableCell, tier2: string, at: number): string {
    const category = classifyTier2(tier2);
    const inferred = category ? (TIER1_CATEGORIES.find((c) => c.key === category.tier1)?.label.zh ?? '') : '';
    const key = `${t1.text}\u0000${inferred}`;
    if (key !== this.lastInferred) {
      this.lastInferred = key;
      const place = { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' };
      if (inferred !== '') report(this.ctx, M.finding('forms/tier1-inferred', 'warning', { text: t1.text, tier1: inferred }, place));
      else report(this.ctx, M.finding('forms/tier1-unknown', 'warning', { text: t1.text }, place));
    }
    return inferred;
  }

  private weigh(row: TableRow, t1: TableCell, tier1: string, label: ReturnType<typeof parseTierLabel>, at: number): void {
    const w: TierWeight = {
      tier1,
      weight: label.weight,
      ...(label.min !== undefined && { min: label.min }),
      ...(label.max !== undefined && { max: label.max }),
    };
    const seen = this.seen.get(tier1);
    if (!seen) this.seen.set(tier1, w);
    else if (seen.weight !== w.weight || seen.min !== w.min || seen.max !== w.max) {
      const show = (x: TierWeight) => x.weight ?? `${x.min ?? ''}-${x.max ?? ''}`;
      report(this.ctx, M.finding('forms/tier-weight-conflict', 'warning', { tier1, first: show(seen), other: show(w) }, { line: cellLine(row, t1), column: t1.column, path: ['indicators', at, 'tier1'], field: 'tier1' }));
    }
  }
}
