import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { type TitleRow, titleRow, unitStatement } from '../read/common-rows';
import { type DutyGoalColumns, dutyGoalsSpan } from '../read/duty-goals';
import { dutiesRow } from '../read/duties';
import { type FieldRow, fieldRow, isFieldStart } from '../read/fields';
import { type FundsPlan, fundsSpan, headerColumns } from '../read/funds-block';
import { goalSpan } from '../read/goal';
import { type HeadcountCells, headcountSpan } from '../read/headcount';
import type { IndicatorHeader } from '../read/indicator-header';
import { type IndicatorSpan, indicatorSpan } from '../read/indicator-span';
import { type KeyTaskColumns, keyTasksSpan } from '../read/key-tasks';
import { isTotalRow } from '../read/total';
import { trailerKind } from '../read/trailer';
import { isFundsBlockKey } from '../vocabulary/funds';
import { DUTY_LABELS, HEADCOUNT_LABELS, KEY_TASK_LABELS, goalLabelOf, isHeadingKey } from '../vocabulary/sections';

/**
 * A section of a table: the rows `start` … `end - 1`, what they are, and what recognising them found. A table is
 * read as a sequence of sections, each recognised by its own words wherever it stands; each kind has one reader.
 */
export type Section = { readonly start: number; readonly end: number } & (
  | { readonly kind: 'title'; readonly title: TitleRow }
  | { readonly kind: 'unit'; readonly unit: AmountUnit; readonly others: readonly TableCell[] }
  | { readonly kind: 'fields'; readonly fields: FieldRow }
  | { readonly kind: 'funds'; readonly plan: FundsPlan }
  | { readonly kind: 'goal' }
  | { readonly kind: 'duties' }
  | { readonly kind: 'key-tasks'; readonly columns: KeyTaskColumns | null }
  | { readonly kind: 'duty-goals'; readonly columns: DutyGoalColumns }
  | { readonly kind: 'headcount'; readonly cells: HeadcountCells }
  /** An indicator table, or the part of one that belongs to one document (`part` > 0: a document column changed). */
  | { readonly kind: 'indicators'; readonly span: IndicatorSpan; readonly part: number }
  | { readonly kind: 'total' }
  | { readonly kind: 'trailer'; readonly trailer: 'note' | 'sign-off' }
  /** A heading alone on its row (`绩效指标`, `预算执行情况`): structure. */
  | { readonly kind: 'heading' }
  | { readonly kind: 'unknown' }
);

/** The kinds of section that hold a document's content (rather than its header or its trailer). */
export const CONTENT: ReadonlySet<Section['kind']> = new Set(['funds', 'goal', 'duties', 'key-tasks', 'duty-goals', 'headcount', 'indicators', 'total']);

/** The first filled cell of a row. */
function lead(row: TableRow): TableCell | undefined {
  return row.cells.find((c) => c.text !== '');
}

/**
 * True when row `j` opens a section strongly enough to end the section before it (an indicator table, a budget
 * block, a goal block): a title, a unit statement, a header field that names the document or its facts, a
 * budget block's header or label, a goal block's label, the label of duties, key tasks or headcount, an
 * indicator header.
 */
export function opensSection(rows: readonly TableRow[], j: number, headers: readonly (IndicatorHeader | null)[]): boolean {
  return opensBlock(rows, j, headers) || isFieldStart(rows[j] as TableRow);
}

/**
 * {@link opensSection} but for header fields: what ends a block whose rows may use any words (a key task named
 * 单位名称 is still a task): a title, a unit statement, a block's label or header, an indicator header.
 */
export function opensBlock(rows: readonly TableRow[], j: number, headers: readonly (IndicatorHeader | null)[]): boolean {
  const row = rows[j] as TableRow;
  if (headers[j]) return true;
  const first = lead(row);
  if (!first) return false;
  const k = first.key;
  if (DUTY_LABELS.has(k) || KEY_TASK_LABELS.has(k) || HEADCOUNT_LABELS.headcount.has(k) || k.startsWith('任务名称')) return true;
  if (isFundsBlockKey(k) || goalLabelOf(k)?.includes('block') === true) return true;
  if (unitStatement(row) !== null || titleRow(row) !== undefined) return true;
  // A budget header (`项目资金 | 年初预算数 | …`) with its label missing.
  return headerColumns(row) !== null;
}

