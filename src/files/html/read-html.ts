import type { DefaultTreeAdapterMap } from 'parse5';
import type { TableGrid } from 'jixiao';
import { layOutSpans, type SpanCell } from '../span-grid';
import { cellText, isHiddenElement } from './cell-text';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const children = (el: Element, tags: readonly string[]): Element[] => el.childNodes.filter((n): n is Element => isElement(n) && tags.includes(n.tagName));
const span = (el: Element, name: string): number => {
  const v = el.attrs.find((a) => a.name === name)?.value;
  if (v === undefined) return 1;
  const n = Number.parseInt(v, 10);
  return Number.isNaN(n) ? 1 : n;
};

/** Every `<table>` of a page, in document order (a table inside another's cell comes after it); walked with a stack of its own. */
function tables(root: Node): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (isElement(node) && node.tagName === 'table') out.push(node);
    // <template> keeps its content apart.
    if (isElement(node) && node.tagName === 'template') stack.push((node as DefaultTreeAdapterMap['template']).content);
    const kids = 'childNodes' in node ? node.childNodes : [];
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k] as Node);
  }
  return out;
}

/** A table's rows: its own `<tr>`, directly or in `<thead>`, `<tbody>`, `<tfoot>` (the parser adds `<tbody>`). */
function rowsOf(table: Element): Element[] {
  return table.childNodes.filter(isElement).flatMap((n) => (n.tagName === 'tr' ? [n] : ['thead', 'tbody', 'tfoot'].includes(n.tagName) ? children(n, ['tr']) : []));
}

/**
 * The tables of a web page as grids, parsed as a browser parses them (parse5, the WHATWG algorithm: unclosed
 * cells, missing `<tbody>`, stray markup): `rowspan`/`colspan` laid out with the text in the first place they
 * cover and the others blank, hidden rows and cells blank, each cell's text as the browser shows it. A table
 * inside a cell is a grid of its own, after the table that holds it. Tables that hold no text are left out; the
 * others keep their place among all the page's tables in `source.index` (1-based).
 */
export async function readHtml(text: string): Promise<TableGrid[]> {
  const { parse } = await import('parse5');
  const grids: TableGrid[] = [];
  tables(parse(text)).forEach((table, k) => {
    // A hidden row stays, empty, so that the rows keep the table's numbers.
    const rows: SpanCell[][] = rowsOf(table).map((tr) =>
      isHiddenElement(tr) ? [] : children(tr, ['td', 'th']).map((td) => ({ text: isHiddenElement(td) ? '' : cellText(td), rowSpan: span(td, 'rowspan'), colSpan: span(td, 'colspan') })),
    );
    const laid = layOutSpans(rows);
    if (laid.some((r) => r.length > 0)) grids.push({ rows: laid, source: { kind: 'table', container: 'html', index: k + 1 } });
  });
  return grids;
}
