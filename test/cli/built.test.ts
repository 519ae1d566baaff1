import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The CLI a user installs, run as a process: `npm test` builds dist/ first (`npm run build` to run these alone).
const CLI = 'dist/cli.js';
const ENC = 'test/fixtures/encodings';

function jixiao(args: string[], input?: Uint8Array) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, JIXIAO_DEBUG: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI with its stdout read by a reader that closes the pipe after the first chunk, as `| head` does. */
function closedEarly(args: string[]): Promise<{ code: number | null; stderr: string; received: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', (d: Buffer) => {
      received = d.length;
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, received }));
  });
}

describe('the built CLI (dist/cli.js)', () => {
  it('exists', () => {
    expect(existsSync(CLI)).toBe(true);
  });

  const dir = mkdtempSync(join(tmpdir(), 'jixiao-epipe-'));
  // Enough output to overflow any pipe buffer: the CLI is still writing when the reader goes.
  for (let i = 0; i < 150; i++) copyFileSync('test/fixtures/minhang-2024-unit-declaration.txt', join(dir, `seed-${String(i).padStart(3, '0')}.txt`));
  afterAll(() => rmSync(dir, { recursive: true }));

  it.each([[['inspect', dir, '--json']], [['inspect', dir]]])(
    'piped into a reader that stops early (jixiao %j | head) it exits quietly, 0, without a stack',
    async (args) => {
      const r = await closedEarly(args);
      expect(r.received).toBeGreaterThan(0);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
  );

  it('reads stdin (-) as bytes in any encoding', () => {
    const r = jixiao(['inspect', '-'], readFileSync(`${ENC}/ah-tianchang-2022-project-self-evaluation.gb18030.txt`));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<stdin>: 绩效自评表 / self-evaluation');
    expect(r.stdout).toContain('编码 / encoding gb18030');
    const json = jixiao(['score', '-', '--json'], readFileSync(`${ENC}/ah-tianchang-2022-project-self-evaluation.utf-16be-bom.txt`));
    expect(JSON.parse(json.stdout).total).toBe('30.00');
  });

  it('reads UTF-16LE with a byte-order mark (Excel "Unicode 文本")', () => {
    const r = jixiao(['check', `${ENC}/minhang-2024-unit-declaration.utf-16le-bom.txt`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✓ 预算平衡 / the budget reconciles');
  });

  it('exits 0, 1 and 2 as documented', () => {
    expect(jixiao(['inspect', 'test/fixtures/minhang-2024-unit-declaration.txt']).code).toBe(0);
    const mixed = jixiao(['inspect', `${ENC}/ah-tianchang-2022-project-self-evaluation.mixed-gbk-cell.txt`]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('input/mixed-encoding');
    const missing = jixiao(['inspect', 'no-such-file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read file: no-such-file.txt');
    expect(missing.stderr).not.toMatch(/\n\s+at /u);
    const preset = jixiao(['score', 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', '--scheme', 'foo']);
    expect(preset.code).toBe(2);
    expect(preset.stderr).toContain('unknown preset foo (national, hubei) or file not found');
  });

  it('--help on a command exits 0 (every command: test/cli/conventions.test.ts)', () => {
    for (const command of ['inspect', 'schema']) {
      const r = jixiao([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain(`用法 / usage: jixiao ${command}`);
    }
  });
});
