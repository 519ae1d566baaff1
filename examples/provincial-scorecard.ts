/**
 * A provincial scorecard written as a scheme: what a finance department means, said in data.
 *
 * - Weights 产出 40 / 效益 40 / 满意度 10 / 预算执行 10 that win over the 分值 a table prints
 *   (`weights.from: 'scheme'`); the table's own weights are kept as claims.
 * - Fixed qualitative points: 达成 100%, 部分达成 70%, 未达成 0 — a table's score for such a row is a claim to
 *   check, never an input.
 * - A custom reverse-cost scorer: a cost at or under its ceiling earns the weight; each 1% over it costs 10% of
 *   the weight, nothing from 10% over.
 * - Grades 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, 差 below.
 *
 * It scores two published self-evaluations (Tianchang and Tangxi, Anhui 2022) and prints every row's trace and
 * the table's own numbers as claims.
 * Run: npx tsx examples/provincial-scorecard.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Dec, defineScheme, parseForm, scoreSelfEvaluation, type CustomScorer, type Scorecard } from 'jixiao';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Cost indicators with a ceiling (`≤90万元`): full weight within it, −10% of the weight per 1% over, 0 from 10% over. */
const reverseCost: CustomScorer = {
  match: (i) => i.tier2.includes('成本') && i.target.kind === 'quantitative' && (i.target.op === '<=' || i.target.op === '<'),
  score: ({ indicator, actual, weight }) => {
    if (indicator.target.kind !== 'quantitative' || actual.kind !== 'quantitative') return { score: null, trace: 'no amount to compare' };
    const ceiling = new Dec(indicator.target.value);
    const over = new Dec(actual.value).minus(ceiling).div(ceiling);
    if (over.lte(0)) return { score: weight, trace: `${actual.value} within ${indicator.target.value}` };
    const share = Dec.max(0, new Dec(1).minus(over.times(10)));
    return { score: new Dec(weight).times(share).toFixed(), trace: `${weight} × (1 − 10 × ${over.times(100).toDecimalPlaces(2).toFixed()}% over)` };
  },
};

const scheme = defineScheme({
  extends: 'national',
  id: 'provincial-2024',
  label: { zh: '某省项目支出绩效自评评分表', en: 'a provincial project self-evaluation scorecard' },
  weights: { from: 'scheme' },
  budgetExecution: { weight: '10' },
  // Two tier weights changed; 满意度 keeps the national 10 (tiers merge by key).
  tiers: { output: { weight: '40' }, outcome: { weight: '40' } },
  qualitative: { fixedPoints: { achieved: '1', 'partly-achieved': '0.7', 'not-achieved': '0' } },
  // 良 from 75 (and 中 up to it); 优 90 and 中 60 stay.
  grades: { 良: { min: '75' }, 中: { max: '75' } },
  customScorers: [reverseCost],
  provenance: { tiers: { source: 'illustrative provincial weights (40/40/10/10)', confidence: 'U' } },
});

function show(card: Scorecard, lines: string[]): void {
  lines.push(`${card.subject}: ${card.total} of ${card.maximum}, ${card.grade} (graded on ${card.grading.basis} ${card.grading.value})`);
  for (const r of card.indicators) lines.push(`  ${r.name || r.tier2}: ${r.trace}`);
  if (card.budgetExecution !== null) lines.push(`  预算执行: ${card.budgetExecution.trace}`);
  const weights = card.claims.filter((c) => c.subject.endsWith('weight'));
  for (const c of card.claims) {
    if (!weights.includes(c)) lines.push(`  claim ${c.label.zh}: published ${c.published}, computed ${c.computed ?? '—'} → ${c.status}`);
  }
  // The table's 分值 did not count (the scheme's weights did): they are claims too, compared with the weights used.
  const differ = weights.filter((c) => c.status !== 'agrees').map((c) => `${c.published}→${c.computed ?? '—'}`);
  lines.push(`  table weights: ${weights.length} kept as claims, ${differ.length} differ (${differ.join(' ')})`);
}

/** Runs the example and returns what it prints, line by line. */
export function provincialScorecard(): string[] {
  if (!scheme.ok) throw new Error(scheme.errors.map((e) => e.message.en).join('; '));
  const lines = [`scheme ${scheme.value.id}: ${scheme.value.tiers.map((t) => `${t.label.zh} ${t.weight}`).join(', ')}, 预算执行 ${scheme.value.budgetExecution.weight}`];
  for (const file of ['ah-tianchang-2022-project-self-evaluation.txt', 'ah-chizhou-tangxi-2022-project-self-evaluation.txt']) {
    const imported = parseForm(readFileSync(here(`../test/fixtures/${file}`), 'utf8'));
    if (!imported.ok || imported.value.kind !== 'self-evaluation') throw new Error(`${file}: not a self-evaluation`);
    show(scoreSelfEvaluation(imported.value, scheme.value), lines);
  }
  return lines;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const line of provincialScorecard()) console.log(line);
}
