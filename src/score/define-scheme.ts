import { scoreMessages as M } from '../i18n/messages/score';
import { isResult } from '../model/argument-error';
import { didYouMean } from '../model/did-you-mean';
import type { Finding, Result } from '../model/finding';
import { fail } from '../model/finding';
import { checkScheme } from './check-scheme';
import type { GradeBand } from './grade-of';
import { schemes, type SchemeId } from './presets/index';
import type { CustomScorer, Scheme, SchemeData } from './scheme';

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
 * What {@link defineScheme} takes: a whole scheme, or `extends` a preset (or another scheme) and overrides some
 * fields. Objects merge field by field. `tiers` and `grades` are either a whole list (it replaces the base's) or an
 * object keyed by tier `key` / `grade` whose entries merge into the base's (`tiers: { output: { weight: '40' } }`
 * changes one weight and keeps the rest). Other arrays (words, categories, labels) are replaced. Without an `id`,
 * a derived scheme is called `<base id>+`.
 *
 * @example
 * const d: SchemeDefinition = { extends: 'national', id: 'strict-reverse', formulas: { reverse: 'linear' } };
 * const w: SchemeDefinition = { extends: 'national', tiers: { output: { weight: '40' }, outcome: { weight: '40' } }, budgetExecution: { weight: '10' } };
 * @category Scoring
 */
export type SchemeDefinition = DeepPartial<Omit<SchemeData, 'tiers' | 'grades' | 'gradeBasis'>> & {
  /** The score bands are read against (default `score`). */
  readonly gradeBasis?: SchemeData['gradeBasis'];
  /** A whole list of tiers, or changes to the base's tiers by `key`. */
  readonly tiers?: SchemeData['tiers'] | { readonly [key: string]: DeepPartial<SchemeData['tiers'][number]> };
  /** A whole list of grade bands, or changes to the base's bands by `grade`. */
  readonly grades?: readonly GradeBand[] | { readonly [grade: string]: DeepPartial<GradeBand> };
  /** A preset id (`national`, `hubei`) or a scheme to start from. */
  readonly extends?: SchemeId | Scheme;
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

/** Merges changes keyed by `field` into a base list (`tiers` by `key`, `grades` by `grade`); a key the base lacks is an error. */
function mergeKeyed(list: 'tiers' | 'grades', field: 'key' | 'grade', base: unknown, over: Record<string, unknown>, errors: Finding[]): unknown {
  const items = Array.isArray(base) ? (base as Record<string, unknown>[]) : [];
  const known = items.map((t) => String(t[field]));
  const out = [...items];
  for (const [key, change] of Object.entries(over)) {
    const i = known.indexOf(key);
    if (i < 0) {
      const near = didYouMean(key, known);
      errors.push(M.finding('score/scheme-unknown-key', 'error', { list, key, known: known.join(', '), suggestion: near ?? '' }, { path: [list, key] }));
      continue;
    }
    out[i] = merge(out[i], change) as Record<string, unknown>;
  }
  return out;
}

/** Dotted paths of the settings a definition changes (`budgetExecution.weight`, `tiers`), for provenance. */
function changedPaths(over: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(over)) {
    const path = `${prefix}${k}`;
    if (isPlainObject(v) && k !== 'tiers' && k !== 'grades') out.push(...changedPaths(v, `${path}.`));
    else out.push(path);
  }
  return out;
}

