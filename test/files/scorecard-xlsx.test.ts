import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Dec, parseForms, schemes, scoreSelfEvaluation } from '../../src/index';
import type { Scorecard, SelfEvaluation } from '../../src/index';
import { readTable, scorecardToXlsx } from '../../src/files/index';

// scorecardToXlsx: the subtotals and the total are SUM formulas whose cached values are the scorecard's figures
// exactly; reading the workbook back (readTable) shows those figures digit for digit, and each formula, summed
// over the cells it names, gives its cached value.

function card(fixture: string): Scorecard {
  const [r] = parseForms(readFileSync(`test/fixtures/${fixture}`, 'utf8'));
  const doc = (r?.ok ? r.value : r?.partial) as SelfEvaluation;
  return scoreSelfEvaluation(doc, schemes.national);
}

/** A cell's number: its value, a formula's cached result, 0 when blank. */
function numberAt(ws: ExcelJS.Worksheet, ref: string): number {
  const cell = ws.getCell(ref);
  const v = cell.value as number | { formula: string } | null;
  if (v === null || v === undefined) return 0;
  // `result`, not `value.result`: exceljs's `value` drops a cached 0.
  return typeof v === 'number' ? v : (cell.result as number);
}

const FIXTURES = ['ah-tianchang-2022-project-self-evaluation.txt', 'yn-lincang-yongde-2022-project-self-evaluation.txt', 'constructed-unit-self-evaluation.txt', 'constructed-separate-column-self-evaluation.txt'];

describe('scorecardToXlsx', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture}: every formula's cached value is the scorecard's figure, and the sum of the cells it names`, async () => {
      const c = card(fixture);
      const bytes = await scorecardToXlsx(c);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const formulas: { address: string; formula: string; result: number }[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value as { formula?: string; result?: number } | null;
          if (v !== null && typeof v === 'object' && v.formula !== undefined) formulas.push({ address: cell.address, formula: v.formula, result: cell.result as number });
        }),
      );
      // One weight and one score formula per tier, and for the total.
      expect(formulas).toHaveLength(2 * (c.tiers.length + 1));
      for (const f of formulas) {
        const refs = /^SUM\((.*)\)$/u.exec(f.formula)?.[1]?.split(',') ?? [];
        const sum = refs.reduce((s, ref) => s.plus(String(numberAt(ws, ref))), new Dec(0));
        expect(sum.eq(String(f.result)), `${f.address} =${f.formula}`).toBe(true);
      }
      // Read back as shown: the subtotals, the maximum, the total and the grade, digit for digit.
      const grid = await readTable(bytes);
      if (!grid.ok) throw new Error('unreadable');
      const rows = grid.value[0]!.rows;
      const shown = (label: string) => rows.find((r) => r[0] === label && (r[5] === '小计' || r[5] === ''));
      for (const t of c.tiers) expect(shown(t.label.zh)?.slice(5, 8)).toEqual(['小计', t.weight, t.score]);
      expect(shown('总分')?.slice(6, 8)).toEqual([c.maximum, c.total]);
      expect(shown('等级')?.[7]).toBe(c.grade);
      for (const [i, r] of c.indicators.entries()) expect(rows[2 + i]?.slice(6, 9)).toEqual([r.weight, r.score ?? '', r.trace]);
    });
  }

  it('labels in English', async () => {
    const grid = await readTable(await scorecardToXlsx(card(FIXTURES[0]!), { lang: 'en' }));
    expect(grid.ok && grid.value[0]!.rows[1]).toEqual(['tier', 'sub-tier', 'indicator', 'target', 'actual', 'status', 'weight', 'score', 'arithmetic']);
  });
});
