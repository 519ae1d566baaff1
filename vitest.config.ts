import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  // Examples import the package by its name, as a user's program would; the tests run them against the source.
  resolve: {
    alias: {
      'jixiao/testing': fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      'jixiao/files': fileURLToPath(new URL('./src/files/index.ts', import.meta.url)),
      jixiao: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  define: { __JIXIAO_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    testTimeout: 60_000,
  },
});
