import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTable, TABLE_ENCODINGS } from '../../src/forms/decode-table';
import type { DecodedTable } from '../../src/forms/decode-table';
import { parseForm } from '../../src/forms/parse-form';
import type { Finding, Result } from '../../src/model/finding';
import { encodeGb18030, encodeUtf16be, encodeUtf16le, encodingFixtures } from '../../scripts/write-encoding-fixtures.mjs';
import { fixture, NANYUE, SEED, TANGXI, TIANCHANG, withoutOrigins } from './helpers';

const DIR = 'test/fixtures/encodings';
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(`${DIR}/${name}`));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

function decoded(r: Result<DecodedTable>): DecodedTable {
  if (!r.ok) throw new Error(`expected ok, got ${r.errors.map((e) => `${e.line}:${e.column} ${e.code}`).join('; ')}`);
  return r.value;
}

function errorsOf(r: Result<DecodedTable>): readonly Finding[] {
  if (r.ok) throw new Error(`expected errors, got ${r.value.encoding}`);
  return r.errors;
}

/** Line and column (code points) of the first occurrence of `needle`, as the table reader counts them. */
function placeOf(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split(/\r\n|\n|\r/u);
  return { line: before.length, column: [...(before[before.length - 1] as string)].length + 1 };
}

describe('encoding fixtures (scripts/write-encoding-fixtures.mjs)', () => {
  it('are the files the script writes today', () => {
    const expected = encodingFixtures();
    expect(readdirSync(DIR).filter((n) => !n.startsWith('.')).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, bytes] of Object.entries(expected)) expect(bytesOf(name), name).toEqual(bytes);
  });
});

describe('decodeTable on real byte files', () => {
  const cases = [
    ['ah-tianchang-2022-project-self-evaluation.gb18030.txt', TIANCHANG, 'gb18030'],
    ['minhang-2024-unit-declaration.utf-16le-bom.txt', SEED, 'utf-16le'],
    ['ah-tianchang-2022-project-self-evaluation.utf-16be-bom.txt', TIANCHANG, 'utf-16be'],
    ['hn-nanyue-2018-project-declaration.utf-16le.txt', NANYUE, 'utf-16le'],
    ['hn-nanyue-2018-project-declaration.utf-16be.txt', NANYUE, 'utf-16be'],
    ['ah-chizhou-tangxi-2022-project-self-evaluation.utf-8-bom.txt', TANGXI, 'utf-8'],
  ] as const;

  it.each(cases)('%s reads as its text fixture, in %s', (file, source, encoding) => {
    const d = decoded(decodeTable(bytesOf(file)));
    expect(d.encoding).toBe(encoding);
    // The byte-order mark is dropped, and the text is the fixture's, character for character.
    expect(d.text).toBe(fixture(source));
  });

  it.each(cases)('%s parses to the same document as its text fixture', (file, source) => {
    const text = decoded(decodeTable(bytesOf(file))).text;
    const [a, b] = [parseForm(text), parseForm(fixture(source))];
    expect(a.ok && b.ok && withoutOrigins(a.value)).toEqual(b.ok && withoutOrigins(b.value));
    expect(a.ok ? a.value.indicators.length : 0).toBeGreaterThan(0);
  });

  it('a UTF-8 file with one GBK cell is an error at that cell, saying how to save the file again', () => {
    const errors = errorsOf(decodeTable(bytesOf('ah-tianchang-2022-project-self-evaluation.mixed-gbk-cell.txt')));
    expect(errors).toHaveLength(1);
    const [e] = errors as [Finding];
    expect(e).toMatchObject({ code: 'input/mixed-encoding', severity: 'error', ...placeOf(fixture(TIANCHANG), '指标1:服务对象满意度') });
    expect(e.message.zh).toContain('Unicode 文本');
    expect(e.message.zh).toContain('记事本');
    expect(e.message.en).toContain('Unicode Text');
    expect(e.message.en).toContain('GBK');
  });

  it('U+FFFD left by an earlier conversion is an error at its first place, with every line it is on', () => {
    const errors = errorsOf(decodeTable(bytesOf('ah-tianchang-2022-project-self-evaluation.replacement.txt')));
    const text = new TextDecoder().decode(bytesOf('ah-tianchang-2022-project-self-evaluation.replacement.txt'));
    const { line, column } = placeOf(text, '��90��');
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['input/replacement-character', line, column]]);
    expect(errors[0]?.message.en).toContain(`4 replacement character(s) "�" (line ${line})`);
  });

  it('a workbook is not text', () => {
    const errors = errorsOf(decodeTable(bytesOf('not-text.xlsx')));
    expect(errors.map((e) => e.code)).toEqual(['input/not-text']);
    expect(errors[0]?.message.en).toContain('an Excel workbook (.xlsx)');
  });
});

