// npm run fixtures:files — writes test/fixtures/files/: the seed and every real sample of test/fixtures/ saved as
// the files people hold: an Excel workbook (.xlsx), a web page (.html) and a Word document (.docx), each with
// merged cells as a person makes them (the title across the table, tier labels down their rows), amounts as
// numbers with a number format and percentages as percent-formatted numbers. One more page is saved in GBK with
// `<meta charset="gb2312">`, as government sites serve them. test/files/fixtures.test.ts reads each back and
// compares its documents with those of the text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { textGrid } from '../src/index';
import { encodeGb18030 } from './write-encoding-fixtures.mjs';

const FIXTURES = 'test/fixtures';
const OUT = `${FIXTURES}/files`;

/** The seed and the real samples (test/fixtures/SOURCES.md). */
export const FILE_FIXTURES = [
  'minhang-2024-unit-declaration',
  'hn-nanyue-2018-project-declaration',
  'ah-tianchang-2022-project-self-evaluation',
  'ah-chizhou-tangxi-2022-project-self-evaluation',
  'yn-lincang-yongde-2022-project-self-evaluation',
  'nm-hinggan-zhalaite-2025-project-declaration',
  'zj-taizhou-linhai-2024-project-declaration',
  'ah-suzhou-xiaoxian-2023-project-self-evaluation',
  'tj-hebei-2023-project-declaration',
] as const;

/** The page saved in GBK. */
export const GBK_PAGE = 'ah-tianchang-2022-project-self-evaluation.gbk.html';

/** A merged range: rows and columns 0-based, inclusive. */
interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const blank = (s: string | undefined): boolean => (s ?? '').trim() === '';

/** Headings of the columns whose labels run down their rows (tier 1, tier 2, and a leading 绩效指标 column). */
const TIER_HEADINGS = /^(一级指标|二级指标|一级目标|二级目标|绩效指标|指标类型)$/u;

/**
 * The merges a person makes: a title alone on its row before the table spans the table's width; below an
 * indicator header, a tier label spans the blank cells under it, until a label changes in its column or in one
 * to its left (a tier 2 ends with its tier 1).
 */
function merges(rows: readonly (readonly string[])[]): Merge[] {
  const width = Math.max(...rows.map((r) => r.length));
  const out: Merge[] = [];
  const firstTable = rows.findIndex((r) => r.filter((c) => !blank(c)).length >= 2);
  rows.forEach((r, i) => {
    if (i < firstTable && !blank(r[0]) && r.slice(1).every((c) => blank(c)) && width > 1) out.push({ top: i, left: 0, bottom: i, right: width - 1 });
  });
  rows.forEach((header, h) => {
    const columns = header.map((c, k) => (TIER_HEADINGS.test(c.trim()) ? k : -1)).filter((k) => k >= 0);
    if (columns.length === 0) return;
    for (const c of columns) {
      for (let i = h + 1; i < rows.length; i++) {
        const row = rows[i] as readonly string[];
        if (blank(row[c]) || row.every((x) => blank(x))) continue;
        let end = i;
        while (end + 1 < rows.length) {
          const next = rows[end + 1] as readonly string[];
          const leftChanges = columns.some((k) => k < c && !blank(next[k]));
          if (!blank(next[c]) || leftChanges || next.every((x) => blank(x)) || next.slice(c + 1).every((x) => blank(x))) break;
          end++;
        }
        if (end > i) out.push({ top: i, left: c, bottom: end, right: c });
        i = end;
      }
    }
  });
  // Tables with two header rows give the same runs twice: each cell in one merge at most.
  const taken = new Set<string>();
  return out.filter((m) => {
    const cells: string[] = [];
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) cells.push(`${r},${c}`);
    if (cells.some((k) => taken.has(k))) return false;
    for (const k of cells) taken.add(k);
    return true;
  });
}

/** A cell that is a number as a person types it into a workbook: the value and the format that shows it the same. */
function asNumber(text: string): { value: number; numFmt: string } | null {
  const t = text.trim();
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|0|[1-9]\d*)(?:\.(\d+))?(%?)$/u.exec(t);
  if (m === null || (m[1] === '-' && /^[0.,]+$/u.test(t.slice(1).replace('%', '')))) return null;
  const digits = (m[2] as string).replace(/,/gu, '');
  const places = (m[3] ?? '').length;
  if ((digits + (m[3] ?? '')).replace(/^0+/u, '').length > 15) return null;
  const fraction = places > 0 ? `.${'0'.repeat(places)}` : '';
  const decimal = `${m[1]}${digits}${places > 0 ? `.${m[3]}` : ''}`;
  if (m[4] === '%') return { value: Number(`${decimal}e-2`), numFmt: `0${fraction}%` };
  return { value: Number(decimal), numFmt: `${(m[2] as string).includes(',') ? '#,##0' : '0'}${fraction}` };
}

