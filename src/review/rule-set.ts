import { z } from 'zod';
import { reviewMessages as M } from '../i18n/messages/review';
import { argumentError } from '../model/argument-error';
import { deepFreeze } from '../model/deep-freeze';
import { didYouMean } from '../model/did-you-mean';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/document';
import type { Finding, Result, Severity } from '../model/finding';
import { fail, ok } from '../model/finding';
import { describeIssue, issuePlace } from '../model/issue-message';
import type { CustomRule, ReviewRule } from './rule';
import { BUILTIN_RULES } from './rules/index';

const SeveritySchema = z.enum(['error', 'warning', 'info']);

/**
 * How a rule set changes one rule (JSON-able): switch it on or off, re-grade it, limit or widen the document
 * kinds it applies to, override some of its parameters.
 *
 * @example
 * RuleConfig.parse({ severity: 'error', params: { floor: '90' } }).severity //=> 'error'
 * @category Review
 */
export const RuleConfig = z.strictObject({
  enabled: z.boolean().optional(),
  severity: SeveritySchema.optional(),
  kinds: z.array(z.enum(DOCUMENT_KINDS)).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
});
/**
 * See the {@link RuleConfig} schema.
 *
 * @example
 * const c: RuleConfig = { enabled: false };
 * @category Review
 */
export type RuleConfig = z.infer<typeof RuleConfig>;

/**
 * A rule set as data (the content of `RULES.json`): a name, the preset it extends (`national` or `shanghai`),
 * and rule id → {@link RuleConfig}. Custom rules are functions and are added in code with {@link defineRuleSet}.
 *
 * @example
 * RuleSetConfig.parse({ extends: 'shanghai', rules: { 'satisfaction-floor': { params: { floor: '90' } } } }).extends
 * //=> 'shanghai'
 * @category Review
 */
export const RuleSetConfig = z.strictObject({
  name: z.string().optional(),
  extends: z.enum(['national', 'shanghai']).optional(),
  rules: z.record(z.string(), RuleConfig).optional(),
});
/**
 * See the {@link RuleSetConfig} schema.
 *
 * @example
 * const c: RuleSetConfig = { extends: 'national', rules: { 'cost-indicators': { enabled: true } } };
 * @category Review
 */
export type RuleSetConfig = z.infer<typeof RuleSetConfig>;

/**
 * One rule as a rule set resolved it: on or off, severity, kinds, complete parameters.
 *
 * @example
 * const s: RuleSetting = { enabled: true, severity: 'warning', kinds: ['project-declaration'], params: {} };
 * @category Review
 */
export interface RuleSetting {
  /** Whether the rule runs. */
  readonly enabled: boolean;
  /** The severity of its findings. */
  readonly severity: Severity;
  /** The document kinds it runs on. */
  readonly kinds: readonly DocumentKind[];
  /** Its complete, validated parameters. */
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * A resolved rule set: every built-in rule's setting (JSON-able), plus custom rules (functions).
 *
 * @example
 * ruleSets.national.rules['cost-indicators']?.enabled //=> false
 * @category Review
 */
export interface RuleSet {
  /** Name, shown in reports. */
  readonly name: string;
  /** Built-in rule id → setting. */
  readonly rules: Readonly<Record<string, RuleSetting>>;
  /** User rules, run after the built-in ones. */
  readonly custom: readonly CustomRule[];
}

/**
 * What {@link defineRuleSet} takes: a base (`national`, `shanghai` or a rule set), a name, rule overrides and
 * custom rules.
 *
 * @example
 * const i: RuleSetInput = { extends: 'national', rules: { 'satisfaction-floor': { params: { floor: '90' } } } };
 * @category Review
 */
export interface RuleSetInput {
  /** Name of the new set (default: the base's name with `+`). */
  readonly name?: string;
  /** The base: a preset name or a rule set (default `national`). */
  readonly extends?: 'national' | 'shanghai' | RuleSet;
  /** Overrides per built-in rule id. */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** Rules written as functions. */
  readonly custom?: readonly CustomRule[];
}

function defaultsOf(): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const r of BUILTIN_RULES) out[r.id] = { enabled: true, severity: r.severity, kinds: r.kinds, params: r.defaults };
  return out;
}

function where(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(root)' : `/${path.join('/')}`;
}

/** One zod issue of a rule set, under `prefix`, in the library's words. */
function invalid(issue: z.core.$ZodIssue, prefix: readonly (string | number)[], schema: z.core.$ZodType): Finding {
  const { message } = describeIssue(issue, schema);
  const path = [...prefix, ...issuePlace(issue).path];
  return M.finding('review/invalid-rule-set', 'error', { where: where(path), detail: message.zh, detailEn: message.en }, { path });
}

