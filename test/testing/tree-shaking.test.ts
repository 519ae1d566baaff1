import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The modules whose code esbuild puts in the bundle of `contents` (an app's entry), resolving `jixiao` as an
 * installed package would. (It reads more modules than it keeps: re-exports must be followed to be dropped.)
 */
async function bundledModules(contents: string, resolveDir: string): Promise<string[]> {
  const r = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    external: ['zod', 'decimal.js', 'date-fns', 'date-fns/*'], // the package's dependencies, not the package
    metafile: true,
    logLevel: 'silent',
    // An app's own tsconfig, not this repository's (whose `paths` point `jixiao` at the sources).
    tsconfigRaw: {},
  });
  return Object.values(r.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, i]) => i.bytesInOutput > 0).map(([m]) => m));
}

const app = mkdtempSync(join(tmpdir(), 'jixiao-app-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('jixiao/testing stays out of apps that do not import it', () => {
  it('the main entry point does not reach src/testing/ (sources)', async () => {
    const modules = await bundledModules("export * from './src/index';", resolve('.'));
    expect(modules.some((m) => m.startsWith('src/model/'))).toBe(true);
    expect(modules.filter((m) => m.startsWith('src/testing/'))).toEqual([]);
    // The check can fail: the testing entry does reach it.
    expect((await bundledModules("export * from './src/testing/index';", resolve('.'))).some((m) => m.startsWith('src/testing/'))).toBe(true);
  });

  it('the installed package: `import … from "jixiao"` bundles no testing module, and `parseTarget` alone no review rules', async () => {
    expect(existsSync('dist/module/index.js'), 'run `npm run build` first (`npm test` does)').toBe(true);
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(resolve('.'), join(app, 'node_modules', 'jixiao'), 'dir');
    // esbuild's default conditions include `module`, which the package maps to one file per module.
    const everything = await bundledModules("export * from 'jixiao';", app);
    expect(everything.some((m) => m.includes('dist/module/score/'))).toBe(true);
    expect(everything.filter((m) => m.includes('/testing/'))).toEqual([]);
    const parseTargetOnly = await bundledModules("export { parseTarget } from 'jixiao';", app);
    expect(parseTargetOnly.some((m) => m.endsWith('dist/module/notation/parse-target.js'))).toBe(true);
    expect(parseTargetOnly.filter((m) => /dist\/module\/(review|score|forms|monitor)\//.test(m))).toEqual([]);
    expect((await bundledModules("export * from 'jixiao/testing';", app)).some((m) => m.includes('dist/module/testing/'))).toBe(true);
  });

  it('the Node files: dist/index.js and dist/index.cjs hold no testing code', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      expect(readFileSync(file, 'utf8')).not.toContain('JixiaoAssertionError');
    }
    expect(readFileSync('dist/testing/index.js', 'utf8')).toContain('JixiaoAssertionError');
  });
});
