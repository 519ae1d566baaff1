import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForm, parseForm, toMarkdown } from '../../src/forms/index';
import type { FormResult } from '../../src/forms/types';
import { PerformanceDocument } from '../../src/model/document';
import { NANYUE, SEED, TANGXI, TIANCHANG, fixture } from './helpers';

const TABLES = [SEED, TANGXI, TIANCHANG, NANYUE, 'constructed-separate-column-self-evaluation.txt', 'constructed-unit-self-evaluation.txt', 'constructed-unit-declaration-fujian.txt', 'constructed-project-declaration-midterm.txt'].map((n) => fixture(n));

/** Lines accounted for: an indicator's row, a row kept in unparsed, or a row an error points at. */
function accounted(r: FormResult): Set<number> {
  const doc = r.ok ? r.value : r.partial;
  const lines = new Set<number>(r.unparsed.map((u) => u.line));
  for (const [p, at] of Object.entries(doc?.origins ?? {})) if (/^\/indicators\/\d+$/u.test(p)) lines.add(at.line);
  if (!r.ok) for (const e of r.errors) if (e.line !== undefined) lines.add(e.line);
  return lines;
}

/** The rows of a table that were read as indicators, by their text. */
const INDICATOR_ROWS = new Map<string, Set<string>>();
function indicatorRows(text: string): Set<string> {
  const cached = INDICATOR_ROWS.get(text);
  if (cached) return cached;
  const r = parseForm(text);
  const lines = text.split('\n');
  const out = new Set<string>();
  if (!r.ok) return out;
  for (const [p, at] of Object.entries(r.value.origins ?? {})) if (/^\/indicators\/\d+$/u.test(p)) out.add(lines[at.line - 1] as string);
  INDICATOR_ROWS.set(text, out);
  return out;
}

