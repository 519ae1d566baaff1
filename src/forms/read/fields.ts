import { formsMessages as M } from '../../i18n/messages/forms';
import { type TableCell, type TableRow, cellLine, codePoints, placeInCell } from '../text/split-table';
import { type InlinePair, inlinePairs, isUnitStatementKey } from '../text/inline-label';
import { labelKey } from '../text/label';
import { type ImportContext, origin, report } from './context';

/** A header field of a form (单位名称, 项目名称, 主管部门, …) and the label patterns that name it. */
export interface FieldSpec<K extends string> {
  readonly key: K;
  readonly zh: string;
  readonly en: string;
  readonly match: RegExp;
}

/**
 * A field value found in a row: the label cell and the value cell after it, or, for a `label：value` cell
 * (`项目名称：社区助餐点运营补贴`), the label and the value as parts of that one cell.
 */
export interface FieldHit<K extends string> {
  readonly key: K;
  readonly row: TableRow;
  readonly index: number;
  readonly label: TableCell;
  readonly value: TableCell;
  /** Index in `row.cells` of the label's cell. */
  readonly cell: number;
  /** True when label and value share one cell (`label` and `value` are then parts of it). */
  readonly inline?: true;
}

/** A part of a cell (`raw` from `at`, `text` trimmed) as a cell of its own, starting where its text starts. */
function partOf(row: TableRow, cell: TableCell, raw: string, at: number): TableCell {
  const text = raw.trim();
  const offset = codePoints(cell.raw.slice(0, at)) + 1;
  const key = labelKey(text);
  if (cell.quoted !== true && cell.line === undefined) return { raw, text, column: cell.column + offset - 1, key };
  const p = placeInCell(row, cell, offset);
  return p.line === row.line ? { raw, text, column: p.column, key } : { raw, text, column: p.column, line: p.line, key };
}

/**
 * The `label：value` pairs of a cell whose labels are fields of the layout (split at the first colon after a
 * known label; several pairs separated by 2+ spaces or an ideographic space), or null when the cell holds none.
 * Only short cells with a colon are looked at; a money-unit statement (`单位：万元`) is never a field.
 */
function inlineFields<K extends string>(row: TableRow, index: number, at: number, specs: readonly FieldSpec<K>[]): FieldHit<K>[] | null {
  const cell = row.cells[at] as TableCell;
  const pairs = inlineFieldPairs(cell, specs);
  if (pairs === null) return null;
  const hits: FieldHit<K>[] = [];
  for (const { pair, spec } of pairs) {
    if (spec === undefined) continue;
    const label = partOf(row, cell, pair.label as string, pair.labelAt);
    const value = partOf(row, cell, pair.value, pair.valueAt);
    hits.push({ key: spec.key, row, index, label, value, cell: at, inline: true });
  }
  return hits;
}

/** The pairs of a cell with the spec each label names, or null when no label is a field. */
function inlineFieldPairs<K extends string>(cell: TableCell, specs: readonly FieldSpec<K>[]): { pair: InlinePair; spec: FieldSpec<K> | undefined }[] | null {
  // The key has no white space and half-width colons: a cheap test that skips nearly every cell.
  if (cell.text === '' || !cell.key.includes(':') || cell.raw.length > 120) return null;
  let any = false;
  const out = inlinePairs(cell.raw).map((pair) => {
    const spec = pair.label === null || isUnitStatementKey(`${pair.key}:${labelKey(pair.value)}`) ? undefined : specs.find((s) => s.match.test(pair.key));
    if (spec) any = true;
    return { pair, spec };
  });
  return any ? out : null;
}

/**
 * True when a cell is a `label：value` pair whose label is one of the fields (`项目名称：…`): other readers
 * (fund labels, goals) must leave it to the field reader.
 */
export function isInlineField<K extends string>(cell: TableCell, specs: readonly FieldSpec<K>[]): boolean {
  return inlineFieldPairs(cell, specs) !== null;
}

/**
 * Finds the header fields in a row: every cell whose label matches a spec, with the cell after it as the
 * value (`项目名称 | X | 项目负责人及电话 | Y` gives two fields).
 */
