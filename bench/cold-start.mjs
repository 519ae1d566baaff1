// Cold start: how much longer a fresh Node process takes when it loads the package than when it loads nothing,
// for `require` (dist/index.cjs) and `import` (dist/index.js). Runs are interleaved (bare, require, import, …)
// so that load on a shared host falls on all of them alike; the median of each is compared (COLD_RUNS, default
// 31). On a busy host every figure grows alike: compare with zod alone, measured beside them.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CASES = {
  bare: ['-e', '0'],
  // The floor while zod loads at import (issue 11: ~50 ms of the ~150 ms measured then).
  zod: ['-e', "require('zod')"],
  require: ['-e', "require('./dist/index.cjs')"],
  import: ['--input-type=module', '-e', "import './dist/index.js'"],
};

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds of each case, median of `runs` interleaved runs. */
export function measureColdStart(runs = Number(process.env.COLD_RUNS ?? 31)) {
  const times = Object.fromEntries(Object.keys(CASES).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(CASES)) {
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return { runs, load: loadavg()[0], ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])) };
}
