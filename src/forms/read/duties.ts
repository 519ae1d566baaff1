import type { TableCell, TableRow } from '../text/split-table';
import { readParagraphs } from '../text/html-cell';
import { DUTY_LABELS } from '../vocabulary/sections';

/** A duty block's label cell and its text cell, or null when the row opens none (`单位职责 | <p>…</p>`). */
export function dutiesRow(row: TableRow): { label: TableCell; text: TableCell } | null {
  const at = row.first;
  if (at < 0 || !DUTY_LABELS.has((row.cells[at] as TableCell).key)) return null;
  let text: TableCell | undefined;
  for (let k = at + 1; k < row.cells.length; k++) {
    const c = row.cells[k] as TableCell;
    if (c.text === '') continue;
    // `部门职能 | 年度目标任务 | 支出项目名称 | …` is the header of a table of duty goals, not a duty text.
    if (text !== undefined) return null;
    text = c;
  }
  if (text === undefined) return null;
  return { label: row.cells[at] as TableCell, text };
}

const NUMBERED_LEAD = /[:：]$/u;

/**
 * The duties of a unit from its cell: HTML paragraphs (`<p>…</p>`, `<br>`, `<li>`) or, without markup, lines, one duty each; a
 * first paragraph ending with a colon (`…其主要职能包括：`) is the lead-in, kept apart.
 */
export function readDuties(cell: TableCell): { intro: string | null; duties: string[] } {
  const items = readParagraphs(cell.raw);
  const [first, ...rest] = items;
  if (first !== undefined && rest.length > 0 && NUMBERED_LEAD.test(first)) return { intro: first, duties: rest };
  return { intro: null, duties: [...items] };
}
