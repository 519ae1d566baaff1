import { scoreMessages as M } from '../i18n/messages/score';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { Dec } from '../money/decimal';
import { schemes } from './presets/index';
import { SchemeSchema, type CustomScorer, type Scheme, type SchemeData } from './scheme';

/**
 * `T` with every object field optional, at every depth (arrays stay whole): what a scheme that `extends`
 * another may override.
 *
 * @example
 * const o: DeepPartial<SchemeData> = { formulas: { reverse: 'linear' } };
 * @category Scoring
 */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { readonly [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * What {@link defineScheme} takes: a whole scheme, or `extends` a preset (or another scheme) and overrides
 * some fields (objects merge field by field, arrays are replaced), plus optional custom scorers.
 *
 * @example
 * const d: SchemeDefinition = { extends: 'national', id: 'strict-reverse', formulas: { reverse: 'linear' } };
 * @category Scoring
 */
export type SchemeDefinition = DeepPartial<SchemeData> & {
  /** A preset id (`national`, `hubei`) or a scheme to start from. */
  readonly extends?: string | Scheme;
  /** Custom scoring functions (programmatic schemes only: JSON cannot carry functions). */
  readonly customScorers?: readonly CustomScorer[];
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

function checkBands(data: SchemeData): Finding[] {
  const findings: Finding[] = [];
  const total = new Dec(data.total);
  const bands = [...data.grades].sort((a, b) => new Dec(a.min).comparedTo(b.min));
  const problems: { zh: string; en: string }[] = [];
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
  for (const p of problems) findings.push(M.finding('score/scheme-grade-bands', 'error', { detail: p.zh, detailEn: p.en }, { path: ['grades'] }));

  const q = data.qualitative.bands;
  const order = [q['not-achieved'], q['partly-achieved'], q.achieved] as const;
  const names = ['not-achieved', 'partly-achieved', 'achieved'];
  const qp: { zh: string; en: string }[] = [];
  if (!new Dec(order[0].min).isZero()) qp.push({ zh: '未达成区间应从 0 开始', en: 'the not-achieved band must start at 0' });
  if (!new Dec(order[2].max).eq(1)) qp.push({ zh: '达成区间应到 1（满分）为止', en: 'the achieved band must end at 1 (full weight)' });
  for (let i = 0; i < 3; i++) {
    const b = order[i]!;
    if (new Dec(b.min).gte(b.max)) qp.push({ zh: `${names[i]} 区间下限不小于上限`, en: `${names[i]}: min ≥ max` });
    if (new Dec(b.max).gt(1)) qp.push({ zh: `${names[i]} 区间超过 1`, en: `${names[i]}: above 1` });
    if (i < 2 && !new Dec(b.max).eq(order[i + 1]!.min)) qp.push({ zh: `${names[i]} 与 ${names[i + 1]} 之间有缺口或重叠`, en: `gap or overlap between ${names[i]} and ${names[i + 1]}` });
    if (i < 2 && b.point === 'upper') qp.push({ zh: `${names[i]} 区间不含上限，取值点不能为 upper`, en: `${names[i]} excludes its upper bound: point cannot be "upper"` });
  }
  for (const p of qp) findings.push(M.finding('score/scheme-qualitative-bands', 'error', { detail: p.zh, detailEn: p.en }, { path: ['qualitative', 'bands'] }));

  const sum = data.tiers.reduce((s, t) => s.plus(t.weight), new Dec(data.budgetExecution.weight));
  if (!sum.eq(total)) {
    findings.push(M.finding('score/scheme-weights-total', 'warning', { expected: data.total, actual: sum.toFixed() }, { path: ['tiers'] }));
  }
  return findings;
}

/**
 * Builds a scoring scheme from data (JSON or code), validated: every field by zod, then the grade bands (no gap,
 * no overlap, 0 to the total), the qualitative bands (0 to 1 in order), and the weights (tiers + budget
 * execution = total, a warning when not). Start from a preset with `extends` and override what differs;
 * add `customScorers` for indicators scored your own way.
 *
 * @param input - the scheme, or `extends` plus overrides (see {@link SchemeDefinition})
 * @returns the scheme, or every problem found (`score/scheme-…`)
 * @example
 * const r = defineScheme({ extends: 'national', id: 'linear', formulas: { reverse: 'linear' } });
 * r.ok && r.value.formulas.reverse //=> 'linear'
 * // the weight × coefficient model (得分系数, Chongqing unit-level form):
 * defineScheme({ extends: 'national', id: 'cq', formulas: { scoring: 'coefficient' } }).ok //=> true
 * // 决策 / 管理 / 绩效 tiers (2 / 13 / 85), matched by label:
 * defineScheme({ extends: 'national', id: 'dmp', budgetExecution: { weight: '0' }, tiers: [
 *   { key: 'decision', label: { zh: '决策', en: 'decision' }, weight: '2', categories: [], labels: ['决策'] },
 *   { key: 'management', label: { zh: '管理', en: 'management' }, weight: '13', categories: [], labels: ['管理'] },
 *   { key: 'performance', label: { zh: '绩效', en: 'performance' }, weight: '85', categories: [], labels: ['绩效'] },
 * ] }).ok //=> true
 * @category Scoring
 */
export function defineScheme(input: SchemeDefinition): Result<Scheme>;
export function defineScheme(input: unknown): Result<Scheme>;
export function defineScheme(input: unknown): Result<Scheme> {
  if (!isPlainObject(input)) {
    return fail([M.finding('score/scheme-invalid', 'error', { where: '(root)', problem: '应为对象', problemEn: 'expected an object' })]);
  }
  const { extends: base, customScorers, ...rest } = input as SchemeDefinition & Record<string, unknown>;
  let start: unknown = {};
  if (typeof base === 'string') {
    const preset = (schemes as Record<string, Scheme>)[base];
    if (preset === undefined) return fail([M.finding('score/scheme-unknown-preset', 'error', { preset: base }, { path: ['extends'] })]);
    start = preset;
  } else if (isPlainObject(base)) start = base;
  const { customScorers: inherited, ...startData } = start as Scheme;
  const merged = merge(startData, rest);
  const parsed = SchemeSchema.safeParse(merged);
  if (!parsed.success) {
    return fail(
      parsed.error.issues.map((i) => {
        const path = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        const where = path.length === 0 ? '(root)' : `/${path.join('/')}`;
        return M.finding('score/scheme-invalid', 'error', { where, problem: i.message, problemEn: i.message }, { path });
      }),
    );
  }
  const findings = checkBands(parsed.data);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  if (errors.length > 0) return fail(errors, warnings);
  const scorers = customScorers ?? inherited;
  return ok(scorers === undefined ? parsed.data : { ...parsed.data, customScorers: scorers }, warnings);
}
