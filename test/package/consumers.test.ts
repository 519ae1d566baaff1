import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The consumer check (issue 11, wall 1): the *packed* tarball, installed into fresh projects under node16 ESM,
// node16 CommonJS and bundler resolution (strict, skipLibCheck false), type-checks and runs a program that uses
// the main API and every subpath; the ESM project also runs `jixiao demo` through its bin link and the vitest
// suite of examples/app-tests. No network: the tarball's dependencies, TypeScript, @types/node and vitest are
// `file:` links to this repository's node_modules, so `npm install --offline` resolves everything locally.

const ROOT = resolve('.');
const MODULES = join(ROOT, 'node_modules');
const TIMEOUT = 300_000;

interface Consumer {
  readonly name: string;
  readonly type: 'module' | 'commonjs';
  readonly entry: 'esm.ts' | 'cjs.ts';
  readonly compilerOptions: Readonly<Record<string, unknown>>;
  /** Whether the project also holds examples/app-tests (type-checked with the program, then run with vitest). */
  readonly appTests?: boolean;
}

const STRICT = { target: 'es2022', lib: ['es2022'], types: ['node'], strict: true, skipLibCheck: false, outDir: 'out', rootDir: '.' };
const CONSUMERS: readonly Consumer[] = [
  { name: 'node16-esm', type: 'module', entry: 'esm.ts', compilerOptions: { ...STRICT, module: 'node16', moduleResolution: 'node16' }, appTests: true },
  { name: 'node16-cjs', type: 'commonjs', entry: 'cjs.ts', compilerOptions: { ...STRICT, module: 'node16', moduleResolution: 'node16' } },
  {
    name: 'bundler',
    type: 'module',
    entry: 'esm.ts',
    compilerOptions: { ...STRICT, module: 'esnext', moduleResolution: 'bundler', exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
  },
];

let work = '';
let tarball = '';

function run(command: string, args: readonly string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n${x.stdout ?? ''}\n${x.stderr ?? ''}\n${x.message}`);
  }
}

/** A fresh project with the tarball installed and the consumer program in it. */
function install(c: Consumer): string {
  const dir = join(work, c.name);
  mkdirSync(dir);
  const link = (name: string) => `file:${join(MODULES, name)}`;
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const pkg = {
    name: `consumer-${c.name}`,
    private: true,
    type: c.type,
    dependencies: { jixiao: `file:${tarball}`, ...Object.fromEntries(Object.keys(dependencies).map((d) => [d, link(d)])) },
    devDependencies: { typescript: link('typescript'), '@types/node': link('@types/node'), vitest: link('vitest') },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  const include = c.appTests === true ? ['app-tests/*.ts'] : [];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: c.compilerOptions, files: [c.entry], include }, null, 2));
  for (const f of ['program.ts', c.entry]) copyFileSync(join(ROOT, 'test/package/consumer', f), join(dir, f));
  if (c.appTests === true) cpSync(join(ROOT, 'examples/app-tests'), join(dir, 'app-tests'), { recursive: true });
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], dir);
  return dir;
}

beforeAll(() => {
  expect(existsSync('dist/index.js'), 'run `npm run build` first (`npm test` does)').toBe(true);
  work = mkdtempSync(join(tmpdir(), 'jixiao-consumers-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], ROOT)) as { filename: string }[];
  if (packed === undefined) throw new Error('npm pack gave no tarball');
  tarball = join(work, packed.filename);
}, TIMEOUT);

afterAll(() => {
  if (work !== '') rmSync(work, { recursive: true, force: true });
});

describe('the packed package in fresh consumer projects (strict, skipLibCheck false)', () => {
  for (const c of CONSUMERS) {
    it(
      `${c.name}: type-checks and runs a program using the main API, jixiao/testing and jixiao/schema/*.json${c.appTests === true ? '; the bin; examples/app-tests' : ''}`,
      () => {
        const dir = install(c);
        run(process.execPath, [join(dir, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
        const out = run(process.execPath, [join(dir, 'out', c.entry.replace(/\.ts$/, '.js'))], dir).trim();
        const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
        expect(out).toBe(`ok ${version} 100.00`);
        if (c.name !== 'node16-esm') return;

        // The bin link: `npx jixiao demo` reads nothing from disk, so it runs from the installed package.
        const bin = join(dir, 'node_modules/.bin/jixiao');
        expect(run(bin, ['--version'], dir).trim()).toBe(version);
        const demo = run(bin, ['demo', '--lang', 'en'], tmpdir());
        expect(demo).toContain('上海市闵行区老龄事业发展中心');
        expect(demo).not.toContain('cannot read');

        // examples/app-tests (type-checked above with the program): an app's vitest suite, run against the tarball.
        const tests = run(process.execPath, [join(dir, 'node_modules/vitest/vitest.mjs'), 'run', '--root', join(dir, 'app-tests'), '--reporter', 'json'], dir);
        const report = JSON.parse(tests.slice(tests.indexOf('{'))) as { numPassedTests: number; numFailedTests: number; success: boolean };
        expect(report.numFailedTests).toBe(0);
        expect(report.numPassedTests).toBeGreaterThanOrEqual(8);
      },
      TIMEOUT,
    );
  }
});
