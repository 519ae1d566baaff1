import { describe, expect, it } from 'vitest';
import { parseForm, parseForms, READ_LIMITS } from '../../src/index';
import type { FormResult, TableGrid } from '../../src/index';
import { lineCount, utf8Length } from '../../src/forms/limits';
import { fixture, SEED } from './helpers';

// What an input over a limit, a blank input and an input that is no table give: one located error, at once,
// with nothing read (the limits protect memory; see docs/importing.md "Limits").

const codes = (r: FormResult): [string, number | undefined, number | undefined][] => (r.ok ? [] : r.errors.map((e) => [e.code, e.line, e.column]));

describe('read limits', () => {
  it('are data, frozen, and documented by their defaults', () => {
    expect(READ_LIMITS).toEqual({ maxBytes: 64 * 1024 * 1024, maxRows: 1_000_000, maxCellLength: 100_000 });
    expect(Object.isFrozen(READ_LIMITS)).toBe(true);
    expect(() => {
      (READ_LIMITS as { maxRows: number }).maxRows = 1;
    }).toThrow(TypeError);
  });

  it('count UTF-8 bytes and lines as a file has them', () => {
    expect(utf8Length('a')).toBe(1);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('指标')).toBe(6);
    expect(utf8Length('𠀋')).toBe(4);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\nb\r\nc\rd')).toBe(4);
    expect(lineCount('a\n')).toBe(2);
  });

  it('refuse a text over maxBytes, and read one at the limit', () => {
    const text = fixture(SEED);
    const size = utf8Length(text);
    expect(parseForm(text, { maxBytes: size }).ok).toBe(true);
    const r = parseForm(text, { maxBytes: size - 1 });
    expect(codes(r)).toEqual([['forms/too-large', undefined, undefined]]);
    expect(r.ok ? '' : r.errors[0]?.message.en).toContain(`maxBytes = ${size - 1}`);
    expect(r.ok ? null : [r.unparsed, r.warnings, r.partial]).toEqual([[], [], undefined]);
  });

  it('refuse a text over maxRows, and read one at the limit', () => {
    const text = fixture(SEED);
    const lines = lineCount(text);
    expect(parseForm(text, { maxRows: lines }).ok).toBe(true);
    const r = parseForm(text, { maxRows: lines - 1 });
    expect(codes(r)).toEqual([['forms/too-large', undefined, undefined]]);
    expect(r.ok ? '' : r.errors[0]?.message.zh).toContain(`maxRows = ${lines - 1}`);
  });

  it('refuse a cell over maxCellLength at that cell, plain or quoted', () => {
    const seed = fixture(SEED);
    const longest = Math.max(...seed.split(/\n/u).flatMap((l) => l.split('\t').map((c) => c.length)));
    expect(parseForm(seed, { maxCellLength: longest }).ok).toBe(true);
    // The duties cell (line 8, after 单位职责) is the longest.
    expect(codes(parseForm(seed, { maxCellLength: longest - 1 }))).toEqual([['forms/cell-too-long', 8, 6]]);
    // A quoted cell with line breaks is measured whole, once the text is split.
    const quoted = `项目名称\t甲\n单位职责\t"${'第一行\n'.repeat(20)}"`;
    expect(codes(parseForm(quoted, { maxCellLength: 50 }))).toEqual([['forms/cell-too-long', 2, 6]]);
  });

  it('refuse a grid over a limit, naming the cell', () => {
    const grid: TableGrid = { source: { kind: 'sheet', name: 'Sheet1' }, rows: [['项目名称', '甲'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', 'x'.repeat(30), '≥1个']] };
    expect(codes(parseForm(grid, { maxRows: 2 }))).toEqual([['forms/too-large', undefined, undefined]]);
    expect(codes(parseForm(grid, { maxBytes: 20 }))).toEqual([['forms/too-large', undefined, undefined]]);
    const r = parseForm(grid, { maxCellLength: 20 });
    expect(codes(r)).toEqual([['forms/cell-too-long', 3, 3]]);
    expect(r.ok ? null : r.errors[0]?.cell).toBe('Sheet1!C3');
  });

  it('refuse options that are no positive integer, naming the option', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10' as unknown as number]) {
      expect(() => parseForm('x', { maxRows: bad })).toThrow(/maxRows must be a positive integer/u);
    }
    expect(() => parseForms('x', { maxBytes: 0 })).toThrow(/maxBytes 必须是正整数/u);
  });
});

describe('inputs that hold no table', () => {
  it('refuse blank text of any kind as empty, with nothing kept', () => {
    for (const blank of ['', '\n'.repeat(100_000), '\r'.repeat(100_000), '\r\n \t\u3000\ufeff'.repeat(1000)]) {
      const r = parseForm(blank);
      expect(codes(r)).toEqual([['forms/empty-input', undefined, undefined]]);
      expect(r.unparsed).toEqual([]);
    }
  });

  it('list the first 100 rows of an unrecognised text in unparsed, and say how many there were', () => {
    const text = Array.from({ length: 500 }, (_, i) => `第${i}行\t随便写的内容`).join('\n');
    const r = parseForm(text);
    expect(codes(r)).toEqual([['forms/layout-unknown', 1, 1]]);
    expect(r.unparsed).toHaveLength(100);
    expect(r.unparsed[99]?.line).toBe(100);
    expect(r.ok ? '' : r.errors[0]?.message.en).toContain('unparsed lists the first 100 rows');
  });

  it('look at the first 10,000 rows of a long text before reading the rest', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => `第${i}行`).join('\n');
    // No table in the first 10,000 rows: the rest is not read, and the error says so.
    const late = parseForm(`${junk}\n${fixture(SEED)}`);
    expect(codes(late)).toEqual([['forms/layout-unknown', 1, 1]]);
    expect(late.ok ? '' : late.errors[0]?.message.en).toContain('the first 10000 rows of the input hold no table');
    // A table that starts within them is read in full, however long it is.
    const long = `${fixture(SEED)}\n${'\t\t甲\t≥1个\n'.repeat(12_000)}`;
    const r = parseForm(long);
    expect(r.ok && r.value.indicators.length).toBe(21 + 12_000);
  });
});
