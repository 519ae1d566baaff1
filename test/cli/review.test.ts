import { describe, expect, it } from 'vitest';
import { recordingIo } from './helpers';
import { runCli } from '../../src/cli/run';

function fakeIo(files: Record<string, string> = {}) {
  const io = recordingIo({ files });
  return { io, out: io.stdout, err: io.stderr };
}

describe('jixiao review', () => {
  it('reviews an imported table: findings with file:line:column, counts, exit 0 when no error', async () => {
    const { io, out } = fakeIo();
    const code = await runCli(['review', 'test/fixtures/hn-nanyue-2018-project-declaration.txt'], io);
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('规则集 / rule set: national');
    expect(text).toContain('test/fixtures/hn-nanyue-2018-project-declaration.txt:13:');
    expect(text).toContain('警告 warning review/name-target-conflict');
    expect(text).toContain('合计 / total: 0 错误 error · 11 警告 warning · 2 提示 info');
  });

  it('exits 1 when a finding is an error (Tangxi budget block), and prints JSON with --json', async () => {
    const { io, out } = fakeIo();
    const code = await runCli(['review', 'test/fixtures/ah-chizhou-tangxi-2022-project-self-evaluation.txt', '--json'], io);
    expect(code).toBe(1);
    const review = JSON.parse(out.join('\n'));
    expect(review.kind).toBe('self-evaluation');
    expect(review.findings.filter((f: { code: string }) => f.code === 'review/budget-identity')).toHaveLength(3);
    expect(review.counts.error).toBeGreaterThanOrEqual(3);
  });

  it('the seed passes: exit 0', async () => {
    const { io, out } = fakeIo();
    expect(await runCli(['review', 'examples/minhang-2024/declaration.txt', '--rules', 'shanghai'], io)).toBe(0);
    expect(out.join('\n')).toContain('合计 / total: 0 错误 error');
  });

  it('--rules RULES.json: a rule set as data (re-grade a rule)', async () => {
    const rules = JSON.stringify({ name: 'strict', extends: 'national', rules: { 'name-placeholder': { severity: 'error' } } });
    const { io, out } = fakeIo({ 'RULES.json': rules });
    const code = await runCli(['review', 'test/fixtures/hn-nanyue-2018-project-declaration.txt', '--rules', 'RULES.json'], io);
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('规则集 / rule set: strict');
    expect(out.join('\n')).toContain('错误 error review/name-placeholder');
  });

  it('reads JSON documents too; an invalid rule set file is an input error (1), a missing file a usage error (2)', async () => {
    const doc = {
      kind: 'project-declaration', fiscalYear: 2024, projectName: 'x', supervisingDepartment: null, implementingUnit: null,
      amountUnit: 'yuan', funds: { total: '10', fiscal: '10', carryOver: null, other: null, extra: [] }, goal: { annual: 'g', midTerm: null },
      indicators: [],
    };
    const a = fakeIo({ 'doc.json': JSON.stringify(doc) });
    expect(await runCli(['review', 'doc.json', '--json'], a.io)).toBe(1);
    expect(JSON.parse(a.out.join('\n')).findings.map((f: { code: string }) => f.code)).toEqual(['review/required-tier1', 'review/required-tier1', 'review/required-tier1']);
    const b = fakeIo({ 'bad.json': JSON.stringify({ rules: { nope: {} } }) });
    expect(await runCli(['review', 'doc.json', '--rules', 'bad.json'], b.io)).toBe(1);
    expect(b.err.join('\n')).toContain('review/unknown-rule');
    const c = fakeIo();
    expect(await runCli(['review', 'no-such-file.txt'], c.io)).toBe(2);
    expect(await runCli(['review'], c.io)).toBe(2);
    expect(await runCli(['review', 'x', '--bogus'], c.io)).toBe(2);
  });
});
