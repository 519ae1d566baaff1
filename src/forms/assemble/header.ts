import type { AmountUnit, ExtraField } from '../../model/common';
import type { FieldKey } from '../vocabulary/fields';
import { FIELDS } from '../vocabulary/fields';
import type { DocumentColumn } from '../vocabulary/indicator-columns';
import { type ImportContext, origin } from '../read/context';
import { type FieldHit, fieldText, firstHits } from '../read/fields';
import { reportMissing, resolveAmountUnit } from '../read/common-rows';
import type { IndicatorsPart } from '../read/indicator-rows';
import type { TableCell, TableRow } from '../text/split-table';
import type { Parts } from './parts';

/** The header of a document: its fields by key (first hit of each), and the document cells of its indicator table. */
export interface Header {
  /** The text of a field (or of the table's document column standing for it), its origin recorded at `at`; null when absent or blank. */
  text(key: FieldKey, at: string): string | null;
  has(key: FieldKey): boolean;
  hit(key: FieldKey): FieldHit | undefined;
  /** The hits no field of the document took: kept as extra fields. */
  unused(taken: readonly FieldKey[]): ExtraField[];
}

/** The document column that stands for each field, where an indicator table carries one. */
const COLUMN_FOR: Partial<Record<FieldKey, DocumentColumn>> = { projectName: 'projectName', implementingUnit: 'implementingUnit', supervisingDepartment: 'supervisingDepartment' };

/** The document's header: its fields, falling back on the document columns of its indicator table. */
export function headerOf(ctx: ImportContext, parts: Parts, cells: IndicatorsPart['documentCells']): Header {
  const f = firstHits(ctx, parts.hits);
  const column = (key: FieldKey): { row: TableRow; cell: TableCell } | undefined => {
    const c = COLUMN_FOR[key];
    return c === undefined ? undefined : cells[c];
  };
  return {
    text(key, at) {
      const hit = f.get(key);
      if (hit) return fieldText(ctx, hit, at);
      const c = column(key);
      if (!c) return null;
      origin(ctx, at, c.row, c.cell);
      return c.cell.text;
    },
    has: (key) => f.has(key) || column(key) !== undefined,
    hit: (key) => f.get(key),
    unused(taken) {
      const out: ExtraField[] = [];
      for (const [key, hit] of f) {
        if (taken.includes(key) || hit.value.text === '') continue;
        out.push({ label: hit.label.text.replace(/[:：]$/u, ''), value: hit.value.text });
      }
      return out;
    },
  };
}

/** Reports a required field the table does not give. */
export function requireField(ctx: ImportContext, key: FieldKey, path: string): void {
  const spec = FIELDS.find((s) => s.key === key);
  if (spec) reportMissing(ctx, spec, path);
}

/**
 * The extra fields of a document: the facts of its header no field takes, the labels and values written beside
 * its total, its table's document columns that are no field (项目类别), and `more` (fields its kind does not use).
 */
export function extraFields(parts: Parts, cells: IndicatorsPart['documentCells'], more: readonly ExtraField[], totalPairs: readonly ExtraField[]): ExtraField[] {
  const out: ExtraField[] = parts.extras.map((e) => ({ label: e.label, value: e.value }));
  // The purpose written under a 预算规模及资金用途 block.
  for (const f of parts.funds) if (f.purpose !== null) out.push({ label: '资金用途', value: f.purpose.cell.text });
  if (cells.category) out.push({ label: '项目类别', value: cells.category.cell.text });
  out.push(...more, ...totalPairs);
  return out;
}

/**
 * The document's money unit: the one its table states, else the option, else `fallback` — reported as assumed
 * when the document has amounts to read in it.
 */
export function amountUnitOf(ctx: ImportContext, parts: Parts, option: AmountUnit | undefined, fallback: AmountUnit, amounts: boolean): AmountUnit {
  if (parts.unit === null && option === undefined && !amounts) return fallback;
  // An assumed unit is reported at the first line of money, where the table should have said it.
  return resolveAmountUnit(ctx, parts.unit?.unit ?? null, parts.unit?.row ?? parts.funds[0]?.lines[0]?.row, option, fallback);
}
