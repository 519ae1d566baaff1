import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { type GoalLabel, goalLabelOf, isHeadingKey } from '../vocabulary/sections';
import { type ImportContext, use } from './context';

/** A goal text and where it stands. */
export interface GoalText {
  readonly row: TableRow;
  readonly cell: TableCell;
}

/** The goals of a document, as read: the planned (annual) side, the actual side, the mid-term side. */
export interface GoalPart {
  readonly planned: GoalText[];
  readonly actual: GoalText[];
  readonly midTerm: GoalText[];
}

type Side = Exclude<GoalLabel, 'block'>;

/** A filled cell of a row, with what it is as a goal label (undefined for a text). */
interface Item {
  readonly at: number;
  readonly cell: TableCell;
  readonly can: readonly GoalLabel[] | undefined;
}

function items(row: TableRow): Item[] {
  const out: Item[] = [];
  row.cells.forEach((cell, at) => {
    // A heading before the goal labels (`项目基本情况 | 1.项目年度目标完成情况 | …`) is structure.
    if (cell.text !== '' && !(out.length === 0 && isHeadingKey(cell.key) && goalLabelOf(cell.key) === undefined)) out.push({ at, cell, can: goalLabelOf(cell.key) });
  });
  return out;
}

/** The side a label names where a side is expected (after a planned one, a label that can be actual is). */
function sideOf(can: readonly GoalLabel[], afterPlanned: boolean): Side {
  if (can.includes('midTerm')) return 'midTerm';
  if (can.includes('actual') && (afterPlanned || !can.includes('planned'))) return 'actual';
  if (can.includes('planned')) return 'planned';
  return 'actual';
}

/** What a goal row is: the header of side columns, label / text pairs, or nothing of a goal. */
type GoalRow = { readonly kind: 'header'; readonly columns: ReadonlyMap<number, Side> } | { readonly kind: 'pairs'; readonly pairs: readonly { side: Side; text: Item }[] };

/**
 * Reads a row that opens a goal block, or null: its first filled cell is a goal label (vocabulary
 * `GOAL_LABELS`). All labels → a header of side columns (`年度总体目标 | 预期目标 | 实际完成情况`: the block label,
 * then a planned and an actual column, the texts on the rows below). Labels and texts → pairs (`预期目标 | text`,
 * `绩效目标 | text`: a block label before a text gives the planned, or annual, goal).
 */
export function goalRow(row: TableRow): GoalRow | null {
  // Most rows open no goal block: their first filled cell (past a heading) is no goal label.
  let lead: TableCell | undefined;
  for (const c of row.cells) {
    if (c.text === '') continue;
    if (lead === undefined && isHeadingKey(c.key) && goalLabelOf(c.key) === undefined) continue;
    lead = c;
    break;
  }
  if (lead === undefined || goalLabelOf(lead.key) === undefined) return null;
  const its = items(row);
  const first = its[0];
  if (!first || first.can === undefined) return null;
  if (its.every((x) => x.can !== undefined)) {
    const rest = its.slice(1);
    // The first label is the block's when a planned side follows it, or when it can be nothing else.
    const plannedAfter = rest.some((x) => (x.can as GoalLabel[]).includes('planned') && !(x.can as GoalLabel[]).includes('actual'));
    const firstIsBlock = rest.length === 0 || ((first.can.includes('block') && plannedAfter) || !first.can.some((c) => c !== 'block'));
    const sides = firstIsBlock ? rest : its;
    if (sides.length === 0) return { kind: 'header', columns: new Map() };
    const columns = new Map<number, Side>();
    let seenPlanned = false;
    for (const x of sides) {
      const side = sideOf(x.can as GoalLabel[], seenPlanned);
      if (side === 'planned') seenPlanned = true;
      columns.set(x.at, side);
    }
    return { kind: 'header', columns };
  }
  const pairs: { side: Side; text: Item }[] = [];
  let label: Item | undefined;
  let seenPlanned = false;
  for (const x of its) {
    if (x.can !== undefined && label === undefined) {
      label = x;
      continue;
    }
    if (x.can !== undefined && label !== undefined && x.can.some((c) => c !== 'block')) {
      // Two labels in a row: the first was the block's.
      label = x;
      continue;
    }
    if (label === undefined) return pairs.length > 0 ? { kind: 'pairs', pairs } : null;
    const can = label.can as GoalLabel[];
    const side: Side = can.every((c) => c === 'block') ? 'planned' : sideOf(can, seenPlanned);
    if (side === 'planned') seenPlanned = true;
    pairs.push({ side, text: x });
    label = undefined;
  }
  return pairs.length > 0 ? { kind: 'pairs', pairs } : { kind: 'header', columns: new Map() };
}

