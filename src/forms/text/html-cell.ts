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

/** Tags that end a paragraph; every other tag is removed without a break. */
const BREAK_TAGS = /^(p|div|br|li|tr|h[1-6]|ul|ol|table)$/u;

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
  const re = /<\/?\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/gu;
  let last = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    current += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (BREAK_TAGS.test((m[1] as string).toLowerCase())) flush();
  }
  current += text.slice(last);
  flush();
  return items;
}

/** Escapes text for a cell written as HTML paragraphs. */
function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Writes a list of texts as the seed writes them: `<p>…</p> <p>…</p>` (empty list → empty cell). */
export function writeHtmlCell(items: readonly string[]): string {
  return items.map((t) => `<p>${escapeHtml(t)}</p>`).join(' ');
}
