import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements that start and end a line of their own in a browser (a paragraph, a list item, a heading …). */
const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'ul',
]);

/** Elements whose content is not shown as text. */
const HIDDEN: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/** A line break a block makes; runs of them, and those at the edges, collapse as a browser collapses them. */
const SOFT = '\u0001';

/** True when an element is hidden by its own inline style (`display:none`), as editors hide helper text. */
export function isHiddenElement(el: Element): boolean {
  const style = el.attrs.find((a) => a.name === 'style')?.value ?? '';
  return /display\s*:\s*none/iu.test(style) || el.attrs.some((a) => a.name === 'hidden');
}

/** The text pieces of a cell's content, in order; walked with a stack of its own (markup may nest deep). */
function collect(cell: Element): string[] {
  const out: string[] = [];
  // A node to visit, or a piece of text to write once a block's children are done.
  const stack: (Node | string)[] = [...cell.childNodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node | string;
    if (typeof node === 'string') {
      out.push(node);
      continue;
    }
    if (node.nodeName === '#text') {
      // White space collapses as in a browser; a non-breaking space is a space, but kept (not collapsed).
      out.push((node as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\n\r\f]+/gu, ' ').replace(/\u00a0/gu, '\u0002'));
      continue;
    }
    if (!('tagName' in node)) continue;
    const el = node as Element;
    const tag = el.tagName;
    // A table inside the cell is a table of its own (read as its own grid): not the cell's text.
    if (HIDDEN.has(tag) || tag === 'table' || isHiddenElement(el)) continue;
    if (tag === 'br') {
      out.push('\n');
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) {
      out.push(SOFT);
      stack.push(SOFT);
    }
    for (let k = el.childNodes.length - 1; k >= 0; k--) stack.push(el.childNodes[k] as Node);
  }
  return out;
}

/**
 * A table cell's text as a browser shows it: white space collapsed, `<br>` and paragraphs, list items and other
 * blocks as line breaks, entities decoded (by the parser), non-breaking spaces as spaces, each line trimmed,
 * leading and trailing blank lines dropped; scripts, styles, hidden elements and nested tables left out.
 */
export function cellText(cell: Element): string {
  const text = collect(cell)
    .join('')
    .replace(new RegExp(`${SOFT}*\n${SOFT}*`, 'gu'), '\n')
    .replace(new RegExp(`${SOFT}+`, 'gu'), '\n');
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/gu, ' ').replace(/\u0002/gu, ' ').trim())
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
}
