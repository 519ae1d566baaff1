import { leadCell } from '../text/split-table';
import { formsMessages as M } from '../../i18n/messages/forms';
import { type TableCell, type TableRow, codePoints, placeInCell } from '../text/split-table';
import { inlinePairs, isUnitStatementKey } from '../text/inline-label';
import { labelKey, labelText } from '../text/label';
import { EXTRA_FIELD_LABELS, type FieldKey, type FieldSpec, FIELDS, fieldOf } from '../vocabulary/fields';
import { type ImportContext, origin, report } from './context';
import { indicatorColumnOf } from '../vocabulary/indicator-columns';
import { fundsColumnOf } from '../vocabulary/funds';

/**
 * A header field found in a row: the label cell and the value cell after it, or, for a `label：value` cell
 * (`项目名称：社区助餐点运营补贴`), the label and the value as parts of that one cell.
 */
export interface FieldHit {
  readonly key: FieldKey;
  readonly row: TableRow;
  readonly label: TableCell;
  readonly value: TableCell;
  /** True when label and value share one cell (`label` and `value` are then parts of it). */
  readonly inline?: true;
}

/** A header fact the model has no field for (项目类型 | 其他运转类), kept as written. */
export interface ExtraHit {
  readonly row: TableRow;
  readonly label: string;
  readonly value: string;
  readonly at: TableCell;
}

/** What a header-field row holds. */
export interface FieldRow {
  readonly hits: readonly FieldHit[];
  readonly extras: readonly ExtraHit[];
}

const EXTRA: ReadonlySet<string> = new Set(EXTRA_FIELD_LABELS);
/** A short label written with its colon (`项目编号：`): a label whatever its words. */
const COLON_LABEL = /^[\p{Script=Han}A-Za-z()（）、/\s]{1,20}[:：]$/u;

/** A part of a cell (`raw` from `at`, `text` trimmed) as a cell of its own, starting where its text starts. */
function partOf(row: TableRow, cell: TableCell, raw: string, at: number): TableCell {
  const text = raw.trim();
  const offset = codePoints(cell.raw.slice(0, at)) + 1;
  const key = labelKey(text);
  if (cell.quoted !== true && cell.line === undefined) return { raw, text, column: cell.column + offset - 1, key };
  const p = placeInCell(row, cell, offset);
  return p.line === row.line ? { raw, text, column: p.column, key } : { raw, text, column: p.column, line: p.line, key };
}

/** Numbering before a label (`2.项目实施内容及过程概述`, `一、`). */
const NUMBERING = /^(\d{1,2}[.、]|[一二三四五六七八九十]{1,2}、)/u;

/** True when a cell is a label: a header field's, an extra fact's (numbering allowed), or any short text ending with a colon. */
function isLabel(c: TableCell | undefined): boolean {
  if (!c || c.text === '' || c.text.length > 24) return false;
  return fieldOf(c.key) !== undefined || EXTRA.has(c.key) || (NUMBERING.test(c.key) && EXTRA.has(c.key.replace(NUMBERING, ''))) || COLON_LABEL.test(c.text);
}

/** True when a cell is a column head of a list (`项目名称 | 金额 | 备注`): never the value of a label before it. */
function isColumnHead(c: TableCell): boolean {
  return c.text.length <= 12 && (indicatorColumnOf(c.key) !== null || fundsColumnOf(c.key) !== null);
}

/** The `label：value` pairs of a cell (split at the first colon after a label), or null when it holds none with a label. */
function inlineCell(row: TableRow, cell: TableCell, hits: FieldHit[], extras: ExtraHit[]): boolean {
  if (!cell.key.includes(':') || cell.raw.length > 120 || COLON_LABEL.test(cell.text)) return false;
  const pairs = inlinePairs(cell.raw).filter((p) => p.label !== null && !isUnitStatementKey(`${p.key}:${labelKey(p.value)}`));
  const known = pairs.filter((p) => fieldOf(p.key) !== undefined || EXTRA.has(p.key));
  if (known.length === 0) return false;
  for (const p of pairs) {
    const spec = fieldOf(p.key);
    const label = partOf(row, cell, p.label as string, p.labelAt);
    if (spec) hits.push({ key: spec.key, row, label, value: partOf(row, cell, p.value, p.valueAt), inline: true });
    else extras.push({ row, label: labelText(p.label as string), value: p.value, at: label });
  }
  return true;
}

