import type { TableCell, TableRow } from '../text/split-table';
import { labelKey } from '../text/label';

/** Is this the label of a goal block (总体目标, 年度总体目标, 绩效目标)? */
export function isGoalLabel(text: string): boolean {
  const k = labelKey(text);
  return k.length <= 30 && /^(年度)?总体(绩效)?目标|^绩效目标$|^项目总体目标/u.test(k);
}

/** The columns of a goal header row (`总体目标 | 中期目标 | 年度目标`), or null when the row is not one. */
export function goalHeader(row: TableRow): { midTerm?: number; annual?: number } | null {
  const out: { midTerm?: number; annual?: number } = {};
  row.cells.forEach((c: TableCell, i) => {
    const k = c.key;
    if (k.length > 30) return;
    if (/^中期(绩效)?目标/u.test(k)) out.midTerm ??= i;
    else if (/^年度(绩效)?目标$|^年度目标\(/u.test(k) || k === '年度目标') out.annual ??= i;
  });
  return out.midTerm !== undefined || out.annual !== undefined ? out : null;
}

const PLANNED_LABEL = /^(预期目标|年度目标|年初目标|年初设定目标)$/u;
const ACTUAL_LABEL = /^实际完成(情况|目标)?$|^全年实际完成情况$/u;

/** Is this label key the planned side of a self-evaluation's goal block (预期目标, 年度目标, 年初目标)? */
export function isPlannedGoalKey(key: string): boolean {
  return PLANNED_LABEL.test(key);
}

/** Is this label key the actual side of a self-evaluation's goal block (实际完成情况, 全年实际完成情况)? */
export function isActualGoalKey(key: string): boolean {
  return ACTUAL_LABEL.test(key);
}

/**
 * The columns of a self-evaluation goal header row (`年度总体目标 | 预期目标 | 实际完成情况`, the central template):
 * both labels on the row and nothing else but a goal block label, the texts on the row(s) below. Null when the
 * row is not one (Tianchang's `预期目标 | text` rows are label / value pairs instead).
 */
export function plannedActualHeader(row: TableRow): { planned: number; actual: number } | null {
  let planned = -1;
  let actual = -1;
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (c.text === '') continue;
    if (planned < 0 && PLANNED_LABEL.test(c.key)) planned = i;
    else if (planned >= 0 && actual < 0 && ACTUAL_LABEL.test(c.key)) actual = i;
    else if (!isGoalLabel(c.text)) return null;
  }
  return planned >= 0 && actual > planned ? { planned, actual } : null;
}
