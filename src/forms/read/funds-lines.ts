import { formsMessages as M } from '../../i18n/messages/forms';
import type { TableCell, TableRow } from '../text/split-table';
import { cellLine, isBlankRow, leadCell } from '../text/split-table';
import { labelText, unitInLabel } from '../text/label';
import { isNotApplicableText } from '../notation';
import { type FundsColumn, type FundsLineRole, fundsLineOf } from '../vocabulary/funds';
import { type ImportContext, cellAt, keepAside, report, use } from './context';
import { alignLine } from './funds-align';
import { type FundsPlan, isLineLabel, lineLabelAt } from './funds-block';

/** One line of a budget block, as read: its label, its role, and its cells (amounts are read later, in the document's unit). */
export interface FundsLine {
  readonly row: TableRow;
  readonly labelCell: TableCell;
  /** The label as written, its line-break spaces removed and a trailing colon dropped. */
  readonly label: string;
  readonly role: FundsLineRole;
  /** The cell under each column role (rows orientation); absent roles are blank. */
  readonly cells: Partial<Record<FundsColumn, TableCell>>;
  /** The one amount of a pairs or columns line. */
  readonly amount?: TableCell;
}

/** A budget block, read: its plan, its lines, and the purpose text written under a 资金用途 label. */
export interface FundsPart {
  readonly plan: FundsPlan;
  readonly lines: readonly FundsLine[];
  readonly purpose: { readonly row: TableRow; readonly cell: TableCell } | null;
}

const ROLE_ZH: Record<FundsColumn, string> = { initial: '年初预算数', adjusted: '全年预算数', executed: '全年执行数', rate: '执行率', weight: '分值', score: '得分' };

function line(row: TableRow, labelCell: TableCell, cells: FundsLine['cells'], amount?: TableCell): FundsLine {
  const label = labelText(labelCell.text).replace(/[:：]+$/u, '').trim();
  return { row, labelCell, label, role: fundsLineOf(labelCell.key), cells, ...(amount !== undefined && { amount }) };
}

/** Reads the lines of a row-oriented block: each cell under its header's role, short rows aligned (see funds-align). */
function rowLines(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number, plan: FundsPlan): FundsLine[] {
  const byColumn = (Object.entries(plan.columns) as [FundsColumn, number][]).sort((a, b) => a[1] - b[1]);
  const roles = byColumn.map(([r]) => r);
  const first = (byColumn[0] as [FundsColumn, number])[1];
  const contiguous = byColumn.every(([, c], k) => c === first + k);
  const dropped = new Set<FundsColumn>();
  const out: FundsLine[] = [];
  for (let i = start; i < end; i++) {
    const row = rows[i] as TableRow;
    const at = lineLabelAt(row);
    if (at < 0) {
      use(ctx, i);
      continue;
    }
    const labelCell = row.cells[at] as TableCell;
    // The amounts start right after the label: a label column merged over the block's first columns, or a
    // block label the copy lost, moves the cells against the header by the same amount on every line.
    const shift = at + 1 - first;
    const cells: FundsLine['cells'] = {};
    const full = row.cells.length >= first + shift + roles.length;
    if (!contiguous || full) {
      for (const [r, c] of byColumn) {
        const cell = row.cells[c + shift];
        if (cell) cells[r] = cell;
      }
      out.push(line(row, labelCell, cells));
      use(ctx, i);
      continue;
    }
    const a = alignLine(roles, row.cells.slice(first + shift), plan.weight?.weight ?? null, dropped);
    if (a.kind === 'ambiguous') {
      const w = M.finding('forms/row-misaligned', 'warning', { label: labelCell.text, count: roles.length }, { line: row.line, column: labelCell.column, field: 'budget' });
      keepAside(ctx, i, w.message, w);
      continue;
    }
    if (a.kind === 'aligned') {
      for (const r of a.dropped) dropped.add(r);
      const moved = (Object.entries(a.reading) as [FundsColumn, TableCell][]).filter(([r, c]) => c.text !== '' && !isNotApplicableText(c.text) && c !== row.cells[(plan.columns[r] as number) + shift]);
      if (moved.length > 0) {
        const reading = moved.map(([r, c]) => `${c.text}→${ROLE_ZH[r]}`).join('，');
        report(
          ctx,
          M.finding(
            'forms/cells-aligned',
            'warning',
            { label: labelCell.text, reading, basis: a.confirmed ? 'confirmed' : 'block' },
            { line: cellLine(row, labelCell), column: labelCell.column, field: 'budget' },
          ),
        );
      }
    }
    out.push(line(row, labelCell, a.reading));
    use(ctx, i);
  }
  return out;
}