/** A cell with no label before it: its own `label：value` when it writes one (`自评时间:2024年3月1日`), else a label with no value. */
function looseExtra(row: TableRow, c: TableCell): ExtraHit {
  const first = c.key.includes(':') && c.raw.length <= 120 ? inlinePairs(c.raw) : [];
  const p = first.length === 1 ? first[0] : undefined;
  if (p && p.label !== null) return { row, label: labelText(p.label), value: p.value, at: c };
  return { row, label: c.text, value: '', at: c };
}

/**
 * Reads a row of header fields, or null when it is none: cells that name a field (项目名称, 主管部门 … — the
 * vocabulary `FIELDS`) with the value in the cell after, `label：value` written in one cell, and the other facts
 * of a header (项目类型, 项目期限, 立项依据 …, and any short label written with its colon) kept as extra fields.
 * A cell before the first label names a group (`项目主要内容、立项依据 | 立项依据 | …`) and prefixes the labels
 * after it; a cell after a value with no label of its own is kept as an extra with an empty label.
 */
export function fieldRow(row: TableRow): FieldRow | null {
  // Most rows hold no label at all: one look at each cell before anything is built.
  if (!row.cells.some((c) => isLabel(c) || (c.key.includes(':') && c.raw.length <= 120))) return null;
  const hits: FieldHit[] = [];
  const extras: ExtraHit[] = [];
  let group = '';
  let sawLabel = false;
  const filled = row.cells.filter((c) => c.text !== '');
  for (let k = 0; k < filled.length; k++) {
    const c = filled[k] as TableCell;
    if (isUnitStatementKey(c.key)) continue;
    if (isLabel(c)) {
      sawLabel = true;
      const next = filled[k + 1];
      const value = next && !isLabel(next) && !isUnitStatementKey(next.key) && !isColumnHead(next) ? next : undefined;
      const spec = fieldOf(c.key);
      const empty: TableCell = { raw: '', text: '', column: c.column + codePoints(c.raw) + 1, key: '' };
      if (spec) hits.push({ key: spec.key, row, label: c, value: value ?? (next === undefined ? (row.cells[row.cells.indexOf(c) + 1] ?? empty) : empty) });
      else extras.push({ row, label: `${group}${labelText(c.text).replace(/[:：]$/u, '').replace(NUMBERING, '')}`, value: value?.text ?? '', at: c });
      if (value) k++;
      continue;
    }
    if (inlineCell(row, c, hits, extras)) {
      sawLabel = true;
      continue;
    }
    if (!sawLabel) group = `${labelText(c.text)}/`;
    else extras.push(looseExtra(row, c));
  }
  if (hits.length === 0 && extras.length === 0) return null;
  // A row whose only label is the group of a text (no known field, no extra label) is no field row.
  if (hits.length === 0 && !sawLabel) return null;
  return { hits, extras };
}

/** True when a row opens with a field that names the document (项目名称 / 单位名称 …) or its header facts. */
export function isFieldStart(row: TableRow): boolean {
  const first = leadCell(row);
  if (!first) return false;
  const spec = fieldOf(first.key);
  if (spec !== undefined && spec.key !== 'contact') return true;
  if (EXTRA.has(first.key)) return true;
  return first.key.includes(':') && first.text.length <= 120 && fieldRow(row)?.hits.some((h) => h.key === 'projectName' || h.key === 'unitName') === true;
}

/** Keeps the first hit of each field and reports the repeats. */
export function firstHits(ctx: ImportContext, hits: readonly FieldHit[]): Map<FieldKey, FieldHit> {
  const out = new Map<FieldKey, FieldHit>();
  for (const h of hits) {
    if (!out.has(h.key)) out.set(h.key, h);
    else {
      const spec = FIELDS.find((s) => s.key === h.key) as FieldSpec;
      report(ctx, M.finding('forms/field-duplicate', 'warning', { field: spec.zh, fieldEn: spec.en }, { line: h.row.line, column: h.label.column, field: h.key }));
    }
  }
  return out;
}

/** The text of a field's hit, its origin recorded at the pointer `at`; null when the field is absent or blank. */
export function fieldText(ctx: ImportContext, hit: FieldHit | undefined, at: string): string | null {
  if (!hit) return null;
  origin(ctx, at, hit.row, hit.value);
  return hit.value.text === '' ? null : hit.value.text;
}
