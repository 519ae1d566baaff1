// Imported by its package name: only `jixiao/files` uses this catalogue, and it shares the library's one copy.
import { defineCatalogue } from 'jixiao';
import type { Bilingual } from 'jixiao';

/** What a container is called in messages. */
const CONTAINER: Readonly<Record<string, Bilingual>> = {
  xlsx: { zh: 'Excel 工作簿 (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  docx: { zh: 'Word 文档 (.docx)', en: 'a Word document (.docx)' },
  html: { zh: '网页 (.html)', en: 'a web page (.html)' },
  text: { zh: '表格文本', en: 'table text' },
  xls: { zh: '旧版 Excel 工作簿 (.xls)', en: 'an old Excel workbook (.xls)' },
  doc: { zh: '旧版 Word 文档 (.doc)', en: 'an old Word document (.doc)' },
  ole: { zh: '旧版 Office 文件 (.xls / .doc)', en: 'an old Office file (.xls / .doc)' },
  zip: { zh: 'zip 压缩文件', en: 'a zip archive' },
};

const named = (c: string): Bilingual => CONTAINER[c] ?? { zh: c, en: c };

/** How to turn an old binary Office file into one this reader takes. */
const SAVE_AS: Readonly<Record<string, Bilingual>> = {
  xls: { zh: '用 Excel 或 WPS 打开，另存为 →“Excel 工作簿 (*.xlsx)”', en: 'open it in Excel or WPS and Save As → "Excel Workbook (*.xlsx)"' },
  doc: { zh: '用 Word 或 WPS 打开，另存为 →“Word 文档 (*.docx)”', en: 'open it in Word or WPS and Save As → "Word Document (*.docx)"' },
  ole: {
    zh: '用 Excel、Word 或 WPS 打开，另存为 .xlsx 或 .docx',
    en: 'open it in Excel, Word or WPS and save it as .xlsx or .docx',
  },
};

/** Finding codes of `files/`: reading workbooks, web pages and Word documents into rows of cells (`readTable`). */
export const filesMessages = defineCatalogue({
  'files/old-binary': {
    title: { zh: '旧版 Office 二进制文件', en: 'an old binary Office file' },
    text: (p: { readonly format: string }) => {
      const f = named(p.format);
      const how = SAVE_AS[p.format] ?? (SAVE_AS.ole as Bilingual);
      return { zh: `这是${f.zh}，无法直接读取。请${how.zh}，再读取新文件`, en: `this is ${f.en}, which cannot be read directly: ${how.en}, then read the new file` };
    },
  },
  'files/not-a-table-file': {
    title: { zh: '不是可读取的表格文件', en: 'not a file with tables' },
    text: (p: { readonly format: string }) => {
      const f = named(p.format);
      return {
        zh: `这是${f.zh}，其中没有 Excel 工作表或 Word 文档。请提供 .xlsx、.docx、.html 或表格文本文件`,
        en: `this is ${f.en} holding no Excel worksheet or Word document. Give an .xlsx, .docx, .html or table text file`,
      };
    },
  },
  'files/damaged': {
    title: { zh: '文件已损坏', en: 'damaged file' },
    text: (p: { readonly format: string; readonly reason: string }) => {
      const f = named(p.format);
      return {
        zh: `${f.zh}无法打开（${p.reason}）：文件可能不完整或已损坏。请用原程序重新保存`,
        en: `${f.en} cannot be opened (${p.reason}): the file may be cut short or damaged. Save it again from the program that made it`,
      };
    },
  },
  'files/name-mismatch': {
    title: { zh: '文件扩展名与内容不符', en: 'file name and content disagree' },
    text: (p: { readonly name: string; readonly format: string }) => {
      const f = named(p.format);
      return { zh: `文件名“${p.name}”与内容不符：内容是${f.zh}，按${f.zh}读取`, en: `the file name "${p.name}" does not match its content, which is ${f.en}: read as such` };
    },
  },
  'files/no-table': {
    title: { zh: '文件中没有表格', en: 'no table in the file' },
    text: (p: { readonly format: string }) => {
      const f = named(p.format);
      return { zh: `${f.zh}中没有表格（或表格都是空的）`, en: `${f.en} holds no table (or only empty ones)` };
    },
  },
  'files/charset-unsupported': {
    title: { zh: '网页编码不受支持', en: 'page encoding not supported' },
    text: (p: { readonly charset: string }) => ({
      zh: `网页声明的编码 ${p.charset} 不受支持（支持 UTF-8、UTF-16、GBK/GB2312/GB18030）。请在浏览器中打开网页，另存为 UTF-8 编码`,
      en: `the page declares the encoding ${p.charset}, which is not supported (UTF-8, UTF-16, GBK/GB2312/GB18030 are). Open the page in a browser and save it as UTF-8`,
    }),
  },
  'files/charset-mismatch': {
    title: { zh: '网页编码与声明不符', en: 'page encoding differs from its declaration' },
    text: (p: { readonly declared: string; readonly actual: string }) => ({
      zh: `网页声明编码为 ${p.declared}，但内容是 ${p.actual}，按 ${p.actual} 读取`,
      en: `the page declares ${p.declared}, but its bytes are ${p.actual}: read as ${p.actual}`,
    }),
  },
  'files/grid-skipped': {
    title: { zh: '表格中没有绩效文档', en: 'a table holds no document' },
    text: (p: { readonly sheet: string | null; readonly table: number | null }) => ({
      zh: `${p.sheet !== null ? `工作表“${p.sheet}”` : `表格${p.table ?? ''}`}中没有可识别的申报表或自评表，已跳过`,
      en: `${p.sheet !== null ? `the sheet "${p.sheet}"` : `table ${p.table ?? ''}`} holds no declaration or self-evaluation the reader knows: skipped`,
    }),
  },
  'files/sheet-hidden': {
    title: { zh: '隐藏的工作表未读取', en: 'hidden sheet not read' },
    text: (p: { readonly sheet: string }) => ({
      zh: `工作表“${p.sheet}”是隐藏的，未读取（隐藏的工作表多为辅助数据）`,
      en: `the sheet "${p.sheet}" is hidden and was not read (hidden sheets mostly hold helper data)`,
    }),
  },
  'files/hidden-cells': {
    title: { zh: '读取了隐藏的行或列', en: 'hidden rows or columns read' },
    text: (p: { readonly sheet: string; readonly rows: string; readonly columns: string }) => ({
      zh: `工作表“${p.sheet}”有隐藏的${p.rows === '' ? '' : `行（${p.rows}）`}${p.rows !== '' && p.columns !== '' ? '和' : ''}${p.columns === '' ? '' : `列（${p.columns}）`}，已照常读取`,
      en: `the sheet "${p.sheet}" has hidden ${p.rows === '' ? '' : `rows (${p.rows})`}${p.rows !== '' && p.columns !== '' ? ' and ' : ''}${p.columns === '' ? '' : `columns (${p.columns})`}, read as the others`,
    }),
  },
  'files/format-unsupported': {
    title: { zh: '数字格式不受支持', en: 'number format not supported' },
    text: (p: { readonly format: string; readonly value: string }) => ({
      zh: `数字格式“${p.format}”不受支持，按原值 ${p.value} 读取（Excel 中显示的可能不同）`,
      en: `the number format "${p.format}" is not supported: read as the stored value ${p.value} (Excel may show it otherwise)`,
    }),
  },
  'files/formula-without-value': {
    title: { zh: '公式没有计算结果', en: 'formula without a value' },
    text: (p: { readonly formula: string }) => ({
      zh: `单元格的公式 =${p.formula} 没有保存计算结果，按空白读取。请在 Excel 或 WPS 中打开并保存一次`,
      en: `the cell's formula =${p.formula} has no saved result: read as blank. Open the workbook in Excel or WPS and save it once`,
    }),
  },
  'files/cell-error': {
    title: { zh: '单元格显示错误值', en: 'cell shows an error value' },
    text: (p: { readonly value: string }) => ({
      zh: `单元格的值是错误 ${p.value}，按原样读取`,
      en: `the cell holds the error ${p.value}, read as shown`,
    }),
  },
});
