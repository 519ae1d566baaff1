import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellEnd, cellLine, placeInCell, splitTable } from '../../src/forms/text/split-table';
import type { TableCell, TableRow } from '../../src/forms/text/split-table';
import { labelKey } from '../../src/forms/text/label';
import { cellText } from '../../src/forms/write/table';
import { parseForm } from '../../src/forms/index';
import { SEED, fixture, read } from './helpers';

/** [raw, column, line?, quoted?] of each cell of each row, for compact assertions. */
const shape = (rows: readonly TableRow[]) => rows.map((r) => [r.line, r.cells.map((c) => [c.raw, c.column, ...(c.line === undefined ? [] : [c.line]), ...(c.quoted ? ['q'] : [])])]);

/** The splitter as it was before Excel quoting: lines, then tabs, nothing else (the reference for unquoted text). */
function plainSplit(text: string): TableRow[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: TableRow[] = body.split(/\r\n|\n|\r/).map((line, i) => {
    let column = 1;
    const cells: TableCell[] = line.split('\t').map((raw) => {
      const c = { raw, text: raw.trim(), column, key: labelKey(raw.trim()) };
      column += [...raw].length + 1;
      return c;
    });
    return { line: i + 1, text: line, cells, first: cells.findIndex((c) => c.text !== '') };
  });
  if (rows.length > 1 && rows[rows.length - 1]?.text === '') rows.pop();
  return rows;
}

