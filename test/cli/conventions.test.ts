import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

const SEED = 'test/fixtures/minhang-2024-unit-declaration.txt';
const TIANCHANG = 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt';
const DECLARATION = 'examples/minhang-2024/declaration.txt';
const ACTUALS = 'examples/minhang-2024/actuals.json';
const PROGRESS = 'examples/minhang-2024/progress-2024-07.json';

describe('jixiao <command> --help', () => {
  it.each(COMMANDS.map((c) => [c.name]))('%s --help and -h print its usage and options, exit 0', async (name) => {
    const command = COMMANDS.find((c) => c.name === name);
    for (const flag of ['--help', '-h']) {
      const io = recordingIo();
      // Help wins over everything else on the line, even a missing FILE or a bad option.
      expect(await runCli([name, flag, 'missing.txt', '--bogus'], io)).toBe(0);
      const out = io.stdout.join('\n');
      expect(out).toContain(`用法 / usage: ${command?.usage}`);
      expect(out).toContain('退出码 / exit codes:');
      for (const d of command?.details ?? []) expect(out).toContain(d);
      expect(io.stderr).toEqual([]);
    }
    const viaHelp = recordingIo();
    expect(await runCli(['help', name], viaHelp)).toBe(0);
    expect(viaHelp.stdout.join('\n')).toContain(`用法 / usage: ${command?.usage}`);
  });

  it('the document commands list --json and --encoding; those that take a directory, --quiet', async () => {
    const io = recordingIo();
    await runCli(['score', '--help'], io);
    const out = io.stdout.join('\n');
    expect(out).toContain('--encoding ENCODING');
    expect(out).toContain('utf-8 | utf-16le | utf-16be | gb18030');
    expect(out).toContain('-q, --quiet');
    expect(out).toContain('--scheme national|hubei|SCHEME.json');
  });

  it('-h after -- is a file name, not a request for help', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', '--', '-h'], io)).toBe(2);
    expect(io.stderr.join('\n')).toContain('cannot read file: -h');
  });

  it('jixiao --help exits 0; no command at all and help for an unknown command exit 2', async () => {
    expect(await runCli(['--help'], recordingIo())).toBe(0);
    expect(await runCli([], recordingIo())).toBe(2);
    expect(await runCli(['help', 'nope'], recordingIo())).toBe(2);
    expect(await runCli(['nope'], recordingIo())).toBe(2);
  });
});

