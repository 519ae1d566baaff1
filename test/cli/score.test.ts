import { describe, expect, it } from 'vitest';
import { displayWidth, table } from '../../src/cli/columns';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

const TIANCHANG = 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt';

describe('jixiao score', () => {
  it('prints the scorecard as JSON with decimal strings', async () => {
    const io = recordingIo();
    expect(await runCli(['score', TIANCHANG, '--json'], io)).toBe(0);
    const card = JSON.parse(io.stdout.join('')) as { total: string; grade: string; indicators: unknown[]; budgetExecution: { rate: string; score: string }; claims: { status: string }[] };
    expect([card.total, card.grade, card.budgetExecution.rate, card.budgetExecution.score]).toEqual(['30.00', '差', '100.00', '10.00']);
    expect(card.indicators.length).toBe(10);
    expect(card.claims.map((c) => c.status).join(' ')).toBe('agrees agrees ' + 'unverifiable '.repeat(7) + 'agrees unverifiable');
  });

  it('reproduces the published 100 of Tianchang with the stated as-published scheme file', async () => {
    const io = recordingIo();
    expect(await runCli(['score', TIANCHANG, '--scheme', 'examples/tianchang-2022/scheme-as-published.json'], io)).toBe(0);
    const out = io.stdout.join('');
    expect(out).toContain('(评分方案: as-published)');
    expect(out).toContain('总分: 100.00  等级: 优');
    expect(out).toContain('总分: 与核算一致，但其中 6 项得分无法核实');
  });

  it('takes a scheme file and scores a declaration with --actuals (the demo)', async () => {
    const io = recordingIo();
    const code = await runCli(
      ['score', 'examples/minhang-2024/declaration.txt', '--actuals', 'examples/minhang-2024/actuals.json', '--scheme', 'examples/minhang-2024/scheme.json', '--json'],
      io,
    );
    expect(code).toBe(0);
    const card = JSON.parse(io.stdout.join('')) as { total: string; grade: string; scheme: string };
    expect([card.total, card.grade, card.scheme]).toEqual(['95.11', '优', 'minhang-2024-unit-illustrative']);
  });

  it('prints aligned tables in Chinese, or English with --lang en', async () => {
    const zh = recordingIo();
    await runCli(['score', TIANCHANG], zh);
    const text = zh.stdout.join('\n');
    expect(text).toContain('总分: 30.00  等级: 差');
    expect(text).toContain('预算执行率: 10 × 100.00% = 10.00');
    const en = recordingIo();
    await runCli(['score', TIANCHANG, '--lang', 'en', '--scheme', 'hubei'], en);
    expect(en.stdout.join('\n')).toContain('total: ');
    expect(en.stdout.join('\n')).toContain('(scheme: hubei)');
    // The score column ends at the same display column in the header (CJK, double width) and in the rows.
    const lines = text.split('\n');
    const header = lines.find((l) => l.startsWith('二级指标')) as string;
    const first = lines.find((l) => l.startsWith('数量指标')) as string;
    const last = lines.find((l) => l.startsWith('可持续影响指标')) as string;
    const end = (l: string, s: string) => displayWidth(l.slice(0, l.indexOf(s) + s.length));
    expect(end(first, '10.00')).toBe(end(header, '得分'));
    expect(end(last, '0.00')).toBe(end(header, '得分'));
  });

  it('aligns CJK double-width text', () => {
    expect(displayWidth('产出指标')).toBe(8);
    expect(displayWidth('≥30户')).toBe(5);
    expect(table([['指标', 'a'], ['x', 'b']])).toBe('指标  a\nx     b');
  });

  it('needs --actuals for a declaration, and refuses a bad scheme', async () => {
    const io = recordingIo();
    expect(await runCli(['score', 'examples/minhang-2024/declaration.txt'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('--actuals');
    expect(await runCli(['score', TIANCHANG, '--scheme', 'test/fixtures/vectors.json'], recordingIo())).toBe(1);
    expect(await runCli(['score', TIANCHANG, '--lang', 'fr'], recordingIo())).toBe(2);
  });

  it('runs the demo', async () => {
    const io = recordingIo();
    expect(await runCli(['demo'], io)).toBe(0);
    const text = io.stdout.join('\n');
    expect(text).toContain('illustrative numbers, not published ones');
    expect(text).toContain('总分: 95.11  等级: 优');
  });
});
