import type { Actual } from '../../model/actual';
import type { DecimalString } from '../../model/decimal-string';
import type { TierWeight } from '../../model/common';
import type { Indicator, IndicatorPart } from '../../model/indicator';
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

const DIRECTION_WORD = { 'higher-is-better': '正向', 'lower-is-better': '反向', qualitative: '定性' } as const;

/**
 * The optional columns a set of indicators needs (the writers add them after their own, only when some indicator
 * has the field, so a document without them is written as before): 指标描述, 指标方向, one target column per site
 * (`城关镇指标值`), and the columns of cells the reader kept without a role (by their header).
 */
export interface OptionalColumns {
  readonly description: boolean;
  readonly direction: boolean;
  readonly sites: readonly string[];
  readonly others: readonly string[];
}

/** The optional columns of a set of indicators. */
export function optionalColumns(indicators: readonly Indicator[]): OptionalColumns {
  return {
    description: indicators.some((i) => i.description !== undefined),
    direction: indicators.some((i) => i.direction !== undefined),
    sites: mergedOrder(indicators.map((i) => (i.siteTargets ?? []).map((s) => s.site))),
    others: mergedOrder(indicators.map((i) => (i.otherCells ?? []).map((o) => o.label))),
  };
}

/**
 * One column order for names that each indicator lists in its own order (a table has one column order, and the
 * reader lists an indicator's cells in it): every "a before b" of a list is kept, names otherwise in the order
 * first seen (a stable topological sort).
 */
function mergedOrder(lists: readonly (readonly string[])[]): string[] {
  const seen: string[] = [];
  const after = new Map<string, Set<string>>();
  for (const list of lists) {
    list.forEach((name, k) => {
      if (!seen.includes(name)) seen.push(name);
      if (k > 0) (after.get(list[k - 1] as string) ?? after.set(list[k - 1] as string, new Set()).get(list[k - 1] as string))?.add(name);
    });
  }
  const out: string[] = [];
  const placed = new Set<string>();
  while (out.length < seen.length) {
    // The first name not yet placed that no unplaced name must precede (a cycle, impossible from real lists, takes the first).
    const next = seen.find((n) => !placed.has(n) && !seen.some((m) => !placed.has(m) && m !== n && after.get(m)?.has(n))) ?? (seen.find((n) => !placed.has(n)) as string);
    out.push(next);
    placed.add(next);
  }
  return out;
}

/** The header cells of the optional columns. */
export function optionalHeader(c: OptionalColumns): string[] {
  return [...(c.description ? ['指标描述'] : []), ...(c.direction ? ['指标方向'] : []), ...c.sites.map((s) => `${s}指标值`), ...c.others];
}

/** An indicator's cells in the optional columns (blank where it has nothing). */
export function optionalCells(i: Indicator, c: OptionalColumns): string[] {
  return [
    ...(c.description ? [i.description ?? ''] : []),
    ...(c.direction ? [i.direction === undefined ? '' : DIRECTION_WORD[i.direction]] : []),
    ...c.sites.map((s) => targetText(i.siteTargets?.find((x) => x.site === s)?.target)),
    ...c.others.map((l) => i.otherCells?.find((x) => x.label === l)?.text ?? ''),
  ];
}

/**
 * The rows of an indicator's parts (`其中…` sub-rows), written below it with the tier cells merged into the
 * indicator's (they continue them) and no weight or score: `row` lays a part out as the writer's rows are.
 */
export function partRows(i: Indicator, row: (part: IndicatorPart) => FormCell[]): FormCell[][] {
  return (i.parts ?? []).map(row);
}

/** A part's actual cell: as written, blank when the part has none. */
export function partActual(p: IndicatorPart): string {
  return p.actual === undefined ? '' : actualText(p.actual);
}