/**
 * The id of a rule set preset: {@link reviewDocument} takes one where it takes a rule set.
 *
 * @example
 * const id: RuleSetId = 'shanghai';
 * @category Review
 */
export type RuleSetId = 'national' | 'shanghai';

/** The preset ids, for messages. */
const PRESETS: readonly RuleSetId[] = ['national', 'shanghai'];

function apply(base: RuleSet, input: RuleSetInput, name: string): Result<RuleSet> {
  const errors: Finding[] = [];
  const rules: Record<string, RuleSetting> = { ...base.rules };
  for (const [id, raw] of Object.entries(input.rules ?? {})) {
    const rule = BUILTIN_RULES.find((r) => r.id === id) as ReviewRule | undefined;
    const current = rules[id];
    if (!rule || !current) {
      const near = didYouMean(id, BUILTIN_RULES.map((r) => r.id));
      errors.push(M.finding('review/unknown-rule', 'error', { id, suggestion: near ?? '' }, { path: ['rules', id] }));
      continue;
    }
    const parsed = RuleConfig.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      for (const i of parsed.error.issues) errors.push(invalid(i, ['rules', id], RuleConfig));
      continue;
    }
    const c = parsed.data;
    const params = rule.params.safeParse({ ...current.params, ...(c.params ?? {}) }, { reportInput: true });
    if (!params.success) {
      for (const i of params.error.issues) errors.push(invalid(i, ['rules', id, 'params'], rule.params));
      continue;
    }
    rules[id] = {
      enabled: c.enabled ?? current.enabled,
      severity: c.severity ?? current.severity,
      kinds: c.kinds ?? current.kinds,
      params: params.data as Record<string, unknown>,
    };
  }
  const custom = [...base.custom, ...(input.custom ?? [])];
  const ids = new Set<string>();
  custom.forEach((r, k) => {
    const path = ['custom', k];
    if (typeof r !== 'object' || r === null || typeof r.check !== 'function' || typeof r.id !== 'string') {
      errors.push(M.finding('review/invalid-rule-set', 'error', { where: where(path), detail: '自定义规则应为 { id, title, check } 对象，check 为函数', detailEn: 'a custom rule must be an object { id, title, check } with check a function' }, { path }));
      return;
    }
    if (!/^[a-z0-9][\w.-]*\/[\w.-]+$/i.test(r.id) || r.id.startsWith('review/')) {
      errors.push(M.finding('review/invalid-rule-set', 'error', { where: where(path), detail: `自定义规则编号“${r.id}”须带命名空间（如 org/what），且不能以 review/ 开头`, detailEn: `custom rule id "${r.id}" must be namespaced (org/what) and not start with review/` }, { path }));
    } else if (ids.has(r.id)) {
      errors.push(M.finding('review/invalid-rule-set', 'error', { where: where(path), detail: `自定义规则编号“${r.id}”重复`, detailEn: `custom rule id "${r.id}" is used twice` }, { path }));
    }
    ids.add(r.id);
  });
  if (errors.length > 0) return fail(errors);
  // Frozen like the presets: a rule set read by many reviews cannot be changed by one. The custom rules are the caller's.
  return ok(Object.freeze({ name, rules: deepFreeze(rules), custom: Object.freeze([...custom]) }));
}

/** The national preset: every built-in rule at its default, cost indicators off. */
const NATIONAL: RuleSet = (() => {
  const rules = defaultsOf();
  rules['cost-indicators'] = { ...(rules['cost-indicators'] as RuleSetting), enabled: false };
  return deepFreeze({ name: 'national', rules, custom: [] });
})();

