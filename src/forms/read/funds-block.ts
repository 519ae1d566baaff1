import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { unitInLabel } from '../text/label';
import { type FundsColumn, type FundsLineRole, fundsColumnOf, fundsLineOf, isFundsBlockKey, isFundsLineKey } from '../vocabulary/funds';
import { parseTierLabel } from './tier-label';
import { fieldOf } from '../vocabulary/fields';
import { TOTAL_LABELS } from '../vocabulary/sections';

/**
 * How a budget block is laid out, as recognised: one line a row under a header of amount columns (`rows`, the
 * self-evaluations' 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分), label / amount pairs
 * (`pairs`, the declarations' 年度资金总额 | 120, several pairs on a row allowed), or the line labels across one
 * row and their amounts on the next (`columns`, Fujian's 年度预算安排 | 资金总额 | 项目支出 | 基本支出).
 */
export interface FundsPlan {
  readonly orientation: 'rows' | 'pairs' | 'columns';
  /** The header row (rows and columns orientation). */
  readonly header?: number;
  /** Column of each role in the header row (rows orientation). */
  readonly columns: Partial<Record<FundsColumn, number>>;
  /** The header columns of the `columns` orientation: index → the line label cell. */
  readonly lineColumns?: readonly number[];
  /** The money unit and the weight the block's labels state (`项目资金(万元)`, `预算执行情况(10分)`). */
  readonly unit: { readonly unit: AmountUnit; readonly row: TableRow } | null;
  readonly weight: { readonly weight: string; readonly row: TableRow; readonly cell: TableCell } | null;
}

/** The index of the first filled cell of a row, after the cells that only repeat a block label; -1 for none. */
export function lineLabelAt(row: TableRow): number {
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (c.text === '') continue;
    if (isFundsBlockKey(c.key)) continue;
    return i;
  }
  return -1;
}

/** A label that names a line of money: a source word, or a sub-line `其中…`. */
export function isLineLabel(c: TableCell | undefined): boolean {
  if (!c || c.text === '' || c.text.length > 40) return false;
  // `项目名称：村级自筹资金补助` is a header field written with its value, not a line of money.
  const colon = c.key.indexOf(':');
  if (colon > 0 && fieldOf(c.key.slice(0, colon)) !== undefined) return false;
  // A header field whose label names money (`财政资金拨款方式`) is no line either.
  if (fieldOf(c.key) !== undefined) return false;
  return isFundsLineKey(c.key) || (c.key.startsWith('其中') && c.key.length <= 24);
}

/** The money unit and weight written in a block's label cells. */
function blockFacts(row: TableRow): Pick<FundsPlan, 'unit' | 'weight'> {
  let unit: FundsPlan['unit'] = null;
  let weight: FundsPlan['weight'] = null;
  for (const c of row.cells) {
    if (c.text === '' || c.text.length > 40) continue;
    const u = unitInLabel(c.text);
    if (u !== null && unit === null) unit = { unit: u, row };
    if (weight === null && /分\)?$/u.test(c.key) && (isFundsBlockKey(c.key) || c.key.includes('预算'))) {
      const t = parseTierLabel(c.text.replace(/[(（](万元|元)[)）]/gu, ''));
      if (t.weight !== null) weight = { weight: t.weight, row, cell: c };
    }
  }
  return { unit, weight };
}

/** The header columns of a row-oriented block, or null when the row is no such header. */
export function headerColumns(row: TableRow): Partial<Record<FundsColumn, number>> | null {
  let cols: Partial<Record<FundsColumn, number>> | null = null;
  let amounts = 0;
  let roles = 0;
  // A header of amounts names a budget (预算) or what was spent (执行) in one of its short cells.
  let names = false;
  for (let i = row.first; i >= 0 && i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (c.text === '' || c.text.length > 40) continue;
    names ||= c.key.includes('预算') || c.key.includes('执行');
    const role = fundsColumnOf(c.key);
    // A cell stating the money unit (`年度预算数(万元)`) heads the label column, not an amount column.
    if (role === null || (cols !== null && cols[role] !== undefined) || (c.text.includes('元') && unitInLabel(c.text) !== null) || isFundsBlockKey(c.key)) continue;
    (cols ??= {})[role] = i;
    roles++;
    if (role === 'initial' || role === 'adjusted' || role === 'executed') amounts++;
  }
  return names && amounts >= 1 && roles >= 2 ? cols : null;
}

/** The line label columns of a `columns` block header (`年度预算安排(万元) | 资金总额 | 项目支出 | 基本支出`). */
function lineColumns(row: TableRow): number[] | null {
  const first = row.first;
  if (first < 0 || !isFundsBlockKey((row.cells[first] as TableCell).key)) return null;
  const cols: number[] = [];
  for (let i = first + 1; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (c.text === '') continue;
    if (!isFundsLineKey(c.key)) return null;
    cols.push(i);
  }
  return cols.length >= 2 ? cols : null;
}

