import { decodeTable, streamForms, validateDocument } from '../../index';
import type { AmountUnit, Finding, FormLayout, FormResult, GridSource, PerformanceDocument, TableEncoding, UnparsedRow } from '../../index';
import { containerOf, readForms } from '../../files/index';

/** How to read the files: the options `inspect`, `check`, `score`, `review`, `convert` and `monitor` share. */
export interface ReadOptions {
  readonly encoding?: TableEncoding | undefined;
  readonly layout?: FormLayout | undefined;
  readonly amountUnit?: AmountUnit | undefined;
  /** Told how much of a table text has been handed to the reader (UTF-16 units of the total): for a progress bar. */
  readonly progress?: ((done: number, total: number) => void) | undefined;
}

/**
 * One document as read from a file. With `errors`, `doc` is what could be read (the reader's `partial`), or
 * null when nothing could be; `failure` is a problem the library has no finding for (JSON that does not parse).
 */
export interface ReadDocument {
  /** The file, as findings name it. */
  readonly name: string;
  readonly encoding: TableEncoding | null;
  /** The table layout read; null for JSON and for text that could not be read. */
  readonly layout: FormLayout | null;
  readonly doc: PerformanceDocument | null;
  readonly errors: readonly Finding[];
  readonly failure: string | null;
  readonly warnings: readonly Finding[];
  readonly unparsed: readonly UnparsedRow[];
  /** The sheet or table of a workbook, web page or Word document the document was read from. */
  readonly source?: GridSource;
}

const NOTHING = { layout: null, doc: null, failure: null, warnings: [], unparsed: [] } as const;

/** A format of decoded text: which texts it claims, and the documents in one. */
interface TextFormat {
  /** Name endings a directory listing takes for this format. */
  readonly extensions: readonly string[];
  readonly claims: (name: string, text: string) => boolean;
  readonly read: (name: string, text: string, encoding: TableEncoding, options: ReadOptions) => AsyncIterable<ReadDocument>;
}

const json: TextFormat = {
  extensions: ['.json'],
  claims: (name, text) => name.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{'),
  async *read(name, text, encoding) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { ...NOTHING, name, encoding, errors: [], failure: `JSON 格式错误 / invalid JSON: ${name} (${e instanceof Error ? e.message : String(e)})` };
      return;
    }
    const r = validateDocument(value);
    yield { ...NOTHING, name, encoding, doc: r.ok ? r.value : null, errors: r.ok ? [] : r.errors, warnings: r.warnings };
  },
};

/** The options of the table reader. */
function parseOptions(options: ReadOptions): { layout?: FormLayout; amountUnit?: AmountUnit } {
  return {
    ...(options.layout !== undefined && { layout: options.layout }),
    ...(options.amountUnit !== undefined && { amountUnit: options.amountUnit }),
  };
}

/** One result of the table reader as a document read. */
function fromResult(name: string, encoding: TableEncoding | null, r: FormResult): ReadDocument {
  const read = { name, encoding, layout: r.layout, failure: null, warnings: r.warnings, unparsed: r.unparsed, ...(r.source !== undefined && { source: r.source }) };
  // The reader returns what it read on failure too (`partial`); older results may lack it.
  return r.ok ? { ...read, doc: r.value, errors: [] } : { ...read, doc: r.partial ?? null, errors: r.errors };
}

/** How much of a table text is handed to the reader at a time: the reader holds one document, not the file. */
const PIECE = 1 << 18;

/** A text in pieces, telling `progress` as each is handed out. */
function* pieces(text: string, progress: ReadOptions['progress']): Generator<string> {
  for (let at = 0; at < text.length; at += PIECE) {
    progress?.(at, text.length);
    yield text.slice(at, at + PIECE);
  }
  progress?.(text.length, text.length);
}

/** Table text: every document in it, each read as soon as the next begins (a file of many documents in flat memory). */
const tableText: TextFormat = {
  extensions: ['.txt', '.tsv'],
  claims: () => true,
  async *read(name, text, encoding, options) {
    for await (const r of streamForms(pieces(text, options.progress), parseOptions(options))) yield fromResult(name, encoding, r);
  },
};

/** The formats of text, tried in order; table text takes whatever no other claims. */
const TEXT_FORMATS: readonly TextFormat[] = [json, tableText];

/** A kind of file, recognised from its bytes: the documents in one. */
interface Container {
  /** Name endings a directory listing takes for this container. */
  readonly extensions: readonly string[];
  readonly recognises: (name: string, bytes: Uint8Array) => boolean;
  readonly read: (name: string, bytes: Uint8Array, options: ReadOptions) => AsyncIterable<ReadDocument>;
}

/** A workbook, a Word document or a web page (or an old .xls/.doc, refused with advice): every table's documents. */
const fileContainer: Container = {
  extensions: ['.xlsx', '.xlsm', '.docx', '.html', '.htm', '.xls', '.doc'],
  recognises: (_name, bytes) => containerOf(bytes) !== 'text',
  async *read(name, bytes, options) {
    const r = await readForms(bytes, { fileName: name, ...parseOptions(options), ...(options.encoding !== undefined && { encoding: options.encoding }) });
    if (!r.ok) yield { ...NOTHING, name, encoding: null, errors: r.errors, warnings: r.warnings };
    else for (const result of r.value) yield fromResult(name, null, result);
  },
};

/** Text in any encoding ({@link decodeTable}), read by the first text format that claims it. */
const textFile: Container = {
  extensions: TEXT_FORMATS.flatMap((f) => f.extensions),
  recognises: () => true,
  async *read(name, bytes, options) {
    const decoded = decodeTable(bytes, options.encoding === undefined ? {} : { encoding: options.encoding });
    if (!decoded.ok) {
      yield { ...NOTHING, name, encoding: null, errors: decoded.errors, warnings: decoded.warnings };
      return;
    }
    const { text, encoding } = decoded.value;
    const format = TEXT_FORMATS.find((f) => f.claims(name, text)) as TextFormat;
    for await (const d of format.read(name, text, encoding, options)) yield decoded.warnings.length === 0 ? d : { ...d, warnings: [...decoded.warnings, ...d.warnings] };
  },
};

/**
 * Every kind of input file, tried in order on a file's bytes. This is the one place a format is added: a
 * container recognised from its bytes (a workbook, a Word document) goes before `textFile`; a format of text (a
 * web page) goes in TEXT_FORMATS. `textFile` takes whatever no other recognises, and refuses what is not text.
 */
const CONTAINERS: readonly Container[] = [fileContainer, textFile];

/** Name endings of the files a directory is read for. */
export const INPUT_EXTENSIONS: readonly string[] = CONTAINERS.flatMap((c) => c.extensions);

/** The documents in a file's bytes, one at a time (a workbook of several sheets, a text of several documents). */
export function readDocuments(name: string, bytes: Uint8Array, options: ReadOptions): AsyncIterable<ReadDocument> {
  return (CONTAINERS.find((c) => c.recognises(name, bytes)) as Container).read(name, bytes, options);
}
