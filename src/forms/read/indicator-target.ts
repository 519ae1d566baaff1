import type { Finding, Result } from '../../model/finding';
import type { Target } from '../../model/target';
import { parseDirectionWord, parseTarget, parseTargetColumns, splitNameTarget } from '../notation';
import type { TableCell, TableRow } from '../text/split-table';
import { type ImportContext, cellAt, reportInCell } from './context';
import type { IndicatorColumns } from './indicator-header';

/** 指标性质 written as a whole word (Chongqing: `定量指标` / `定性指标`). */
const NATURE_WORD = /^(\s*)(定量|定性)指标(\s*)$/u;

/**
 * Reads a target over separate columns. `定量指标` / `定性指标` are read as `定量` / `定性`; the target keeps
 * the three cells as written in `raw`, as {@link parseTargetColumns} does for the words it knows.
 */
function parseColumns(operator: string, value: string, unit: string): Result<Target> {
  const m = NATURE_WORD.exec(operator);
  if (!m) return parseTargetColumns({ operator, value, unit });
  const r = parseTargetColumns({ operator: `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}`, value, unit });
  if (!r.ok) return r;
  // Columns of findings count in the joined cells; the word is two code points longer than what was parsed.
  const shift = (f: Finding): Finding => (f.column !== undefined && f.column > operator.length - 2 ? { ...f, column: f.column + 2 } : f);
  // `raw` replaced in the new target (in place, where a copy would keep it: a spread copy is slow in V8).
  return { ok: true, value: Object.assign(r.value, { raw: `${operator}\t${value}\t${unit}` }), warnings: r.warnings.map(shift) };
}

/** The direction a row declares, and the operator cell once a direction written in it is taken out. */
export function declaredDirection(row: TableRow, cols: IndicatorColumns): { direction: 'higher-is-better' | 'lower-is-better' | 'qualitative' | null; operatorCell: TableCell | undefined } {
  const dir = cols.direction === undefined ? undefined : cellAt(row, cols.direction);
  const op = cols.operator === undefined ? undefined : cellAt(row, cols.operator);
  const fromDir = dir && dir.text !== '' ? parseDirectionWord(dir.text) : null;
  // A direction word in the operator column (a table that mixes them): a direction, and no operator.
  const fromOp = op && op.text !== '' ? parseDirectionWord(op.text) : null;
  if (fromOp === 'higher-is-better' || fromOp === 'lower-is-better') return { direction: fromDir ?? fromOp, operatorCell: undefined };
  // An operator in the direction column, where the table has no operator column.
  if (op === undefined && dir && dir.text !== '' && fromDir === null) return { direction: null, operatorCell: dir };
  return { direction: fromDir, operatorCell: op };
}

/** What reading a row's target gave: the target (null when its cell cannot be read), the cell it anchors to, the name. */
export interface TargetRead {
  readonly target: Target | null;
  readonly anchor: TableCell;
  /** The name, when the target was read from its end (the table has no target column). */
  readonly name?: string;
  readonly error: Finding | null;
}

/**
 * Reads a row's target: one cell (`≥30.00(户)`), operator / value / unit cells, or — when the table has no target
 * column at all — the end of the name (`验收合格率100%`). Findings go to the cell, at `path`.
 */
export function readTarget(
  ctx: ImportContext,
  row: TableRow,
  cols: IndicatorColumns,
  valueColumn: number | undefined,
  operatorCell: TableCell | undefined,
  nameCell: TableCell,
  path: readonly (string | number)[],
): TargetRead {
  const separate = operatorCell !== undefined || cols.unit !== undefined;
  if (valueColumn === undefined && cols.operator === undefined && cols.target === undefined) {
    const split = nameCell.text === '' ? null : splitNameTarget(nameCell.text);
    if (split === null) return { target: { kind: 'missing', raw: '' }, anchor: nameCell, error: null };
    // What reading the target found (operator missing …), at its place in the name; the split itself is
    // reported by the caller (`forms/target-from-name`).
    const found = split.warnings.filter((f) => f.code !== 'notation/name-target');
    if (found.length > 0) reportInCell(ctx, found, row, nameCell, path, String(path[path.length - 1]));
    return { target: split.target, anchor: nameCell, name: split.name, error: null };
  }
  const valueCell = cellAt(row, valueColumn);
  const r = separate ? parseColumns(operatorCell?.raw ?? '', valueCell.raw, cellAt(row, cols.unit).raw) : parseTarget(valueCell.raw);
  const anchor = separate && valueCell.text === '' && operatorCell !== undefined ? operatorCell : valueCell;
  if (r.warnings.length > 0) reportInCell(ctx, r.warnings, row, anchor, path, String(path[path.length - 1]));
  if (!r.ok) {
    reportInCell(ctx, r.errors, row, anchor, path, String(path[path.length - 1]));
    return { target: null, anchor, error: r.errors[0] ?? null };
  }
  return { target: r.value, anchor, error: null };
}
