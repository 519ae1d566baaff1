import { inputMessages as M } from '../i18n/messages/input';
import { fail, ok } from '../model/finding';
import type { Finding, Result } from '../model/finding';

/**
 * The encodings {@link decodeTable} reads: what Excel, WPS and Notepad write when a table is saved as text.
 *
 * @example
 * TABLE_ENCODINGS.includes('gb18030') //=> true
 * @category Forms
 */
export const TABLE_ENCODINGS = Object.freeze(['utf-8', 'utf-16le', 'utf-16be', 'gb18030'] as const);

/**
 * One of {@link TABLE_ENCODINGS}. `gb18030` also reads GBK (GB2312 and GBK are subsets of it).
 *
 * @example
 * const e: TableEncoding = 'utf-16le';
 * @category Forms
 */
export type TableEncoding = (typeof TABLE_ENCODINGS)[number];

/**
 * Options of {@link decodeTable}.
 *
 * @example
 * const o: DecodeTableOptions = { encoding: 'gb18030' };
 * @category Forms
 */
export interface DecodeTableOptions {
  /** Read the bytes in this encoding instead of detecting it (a byte-order mark of another encoding is then an error). */
  readonly encoding?: TableEncoding;
}

/**
 * What {@link decodeTable} read: the text (without its byte-order mark) and the encoding it was in.
 *
 * @example
 * const d: DecodedTable = { text: '项目名称\t甲', encoding: 'gb18030' };
 * @category Forms
 */
export interface DecodedTable {
  /** The table text, ready for {@link parseForm}. */
  readonly text: string;
  /** The encoding the bytes were read in. */
  readonly encoding: TableEncoding;
}

type Decoder = InstanceType<typeof TextDecoder>;

/** The decoders, made once: with `fatal` a decoder refuses an invalid byte instead of writing U+FFFD for it. */
const STRICT = new Map<TableEncoding, Decoder>(TABLE_ENCODINGS.map((e) => [e, new TextDecoder(e, { fatal: true })]));
const LOOSE = new Map<TableEncoding, Decoder>(TABLE_ENCODINGS.map((e) => [e, new TextDecoder(e)]));

/** Containers that are not text, by their first bytes: zip (.xlsx, .docx), OLE (.xls, .doc), PDF. */
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['ole', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
];

function notText(format: string): Result<DecodedTable> {
  return fail([M.finding('input/not-text', 'error', { format }, { line: 1, column: 1 })]);
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** The encoding a byte-order mark names, or null. */
function byBom(bytes: Uint8Array): TableEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark, by where its NUL bytes fall: the high byte of every ASCII character (tabs,
 * line breaks, digits) is 0, at odd offsets in little-endian and at even ones in big-endian. The other side has
 * a zero byte only for a character U+xx00 (一 is U+4E00), far fewer in a table, where every cell ends in a tab or
 * a line break. `binary` when NULs are as many on both sides; null when there are few or none (text in UTF-8 or
 * GB18030 has none: a stray NUL is then reported where it stands).
 */
function byNuls(bytes: Uint8Array): TableEncoding | 'binary' | null {
  let i = bytes.indexOf(0);
  if (i < 0) return null;
  let even = 0;
  let odd = 0;
  for (; i >= 0; i = bytes.indexOf(0, i + 1)) {
    if (i % 2 === 0) even++;
    else odd++;
  }
  // At least one character in 16 in ASCII: a table in UTF-16 has many more (a tab or a line break per cell).
  if (Math.max(even, odd) * 32 < bytes.length) return null;
  if (odd >= 2 * even) return 'utf-16le';
  if (even >= 2 * odd) return 'utf-16be';
  return 'binary';
}

/**
 * Whether a text that is not valid UTF-8 still is UTF-8 with a few bad bytes (a GBK cell pasted into a UTF-8
 * file) rather than GB18030: read loosely as UTF-8, it has more valid non-ASCII characters than U+FFFD. Read
 * so, GB18030 text gives mostly U+FFFD (only about one Chinese character in seven happens to form valid UTF-8).
 */
function mostlyUtf8(loose: string): boolean {
  let valid = 0;
  let bad = 0;
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  return valid > bad;
}

/**
 * How many characters just before the first U+FFFD a GBK run made by chance: a GBK pair of a lead byte C2–DF and
 * a trail byte 80–BF is valid UTF-8, a character U+0080–U+07FF (Latin, Greek, Cyrillic, Hebrew …) that Chinese
 * tables do not use: `指` (D6 B8 in GBK) reads as U+05B8. The mojibake, and the cell, start before them.
 */
function accidental(loose: string): number {
  let n = 0;
  for (let i = loose.indexOf('\ufffd') - 1; i >= 0; i--, n++) {
    const c = loose.charCodeAt(i);
    if (c < 0x80 || c > 0x7ff) break;
  }
  return n;
}

/**
 * Where a character occurs in a text, as the table reader counts lines (at `\r\n`, `\n` or `\r`) and columns
 * (code points): the first place, how often, and on which lines.
 */
function occurrences(text: string, ch: number): { place: { line: number; column: number }; count: number; lines: number[] } {
  const lines: number[] = [];
  let place = { line: 1, column: 1 };
  let count = 0;
  let line = 1;
  let column = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      line++;
      column = 1;
      continue;
    }
    if (c === ch) {
      if (count++ === 0) place = { line, column };
      if (lines[lines.length - 1] !== line) lines.push(line);
    }
    // The high half of a surrogate pair takes no column of its own.
    if (!(c >= 0xd800 && c <= 0xdbff)) column++;
  }
  return { place, count, lines };
}

const NUL = 0x0000;
const REPLACEMENT = 0xfffd;