describe('decodeTable detection', () => {
  it('reads valid UTF-8 as UTF-8, never as GB18030 (a property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (s, bom) => {
        fc.pre(!s.includes('\u0000') && !s.includes('\ufffd') && s.charCodeAt(0) !== 0xfeff);
        const d = decoded(decodeTable(concat(bom ? new Uint8Array([0xef, 0xbb, 0xbf]) : new Uint8Array(), utf8(s))));
        expect(d).toEqual({ text: s, encoding: 'utf-8' });
      }),
    );
  });

  it('reads UTF-16 with a byte-order mark in either order (a property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        fc.pre(!s.includes('\u0000') && !s.includes('\ufffd') && s.charCodeAt(0) !== 0xfeff);
        expect(decoded(decodeTable(encodeUtf16le(s, true)))).toEqual({ text: s, encoding: 'utf-16le' });
        expect(decoded(decodeTable(encodeUtf16be(s, true)))).toEqual({ text: s, encoding: 'utf-16be' });
      }),
    );
  });

  it('reads GB18030 that is not valid UTF-8 as GB18030 (a property over table-like text)', () => {
    const hanzi = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
    const cell = fc.array(fc.oneof(hanzi, hanzi, fc.constantFrom('1', '0', '%', '≥', '（', '）', '.', ' ')), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }).map((r) => r.join('\t')), { minLength: 1, maxLength: 8 }).map((rows) => rows.join('\r\n'));
    fc.assert(
      fc.property(table, (text) => {
        const bytes = encodeGb18030(text);
        let validUtf8 = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          validUtf8 = false;
        }
        fc.pre(!validUtf8);
        expect(decoded(decodeTable(bytes))).toEqual({ text, encoding: 'gb18030' });
      }),
    );
  });

  it('tells UTF-16 without a byte-order mark by where the NUL bytes fall, 一 (U+4E00) and all', () => {
    const text = '项目名称\t甲\n一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t培训人数\t≥100人';
    expect(decoded(decodeTable(encodeUtf16le(text, false)))).toEqual({ text, encoding: 'utf-16le' });
    expect(decoded(decodeTable(encodeUtf16be(text, false)))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('empty input is empty UTF-8 text', () => {
    expect(decoded(decodeTable(new Uint8Array()))).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('refuses files that are not text: zip, OLE, PDF, and NUL bytes on both sides', () => {
    const kinds = [
      [0x50, 0x4b, 0x03, 0x04, 0x00],
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00],
      [...utf8('%PDF-1.7\n')],
      [0x00, 0x00, 0x41, 0x42, 0x00, 0x00, 0x43, 0x44],
    ];
    for (const k of kinds) expect(errorsOf(decodeTable(Uint8Array.from(k))).map((e) => [e.code, e.line, e.column])).toEqual([['input/not-text', 1, 1]]);
    expect(errorsOf(decodeTable(Uint8Array.from(kinds[1] as number[])))[0]?.message.en).toContain('.xls');
  });
});

describe('decodeTable with a given encoding', () => {
  it('UTF-16 read as UTF-8 (NUL-interleaved text) is an error that says so', () => {
    // ASCII only: valid UTF-8 with a NUL after each character.
    const ascii = errorsOf(decodeTable(encodeUtf16le('name\tA\n1', false), { encoding: 'utf-8' }));
    expect(ascii.map((e) => [e.code, e.line, e.column])).toEqual([['input/nul-character', 1, 2]]);
    expect(ascii[0]?.message.en).toContain('8 NUL character(s) (lines 1, 2)');
    expect(ascii[0]?.message.en).toContain('UTF-16');
    // With Chinese: invalid UTF-8 too; the NULs tell what happened.
    const cjk = errorsOf(decodeTable(encodeUtf16le('项目名称\t甲\n乙', false), { encoding: 'utf-8' }));
    expect(cjk.map((e) => e.code)).toEqual(['input/nul-character']);
  });

  it('a stray NUL in a UTF-8 file is an error where it stands (too few NULs for UTF-16)', () => {
    const text = `${'项目名称\t甲\n'.repeat(20)}乙\u0000丙`;
    const errors = errorsOf(decodeTable(utf8(text)));
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['input/nul-character', 21, 2]]);
    expect(errors[0]?.message.en).toContain('read as utf-8');
  });

  it('GB18030 read as UTF-8 is invalid bytes (not a mixed file: the encoding was given)', () => {
    const errors = errorsOf(decodeTable(encodeGb18030('项目名称\t甲'), { encoding: 'utf-8' }));
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['input/invalid-bytes', 1, 1]]);
    expect(errors[0]?.message.en).toContain('read as utf-8');
  });

  it('reads in the encoding given', () => {
    expect(decoded(decodeTable(encodeGb18030('项目名称'), { encoding: 'gb18030' }))).toEqual({ text: '项目名称', encoding: 'gb18030' });
    // Valid UTF-8 read as GB18030 on request: the caller said so.
    expect(decoded(decodeTable(utf8('ab'), { encoding: 'gb18030' }))).toEqual({ text: 'ab', encoding: 'gb18030' });
  });

  it('a truncated UTF-16 file is invalid bytes at its end', () => {
    const bytes = encodeUtf16le('甲\n乙', true);
    const errors = errorsOf(decodeTable(bytes.subarray(0, bytes.length - 1)));
    expect(errors.map((e) => [e.code, e.line, e.column])).toEqual([['input/invalid-bytes', 2, 1]]);
  });
});

