import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The container libraries are dependencies of the package, loaded only by `jixiao/files` (and the CLI): an app
// that imports `jixiao` — `parseTarget` alone, or the whole main entry — bundles none of them.

const LIBRARIES = ['exceljs', 'parse5', 'jszip', 'saxes'];

/** The packages of node_modules a bundle of `code` takes in. */
async function packagesIn(code: string): Promise<Set<string>> {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
  });
  const packages = Object.keys(result.metafile.inputs)
    .map((f) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(f)?.[1])
    .filter((p): p is string => p !== undefined);
  return new Set(packages);
}

describe('the container libraries are loaded only where needed', () => {
  it('import { parseTarget } from jixiao bundles none of them', async () => {
    const packages = await packagesIn("import { parseTarget } from './src/index'; console.log(parseTarget('≥90%'));");
    for (const lib of LIBRARIES) expect(packages.has(lib), lib).toBe(false);
  });

  it('the whole main entry bundles none of them (and still bundles its own dependencies)', async () => {
    const packages = await packagesIn("export * from './src/index';");
    for (const lib of LIBRARIES) expect(packages.has(lib), lib).toBe(false);
    expect(packages.has('decimal.js')).toBe(true);
  });

  it('jixiao/files does bundle them (the check above can fail)', async () => {
    const packages = await packagesIn("export * from './src/files/index';");
    for (const lib of LIBRARIES) expect(packages.has(lib), lib).toBe(true);
  });
});
