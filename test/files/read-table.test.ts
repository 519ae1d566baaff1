import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseForms } from '../../src/index';
import { containerOf, readTable } from '../../src/files/index';
import { encodeGb18030 } from '../../scripts/write-encoding-fixtures.mjs';
import { BROKEN_SELF_EVALUATION, sheetOf } from './helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function grids(bytes: Uint8Array, fileName?: string) {
  const r = await readTable(bytes, fileName === undefined ? {} : { fileName });
  if (!r.ok) throw new Error(r.errors.map((e) => e.code).join(', '));
  return r;
}

describe('readTable: Excel workbooks', () => {
  it('merged ranges: the text in the first cell, the others blank (vertical tier labels, horizontal spans, both)', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.getCell('A1').value = '项目支出绩效自评表';
      ws.mergeCells('A1:D1');
      ws.getCell('A2').value = '产出指标';
      ws.mergeCells('A2:A4');
      ws.getCell('B2').value = '数量指标';
      ws.getCell('C2').value = '甲';
      ws.getCell('C3').value = '乙';
      ws.getCell('C4').value = '丙';
      ws.getCell('B5').value = '合并';
      ws.mergeCells('B5:C6');
      ws.getCell('D6').value = 'x';
    });
    const r = await grids(bytes);
    // The cells a merge covers are cells of their rows, blank (as Excel copies them).
    expect(r.value[0]?.rows).toEqual([['项目支出绩效自评表', '', '', ''], ['产出指标', '数量指标', '甲'], ['', '', '乙'], ['', '', '丙'], ['', '合并', ''], ['', '', '', 'x']]);
    expect(r.value[0]?.source).toEqual({ kind: 'sheet', name: 'Sheet1' });
  });

  it('numbers as shown, formulas by their cached value, dates as dates, errors as shown', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('表');
      ws.getCell('A1').value = 28963548.68;
      ws.getCell('A1').numFmt = '#,##0.00';
      ws.getCell('B1').value = { formula: '0.1+0.2', result: 0.1 + 0.2 };
      ws.getCell('B1').numFmt = '0.00';
      ws.getCell('C1').value = { formula: '0.1+0.2', result: 0.1 + 0.2 };
      ws.getCell('D1').value = 0.95;
      ws.getCell('D1').numFmt = '0%';
      ws.getCell('E1').value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell('E1').numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell('F1').value = 45657;
      ws.getCell('F1').numFmt = 'mm-dd-yy'; // built-in 14: the locale's short date
      ws.getCell('G1').value = { formula: 'A1*2' }; // no cached value
      ws.getCell('H1').value = { error: '#DIV/0!' };
      ws.getCell('I1').value = 3;
      ws.getCell('I1').numFmt = '# ?/?';
      ws.getCell('J1').value = { richText: [{ text: '富' }, { text: '文本' }] };
      ws.getCell('K1').value = true;
      // Cached results that are falsy: exceljs's `value` drops them, the reader must not. (An empty text result is
      // not kept by exceljs at all: it reads as a formula without a value, blank — see docs/files.md.)
      ws.getCell('L1').value = { formula: '1-1', result: 0 };
      ws.getCell('L1').numFmt = '0.00';
      ws.getCell('M1').value = { formula: '1>2', result: false };
    });
    const r = await grids(bytes);
    expect(r.value[0]?.rows[0]).toEqual(['28,963,548.68', '0.30', '0.3', '95%', '2024年12月31日', '2024/12/31', '', '#DIV/0!', '3', '富文本', 'TRUE', '0.00', 'FALSE']);
    const at = r.warnings.map((w) => `${w.code}@${w.cell}`);
    expect(at).toEqual(["files/formula-without-value@'表'!G1", "files/cell-error@'表'!H1", "files/format-unsupported@'表'!I1"]);
    expect(r.warnings.every((w) => w.data?.['grid'] === 0 && w.line === 1)).toBe(true);
  });

  it('hidden sheets are skipped, hidden rows and columns read (info findings); blank columns and rows beyond the table dropped; sheets in order', async () => {
    const bytes = await workbook((wb) => {
      const a = wb.addWorksheet('甲');
      a.getCell('A1').value = '一';
      a.getCell('A3').value = '隐藏行';
      a.getRow(3).hidden = true;
      a.getCell('C1').value = '隐藏列';
      a.getColumn(3).hidden = true;
      a.getCell('F9').value = '';
      wb.addWorksheet('辅助', { state: 'hidden' }).getCell('A1').value = 1;
      wb.addWorksheet('空');
      wb.addWorksheet('乙').getCell('B2').value = '二';
    });
    const r = await grids(bytes);
    expect(r.value.map((g) => g.rows)).toEqual([[['一', '', '隐藏列'], [], ['隐藏行']], [[], ['', '二']]]);
    expect(r.value.map((g) => g.source)).toEqual([{ kind: 'sheet', name: '甲' }, { kind: 'sheet', name: '乙' }]);
    expect(r.warnings.map((w) => [w.code, w.severity, w.message.en])).toEqual([
      ['files/hidden-cells', 'info', 'the sheet "甲" has hidden rows (3) and columns (C), read as the others'],
      ['files/sheet-hidden', 'info', 'the sheet "辅助" is hidden and was not read (hidden sheets mostly hold helper data)'],
    ]);
  });

  it('findings of the table reader name the sheet and the cell', async () => {
    const r = await grids(await sheetOf('自评表', [['项目支出绩效自评表'], ...BROKEN_SELF_EVALUATION]), '自评表.xlsx');
    const [doc] = parseForms(r.value[0]!);
    expect(doc?.ok).toBe(false);
    const error = doc?.ok === false ? doc.errors[0] : undefined;
    expect(error).toMatchObject({ code: 'money/space-inside', line: 4, column: 3, cell: "'自评表'!C4" });
    expect(doc?.source).toEqual({ kind: 'sheet', name: '自评表' });
  });

  it('built-in date formats Excel in China names by id alone (14, 31, 57) read as it shows them', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('a');
      // mm-dd-yy is written as the built-in id 14; the others get ids of their own, replaced below.
      for (const [k, f] of ['mm-dd-yy', '0.0', '0.000'].entries()) {
        ws.getCell(1, k + 1).value = 45657;
        ws.getCell(1, k + 1).numFmt = f;
      }
    });
    // Give the second and third cells' formats the ids 31 and 57, as Excel in China does, without defining them.
    const zip = await JSZip.loadAsync(bytes);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const ids = [...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/gu)];
    let patched = styles.replace(/<numFmts[^]*<\/numFmts>/u, '');
    for (const [, id, code] of ids) patched = patched.replaceAll(`numFmtId="${id}"`, `numFmtId="${code === '0.0' ? 31 : 57}"`);
    expect(patched).not.toContain('<numFmt ');
    zip.file('xl/styles.xml', patched);
    const r = await grids(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.value[0]?.rows[0]).toEqual(['2024/12/31', '2024年12月31日', '2024年12月']);
  });

  it('a damaged workbook is an error, never a throw', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('a').getCell('A1').value = 1;
    });
    const zip = await JSZip.loadAsync(bytes);
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"');
    const r = await readTable(await zip.generateAsync({ type: 'uint8array' }));
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['files/damaged']);
  });
});