describe('decodeTable places', () => {
  it('counts lines at \\r\\n, \\n and \\r and columns in code points, as the table reader does', () => {
    const bad = concat(utf8('项目名称\t甲\r\n\r二\n𠀀\t丙丁戊己庚辛'), encodeGb18030('乙'), utf8('\n'));
    const [e] = errorsOf(decodeTable(bad));
    expect(e).toMatchObject({ code: 'input/mixed-encoding', line: 4, column: 9 });
  });

  it('lists every line with a bad byte: the first ten, then how many more', () => {
    const lines = Array.from({ length: 12 }, (_, i) => concat(utf8(`第${i}行中文内容`), encodeGb18030('乙'), utf8('\n')));
    const [e] = errorsOf(decodeTable(concat(...lines)));
    expect(e?.message.en).toContain('lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more');
    expect(e?.message.zh).toContain('第 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 等 12 行');
  });
});

describe('decodeTable contract', () => {
  it('throws a TypeError naming the parameter for programmer errors', () => {
    expect(() => decodeTable('text' as unknown as Uint8Array)).toThrow(/decodeTable: bytes/);
    expect(() => decodeTable(new Uint8Array(), { encoding: 'latin1' as 'utf-8' })).toThrow(/options\.encoding/);
  });

  it('does not change its input', () => {
    const bytes = bytesOf('ah-tianchang-2022-project-self-evaluation.gb18030.txt');
    const copy = bytes.slice();
    decodeTable(bytes);
    expect(bytes).toEqual(copy);
  });

  it('lists the encodings it reads, frozen', () => {
    expect([...TABLE_ENCODINGS]).toEqual(['utf-8', 'utf-16le', 'utf-16be', 'gb18030']);
    expect(Object.isFrozen(TABLE_ENCODINGS)).toBe(true);
  });
});
