import { formsMessages as M } from '../i18n/messages/forms';
import type { Bilingual, Finding } from '../model/finding';
import type { PerformanceDocument } from '../model/document';
import { assembleDocument } from './assemble/document';
import { createContext, indicatorHeaders, keepAside } from './read/context';
import type { IndicatorHeader } from './read/indicator-header';
import { trailerKind } from './read/trailer';
import { SIGN_OFF_WORDS } from './vocabulary/sections';
import { type DocumentSections, splitDocuments } from './scan/documents';
import { CONTENT, scanSections } from './scan/sections';
import { isBlankRow } from './text/split-table';
import type { TableRow } from './text/split-table';
import type { FormResult, ParseFormOptions, UnparsedRow } from './types';
import { type TableGrid, gridRows, withCells } from './grid';
import { splitTable } from './text/split-table';
import { lineStart } from './text/lines';
import { isBlankText, limitsOf, refuseCells, refuseGrid, refuseText } from './limits';

const NOT_UNDERSTOOD = { zh: '不属于表格的任何部分', en: 'not part of anything the table has' };
const SIGN_OFF = { zh: '审核意见 / 盖章 / 填表人等签署栏，不属于文档数据', en: 'a sign-off box (审核意见 / 盖章 / 填表人), not document data' };
const NOTE = { zh: '表注（注：……），不属于文档数据', en: 'a footnote (注：…), not document data' };
const OTHER_DOCUMENT = { zh: '属于文本中的另一份表格（用 parseForms 读取）', en: 'part of another document in the text (read it with parseForms)' };

/** Why a row no reader took was not read. */
function reasonFor(row: TableRow): Bilingual {
  const kind = trailerKind(row);
  if (kind === 'note') return NOTE;
  if (kind === 'sign-off' || (row.text.length <= 200 && SIGN_OFF_WORDS.some((w) => row.text.includes(w)))) return SIGN_OFF;
  return NOT_UNDERSTOOD;
}

function byLine(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** True when a document's sections make a document: content beyond a total, or a field that names a project or a unit with a value. */
function isDocument(doc: DocumentSections): boolean {
  return doc.sections.some(
    (s) => (CONTENT.has(s.kind) && s.kind !== 'total') || (s.kind === 'fields' && s.fields.hits.some((h) => (h.key === 'projectName' || h.key === 'unitName') && h.value.text !== '')),
  );
}

/**
 * The documents of a text: segments that hold no document (a list before the tables, a stray total) join the
 * document after them — or, at the end, the one before — so that their rows are kept with it, not lost.
 */
function documentsOf(segments: readonly DocumentSections[]): DocumentSections[] {
  const out: DocumentSections[] = [];
  let pending: DocumentSections['sections'] = [];
  for (const seg of segments) {
    if (!isDocument(seg)) {
      pending = [...pending, ...seg.sections];
      continue;
    }
    out.push(pending.length === 0 ? seg : { ...seg, sections: [...pending, ...seg.sections] });
    pending = [];
  }
  const last = out[out.length - 1];
  if (last && pending.length > 0) out[out.length - 1] = { ...last, sections: [...last.sections, ...pending] };
  return out;
}

/** The rows of a document's sections. */
function rowsOf(doc: DocumentSections): number[] {
  const out: number[] = [];
  for (const s of doc.sections) for (let i = s.start; i < s.end; i++) out.push(i);
  return out;
}

/** How many rows a result that found no document lists in `unparsed`: the input itself holds them all. */
const UNPARSED_KEPT = 100;

/**
 * The result of reading rows that hold no document: the first rows listed as unparsed, with how many there were
 * (`probed`: the rows are the first of a longer input, looked at before reading the rest).
 */
export function noDocument(rows: readonly TableRow[], probed = false): FormResult {
  if (rows.every(isBlankRow)) return refusal(M.finding('forms/empty-input', 'error', {}));
  const filled = rows.filter((r) => !isBlankRow(r));
  const unparsed: UnparsedRow[] = filled.slice(0, UNPARSED_KEPT).map((r) => ({ line: r.line, text: r.text, cells: r.cells.map((c) => c.text), reason: NOT_UNDERSTOOD }));
  return { ok: false, errors: [M.finding('forms/layout-unknown', 'error', { rows: rows.length, kept: unparsed.length, probed }, { line: 1, column: 1 })], warnings: [], unparsed, layout: null };
}

/** The result of an input refused before it was read. */
export function refusal(error: Finding): FormResult {
  return { ok: false, errors: [error], warnings: [], unparsed: [], layout: null };
}

/** The documents rows hold: the indicator header of each row, and each document's sections. */
export interface FoundDocuments {
  readonly headers: readonly (IndicatorHeader | null)[];
  readonly docs: readonly DocumentSections[];
}

/** Finds the documents of rows: rows → sections → documents (none when the rows hold no document). */
export function findDocuments(rows: readonly TableRow[]): FoundDocuments {
  const headers = indicatorHeaders(rows);
  return { headers, docs: documentsOf(splitDocuments(scanSections(rows, headers), rows)) };
}

/**
 * Reads the documents of a table text: rows → sections → documents → each document assembled. `limit` stops
 * after that many documents (parseForm reads one; the rows of the others are then kept aside as belonging to
 * another document, with one `forms/more-documents` warning).
 */
export function readDocuments(rows: readonly TableRow[], options: ParseFormOptions, limit: number): FormResult[] {
  const found = findDocuments(rows);
  return found.docs.length === 0 ? [noDocument(rows)] : assembleDocuments(rows, found, options, limit);
}

/** Assembles found documents, the first `limit` of them (see {@link readDocuments}). */
export function assembleDocuments(rows: readonly TableRow[], found: FoundDocuments, options: ParseFormOptions, limit: number): FormResult[] {
  const { headers, docs } = found;
  const used = new Uint8Array(rows.length);
  const results: FormResult[] = [];
  for (let d = 0; d < docs.length && d < limit; d++) {
    const doc = docs[d] as DocumentSections;
    const ctx = createContext(rows, headers, used);
    const { value, layout } = assembleDocument(ctx, rows, doc, options);
    for (const i of rowsOf(doc)) if (used[i] !== 1 && !isBlankRow(rows[i] as TableRow)) keepAside(ctx, i, reasonFor(rows[i] as TableRow));
    if (d === 0 && docs.length > limit) {
      const next = docs[limit] as DocumentSections;
      ctx.warnings.push(M.finding('forms/more-documents', 'warning', { count: docs.length }, { line: (rows[(next.sections[0] as { start: number }).start] as TableRow).line, column: 1 }));
      for (const later of docs.slice(limit)) for (const i of rowsOf(later)) if (!isBlankRow(rows[i] as TableRow)) keepAside(ctx, i, OTHER_DOCUMENT, undefined, true);
    }
    // The assembler's document is new and ours: origins are added to it (last, as a copy would have them).
    const doc2: PerformanceDocument = Object.assign(value, { origins: ctx.origins });
    const warnings = [...ctx.warnings].sort(byLine);
    const unparsed = [...ctx.unparsed].sort((a, b) => a.line - b.line);
    const errors: Finding[] = [...ctx.errors].sort(byLine);
    results.push(errors.length > 0 ? { ok: false, errors, warnings, unparsed, layout, partial: doc2 } : { ok: true, value: doc2, warnings, unparsed, layout });
  }
  return results;
}

/** True when a value is a {@link TableGrid} (rows of string cells and a source). */
export function isGrid(v: unknown): v is TableGrid {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as { rows?: unknown; source?: unknown };
  return Array.isArray(g.rows) && g.rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === 'string')) && typeof g.source === 'object' && g.source !== null;
}

