import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` builds before it runs vitest, so these check the artefacts a user installs, through the
// package's own name (Node resolves a package's self-reference through its `exports` map).
const built = existsSync('dist/index.js') && existsSync('dist/index.cjs');

function node(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8' }).trim();
}

describe('the built package (run `npm run build` first; `npm test` does)', () => {
  it('exists', () => {
    expect(built).toBe(true);
  });

  it('imports from ESM by its name', () => {
    const out = node(['--input-type=module', '-e', "import { parseAmount, formatAmount } from 'jixiao'; const r = parseAmount('28,963,548.68'); console.log(r.ok && formatAmount(r.value.amount));"]);
    expect(out).toBe('28,963,548.68');
  });

  it('requires from CJS by its name', () => {
    const out = node(['-e', "const j = require('jixiao'); console.log(typeof j.parseAmount, j.convertAmount('1', 'wan-yuan', 'yuan'));"]);
    expect(out).toBe('function 10000');
  });

  it('runs the CLI: --version, --help, schema', () => {
    const { version } = JSON.parse(node(['-e', "console.log(JSON.stringify(require('./package.json')))"])) as { version: string };
    expect(node(['dist/cli.js', '--version'])).toBe(version);
    expect(node(['dist/cli.js', '--help'])).toContain('jixiao schema');
    const schema = JSON.parse(node(['dist/cli.js', 'schema', 'unit-declaration'])) as { properties: { kind: unknown } };
    expect(schema.properties.kind).toEqual({ type: 'string', const: 'unit-declaration' });
  });

  it('keeps the container libraries out of the main entry: dist/index.js and index.cjs load none of them', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = readFileSync(file, 'utf8');
      for (const lib of ['exceljs', 'parse5', 'jszip', 'saxes']) expect(code, `${file} ${lib}`).not.toMatch(new RegExp(`(from |require\\(|import\\()["']${lib}["']`, 'u'));
    }
    expect(readFileSync('dist/files/index.js', 'utf8')).toMatch(/import\(["']exceljs["']\)/u);
  });

  it('jixiao/files imports from ESM and requires from CJS by its name; exceljs loads on first use only', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      "import { readTable } from 'jixiao/files'; import { createRequire } from 'node:module'; const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('exceljs')); const before = loaded(); const r = await readTable(new TextEncoder().encode('<table><tr><td>甲</td></tr></table>')); console.log(before, r.ok && r.value[0].rows[0][0]);",
    ]);
    expect(esm).toBe('false 甲');
    const cjs = node(['-e', "const f = require('jixiao/files'); f.toXlsx(require('jixiao/testing').seed).then((b) => f.readTable(b)).then((r) => console.log(r.ok && r.value[0].source.kind, Object.keys(require.cache).some((k) => k.includes('exceljs'))));"]);
    expect(cjs).toBe('sheet true');
  });
});
