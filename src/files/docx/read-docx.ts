import type { TableGrid } from 'jixiao';
import { trimGrid } from '../span-grid';

/** WordprocessingML's namespaces: transitional (what Word writes) and strict. */
const W = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface Cell {
  readonly text: string;
  readonly gridSpan: number;
  /** `continue`: the cell continues the merged cell above it (Word's `<w:vMerge/>`). */
  readonly continues: boolean;
}

interface OpenCell {
  readonly lines: string[];
  line: string;
  gridSpan: number;
  continues: boolean;
}

interface OpenTable {
  readonly index: number;
  readonly rows: { gridBefore: number; cells: Cell[] }[];
  cell: OpenCell | null;
}

/** A cell's paragraphs as lines: each trimmed, blank lines at the start and the end dropped. */
function cellText(lines: readonly string[]): string {
  return lines
    .map((l) => l.trim())
    .join('\n')
    .replace(/^\n+|\n+$/gu, '');
}

/**
 * A table's rows laid out on Word's grid: a cell starts after the columns its row skips (`gridBefore`) and the
 * cells before it, covers `gridSpan` columns (its text in the first, the others blank), and a cell that
 * continues a vertical merge (`vMerge`) is blank, the text standing in the merge's first cell above.
 */
function layOut(rows: readonly { gridBefore: number; cells: readonly Cell[] }[]): string[][] {
  return trimGrid(
    rows.map(({ gridBefore, cells }) => {
      const out: string[] = Array.from({ length: gridBefore }, () => '');
      for (const c of cells) {
        out.push(c.continues ? '' : c.text);
        for (let k = 1; k < c.gridSpan; k++) out.push('');
      }
      return out;
    }),
  );
}

const number = (v: string | undefined, fallback: number): number => {
  const n = v === undefined ? Number.NaN : Number.parseInt(v, 10);
  return Number.isNaN(n) || n < 0 ? fallback : Math.min(n, 1000);
};

/**
 * The tables of a Word document's body (`word/document.xml`) as grids, read with a maintained XML parser
 * (saxes): merged cells as Word keeps them (`gridSpan` across, `vMerge` down, `gridBefore` skipped columns),
 * each paragraph of a cell a line, `<w:br/>` a line break, a tab a space; deleted text (tracked changes) and
 * field codes left out. A table inside a cell is a grid of its own, after the table that holds it. Throws the
 * parser's error on XML that is not well-formed (the caller reports the file as damaged).
 */
export async function readDocumentXml(xml: string): Promise<TableGrid[]> {
  const { SaxesParser } = await import('saxes');
  const parser = new SaxesParser({ xmlns: true });
  const open: OpenTable[] = [];
  const done: TableGrid[] = [];
  let count = 0;
  let inText = 0;
  let fallback = 0;
  const top = (): OpenTable | undefined => open[open.length - 1];
  const cell = (): OpenCell | null => top()?.cell ?? null;
  const val = (tag: { attributes: Record<string, { local: string; value: string }> }): string | undefined =>
    Object.values(tag.attributes).find((a) => a.local === 'val')?.value;

  parser.on('opentag', (tag) => {
    if (tag.uri === MC && tag.local === 'Fallback') fallback++;
    if (fallback > 0 || !W.has(tag.uri ?? '')) return;
    const c = cell();
    switch (tag.local) {
      case 'tbl':
        open.push({ index: ++count, rows: [], cell: null });
        break;
      case 'tr':
        top()?.rows.push({ gridBefore: 0, cells: [] });
        break;
      case 'gridBefore': {
        const row = top()?.rows.at(-1);
        if (row) row.gridBefore = number(val(tag), 0);
        break;
      }
      case 'tc': {
        const t = top();
        if (t) t.cell = { lines: [], line: '', gridSpan: 1, continues: false };
        break;
      }
      case 'gridSpan':
        if (c) c.gridSpan = Math.max(1, number(val(tag), 1));
        break;
      case 'vMerge':
        if (c) c.continues = val(tag) !== 'restart';
        break;
      case 't':
        inText++;
        break;
      case 'tab':
        if (c) c.line += ' ';
        break;
      case 'br':
      case 'cr':
        if (c) c.line += '\n';
        break;
      case 'noBreakHyphen':
        if (c) c.line += '-';
        break;
      default:
        break;
    }
  });
  parser.on('text', (text) => {
    const c = cell();
    if (inText > 0 && fallback === 0 && c) c.line += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.uri === MC && tag.local === 'Fallback') fallback--;
    if (fallback > 0 || !W.has(tag.uri ?? '')) return;
    const t = top();
    switch (tag.local) {
      case 't':
        inText = Math.max(0, inText - 1);
        break;
      case 'p': {
        const c = cell();
        if (c) {
          c.lines.push(...c.line.split('\n'));
          c.line = '';
        }
        break;
      }
      case 'tc':
        if (t?.cell) {
          const c = t.cell;
          if (c.line !== '') c.lines.push(...c.line.split('\n'));
          t.rows.at(-1)?.cells.push({ text: cellText(c.lines), gridSpan: c.gridSpan, continues: c.continues });
          t.cell = null;
        }
        break;
      case 'tbl':
        if (t) {
          open.pop();
          const rows = layOut(t.rows);
          if (rows.some((r) => r.length > 0)) done.push({ rows, source: { kind: 'table', container: 'docx', index: t.index } });
        }
        break;
      default:
        break;
    }
  });
  parser.write(xml).close();
  // A table is done before the table around it: back into document order.
  const index = (g: TableGrid): number => (g.source.kind === 'table' ? g.source.index : 0);
  return done.sort((a, b) => index(a) - index(b));
}