function mustApply(base: RuleSet, input: RuleSetInput, name: string): RuleSet {
  const r = apply(base, input, name);
  if (!r.ok) throw new Error(`[jixiao/review] preset ${name} is invalid: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

/** The Shanghai preset: national + cost indicators on for projects + 投入管理 (and its seven headings) required in whole-unit declarations. */
const SHANGHAI: RuleSet = mustApply(
  NATIONAL,
  {
    rules: {
      // Shanghai 2024 guide on core project indicators: cost indicators required in principle [S]
      'cost-indicators': { enabled: true },
      // the seed's form (沪财绩〔2022〕13号): 投入管理指标 as a first tier of whole-unit declarations [S]
      'required-tier1': {
        params: {
          categories: {
            'unit-declaration': ['input-management', 'output', 'outcome', 'satisfaction'],
            'project-declaration': ['output', 'outcome', 'satisfaction'],
            'self-evaluation': ['output', 'outcome', 'satisfaction'],
          },
        },
      },
      // …with its seven second-tier headings (预算编审管理 … 预算信息化) [S]
      'required-tier2': {
        params: {
          categories: {
            'unit-declaration': [
              'quantity', 'quality', 'timeliness',
              'budget-preparation', 'budget-execution', 'performance-management', 'asset-management',
              'transparency', 'internal-control', 'informatization',
            ],
            'project-declaration': ['quantity', 'quality', 'timeliness'],
            'self-evaluation': ['quantity', 'quality', 'timeliness'],
          },
        },
      },
    },
  },
  'shanghai',
);

/**
 * The rule set presets. `national`: every rule of docs/review-rules.md at its default, cost indicators off.
 * `shanghai`: national, plus cost indicators required for project declarations (Shanghai 2024 guide [S]) and
 * 投入管理指标 with its seven second-tier headings required in whole-unit declarations (the seed's form,
 * 沪财绩〔2022〕13号 [S]). Frozen: writing to them throws.
 *
 * @example
 * ruleSets.shanghai.rules['cost-indicators']?.enabled //=> true
 * ruleSets.national.rules['satisfaction-floor']?.params //=> { floor: '80' }
 * @category Review
 */
export const ruleSets: { readonly national: RuleSet; readonly shanghai: RuleSet } = deepFreeze({ national: NATIONAL, shanghai: SHANGHAI });

/**
 * Builds a rule set from a preset (or another rule set): enable, disable, re-grade or re-parameterise built-in
 * rules, and add custom rules (pure functions over the document). Every problem is collected: unknown rule ids,
 * invalid severities or parameters (checked by each rule's schema), custom ids that are not namespaced or repeat.
 *
 * @param input - the base, overrides and custom rules; a {@link RuleSetConfig} read from JSON is accepted as is
 * @returns the resolved rule set, or every error (`review/unknown-rule`, `review/invalid-rule-set`)
 * @example
 * const r = defineRuleSet({
 *   extends: 'national',
 *   rules: { 'satisfaction-floor': { params: { floor: '90' } }, 'name-marker': { enabled: false } },
 *   custom: [{ id: 'myorg/no-goal', title: { zh: '缺少年度目标', en: 'no annual goal' },
 *     check: (d) => (d.kind === 'project-declaration' && d.goal.annual === '' ? [{ path: ['goal'], message: { zh: '缺少年度目标', en: 'no annual goal' } }] : []) }],
 * });
 * r.ok && r.value.rules['satisfaction-floor']?.params //=> { floor: '90' }
 * defineRuleSet({ rules: { 'no-such-rule': {} } }).ok //=> false
 * @category Review
 */
export function defineRuleSet(input: RuleSetInput | RuleSetConfig = {}): Result<RuleSet> {
  if (typeof input !== 'object' || input === null) throw argumentError('defineRuleSet', 'input', 'a rule set definition ({ extends?, rules?, custom? })', input, 'read JSON with parseRuleSet');
  const given: unknown = input.extends;
  const base = given === undefined ? NATIONAL : typeof given === 'string' ? (Object.hasOwn(ruleSets, given) ? ruleSets[given as RuleSetId] : undefined) : (given as RuleSet);
  if (base === undefined || typeof base !== 'object' || base === null || typeof base.rules !== 'object') {
    const near = typeof given === 'string' ? didYouMean(given, PRESETS) : null;
    const hint = near === null ? { zh: '', en: '' } : { zh: `；是否应为“${near}”？`, en: `; did you mean "${near}"?` };
    return fail([
      M.finding('review/invalid-rule-set', 'error', { where: '/extends', detail: `未知的预设规则集“${String(given)}”（可用：${PRESETS.join('、')}）${hint.zh}`, detailEn: `unknown preset "${String(given)}" (known: ${PRESETS.join(', ')})${hint.en}` }, { path: ['extends'] }),
    ]);
  }
  return apply(base, input as RuleSetInput, input.name ?? `${base.name}+`);
}

/**
 * Reads a rule set from JSON (`jixiao review --rules RULES.json`): validates it as a {@link RuleSetConfig} and
 * resolves it with {@link defineRuleSet}.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the rule set, or every error with its path
 * @example
 * parseRuleSet({ extends: 'shanghai', rules: { 'satisfaction-floor': { params: { floor: '85' } } } }).ok //=> true
 * parseRuleSet({ rules: { 'satisfaction-floor': { severity: 'fatal' } } }).ok //=> false
 * @category Review
 */
export function parseRuleSet(input: unknown): Result<RuleSet> {
  const r = RuleSetConfig.safeParse(input, { reportInput: true });
  if (!r.success) return fail(r.error.issues.map((i) => invalid(i, [], RuleSetConfig)));
  return defineRuleSet(r.data);
}

/**
 * The built-in rules with their documentation (id, title, why, source, confidence, default kinds, severity and
 * parameters), in the order they run — the content of docs/review-rules.md.
 *
 * @example
 * reviewRules.map((r) => r.id).includes('name-target-conflict') //=> true
 * @category Review
 */
export const reviewRules: readonly ReviewRule[] = BUILTIN_RULES;