describe('readTable: web pages', () => {
  it('rowspan and colspan laid out, line breaks, entities, non-breaking spaces, nested tables, hidden cells', async () => {
    const page = `<html><head><meta charset="utf-8"><style>td{}</style></head><body><table>
      <tr><td colspan="3">项目支出&nbsp;绩效 &amp; 自评表</td></tr>
      <tr><th rowspan="2">产出指标</th><td>数量指标</td><td>甲<br>乙<p>丙</p><div>丁</div></td></tr>
      <tr><td>质量指标</td><td>外<table><tr><td>内</td></tr></table></td></tr>
      <tr><td>a</td><td style="display:none">藏</td><td>&lt;p&gt;</td></tr>
      <tr><td>&nbsp;</td></tr>
    </table></body></html>`;
    const r = await grids(utf8(page));
    expect(r.value.map((g) => [g.source, g.rows])).toEqual([
      [{ kind: 'table', container: 'html', index: 1 }, [['项目支出 绩效 & 自评表', '', ''], ['产出指标', '数量指标', '甲\n乙\n丙\n丁'], ['', '质量指标', '外'], ['a', '', '<p>']]],
      [{ kind: 'table', container: 'html', index: 2 }, [['内']]],
    ]);
  });

  it('markup nested deeper than a call stack reaches is read (the walks keep stacks of their own)', async () => {
    const r = await grids(utf8(`<table><tr><td>${'<div>'.repeat(8000)}x</td></tr></table>`));
    expect(r.value[0]?.rows).toEqual([['x']]);
  });

  it('unclosed cells and rows as a browser reads them', async () => {
    const r = await grids(utf8('<table><tr><td>a<td>b<tr><td rowspan=0>c<td>d<tr><td>e</table>'));
    expect(r.value[0]?.rows).toEqual([['a', 'b'], ['c', 'd'], ['', 'e']]);
  });

  it('a GBK page, a page whose bytes contradict its charset (warning), an unknown charset (error), no table (error)', async () => {
    const gbk = await grids(encodeGb18030('<html><meta charset="gbk"><table><tr><td>项目名称</td></tr></table>'));
    expect(gbk.value[0]?.rows).toEqual([['项目名称']]);
    const lying = await grids(utf8('<html><meta charset="gb2312"><table><tr><td>项目名称</td></tr></table>'));
    expect(lying.value[0]?.rows).toEqual([['项目名称']]);
    expect(lying.warnings.map((w) => w.code)).toEqual(['files/charset-mismatch']);
    const big5 = await readTable(utf8('<html><meta charset="big5"><table><tr><td>a</td></tr></table>'));
    expect(big5.ok ? [] : big5.errors.map((e) => e.code)).toEqual(['files/charset-unsupported']);
    const none = await readTable(utf8('<html><body><p>没有表格</p></body></html>'));
    expect(none.ok ? [] : none.errors.map((e) => e.code)).toEqual(['files/no-table']);
  });
});

