import type { Bilingual } from '../../model/finding';
import { defineCatalogue } from '../catalogue';

/**
 * How to save a table as text that reads back exactly. Not "CSV UTF-8": CSV separates cells with commas, and the
 * table reader reads cells separated by tabs. Excel's "Unicode 文本" is UTF-16 with tabs, which the reader takes.
 */
const RESAVE: Bilingual = {
  zh: 'Excel 或 WPS 表格：另存为 →“Unicode 文本 (*.txt)”；记事本：另存为 → 编码选“UTF-8”',
  en: 'Excel or WPS: Save As → "Unicode Text (*.txt)"; Notepad: Save As → Encoding "UTF-8"',
};

const FORMATS: Readonly<Record<string, Bilingual>> = {
  zip: { zh: 'Excel 工作簿 (.xlsx)、Word 文档 (.docx) 或其他 zip 压缩文件', en: 'an Excel workbook (.xlsx), a Word document (.docx) or another zip archive' },
  ole: { zh: '旧版 Excel (.xls) 或 Word (.doc) 文件', en: 'an old Excel (.xls) or Word (.doc) file' },
  pdf: { zh: 'PDF 文件', en: 'a PDF file' },
  binary: { zh: '二进制文件', en: 'a binary file' },
};

/** Which lines a problem is on: all their numbers when few, else the first ten and how many more. */
type Lines = { readonly count: number; readonly lines: readonly number[] };

function lineList(p: Lines): Bilingual {
  const shown = p.lines.slice(0, 10).join(', ');
  const more = p.lines.length - 10;
  return more > 0 ? { zh: `第 ${shown} 等 ${p.lines.length} 行`, en: `lines ${shown} and ${more} more` } : { zh: `第 ${shown} 行`, en: `line${p.lines.length > 1 ? 's' : ''} ${shown}` };
}

/** Finding codes of `input/`: turning the bytes of a file into table text ({@link decodeTable}). */
export const inputMessages = defineCatalogue({
  'input/not-text': {
    title: { zh: '不是文本文件', en: 'not a text file' },
    text: (p: { readonly format: string }) => {
      const f = FORMATS[p.format] ?? (FORMATS.binary as Bilingual);
      return {
        zh: `这是${f.zh}，不是表格文本。请打开它并另存为文本（${RESAVE.zh}）`,
        en: `this is ${f.en}, not table text. Open it and save it as text (${RESAVE.en})`,
      };
    },
  },
  'input/mixed-encoding': {
    title: { zh: '文件混用了多种编码', en: 'mixed encodings in one file' },
    text: (p: Lines) => {
      const at = lineList(p);
      return {
        zh:
          `文件是 UTF-8 编码，但有 ${p.count} 处字节不是 UTF-8（${at.zh}），多半是从 GBK 文件粘贴进来的文字，读出来会是乱码。` +
          `请重新输入这些单元格，或从原表格重新保存（${RESAVE.zh}）`,
        en:
          `the file is UTF-8, but ${p.count} byte sequence(s) are not (${at.en}): most likely text pasted from a GBK file, which would read as mojibake. ` +
          `Retype those cells, or save the original table again (${RESAVE.en})`,
      };
    },
  },
  'input/invalid-bytes': {
    title: { zh: '字节不符合编码', en: 'bytes invalid in the encoding' },
    text: (p: Lines & { readonly encoding: string }) => {
      const at = lineList(p);
      return {
        zh: `按 ${p.encoding} 读取时有 ${p.count} 处字节无效（${at.zh}）：文件不是这种编码，或已损坏。请从原表格重新保存（${RESAVE.zh}）`,
        en: `read as ${p.encoding}, ${p.count} byte sequence(s) are invalid (${at.en}): the file is not in this encoding, or is damaged. Save the original table again (${RESAVE.en})`,
      };
    },
  },
  'input/replacement-character': {
    title: { zh: '文字已在先前的转换中丢失', en: 'characters lost in an earlier conversion' },
    text: (p: Lines) => {
      const at = lineList(p);
      return {
        zh: `文本中有 ${p.count} 个替换字符“�”（${at.zh}）：这些文字在先前的编码转换中已丢失，无法从本文件恢复。请从原表格重新保存（${RESAVE.zh}）`,
        en: `the text holds ${p.count} replacement character(s) "�" (${at.en}): characters lost in an earlier conversion, which this file cannot give back. Save the original table again (${RESAVE.en})`,
      };
    },
  },
  'input/nul-character': {
    title: { zh: '文本中有空字符', en: 'NUL characters in the text' },
    text: (p: Lines & { readonly encoding: string }) => {
      const at = lineList(p);
      return {
        zh: `按 ${p.encoding} 读取后有 ${p.count} 个空字符（${at.zh}）：文件多半是 UTF-16（Unicode 文本）却按其他编码读取。请不指定编码，让程序识别，或重新保存（${RESAVE.zh}）`,
        en: `read as ${p.encoding}, the text holds ${p.count} NUL character(s) (${at.en}): most likely UTF-16 (Unicode text) read in another encoding. Leave the encoding to be detected, or save the file again (${RESAVE.en})`,
      };
    },
  },
});
