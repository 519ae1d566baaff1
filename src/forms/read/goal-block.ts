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
