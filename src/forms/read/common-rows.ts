import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { filledCells } from '../text/split-table';
import { labelKey, yearInTitle } from '../text/label';
import { type ImportContext, report } from './context';

/** The fiscal year in a title row (`(2024年度)`, `2022年度项目支出绩效自评表`), or undefined when the row is not a title row. */
export function titleRow(row: TableRow): { year: number | null } | undefined {
  const cells = filledCells(row);
  if (cells.length !== 1) return undefined;
  const t = (cells[0] as { text: string }).text;
  if (t.length > 80) return undefined;
  const year = yearInTitle(t);
  if (year !== null) return { year };
  const k = labelKey(t);
  if (/(申报表|自评表|评价表|目标表|情况表)$/u.test(k)) {
    const m = /^((?:19|20|21)\d\d)年度?/u.exec(k);
    return { year: m ? Number(m[1]) : null };
  }
  return undefined;
}

/** Section headings that stand alone on a row and carry nothing the model needs (the writer emits them). */
export function isSectionHeading(row: TableRow, headings: RegExp): boolean {
  const cells = filledCells(row);
  return cells.length === 1 && headings.test((cells[0] as TableCell).key);
}

const UNIT_ZH: Record<AmountUnit, string> = { yuan: '元', 'wan-yuan': '万元' };
const UNIT_EN: Record<AmountUnit, string> = { yuan: 'yuan (元)', 'wan-yuan': 'ten thousand yuan (万元)' };

/**
 * Decides the money unit: the one the table states wins (a different `options.amountUnit` is reported);
 * else the option; else the layout's usual unit, reported as assumed.
 */
export function resolveAmountUnit(
  ctx: ImportContext,
  stated: AmountUnit | null,
  row: TableRow | undefined,
  option: AmountUnit | undefined,
  fallback: AmountUnit,
): AmountUnit {
  const place = row ? { line: row.line, column: 1, field: 'amountUnit' } : { field: 'amountUnit' };
  if (stated !== null) {
    if (option !== undefined && option !== stated) report(ctx, M.finding('forms/amount-unit-conflict', 'warning', { declared: UNIT_ZH[stated], other: UNIT_ZH[option] }, place));
    return stated;
  }
  if (option !== undefined) return option;
  report(ctx, M.finding('forms/amount-unit-assumed', 'warning', { unit: UNIT_ZH[fallback], unitEn: UNIT_EN[fallback] }, place));
  return fallback;
}

/** Reports a required header field the table does not give. */
export function reportMissing(ctx: ImportContext, field: { readonly zh: string; readonly en: string }, key: string): void {
  report(ctx, M.finding('forms/field-missing', 'warning', { field: field.zh, fieldEn: field.en }, { field: key }));
}