export function fieldsInRow<K extends string>(row: TableRow, index: number, specs: readonly FieldSpec<K>[]): FieldHit<K>[] {
  const hits: FieldHit<K>[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const label = row.cells[i] as TableCell;
    if (label.text === '') continue;
    const spec = label.text.length > 40 ? undefined : specs.find((s) => s.match.test(label.key));
    if (!spec) {
      // `项目名称：社区助餐点运营补贴`, `主管部门：某局    实施单位：某中心`: label and value in one cell.
      const inline = inlineFields(row, index, i, specs);
      if (inline) hits.push(...inline);
      continue;
    }
    const value = row.cells[i + 1] ?? { raw: '', text: '', column: label.column + codePoints(label.raw) + 1, key: '' };
    hits.push({ key: spec.key, row, index, label, value, cell: i });
    i++;
  }
  return hits;
}

/**
 * Reports, with the info finding `forms/field-unread`, the label / value pairs of a header row that no field
 * took (`项目属性 | 延续`, `项目期 | 3年` beside 项目名称 / 主管部门): the row is read, and these cells would otherwise
 * vanish without a word.
 */
export function reportUnreadCells<K extends string>(ctx: ImportContext, row: TableRow, hits: readonly FieldHit<K>[]): void {
  const taken = new Set<number>();
  const inline = new Set<number>();
  for (const h of hits) {
    taken.add(h.cell);
    if (h.inline) inline.add(h.cell);
    else taken.add(h.cell + 1);
  }
  const unread = (c: TableCell, label: string, value: string): void =>
    report(ctx, M.finding('forms/field-unread', 'info', { label: label.slice(0, 40), value: value.slice(0, 80) }, { line: cellLine(row, c), column: c.column, field: label.slice(0, 40) }));
  // The pairs of a `label：value` cell that no field took (`项目属性：延续` beside `项目名称：…`).
  for (const at of inline) {
    const cell = row.cells[at] as TableCell;
    const labels = new Set(hits.filter((h) => h.cell === at).map((h) => h.label.column));
    for (const pair of inlinePairs(cell.raw)) {
      if (pair.label !== null && labels.has(partOf(row, cell, pair.label, pair.labelAt).column)) continue;
      const part = partOf(row, cell, pair.label ?? pair.value, pair.labelAt);
      if (part.text !== '') unread(part, pair.label ?? pair.value, pair.label === null ? '' : pair.value);
    }
  }
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (taken.has(i) || c.text === '') continue;
    const value = row.cells[i + 1];
    const pair = value !== undefined && !taken.has(i + 1) && value.text !== '';
    unread(c, c.text, pair ? value.text : '');
    if (pair) i++;
  }
}

/** Keeps the first hit of each field and reports the repeats. */
export function firstHits<K extends string>(ctx: ImportContext, hits: readonly FieldHit<K>[], specs: readonly FieldSpec<K>[]): Map<K, FieldHit<K>> {
  const out = new Map<K, FieldHit<K>>();
  for (const h of hits) {
    if (!out.has(h.key)) out.set(h.key, h);
    else {
      const spec = specs.find((s) => s.key === h.key) as FieldSpec<K>;
      report(ctx, M.finding('forms/field-duplicate', 'warning', { field: spec.zh, fieldEn: spec.en }, { line: h.row.line, column: h.label.column, field: h.key }));
    }
  }
  return out;
}

/** The text of a field's hit, its origin recorded at the pointer `at`; null when the field is absent or blank. */
export function fieldText<K extends string>(ctx: ImportContext, hit: FieldHit<K> | undefined, at: string): string | null {
  if (!hit) return null;
  origin(ctx, at, hit.row, hit.value);
  return hit.value.text === '' ? null : hit.value.text;
}

/** The header fields shared by the forms. */
export const COMMON_FIELDS = {
  unitName: { key: 'unitName', zh: '单位名称', en: 'unit name', match: /^(单位名称|部门名称|部门\(单位\)名称|单位\(部门\)名称|预算单位|单位)$/u },
  projectName: { key: 'projectName', zh: '项目名称', en: 'project name', match: /^项目名称$/u },
  supervisingDepartment: { key: 'supervisingDepartment', zh: '主管部门', en: 'supervising department', match: /^主管部门(及代码)?$/u },
  implementingUnit: { key: 'implementingUnit', zh: '实施单位', en: 'implementing unit', match: /^实施单位$/u },
  contact: { key: 'contact', zh: '项目负责人及电话', en: 'project contact', match: /^(项目负责人及电话|项目负责人及联系电话|项目负责人|联系人及电话)$/u },
  appropriationMode: { key: 'appropriationMode', zh: '财政资金拨款方式', en: 'appropriation mode', match: /^(财政资金拨款方式|拨款方式|经费形式)$/u },
  publishedTotal: { key: 'publishedTotal', zh: '自评总分', en: 'total score', match: /^(自评总分|自评得分)$/u },
} as const;
