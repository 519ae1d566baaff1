import type { Actual } from '../../model/actual';
import type { DecimalString } from '../../model/decimal-string';
import type { TierWeight } from '../../model/common';
import type { Indicator } from '../../model/indicator';
import type { Target } from '../../model/target';
import { formatAmount } from '../../money/format-amount';
import { formatActual, formatTarget } from '../notation';
import { formatTierLabel } from '../read/tier-label';

/**
 * A cell as written. A cell holding a tab or a line break, or starting with `"`, is written as Excel writes it:
 * in double quotes, a `"` inside doubled (`"第一行⏎第二行"`), which `splitTable` (and so `parseForm`) reads
 * back as one cell with its line breaks. Every other cell is written as it is.
 */
export function cellText(s: string): string {
  // Most cells need no quotes: one native search each.
  if (!NEEDS_QUOTES.test(s)) return s;
  return `"${s.replace(/"/gu, '""')}"`;
}

/** What makes a cell need quotes (Excel's rule for text it copies): a tab, a line break, a leading `"`. */
const NEEDS_QUOTES = /[\t\r\n]|^"/u;

/**
 * A cell as the writers make it: its text, a number with the text it is written as (a workbook stores the
 * number — an amount, a weight or score, a rate in percent — with a format that shows that text), or a blank
 * that continues the merged cell above it (a tier label over several rows).
 *
 * @example
 * const c: FormCell = { text: '28963548.68', value: '28963548.68', kind: 'amount' };
 * @category Forms
 */
export type FormCell = string | NumberCell | MergedCell;

/**
 * A blank cell that belongs to the merged cell above it: blank in table text (as Excel copies a merged cell),
 * merged into the cell above in a workbook.
 *
 * @example
 * const c: MergedCell = { text: '', kind: 'merged-above' };
 * @category Forms
 */
export interface MergedCell {
  readonly text: '';
  readonly kind: 'merged-above';
}

/** The blank under a merged cell's text (see {@link MergedCell}). */
export const MERGED_ABOVE: MergedCell = Object.freeze({ text: '', kind: 'merged-above' });

/**
 * A number cell of a written table: `value` is the decimal written (for `percent`, the number before `%`:
 * `95.00` for `95.00%`), `text` the cell's text in table text.
 *
 * @example
 * const rate: NumberCell = { text: '95.00%', value: '95.00', kind: 'percent' };
 * @category Forms
 */
export interface NumberCell {
  readonly text: string;
  readonly value: DecimalString;
  /** An amount of money, another number (a weight, a score, a count), or a rate written in percent. */
  readonly kind: 'amount' | 'number' | 'percent';
}

/** The text of a written cell. */
export function formCellText(cell: FormCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

/** Rows of cells → table text (tabs between cells, line breaks between rows, none after the last). */
export function rowsToText(rows: readonly (readonly FormCell[])[]): string {
  return rows.map((r) => r.map((c) => cellText(formCellText(c))).join('\t')).join('\n');
}

/** An amount as the table writes it: blank for null, every written fraction digit kept, optional grouping. */
export function amountText(amount: string | null | undefined, grouping = false): string {
  if (amount === null || amount === undefined) return '';
  const dot = amount.indexOf('.');
  return formatAmount(amount, { precision: dot < 0 ? 0 : amount.length - dot - 1, grouping });
}

/** An amount cell: blank for null, else the amount as {@link amountText} writes it. */
export function amountCell(amount: string | null | undefined, grouping = false): FormCell {
  if (amount === null || amount === undefined) return '';
  return { text: amountText(amount, grouping), value: amount, kind: 'amount' };
}

/** A number cell (weight, score, coefficient, count): blank for null. */
export function numberCell(n: string | number | null | undefined): FormCell {
  if (n === null || n === undefined) return '';
  return { text: String(n), value: String(n), kind: 'number' };
}

/** A rate cell written in percent (`95.00%`): blank for null. */
export function percentCell(n: string | null | undefined): FormCell {
  if (n === null || n === undefined) return '';
  return { text: `${n}%`, value: n, kind: 'percent' };
}

/**
 * A target cell: the original text when it fits in one cell (line breaks do: the cell is written quoted; a tab
 * does not: it joins the three cells of a separate-column target), else the target written plainly.
 */
export function targetText(t: Target | undefined): string {
  if (!t) return '';
  if (t.raw.trim() !== '' && !t.raw.includes('\t')) return t.raw;
  return formatTarget(t, { style: 'plain' });
}

/**
 * An actual cell: the original text when it fits in one cell (as for {@link targetText}), else the actual
 * written plainly.
 */
export function actualText(a: Actual): string {
  if (a.raw.trim() !== '' && !a.raw.includes('\t')) return a.raw;
  return formatActual(a);
}

/**
 * The tier cells of each indicator row as merged cells are copied: a tier label is written where it changes
 * and left blank below; the first row of a tier 1 carries its weight (`产出指标(50分)`).
 */
export function tierCells(indicators: readonly Indicator[], tierWeights: readonly TierWeight[] | undefined): { tier1: FormCell; tier2: FormCell }[] {
  const weighted = new Set<string>();
  return indicators.map((ind, i) => {
    const prev = i > 0 ? indicators[i - 1] : undefined;
    const newTier1 = !prev || prev.tier1 !== ind.tier1;
    let tier1: FormCell = MERGED_ABOVE;
    if (newTier1) {
      const w = weighted.has(ind.tier1) ? undefined : tierWeights?.find((x) => x.tier1 === ind.tier1);
      weighted.add(ind.tier1);
      tier1 = formatTierLabel(ind.tier1, w);
    }
    const tier2 = newTier1 || !prev || prev.tier2 !== ind.tier2 ? ind.tier2 : MERGED_ABOVE;
    return { tier1, tier2 };
  });
}

/** `(元)` or `(万元)`. */
export function unitSuffix(unit: 'yuan' | 'wan-yuan'): string {
  return unit === 'yuan' ? '(元)' : '(万元)';
}

/**
 * The rows of a document's extra fields: `label：` then the value, so that the label reads back as a label
 * whatever its words.
 */
export function extraFieldRows(fields: readonly { readonly label: string; readonly value: string }[] | undefined): string[][] {
  return (fields ?? []).map((f) => [`${f.label}：`, f.value]);
}
