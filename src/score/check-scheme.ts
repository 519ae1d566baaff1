import { scoreMessages as M } from '../i18n/messages/score';
import { deepFreeze } from '../model/deep-freeze';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { describeIssue, issuePlace } from '../model/issue-message';
import { Dec } from '../money/decimal';
import { SchemeSchema, type CustomScorer, type Scheme, type SchemeData } from './scheme';

interface Problem {
  readonly zh: string;
  readonly en: string;
}

function gradeProblems(data: SchemeData): Problem[] {
  const total = new Dec(data.total);
  const bands = [...data.grades].sort((a, b) => new Dec(a.min).comparedTo(b.min));
  const problems: Problem[] = [];
  if (bands.length > 0 && !new Dec(bands[0]!.min).isZero()) problems.push({ zh: `最低等级下限为 ${bands[0]!.min}，应为 0`, en: `the lowest band starts at ${bands[0]!.min}, not 0` });
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (new Dec(b.min).gte(b.max)) problems.push({ zh: `等级“${b.grade}”下限 ${b.min} 不小于上限 ${b.max}`, en: `band "${b.grade}" has min ${b.min} ≥ max ${b.max}` });
    const next = bands[i + 1];
    if (next !== undefined) {
      const c = new Dec(b.max).comparedTo(next.min);
      if (c < 0) problems.push({ zh: `“${b.grade}”与“${next.grade}”之间有缺口（${b.max}–${next.min}）`, en: `gap between "${b.grade}" and "${next.grade}" (${b.max}–${next.min})` });
      if (c > 0) problems.push({ zh: `“${b.grade}”与“${next.grade}”重叠（${next.min}–${b.max}）`, en: `"${b.grade}" and "${next.grade}" overlap (${next.min}–${b.max})` });
    }
  }
  const top = bands[bands.length - 1];
  if (top !== undefined && !new Dec(top.max).eq(total)) problems.push({ zh: `最高等级上限为 ${top.max}，应为总分 ${data.total}`, en: `the top band ends at ${top.max}, not the total ${data.total}` });
  return problems;
}

const GRADE_ZH = { 'not-achieved': '未达成', 'partly-achieved': '部分达成', achieved: '达成' } as const;

function qualitativeProblems(data: SchemeData): Problem[] {
  const q = data.qualitative.bands;
  const names = ['not-achieved', 'partly-achieved', 'achieved'] as const;
  const order = names.map((n) => q[n]);
  const problems: Problem[] = [];
  if (!new Dec(order[0]!.min).isZero()) problems.push({ zh: '未达成区间应从 0 开始', en: 'the not-achieved band must start at 0' });
  if (!new Dec(order[2]!.max).eq(1)) problems.push({ zh: '达成区间应到 1（满分）为止', en: 'the achieved band must end at 1 (full weight)' });
  for (let i = 0; i < 3; i++) {
    const b = order[i]!;
    const [zh, en] = [GRADE_ZH[names[i]!], names[i]!];
    if (new Dec(b.min).gte(b.max)) problems.push({ zh: `${zh}区间下限不小于上限`, en: `${en}: min ≥ max` });
    if (new Dec(b.max).gt(1)) problems.push({ zh: `${zh}区间超过 1`, en: `${en}: above 1` });
    if (i < 2 && !new Dec(b.max).eq(order[i + 1]!.min)) problems.push({ zh: `${zh}与${GRADE_ZH[names[i + 1]!]}区间之间有缺口或重叠`, en: `gap or overlap between ${en} and ${names[i + 1]}` });
    if (i < 2 && b.point === 'upper') problems.push({ zh: `${zh}区间不含上限，取值点不能为 upper`, en: `${en} excludes its upper bound: point cannot be "upper"` });
  }
  return problems;
}

