import { formsMessages as M } from '../i18n/messages/forms';
import { isBlankText, lineCount, limitsOf, type ReadLimits, refuseCells, refuseText } from './limits';
import { PROBE_ROWS, assembleDocuments, findDocuments, noDocument, refusal } from './read-text';
import type { DocumentSections, SharedFact } from './scan/documents';
import { lineStart } from './text/lines';
import { splitTable, type TableRow } from './text/split-table';
import type { FormResult, ParseFormOptions } from './types';

/** How much text (UTF-16 units) is gathered before the documents in it are looked for. */
const WINDOW = 1 << 18;

/**
 * Reads every document of a table text that arrives in pieces — a file read as a stream, a download, the pages
 * of an export — and yields each document's result as soon as the next document begins, as {@link parseForms}
 * would give it for the whole text (same documents, same findings, same line numbers). Only the text of the
 * document being read is held, so memory stays flat however many documents the text holds: a province's
 * documents in one file are read in one process.
 *
 * The pieces may split the text anywhere (inside a line, a cell, a quoted cell). The limits of the options hold
 * for each document's text rather than for the whole stream; a text whose first 10,000 rows hold no
 * document is refused as {@link parseForm} refuses it. One table whose 项目名称 column starts every document
 * (Inner Mongolia's layout) is read when it ends, as a whole. Decode bytes first: {@link decodeTable} for a file
 * in memory, or a `TextDecoderStream` for a stream (`fs.createReadStream(path, 'utf8')` gives strings).
 *
 * @param pieces - the text, in order, as strings
 * @param options - see {@link ParseFormOptions}
 * @returns the results, one per document, in order (one failed result when the text holds none)
 * @example
 * for await (const r of streamForms(fs.createReadStream('all-projects.txt', 'utf8'))) {
 *   console.log(r.ok ? r.value.kind : r.errors[0]?.message.en);
 * }
 * @category Forms
 */
export async function* streamForms(pieces: AsyncIterable<string> | Iterable<string>, options: ParseFormOptions = {}): AsyncGenerator<FormResult, void, undefined> {
  yield* streamDocuments(pieces, options, WINDOW);
}

/** What reading a window of text gave: the results, and where the text not yet read starts; null to read on first. */
interface WindowRead {
  readonly results: readonly FormResult[];
  /** Where the unread text starts (its length when all was read), and its first line. */
  readonly rest: number;
  readonly restLine: number;
  /** The facts the page states above its first document, once known. */
  readonly shared: readonly SharedFact[] | null;
  /** True when the input was refused: nothing more is read. */
  readonly stop: boolean;
}

/** {@link streamForms} with the window size as a parameter (tests read in small windows). */
export async function* streamDocuments(pieces: AsyncIterable<string> | Iterable<string>, options: ParseFormOptions, window: number): AsyncGenerator<FormResult, void, undefined> {
  const limits = limitsOf(options);
  let pending = '';
  let firstLine = 1;
  let shared: readonly SharedFact[] | null = null;
  let need = window;
  let yielded = false;
  const take = (w: WindowRead): readonly FormResult[] => {
    pending = pending.slice(w.rest);
    firstLine = w.restLine;
    shared = w.shared;
    need = window + pending.length;
    if (w.results.length > 0) yielded = true;
    return w.results;
  };
  for await (const piece of pieces) {
    if (typeof piece !== 'string') throw new TypeError('streamForms: every piece must be a string (decode bytes first: decodeTable, or a TextDecoderStream)');
    pending += piece;
    if (pending.length < need) continue;
    const w = readWindow(pending, firstLine, shared, false, options, limits);
    if (w === null) {
      need = pending.length * 2;
      continue;
    }
    yield* take(w);
    if (w.stop) return;
  }
  const last = readWindow(pending, firstLine, shared, true, options, limits) as WindowRead;
  yield* take(last);
  if (!yielded) yield refusal(M.finding('forms/empty-input', 'error', {}));
}

/** True when a row has a cell whose quote the window does not close: the rest of the cell may come later. */
function opensQuote(row: TableRow): boolean {
  return row.cells.some((c) => c.unclosed === true);
}

/**
 * Reads the documents of a window of text whose first line is `firstLine`. A window that is not the last reads
 * its complete lines, and only the documents that another document follows (their extent is then known); it
 * gives null when it can read none yet. The last window reads all it holds.
 */
function readWindow(pending: string, firstLine: number, shared: readonly SharedFact[] | null, final: boolean, options: ParseFormOptions, limits: ReadLimits): WindowRead | null {
  const end = final ? pending.length : Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r')) + 1;
  if (end === 0 && !final) return null;
  const text = end === pending.length ? pending : pending.slice(0, end);
  const done = (results: readonly FormResult[], stop = false): WindowRead => ({ results, rest: end, restLine: firstLine, shared, stop });
  // Blank lines (between documents, or all there is) are read past.
  if (isBlankText(text)) return { results: [], rest: end, restLine: firstLine + lineCount(text) - (final ? 0 : 1), shared, stop: false };
  const refused = refuseText(text, limits);
  if (refused !== null) return done([refusal(refused)], true);
  const rows = splitTable(text, firstLine);
  const long = refuseCells(rows, limits);
  if (long !== null) return done([refusal(long)], true);
  // A quoted cell that may go on past the window: the documents from its row on are read once the window holds all of it.
  const open = final ? -1 : rows.findIndex(opensQuote);
  const found = findDocuments(rows);
  if (found.docs.length === 0) {
    if (final || rows.length > PROBE_ROWS) return done([noDocument(rows.slice(0, PROBE_ROWS), rows.length > PROBE_ROWS)], true);
    return null;
  }
  const docs: DocumentSections[] = shared === null ? [...found.docs] : found.docs.map((d) => ({ ...d, shared: shared as readonly SharedFact[] }));
  const known = shared ?? (docs[0] as DocumentSections).shared;
  if (final) return { results: assembleDocuments(rows, { headers: found.headers, docs }, options, Number.POSITIVE_INFINITY), rest: end, restLine: firstLine, shared: known, stop: false };
  // The last document that starts a document of its own (not a part of a table shared with the one before).
  let cut = docs.length - 1;
  while (cut > 0 && (startsInTable(docs[cut] as DocumentSections) || (open >= 0 && firstRow(docs[cut] as DocumentSections) > open))) cut--;
  if (cut === 0) return null;
  const results = assembleDocuments(rows, { headers: found.headers, docs: docs.slice(0, cut) }, options, Number.POSITIVE_INFINITY);
  const next = rows[firstRow(docs[cut] as DocumentSections)] as TableRow;
  return { results, rest: lineStart(text, next.line - firstLine), restLine: next.line, shared: known, stop: false };
}

/** The index of a document's first row. */
function firstRow(doc: DocumentSections): number {
  return (doc.sections[0] as { start: number }).start;
}

/** True when a document starts part-way down an indicator table (its 项目名称 column changed there). */
function startsInTable(doc: DocumentSections): boolean {
  const s = doc.sections[0];
  return s !== undefined && s.kind === 'indicators' && s.part > 0;
}
