import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { labelKey, yearInTitle } from '../text/label';
import { type ImportContext, report } from './context';
import { trailingUnitStatement } from '../text/inline-label';

/** A title row, read: the fiscal year it states, whether it names a document, and the `label：value` cells beside it. */
export interface TitleRow {
  readonly year: number | null;
  /** True for a document's title (`项目支出绩效自评表`), false for a year line or an attachment mark. */
  readonly document: boolean;
  readonly text: string;
  /** `部门：某中学` written beside the title: header fields for the field reader. */
  readonly others: readonly TableCell[];
}

/** A title's last words (`…申报表`, `…自评表`, `…目标表`), a year or a remark in brackets allowed after them. */
const TITLE_END = /(申报表|自评表|评价表|目标表|情况表|绩效表|评分表|批复表|审批表|审核表|核定表|明细表)(\([^()]{0,12}\))?$/u;

/**
 * Reads a title row (`(2024年度)`, `2022年度项目支出绩效自评表`, `附件2`, `公开14表`), or undefined when the row
 * is none: one filled cell (a unit statement, and `label：value` cells, may stand beside it).
 */
export function titleRow(row: TableRow): TitleRow | undefined {
  let only: TableCell | undefined;
  let others: TableCell[] | undefined;
  for (const c of row.cells) {
    if (c.text === '' || unitStatementOf(c.key) !== null) continue;
    if (only === undefined) only = c;
    else if (c.key.includes(':') && c.text.length <= 120) (others ??= []).push(c);
    else return undefined;
  }
  if (only === undefined) return undefined;
  // … nor does a unit statement written in the title's own cell after a few spaces (`…申报表        单位：万元`).
  const t = trailingUnitOf(only)?.rest ?? only.text;
  if (t === '' || t.length > 80) return undefined;
  // An attachment mark above the title (`附件2`, `附表1-3`, `表11`, `公开14表`) is structure, not data.
  if (ATTACHMENT.test(only.key)) return others ? undefined : { year: null, document: false, text: t, others: [] };
  const year = yearInTitle(t);
  if (year !== null) return others ? undefined : { year, document: false, text: t, others: [] };
  const k = labelKey(t);
  if (TITLE_END.test(k)) {
    const m = /((?:19|20|21)\d\d)年度?/u.exec(k);
    return { year: m ? Number(m[1]) : null, document: true, text: t, others: others ?? [] };
  }
  return undefined;
}

const ATTACHMENT = /^(附(件|表)\d+(-\d+)?|(附|公开)?表\d+(-\d+)?|公开\d+表):?$/u;
const UNIT_STATEMENT = /^(金额)?单位:(万元|元)$/u;

/** The money unit a cell states on its own (`单位：万元`, `金额单位：元`), by its label key; null for none. */
function unitStatementOf(key: string): AmountUnit | null {
  // Asked of nearly every cell: a key that does not end with 元 is none, without the search.
  if (!key.endsWith('元')) return null;
  const m = UNIT_STATEMENT.exec(key);
  if (!m) return null;
  return m[2] === '万元' ? 'wan-yuan' : 'yuan';
}

/** A unit statement at the end of a cell, after a separator (`…申报表        单位：万元`); cheap for other cells. */
function trailingUnitOf(c: TableCell): ReturnType<typeof trailingUnitStatement> {
  // The key ends with the statement whatever the spacing: only such cells are searched.
  return c.key.endsWith('单位:万元') || c.key.endsWith('单位:元') ? trailingUnitStatement(c.text) : null;
}

/**
 * The money unit a row states in a cell of its own (`单位：万元` above the table, or beside the title) or at the
 * end of a cell after a few spaces (`…申报表        单位：万元`), and whether that is all the row holds (apart
 * from a title); null when the row states none.
 */
export function unitStatement(row: TableRow): { unit: AmountUnit; only: boolean } | null {
  let unit: AmountUnit | null = null;
  let others = 0;
  for (const c of row.cells) {
    if (c.text === '') continue;
    const u = c.text.length <= 12 ? unitStatementOf(c.key) : null;
    if (u !== null) unit ??= u;
    else {
      // At the end of a cell holding something else too (a title, `填报单位（盖章）：某局`).
      const t = trailingUnitOf(c);
      if (t !== null) unit ??= t.unit;
      others++;
    }
  }
  if (unit === null) return null;
  return { unit, only: others === 0 };
}

/** Section headings that stand alone on a row and carry nothing the model needs (the writer emits them). */
export function isSectionHeading(row: TableRow, headings: RegExp): boolean {
  let only: TableCell | undefined;
  for (const c of row.cells) {
    if (c.text === '') continue;
    if (only !== undefined) return false;
    only = c;
  }
  return only !== undefined && headings.test(only.key);
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
