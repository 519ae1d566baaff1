import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForms, streamForms } from '../../src/index';
import type { FormResult } from '../../src/index';
import { streamDocuments } from '../../src/forms/stream-forms';
import { fixture, SEED } from './helpers';

// A text read in pieces gives what the whole text gives (parseForms): the same documents, findings and line
// numbers, whatever the pieces and however small the window that is read at a time.

const FIXTURES = readdirSync(join(__dirname, '..', 'fixtures')).filter((f) => f.endsWith('.txt'));
const texts = FIXTURES.map((f) => fixture(f).replace(/\s+$/u, ''));

async function collect(it: AsyncIterable<FormResult>): Promise<FormResult[]> {
  const out: FormResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

/** The text cut into pieces at the given fractions of its length. */
function pieces(text: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const a of at) {
    out.push(text.slice(from, a));
    from = a;
  }
  out.push(text.slice(from));
  return out;
}

describe('streamForms', () => {
  it('reads a text of many documents, in any pieces and windows, as parseForms reads it whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: texts.length - 1 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.constantFrom('\n', '\n\n', '\r\n\r\n'),
        async (which, cuts, window, gap) => {
          const text = which.map((k) => texts[k] as string).join(gap);
          const whole = parseForms(text);
          expect(await collect(streamDocuments(pieces(text, cuts), {}, window))).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('waits for the rest of a quoted cell that a piece ends inside', async () => {
    // Excel's quoted cells hold line breaks: pieces that end at each line break end inside them.
    const multiline = fixture('constructed-seed-excel-multiline.txt').replace(/\s+$/u, '');
    const text = [multiline, fixture(SEED).replace(/\s+$/u, ''), multiline].join('\n\n');
    const lines = text.split(/(?<=\n)/u);
    expect(await collect(streamDocuments(lines, {}, 1))).toEqual(parseForms(text));
    // A quoted cell whose lines look like the start of another document (a title, 项目名称) is still one cell.
    const seed = fixture(SEED).replace(/\s+$/u, '');
    const tricky = seed.replace('<p>继续立足于', '"第一段\n项目支出绩效目标申报表\n项目名称\t某项目\n<p>继续立足于').replace(/(年度履职目标\t"[^\n]*(?:\n[^\t\n]*)*\t某项目\n[^\n]*?)(\t*)$/mu, '$1"$2');
    expect(tricky).toContain('"第一段');
    const two = `${tricky}\n\n${seed}`;
    expect(parseForms(two)).toHaveLength(2);
    // The first piece ends inside the quoted cell, just after its 项目名称 line.
    const inside = two.indexOf('某项目\n') + '某项目\n'.length;
    expect(await collect(streamDocuments([two.slice(0, inside), two.slice(inside)], {}, 1))).toEqual(parseForms(two));
  });

  it('yields documents before the text ends, holding only the window being read', async () => {
    const seed = fixture(SEED).replace(/\s+$/u, '');
    let given = 0;
    const seen: number[] = [];
    async function* source(): AsyncGenerator<string> {
      for (let k = 0; k < 50; k++) {
        given++;
        yield `${seed}\n\n`;
      }
    }
    for await (const r of streamDocuments(source(), {}, 4096)) {
      expect(r.ok).toBe(true);
      seen.push(given);
    }
    expect(seen).toHaveLength(50);
    // The first document came while most of the text was still to come.
    expect(seen[0]).toBeLessThan(5);
  });

  it('keeps the line numbers of the whole text', async () => {
    const seed = fixture(SEED).replace(/\s+$/u, '');
    const lines = seed.split('\n').length;
    const results = await collect(streamDocuments([`${seed}\n\n${seed}\n\n${seed}`], {}, 100));
    expect(results.map((r) => (r.ok ? r.value.origins?.['/unitName']?.line : null))).toEqual([6, 6 + lines + 1, 6 + 2 * (lines + 1)]);
  });

  it('refuses blank and unrecognised streams as parseForm does', async () => {
    expect((await collect(streamForms([]))).map((r) => (r.ok ? '' : r.errors[0]?.code))).toEqual(['forms/empty-input']);
    expect((await collect(streamForms(['\n\n', '\r\n', '  ']))).map((r) => (r.ok ? '' : r.errors[0]?.code))).toEqual(['forms/empty-input']);
    const junk = Array.from({ length: 300 }, (_, i) => `第${i}行`).join('\n');
    const r = await collect(streamDocuments([junk], {}, 64));
    expect(r).toEqual(parseForms(junk));
  });

  it('refuses a document over a limit and reads no further', async () => {
    const seed = fixture(SEED);
    const r = await collect(streamDocuments([seed, '\n\n', seed], { maxCellLength: 100 }, 64));
    expect(r.map((x) => (x.ok ? 'ok' : `${x.errors[0]?.code}@${x.errors[0]?.line}`))).toEqual(['forms/cell-too-long@8']);
  });

  it('refuses pieces that are not strings', async () => {
    await expect(collect(streamForms([new Uint8Array(3)] as unknown as string[]))).rejects.toThrow(/every piece must be a string/u);
  });
});