describe('splitTable: Excel quoting', () => {
  it('reads a quoted cell with line breaks as one cell; the row goes on after the closing quote', () => {
    const rows = splitTable('年度总体目标\t"第一行\n第二行"\t备注\n下一行\tx');
    expect(shape(rows)).toEqual([
      [1, [['年度总体目标', 1], ['第一行\n第二行', 8, 'q'], ['备注', 6, 2]]],
      [3, [['下一行', 1], ['x', 5]]],
    ]);
    expect(rows[0]?.text).toBe('年度总体目标\t"第一行\n第二行"\t备注');
    expect(rows[0]?.cells[1]?.text).toBe('第一行\n第二行');
    expect(rows[0]?.cells[1]?.key).toBe('第一行第二行');
  });

  it('reads "" inside a quoted cell as one "', () => {
    expect(shape(splitTable('"他说""好"""\t"""引号开头"'))).toEqual([[1, [['他说"好"', 1, 'q'], ['"引号开头', 11, 'q']]]]);
  });

  it('keeps a tab inside a quoted cell in the cell', () => {
    expect(shape(splitTable('a\t"b\tc"\td'))).toEqual([[1, [['a', 1], ['b\tc', 3, 'q'], ['d', 9]]]]);
  });

  it('reads CRLF (and a lone CR) inside a quoted cell as \\n; rows after keep their line numbers', () => {
    const rows = splitTable('"a\r\nb\rc"\t x \r\nnext');
    expect(shape(rows)).toEqual([
      [1, [['a\nb\nc', 1, 'q'], [' x ', 4, 3]]],
      [4, [['next', 1]]],
    ]);
    expect(rows[0]?.cells[1]?.text).toBe('x');
    expect(rows[0]?.text).toBe('"a\nb\nc"\t x ');
  });

  it('reads the empty quoted cell "" as an empty cell, and a quoted cell at the end of the text', () => {
    expect(shape(splitTable('""\tb\t""'))).toEqual([[1, [['', 1, 'q'], ['b', 4], ['', 6, 'q']]]]);
    expect(shape(splitTable('a\t"x\ny"'))).toEqual([[1, [['a', 1], ['x\ny', 3, 'q']]]]);
    // A final line break after a quoted cell makes no extra row.
    expect(shape(splitTable('a\t"x\ny"\n'))).toEqual([[1, [['a', 1], ['x\ny', 3, 'q']]]]);
  });

  it('keeps a " that opens no well-formed quoted cell as text, exactly as before', () => {
    const cases = [
      '"abc', // never closed
      '"abc\nnext\tline', // never closed, across lines
      'x\t"abc\n', // never closed before the end of the text
      '他说"好"\tb', // not at the start of the cell
      ' "a"\tb', // after a space: Excel puts the quote first
      '"a"b\tc', // closing quote followed by text
      '"a"" b', // doubled, then never closed
      '"', // a lone quote
      '"\t"x', // the first quote's closing candidate is followed by x: not well-formed
    ];
    const withoutUnclosed = (rows: TableRow[]) => rows.map((r) => ({ ...r, cells: r.cells.map(({ unclosed: _, ...c }) => c) }));
    for (const text of cases) expect(withoutUnclosed(splitTable(text)), text).toEqual(plainSplit(text));
    // A quote that runs to the end of the text is marked: more text could close it (see streamForms).
    const unclosed = (text: string) => splitTable(text).flatMap((r) => r.cells.filter((c) => c.unclosed === true).map((c) => c.raw));
    expect(cases.map(unclosed)).toEqual([['"abc'], ['"abc'], ['"abc'], [], [], [], ['"a"" b'], ['"'], ['"x']]);
  });

  it('reads an unterminated quote across lines as text, and the lines as rows', () => {
    expect(shape(splitTable('"未闭合\t甲\n乙\t丙'))).toEqual([
      [1, [['"未闭合', 1], ['甲', 6]]],
      [2, [['乙', 1], ['丙', 3]]],
    ]);
  });

  it('counts columns in code points across quoted cells, and places characters of a quoted cell', () => {
    const rows = splitTable('𠀀\t"𠀀""\n𠀀"\t尾');
    const row = rows[0] as TableRow;
    expect(shape(rows)).toEqual([[1, [['𠀀', 1], ['𠀀"\n𠀀', 3, 'q'], ['尾', 4, 2]]]]);
    const quoted = row.cells[1] as TableCell;
    // raw: 𠀀 " ⏎ 𠀀 — the 𠀀 at column 4 (after the quote), the " written "" at 5, then 𠀀 at line 2, column 1.
    expect([1, 2, 3, 4].map((k) => placeInCell(row, quoted, k))).toEqual([
      { line: 1, column: 4 },
      { line: 1, column: 5 },
      { line: 1, column: 7 },
      { line: 2, column: 1 },
    ]);
    expect(cellEnd(row, quoted)).toEqual({ line: 2, column: 3 });
    expect(cellLine(row, row.cells[2] as TableCell)).toBe(2);
    expect(cellEnd(row, row.cells[2] as TableCell)).toEqual({ line: 2, column: 5 });
    expect(placeInCell(row, row.cells[2] as TableCell, 1)).toEqual({ line: 2, column: 4 });
  });

  it('splits text without a cell starting with " exactly as plain lines and tabs (property)', () => {
    const chars = fc.constantFrom('a', ' ', '甲', '𠀀', '\t', '\n', '\r', '\r\n', '"', '\uFEFF', '：');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 60 }).map((a) => a.join('')), (text) => {
        const rows = splitTable(text);
        if (!text.includes('"')) expect(rows).toEqual(plainSplit(text));
        // Never throws; every row has at least one cell; lines increase.
        for (let i = 1; i < rows.length; i++) expect((rows[i] as TableRow).line).toBeGreaterThan((rows[i - 1] as TableRow).line);
        const starts = plainSplit(text).flatMap((r) => r.cells).some((c) => c.raw.startsWith('"'));
        if (!starts) expect(rows).toEqual(plainSplit(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back every cell written with cellText, and places every character of it (property)', () => {
    const cell = fc.array(fc.constantFrom('a', ' ', '甲', '𠀀', '\t', '\n', '"', '""', '\r\n'), { maxLength: 8 }).map((a) => a.join(''));
    const grid = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(grid, (cells) => {
        const text = cells.map((r) => r.map(cellText).join('\t')).join('\n');
        // The trailing empty row is dropped by splitTable as for any text ending in a line break.
        const expected = cells.map((r) => r.map((c) => c.replace(/\r\n|\r/gu, '\n')));
        if (expected.length > 1 && expected[expected.length - 1]?.length === 1 && expected[expected.length - 1]?.[0] === '') expected.pop();
        const rows = splitTable(text);
        expect(rows.map((r) => r.cells.map((c) => c.raw))).toEqual(expected);
        // Every character of every cell is where placeInCell says (a " was written "", a line break ends its line).
        const lines = text.split(/\r\n|\n|\r/u).map((l) => [...l]);
        for (const row of rows) {
          for (const c of row.cells) {
            const start = lines[cellLine(row, c) - 1]?.[c.column - 1];
            if (c.quoted) expect(start).toBe('"');
            [...c.raw].forEach((ch, k) => {
              if (ch === '\n') return;
              const at = placeInCell(row, c, k + 1);
              expect(lines[at.line - 1]?.[at.column - 1]).toBe(ch);
            });
            const end = cellEnd(row, c);
            expect(['\t', undefined]).toContain(lines[end.line - 1]?.[end.column - 1]);
          }
        }
      }),
      { numRuns: 800 },
    );
  });

  // Each case is 1 MB; a splitter that rescans after a failed quote would take minutes here, not a second.
  it('splits 1 MB of unbalanced quotes in linear time, as text', () => {
    const mb = 1 << 20;
    // One quote opening a scan to the end of the text, never closed: every line stays a row of its own.
    const unclosed = `"${`${'a'.repeat(31)}\n`.repeat(mb / 32)}`;
    const rows = splitTable(unclosed);
    expect(rows).toHaveLength(mb / 32);
    expect(rows[0]?.cells[0]?.raw).toBe(`"${'a'.repeat(31)}`);
    // A quote opening every cell and every line, none well-formed.
    const many = `"${'a'.repeat(14)}\t`.repeat(mb / 16);
    expect(splitTable(many)[0]?.cells.every((c) => c.raw === `"${'a'.repeat(14)}` || c.raw === '')).toBe(true);
    const lines = `"${'b'.repeat(30)}\n`.repeat(mb / 32);
    expect(splitTable(lines).every((r) => r.cells.length === 1 && r.cells[0]?.quoted === undefined)).toBe(true);
    // A long run of doubled quotes after an opening quote, never closed: the first cell is text, the rest are "".
    const doubled = `"${'\t""'.repeat(mb / 3)}`;
    const d = splitTable(doubled)[0]?.cells ?? [];
    expect(d[0]).toMatchObject({ raw: '"', column: 1 });
    expect(d.slice(1).every((c) => c.raw === '' && c.quoted === true)).toBe(true);
    // Only quotes: one quoted cell of doubled quotes.
    expect(splitTable('"'.repeat(mb)).map((r) => r.cells.map((c) => c.raw.length))).toEqual([[mb / 2 - 1]]);
    // `"⏎"` is a quoted cell holding one line break: the quotes pair up line by line.
    const lonely = '"\n'.repeat(1 << 16);
    expect(splitTable(lonely).slice(0, 2).map((r) => [r.line, r.cells[0]?.raw, r.cells[0]?.quoted])).toEqual([
      [1, '\n', true],
      [3, '\n', true],
    ]);
  }, 30_000);

  it('does not mutate its input and gives the same rows for the same text', () => {
    const text = 'a\t"b\nc"\td';
    const copy = `${text}`;
    expect(splitTable(text)).toEqual(splitTable(copy));
    expect(text).toBe(copy);
  });
});

