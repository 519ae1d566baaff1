import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/columns';
import { progressBar } from '../../src/cli/progress';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

/** A terminal that records what is drawn, and a clock moved by hand. */
function fakeTerminal(columns = 80) {
  const writes: string[] = [];
  let t = 0;
  return { terminal: { write: (s: string) => writes.push(s), columns }, writes, now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progressBar', () => {
  it('draws nothing during the first second', () => {
    const f = fakeTerminal();
    const bar = progressBar(10, f.terminal, f.now);
    f.advance(999);
    bar.update(5, 'a.txt');
    bar.clear();
    expect(f.writes).toEqual([]);
  });

  it('then draws the bar, the count, the percentage and the label on one line', () => {
    const f = fakeTerminal();
    const bar = progressBar(4, f.terminal, f.now);
    f.advance(1000);
    bar.update(1, 'dir/b.txt');
    expect(f.writes).toHaveLength(1);
    const line = f.writes[0] as string;
    expect(line.startsWith('\r\u001b[K[')).toBe(true);
    expect(line).toMatch(/\] 1\/4 25% dir\/b\.txt$/u);
    const drawn = line.match(/\[(#*)(\.*)\]/u) as RegExpMatchArray;
    const [filled, empty] = [(drawn[1] as string).length, (drawn[2] as string).length];
    expect(filled).toBe(Math.round((filled + empty) / 4));
    expect(filled).toBeGreaterThan(0);
  });

  it('redraws at most every 100 ms, but always the last step and after a clear', () => {
    const f = fakeTerminal();
    const bar = progressBar(3, f.terminal, f.now);
    f.advance(1000);
    bar.update(0);
    f.advance(50);
    bar.update(1);
    expect(f.writes).toHaveLength(1);
    bar.update(3);
    expect(f.writes).toHaveLength(2);
    bar.clear();
    expect(f.writes[2]).toBe('\r\u001b[K');
    bar.update(3);
    expect(f.writes).toHaveLength(4);
  });

  it('clears only what it drew', () => {
    const f = fakeTerminal();
    progressBar(3, f.terminal, f.now).clear();
    expect(f.writes).toEqual([]);
  });

  it('fits the line in the terminal, cutting a long label (CJK counted double)', () => {
    const f = fakeTerminal(40);
    const bar = progressBar(100, f.terminal, f.now);
    f.advance(2000);
    bar.update(7, '预算绩效/'.repeat(20));
    const line = (f.writes[0] as string).slice('\r\u001b[K'.length);
    expect(displayWidth(line)).toBeLessThan(40);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('a directory: every file, a tally, and the progress bar', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-dir-'));
  copyFileSync('test/fixtures/minhang-2024-unit-declaration.txt', join(dir, 'a-seed.txt'));
  copyFileSync('test/fixtures/encodings/ah-tianchang-2022-project-self-evaluation.gb18030.txt', join(dir, 'b-tianchang-gbk.txt'));
  copyFileSync('test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt', join(dir, 'c-tangxi.txt'));
  writeFileSync(join(dir, 'd-junk.txt'), 'hello\tworld');
  writeFileSync(join(dir, '.hidden.txt'), 'not read');
  writeFileSync(join(dir, 'notes.md'), 'not read');
  mkdirSync(join(dir, 'e-sub.txt'));
  const empty = mkdtempSync(join(tmpdir(), 'jixiao-empty-'));
  afterAll(() => {
    rmSync(dir, { recursive: true });
    rmSync(empty, { recursive: true });
  });

  it('reports on each table file in name order, then the tally; the exit code is the worst', async () => {
    const io = recordingIo();
    expect(await runCli(['check', dir], io)).toBe(2);
    const out = io.stdout.join('\n');
    const order = ['a-seed.txt', 'b-tianchang-gbk.txt', 'c-tangxi.txt'].map((n) => out.indexOf(`${join(dir, n)}: `));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] as number)))).toBe(true);
    expect(out).not.toContain('hidden');
    expect(out).not.toContain('notes.md');
    expect(io.stdout[io.stdout.length - 1]).toBe('共 5 个文档 / documents: 2 无错误 / fine · 2 有错误 / with errors · 1 无法读取或用法错误 / unreadable or usage errors');
    const err = io.stderr.join('\n');
    expect(err).toContain(`${join(dir, 'd-junk.txt')}:1:1: 错误 error forms/layout-unknown`);
    expect(err).toContain(`cannot read file: ${join(dir, 'e-sub.txt')}`);
  });

  it('--json writes one JSON line per document, and the tally to stderr', async () => {
    const io = recordingIo();
    await runCli(['score', dir, '--json'], io);
    const lines = io.stdout.map((l) => JSON.parse(l) as { file: string; exitCode: number; output: { total?: string } | null });
    expect(lines.map((l) => [l.file.slice(dir.length + 1), l.exitCode])).toEqual([
      ['a-seed.txt', 2],
      ['b-tianchang-gbk.txt', 0],
      ['c-tangxi.txt', 0],
      ['d-junk.txt', 1],
      ['e-sub.txt', 2],
    ]);
    expect(lines[1]?.output?.total).toBe('30.00');
    expect(io.stderr[io.stderr.length - 1]).toContain('共 5 个文档 / documents');
  });

  it('draws the progress bar on the terminal once the run is long, and not with --quiet', async () => {
    const f = fakeTerminal();
    const io = recordingIo({ terminal: f.terminal, now: () => f.advance(400) });
    await runCli(['inspect', dir], io);
    expect(f.writes.some((w) => /\] \d\/5 \d+%/u.test(w))).toBe(true);
    // The bar is cleared before every file's output, and at the end.
    expect(f.writes[f.writes.length - 1]).toBe('\r\u001b[K');
    expect(io.stderr.join('')).not.toContain('#');
    const q = fakeTerminal();
    await runCli(['inspect', dir, '--quiet'], recordingIo({ terminal: q.terminal, now: () => q.advance(400) }));
    expect(q.writes).toEqual([]);
  });

  it('a directory without table files is a usage error', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', empty], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('has no table files (.xlsx .xlsm .docx .html .htm .xls .doc .json .txt .tsv)');
  });
});

