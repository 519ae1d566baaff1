import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

// A self-evaluation with one broken cell: its budget line's adjusted budget reads `88 0` (money/space-inside).
const TIANCHANG = readFileSync('test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', 'utf8');
const BROKEN = TIANCHANG.replace('年度资金总额:\t880\t880\t880', '年度资金总额:\t880\t88 0\t880');
const files = { 'broken.txt': BROKEN, 'junk.txt': 'hello\tworld' };

describe('the CLI shows what was read even when it exits 1 (issue 9)', () => {
  it.each(['inspect', 'check', 'review', 'score'])('%s prints the errors, then the summary of what was read, and exits 1', async (command) => {
    expect(BROKEN).not.toBe(TIANCHANG);
    const io = recordingIo({ files });
    expect(await runCli([command, 'broken.txt'], io)).toBe(1);
    const err = io.stderr.join('\n');
    expect(err).toContain('broken.txt:5:13: 错误 error money/space-inside');
    expect(err).toContain('✗ 1 个错误 / error(s)');
    const out = io.stdout.join('\n');
    expect(out.split('\n')[0]).toBe('⚠ 部分读入 / PARTIAL: broken.txt 有 1 个错误（见上），以下只是已读入的内容 / has 1 error(s) (above); what follows is only what was read');
    expect(out).toContain('broken.txt: 绩效自评表 / self-evaluation — 样式 / layout project-self-evaluation (C)');
    expect(out).toContain('指标 / indicators: 10');
    expect(out).toContain('预算 / budget: 全年预算数 adjusted —, 全年执行数 executed 880 万元');
  });

  it('check and review do not check a document read in part', async () => {
    for (const command of ['check', 'review']) {
      const io = recordingIo({ files });
      await runCli([command, 'broken.txt'], io);
      expect(io.stdout.join('\n')).not.toMatch(/预算核对|审核 \/ review:/u);
    }
  });

  it('score prints the scorecard of what was read between two PARTIAL banners', async () => {
    const io = recordingIo({ files });
    expect(await runCli(['score', 'broken.txt'], io)).toBe(1);
    const lines = io.stdout.join('\n').split('\n');
    const banner = '⚠ 部分评分：只按已读入的内容计算，不是本表的得分 / ⚠ PARTIAL SCORECARD: computed from what was read only; not the score of this table';
    const first = lines.indexOf(banner);
    expect(first).toBeGreaterThan(0);
    expect(lines[lines.length - 1]).toBe(banner);
    // The total falls with the broken budget cell: the reason it is marked.
    expect(lines.slice(first)).toContain('总分: 20.00  等级: 差');
  });

  it('--json: the errors and the partial document, and for score the scorecard only as partialScorecard', async () => {
    const io = recordingIo({ files });
    expect(await runCli(['score', 'broken.txt', '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout.join('')) as Record<string, unknown> & { errors: { code: string }[]; partial: { kind: string; origins?: unknown }; partialScorecard: { total: string } };
    expect(json.ok).toBe(false);
    expect(json.errors.map((e) => e.code)).toEqual(['money/space-inside']);
    expect(json.partial.kind).toBe('self-evaluation');
    expect('origins' in json.partial).toBe(false);
    expect(json.partialScorecard.total).toBe('20.00');
    expect('total' in json).toBe(false);
    const inspect = recordingIo({ files });
    expect(await runCli(['inspect', 'broken.txt', '--json'], inspect)).toBe(1);
    expect(Object.keys(JSON.parse(inspect.stdout.join('')) as object)).toEqual(['file', 'ok', 'errors', 'warnings', 'unparsed', 'partial']);
  });

  it('a read with nothing to show (no partial) prints the errors only; --json gives partial: null', async () => {
    const io = recordingIo({ files });
    expect(await runCli(['inspect', 'junk.txt'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('junk.txt:1:1: 错误 error forms/layout-unknown');
    expect(io.stdout).toEqual([]);
    const json = recordingIo({ files });
    expect(await runCli(['check', 'junk.txt', '--json'], json)).toBe(1);
    expect(JSON.parse(json.stdout.join(''))).toMatchObject({ file: 'junk.txt', ok: false, partial: null });
  });
});
