import type { TableRow } from '../text/split-table';
import { labelKey } from '../text/label';

/** The roles a column of an indicator table can have. */
export type IndicatorColumn =
  | 'tier1'
  | 'tier2'
  | 'name'
  | 'target'
  | 'midTermTarget'
  | 'adjustedTarget'
  | 'operator'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'coefficient'
  | 'isCore'
  | 'deviation'
  | 'note';

/** Column role → index, as read from the header row. */
export type IndicatorColumns = Partial<Record<IndicatorColumn, number>>;

/** Which role a header cell names, by the words national and local templates use; null for none. */
export function columnRole(header: string): IndicatorColumn | null {
  return roleOfKey(labelKey(header));
}

/** {@link columnRole} of a label key. */
function roleOfKey(k: string): IndicatorColumn | null {
  if (k === '' || k.length > 40) return null;
  if (k.includes('一级')) return 'tier1';
  if (k.includes('二级')) return 'tier2';
  if (k.includes('三级') || k === '指标名称' || k === '指标') return 'name';
  if (k.includes('系数')) return 'coefficient';
  if (k.includes('得分')) return 'score';
  if (k.includes('核心')) return 'isCore';
  if (k.includes('偏差') || k.includes('原因') || k.includes('改进措施')) return 'deviation';
  if (k.includes('完成值') || k.includes('实际完成') || k === '完成情况' || k === '实际值') return 'actual';
  if (k.includes('中期') && (k.includes('指标值') || k.includes('目标值'))) return 'midTermTarget';
  if (k.includes('调整') && (k.includes('指标值') || k.includes('目标值'))) return 'adjustedTarget';
  if (k.includes('指标值') || k.includes('目标值')) return 'target';
  if (k.includes('指标性质') || k.includes('计算符号') || k === '符号') return 'operator';
  if (k.includes('度量单位') || k.includes('计量单位')) return 'unit';
  if (k.includes('分值') || k.includes('权重')) return 'weight';
  if (k.includes('备注')) return 'note';
  return null;
}

/** True when a key could have the role `name` (what {@link roleOfKey} asks of it, without the rest). */
function mayNameIndicator(k: string): boolean {
  return k.includes('三级') || k === '指标名称' || k === '指标';
}

/** An indicator table's header row read: the column of each role, and the columns that repeat a role. */
export interface IndicatorHeader {
  readonly columns: IndicatorColumns;
  readonly repeated: readonly number[];
}

/**
 * Reads an indicator table's header row into a column map, or null when the row is not one (it must name the
 * indicator column and a target column). Repeated roles keep their first column; the repeats are returned.
 */
export function readIndicatorHeader(row: TableRow): IndicatorHeader | null {
  // Importers ask this of nearly every row: rule out the rows without a cell that could name the indicator,
  // first by the row's text (a key with 三级 or 指标 comes from a cell with 三 or 指: making a key only drops white
  // space and narrows full-width forms), then cell by cell.
  if (!row.text.includes('三') && !row.text.includes('指')) return null;
  if (!row.cells.some((c) => mayNameIndicator(c.key))) return null;
  const columns: IndicatorColumns = {};
  const repeated: number[] = [];
  let known = 0;
  row.cells.forEach((cell, i) => {
    const role = roleOfKey(cell.key);
    if (role === null) return;
    known++;
    if (columns[role] === undefined) columns[role] = i;
    else repeated.push(i);
  });
  if (columns.name === undefined || (columns.target === undefined && columns.operator === undefined)) return null;
  if (known < 3) return null;
  return { columns, repeated };
}