describe('parseForm: places after a cell with line breaks', () => {
  const seed = fixture(SEED).split('\n');
  // Line 34 of the seed: 产出指标 | 数量指标 | 入户指导 | ≥30.00(户); line 35: … | 高龄特困… | =469.00(人).
  const withLines = (edits: Record<number, string>): string => seed.map((l, i) => edits[i + 1] ?? l).join('\n');

  it('a cell after a multi-line cell has its own line and column; its findings too', () => {
    // The name cell is written over two lines; the target cell after it starts on line 35 at column 5.
    const text = withLines({ 34: '产出指标\t数量指标\t"入户\n指导"\t≥30.00(户)以上' });
    const r = read(text);
    const o = r.value.origins ?? {};
    expect(o['/indicators/7']).toEqual({ line: 34, column: 1 });
    expect(o['/indicators/7/name']).toEqual({ line: 34, column: 11 });
    expect(o['/indicators/7/target']).toEqual({ line: 35, column: 5 });
    // The next indicator row is line 36 now.
    expect(o['/indicators/8/target']).toEqual({ line: 36, column: 14 });
    expect(r.value.indicators[7]).toMatchObject({ name: '入户\n指导', target: { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)以上' } });
    // `以上` is at column 10 of the target cell: line 35, column 5 + 10 - 1.
    const w = r.warnings.find((f) => f.code === 'notation/operator-word');
    expect(w).toMatchObject({ line: 35, column: 14, path: ['indicators', 7, 'target'] });
  });

  it('a finding on the second line of a quoted cell points there', () => {
    // =469.00(人)⏎以上: the parser finds the conflict at 以上 (column 12 of the cell's text), line 36, column 1.
    const text = withLines({ 35: '\t\t高龄特困老人人数\t"=469.00(人)\n以上"' });
    const r = parseForm(text);
    expect(r.ok).toBe(false);
    const e = r.ok ? undefined : r.errors.find((f) => f.code === 'notation/operator-conflict');
    expect(e).toMatchObject({ line: 36, column: 1, path: ['indicators', 8, 'target'] });
    // Rows after it keep their real lines.
    const partial = r.ok ? undefined : r.partial;
    const next = partial?.indicators.findIndex((i) => i.name === '社区养老设施增加数量') ?? -1;
    expect(next).toBeGreaterThan(0);
    expect(partial?.origins?.[`/indicators/${next}/target`]).toEqual({ line: 37, column: 14 });
  });

  it('a forms/… warning about a cell after a multi-line cell gives the line of that cell', () => {
    // Tangxi line 12: 产出指标(50分) | 数量指标 | 基建工程委托业务项目数量 | ≥50个 | 50 | …; the actual `50` has no unit.
    const tangxi = fixture('ah-chizhou-tangxi-2022-project-self-evaluation.txt').split('\n');
    const line12 = tangxi[11] as string;
    expect(line12.split('\t')[2]).toBe('基建工程委托业务项目数量');
    const text = tangxi.map((l, i) => (i === 11 ? l.replace('基建工程委托业务项目数量', '"基建工程委托\n业务项目数量"') : l)).join('\n');
    const w = read(text).warnings.find((f) => f.code === 'forms/actual-unit-assumed' && f.path[1] === 0);
    // The actual cell follows `业务项目数量"` (7 columns) and `≥50个` (4) on line 13: column 14.
    expect(w).toMatchObject({ line: 13, column: 14, field: 'actual' });
  });
});
