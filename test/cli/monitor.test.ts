import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordingIo } from './helpers';
import { runCli } from '../../src/cli/run';

function fakeIo(files: Record<string, string> = {}) {
  const io = recordingIo({ files });
  return { io, out: io.stdout, err: io.stderr };
}

const DOC = 'examples/minhang-2024/declaration.txt';
const PROGRESS = 'examples/minhang-2024/progress-2024-07.json';

describe('jixiao monitor', () => {
  it('monitors the Minhang example (illustrative progress): colours, overall, the missing 偏差原因 → exit 1', async () => {
    const { io, out } = fakeIo();
    const code = await runCli(['monitor', DOC, '--progress', PROGRESS], io);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('时间进度 / time progress 58.33% (按月 7/12) · 剩余天数 / days remaining 153');
    expect(text).toContain('17500000.00 / 28963548.68 元 = 60.42% · 执行进度 ÷ 时间进度 / ratio 103.58% · 绿色 green');
    expect(text).toContain('[红色预警 red] 老吾老培训人数');
    expect(text).toContain('总体 / overall: 红色预警 red (红 red 1 · 黄 yellow 2 · 绿 green 11 · 蓝 blue 1)');
    expect(text).toContain('错误 error monitor/deviation-reason-missing');
  });

  it('--as-of and --basis override the snapshot; --json prints the report', async () => {
    const { io, out } = fakeIo();
    await runCli(['monitor', DOC, '--progress', PROGRESS, '--as-of', '2024-06-30', '--basis', 'day', '--json'], io);
    const r = JSON.parse(out.join('\n'));
    expect(r.timeProgress).toMatchObject({ basis: 'day', asOf: '2024-06-30', elapsed: 182, total: 366 });
    expect(r.overall).toBe('yellow'); // 老吾老培训人数: 60 × 366 ÷ (200 × 182) = 60.33%
  });

  it('acceptance through the CLI: 40 of 100 at 2024-07-31 is yellow', async () => {
    const doc = {
      kind: 'project-declaration', fiscalYear: 2024, projectName: 'x', supervisingDepartment: null, implementingUnit: null,
      amountUnit: 'wan-yuan', funds: { total: '100', fiscal: '100', carryOver: null, other: null, extra: [] }, goal: { annual: 'g', midTerm: null },
      indicators: [],
    };
    const { io, out } = fakeIo({ 'doc.json': JSON.stringify(doc), 'p.json': JSON.stringify({ asOf: '2024-07-31', budget: { executed: '40' } }) });
    expect(await runCli(['monitor', 'doc.json', '--progress', 'p.json'], io)).toBe(0);
    expect(out.join('\n')).toContain('40 / 100 万元 = 40.00% · 执行进度 ÷ 时间进度 / ratio 68.57% · 黄色预警 yellow');
  });

  it('usage and input errors', async () => {
    const a = fakeIo({ 'p.json': JSON.stringify({ asOf: '2024-07-31', budget: { executed: 40 } }) });
    expect(await runCli(['monitor', DOC], a.io)).toBe(2);
    expect(await runCli(['monitor', DOC, '--progress', 'missing.json'], a.io)).toBe(2);
    expect(await runCli(['monitor', DOC, '--progress', PROGRESS, '--basis', 'week'], a.io)).toBe(2);
    expect(await runCli(['monitor', DOC, '--progress', 'p.json'], a.io)).toBe(1);
    expect(a.err.join('\n')).toContain('monitor/invalid-snapshot');
    const b = fakeIo();
    expect(await runCli(['monitor', DOC, '--progress', PROGRESS, '--as-of', '2024-02-30'], b.io)).toBe(1);
    expect(b.out.join('\n')).toContain('monitor/invalid-date');
  });
});

describe('docs/monitoring.md', () => {
  it('shows the current output of the example', async () => {
    const { io, out } = fakeIo();
    await runCli(['monitor', DOC, '--progress', PROGRESS], io);
    const doc = readFileSync('docs/monitoring.md', 'utf8');
    expect(doc).toContain(out.join('\n'));
    expect(readFileSync(PROGRESS, 'utf8')).toContain('ILLUSTRATIVE');
  });
});