describe('standard input (-)', () => {
  const seed = new Uint8Array(readFileSync(SEED));

  it('inspect - reads the table from stdin, as bytes in any encoding', async () => {
    const io = recordingIo({ stdin: seed });
    expect(await runCli(['inspect', '-'], io)).toBe(0);
    expect(io.stdout.join('\n')).toContain('<stdin>: 单位整体支出绩效目标申报表 / unit declaration');
    const gb = recordingIo({ stdin: new Uint8Array(readFileSync('test/fixtures/encodings/ah-tianchang-2022-project-self-evaluation.gb18030.txt')) });
    expect(await runCli(['score', '-', '--json'], gb)).toBe(0);
    expect(JSON.parse(gb.stdout.join('')).total).toBe('30.00');
  });

  it('an option file can come from stdin, but stdin is read once', async () => {
    const io = recordingIo({ stdin: new Uint8Array(readFileSync(ACTUALS)) });
    expect(await runCli(['score', DECLARATION, '--actuals', '-', '--scheme', 'examples/minhang-2024/scheme.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('')).total).toBe('95.11');
    const twice = recordingIo({ stdin: seed });
    expect(await runCli(['score', '-', '--actuals', '-'], twice)).toBe(2);
    expect(twice.stderr.join('\n')).toContain('standard input (-) can be read once');
  });

  it('errors from stdin are located in <stdin>', async () => {
    const io = recordingIo({ stdin: 'hello\tworld' });
    expect(await runCli(['check', '-'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('<stdin>:1:1: 错误 error forms/layout-unknown');
  });
});

/** Each kind of problem, and the exit code it gives wherever it occurs (docs/cli.md, "Exit codes"). */
describe('exit codes: the same kind of problem gives the same code everywhere', () => {
  const files = {
    'bad.json': '{ not json',
    'mixed.txt': new Uint8Array(readFileSync('test/fixtures/encodings/ah-tianchang-2022-project-self-evaluation.mixed-gbk-cell.txt')),
    'wrong-actuals.json': JSON.stringify({ indicators: 5 }),
    'wrong-scheme.json': JSON.stringify({ id: 'x' }),
    'wrong-rules.json': JSON.stringify({ rules: { nope: {} } }),
    'wrong-progress.json': JSON.stringify({ asOf: '2024-07-31', budget: { executed: 40 } }),
    'layout-unknown.txt': 'hello\tworld',
  };

  // [what is wrong, arguments, exit code]
  const cases: [string, string[], number][] = [
    ['FILE missing', ['inspect', 'missing.txt'], 2],
    ['FILE missing', ['check', 'missing.txt'], 2],
    ['FILE missing', ['score', 'missing.txt'], 2],
    ['FILE missing', ['review', 'missing.txt'], 2],
    ['FILE missing', ['convert', 'missing.txt', '--to', 'json'], 2],
    ['FILE missing', ['monitor', 'missing.txt', '--progress', PROGRESS], 2],
    ['--actuals missing', ['score', DECLARATION, '--actuals', 'missing.json'], 2],
    ['--scheme missing (no such preset or file)', ['score', TIANCHANG, '--scheme', 'missing.json'], 2],
    ['--rules missing (no such preset or file)', ['review', TIANCHANG, '--rules', 'missing.json'], 2],
    ['--progress missing', ['monitor', DECLARATION, '--progress', 'missing.json'], 2],
    ['FILE not JSON', ['inspect', 'bad.json'], 1],
    ['FILE mojibake', ['inspect', 'mixed.txt'], 1],
    ['FILE mojibake', ['check', 'mixed.txt'], 1],
    ['FILE mojibake', ['score', 'mixed.txt'], 1],
    ['FILE mojibake', ['review', 'mixed.txt'], 1],
    ['FILE mojibake', ['convert', 'mixed.txt', '--to', 'json'], 1],
    ['FILE mojibake', ['monitor', 'mixed.txt', '--progress', PROGRESS], 1],
    ['FILE not a table', ['score', 'layout-unknown.txt'], 1],
    ['--actuals not JSON', ['score', DECLARATION, '--actuals', 'bad.json'], 1],
    ['--scheme not JSON', ['score', TIANCHANG, '--scheme', 'bad.json'], 1],
    ['--rules not JSON', ['review', TIANCHANG, '--rules', 'bad.json'], 1],
    ['--progress not JSON', ['monitor', DECLARATION, '--progress', 'bad.json'], 1],
    ['--actuals mojibake', ['score', DECLARATION, '--actuals', 'mixed.txt'], 1],
    ['--actuals invalid', ['score', DECLARATION, '--actuals', 'wrong-actuals.json'], 1],
    ['--scheme invalid', ['score', TIANCHANG, '--scheme', 'wrong-scheme.json'], 1],
    ['--rules invalid', ['review', TIANCHANG, '--rules', 'wrong-rules.json'], 1],
    ['--progress invalid', ['monitor', DECLARATION, '--progress', 'wrong-progress.json'], 1],
    ['unknown option', ['inspect', SEED, '--bogus'], 2],
    ['bad --encoding', ['inspect', SEED, '--encoding', 'latin1'], 2],
    ['bad --lang', ['score', TIANCHANG, '--lang', 'fr'], 2],
    ['no FILE', ['review'], 2],
    ['a declaration without --actuals', ['score', DECLARATION], 2],
    ['a directory where one file is read', ['convert', 'test/fixtures', '--to', 'json'], 2],
    ['read fine', ['inspect', SEED], 0],
    ['read fine, given its encoding', ['inspect', 'test/fixtures/encodings/ah-tianchang-2022-project-self-evaluation.gb18030.txt', '--encoding', 'gb18030'], 0],
  ];

  it.each(cases)('%s: jixiao %j → %i', async (_what, args, code) => {
    const io = recordingIo({ files });
    expect(await runCli(args, io)).toBe(code);
    if (code !== 0) expect(io.stderr.join('\n')).not.toBe('');
  });

  it('an unknown preset names the presets the library has', async () => {
    const io = recordingIo();
    expect(await runCli(['score', TIANCHANG, '--scheme', 'foo'], io)).toBe(2);
    expect(io.stderr.join('\n')).toBe('未知的评分方案预设 foo（national, hubei），也没有此文件 / unknown preset foo (national, hubei) or file not found');
    const rules = recordingIo();
    expect(await runCli(['review', TIANCHANG, '--rules', 'foo'], rules)).toBe(2);
    expect(rules.stderr.join('\n')).toContain('unknown preset foo (national, shanghai) or file not found');
    // Names on Object.prototype are not presets.
    expect(await runCli(['score', TIANCHANG, '--scheme', 'constructor'], recordingIo())).toBe(2);
  });
});

describe('internal errors', () => {
  const throwing = (env?: Record<string, string>) => {
    const io = recordingIo(env === undefined ? {} : { env });
    return {
      ...io,
      out: () => {
        throw new RangeError('boom');
      },
    };
  };

  it('are one line asking for a bug report, with the version and the message, and exit 2', async () => {
    const io = throwing();
    expect(await runCli(['inspect', SEED], io)).toBe(2);
    expect(io.stderr).toHaveLength(1);
    const line = io.stderr[0] as string;
    expect(line).toMatch(/^jixiao \d+\.\d+\.\d+: 内部错误/u);
    expect(line).toContain('please report it as a bug');
    expect(line).toContain('RangeError: boom');
    expect(line).not.toContain('\n');
  });

  it('show the stack with --debug or JIXIAO_DEBUG=1', async () => {
    const a = throwing();
    expect(await runCli(['inspect', SEED, '--debug'], a)).toBe(2);
    expect(a.stderr.join('\n')).toMatch(/RangeError: boom\n\s+at /u);
    const b = throwing({ JIXIAO_DEBUG: '1' });
    expect(await runCli(['inspect', SEED], b)).toBe(2);
    expect(b.stderr.join('\n')).toMatch(/\n\s+at /u);
  });
});

describe('docs/cli.md', () => {
  const doc = readFileSync('docs/cli.md', 'utf8');

  it.each(COMMANDS.map((c) => [c.name]))('documents %s: its usage line and every option', (name) => {
    const command = COMMANDS.find((c) => c.name === name);
    expect(doc).toContain(`### ${name}`);
    expect(doc).toContain(command?.usage);
    for (const d of command?.details ?? []) expect(doc).toContain((d.match(/--[a-z-]+/u) ?? [d])[0]);
  });

  it('shows the current message of an unknown preset', async () => {
    const io = recordingIo();
    await runCli(['score', TIANCHANG, '--scheme', 'foo'], io);
    expect(doc).toContain(io.stderr.join('\n'));
  });
});
