// The bundled declarations serve both formats: each `dist/**/index.d.ts` is copied to `index.d.cts`, the
// declarations a CommonJS consumer resolves through the `require` condition (attw checks both).
import { copyFileSync, readdirSync } from 'node:fs';

for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
  if (file.endsWith('.d.ts') && !file.startsWith('module')) copyFileSync(`dist/${file}`, `dist/${file.slice(0, -'.d.ts'.length)}.d.cts`);
}