function fixedPointProblems(data: SchemeData): Problem[] {
  const p = data.qualitative.fixedPoints;
  if (p === null) return [];
  const problems: Problem[] = [];
  for (const k of ['not-achieved', 'partly-achieved', 'achieved'] as const) {
    if (new Dec(p[k]).gt(1)) problems.push({ zh: `${GRADE_ZH[k]}的固定得分比例超过 1`, en: `${k}: above 1` });
  }
  if (new Dec(p['not-achieved']).gt(p['partly-achieved']) || new Dec(p['partly-achieved']).gt(p.achieved)) {
    problems.push({ zh: '固定得分比例应满足 未达成 ≤ 部分达成 ≤ 达成', en: 'the points must satisfy not-achieved ≤ partly-achieved ≤ achieved' });
  }
  // A fixed-point scheme scores every graded row itself: a table's score is a claim, never an input.
  if (data.missingActual === 'published') {
    problems.push({
      zh: '固定得分的方案不采用表中得分，不能同时设置 missingActual: "published"',
      en: 'a fixed-point scheme never takes a table’s score as an input: it cannot also set missingActual: "published"',
    });
  }
  return problems;
}

/**
 * Checks a custom scorer list given in code: an array of `{ match, score }` with `match` a name or a predicate and
 * `score` a function. A scorer that cannot run is refused here, not when it is first used.
 *
 * @returns the problems, located under `customScorers`
 */
export function checkScorers(scorers: unknown): Finding[] {
  if (scorers === undefined) return [];
  const at = (path: (string | number)[], zh: string, en: string) => M.finding('score/scheme-custom-scorer-invalid', 'error', { where: `/${path.join('/')}`, detail: zh, detailEn: en }, { path });
  if (!Array.isArray(scorers)) return [at(['customScorers'], '应为数组', 'must be an array')];
  const findings: Finding[] = [];
  scorers.forEach((s: unknown, k) => {
    if (typeof s !== 'object' || s === null) {
      findings.push(at(['customScorers', k], '应为 { match, score } 对象', 'must be an object { match, score }'));
      return;
    }
    const { match, score } = s as Record<string, unknown>;
    if (!(typeof match === 'string' && match !== '') && typeof match !== 'function') {
      findings.push(at(['customScorers', k, 'match'], 'match 应为指标名称、“二级指标/三级指标”或判断函数', 'match must be an indicator name, "tier2/name" or a predicate'));
    }
    if (typeof score !== 'function') findings.push(at(['customScorers', k, 'score'], 'score 应为函数', 'score must be a function'));
  });
  return findings;
}

/**
 * Validates a whole scheme (data and custom scorers): every field by zod, then the grade bands (no gap, no
 * overlap, 0 to the total), the qualitative bands (0 to 1 in order), fixed points, the weights (tiers + budget
 * execution = total) and the custom scorers. The scheme returned is frozen (the scorers themselves, the caller's
 * objects, are not).
 *
 * @returns the scheme, or every problem
 */
export function checkScheme(data: unknown, scorers: unknown): Result<Scheme> {
  const parsed = SchemeSchema.safeParse(data, { reportInput: true });
  const scorerFindings = checkScorers(scorers);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => {
      const { message } = describeIssue(i, SchemeSchema);
      const { path, where } = issuePlace(i);
      return M.finding('score/scheme-invalid', 'error', { where, problem: message.zh, problemEn: message.en }, { path });
    });
    return fail([...errors, ...scorerFindings]);
  }
  const s = parsed.data;
  const findings: Finding[] = [...scorerFindings];
  for (const p of gradeProblems(s)) findings.push(M.finding('score/scheme-grade-bands', 'error', { detail: p.zh, detailEn: p.en }, { path: ['grades'] }));
  for (const p of qualitativeProblems(s)) findings.push(M.finding('score/scheme-qualitative-bands', 'error', { detail: p.zh, detailEn: p.en }, { path: ['qualitative', 'bands'] }));
  for (const p of fixedPointProblems(s)) findings.push(M.finding('score/scheme-fixed-points', 'error', { detail: p.zh, detailEn: p.en }, { path: ['qualitative', 'fixedPoints'] }));
  // Weights that do not add up to the total would leave every scorecard's maximum off the total: an error, not a note.
  const sum = s.tiers.reduce((acc, t) => acc.plus(t.weight), new Dec(s.budgetExecution.weight));
  if (!sum.eq(s.total)) findings.push(M.finding('score/scheme-weights-total', 'error', { expected: s.total, actual: sum.toFixed() }, { path: ['tiers'] }));
  if (findings.length > 0) return fail(findings);
  const frozen = deepFreeze(s);
  if (scorers === undefined || (scorers as readonly unknown[]).length === 0) return ok(frozen);
  return ok(Object.freeze({ ...frozen, customScorers: Object.freeze([...(scorers as readonly CustomScorer[])]) }));
}
