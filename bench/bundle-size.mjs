// What an app bundles of this package for one export: esbuild, minified, gzipped, the dependencies (zod,
// decimal.js, date-fns) external, `jixiao` resolved as an installed package (node_modules/jixiao → this
// repository), so through the `module` condition of its exports.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Bytes (minified, and minified + gzipped) of the package's code an app bundles for each entry text. */
export async function measureBundleSizes(entries) {
  const app = mkdtempSync(join(tmpdir(), 'jixiao-size-'));
  try {
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(ROOT, join(app, 'node_modules', 'jixiao'), 'dir');
    const sizes = [];
    for (const [name, contents] of entries) {
      const r = await build({
        stdin: { contents, resolveDir: app },
        bundle: true,
        minify: true,
        write: false,
        format: 'esm',
        platform: 'node',
        external: ['zod', 'decimal.js', 'date-fns', 'date-fns/*'],
        logLevel: 'silent',
      });
      const code = r.outputFiles[0].contents;
      sizes.push({ name, minified: code.length, gzipped: gzipSync(code).length });
    }
    return sizes;
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
}
