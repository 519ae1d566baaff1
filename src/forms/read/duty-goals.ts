import type { TableRow } from '../text/split-table';

/** The columns of the older Fujian form's 年度履职目标 rows. */
export interface DutyGoalColumns {
  readonly duty: number;
  readonly task: number;
  readonly project: number;
  readonly amount: number;
}

/**
 * Recognises the older Fujian form's 年度履职目标 block at row `i`: the label with the heads 部门职能 / 年度目标任务 /
 * 支出项目名称 / 预算金额 beside it, then one row per duty goal with the first column merged. Returns where it ends
 * and the columns, or null.
 */
export function dutyGoalsSpan(rows: readonly TableRow[], i: number, stops: (j: number) => boolean): { end: number; columns: DutyGoalColumns } | null {
  const row = rows[i] as TableRow;
  if (row.cells[0]?.key !== '年度履职目标') return null;
  const keys = row.cells.map((c) => c.key);
  const find = (re: RegExp): number => keys.findIndex((k, x) => x > 0 && re.test(k));
  const duty = find(/职能/u);
  const task = find(/任务/u);
  if (duty < 0 || task < 0) return null;
  const project = find(/项目/u);
  const amount = find(/金额|预算/u);
  const columns = { duty, task, project: project < 0 ? task + 1 : project, amount: amount < 0 ? task + 2 : amount };
  let j = i + 1;
  for (; j < rows.length; j++) {
    const r = rows[j] as TableRow;
    if ((r.cells[0]?.text ?? '') !== '' || r.cells.every((c) => c.text === '') || stops(j)) break;
  }
  return { end: j, columns };
}
