// npm run bench — the cost of loading the package (cold start over bare node, bytes an app bundles per export),
// then scoring throughput beside two baselines measured in the same run:
//   float:  the same formulas on plain JS numbers (the float floor: fast and wrong, e.g. 5.325 → 5.32);
//   kernel: a minimal decimal.js implementation of the same formulas (the exactness floor).
// Targets (issue 4): scoring with traces at ≥ 0.5× the decimal kernel, and table text → scorecard at
// ≥ 10 000 seed-size documents per second. Targets (issue 11): cold `require` and `import` at most 100 ms over
// bare node; `import { parseTarget }` at most 10 kB min+gz of this package's code. Prints PASS/FAIL per target; exits 1 on any FAIL. Each task runs in
// several rounds and keeps its best round's mean (BENCH_ROUNDS, default 5), as the host may be shared.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { Bench } from 'tinybench';
import { defineScheme, parseForm, schemes, scoreDeclaration, scoreIndicator, validateActuals } from '../dist/index.js';
import { measureBundleSizes } from './bundle-size.mjs';
import { measureColdStart } from './cold-start.mjs';

// Loading first, before the throughput rounds warm anything up.
const cold = measureColdStart();
const sizes = await measureBundleSizes([
  ['parseTarget', "export { parseTarget } from 'jixiao';"],
  ['parseActual', "export { parseActual } from 'jixiao';"],
  ['parseAmount', "export { parseAmount } from 'jixiao';"],
  ['validateDocument', "export { validateDocument } from 'jixiao';"],
  ['parseForm', "export { parseForm } from 'jixiao';"],
  ['scoreSelfEvaluation', "export { scoreSelfEvaluation } from 'jixiao';"],
  ['reviewDocument', "export { reviewDocument } from 'jixiao';"],
  ['monitor', "export { monitor } from 'jixiao';"],
  ['everything', "export * from 'jixiao';"],
  ['jixiao/testing', "export * from 'jixiao/testing';"],
]);

const N = 1000;
const OPS = ['>=', '<=', '=', '>=', '<'];
const UNITS = ['户', '人', '%', '家', '个'];

// A fixed, varied set of quantitative indicators, parsed beforehand: targets 1–500, actuals around them
// (60%–125% of the target, as real tables have them), every operator, zero targets, half-up edge cases.
const FACTORS = [60, 80, 95, 100, 100, 105, 110, 125, 90, 100];
const cases = [];
for (let i = 0; i < N; i++) {
  const op = OPS[i % OPS.length];
  const tCents = (((i * 37) % 500) + (i % 11 === 0 ? 0 : 1)) * 100 + (i % 3 === 0 ? 50 : 0);
  const aCents = Math.round((tCents * FACTORS[i % FACTORS.length]) / 100) + (i % 13 === 0 ? 7 : 0);
  let t = (tCents / 100).toString();
  let a = (aCents / 100).toString();
  if (i % 50 === 0) [t, a] = ['96', '51.12']; // 10 × 51.12/96 = 5.325 → 5.33 half-up; a float gives 5.32
  const unit = UNITS[i % UNITS.length];
  const w = i % 50 === 0 ? '10' : String((i % 4) * 5 + 5);
  cases.push({
    indicator: { tier1: '产出指标', tier2: '数量指标', name: `指标${i}`, target: { kind: 'quantitative', op, value: t, unit, raw: `${op}${t}${unit}` } },
    actual: { kind: 'quantitative', value: a, unit, raw: `${a}${unit}` },
    op, t, a, w,
  });
}

// The float floor.
function floatScore(op, t, a, w) {
  let s;
  if (op === '>=' || op === '>') s = (op === ">=" ? a >= t : a > t) ? w : t === 0 ? 0 : w * (a / t);
  else if (op === '=') s = t === 0 ? (a <= 0 ? w : 0) : a >= t ? w : (w * a) / t;
  else s = (op === '<=' ? a <= t : a < t) ? w : a === 0 ? w : (w * t) / a;
  return Math.round(s * 100) / 100;
}
const floatCases = cases.map((c) => ({ op: c.op, t: Number(c.t), a: Number(c.a), w: Number(c.w) }));

// The exactness floor: decimal.js, strings in, a rounded string out, nothing else.
const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
function kernelScore(op, ts, as, ws) {
  const t = new D(ts);
  const a = new D(as);
  const w = new D(ws);
  let s;
  if (op === '>=' || op === '>') s = (op === '>=' ? a.gte(t) : a.gt(t)) ? w : t.isZero() ? new D(0) : w.times(a).div(t);
  else if (op === '=') s = t.isZero() ? (a.lte(0) ? w : new D(0)) : a.gte(t) ? w : w.times(a).div(t);
  else s = (op === '<=' ? a.lte(t) : a.lt(t)) ? w : a.isZero() ? w : w.times(t).div(a);
  return s.toFixed(2, D.ROUND_HALF_UP);
}

