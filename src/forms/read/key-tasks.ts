import type { AmountUnit } from '../../model/common';
import type { KeyTask } from '../../model/unit-declaration';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { type ImportContext, cellAt, origin } from './context';
import { keyTaskPointers } from '../../model/pointers';
import { readAmount } from './cells';
import { KEY_TASK_LABELS } from '../vocabulary/sections';

/** What a column of a key-task block (年度重点任务 / 年度主要任务) holds. */
type KeyTaskRole = 'name' | 'content' | 'result' | 'budget' | 'executed';

/** Where the cells of a key task are: the name and content always, the others where the header has them. */
export type KeyTaskColumns = { name: number; content: number } & Partial<Record<'result' | 'budget' | 'executed', number>>;

/** A task row found by an importer, read once the document's money unit is known. */
export interface KeyTaskRow {
  /** The row of the task. */
  row: TableRow;
  /** Its block's columns. */
  cols: KeyTaskColumns;
}

/** The role of a key-task header cell, by its label key; null for none. */
function taskRole(k: string): KeyTaskRole | null {
  if (k.length > 40) return null;
  if (k.startsWith('任务名称') || k === '任务') return 'name';
  if (k.startsWith('主要内容') || k === '内容' || k === '任务内容') return 'content';
  if (k.includes('完成情况') || k.includes('完成结果') || k.includes('实际完成')) return 'result';
  if (k.includes('执行') && !k.includes('执行率')) return 'executed';
  if (k.includes('预算')) return 'budget';
  return null;
}

/**
 * Reads a key-task header row (`任务名称 | 主要内容 | 完成情况 | 预算数 | 执行数`, the block label may stand
 * before it) into columns by role, the first cell of each role from `from` on; null when the row has no
 * 任务名称. A missing 主要内容 is the column after the name.
 */
export function readKeyTaskHeader(row: TableRow, from = 0): KeyTaskColumns | null {
  const found: Partial<Record<KeyTaskRole, number>> = {};
  row.cells.forEach((c, i) => {
    if (i < from) return;
    const role = taskRole(c.key);
    if (role !== null && found[role] === undefined) found[role] = i;
  });
  if (found.name === undefined) return null;
  const cols: KeyTaskColumns = { name: found.name, content: found.content !== undefined && found.content > found.name ? found.content : found.name + 1 };
  if (found.result !== undefined) cols.result = found.result;
  if (found.budget !== undefined) cols.budget = found.budget;
  if (found.executed !== undefined) cols.executed = found.executed;
  return cols;
}

/**
 * Reads the task rows an importer found, in order, with their origins (`/keyTasks/0/name` …): the texts as
 * written, the amounts in the document's unit (blank or a dash is null, never 0). The optional fields are
 * present only where the block has their column.
 */
export function readKeyTasks(ctx: ImportContext, found: readonly KeyTaskRow[], unit: AmountUnit): KeyTask[] {
  return found.map(({ row, cols }, at) => {
    const p = keyTaskPointers(at);
    const name = cellAt(row, cols.name);
    const content = cellAt(row, cols.content);
    origin(ctx, p.name, row, name);
    origin(ctx, p.content, row, content);
    const task: KeyTask = { name: name.text, content: content.text };
    if (cols.result !== undefined) {
      const result = cellAt(row, cols.result);
      origin(ctx, p.result, row, result);
      task.result = result.text;
    }
    if (cols.budget !== undefined) task.budget = readAmount(ctx, row, cellAt(row, cols.budget), ['keyTasks', at, 'budget'], unit, p.budget);
    if (cols.executed !== undefined) task.executed = readAmount(ctx, row, cellAt(row, cols.executed), ['keyTasks', at, 'executed'], unit, p.executed);
    return task;
  });
}

/**
 * Recognises a key-task block at row `i` (年度重点任务 / 年度主要任务, see `KEY_TASK_LABELS`): the label with its
 * header beside it or on the next row, or the header alone (`任务名称 | 主要内容`); then one task a row until a
 * blank row or a row that opens another section. Returns where it ends and the header's columns, or null.
 */
export function keyTasksSpan(rows: readonly TableRow[], i: number, stops: (j: number) => boolean): { end: number; columns: KeyTaskColumns | null } | null {
  const row = rows[i] as TableRow;
  const at = row.first;
  if (at < 0) return null;
  const key = (row.cells[at] as TableCell).key;
  let columns: KeyTaskColumns | null = null;
  let j = i + 1;
  if (KEY_TASK_LABELS.has(key)) {
    columns = readKeyTaskHeader(row, at + 1);
    const next = rows[j];
    if (columns === null && next !== undefined) {
      const header = readKeyTaskHeader(next);
      if (header !== null && next.first === header.name) {
        columns = header;
        j++;
      }
    }
  } else if (key.startsWith('任务名称')) {
    columns = readKeyTaskHeader(row, at);
  } else return null;
  for (; j < rows.length; j++) {
    const r = rows[j] as TableRow;
    if (isBlankRow(r) || stops(j)) break;
    // A task row starts at the name column (the block label's column merged), or leaves the name blank.
    if (columns !== null && r.first < columns.name && !(r.first === 0 && KEY_TASK_LABELS.has((r.cells[0] as TableCell).key))) break;
  }
  return { end: j, columns };
}
