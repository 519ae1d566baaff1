// Writes test/fixtures/encodings/: text fixtures saved in the encodings tables arrive in (GB18030 as Excel and
// WPS save "文本文件" on Chinese Windows, UTF-16 as Excel saves "Unicode 文本", UTF-8 with a byte-order mark), and
// damaged files (a UTF-8 file with a GBK cell pasted in, a file that lost characters to U+FFFD, a workbook).
// Run `node scripts/write-encoding-fixtures.mjs`; test/forms/decode-table.test.ts checks the files are up to date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = 'test/fixtures';
const OUT = `${FIXTURES}/encodings`;

/** GB18030 encoder table, built from the platform's decoder (Node has no GB18030 encoder): two- and four-byte BMP codes. */
function gb18030Table() {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map();
  const add = (bytes) => {
    let ch;
    try {
      ch = decoder.decode(Uint8Array.from(bytes));
    } catch {
      return;
    }
    // The first code for a character wins: that is the one an encoder writes.
    if ([...ch].length === 1 && !table.has(ch)) table.set(ch, bytes);
  };
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) if (b !== 0x7f) add([a, b]);
  for (let a = 0x81; a <= 0x84; a++) for (let b = 0x30; b <= 0x39; b++) for (let c = 0x81; c <= 0xfe; c++) for (let d = 0x30; d <= 0x39; d++) add([a, b, c, d]);
  return table;
}

let table;

/** The text in GB18030 (ASCII as itself). Throws on a character outside the BMP table: fixtures do not need one. */
export function encodeGb18030(text) {
  table ??= gb18030Table();
  const out = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 0x80) out.push(cp);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GB18030 code for U+${cp.toString(16)}`);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}

export function encodeUtf16le(text, bom) {
  return new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le'));
}

export function encodeUtf16be(text, bom) {
  const le = encodeUtf16le(text, bom);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

const utf8 = (text) => new TextEncoder().encode(text);
const read = (name) => readFileSync(`${FIXTURES}/${name}.txt`, 'utf8');
const concat = (...parts) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** A UTF-8 text with the first occurrence of `cell` written in GBK, as when a cell is pasted from a GBK file. */
function withGbkCell(text, cell) {
  const i = text.indexOf(cell);
  if (i < 0) throw new Error(`no cell ${cell}`);
  return concat(utf8(text.slice(0, i)), encodeGb18030(cell), utf8(text.slice(i + cell.length)));
}

/** Every fixture file: its name under test/fixtures/encodings/ and its bytes. */
export function encodingFixtures() {
  const tianchang = read('ah-tianchang-2022-project-self-evaluation');
  const minhang = read('minhang-2024-unit-declaration');
  const nanyue = read('hn-nanyue-2018-project-declaration');
  const tangxi = read('ah-chizhou-tangxi-2022-project-self-evaluation');
  return {
    'ah-tianchang-2022-project-self-evaluation.gb18030.txt': encodeGb18030(tianchang),
    'minhang-2024-unit-declaration.utf-16le-bom.txt': encodeUtf16le(minhang, true),
    'ah-tianchang-2022-project-self-evaluation.utf-16be-bom.txt': encodeUtf16be(tianchang, true),
    'hn-nanyue-2018-project-declaration.utf-16le.txt': encodeUtf16le(nanyue, false),
    'hn-nanyue-2018-project-declaration.utf-16be.txt': encodeUtf16be(nanyue, false),
    'ah-chizhou-tangxi-2022-project-self-evaluation.utf-8-bom.txt': concat([0xef, 0xbb, 0xbf], utf8(tangxi)),
    'ah-tianchang-2022-project-self-evaluation.mixed-gbk-cell.txt': withGbkCell(tianchang, '指标1:服务对象满意度'),
    'ah-tianchang-2022-project-self-evaluation.replacement.txt': utf8(tianchang.replace('指标1:服务对象满意度\t90%', '指标1:服务对象满意度\t��90��')),
    'not-text.xlsx': concat([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], utf8('[Content_Types].xml')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(OUT, { recursive: true });
  for (const [name, bytes] of Object.entries(encodingFixtures())) writeFileSync(`${OUT}/${name}`, bytes);
  console.log(`wrote ${Object.keys(encodingFixtures()).length} files to ${OUT}`);
}