/** The base's provenance without the entries of the settings changed: a source says nothing of a value it did not give. */
function keptProvenance(base: unknown, changed: readonly string[]): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(isPlainObject(base) ? base : {})) {
    if (!changed.some((p) => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`))) kept[key] = v;
  }
  return kept;
}

/**
 * Builds a scoring scheme from a definition in code, validated: every field by zod, then the grade bands (no gap,
 * no overlap, 0 to the total), the qualitative bands (0 to 1 in order) or fixed points, the weights (tiers + budget
 * execution must equal the total) and the custom scorers (`match` a name or predicate, `score` a function). Start
 * from a preset with `extends` and override what differs (see {@link SchemeDefinition} for how lists merge). The
 * settings a definition changes lose the base's provenance (give your own in `provenance`). The scheme is frozen.
 * For JSON, use {@link parseScheme}.
 *
 * @param input - the scheme, or `extends` plus overrides (see {@link SchemeDefinition})
 * @returns the scheme, or every problem found (`score/scheme-…`)
 * @example
 * const r = defineScheme({ extends: 'national', id: 'linear', formulas: { reverse: 'linear' } });
 * r.ok && r.value.formulas.reverse //=> 'linear'
 * // three weights changed, the rest of each tier kept:
 * const p = defineScheme({ extends: 'national', id: 'p', budgetExecution: { weight: '10' },
 *   tiers: { output: { weight: '40' }, outcome: { weight: '40' } } });
 * p.ok && p.value.tiers.map((t) => t.weight) //=> ['40', '40', '10']
 * // the weight × coefficient model (得分系数, Chongqing unit-level form):
 * defineScheme({ extends: 'national', id: 'cq', formulas: { scoring: 'coefficient' } }).ok //=> true
 * defineScheme({ extends: 'national', budgetExecution: { weight: '20' } }).ok //=> false (weights add up to 110)
 * @category Scoring
 */
export function defineScheme(input: SchemeDefinition): Result<Scheme> {
  if (!isPlainObject(input)) {
    return fail([M.finding('score/scheme-invalid', 'error', { where: '(root)', problem: '应为对象', problemEn: 'expected an object' })]);
  }
  const { extends: base, customScorers, ...rest } = input as SchemeDefinition & Record<string, unknown>;
  let start: Record<string, unknown> = {};
  if (typeof base === 'string') {
    const preset = Object.hasOwn(schemes, base) ? schemes[base as SchemeId] : undefined;
    if (preset === undefined) {
      const near = didYouMean(base, Object.keys(schemes));
      return fail([M.finding('score/scheme-unknown-preset', 'error', { preset: base, known: Object.keys(schemes).join(', '), suggestion: near ?? '' }, { path: ['extends'] })]);
    }
    start = preset;
  } else if (isResult(base)) {
    return fail([M.finding('score/scheme-invalid', 'error', { where: '/extends', problem: '传入的是 Result，应传入其 value', problemEn: 'a Result was given: pass its value' }, { path: ['extends'] })]);
  } else if (isPlainObject(base)) start = base;
  else if (base !== undefined) {
    return fail([M.finding('score/scheme-invalid', 'error', { where: '/extends', problem: '应为预设方案名称或评分方案', problemEn: 'expected a preset id or a scheme' }, { path: ['extends'] })]);
  }
  const { customScorers: inherited, ...startData } = start as Scheme;
  const errors: Finding[] = [];
  const { tiers, grades, ...plain } = rest;
  let merged = merge(startData, plain) as Record<string, unknown>;
  for (const [list, field, over] of [['tiers', 'key', tiers], ['grades', 'grade', grades]] as const) {
    if (isPlainObject(over)) merged = { ...merged, [list]: mergeKeyed(list, field, merged[list], over, errors) };
    else if (over !== undefined) merged = { ...merged, [list]: over };
  }
  if (base !== undefined) {
    const from = startData as Partial<SchemeData>;
    if (rest['id'] === undefined && typeof from.id === 'string') merged['id'] = `${from.id}+`;
    if (rest['label'] === undefined && from.label !== undefined) merged['label'] = { zh: `基于${from.label.zh}`, en: `based on ${from.label.en}` };
    merged['provenance'] = { ...keptProvenance(from.provenance, changedPaths(rest)), ...(isPlainObject(rest['provenance']) ? rest['provenance'] : {}) };
  }
  const r = checkScheme(merged, customScorers ?? inherited);
  return errors.length === 0 ? r : fail([...errors, ...(r.ok ? [] : r.errors)]);
}

/**
 * Reads a scoring scheme from JSON (`jixiao score --scheme SCHEME.json`): the data part of a scheme, or
 * `"extends": "national"` plus overrides, as {@link defineScheme} takes them (JSON cannot carry custom scorers).
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the scheme, or every problem found, with its path and a message in Chinese and English
 * @example
 * parseScheme({ extends: 'national', id: 'linear', formulas: { reverse: 'linear' } }).ok //=> true
 * parseScheme({ extends: 'national', totl: '100' }).ok //=> false (unknown field totl; did you mean total?)
 * @category Scoring
 */
export function parseScheme(input: unknown): Result<Scheme> {
  if (isPlainObject(input) && 'customScorers' in input) {
    return fail([M.finding('score/scheme-invalid', 'error', { where: '/customScorers', problem: 'JSON 方案不能包含自定义评分函数', problemEn: 'a JSON scheme cannot carry custom scorers (functions)' }, { path: ['customScorers'] })]);
  }
  return defineScheme(input as SchemeDefinition);
}