/** Reads the lines of a pairs block: every label / amount pair of every row, and a purpose row. */
function pairLines(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number): { lines: FundsLine[]; purpose: FundsPart['purpose'] } {
  const lines: FundsLine[] = [];
  let purpose: FundsPart['purpose'] = null;
  for (let i = start; i < end; i++) {
    const row = rows[i] as TableRow;
    use(ctx, i);
    if (isBlankRow(row)) continue;
    const at = lineLabelAt(row);
    if (at < 0 || !isLineLabel(row.cells[at])) {
      const text = leadCell(row);
      if (text && purpose === null) purpose = { row, cell: text };
      continue;
    }
    for (let k = at; k < row.cells.length; k++) {
      const c = row.cells[k] as TableCell;
      if (!isLineLabel(c)) continue;
      lines.push(line(row, c, {}, cellAt(row, k + 1)));
      k++;
    }
  }
  return { lines, purpose };
}

/** Reads the lines of a columns block: the labels across the header row, the amounts under them on the next row. */
function columnLines(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number, plan: FundsPlan): FundsLine[] {
  const header = rows[start] as TableRow;
  use(ctx, start);
  const values = start + 1 < end ? (rows[start + 1] as TableRow) : undefined;
  if (values) use(ctx, start + 1);
  return (plan.lineColumns ?? []).map((k) => line(values ?? header, header.cells[k] as TableCell, {}, values ? cellAt(values, k) : cellAt(header, header.cells.length)));
}

/**
 * Reads a budget block recognised by `fundsSpan` (rows `start` … `end - 1`): its lines with their cells, the
 * header rows marked as read. Amounts are read later, in the document's money unit.
 */
export function readFunds(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number, plan: FundsPlan): FundsPart {
  const part = readBlock(ctx, rows, start, end, plan);
  if (part.plan.unit !== null) return part;
  // The unit written in a line's label (`部门整体预算总额(元)`), when the block's label states none.
  for (const l of part.lines) {
    const u = unitInLabel(l.labelCell.text);
    if (u !== null) return { ...part, plan: { ...part.plan, unit: { unit: u, row: l.row } } };
  }
  return part;
}

function readBlock(ctx: ImportContext, rows: readonly TableRow[], start: number, end: number, plan: FundsPlan): FundsPart {
  if (plan.orientation === 'columns') return { plan, lines: columnLines(ctx, rows, plan.header ?? start, end, plan), purpose: null };
  if (plan.orientation === 'rows') {
    const header = plan.header ?? start;
    for (let i = start; i <= header; i++) use(ctx, i);
    return { plan, lines: rowLines(ctx, rows, header + 1, end, plan), purpose: null };
  }
  // Heading rows before the first line (`预算情况`, `内容 | 预算情况`) are structure.
  let first = start;
  for (; first < end; first++) {
    const r = rows[first] as TableRow;
    const at = lineLabelAt(r);
    if (at >= 0 && isLineLabel(r.cells[at])) break;
    use(ctx, first);
  }
  const p = pairLines(ctx, rows, first, end);
  return { plan, lines: p.lines, purpose: p.purpose };
}