/** How many rows are looked at for a document before the rest of a long input is read. */
export const PROBE_ROWS = 10_000;

/** True when rows hold a document: what is looked at before a long input is read in full. */
export function holdsDocument(rows: readonly TableRow[]): boolean {
  return findDocuments(rows).docs.length > 0;
}

/**
 * Reads table text or a grid of cells: refused at once when it is blank or over a limit (see {@link ReadLimits});
 * a long input whose first {@link PROBE_ROWS} rows hold no document is refused without reading the rest (it is no
 * performance table); else split into rows and read. A grid's findings name their cells.
 */
export function readInput(input: string | TableGrid, options: ParseFormOptions, limit: number): FormResult[] {
  const limits = limitsOf(options);
  if (typeof input === 'string') {
    const refused = isBlankText(input) ? M.finding('forms/empty-input', 'error', {}) : refuseText(input, limits);
    if (refused !== null) return [refusal(refused)];
    // A text shorter than that many characters has fewer lines: no need to look.
    const end = input.length <= PROBE_ROWS ? -1 : lineStart(input, PROBE_ROWS);
    if (end >= 0) {
      const probe = splitTable(input.slice(0, end));
      if (!holdsDocument(probe)) return [noDocument(probe, true)];
    }
    const rows = splitTable(input);
    const long = refuseCells(rows, limits);
    return long !== null ? [refusal(long)] : readDocuments(rows, options, limit);
  }
  const source = input.source;
  const refused = refuseGrid(input, limits);
  const rows = refused === null ? gridRows(input) : [];
  const long = refused ?? refuseCells(rows, limits);
  const results = long !== null ? [refusal(long)] : rows.length > PROBE_ROWS && !holdsDocument(rows.slice(0, PROBE_ROWS)) ? [noDocument(rows.slice(0, PROBE_ROWS), true)] : readDocuments(rows, options, limit);
  return results.map((r) =>
    r.ok ? { ...r, warnings: withCells(r.warnings, source), source } : { ...r, errors: withCells(r.errors, source), warnings: withCells(r.warnings, source), source },
  );
}
