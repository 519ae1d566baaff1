import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

const SEED = 'test/fixtures/minhang-2024-unit-declaration.txt';

describe('jixiao convert', () => {
  it('--to text writes the seed back cell for cell', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', SEED, '--to', 'text'], io)).toBe(0);
    expect(io.stdout.join('')).toBe(readFileSync(SEED, 'utf8'));
  });

  it('--to json gives the example declaration.json, and JSON converts back to text', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', SEED, '--to', 'json'], io)).toBe(0);
    expect(`${io.stdout.join('')}\n`).toBe(readFileSync('examples/minhang-2024/declaration.json', 'utf8'));
    const back = recordingIo();
    expect(await runCli(['convert', 'examples/minhang-2024/declaration.json', '--to', 'text'], back)).toBe(0);
    expect(back.stdout.join('')).toBe(readFileSync(SEED, 'utf8'));
  });

  it('--to markdown renders tables', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', '--to', 'markdown'], io)).toBe(0);
    const md = io.stdout.join('');
    expect(md.split('\n')[0]).toBe('# 绩效自评表（项目）：水旱灾害防御经费');
    expect(md).toContain('| 满意度指标(10分) | 服务对象满意度指标 | 指标1:服务对象满意度 | 90% | 100% | 10 | 10 |');
  });

  it('--layout writes another layout of the same kind; a layout of another kind is a usage error', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', '--to', 'text', '--layout', 'separate-column-self-evaluation'], io)).toBe(0);
    expect(io.stdout.join('')).toContain('绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位');
    const bad = recordingIo();
    expect(await runCli(['convert', SEED, '--to', 'text', '--layout', 'project-declaration'], bad)).toBe(2);
  });

  it('exit 2 without --to or with an unknown target; exit 1 on input errors', async () => {
    const io = recordingIo();
    expect(await runCli(['convert', SEED], io)).toBe(2);
    expect(await runCli(['convert', SEED, '--to', 'pdf'], io)).toBe(2);
    expect(await runCli(['convert', 'test/fixtures/SOURCES.md', '--to', 'json'], io)).toBe(1);
  });
});