async function xlsx(rows: readonly (readonly string[])[], sheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 0, 1));
  const ws = wb.addWorksheet(sheet);
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      // A blank cell of the table stays a cell (formatted, empty), as in a workbook a person fills in.
      if (text === '') {
        cell.alignment = { vertical: 'top' };
        return;
      }
      const n = asNumber(text);
      if (n === null) {
        cell.value = text;
        if (text.includes('\n')) cell.alignment = { wrapText: true };
      } else {
        cell.value = n.value;
        cell.numFmt = n.numFmt;
      }
    }),
  );
  for (const m of merges(rows)) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const escapeHtml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** The spans of each cell: the merge it starts, or `covered` for the cells a merge covers. */
function spans(rows: readonly (readonly string[])[]): (row: number, col: number) => Merge | 'covered' | null {
  const starts = new Map<string, Merge>();
  const covered = new Set<string>();
  for (const m of merges(rows)) {
    starts.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return (r, c) => (covered.has(`${r},${c}`) ? 'covered' : (starts.get(`${r},${c}`) ?? null));
}

function html(rows: readonly (readonly string[])[], title: string, charset: string): string {
  const at = spans(rows);
  const width = Math.max(...rows.map((r) => r.length));
  const body = rows.map((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < Math.max(row.length, 1); c++) {
      const s = at(r, c);
      if (s === 'covered') continue;
      const attrs = s === null ? '' : `${s.bottom > s.top ? ` rowspan="${s.bottom - s.top + 1}"` : ''}${s.right > s.left ? ` colspan="${s.right - s.left + 1}"` : ''}`;
      const text = escapeHtml(row[c] ?? '').replace(/\n/gu, '<br>');
      cells.push(`<td${attrs}>${text === '' ? '&nbsp;' : text}</td>`);
    }
    return `  <tr>${cells.join('')}</tr>`;
  });
  return [
    '<!DOCTYPE html>',
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${escapeHtml(title)}</title></head>`,
    `<body>\n<p>${escapeHtml(title)}</p>\n<table border="1" cellspacing="0" style="width:${width * 80}px">`,
    ...body,
    '</table>\n</body></html>\n',
  ].join('\n');
}

const escapeXml = (s: string): string => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function docxTable(rows: readonly (readonly string[])[]): string {
  const at = spans(rows);
  const all = merges(rows);
  const width = Math.max(...rows.map((r) => r.length));
  const para = (text: string) =>
    text === '' ? '<w:p/>' : text.split('\n').map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
  const trs = rows.map((row, r) => {
    const tcs: string[] = [];
    // A row has the cells it has: Word leaves the rest of the grid empty.
    for (let c = 0; c < Math.max(row.length, 1); c++) {
      const s = at(r, c);
      // A vertical merge keeps a cell in every row (`vMerge` continue); a horizontal one is one cell (`gridSpan`).
      if (s === 'covered') {
        const above = all.find((m) => m.left === c && m.top < r && m.bottom >= r && m.right === m.left);
        if (above !== undefined) tcs.push('<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>');
        continue;
      }
      const props = s === null ? '' : `<w:tcPr>${s.right > s.left ? `<w:gridSpan w:val="${s.right - s.left + 1}"/>` : ''}${s.bottom > s.top ? '<w:vMerge w:val="restart"/>' : ''}</w:tcPr>`;
      tcs.push(`<w:tc>${props}${para(row[c] ?? '')}</w:tc>`);
    }
    return `<w:tr>${tcs.join('')}</w:tr>`;
  });
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1200"/>'.repeat(width)}</w:tblGrid>`;
  return `<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/><w:left w:val="single"/><w:bottom w:val="single"/><w:right w:val="single"/><w:insideH w:val="single"/><w:insideV w:val="single"/></w:tblBorders></w:tblPr>${grid}${trs.join('')}</w:tbl>`;
}

async function docx(rows: readonly (readonly string[])[], title: string): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = new Date(Date.UTC(2025, 0, 1));
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    { date },
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    { date },
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${escapeXml(title)}</w:t></w:r></w:p>${docxTable(rows)}<w:p/><w:sectPr/></w:body></w:document>`,
    { date },
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const name of FILE_FIXTURES) {
    const { rows } = textGrid(readFileSync(`${FIXTURES}/${name}.txt`, 'utf8'));
    writeFileSync(`${OUT}/${name}.xlsx`, await xlsx(rows, name.includes('self-evaluation') ? '自评表' : '申报表'));
    writeFileSync(`${OUT}/${name}.html`, html(rows, name, 'utf-8'));
    writeFileSync(`${OUT}/${name}.docx`, await docx(rows, name));
  }
  const gbk = GBK_PAGE.replace('.gbk.html', '');
  writeFileSync(`${OUT}/${GBK_PAGE}`, encodeGb18030(html(textGrid(readFileSync(`${FIXTURES}/${gbk}.txt`, 'utf8')).rows, gbk, 'gb2312')));
}

// Run as a script only: the tests import the list of fixtures.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
