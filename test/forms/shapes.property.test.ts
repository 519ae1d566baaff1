import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForm, parseForm } from '../../src/forms/index';
import { indicatorHeaders } from '../../src/forms/read/context';
import { CONTENT, scanSections } from '../../src/forms/scan/sections';
import { splitTable } from '../../src/forms/text/split-table';
import { CASES } from './generators';
import { withoutOrigins } from './helpers';

// The same document written in the shapes real tables take must read as the same model: merged cells as blanks
// (what the writer writes), the label repeated on every row (Tianchang, Tangxi, Nanyue), a label column before
// every row of a block (Nanyue's 绩效指标 / 资金情况(万元)), and whole sections in another order.

type Grid = string[][];

const gridOf = (text: string): Grid => splitTable(text).map((r) => r.cells.map((c) => c.raw));
const textOf = (g: Grid): string => g.map((r) => r.join('\t')).join('\n');

/** The indicator table of a grid: its header row, tier columns and the rows after it (to the 总分 row or the end). */
function table(g: Grid): { header: number; tier1: number; tier2: number; end: number } | null {
  const rows = splitTable(textOf(g));
  const headers = indicatorHeaders(rows);
  const header = headers.findIndex((h) => h !== null);
  const h = headers[header];
  if (!h || h.columns.tier1 === undefined || h.columns.tier2 === undefined) return null;
  let end = header + 1;
  while (end < g.length && !/^(总分|合计)$/u.test((g[end] ?? []).find((c) => c.trim() !== '')?.trim() ?? '')) end++;
  return { header, tier1: h.columns.tier1, tier2: h.columns.tier2, end };
}

/** Every merged tier cell of the indicator table filled with the label above it, as tables that repeat labels do. */
function repeatLabels(g: Grid): Grid {
  const t = table(g);
  if (!t) return g;
  const out = g.map((r) => [...r]);
  let tier1 = '';
  let tier2 = '';
  for (let i = t.header + 1; i < t.end; i++) {
    const r = out[i] as string[];
    while (r.length <= t.tier2) r.push('');
    if ((r[t.tier1] ?? '').trim() !== '') {
      tier1 = r[t.tier1] as string;
      tier2 = '';
    } else r[t.tier1] = tier1;
    if ((r[t.tier2] ?? '').trim() !== '') tier2 = r[t.tier2] as string;
    else r[t.tier2] = tier2;
  }
  return out;
}

/**
 * A label column before the indicator table's rows: `绩效指标` on the header and on every row, or on the first
 * only; the 总分 row's label spans it (its other cells move right with the table's).
 */
function labelColumn(g: Grid, everyRow: boolean): Grid {
  const t = table(g);
  if (!t) return g;
  return g.map((r, i) => {
    if (i === t.end && i < g.length) return [r[0] as string, '', ...r.slice(1)];
    return i < t.header || i >= t.end ? r : [i === t.header || everyRow ? '绩效指标' : '', ...r];
  });
}

/** A block's label (`资金情况(万元)`, `总体目标`) written again in the first cell of each row that leaves it blank below it. */
function repeatBlockLabels(g: Grid): Grid {
  const out = g.map((r) => [...r]);
  for (let i = 1; i < out.length; i++) {
    const above = out[i - 1] as string[];
    const r = out[i] as string[];
    const label = above[0]?.trim() ?? '';
    if ((r[0] ?? 'x').trim() === '' && (r[1] ?? '').trim() !== '' && /^(资金情况|总体目标)/u.test(label)) r[0] = above[0] as string;
  }
  return out;
}

/**
 * Every row without its trailing blank cells, as web copies and trimmed exports give rows (Yongde, Xiaoxian) —
 * except the lines of a budget block with amount columns: a line that lost its trailing cells and keeps no blank
 * between its figures cannot be told from one that lost its blanks anywhere, and is read only when its figures
 * agree (the claims generated here need not), so those lines have tests of their own (funds alignment, samples).
 */
function dropTrailingBlanks(g: Grid): Grid {
  const header = g.findIndex((r) => r.some((c) => c.includes('年初预算') || c === '年初预算数'));
  return g.map((r, i) => {
    let end = r.length;
    while (end > 1 && (r[end - 1] ?? '').trim() === '') end--;
    const kept = r.slice(0, end);
    const first = kept.findIndex((c) => c.trim() !== '');
    const figures = kept.slice(first + 1);
    const budgetLine = header >= 0 && i > header && figures.some((c) => /^\d/u.test(c.trim()));
    return budgetLine && end < r.length && !figures.some((c) => c.trim() === '') ? r : kept;
  });
}

/** The text with its content sections (budget, goals, duties, tasks, headcount, the indicator table) in another order. */
function shuffleSections(text: string, order: readonly number[]): string {
  const rows = splitTable(text);
  const sections = scanSections(rows, indicatorHeaders(rows));
  const first = sections.findIndex((s) => CONTENT.has(s.kind));
  if (first < 0) return text;
  const head = rows.slice(0, (sections[first] as { start: number }).start).map((r) => r.text);
  // Each content section with the rows after it up to the next section (a blank row closing a task block …).
  const blocks = sections.slice(first).map((s, k, all) => rows.slice(s.start, k + 1 < all.length ? (all[k + 1] as { start: number }).start : rows.length).map((r) => r.text));
  const shuffled = order.map((k) => blocks[k % blocks.length] as string[]).filter((b, k, all) => all.indexOf(b) === k);
  for (const b of blocks) if (!shuffled.includes(b)) shuffled.push(b);
  return [...head, ...shuffled.flat()].join('\n');
}

const read = (text: string) => {
  const r = parseForm(text);
  if (!r.ok) throw new Error(`${r.errors.map((e) => `${e.line}:${e.code} ${e.message.en}`).join('; ')}\n${text}`);
  return withoutOrigins(r.value);
};

describe('one document, the shapes real tables write it in, one model', () => {
  for (const [layout, arb] of CASES) {
    it(`${layout}: merged cells as blanks, as repeated labels, as a label column; trailing blank cells left out`, () => {
      fc.assert(
        fc.property(arb, (doc) => {
          const g = gridOf(formatForm(doc, { layout }));
          expect(read(textOf(g))).toEqual(doc);
          expect(read(textOf(repeatLabels(g)))).toEqual(doc);
          expect(read(textOf(labelColumn(g, true)))).toEqual(doc);
          expect(read(textOf(labelColumn(repeatLabels(g), false)))).toEqual(doc);
          expect(read(textOf(repeatBlockLabels(g)))).toEqual(doc);
          expect(read(textOf(dropTrailingBlanks(g)))).toEqual(doc);
        }),
        { numRuns: 40 },
      );
    });

    it(`${layout}: whole sections in any order`, () => {
      fc.assert(
        fc.property(arb, fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 8 }), (doc, order) => {
          expect(read(shuffleSections(formatForm(doc, { layout }), order))).toEqual(doc);
        }),
        { numRuns: 40 },
      );
    });
  }
});
