import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseForms } from '../../src/index';
import type { FormResult } from '../../src/index';
import { readForms } from '../../src/files/index';
import { FILE_FIXTURES, GBK_PAGE } from '../../scripts/write-file-fixtures';
import { withoutOrigins } from '../forms/helpers';

// Each real table saved as a workbook, a web page and a Word document (scripts/write-file-fixtures.ts, with
// merged cells, number formats and percentages) reads to the same documents as its text: readForms (readTable,
// then parseForms on each grid) against parseForms on the text, every document compared without its origins.

/** What a reading says, to compare: each document (or what was read of it) and the codes of its errors. */
function documents(results: readonly FormResult[]): unknown[] {
  return results.map((r) => (r.ok ? { layout: r.layout, doc: withoutOrigins(r.value) } : { layout: r.layout, partial: r.partial && withoutOrigins(r.partial), errors: r.errors.map((e) => e.code) }));
}

const text = (name: string): string => readFileSync(`test/fixtures/${name}.txt`, 'utf8');

describe('file fixtures read to the same documents as their text', () => {
  for (const name of FILE_FIXTURES) {
    for (const ext of ['xlsx', 'html', 'docx']) {
      it(`${name}.${ext}`, async () => {
        const file = `${name}.${ext}`;
        const r = await readForms(readFileSync(`test/fixtures/files/${file}`), { fileName: file });
        if (!r.ok) throw new Error(r.errors.map((e) => `${e.code} ${e.message.en}`).join('; '));
        const expected = documents(parseForms(text(name)));
        expect(expected.length).toBeGreaterThan(0);
        expect(documents(r.value)).toEqual(expected);
        // The documents came from the container: findings name cells of it, never lines of a text.
        for (const doc of r.value) {
          expect(doc.source?.kind).toBe(ext === 'xlsx' ? 'sheet' : 'table');
          for (const f of [...doc.warnings, ...(doc.ok ? [] : doc.errors)]) if (f.line !== undefined && !f.code.startsWith('files/')) expect(f.cell).toBeDefined();
        }
      });
    }
  }

  it('a page saved in GBK with <meta charset="gb2312"> (as government sites serve them)', async () => {
    const bytes = readFileSync(`test/fixtures/files/${GBK_PAGE}`);
    expect(bytes.includes(Buffer.from('项目', 'utf8'))).toBe(false);
    const r = await readForms(bytes, { fileName: GBK_PAGE });
    if (!r.ok) throw new Error(r.errors.map((e) => e.code).join('; '));
    expect(documents(r.value)).toEqual(documents(parseForms(text(GBK_PAGE.replace('.gbk.html', '')))));
    expect(r.value.flatMap((d) => d.warnings).map((w) => w.code)).not.toContain('files/charset-mismatch');
  });

  it('the fixtures hold real merges and number formats (a person’s workbook, not pasted text)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync('test/fixtures/files/minhang-2024-unit-declaration.xlsx') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const merges = (ws.model as { merges: string[] }).merges;
    expect(merges.some((m) => /^A\d+:A\d+$/u.test(m) && m.split(':')[0] !== m.split(':')[1])).toBe(true);
    const total = ws.getCell('B18');
    expect(total.value).toBe(28963548.68);
    expect(total.numFmt).toBe('#,##0.00');
  });
});