/** A minimal Word document around a body. */
async function docx(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (...lines: string[]) => lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${l}</w:t></w:r></w:p>`).join('');

describe('readTable: Word documents', () => {
  it('gridSpan, vMerge, gridBefore; paragraphs and breaks as line breaks; deleted text and fallbacks left out', async () => {
    const body = `<w:p>${p('标题')}</w:p><w:tbl>
      <w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/></w:tcPr>${p('项目支出绩效自评表')}</w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>${p('产出指标')}</w:tc><w:tc>${p('数量指标')}</w:tc><w:tc>${p('甲', '乙')}</w:tc></w:tr>
      <w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>质量</w:t><w:br/><w:t>指标</w:t><w:delText>删</w:delText></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t></w:r><mc:AlternateContent><mc:Choice><w:r><w:t>选</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>备</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p></w:tc></w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc>${p('右')}<w:tbl><w:tr><w:tc>${p('内')}</w:tc></w:tr></w:tbl></w:tc></w:tr>
    </w:tbl>`;
    const r = await grids(await docx(body));
    expect(r.value.map((g) => [g.source, g.rows])).toEqual([
      [{ kind: 'table', container: 'docx', index: 1 }, [['项目支出绩效自评表', '', ''], ['产出指标', '数量指标', '甲\n乙'], ['', '质量\n指标', 'A B选'], ['', '右']]],
      [{ kind: 'table', container: 'docx', index: 2 }, [['内']]],
    ]);
  });

  it('a document without tables, and one whose XML is broken, are errors', async () => {
    const none = await readTable(await docx(p('只有文字')));
    expect(none.ok ? [] : none.errors.map((e) => e.code)).toEqual(['files/no-table']);
    const broken = await readTable(await docx('<w:tbl><w:tr>'));
    expect(broken.ok ? [] : broken.errors.map((e) => e.code)).toEqual(['files/damaged']);
  });
});

describe('readTable: what a file is', () => {
  const ole = (stream: string) => {
    const b = new Uint8Array(2048);
    b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    b.set(Buffer.from(stream, 'utf16le'), 1024);
    return b;
  };

  it('an old .xls or .doc is an error saying how to convert it (另存为 .xlsx)', async () => {
    const xls = await readTable(ole('Workbook'), { fileName: '申报表.xls' });
    expect(xls.ok ? null : xls.errors[0]).toMatchObject({ code: 'files/old-binary' });
    expect(xls.ok ? '' : xls.errors[0]?.message.zh).toContain('另存为 →“Excel 工作簿 (*.xlsx)”');
    expect(xls.warnings).toEqual([]);
    const doc = await readTable(ole('WordDocument'));
    expect(doc.ok ? '' : doc.errors[0]?.message.en).toContain('Word Document (*.docx)');
  });

  it('a file named .xls that is a web page is read as one, with a warning', async () => {
    const r = await grids(utf8('<table><tr><td>项目名称</td><td>甲</td></tr></table>'), '下载.xls');
    expect(r.value[0]?.rows).toEqual([['项目名称', '甲']]);
    expect(r.warnings.map((w) => w.code)).toEqual(['files/name-mismatch']);
  });

  it('text in any encoding gives one grid numbered by lines; a zip of something else, a PDF are errors', async () => {
    const r = await grids(encodeGb18030('项目名称\t甲\n"第一行\n第二行"\t乙\n'));
    expect(r.value).toEqual([{ rows: [['项目名称', '甲'], ['第一行\n第二行', '乙']], rowNumbers: [1, 2], source: { kind: 'table', container: 'text', index: 1 } }]);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    const other = await readTable(await zip.generateAsync({ type: 'uint8array' }));
    expect(other.ok ? [] : other.errors.map((e) => e.code)).toEqual(['files/not-a-table-file']);
    const pdf = await readTable(utf8('%PDF-1.7 …'));
    expect(pdf.ok ? [] : pdf.errors.map((e) => e.code)).toEqual(['input/not-text']);
    const cut = await readTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(cut.ok ? [] : cut.errors.map((e) => e.code)).toEqual(['files/damaged']);
  });

  it('containerOf tells the kind from the first bytes; wrong arguments are TypeErrors', async () => {
    expect(containerOf(utf8('\ufeff<!DOCTYPE html><html>'))).toBe('html');
    expect(containerOf(utf8('项目名称\t<b>'))).toBe('text');
    expect(containerOf(ole('Workbook'))).toBe('ole');
    await expect(readTable('text' as unknown as Uint8Array)).rejects.toThrow(TypeError);
    await expect(readTable(utf8('a'), { encoding: 'latin1' as never })).rejects.toThrow(/options.encoding/u);
  });
});
