// npm run bench (run.mjs imports this last) — memory and time on large and hostile inputs (issue 10), each case in a fresh
// process so that its peak resident memory is its own:
//   blank:   16 MB of line breaks is refused (forms/empty-input) in under a second;
//   stream:  a 50 MB text of ~30,000 real documents (the seed and the test fixtures, repeated), read from a file
//            with streamForms and every self-evaluation scored: peak RSS at most 10× the text, and time linear
//            (the 50 MB text takes at most 15× the time of a 5 MB one);
//   single:  one 10 MB document of ~170,000 indicator rows read with parseForm: stated, not a target (the model
//            of a document that size is itself ~16× its text).
// Prints PASS/FAIL per target; exits 1 on any FAIL. MEMORY_MB sets the size of the stream case (default 50).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url);
const dist = new URL('../dist/index.js', here).href;
const MB = 1e6;

/** Runs `code` in a fresh node and returns what it prints as JSON, with the process's peak RSS. */
function measure(code) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop());
}

const peak = `let peak = 0; const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); }; const iv = setInterval(sample, 10);`;

const dir = mkdtempSync(join(tmpdir(), 'jixiao-bench-'));
try {
  // 16 MB of line breaks.
  const blankFile = join(dir, 'blank.txt');
  writeFileSync(blankFile, '\n'.repeat(16 * MB));
  const blank = measure(`${peak}
    import { readFileSync } from 'node:fs';
    const { parseForm } = await import(${JSON.stringify(dist)});
    const text = readFileSync(${JSON.stringify(blankFile)}, 'utf8');
    const t = performance.now(); const r = parseForm(text); const ms = performance.now() - t; sample(); clearInterval(iv);
    console.log(JSON.stringify({ ms, code: r.ok ? null : r.errors[0].code, peak }));`);

  // Texts of many real documents: the seed and every fixture, repeated.
  const fixtures = new URL('../test/fixtures/', here);
  const docs = [readFileSync(new URL('../examples/minhang-2024/declaration.txt', here), 'utf8'), ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, fixtures), 'utf8'))].map((t) => `${t.replace(/\s+$/u, '')}\n\n`);
  const many = (bytes) => {
    const parts = [];
    let n = 0;
    for (let k = 0; n < bytes; k++) {
      const d = docs[k % docs.length];
      parts.push(d);
      n += Buffer.byteLength(d);
    }
    return { text: parts.join(''), size: n };
  };
  const streamCase = (file) => measure(`${peak}
    import { createReadStream } from 'node:fs';
    const { streamForms, scoreSelfEvaluation, schemes } = await import(${JSON.stringify(dist)});
    const t = performance.now(); let docs = 0, scored = 0, failed = 0;
    for await (const r of streamForms(createReadStream(${JSON.stringify(file)}, 'utf8'))) {
      docs++;
      if (!r.ok) { failed++; continue; }
      if (r.value.kind === 'self-evaluation') { scoreSelfEvaluation(r.value, schemes.national); scored++; }
    }
    const ms = performance.now() - t; sample(); clearInterval(iv);
    console.log(JSON.stringify({ ms, docs, scored, failed, peak }));`);
  const bigMB = Number(process.env.MEMORY_MB ?? 50);
  const small = many(bigMB * MB / 10);
  const big = many(bigMB * MB);
  const smallFile = join(dir, 'small.txt');
  const bigFile = join(dir, 'big.txt');
  writeFileSync(smallFile, small.text);
  writeFileSync(bigFile, big.text);
  const s5 = streamCase(smallFile);
  const s50 = streamCase(bigFile);

  // One document of many indicator rows: the seed's rows repeated under its header.
  const seedLines = docs[0].trimEnd().split('\n');
  const rows = seedLines.slice(26);
  const single = [...seedLines.slice(0, 26)];
  for (let n = 0, k = 0; n < 10 * MB; k++) {
    const line = (rows[k % rows.length]).replace(/^(\t\t)([^\t]+)/u, (_, a, b) => `${a}${b}${k}`);
    single.push(line);
    n += Buffer.byteLength(line) + 1;
  }
  const singleFile = join(dir, 'single.txt');
  writeFileSync(singleFile, single.join('\n'));
  const one = measure(`${peak}
    import { readFileSync } from 'node:fs';
    const { parseForm } = await import(${JSON.stringify(dist)});
    const text = readFileSync(${JSON.stringify(singleFile)}, 'utf8');
    const t = performance.now(); const r = parseForm(text); const ms = performance.now() - t; sample(); clearInterval(iv);
    console.log(JSON.stringify({ ms, indicators: r.ok ? r.value.indicators.length : -1, peak }));`);

  const mb = (n) => `${(n / MB).toFixed(0)} MB`;
  console.log(`memory and time (fresh process per case, peak RSS sampled every 10 ms)`);
  console.log(`  16 MB of line breaks        ${blank.ms.toFixed(0).padStart(7)} ms   ${blank.code}   peak RSS ${mb(blank.peak)}`);
  console.log(`  stream ${mb(small.size).padStart(6)} of documents  ${s5.ms.toFixed(0).padStart(7)} ms   ${s5.docs} documents (${s5.scored} self-evaluations scored, ${s5.failed} failed)   peak RSS ${mb(s5.peak)}`);
  console.log(`  stream ${mb(big.size).padStart(6)} of documents  ${s50.ms.toFixed(0).padStart(7)} ms   ${s50.docs} documents (${s50.scored} self-evaluations scored, ${s50.failed} failed)   peak RSS ${mb(s50.peak)} = ${(s50.peak / big.size).toFixed(1)}× the text`);
  console.log(`  one document of ${mb(10 * MB)}       ${one.ms.toFixed(0).padStart(7)} ms   ${one.indicators} indicators   peak RSS ${mb(one.peak)} = ${(one.peak / (10 * MB)).toFixed(0)}× the text (stated, no target)`);
  console.log('');
  const targets = [
    { name: '16 MB of line breaks refused in under 1 s', pass: blank.code === 'forms/empty-input' && blank.ms < 1000, show: `${blank.ms.toFixed(0)} ms` },
    { name: `${mb(big.size)} of documents streamed and scored in at most 10× its size`, pass: s50.failed === 0 && s50.peak <= 10 * big.size, show: mb(s50.peak) },
    { name: 'streaming time linear (10× the text in at most 15× the time)', pass: s50.ms <= 15 * s5.ms, show: `${(s50.ms / s5.ms).toFixed(1)}×` },
  ];
  for (const t of targets) {
    console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.show}`);
    if (!t.pass) process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
