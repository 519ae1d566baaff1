import { describe, expect, it } from 'vitest';
import { cellAddress, parseForm, parseForms } from '../../src/forms/index';
import type { TableGrid } from '../../src/forms/index';
import { fixture, SEED, TANGXI, withoutOrigins } from './helpers';

/** The cells of a tab-separated fixture, as a container would hand them over. */
const gridOf = (text: string, name = 'Sheet1'): TableGrid => ({ source: { kind: 'sheet', name }, rows: text.split(/\r?\n/u).map((l) => l.split('\t')) });

describe('parseForm reads rows of cells (a workbook sheet, a document table) as it reads text', () => {
  it('gives the same document for the seed and a sample, read from text or from their cells', () => {
    for (const name of [SEED, TANGXI]) {
      const text = fixture(name);
      const a = parseForm(text);
      const b = parseForm(gridOf(text));
      expect(a.ok && b.ok).toBe(true);
      if (!a.ok || !b.ok) continue;
      expect(withoutOrigins(b.value)).toEqual(withoutOrigins(a.value));
      expect(b.source).toEqual({ kind: 'sheet', name: 'Sheet1' });
    }
  });

  it('places origins at the row and column of the cell, and names the cell in every finding', () => {
    const r = parseForm(gridOf(fixture(TANGXI), '自评表'));
    if (!r.ok) throw new Error('expected ok');
    // 年度资金总额's 全年预算数 is the third cell of row 5.
    expect(r.value.origins?.['/budget/lines/0/adjusted']).toEqual({ line: 5, column: 3 });
    const w = r.warnings.find((f) => f.code === 'forms/actual-unit-assumed');
    expect(w).toMatchObject({ line: 12, column: 5, cell: "'自评表'!E12" });
  });

  it('numbers rows as the container does when told', () => {
    const grid: TableGrid = { source: { kind: 'table', container: 'html', index: 2 }, rows: [['项目名称', '某项目'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '助餐点数量', '12个']], rowNumbers: [4, 5, 6] };
    const [r] = parseForms(grid);
    expect(r?.ok && r.value.origins?.['/indicators/0/target']).toEqual({ line: 6, column: 4 });
    expect(r?.warnings.find((f) => f.code === 'notation/operator-missing')?.cell).toBe('表格2 第6行第4列 (table 2, row 6, column 4)');
  });

  it('refuses what is neither text nor a grid, naming the parameter', () => {
    expect(() => parseForm({ rows: [[1]] } as unknown as TableGrid)).toThrow(/input must be table text/u);
  });
});

describe('cellAddress', () => {
  it('writes spreadsheet columns past Z and quotes sheet names that need it', () => {
    expect(cellAddress({ kind: 'sheet', name: 'Sheet1' }, 12, 3)).toBe('Sheet1!C12');
    expect(cellAddress({ kind: 'sheet', name: 'S' }, 1, 27)).toBe('S!AA1');
    expect(cellAddress({ kind: 'sheet', name: "O'Brien表" }, 2, 52)).toBe("'O''Brien表'!AZ2");
  });
});
