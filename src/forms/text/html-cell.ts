import { isSpaceCode } from '../notation';

const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
};

/** Tags that end a paragraph (names in lower case); every other tag is removed without a break. */
const BREAK_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table']);

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** An ASCII letter (`[a-zA-Z]`). */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** An ASCII digit. */
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The first tag at or after `from`, as `/<\/?\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/` finds it: `<`, an optional `/`,
 * white space, a name of ASCII letters and digits starting with a letter, then anything but `<` and `>` up to
 * a `>`. Null when there is none. A scan from one `<` ends at the next `<` at the latest, where the next try
 * starts: linear overall (and much cheaper than the regular expression's calls).
 */
function nextTag(text: string, from: number): { readonly start: number; readonly end: number; readonly name: string } | null {
  for (let p = text.indexOf('<', from); p >= 0; p = text.indexOf('<', p + 1)) {
    let j = p + 1;
    if (text.charCodeAt(j) === SLASH) j++;
    while (isSpaceCode(text.charCodeAt(j))) j++;
    if (!isLetter(text.charCodeAt(j))) continue;
    const nameAt = j;
    j++;
    while (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j))) j++;
    let k = j;
    while (k < text.length && text.charCodeAt(k) !== LT && text.charCodeAt(k) !== GT) k++;
    if (text.charCodeAt(k) === GT) return { start: p, end: k + 1, name: text.slice(nameAt, j) };
  }
  return null;
}

/** Decodes character references as text (`&nbsp;` `&lt;` `&#8220;` `&#x4e2d;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  // Most texts have no `&` at all: nothing to decode.
  if (!text.includes('&')) return text;
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/gu, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** True when the cell holds HTML markup (`<p>…</p>`, `<br>`). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(p|div|br|li|span|ul|ol|strong|b|i|em|font)\b[^<>]*>/iu.test(text);
}

/**
 * Reads a cell that may hold HTML paragraphs into a list of clean texts: tags are removed as text (never
 * interpreted), paragraphs end at `</p>`, `<br>`, `</div>`, `</li>`; entities are decoded; each item is trimmed
 * and empty items dropped. A cell without markup gives one item (or none when blank). Linear in the cell.
 */
export function readHtmlCell(text: string): string[] {
  if (!looksLikeHtml(text)) {
    const t = decodeEntities(text).trim();
    return t === '' ? [] : [t];
  }
  const items: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = decodeEntities(current).trim();
    if (t !== '') items.push(t);
    current = '';
  };
  let last = 0;
  for (let tag = nextTag(text, 0); tag !== null; tag = nextTag(text, tag.end)) {
    current += text.slice(last, tag.start);
    last = tag.end;
    if (BREAK_TAGS.has(tag.name.toLowerCase())) flush();
  }
  current += text.slice(last);
  flush();
  return items;
}

/**
 * The paragraphs of a cell that holds a list (单位职责): HTML paragraphs as {@link readHtmlCell} reads them, or —
 * in a cell without markup, as a workbook, a page or a Word document gives it — its lines. (A goal keeps its
 * line breaks: each 目标N row is one goal.)
 */
export function readParagraphs(text: string): string[] {
  if (looksLikeHtml(text) || !/[\r\n]/u.test(text)) return readHtmlCell(text);
  return text.split(/\r\n|\n|\r/u).flatMap((line) => readHtmlCell(line));
}

/** Escapes text for a cell written as HTML paragraphs. */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Writes a list of texts as the seed writes them: `<p>…</p> <p>…</p>` (empty list → empty cell). */
export function writeHtmlCell(items: readonly string[]): string {
  return items.map((t) => `<p>${escapeHtml(t)}</p>`).join(' ');
}
