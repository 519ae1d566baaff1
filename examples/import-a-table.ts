/**
 * Import a table copied out of Excel / Word / a web page (rows on lines, cells separated by tabs) and print a
 * short summary: what it is, its budget, its indicators by tier, and what the importer noticed.
 *
 *   npx tsx examples/import-a-table.ts [FILE]      (default: the Minhang 2024 unit declaration)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatForm, parseForm } from 'jixiao';

/** Reads the table text and returns the summary lines (the example's whole work, testable). */
export function main(text: string): string[] {
  const r = parseForm(text);
  if (!r.ok) return r.errors.map((e) => `line ${e.line ?? '?'}: ${e.code} — ${e.message.en}`);
  const doc = r.value;
  const lines = [`layout: ${r.layout}`, `kind: ${doc.kind}`];
  if (doc.kind === 'unit-declaration') {
    lines.push(`unit: ${doc.unitName} (${doc.fiscalYear ?? 'year unknown'})`);
    lines.push(`budget total: ${doc.budget.total} ${doc.amountUnit} = ${doc.budget.structure.basic} basic + ${doc.budget.structure.project} project`);
    lines.push(`duties: ${doc.duties.length}, key tasks: ${doc.keyTasks.length}`);
  }
  const tiers = new Map<string, number>();
  for (const i of doc.indicators) tiers.set(i.tier1, (tiers.get(i.tier1) ?? 0) + 1);
  lines.push(`indicators: ${[...tiers].map(([t, n]) => `${t} ${n}`).join(', ')}`);
  const at = doc.indicators.findIndex((i) => i.target.kind === 'quantitative');
  const first = doc.indicators[at];
  // origins say where each part was read: JSON Pointer → line and column.
  if (first) lines.push(`first target: ${first.name} ${first.target.raw} (line ${doc.origins?.[`/indicators/${at}/target`]?.line})`);
  lines.push(`warnings: ${r.warnings.length}, unparsed rows: ${r.unparsed.length}`);
  lines.push(`written back identically: ${formatForm(doc) === text}`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? fileURLToPath(new URL('./minhang-2024/declaration.txt', import.meta.url));
  console.log(main(readFileSync(file, 'utf8')).join('\n'));
}