// Check the three agree before timing (the float floor may differ on half-up cases; count them).
let floatDisagrees = 0;
for (let i = 0; i < N; i++) {
  const c = cases[i];
  const ours = scoreIndicator(c.indicator, c.actual, c.w, schemes.national).score;
  const k = kernelScore(c.op, c.t, c.a, c.w);
  if (ours !== k) throw new Error(`bench cases disagree at ${i}: ${ours} vs kernel ${k} (${c.op}${c.t} / ${c.a} / ${c.w})`);
  if (floatScore(floatCases[i].op, floatCases[i].t, floatCases[i].a, floatCases[i].w).toFixed(2) !== k) floatDisagrees++;
}

// Seed-size documents: the seed declaration text, its illustrative actuals and scheme.
const seedText = readFileSync(new URL('../examples/minhang-2024/declaration.txt', import.meta.url), 'utf8');
const scheme = defineScheme(JSON.parse(readFileSync(new URL('../examples/minhang-2024/scheme.json', import.meta.url), 'utf8')));
const actuals = validateActuals(JSON.parse(readFileSync(new URL('../examples/minhang-2024/actuals.json', import.meta.url), 'utf8')));
if (!scheme.ok || !actuals.ok) throw new Error('demo files do not validate');
const seedDoc = parseForm(seedText);
if (!seedDoc.ok) throw new Error('seed does not parse');
const seedRows = seedDoc.value.indicators.length;
const seedCases = cases.slice(0, seedRows);
const seedFloat = floatCases.slice(0, seedRows);

let sink = 0;
// The host may be shared and noisy: the benchmark runs in ROUNDS rounds and each task keeps its best round (the
// round least disturbed by other work). Each round's figure is a mean over all its iterations, garbage
// collection included, so the best round is still an honest throughput, not a best single iteration.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const best = new Map();
const rounds = new Map();
for (let round = 0; round < ROUNDS; round++) {
  const bench = new Bench({ time: Number(process.env.BENCH_TIME ?? 1000), warmupTime: 200 });
  bench
    .add('indicators: jixiao scoreIndicator (traces on)', () => {
      for (let i = 0; i < N; i++) sink += scoreIndicator(cases[i].indicator, cases[i].actual, cases[i].w, schemes.national).trace.length;
    })
    .add('indicators: decimal.js kernel', () => {
      for (let i = 0; i < N; i++) sink += kernelScore(cases[i].op, cases[i].t, cases[i].a, cases[i].w).length;
    })
    .add('indicators: float', () => {
      for (let i = 0; i < N; i++) sink += floatScore(floatCases[i].op, floatCases[i].t, floatCases[i].a, floatCases[i].w);
    })
    .add('documents: table text → scorecard (parseForm + scoreDeclaration)', () => {
      const r = parseForm(seedText);
      sink += scoreDeclaration(r.value, actuals.value, scheme.value).indicators.length;
    })
    .add('documents: parseForm only', () => {
      sink += parseForm(seedText).value.indicators.length;
    })
    .add('documents: scoreDeclaration only (parsed seed)', () => {
      sink += scoreDeclaration(seedDoc.value, actuals.value, scheme.value).indicators.length;
    })
    .add('documents: decimal.js kernel over the seed rows', () => {
      for (let i = 0; i < seedRows; i++) sink += kernelScore(seedCases[i].op, seedCases[i].t, seedCases[i].a, seedCases[i].w).length;
    })
    .add('documents: float over the seed rows', () => {
      for (let i = 0; i < seedRows; i++) sink += floatScore(seedFloat[i].op, seedFloat[i].t, seedFloat[i].a, seedFloat[i].w);
    });
  await bench.run();
  for (const t of bench.tasks) {
    if (!t.result || !('period' in t.result)) throw new Error(`no result for ${t.name}`);
    best.set(t.name, Math.min(best.get(t.name) ?? Infinity, t.result.period));
    rounds.set(t.name, [...(rounds.get(t.name) ?? []), t.result.period]);
  }
}