describe('a text of many documents: each document, a tally, and a bar over the text', () => {
  const seed = readFileSync('test/fixtures/minhang-2024-unit-declaration.txt', 'utf8').trimEnd();
  const tianchang = readFileSync('test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', 'utf8').trimEnd();
  // Enough documents for the reader to go through the text in several pieces.
  const many = Array.from({ length: 400 }, (_, k) => (k % 2 === 0 ? seed : tianchang)).join('\n\n');

  it('reports every document as it is read, then the tally', async () => {
    const io = recordingIo({ files: { 'all.txt': many } });
    const code = await runCli(['inspect', 'all.txt'], io);
    expect(code).toBe(0);
    const out = io.stdout.join('\n');
    expect(out.match(/上海市闵行区老龄事业发展中心/gu)?.length).toBeGreaterThanOrEqual(200);
    expect(io.stdout.at(-1)).toBe('共 400 个文档 / documents: 400 无错误 / fine · 0 有错误 / with errors · 0 无法读取或用法错误 / unreadable or usage errors');
  });

  it('gives one JSON line a document, and the tally on stderr', async () => {
    const io = recordingIo({ files: { 'two.txt': `${seed}\n\n${tianchang}` } });
    expect(await runCli(['inspect', 'two.txt', '--json'], io)).toBe(0);
    const lines = io.stdout.map((l) => JSON.parse(l) as { file: string; exitCode: number; output: { kind: string } });
    expect(lines.map((l) => [l.file, l.exitCode, l.output.kind])).toEqual([
      ['two.txt', 0, 'unit-declaration'],
      ['two.txt', 0, 'self-evaluation'],
    ]);
    expect(io.stderr.at(-1)).toMatch(/^共 2 个文档/u);
  });

  it('prints a file of one document as before: no tally', async () => {
    const io = recordingIo({ files: { 'one.txt': seed } });
    expect(await runCli(['inspect', 'one.txt'], io)).toBe(0);
    expect(io.stdout.join('\n')).not.toMatch(/共 \d+ 个文档/u);
  });

  it('draws a bar over the text on a terminal once the run takes a second, and clears it', async () => {
    const f = fakeTerminal();
    const io = recordingIo({ files: { 'all.txt': many }, terminal: f.terminal, now: () => f.advance(400) });
    expect(await runCli(['inspect', 'all.txt'], io)).toBe(0);
    const drawn = f.writes.filter((w) => w.includes('%'));
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.at(-1)).toMatch(/个文档 \/ documents/u);
    expect(f.writes.at(-1)).toBe('\r\u001b[K');
    // --quiet draws nothing.
    const g = fakeTerminal();
    await runCli(['inspect', 'all.txt', '--quiet'], recordingIo({ files: { 'all.txt': many }, terminal: g.terminal, now: () => g.advance(400) }));
    expect(g.writes).toEqual([]);
  });
});
