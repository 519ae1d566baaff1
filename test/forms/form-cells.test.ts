import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatForm, formCells, parseForm, parseForms, textGrid } from '../../src/index';
import { read, SEED, fixture, withoutOrigins } from './helpers';

describe('formCells: the rows formatForm joins', () => {
  it('the seed: its cells, amounts as NumberCells with the text the table writes (the TSDoc example)', () => {
    const rows = formCells(read(fixture(SEED)).value);
    expect(rows[5]).toEqual(['单位名称', '上海市闵行区老龄事业发展中心', '']);
    expect(rows[17]?.[1]).toEqual({ text: '28,963,548.68', value: '28963548.68', kind: 'amount' });
    expect(rows.map((r) => r.map((c) => (typeof c === 'string' ? c : c.text)).join('\t')).join('\n')).toBe(formatForm(read(fixture(SEED)).value));
  });

  it('tier labels continue as MergedCells; rates are percent cells; weights and scores number cells', () => {
    const doc = read(fixture('ah-tianchang-2022-project-self-evaluation.txt')).value;
    const rows = formCells(doc);
    const cells = rows.flat().filter((c) => typeof c !== 'string');
    expect(cells.some((c) => c.kind === 'merged-above')).toBe(true);
    expect(cells.filter((c) => c.kind === 'number').map((c) => c.text)).toContain('10');
    const rate = formCells(read(fixture('constructed-separate-column-self-evaluation.txt')).value).flat().find((c) => typeof c !== 'string' && c.kind === 'percent');
    expect(rate).toMatchObject({ kind: 'percent', text: expect.stringMatching(/%$/u) });
    expect(() => formCells(doc, { layout: 'unit-declaration' })).toThrow(TypeError);
  });
});

describe('textGrid: table text as a grid', () => {
  it('splits as parseForm does (quoted cells with line breaks), rows numbered by their lines', () => {
    expect(textGrid('项目名称\t社区助餐\n"第一行\n第二行"\t乙')).toEqual({
      rows: [['项目名称', '社区助餐'], ['第一行\n第二行', '乙']],
      rowNumbers: [1, 2],
      source: { kind: 'table', container: 'text', index: 1 },
    });
    expect(() => textGrid(1 as unknown as string)).toThrow(TypeError);
  });

  it('every fixture reads to the same documents from its grid as from its text; findings name line and cell', () => {
    for (const name of ['minhang-2024-unit-declaration.txt', 'constructed-seed-excel-multiline.txt', 'tj-hebei-2023-project-declaration.txt']) {
      const text = readFileSync(`test/fixtures/${name}`, 'utf8');
      const docs = (rs: ReturnType<typeof parseForms>) => rs.map((r) => (r.ok ? withoutOrigins(r.value) : r.errors.map((e) => e.code)));
      expect(docs(parseForms(textGrid(text)))).toEqual(docs(parseForms(text)));
    }
    const r = parseForm(textGrid(fixture('ah-tianchang-2022-project-self-evaluation.txt')));
    expect(r.warnings.find((w) => w.code === 'notation/operator-missing')).toMatchObject({ line: 13, cell: '第13行第4格 (line 13, cell 4)' });
  });
});
