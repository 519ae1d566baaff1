import type { TableCell, TableRow } from '../text/split-table';
import { GRADE_WORDS, TOTAL_LABELS } from '../vocabulary/sections';
import { type ImportContext, report } from './context';
import { readNumber } from './cells';
import { formsMessages as M } from '../../i18n/messages/forms';
import { cellLine } from '../text/split-table';

/** The index of the total label among a row's first filled cells (`总分`, `合计` …), or -1. */
export function totalLabelAt(row: TableRow): number {
  let seen = 0;
  for (let i = 0; i < row.cells.length && seen < 4; i++) {
    const c = row.cells[i] as TableCell;
    if (c.text === '') continue;
    seen++;
    if (TOTAL_LABELS.has(c.key)) return i;
  }
  return -1;
}

/** What stands after a total label: a number, a percentage, a dash or a slash. */
const TOTAL_VALUE = /^[\d.]+%?$|^[-—/]+$/u;

/** True when a row is a total row: a total label among its first filled cells and a number somewhere after it, or nothing at all. */
export function isTotalRow(row: TableRow): boolean {
  const at = totalLabelAt(row);
  if (at < 0) return false;
  for (let k = at + 1; k < row.cells.length; k++) {
    const c = row.cells[k] as TableCell;
    if (!(c.text === '' || TOTAL_VALUE.test(c.text) || GRADE_WORDS.has(c.key))) return false;
  }
  return true;
}

/** What a total row publishes: the total score, the sum of the weights, the grade, and the label / value pairs before it. */
export interface TotalPart {
  readonly total: string | null;
  readonly weightTotal: string | null;
  readonly grade: string | null;
  readonly pairs: readonly { readonly label: TableCell; readonly value: TableCell; readonly row: TableRow }[];
}

const NAMES = { total: { zh: '总分', en: 'total score' }, weights: { zh: '总分值', en: 'total of the weights' } } as const;

/**
 * Reads a total row. When its cells stand under the header's 分值 and 得分 columns, those are the sum of the
 * weights and the total; when the row is shorter (merged cells, a web copy: `其他需要说明事项 | 无 | 总分 | 100 | 96
 * | 优`), the numbers after the label are read in order — two numbers are the sum of the weights then the total,
 * one is the total — and a grade word after them is the published grade. Label / value pairs before the total
 * label (`其他需要说明事项 | 无`) are returned for the document's extra fields.
 */
export function readTotal(ctx: ImportContext, row: TableRow, columns: { readonly weight?: number | undefined; readonly score?: number | undefined }): TotalPart {
  const at = totalLabelAt(row);
  const pairs: { label: TableCell; value: TableCell; row: TableRow }[] = [];
  const before = row.cells.slice(0, at).filter((c) => c.text !== '');
  for (let k = 0; k < before.length; k += 2) pairs.push({ label: before[k] as TableCell, value: before[k + 1] ?? { raw: '', text: '', column: (before[k] as TableCell).column, key: '' }, row });
  const after = row.cells.slice(at + 1);
  let grade: string | null = null;
  for (const c of after) if (GRADE_WORDS.has(c.key)) grade = c.text;
  // A row that reaches the 得分 column is read by its columns (a blank total stays blank); a shorter one in order.
  const score = columns.score !== undefined ? row.cells[columns.score] : undefined;
  // A row that keeps a blank cell after its label kept its empty cells (its trailing ones may be left out): it
  // stands under the header's columns too.
  const byColumns = (score !== undefined && columns.score !== undefined && columns.score > at) || (after[0] !== undefined && after[0].text === '' && after.some((c) => c.text !== ''));
  if (byColumns) {
    const weight = columns.weight !== undefined && columns.weight > at ? row.cells[columns.weight] : undefined;
    return {
      total: score === undefined || score.text === '' || columns.score === undefined || columns.score <= at ? null : readNumber(ctx, row, score, ['publishedTotal'], NAMES.total),
      weightTotal: weight && weight.text !== '' ? readNumber(ctx, row, weight, ['publishedWeightTotal'], NAMES.weights) : null,
      grade,
      pairs,
    };
  }
  const numbers = after.filter((c) => c.text !== '' && !GRADE_WORDS.has(c.key));
  if (numbers.length === 0) return { total: null, weightTotal: null, grade, pairs };
  if (numbers.length > 2) {
    const c = numbers[2] as TableCell;
    report(ctx, M.finding('forms/number-invalid', 'warning', { text: c.text, field: '总分', fieldEn: 'total score' }, { line: cellLine(row, c), column: c.column, field: 'publishedTotal' }));
  }
  const last = numbers.length >= 2 ? (numbers[1] as TableCell) : (numbers[0] as TableCell);
  return {
    total: readNumber(ctx, row, last, ['publishedTotal'], NAMES.total),
    weightTotal: numbers.length >= 2 ? readNumber(ctx, row, numbers[0] as TableCell, ['publishedWeightTotal'], NAMES.weights) : null,
    grade,
    pairs,
  };
}
