import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/parse-form';
import { FORM_LAYOUTS } from '../../src/forms/layout';
import type { FormResult } from '../../src/forms/types';
import { PerformanceDocument } from '../../src/model/document';

// parseForm does not check its result against the model at run time (the check cost a tenth of its time):
// what the importers build fits the model by construction. These tests hold them to it, origins included,
// on every fixture read as every layout, and on mutated fixtures.

const FIXTURES = readdirSync(join(__dirname, '..', 'fixtures')).filter((f) => f.endsWith('.txt'));
const TEXTS = [
  readFileSync(join(__dirname, '..', '..', 'examples', 'minhang-2024', 'declaration.txt'), 'utf8'),
  ...FIXTURES.map((f) => readFileSync(join(__dirname, '..', 'fixtures', f), 'utf8')),
];

/** The issues of the document a result carries (its value, or its partial document), as `path: message`. */
function issues(r: FormResult): string[] {
  const doc = r.ok ? r.value : r.partial;
  if (doc === undefined) return [];
  const check = PerformanceDocument.safeParse(doc);
  return check.success ? [] : check.error.issues.map((i) => `/${i.path.join('/')}: ${i.message}`);
}

const OPTIONS = [{}, { amountUnit: 'wan-yuan' as const }, ...FORM_LAYOUTS.map((l) => ({ layout: l.id }))];

describe('parseForm builds documents that fit the model', () => {
  it('on every fixture and the seed, detected or read as any layout', () => {
    expect(TEXTS.length).toBeGreaterThan(20);
    let documents = 0;
    for (const text of TEXTS) {
      for (const options of OPTIONS) {
        const r = parseForm(text, options);
        if (r.ok || r.partial !== undefined) documents++;
        expect(issues(r)).toEqual([]);
      }
    }
    // Nearly every pairing gives a document (forced layouts read what they can): the check is not vacuous.
    expect(documents).toBeGreaterThan(TEXTS.length * OPTIONS.length * 0.9);
  });

  it('on the seed: a unit declaration with origins', () => {
    const r = parseForm(TEXTS[0] as string);
    expect(r.ok && r.value.kind).toBe('unit-declaration');
    expect(r.ok && Object.keys(r.value.origins ?? {}).length).toBeGreaterThan(100);
    expect(issues(r)).toEqual([]);
  });

  it('on mutated fixtures (inserted words and marks, full-width lines, dropped and doubled lines, spaced cells)', () => {
    const FW = (s: string): string => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const inserts = ['\u3000', ' ', '\t', '：', ':', '（', '）', '\r\n', '\n', '\u00a0', '\ud83d\ude00', '万元', '分', '%', '≥', '一级指标', '指标值', '年初预算数', '执行数', '总分', '注：', '>=', '（50分）', '０', '-', '/', '*', '"'];
    const edit = fc.record({
      op: fc.integer({ min: 0, max: 5 }),
      line: fc.nat(),
      at: fc.nat(),
      insert: fc.constantFrom(...inserts),
      length: fc.integer({ min: 1, max: 6 }),
    });
    const input = fc.record({
      text: fc.integer({ min: 0, max: TEXTS.length - 1 }),
      edits: fc.array(edit, { minLength: 1, maxLength: 4 }),
      options: fc.constantFrom(...OPTIONS),
    });
    fc.assert(
      fc.property(input, ({ text, edits, options }) => {
        const lines = (TEXTS[text] as string).split('\n');
        for (const e of edits) {
          const li = e.line % lines.length;
          const l = lines[li] as string;
          const p = e.at % (l.length + 1);
          if (e.op === 0) lines[li] = l.slice(0, p) + e.insert + l.slice(p);
          else if (e.op === 1) lines[li] = FW(l);
          else if (e.op === 2) lines[li] = l.slice(0, p) + l.slice(p + e.length);
          else if (e.op === 3) lines.splice(li, 1);
          else if (e.op === 4) lines.splice(li, 0, l);
          else lines[li] = l.split('\t').map((c, k) => (k % 2 === 0 ? ` ${c}\u3000` : c)).join('\t');
        }
        const r = parseForm(lines.join('\n'), options);
        expect(issues(r)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
