/**
 * Scoring a published self-evaluation (绩效自评表) and checking its published scores.
 *
 * The Tianchang table (Anhui, 2022) publishes a total of 100. Under the national defaults the honest
 * arithmetic gives far less: six rows carry a weight and a score but no target and no actual, so their
 * published scores (and the total) cannot be checked. The example shows the national result, then the documented settings under which the published 100 is reproduced —
 * with the six unverifiable claims named — and a custom scorer.
 * Run: npx tsx examples/score-a-self-evaluation.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineScheme, parseForm, reconcileBudget, scoreSelfEvaluation } from 'jixiao';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Runs the example and returns what it prints, line by line. */
export function scoreASelfEvaluation(): string[] {
  const lines: string[] = [];
  const imported = parseForm(readFileSync(here('../test/fixtures/ah-tianchang-2022-project-self-evaluation.txt'), 'utf8'));
  if (!imported.ok || imported.value.kind !== 'self-evaluation') throw new Error('not a self-evaluation');
  const doc = imported.value;

  lines.push(`budget reconciles: ${reconcileBudget(doc).ok}`);

  // 1. The national preset: a missing actual scores 0 and is flagged; `90%` without an operator is not guessed.
  const national = scoreSelfEvaluation(doc);
  lines.push(`national: ${national.total} ${national.grade} (published ${doc.publishedTotal})`);
  lines.push(`  budget execution: ${national.budgetExecution?.trace}`);
  const count = (status: string) => national.claims.filter((c) => c.status === status).length;
  lines.push(`  claims: ${count('agrees')} agree, ${count('differs')} differ, ${count('unverifiable')} cannot be checked`);

  // 2. The settings that reproduce the published 100 — stated, not hidden.
  const asPublished = defineScheme({
    extends: 'national',
    id: 'as-published',
    missingOperator: 'at-least', // read a bare `90%` as ≥90%
    missingActual: 'published', // take the table's score where no actual was reported (unverified)
  });
  if (!asPublished.ok) throw new Error('scheme');
  const card = scoreSelfEvaluation(doc, asPublished.value);
  lines.push(`as published: ${card.total} ${card.grade}`);
  lines.push(`  unverifiable: ${card.claims.filter((c) => c.status === 'unverifiable').map((c) => c.label.zh).join(', ')}`);

  // 3. A custom scorer: satisfaction all-or-nothing.
  const strict = defineScheme({
    extends: asPublished.value,
    id: 'strict-satisfaction',
    customScorers: [{ match: (i) => i.tier2.includes('满意度'), score: (ctx) => ({ score: ctx.evaluation.status === 'met' ? ctx.weight : '0', trace: 'all or nothing' }) }],
  });
  if (!strict.ok) throw new Error('scheme');
  const custom = scoreSelfEvaluation(doc, strict.value).indicators.find((r) => r.tier2.includes('满意度'));
  lines.push(`custom: ${custom?.name} ${custom?.trace}`);
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of scoreASelfEvaluation()) console.log(line);
}
