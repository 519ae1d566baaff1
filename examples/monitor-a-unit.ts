/**
 * In-year monitoring (绩效运行监控) of the Minhang unit declaration at the end of July 2024.
 *
 * The progress file is ILLUSTRATIVE (made up for the example), see its `note`.
 * Run: npx tsx examples/monitor-a-unit.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MONITOR_LABELS, monitor, onTimeRate, parseForm, timeProgress, validateSnapshot } from 'jixiao';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Runs the example and returns what it prints, line by line. */
export function monitorAUnit(): string[] {
  const lines: string[] = [];
  const imported = parseForm(readFileSync(here('./minhang-2024/declaration.txt'), 'utf8'));
  if (!imported.ok) throw new Error(imported.errors.map((e) => e.message.en).join('; '));
  const snapshot = validateSnapshot(JSON.parse(readFileSync(here('./minhang-2024/progress-2024-07.json'), 'utf8')));
  if (!snapshot.ok) throw new Error(snapshot.errors.map((e) => e.message.en).join('; '));

  // 1. The calendar: 1–7月 = 7/12 on the month basis, 213/366 on the day basis.
  lines.push(`month basis: ${timeProgress('2024-07-31').percent}%, day basis: ${timeProgress('2024-07-31', { basis: 'day' }).percent}%`);

  // 2. Budget and targets together (双监控).
  const report = monitor(imported.value, snapshot.value);
  const b = report.budget;
  if (b) lines.push(`budget: ${b.executionPercent}% executed, ${b.ratioPercent}% of time progress → ${b.colour}`);
  for (const i of report.indicators) {
    if (i.colour !== null && i.colour !== 'green') lines.push(`${MONITOR_LABELS.colour[i.colour].zh} ${i.name}: ${i.ratioPercent ?? '—'}%`);
  }
  lines.push(`overall: ${report.overall}`);
  for (const f of report.findings) lines.push(`${f.severity} ${f.code}: ${f.message.zh}`);

  // 3. A timeliness indicator (补贴发放及时性): monthly payments due on the 10th (illustrative dates).
  const payments = onTimeRate(
    [
      { label: '1月', due: '2024-01-10', done: '2024-01-09' },
      { label: '2月', due: '2024-02-10', done: '2024-02-10' },
      { label: '3月', due: '2024-03-10', done: '2024-03-12' },
      { label: '4月', due: '2024-04-10', done: '2024-04-08' },
      { label: '5月', due: '2024-05-10', done: '2024-05-10' },
      { label: '6月', due: '2024-06-10', done: '2024-06-07' },
      { label: '7月', due: '2024-07-10', done: '2024-07-10' },
      { label: '8月', due: '2024-08-10', done: null },
    ],
    { asOf: '2024-07-31' },
  );
  if (payments.ok) {
    const late = payments.value.items.filter((p) => p.status === 'late').map((p) => `${p.label} ${p.daysLate}天`);
    lines.push(`payments on time: ${payments.value.percent}% (late: ${late.join(', ')})`);
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of monitorAUnit()) console.log(line);
}
