import type ExcelJS from 'exceljs';
import { Dec, EVALUATE_LABELS, SCORE_LABELS } from 'jixiao';
import type { DecimalString, Scorecard } from 'jixiao';
import { decimals, exactNumber, fixedFormat } from './number-cell';

/**
 * Options of {@link scorecardToXlsx}.
 *
 * @example
 * const o: ScorecardToXlsxOptions = { lang: 'en' };
 * @category Files
 */
export interface ScorecardToXlsxOptions {
  /** The language of the labels. Default `zh`. */
  readonly lang?: 'zh' | 'en';
}

/** Columns of the indicator table, 1-based. */
const COL = { tier1: 1, tier2: 2, name: 3, target: 4, actual: 5, status: 6, weight: 7, score: 8, trace: 9 } as const;
const letter = (c: number): string => String.fromCharCode(64 + c);

/** A decimal as a number cell showing its own digits; as text when a double cannot hold it. */
function put(cell: ExcelJS.Cell, value: DecimalString | null): void {
  if (value === null) return;
  const n = exactNumber(value);
  cell.value = n ?? value;
  if (n !== null) cell.numFmt = fixedFormat(decimals(value), false);
}

/** A `SUM` over cells whose cached result is the scorecard's figure (shown with its digits). */
function sum(cell: ExcelJS.Cell, refs: readonly string[], figure: DecimalString): void {
  const result = exactNumber(figure) ?? new Dec(figure).toNumber();
  cell.value = { formula: refs.length === 0 ? '0' : `SUM(${refs.join(',')})`, result };
  cell.numFmt = fixedFormat(decimals(figure), false);
}

/**
 * Writes a scorecard as an Excel workbook (.xlsx, with exceljs): one row per indicator (tiers, name, target,
 * actual, status, weight, score and the arithmetic), then each tier's subtotal, the budget-execution row, the
 * total and the grade. Each subtotal and the total are formulas (`SUM(…)`) over the cells above, so that a user
 * who edits a weight or a score in Excel sees the sums move; their cached values are the scorecard's own
 * figures, exactly (a decimal string stored as the double that shows the same digits). A not-applicable row is
 * listed but counts in no sum, as in the scorecard.
 *
 * @param card - the scorecard (`scoreSelfEvaluation`, `scoreDeclaration`)
 * @param options - see {@link ScorecardToXlsxOptions}
 * @returns the workbook's bytes
 * @example
 * fs.writeFileSync('评分.xlsx', await scorecardToXlsx(scoreSelfEvaluation(doc)));
 * // the total's cell holds =SUM(H12,H13,H14,H15) with the cached value 98.62, shown as 98.62
 * @category Files
 */
export async function scorecardToXlsx(card: Scorecard, options: ScorecardToXlsxOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'zh';
  const L = SCORE_LABELS.column;
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet(lang === 'zh' ? '评分' : 'Scorecard');
  ws.getCell(1, 1).value = `${card.subject}（${lang === 'zh' ? '评分方案' : 'scheme'}: ${card.scheme}）`;
  ws.mergeCells(1, 1, 1, COL.trace);
  const header = [L.tier, L.tier2, L.indicator, L.target, L.actual, L.status, L.weight, L.score, L.trace];
  header.forEach((h, k) => {
    const c = ws.getCell(2, k + 1);
    c.value = h[lang];
    c.font = { bold: true };
  });

  // Each tier's rows, by the scheme tier they count in (`other` for none); not-applicable rows count in none.
  const byTier = new Map<string, number[]>();
  card.indicators.forEach((r, i) => {
    const row = 3 + i;
    ws.getCell(row, COL.tier1).value = r.tier1;
    ws.getCell(row, COL.tier2).value = r.tier2;
    ws.getCell(row, COL.name).value = r.name;
    ws.getCell(row, COL.target).value = r.target;
    ws.getCell(row, COL.actual).value = r.actual;
    ws.getCell(row, COL.status).value = EVALUATE_LABELS.status[r.status][lang];
    put(ws.getCell(row, COL.weight), r.weight);
    put(ws.getCell(row, COL.score), r.score);
    ws.getCell(row, COL.trace).value = r.trace;
    if (r.status === 'not-applicable') return;
    const key = r.tier ?? 'other';
    byTier.set(key, [...(byTier.get(key) ?? []), row]);
  });

  let row = 3 + card.indicators.length + 1;
  const parts = { weight: [] as string[], score: [] as string[] };
  const weightOf = (rows: readonly number[], col: number) => rows.map((r) => `${letter(col)}${r}`);
  for (const t of card.tiers) {
    const rows = byTier.get(t.key) ?? [];
    ws.getCell(row, COL.tier1).value = t.label[lang];
    ws.getCell(row, COL.status).value = L.subtotal[lang];
    sum(ws.getCell(row, COL.weight), weightOf(rows, COL.weight), t.weight);
    sum(ws.getCell(row, COL.score), weightOf(rows, COL.score), t.score);
    parts.weight.push(`${letter(COL.weight)}${row}`);
    parts.score.push(`${letter(COL.score)}${row}`);
    row++;
  }
  const b = card.budgetExecution;
  if (b !== null) {
    ws.getCell(row, COL.tier1).value = L.budgetExecution[lang];
    if (b.rate !== null) {
      const rate = exactNumber(new Dec(b.rate).div(100).toFixed());
      ws.getCell(row, COL.actual).value = rate ?? `${b.rate}%`;
      if (rate !== null) ws.getCell(row, COL.actual).numFmt = `${fixedFormat(decimals(b.rate), false)}%`;
    }
    put(ws.getCell(row, COL.weight), b.weight);
    put(ws.getCell(row, COL.score), b.score);
    ws.getCell(row, COL.trace).value = b.trace;
    // The execution counts in the total when the scorecard counted it (not when it is not applicable).
    const tiersWeight = card.tiers.reduce((s, t) => s.plus(t.weight), new Dec(0));
    if (tiersWeight.plus(b.weight).eq(card.maximum)) {
      parts.weight.push(`${letter(COL.weight)}${row}`);
      parts.score.push(`${letter(COL.score)}${row}`);
    }
    row++;
  }
  ws.getCell(row, COL.tier1).value = L.total[lang];
  ws.getCell(row, COL.tier1).font = { bold: true };
  sum(ws.getCell(row, COL.weight), parts.weight, card.maximum);
  sum(ws.getCell(row, COL.score), parts.score, card.total);
  row++;
  ws.getCell(row, COL.tier1).value = L.grade[lang];
  ws.getCell(row, COL.score).value = lang === 'zh' ? card.grade : card.gradeLabel.en;

  [12, 16, 28, 18, 18, 10, 8, 8, 40].forEach((w, k) => {
    ws.getColumn(k + 1).width = w;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