/** The text, unless it holds a character that shows it was read wrong or damaged before. */
function checked(text: string, encoding: TableEncoding): Result<DecodedTable> {
  const errors: Finding[] = [];
  if (text.includes('\u0000')) {
    const { place, ...p } = occurrences(text, NUL);
    errors.push(M.finding('input/nul-character', 'error', { ...p, encoding }, place));
  }
  if (text.includes('\ufffd')) {
    const { place, ...p } = occurrences(text, REPLACEMENT);
    errors.push(M.finding('input/replacement-character', 'error', p, place));
  }
  return errors.length > 0 ? fail(errors) : ok({ text, encoding });
}

/**
 * Bytes that are not valid in `encoding`: an error at the first, listing the lines of all. `loose` is the text
 * read without `fatal`, where each invalid sequence became one U+FFFD at its place. NULs among them tell UTF-16
 * read as another encoding, which is the more useful thing to say.
 */
function invalid(loose: string, encoding: TableEncoding): Result<DecodedTable> {
  if (loose.includes('\u0000')) {
    const { place, ...p } = occurrences(loose, NUL);
    return fail([M.finding('input/nul-character', 'error', { ...p, encoding }, place)]);
  }
  const { place, ...p } = occurrences(loose, REPLACEMENT);
  return fail([M.finding('input/invalid-bytes', 'error', { ...p, encoding }, place)]);
}

/** The text read strictly in `encoding`, or null when a byte is invalid in it. */
function strict(bytes: Uint8Array, encoding: TableEncoding): string | null {
  try {
    // A byte-order mark of this encoding is dropped; the table reader never sees it.
    return (STRICT.get(encoding) as Decoder).decode(bytes);
  } catch {
    return null;
  }
}

function loose(bytes: Uint8Array, encoding: TableEncoding): string {
  return (LOOSE.get(encoding) as Decoder).decode(bytes);
}

function decodeAs(bytes: Uint8Array, encoding: TableEncoding): Result<DecodedTable> {
  const text = strict(bytes, encoding);
  return text === null ? invalid(loose(bytes, encoding), encoding) : checked(text, encoding);
}

/**
 * Reads the bytes of a table saved as text, in whichever encoding it came: UTF-8 (with or without a byte-order
 * mark), UTF-16LE or UTF-16BE (Excel's "Unicode 文本"; with a byte-order mark, or without one, told by where its
 * NUL bytes fall), or GB18030 / GBK (Excel's and WPS's "文本文件" on Chinese Windows, and many government
 * downloads). Uses the platform's `TextDecoder` only.
 *
 * Bytes that are valid UTF-8 are always read as UTF-8, never as GB18030. Text that cannot be read right is an
 * error located at its first line and column, whose message says how to save the file again: a UTF-8 file with
 * a GBK cell pasted in (`input/mixed-encoding`), bytes invalid in the encoding (`input/invalid-bytes`), U+FFFD
 * left by an earlier lossy conversion (`input/replacement-character`), UTF-16 read as another encoding
 * (`input/nul-character`), or a workbook, Word or PDF file instead of text (`input/not-text`). Pure; linear in
 * the number of bytes.
 *
 * @param bytes - the file's content
 * @param options - see {@link DecodeTableOptions}
 * @returns the text and its encoding, or the errors
 * @throws TypeError when `bytes` is not a Uint8Array or `options.encoding` is not one of {@link TABLE_ENCODINGS}
 * @example
 * const r = decodeTable(fs.readFileSync('申报表.txt'));
 * if (r.ok) parseForm(r.value.text);
 * decodeTable(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])) //=> { ok: true, value: { text: '中文', encoding: 'gb18030' }, warnings: [] }
 * decodeTable(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e])) //=> { ok: true, value: { text: '中', encoding: 'utf-16le' }, warnings: [] }
 * // A UTF-8 file with a GBK cell pasted in: an error at its line and column, saying how to save the file again.
 * const mixed = decodeTable(new Uint8Array([...new TextEncoder().encode('项目名称\t'), 0xd6, 0xd0]));
 * !mixed.ok && mixed.errors[0] //=> { code: 'input/mixed-encoding', line: 1, column: 6, … }
 * @category Forms
 */
export function decodeTable(bytes: Uint8Array, options: DecodeTableOptions = {}): Result<DecodedTable> {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('decodeTable: bytes must be a Uint8Array');
  const forced = options.encoding;
  if (forced !== undefined && !(TABLE_ENCODINGS as readonly string[]).includes(forced)) {
    throw new TypeError(`decodeTable: options.encoding must be one of ${TABLE_ENCODINGS.join(', ')}`);
  }
  const magic = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (magic !== undefined) return notText(magic[0]);
  if (forced !== undefined) return decodeAs(bytes, forced);
  const bom = byBom(bytes);
  if (bom !== null) return decodeAs(bytes, bom);
  const nuls = byNuls(bytes);
  if (nuls === 'binary') return notText('binary');
  if (nuls !== null) {
    // Confirmed by decoding: NULs that fall mostly on one side but do not make valid UTF-16 are binary too.
    const text = strict(bytes, nuls);
    return text === null ? notText('binary') : checked(text, nuls);
  }
  const text = strict(bytes, 'utf-8');
  if (text !== null) return checked(text, 'utf-8');
  const asUtf8 = loose(bytes, 'utf-8');
  if (!mostlyUtf8(asUtf8)) return decodeAs(bytes, 'gb18030');
  const { place, ...p } = occurrences(asUtf8, REPLACEMENT);
  return fail([M.finding('input/mixed-encoding', 'error', p, { line: place.line, column: place.column - accidental(asUtf8) })]);
}
