import { classifyTier2 } from '../../model/tiers';
import { parseDirectionWord, parseTargetColumns } from '../notation';
import type { TableRow } from '../text/split-table';
import type { IndicatorColumn } from '../vocabulary/indicator-columns';
import { type IndicatorHeader, headerOf } from './indicator-header';

/** A column whose role its cells decided, against its header's words. */
export interface RoleChange {
  readonly column: number;
  readonly from: IndicatorColumn | null;
  readonly to: IndicatorColumn;
}

/** The filled cells of a column, by key. */
function cellsOf(rows: readonly TableRow[], column: number): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const c = r.cells[column];
    if (c && c.text !== '') out.push(c.text);
  }
  return out;
}

/** An operator written in a cell of its own: a sign, a word (大于等于), a national code. */
function isOperatorCell(text: string): boolean {
  if (text.length > 8) return false;
  const r = parseTargetColumns({ operator: text, value: '1', unit: '' });
  return r.ok && r.value.kind === 'quantitative' && r.value.op !== null;
}

/** 正向 / 反向 (and their synonyms), not 定性: a direction that no operator column would hold. */
function isDirectionCell(text: string): boolean {
  const d = parseDirectionWord(text);
  return d === 'higher-is-better' || d === 'lower-is-better';
}

/** True when at least half the filled cells (and at least one) pass the test. */
function mostly(cells: readonly string[], test: (t: string) => boolean): boolean {
  if (cells.length === 0) return false;
  let n = 0;
  for (const c of cells) if (test(c)) n++;
  return n > 0 && n * 2 >= cells.length;
}

/**
 * Corrects the roles that header words leave ambiguous, by what the columns hold (each rule a rule of how tables
 * are written, docs/importing.md "Column roles"):
 * - 指标性质 / 指标方向 hold either operators (`≥`, `大于等于`) or directions (`正向`, `反向`): a column named for
 *   one and holding the other takes the role of what it holds (Inner Mongolia writes 指标性质 正向 beside
 *   指标方向 大于等于; Sichuan writes 指标性质 `≥`);
 * - a two-level table's 指标名称 holds the tier-2 categories (数量指标, 质量指标 …) when there is no tier-2 column
 *   (Zhejiang): it is the tier-2 column, and the table has no indicator names.
 */
export function correctRoles(header: IndicatorHeader, rows: readonly TableRow[]): { header: IndicatorHeader; changes: RoleChange[] } {
  const roles = [...header.roles];
  const changes: RoleChange[] = [];
  const change = (column: number, to: IndicatorColumn): void => {
    changes.push({ column, from: roles[column] ?? null, to });
    roles[column] = to;
  };
  roles.forEach((role, i) => {
    if (role !== 'operator' && role !== 'direction') return;
    const cells = cellsOf(rows, i);
    if (role === 'operator' && mostly(cells, isDirectionCell)) change(i, 'direction');
    else if (role === 'direction' && mostly(cells, isOperatorCell)) change(i, 'operator');
  });
  const name = header.columns.name;
  if (header.columns.tier2 === undefined && name !== undefined) {
    if (mostly(cellsOf(rows, name), (t) => t.length <= 16 && /指标$/u.test(t.replace(/\s+/gu, '')) && classifyTier2(t) !== null)) change(name, 'tier2');
  }
  return changes.length === 0 ? { header, changes } : { header: headerOf(roles, header.titles, header.height), changes };
}