/** What every budget block's label, header or line names: money, a budget, what was spent. */
const MONEY_WORDS = /资|预算|拨款|执行|总额|支出|财政|结转|结余|收入|补助|合计|总计/u;

/** True when a short cell of the row names money (a cheap test before the block's own). */
function namesMoney(row: TableRow): boolean {
  for (const c of row.cells) if (c.text !== '' && c.key.length <= 40 && MONEY_WORDS.test(c.key)) return true;
  return false;
}

/** True when a cell may hold an amount: blank, a dash, or text starting with a digit. */
function amountLike(c: TableCell | undefined): boolean {
  if (!c || c.text === '') return true;
  return /^[-+]?[\d０-９.,，]|^[-—–/／]+$|^(不适用|无)$/u.test(c.text);
}

/**
 * True when the row opens a pairs block: a line label with an amount after it (`年度资金总额 | 120`), or a total's
 * label whose amount is blank — written blank, or left out as web copies and trimmed rows leave out trailing
 * blank cells (`资金情况(元) | 年度资金总额`). A lone source label (`其他资金` with nothing after it) only continues
 * a block, and a row total alone (`合计`) is a total row.
 */
function pairsRow(row: TableRow): boolean {
  const at = lineLabelAt(row);
  if (at < 0 || !isLineLabel(row.cells[at])) return false;
  const next = row.cells[at + 1];
  if (next !== undefined && next.text !== '') return amountLike(next);
  const key = (row.cells[at] as TableCell).key;
  return fundsLineOf(key) === 'total' && !TOTAL_LABELS.has(key);
}

/**
 * Recognises a budget block starting at row `i` and tells where it ends: a header of amount columns (then
 * its lines), a block label alone on its row (then a header or lines), the line labels across a row (then
 * one row of amounts), or lines of label / amount pairs. `stops(j)` tells whether row `j` opens another section.
 * Returns null when no budget block starts here.
 */
export function fundsSpan(rows: readonly TableRow[], i: number, stops: (j: number) => boolean): { end: number; plan: FundsPlan } | null {
  const row = rows[i] as TableRow;
  if (!namesMoney(row)) return null;
  const cols = headerColumns(row);
  if (cols !== null) return { end: linesEnd(rows, i + 1, false), plan: { orientation: 'rows', header: i, columns: cols, ...blockFacts(row) } };
  const across = lineColumns(row);
  if (across !== null) {
    const next = rows[i + 1];
    const end = next && !isBlankRow(next) && !stops(i + 1) ? i + 2 : i + 1;
    return { end, plan: { orientation: 'columns', header: i, columns: {}, lineColumns: across, ...blockFacts(row) } };
  }
  const at = lineLabelAt(row);
  const labelOnly = at < 0 && row.cells.some((c) => c.text !== '' && isFundsBlockKey(c.key));
  if (labelOnly) {
    // `预算情况` or `资金情况(万元)` alone: the header or the lines follow.
    const next = rows[i + 1];
    if (next === undefined) return null;
    const sub = fundsSpan(rows, i + 1, stops);
    if (sub !== null) {
      const facts = blockFacts(row);
      return { end: sub.end, plan: { ...sub.plan, unit: sub.plan.unit ?? facts.unit, weight: sub.plan.weight ?? facts.weight } };
    }
    // The seed's `内容 | 预算情况` column heads, then the lines.
    if (/^内容$|^项目$/u.test(next.cells[0]?.key ?? '') && pairsRow(rows[i + 2] ?? next)) {
      return { end: linesEnd(rows, i + 2, true), plan: { orientation: 'pairs', columns: {}, ...blockFacts(row) } };
    }
    return null;
  }
  if (!pairsRow(row)) return null;
  return { end: linesEnd(rows, i + 1, true), plan: { orientation: 'pairs', columns: {}, ...blockFacts(row) } };
}

/**
 * Where the lines of a block end: at the first row that is no line of money (a blank row ends a pairs block;
 * a row-oriented block may have lines whose cells are all blank). In a pairs block, a row that only continues
 * the block label's text (`预算规模及资金用途 | … ` then ` | 用于维修…`) belongs to it.
 */
function linesEnd(rows: readonly TableRow[], from: number, pairs: boolean): number {
  let j = from;
  for (; j < rows.length; j++) {
    const r = rows[j] as TableRow;
    if (isBlankRow(r)) break;
    // A line of money continues the block; nothing else does (a line label opens no other section).
    const at = lineLabelAt(r);
    if (at >= 0 && isLineLabel(r.cells[at])) continue;
    // The purpose under a 资金用途 label: the first cell blank, one text.
    if (pairs && j === from && r.first > 0 && r.cells.filter((c) => c.text !== '').length === 1 && rows[from - 1]?.text.includes('用途')) continue;
    break;
  }
  return j;
}

/** The funding role of a line label. */
export function lineRole(label: TableCell): FundsLineRole {
  return fundsLineOf(label.key);
}