/** Operations per second of a task's best round (`batch` operations per iteration). */
const perSecond = (name, batch) => {
  const period = best.get(name);
  if (period === undefined) throw new Error(`no result for ${name}`);
  return (batch * 1000) / period;
};
/** Every round's operations per second, for the record. */
const perRound = (name, batch) => (rounds.get(name) ?? []).map((p) => fmt((batch * 1000) / p)).join(' / ');
const fmt = (n) => Math.round(n).toLocaleString('en-US');
const ind = {
  ours: perSecond('indicators: jixiao scoreIndicator (traces on)', N),
  kernel: perSecond('indicators: decimal.js kernel', N),
  float: perSecond('indicators: float', N),
};
const doc = {
  text: perSecond('documents: table text → scorecard (parseForm + scoreDeclaration)', 1),
  parse: perSecond('documents: parseForm only', 1),
  ours: perSecond('documents: scoreDeclaration only (parsed seed)', 1),
  kernel: perSecond('documents: decimal.js kernel over the seed rows', 1),
  float: perSecond('documents: float over the seed rows', 1),
};

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`cold start, median of ${cold.runs} interleaved runs (COLD_RUNS); load average ${cold.load.toFixed(1)}`);
console.log(`  bare node            ${cold.bare.toFixed(0).padStart(6)} ms`);
console.log(`  require('zod') alone ${cold.zod.toFixed(0).padStart(6)} ms   +${(cold.zod - cold.bare).toFixed(0)} ms   (the floor while zod loads at import)`);
console.log(`  require('jixiao')    ${cold.require.toFixed(0).padStart(6)} ms   +${(cold.require - cold.bare).toFixed(0)} ms   ${(cold.require / cold.bare).toFixed(2)}× bare`);
console.log(`  import 'jixiao'      ${cold.import.toFixed(0).padStart(6)} ms   +${(cold.import - cold.bare).toFixed(0)} ms   ${(cold.import / cold.bare).toFixed(2)}× bare`);
console.log('');
console.log("bytes of this package an app bundles per export (esbuild, deps external; 'everything' = export *)");
for (const s of sizes) console.log(`  ${s.name.padEnd(20)} ${kB(s.minified).padStart(9)} min   ${kB(s.gzipped).padStart(8)} min+gz`);
console.log('');
console.log(`node ${process.version}, ${N} indicators per batch, seed = ${seedRows} indicators; float disagrees with exact half-up on ${floatDisagrees}/${N} cases`);
console.log(`best of ${ROUNDS} rounds per task (BENCH_ROUNDS, BENCH_TIME ms per task and round)`);
console.log('');
console.log('indicators scored per second');
console.log(`  jixiao (traces on)   ${fmt(ind.ours).padStart(12)}   ${(ind.ours / ind.kernel).toFixed(2)}× kernel   ${(ind.ours / ind.float).toFixed(3)}× float`);
console.log(`  decimal.js kernel    ${fmt(ind.kernel).padStart(12)}`);
console.log(`  float                ${fmt(ind.float).padStart(12)}`);
console.log('');
console.log('seed-size documents per second');
console.log(`  table text → scorecard ${fmt(doc.text).padStart(10)}   (rounds: ${perRound('documents: table text → scorecard (parseForm + scoreDeclaration)', 1)})`);
console.log(`  parseForm only         ${fmt(doc.parse).padStart(10)}`);
console.log(`  scoring only           ${fmt(doc.ours).padStart(10)}   ${(doc.ours / doc.kernel).toFixed(2)}× kernel   ${(doc.ours / doc.float).toFixed(3)}× float`);
console.log(`  decimal.js kernel      ${fmt(doc.kernel).padStart(10)}`);
console.log(`  float                  ${fmt(doc.float).padStart(10)}`);
console.log('');

const parseTargetSize = sizes.find((s) => s.name === 'parseTarget');
const targets = [
  { name: 'cold require(\'jixiao\') ≤ 100 ms over bare node', value: 100 - (cold.require - cold.bare), min: 0, show: () => `+${(cold.require - cold.bare).toFixed(0)} ms` },
  { name: 'cold import \'jixiao\' ≤ 100 ms over bare node', value: 100 - (cold.import - cold.bare), min: 0, show: () => `+${(cold.import - cold.bare).toFixed(0)} ms` },
  { name: 'import { parseTarget } ≤ 10 kB min+gz', value: 10_000 - parseTargetSize.gzipped, min: 0, show: () => kB(parseTargetSize.gzipped) },
  { name: 'scoring with traces ≥ 0.5× the decimal.js kernel', value: ind.ours / ind.kernel, min: 0.5, show: (v) => `${v.toFixed(2)}×` },
  { name: 'table text → scorecard ≥ 10,000 seed-size documents/s', value: doc.text, min: 10_000, show: fmt },
];
let failed = false;
for (const t of targets) {
  const pass = t.value >= t.min;
  failed ||= !pass;
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.show(t.value)}`);
}
if (sink === 0.5) console.log('');
process.exitCode = failed ? 1 : 0;

// Then memory and time on large and hostile inputs (each case in its own process).
console.log('');
await import('./memory.mjs');
