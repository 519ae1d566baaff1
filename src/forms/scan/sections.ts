import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow, leadCell } from '../text/split-table';
import { type TitleRow, titleRow, unitStatement } from '../read/common-rows';
import { type DutyGoalColumns, dutyGoalsSpan } from '../read/duty-goals';
import { dutiesRow } from '../read/duties';
import { type FieldRow, fieldRow, isFieldStart } from '../read/fields';
import { fieldOf } from '../vocabulary/fields';
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
  return leadCell(row);
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
    i = recognise(rows, i, headers, stops, blockStops, out);
  }
  return out;
}

/** Recognises the section at row `i`, adds it (or a table's sections) to `out`, and returns the row after it. */
function recognise(
  rows: readonly TableRow[],
  i: number,
  headers: readonly (IndicatorHeader | null)[],
  stops: (j: number) => boolean,
  blockStops: (j: number) => boolean,
  out: Section[],
): number {
  const row = rows[i] as TableRow;
  const one = i + 1;
  const add = (s: Section): number => {
    out.push(s);
    return s.end;
  };
  if (headers[i]) return addTable(indicatorSpan(rows, i, headers, stops) as IndicatorSpan, i, out);
  // Rows that open with a header field's label (项目名称, 单位名称 …), a duties label or a heading alone are
  // nothing else: the other recognisers would all pass them by.
  const lead = row.cells[row.first] as TableCell;
  const spec = fieldOf(lead.key);
  if (spec !== undefined && spec.key !== 'contact') {
    const fields = fieldRow(row);
    if (fields !== null) return add({ kind: 'fields', fields, start: i, end: one });
  }
  let alone = true;
  for (let k = row.first + 1; k < row.cells.length && alone; k++) alone = (row.cells[k] as TableCell).text === '';
  // A budget block's or goal block's label alone opens its block below (`预算情况`, then the lines).
  if (alone && isHeadingKey(lead.key) && !isFundsBlockKey(lead.key) && goalLabelOf(lead.key) === undefined) return add({ kind: 'heading', start: i, end: one });
  if (isTotalRow(row)) return add({ kind: 'total', start: i, end: one });
  const trailer = trailerKind(row);
  if (trailer !== null) return add({ kind: 'trailer', trailer, start: i, end: one });
  const title = titleRow(row);
  if (title !== undefined) return add({ kind: 'title', title, start: i, end: one });
  const unit = unitStatement(row);
  if (unit !== null) return add({ kind: 'unit', unit: unit.unit, others: row.cells.filter((c) => c.text !== '' && !/单位:(万元|元)$/u.test(c.key)), start: i, end: one });
  const tasks = keyTasksSpan(rows, i, blockStops);
  if (tasks !== null) return add({ kind: 'key-tasks', columns: tasks.columns, start: i, end: tasks.end });
  const dutyGoals = dutyGoalsSpan(rows, i, stops);
  if (dutyGoals !== null) return add({ kind: 'duty-goals', columns: dutyGoals.columns, start: i, end: dutyGoals.end });
  if (dutiesRow(row) !== null) return add({ kind: 'duties', start: i, end: one });
  const headcount = headcountSpan(rows, i);
  if (headcount !== null) return add({ kind: 'headcount', cells: headcount.cells, start: i, end: headcount.end });
  const funds = fundsSpan(rows, i, stops);
  if (funds !== null) return add({ kind: 'funds', plan: funds.plan, start: i, end: funds.end });
  const goal = goalSpan(rows, i, stops);
  if (goal !== null) return add({ kind: 'goal', start: i, end: goal });
  const fields = fieldRow(row);
  if (fields !== null) return add({ kind: 'fields', fields, start: i, end: one });
  const table = indicatorSpan(rows, i, headers, stops);
  if (table !== null) return addTable(table, i, out);
  if (alone && isHeadingKey(lead.key)) return add({ kind: 'heading', start: i, end: one });
  return add({ kind: 'unknown', start: i, end: one });
}

/** Adds an indicator table's sections — one, or one per document when a document column changes inside it — and returns the row after the table. */
function addTable(span: IndicatorSpan, i: number, out: Section[]): number {
  let start = i;
  span.splits.forEach((split, k) => {
    out.push({ kind: 'indicators', span, part: k, start, end: split });
    start = split;
  });
  out.push({ kind: 'indicators', span, part: span.splits.length, start, end: span.end });
  return span.end;
}