/**
 * Where a goal block that opens at row `i` ends: the rows below that continue it — under a header, rows whose
 * filled cells stand in its side columns (the block label may be repeated before them); after pairs, rows with
 * the first cell blank and one text in a pair's column; further goal rows. `stops(j)` tells whether row `j`
 * opens another section.
 */
export function goalSpan(rows: readonly TableRow[], i: number, stops: (j: number) => boolean): number | null {
  const opened = goalRow(rows[i] as TableRow);
  if (opened === null) return null;
  let g: GoalRow = opened;
  let j = i + 1;
  for (; j < rows.length; j++) {
    const r = rows[j] as TableRow;
    if (underHeader(r, g)) continue;
    if (isBlankRow(r) || stops(j)) break;
    const next: GoalRow | null = goalRow(r) ?? underBlock(r, g);
    if (next !== null) {
      g = next;
      continue;
    }
    if (!continues(r, g)) break;
  }
  return j;
}

/**
 * The texts of the row under a block label that stands alone (`年度总体目标` on its row, the goal below it): read
 * as planned (annual) goals. Null unless `g` is such a label and the row holds only texts.
 */
function underBlock(row: TableRow, g: GoalRow): GoalRow | null {
  if (g.kind !== 'header' || g.columns.size > 0) return null;
  const its = items(row);
  if (its.length === 0 || its.some((x) => x.can !== undefined)) return null;
  return { kind: 'pairs', pairs: its.map((x) => ({ side: 'planned' as const, text: x })) };
}

/**
 * True when a row holds texts under a header of side columns, its block label repeated first (`总体目标 | text |
 * text` under `总体目标 | 中期目标 | 年度目标`, as tables that repeat merged labels write it).
 */
function underHeader(row: TableRow, g: GoalRow | null): boolean {
  if (g === null || g.kind !== 'header' || g.columns.size === 0) return false;
  let texts = 0;
  for (const x of items(row)) {
    if (x.can === undefined && g.columns.has(x.at)) texts++;
    else if (!(x.can?.includes('block') && !g.columns.has(x.at))) return false;
  }
  return texts > 0;
}

/** The columns a goal row's texts stand in. */
function textColumns(g: GoalRow): Set<number> {
  return g.kind === 'header' ? new Set(g.columns.keys()) : new Set(g.pairs.map((p) => p.text.at));
}

/** True when a row continues a goal block: every filled cell in a text column, or a repeated block label first. */
function continues(row: TableRow, g: GoalRow): boolean {
  const cols = textColumns(g);
  let any = false;
  for (const x of items(row)) {
    if (cols.has(x.at)) any = true;
    else if (!(x.at === 0 && x.can?.includes('block'))) return false;
  }
  return any;
}

/** Reads the goal block of rows `start` … `end - 1`. */
export function readGoal(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number, into: GoalPart): void {
  let g: GoalRow | null = null;
  for (let i = start; i < end; i++) {
    const row = rows[i] as TableRow;
    use(ctx, i);
    const here: GoalRow | null = underHeader(row, g) ? null : (goalRow(row) ?? (g === null ? null : underBlock(row, g)));
    if (here !== null) {
      g = here;
      if (here.kind === 'pairs') for (const p of here.pairs) into[p.side].push({ row, cell: p.text.cell });
      continue;
    }
    if (g === null) continue;
    if (g.kind === 'header') {
      for (const [at, side] of g.columns) {
        const c = row.cells[at];
        if (c && c.text !== '') into[side].push({ row, cell: c });
      }
    } else {
      for (const p of g.pairs) {
        const c = row.cells[p.text.at];
        if (c && c.text !== '') into[p.side].push({ row, cell: c });
      }
    }
  }
}
