/** The kinds of file `readTable` tells apart by their bytes. */
export type ContainerKind = 'xlsx' | 'docx' | 'zip' | 'xls' | 'doc' | 'ole' | 'html' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** True for a zip archive (an .xlsx or a .docx is one). */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP);
}

/** Whether the bytes hold a name in UTF-16LE, as an OLE compound file's directory writes its streams' names. */
function holdsName(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * An old binary Office file (an OLE compound file): `.xls` when it holds a `Workbook` (or BIFF5 `Book`) stream,
 * `.doc` when it holds a `WordDocument` stream, else `ole`; null when the bytes are not one.
 */
export function oleKind(bytes: Uint8Array): 'xls' | 'doc' | 'ole' | null {
  if (!startsWith(bytes, OLE)) return null;
  if (holdsName(bytes, 'Workbook') || holdsName(bytes, 'Book\u0000')) return 'xls';
  if (holdsName(bytes, 'WordDocument')) return 'doc';
  return 'ole';
}

/**
 * What a file's bytes are, told cheaply from their first bytes (nothing is inflated or decoded in full): a zip
 * archive (an .xlsx or a .docx), an old binary Office file, a web page, or text.
 *
 * @param bytes - the file's content
 * @returns `zip`, `ole`, `html` or `text`
 * @example
 * containerOf(fs.readFileSync('申报表.xlsx')) //=> 'zip'
 * containerOf(new TextEncoder().encode('<html><table>…')) //=> 'html'
 * containerOf(new TextEncoder().encode('项目名称\t社区助餐')) //=> 'text'
 * @category Files
 */
export function containerOf(bytes: Uint8Array): 'zip' | 'ole' | 'html' | 'text' {
  if (!(bytes instanceof Uint8Array)) throw new TypeError('containerOf: bytes must be a Uint8Array');
  if (isZip(bytes)) return 'zip';
  if (startsWith(bytes, OLE)) return 'ole';
  const head = bytes.subarray(0, 4096);
  // Markup is ASCII in UTF-8 and GBK alike; UTF-16 is told by its byte-order mark.
  const le = startsWith(head, [0xff, 0xfe]);
  const text = le || startsWith(head, [0xfe, 0xff]) ? new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(head) : String.fromCharCode(...head);
  return isHtml(text.replace(/^(\ufeff|\u00ef\u00bb\u00bf)/u, '')) ? 'html' : 'text';
}

/** True when decoded text is a web page rather than table text: markup from its first character on. */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return head.startsWith('<') && /<(!doctype\s+html|html|head|body|table|meta)\b/iu.test(head);
}

/** The container a file's name says it is (by its extension), or null when it says none this reader knows. */
export function kindByName(fileName: string): ContainerKind | null {
  const ext = /\.([A-Za-z0-9]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  switch (ext) {
    case 'xlsx':
    case 'xlsm':
      return 'xlsx';
    case 'docx':
      return 'docx';
    case 'html':
    case 'htm':
    case 'xhtml':
      return 'html';
    case 'xls':
      return 'xls';
    case 'doc':
      return 'doc';
    case 'txt':
    case 'tsv':
      return 'text';
    default:
      return null;
  }
}