function checkResult(r: FormResult): void {
  // Whatever the input: a well-formed result with located findings and bilingual messages.
  for (const f of [...(r.ok ? [] : r.errors), ...r.warnings]) {
    expect(f.code).toMatch(/^[a-z]+\/[a-z0-9-]+$/u);
    expect(f.message.zh.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
  }
  // What was read fits the model (parseForm does not check it at run time; see model-fit.test.ts).
  const doc = r.ok ? r.value : r.partial;
  if (doc !== undefined) {
    const check = PerformanceDocument.safeParse(doc);
    expect(check.success ? [] : check.error.issues.map((i) => `/${i.path.join('/')}: ${i.message}`)).toEqual([]);
  }
  if (r.ok) {
    expect(() => formatForm(r.value)).not.toThrow();
    expect(toMarkdown(r.value).length).toBeGreaterThan(0);
  }
}

describe('fuzz: parseForm never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        checkResult(parseForm(s));
      }),
      { numRuns: 300 },
    );
  });

  it('on random tables built from the forms’ own words', () => {
    const words = ['项目名称', '单位名称', '一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '年初预算数', '全年执行数', '产出指标(50分)', '(30分)', '≥30.00(户)', '<p>a</p>', '&lt;', '总分', '注:', '年度资金总额', '财政拨款', '1,234.5', '968.191 8', '≥**个', '指标2:', '……', '/', '', '', ''];
    const table = fc.array(fc.array(fc.constantFrom(...words), { maxLength: 9 }).map((r) => r.join('\t')), { maxLength: 30 }).map((rs) => rs.join('\n'));
    fc.assert(
      fc.property(table, fc.constantFrom(undefined, 'unit-declaration', 'project-self-evaluation', 'separate-column-self-evaluation', 'unit-self-evaluation', 'project-declaration', 'unit-declaration-fujian') , (t, layout) => {
        const r = parseForm(t, layout === undefined ? {} : { layout });
        checkResult(r);
        // Every non-blank row is somewhere: read, or kept in unparsed.
        if (r.layout === null) expect(r.unparsed.length).toBe(t.split('\n').filter((l) => l.replace(/\t/gu, '').trim() !== '').length);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated rows of the seed and the samples, and never loses an intact indicator row', () => {
    const mutation = fc.record({
      table: fc.integer({ min: 0, max: TABLES.length - 1 }),
      kind: fc.constantFrom('delete', 'insert', 'mutate', 'truncate'),
      at: fc.nat(),
      junk: fc.string({ maxLength: 30 }),
      cell: fc.nat(),
    });
    fc.assert(
      fc.property(mutation, (m) => {
        const original = TABLES[m.table] as string;
        const lines = original.split('\n');
        const target = m.at % lines.length;
        let mutated: string[];
        if (m.kind === 'delete') mutated = lines.filter((_, i) => i !== target);
        else if (m.kind === 'insert') mutated = [...lines.slice(0, target), m.junk, ...lines.slice(target)];
        else if (m.kind === 'truncate') mutated = lines.slice(0, target + 1);
        else {
          const cells = (lines[target] as string).split('\t');
          const c = m.cell % cells.length;
          cells[c] = `${cells[c] ?? ''}${m.junk}`;
          mutated = [...lines.slice(0, target), cells.join('\t'), ...lines.slice(target + 1)];
        }
        const text = mutated.join('\n');
        const r = parseForm(text);
        checkResult(r);
        // Indicator rows of the original still present verbatim (and not the mutated row) are accounted for.
        const rows = indicatorRows(original);
        const have = accounted(r);
        // Without their header, rows are not recognisable as indicators.
        const header = lines.find((l) => /(三级|指标名称)/u.test(l) && /(指标值|目标值)/u.test(l));
        if (header === undefined || !mutated.includes(header)) return;
        mutated.forEach((line, i) => {
          if (m.kind === 'mutate' && i === target) return;
          if (rows.has(line) && r.layout !== null) expect(have.has(i + 1)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('on truncated files', () => {
    for (const t of TABLES) {
      for (let n = 0; n < t.length; n += 97) checkResult(parseForm(t.slice(0, n)));
    }
  });

  it('on 1 MB of junk, one long line, one long cell and deep HTML', () => {
    const junk = 'qz#~ 日,9;<p>&amp;'.repeat(1 << 16);
    expect(junk.length).toBeGreaterThanOrEqual(1 << 20);
    // One cell of 1 MB is over the default maxCellLength: refused at the cell; allowed, it is no table.
    const r = parseForm(junk);
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.line, e.column])).toEqual([['forms/cell-too-long', 1, 1]]);
    const allowed = parseForm(junk, { maxCellLength: junk.length });
    expect(allowed.ok ? [] : allowed.errors.map((e) => e.code)).toEqual(['forms/layout-unknown']);
    checkResult(parseForm('\t'.repeat(200_000)));
    checkResult(parseForm(`项目名称\t${'(('.repeat(100_000)}\n一级指标\t二级指标\t三级指标\t指标值\n产出指标(${'9'.repeat(100_000)}分)\t数量指标\t甲\t≥1个`));
    const html = `单位名称\t甲\n单位职责\t${'<p><'.repeat(100_000)}\n一级目标\t二级目标\t三级目标\t指标目标值`;
    checkResult(parseForm(html));
    const big = `${fixture(SEED)}\n${'\t\t甲\t≥1个\n'.repeat(5_000)}`;
    const rb = parseForm(big);
    expect(rb.ok && rb.value.indicators.length).toBe(21 + 5_000);
  });

  it('reports a damaged amount as a located error and keeps the rest', () => {
    const text = fixture(SEED).replace('6,865,942.68', '968.191 8');
    const r = parseForm(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.line, e.column, e.field])).toEqual([['money/space-inside', 21, 16, 'budget.structure.basic']]);
    expect(r.partial?.kind === 'unit-declaration' && r.partial.indicators.length).toBe(21);
  });

  it('reports a damaged target as an error at its cell and still reads the row (nothing is lost)', () => {
    const text = fixture(SEED).replace('≥200.00(人)', '≥200.0 0(人)');
    const r = parseForm(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.path.join('/')])).toEqual([[38, 'indicators/11/target']]);
    expect(r.unparsed).toEqual([]);
    // The row is in the partial document, its target kept as written (unread) and its other cells read.
    expect(r.partial?.indicators[11]).toMatchObject({ name: '老吾老培训人数', target: { kind: 'missing', raw: '≥200.0 0(人)' } });
    expect(r.partial?.indicators).toHaveLength(21);
  });

  it('on empty input', () => {
    const r = parseForm('\n\t\n');
    expect(r.ok ? [] : r.errors.map((e) => e.code)).toEqual(['forms/empty-input']);
  });
});
