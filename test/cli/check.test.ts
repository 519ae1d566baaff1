import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

describe('jixiao check', () => {
  it('reconciles the seed: exit 0', async () => {
    const io = recordingIo();
    expect(await runCli(['check', 'test/fixtures/minhang-2024-unit-declaration.txt'], io)).toBe(0);
    const out = io.stdout.join('\n');
    expect(out).toContain('✓ 部门整体预算总额 = 财政拨款 + 其他资金 / total = fiscal + other funds: 28963548.68 = 28963548.68');
    expect(out).toContain('✓ 预算平衡 / the budget reconciles');
  });

  it('reports the Tangxi budget block with the amounts and the line: exit 1', async () => {
    const io = recordingIo();
    const file = 'test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt';
    expect(await runCli(['check', file], io)).toBe(1);
    const out = io.stdout.join('\n');
    expect(out).toContain('✗ 年初预算数：年度资金总额 = 各资金来源合计 / initial budget: total = sum of the sources: 90 ≠ 0  差额 / difference -90');
    expect(out).toContain(`${file}:5:9: 错误 error budget/identity-fails`);
    expect(out).toContain('✗ 3 个错误 / error(s)');
  });

  it('prints JSON with --json', async () => {
    const io = recordingIo();
    expect(await runCli(['check', 'test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt', '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout.join('')) as { ok: boolean; identities: { expected: string; actual: string; difference: string }[]; findings: { code: string; line: number }[] };
    expect(json.ok).toBe(false);
    expect(json.identities[1]).toMatchObject({ expected: '89.974', actual: '0', difference: '-89.974' });
    expect(json.findings.map((f) => [f.code, f.line])).toEqual([
      ['budget/identity-fails', 5],
      ['budget/identity-fails', 5],
      ['budget/identity-fails', 5],
    ]);
  });

  it('exits 2 on usage errors and a missing file', async () => {
    expect(await runCli(['check'], recordingIo())).toBe(2);
    expect(await runCli(['check', 'no-such-file.txt'], recordingIo())).toBe(2);
    expect(await runCli(['check', 'a', '--tolerance', 'x'], recordingIo())).toBe(2);
  });
});
