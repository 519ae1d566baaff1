// Zod issues in the library's words: shared by every stage that validates with zod (documents here; schemes,
// actuals, rule sets and settings in theirs). Internal: not exported from the package.
import type { z } from 'zod';
import { didYouMean } from './did-you-mean';
import type { Bilingual } from './finding';

/** One zod issue. */
export type Issue = z.core.$ZodIssue;

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值 null',
  undefined: '缺失',
};

function typeZh(t: unknown): string {
  return TYPE_ZH[String(t)] ?? String(t);
}

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/** Names a table writes for enumeration values (`万元` for `wan-yuan`): suggested when the name is given instead. */
const ENUM_ALIASES: Readonly<Record<string, string>> = { 元: 'yuan', 万元: 'wan-yuan' };

/** The schema at `path` inside `schema` (through optional, nullable, arrays, records), or null: for suggestions only. */
function schemaAt(schema: z.core.$ZodType | undefined, path: readonly PropertyKey[]): z.core.$ZodType | null {
  let s = schema;
  let i = 0;
  while (s !== undefined) {
    const def = s._zod.def as unknown as Record<string, unknown> & { readonly type: string };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') s = def['innerType'] as z.core.$ZodType;
    else if (def.type === 'pipe') s = def['in'] as z.core.$ZodType;
    else if (i === path.length) return s;
    else if (def.type === 'object') s = (def['shape'] as Record<PropertyKey, z.core.$ZodType>)[path[i++]!];
    else if (def.type === 'array') [s, i] = [def['element'] as z.core.$ZodType, i + 1];
    else if (def.type === 'record') [s, i] = [def['valueType'] as z.core.$ZodType, i + 1];
    else return null;
  }
  return null;
}

function suggestion(given: string, known: readonly string[]): { zh: string; en: string } {
  const hit = ENUM_ALIASES[given] !== undefined && known.includes(ENUM_ALIASES[given]) ? ENUM_ALIASES[given] : didYouMean(given, known);
  return hit === null ? { zh: '', en: '' } : { zh: `；是否应为 ${JSON.stringify(hit)}？`, en: `; did you mean ${JSON.stringify(hit)}?` };
}

/**
 * Turns one zod issue into a bilingual message in the library's words (no English zod text in the Chinese), with
 * "did you mean" for a mistyped field or value. Shared by every stage that validates with zod (schemes, actuals,
 * rule sets, settings), so that their errors read like document errors. Zod must have been asked to report the
 * input (`{ reportInput: true }`) for a message to say what was given; `schema` (the one parsed) lets an unknown
 * field suggest a known one.
 *
 * @param issue - one zod issue
 * @param schema - the schema that was parsed, for suggestions
 * @returns a code (`model/…`) and the message
 */
export function describeIssue(issue: Issue, schema?: z.core.$ZodType): { code: string; message: Bilingual } {
  switch (issue.code) {
    case 'invalid_type': {
      const got = received(issue.input);
      if (got === 'undefined') {
        return { code: 'model/required', message: { zh: `缺少必填字段（应为${typeZh(issue.expected)}）`, en: `required field missing (expected ${issue.expected})` } };
      }
      return {
        code: 'model/invalid-type',
        message: { zh: `类型错误：应为${typeZh(issue.expected)}，实际为${typeZh(got)}`, en: `wrong type: expected ${issue.expected}, got ${got}` },
      };
    }
    case 'invalid_format':
      return {
        code: 'model/invalid-format',
        message: { zh: `格式错误：${JSON.stringify(issue.input)} 不是十进制数字字符串（如 "123.45"）`, en: `bad format: ${JSON.stringify(issue.input)} is not a decimal string such as "123.45"` },
      };
    case 'invalid_value': {
      const known = issue.values.map((v) => String(v));
      const hint = typeof issue.input === 'string' ? suggestion(issue.input, known) : { zh: '', en: '' };
      const got = issue.input === undefined ? '' : `${JSON.stringify(issue.input)} `;
      return {
        code: 'model/invalid-value',
        message: {
          zh: `取值无效：${got}应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} 之一${hint.zh}`,
          en: `invalid value: ${got}expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${hint.en}`,
        },
      };
    }
    case 'invalid_union':
      return {
        code: 'model/invalid-variant',
        message: { zh: '不符合任何一种允许的形式（请检查 kind 字段）', en: 'matches none of the allowed variants (check the kind field)' },
      };
    case 'unrecognized_keys': {
      const at = schemaAt(schema, issue.path);
      const shape = at !== null && at._zod.def.type === 'object' ? Object.keys((at._zod.def as unknown as { shape: object }).shape) : [];
      const hints = issue.keys.map((k) => didYouMean(k, shape)).filter((h): h is string => h !== null);
      const hint = hints.length === 0 ? { zh: '', en: '' } : { zh: `；是否应为 ${hints.join('、')}？`, en: `; did you mean ${hints.join(', ')}?` };
      return {
        code: 'model/unknown-field',
        message: { zh: `未知字段：${issue.keys.join('、')}（不会被静默丢弃）${hint.zh}`, en: `unknown field(s): ${issue.keys.join(', ')} (not silently dropped)${hint.en}` },
      };
    }
    case 'too_small':
      return {
        code: 'model/too-small',
        message: { zh: `取值过小（下限 ${String(issue.minimum)}）`, en: `too small (minimum ${String(issue.minimum)})` },
      };
    case 'too_big':
      return {
        code: 'model/too-big',
        message: { zh: `取值过大（上限 ${String(issue.maximum)}）`, en: `too big (maximum ${String(issue.maximum)})` },
      };
    case 'custom': {
      // A refinement that states its message in both languages (`params: { zh, en }`).
      const p = issue.params as { zh?: unknown; en?: unknown } | undefined;
      if (typeof p?.zh === 'string' && typeof p.en === 'string') return { code: 'model/invalid', message: { zh: p.zh, en: p.en } };
      return { code: 'model/invalid', message: { zh: '取值无效', en: `invalid: ${issue.message}` } };
    }
    default:
      return { code: 'model/invalid', message: { zh: '取值无效', en: `invalid: ${issue.message}` } };
  }
}

/**
 * A zod issue's path as a finding's path, and written as a pointer (`/tiers/0/weight`, `(root)` when empty).
 *
 * @param issue - one zod issue
 * @returns the path and its text
 */
export function issuePlace(issue: Issue): { readonly path: (string | number)[]; readonly where: string } {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  return { path, where: path.length === 0 ? '(root)' : `/${path.join('/')}` };
}

