import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run';
import { recordingIo } from './helpers';

const DIR = 'test/fixtures/encodings';

/** What `inspect --json` reads from a file, without the line that names the file. */
async function inspected(file: string, ...args: string[]): Promise<unknown> {
  const io = recordingIo();
  expect(await runCli(['inspect', file, '--json', ...args], io)).toBe(0);
  return JSON.parse(io.stdout.join(''));
}

describe('the CLI reads files in any encoding (real byte files)', () => {
  it.each([
    ['ah-tianchang-2022-project-self-evaluation.gb18030.txt', 'ah-tianchang-2022-project-self-evaluation.txt', 'gb18030'],
    ['minhang-2024-unit-declaration.utf-16le-bom.txt', 'minhang-2024-unit-declaration.txt', 'utf-16le'],
    ['ah-tianchang-2022-project-self-evaluation.utf-16be-bom.txt', 'ah-tianchang-2022-project-self-evaluation.txt', 'utf-16be'],
    ['hn-nanyue-2018-project-declaration.utf-16le.txt', 'hn-nanyue-2018-project-declaration.txt', 'utf-16le'],
    ['hn-nanyue-2018-project-declaration.utf-16be.txt', 'hn-nanyue-2018-project-declaration.txt', 'utf-16be'],
    ['ah-chizhou-tangxi-2022-project-self-evaluation.utf-8-bom.txt', 'ah-chizhou-tangxi-2022-project-self-evaluation.txt', 'utf-8'],
  ])('%s reads as %s, and inspect says %s', async (file, source, encoding) => {
    expect(await inspected(`${DIR}/${file}`)).toEqual(await inspected(`test/fixtures/${source}`));
    const io = recordingIo();
    await runCli(['inspect', `${DIR}/${file}`], io);
    expect(io.stdout.join('\n')).toContain(`编码 / encoding ${encoding}`);
  });

  it('scores a GB18030 self-evaluation as its UTF-8 original', async () => {
    const [a, b] = [recordingIo(), recordingIo()];
    expect(await runCli(['score', `${DIR}/ah-tianchang-2022-project-self-evaluation.gb18030.txt`, '--json'], a)).toBe(0);
    expect(await runCli(['score', 'test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', '--json'], b)).toBe(0);
    expect(a.stdout.join('')).toBe(b.stdout.join(''));
  });

  it('a UTF-8 file with one GBK cell is exit 1 with the place and how to save it again, whatever the command', async () => {
    const file = `${DIR}/ah-tianchang-2022-project-self-evaluation.mixed-gbk-cell.txt`;
    for (const command of ['inspect', 'check', 'score', 'review']) {
      const io = recordingIo();
      expect(await runCli([command, file], io)).toBe(1);
      const err = io.stderr.join('\n');
      expect(err).toContain(`${file}:37:22: 错误 error input/mixed-encoding`);
      expect(err).toContain('Unicode 文本');
      // Nothing was read, so nothing is summarised or scored.
      expect(io.stdout).toEqual([]);
    }
  });

  it('forcing the layout of a GB18030 file no longer reads 0 indicators: the text is decoded first', async () => {
    const doc = (await inspected(`${DIR}/ah-tianchang-2022-project-self-evaluation.gb18030.txt`, '--layout', 'project-self-evaluation')) as { indicators: unknown[] };
    expect(doc.indicators).toHaveLength(10);
  });

  it('--encoding reads as the encoding given; a wrong one is an error that says what happened', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', `${DIR}/hn-nanyue-2018-project-declaration.utf-16le.txt`, '--encoding', 'utf-8'], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('input/nul-character');
    expect(io.stderr.join('\n')).toContain('most likely UTF-16');
  });

  it('a workbook is read (test/cli/files.test.ts); one cut short is an error that says so', async () => {
    const io = recordingIo();
    expect(await runCli(['inspect', `${DIR}/not-text.xlsx`], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('files/damaged');
    expect(io.stderr.join('\n')).toContain('an Excel workbook (.xlsx) cannot be opened');
  });

  it('JSON documents and option files may be UTF-16 too', async () => {
    const json = readFileSync('examples/minhang-2024/declaration.json', 'utf8');
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${json}`, 'utf16le'));
    const io = recordingIo({ files: { 'doc.json': utf16, 'actuals.json': new Uint8Array(Buffer.from(`\ufeff${readFileSync('examples/minhang-2024/actuals.json', 'utf8')}`, 'utf16le')) } });
    expect(await runCli(['score', 'doc.json', '--actuals', 'actuals.json', '--scheme', 'examples/minhang-2024/scheme.json', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout.join('')).total).toBe('95.11');
  });
});