/**
 * Splits the rows into sections, in one pass: at each row the recognisers are asked in turn (indicator header,
 * total, footnote / sign-off, title, unit statement, key tasks, duty goals, duties, headcount, budget block, goal
 * block, header fields, an indicator table without a header), and the first that knows the row reads as far as
 * its section goes. A row no recogniser knows is a section of its own, `unknown`.
 */
export function scanSections(rows: readonly TableRow[], headers: readonly (IndicatorHeader | null)[]): Section[] {
  const out: Section[] = [];
  // Asked of the same rows by several recognisers: each answer is worked out once (0 unknown, 1 yes, 2 no).
  const opens = new Uint8Array(rows.length);
  const block = new Uint8Array(rows.length);
  const blockStops = (j: number): boolean => {
    if (block[j] === 0) block[j] = opensBlock(rows, j, headers) ? 1 : 2;
    return block[j] === 1;
  };
  const stops = (j: number): boolean => {
    if (opens[j] === 0) opens[j] = blockStops(j) || isFieldStart(rows[j] as TableRow) ? 1 : 2;
    return opens[j] === 1;
  };
  for (let i = 0; i < rows.length; ) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) {
      i++;
      continue;
    }
    const found = recognise(rows, i, headers, stops, blockStops);
    out.push(...found);
    i = (found[found.length - 1] as Section).end;
  }
  return out;
}

function recognise(rows: readonly TableRow[], i: number, headers: readonly (IndicatorHeader | null)[], stops: (j: number) => boolean, blockStops: (j: number) => boolean): Section[] {
  const row = rows[i] as TableRow;
  const one = i + 1;
  if (headers[i]) return tableSections(indicatorSpan(rows, i, headers, stops) as IndicatorSpan, i);
  if (isTotalRow(row)) return [{ kind: 'total', start: i, end: one }];
  const trailer = trailerKind(row);
  if (trailer !== null) return [{ kind: 'trailer', trailer, start: i, end: one }];
  const title = titleRow(row);
  if (title !== undefined) return [{ kind: 'title', title, start: i, end: one }];
  const unit = unitStatement(row);
  if (unit !== null) return [{ kind: 'unit', unit: unit.unit, others: row.cells.filter((c) => c.text !== '' && !/单位:(万元|元)$/u.test(c.key)), start: i, end: one }];
  const tasks = keyTasksSpan(rows, i, blockStops);
  if (tasks !== null) return [{ kind: 'key-tasks', columns: tasks.columns, start: i, end: tasks.end }];
  const dutyGoals = dutyGoalsSpan(rows, i, stops);
  if (dutyGoals !== null) return [{ kind: 'duty-goals', columns: dutyGoals.columns, start: i, end: dutyGoals.end }];
  if (dutiesRow(row) !== null) return [{ kind: 'duties', start: i, end: one }];
  const headcount = headcountSpan(rows, i);
  if (headcount !== null) return [{ kind: 'headcount', cells: headcount.cells, start: i, end: headcount.end }];
  const funds = fundsSpan(rows, i, stops);
  if (funds !== null) return [{ kind: 'funds', plan: funds.plan, start: i, end: funds.end }];
  const goal = goalSpan(rows, i, stops);
  if (goal !== null) return [{ kind: 'goal', start: i, end: goal }];
  const fields = fieldRow(row);
  if (fields !== null) return [{ kind: 'fields', fields, start: i, end: one }];
  const table = indicatorSpan(rows, i, headers, stops);
  if (table !== null) return tableSections(table, i);
  const only = row.cells.filter((c) => c.text !== '');
  if (only.length === 1 && isHeadingKey((only[0] as TableCell).key)) return [{ kind: 'heading', start: i, end: one }];
  return [{ kind: 'unknown', start: i, end: one }];
}

/** An indicator table's sections: one, or one per document when a document column changes inside it. */
function tableSections(span: IndicatorSpan, i: number): Section[] {
  const bounds = [i, ...span.splits, span.end];
  return bounds.slice(0, -1).map((start, part) => ({ kind: 'indicators', span, part, start, end: bounds[part + 1] as number }));
}
