import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/** Every module of the library (the CLI is built on its own); `*.d.ts` files have no code. */
function libraryModules(): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((f) => `src/${f.replaceAll('\\', '/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('src/cli/'));
}

/**
 * Keeps each source module its own output file, importing its neighbours by relative path with an extension
 * Node accepts. With `sideEffects: false`, a bundler then drops every module an app does not reach: an app
 * that imports `parseTarget` gets the notation modules and their catalogue, not the review rules, the schemes
 * or `jixiao/testing`.
 */
function perModule(extension: string): Plugin {
  return {
    name: 'jixiao-per-module',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const target = join(args.resolveDir, args.path);
        const file = existsSync(`${target}.ts`) ? `${args.path}${extension}` : existsSync(join(target, 'index.ts')) ? `${args.path}/index${extension}` : null;
        if (file === null) return { errors: [{ text: `cannot resolve ${args.path} from ${args.importer}` }] };
        return { path: file.startsWith('.') ? file : `./${file}`, external: true };
      });
    },
  };
}

/**
 * The CLI imports the library and `jixiao/files` through their entry points: in the package those are the built
 * `./index.js` and `./files/index.js` beside it.
 */
const cliUsesBuiltLibrary: Plugin = {
  name: 'jixiao-cli-library',
  setup(build) {
    const entries = new Map([
      [resolve('src/index'), './index.js'],
      [resolve('src/files/index'), './files/index.js'],
    ]);
    build.onResolve({ filter: /\/index$/ }, (args) => {
      const path = entries.get(resolve(args.resolveDir, args.path));
      return path === undefined ? undefined : { path, external: true };
    });
  },
};

/** The public entry points: the library, its testing kit and its file containers. */
const entry = { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts', 'files/index': 'src/files/index.ts' };

/** `import text from './file.txt?raw'`: the file's text as a string (the demo's files, embedded in the CLI). */
const rawText: Plugin = {
  name: 'jixiao-raw-text',
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, (args) => ({ path: resolve(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw' }));
    build.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

export default defineConfig([
  {
    // Node's ESM entry: one file per entry point, since Node loads one file much faster than a hundred and fifty.
    // The testing kit and jixiao/files import the library by its name, so an app and they share one copy of it.
    entry,
    outDir: 'dist',
    format: ['esm'],
    target: 'node20',
    external: ['jixiao'],
    dts: true, // also copied to `.d.cts` by scripts/copy-declarations.mjs: the same declarations serve both
  },
  {
    entry,
    outDir: 'dist',
    format: ['cjs'],
    target: 'node20',
    external: ['jixiao'],
  },
  {
    // Bundlers' entry (the `module` condition): one file per source module, so that an app bundles only the
    // modules it reaches (`sideEffects: false`).
    entry: libraryModules(),
    outDir: 'dist/module',
    format: ['esm'],
    target: 'node20',
    external: ['jixiao'],
    esbuildPlugins: [perModule('.js')],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    outDir: 'dist',
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { __JIXIAO_VERSION__: JSON.stringify(version) },
    esbuildPlugins: [cliUsesBuiltLibrary, rawText],
  },
]);
