import { describe, expect, it } from 'vitest';
import { formatForm } from '../../src/forms/index';
import type { UnitDeclaration } from '../../src/model/unit-declaration';
import { SEED, fixture, read, where, withoutOrigins } from './helpers';

// The seed as Excel copies it when two cells hold line breaks: the 年度履职目标 cell (seed line 9) now has two
// line breaks, the second 主要内容 cell (seed line 13) one; both are written in quotes. Every other byte is the seed's.
const MULTI = 'constructed-seed-excel-multiline.txt';
const seedResult = read(fixture(SEED));
const seed = seedResult.value as UnitDeclaration;
const text = fixture(MULTI);
const r = read(text);
const doc = r.value as UnitDeclaration;

/** Where a line of the seed is in the multi-line copy: 2 lines later after line 9, 3 after line 13. */
const shifted = (line: number): number => (line <= 9 ? line : line <= 13 ? line + 2 : line + 3);

describe('the seed with Excel-quoted multi-line cells', () => {
  it('is the seed text with line breaks inside two quoted cells', () => {
    const lines = text.split('\n');
    expect(lines).toHaveLength(fixture(SEED).split('\n').length + 3);
    expect(lines[8]?.startsWith('年度履职目标\t"<p>继续立足于固根基、补短板、强弱项、扬优势，')).toBe(true);
    expect(lines[14]).toBe('推进认知友好社区建设\t"稳步推进试点，');
    expect(text.replace(/\t"([^"]*)"\t/gu, (_, cell: string) => `\t${cell.replace(/\n/gu, '')}\t`)).toBe(fixture(SEED));
  });

  it('reads the same document as the seed, except the two texts, which keep their line breaks as \\n', () => {
    const goal = seed.annualGoals[0] as string;
    const task = seed.keyTasks[1]?.content as string;
    expect(doc.annualGoals).toEqual([goal.replace('扬优势，', '扬优势，\n').replace('安全感。', '安全感。\n')]);
    expect(doc.keyTasks[1]?.content).toBe(task.replace('稳步推进试点，', '稳步推进试点，\n'));
    expect(doc.keyTasks[1]?.content).toBe('稳步推进试点，\n建立老年认知障碍“双全”服务体系，逐步建立老年认知障碍全流程、全方位服务体系。');
    const expected = { ...withoutOrigins(seed), annualGoals: doc.annualGoals, keyTasks: seed.keyTasks.map((t, i) => (i === 1 ? { ...t, content: doc.keyTasks[1]?.content } : t)) };
    expect(withoutOrigins(doc)).toEqual(expected);
    expect(r.unparsed).toEqual([]);
    expect(r.layout).toBe('unit-declaration');
  });

  it('places every part on its real line: the seed origins, shifted by the added lines', () => {
    const o = doc.origins ?? {};
    const so = seed.origins ?? {};
    expect(Object.keys(o).sort()).toEqual(Object.keys(so).sort());
    for (const [path, at] of Object.entries(so)) expect(o[path], path).toEqual({ line: shifted(at.line), column: at.column });
    expect(o['/annualGoals']).toEqual({ line: 9, column: 8 });
    expect(o['/keyTasks/1/content']).toEqual({ line: 15, column: 12 });
    expect(o['/keyTasks/2/name']).toEqual({ line: 17, column: 1 });
    expect(o['/indicators/0/target']).toEqual({ line: 30, column: 15 });
    expect(o['/indicators/7/target']).toEqual({ line: 37, column: 16 });
    expect(o['/indicators/20/target']).toEqual({ line: 50, column: 11 });
    expect(where(r.warnings)).toEqual(['forms/reference-target@30']);
  });

  it('is written back byte for byte, the two cells in Excel quotes', () => {
    expect(formatForm(doc)).toBe(text);
    expect(withoutOrigins(read(formatForm(doc)).value)).toEqual(withoutOrigins(doc));
  });
});
