import type JSZip from 'jszip';
import { decodeTable, fail, ok, TABLE_ENCODINGS, textGrid } from 'jixiao';
import type { Finding, Result, TableEncoding, TableGrid } from 'jixiao';
import { type ContainerKind, isHtml, isZip, kindByName, oleKind } from './container';
import { readDocumentXml } from './docx/read-docx';
import { M, reason } from './findings';
import { declaredCharset } from './html/charset';
import { readHtml } from './html/read-html';
import { readXlsx } from './xlsx/read-xlsx';

/**
 * Options of {@link readTable}.
 *
 * @example
 * const o: ReadTableOptions = { fileName: '申报表.xlsx' };
 * @category Files
 */
export interface ReadTableOptions {
  /** The file's name: used only to warn when it disagrees with what the bytes are (`.xlsx` that is a web page). */
  readonly fileName?: string;
  /** Read a text file or a web page in this encoding instead of detecting it (see `decodeTable`). */
  readonly encoding?: TableEncoding;
}

/** A zip archive: a workbook (`xl/`), a Word document (`word/`), or neither. */
async function readZip(bytes: Uint8Array, named: ContainerKind | null): Promise<{ kind: ContainerKind; result: Result<TableGrid[]> }> {
  let zip: JSZip;
  try {
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(bytes);
  } catch (e) {
    // A zip that does not open: call it what its name says it is (a workbook, a document), when it says one.
    const kind = named === 'xlsx' || named === 'docx' ? named : 'zip';
    return { kind, result: fail([M.finding('files/damaged', 'error', { format: kind, reason: reason(e) })]) };
  }
  if (zip.file('xl/workbook.xml') !== null) return { kind: 'xlsx', result: await readXlsx(bytes, zip) };
  const document = zip.file('word/document.xml');
  if (document === null) return { kind: 'zip', result: fail([M.finding('files/not-a-table-file', 'error', { format: 'zip' })]) };
  try {
    const grids = await readDocumentXml(await document.async('string'));
    return { kind: 'docx', result: grids.length === 0 ? fail([M.finding('files/no-table', 'error', { format: 'docx' })]) : ok(grids) };
  } catch (e) {
    return { kind: 'docx', result: fail([M.finding('files/damaged', 'error', { format: 'docx', reason: reason(e) })]) };
  }
}

/** Text bytes: a web page, or table text; decoded by `decodeTable` (a page's declared charset checked). */
async function readText(bytes: Uint8Array, encoding: TableEncoding | undefined): Promise<{ kind: ContainerKind; result: Result<TableGrid[]> }> {
  const declared = declaredCharset(bytes);
  if (declared !== null && declared.encoding === null && encoding === undefined) {
    return { kind: 'html', result: fail([M.finding('files/charset-unsupported', 'error', { charset: declared.label })]) };
  }
  const decoded = decodeTable(bytes, encoding === undefined ? {} : { encoding });
  if (!decoded.ok) return { kind: 'text', result: decoded };
  const { text } = decoded.value;
  if (!isHtml(text)) return { kind: 'text', result: ok([textGrid(text)], decoded.warnings) };
  const warnings: Finding[] = [...decoded.warnings];
  // Bytes that are ASCII read the same in every declared encoding; otherwise the bytes decide, as decodeTable does.
  const ascii = bytes.every((b) => b < 0x80);
  if (declared?.encoding != null && !ascii && encoding === undefined && declared.encoding !== decoded.value.encoding) {
    warnings.push(M.finding('files/charset-mismatch', 'warning', { declared: declared.label, actual: decoded.value.encoding }));
  }
  let grids: TableGrid[];
  try {
    grids = await readHtml(text);
  } catch (e) {
    // The tree is walked recursively: markup nested tens of thousands deep is refused, never a crash.
    return { kind: 'html', result: fail([M.finding('files/damaged', 'error', { format: 'html', reason: reason(e) })], warnings) };
  }
  return { kind: 'html', result: grids.length === 0 ? fail([M.finding('files/no-table', 'error', { format: 'html' })], warnings) : ok(grids, warnings) };
}

/**
 * Reads the tables of a file as rows of cells, for {@link jixiao!parseForm} and {@link jixiao!parseForms}: an Excel workbook
 * (.xlsx: one grid per visible sheet), a Word document (.docx: one per table), a web page (.html: one per
 * `<table>`), or table text in any encoding `decodeTable` reads (one grid). The container is told by the bytes,
 * never by the name: a `.xls` that is a web page (as some government sites serve) is read as a web page, with a
 * `files/name-mismatch` warning. Each cell is its text as the container shows it (a number through its number
 * format, exactly: `28,963,548.68`, `95%`; a merged cell's text in its first cell, the others blank), and keeps
 * the container's row and column, so that the reader's findings name the cell (`Sheet1!C12`). An old binary
 * `.xls` or `.doc`, a damaged file or one with no table is an error that says what to do (zh/en); nothing
 * throws. Findings about one grid carry its index among the grids returned in `data.grid`.
 *
 * Asynchronous because a workbook's parts are inflated by exceljs's (and JSZip's) asynchronous readers.
 *
 * @param bytes - the file's content
 * @param options - see {@link ReadTableOptions}
 * @returns the grids, or the errors
 * @throws TypeError when `bytes` is not a Uint8Array or `options.encoding` is not one of `TABLE_ENCODINGS`
 * @example
 * const r = await readTable(fs.readFileSync('申报表.xlsx'), { fileName: '申报表.xlsx' });
 * if (r.ok) for (const grid of r.value) parseForms(grid); // each sheet's documents; findings name cells ('Sheet1!C12')
 * r.ok && r.value[0]?.source //=> { kind: 'sheet', name: 'Sheet1' }
 * @category Files
 */
export async function readTable(bytes: Uint8Array, options: ReadTableOptions = {}): Promise<Result<TableGrid[]>> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('readTable: bytes must be a Uint8Array');
  if (options.encoding !== undefined && !(TABLE_ENCODINGS as readonly string[]).includes(options.encoding)) {
    throw new TypeError(`readTable: options.encoding must be one of ${TABLE_ENCODINGS.join(', ')}`);
  }
  const named = options.fileName === undefined ? null : kindByName(options.fileName);
  const old = oleKind(bytes);
  const { kind, result } = old !== null ? { kind: old, result: fail<TableGrid[]>([M.finding('files/old-binary', 'error', { format: old })]) } : isZip(bytes) ? await readZip(bytes, named) : await readText(bytes, options.encoding);
  if (named === null || named === kind || options.fileName === undefined) return result;
  const mismatch = M.finding('files/name-mismatch', 'warning', { name: options.fileName, format: kind });
  return result.ok ? ok(result.value, [mismatch, ...result.warnings]) : fail(result.errors, [mismatch, ...result.warnings]);
}
