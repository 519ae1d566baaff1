import type { z } from 'zod';
import { PerformanceDocument } from './document';
import type { Bilingual, Finding, Result } from './finding';
import { fail, ok } from './finding';
import { ProjectDeclaration } from './project-declaration';
import { SelfEvaluation } from './self-evaluation';
import { UnitDeclaration } from './unit-declaration';

type Issue = z.core.$ZodIssue;

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

/** Turns one zod issue into a bilingual message. Kept beside the schemas because it only speaks of them. */
function describe(issue: Issue): { code: string; message: Bilingual } {
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
    case 'invalid_value':
      return {
        code: 'model/invalid-value',
        message: {
          zh: `取值无效：应为 ${issue.values.map((v) => JSON.stringify(v)).join(' / ')} 之一`,
          en: `invalid value: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        },
      };
    case 'invalid_union':
      return {
        code: 'model/invalid-variant',
        message: { zh: '不符合任何一种允许的形式（请检查 kind 字段）', en: 'matches none of the allowed variants (check the kind field)' },
      };
    case 'unrecognized_keys':
      return {
        code: 'model/unknown-field',
        message: { zh: `未知字段：${issue.keys.join('、')}（不会被静默丢弃）`, en: `unknown field(s): ${issue.keys.join(', ')} (not silently dropped)` },
      };
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
    default:
      return { code: 'model/invalid', message: { zh: `无效：${issue.message}`, en: `invalid: ${issue.message}` } };
  }
}

function toFindings(issues: readonly Issue[]): Finding[] {
  return issues.map((issue) => {
    const { code, message } = describe(issue);
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const where = path.length === 0 ? '(root)' : `/${path.join('/')}`;
    return {
      code,
      severity: 'error',
      path,
      field: where,
      message: { zh: `${where}：${message.zh}`, en: `${where}: ${message.en}` },
    };
  });
}

function validator<S extends z.ZodType>(schema: S): (input: unknown) => Result<z.infer<S>> {
  return (input) => {
    const r = schema.safeParse(input, { reportInput: true });
    return r.success ? ok(r.data) : fail(toFindings(r.error.issues));
  };
}

/**
 * Validates a unit declaration read from JSON (or built in code). Collects every problem, each with its
 * JSON path and a message in Chinese and English; unknown fields are errors, never dropped silently.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the typed declaration, or every error
 * @example
 * const r = validateUnitDeclaration(JSON.parse(fs.readFileSync('declaration.json', 'utf8')));
 * if (!r.ok) for (const e of r.errors) console.error(e.message.en);
 * @category Validation
 */
export const validateUnitDeclaration: (input: unknown) => Result<UnitDeclaration> = validator(UnitDeclaration);

/**
 * Validates a project declaration; see {@link validateUnitDeclaration}.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the typed declaration, or every error
 * @example
 * validateProjectDeclaration({ kind: 'project-declaration' }).ok //=> false
 * @category Validation
 */
export const validateProjectDeclaration: (input: unknown) => Result<ProjectDeclaration> = validator(ProjectDeclaration);

/**
 * Validates a self-evaluation; see {@link validateUnitDeclaration}.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the typed self-evaluation, or every error
 * @example
 * validateSelfEvaluation({}).ok //=> false
 * @category Validation
 */
export const validateSelfEvaluation: (input: unknown) => Result<SelfEvaluation> = validator(SelfEvaluation);

/**
 * Validates any document, choosing the schema by its `kind`.
 *
 * @param input - anything, typically `JSON.parse` output
 * @returns the typed document, or every error
 * @example
 * const r = validateDocument(json);
 * if (r.ok) console.log(r.value.kind);
 * @category Validation
 */
export const validateDocument: (input: unknown) => Result<PerformanceDocument> = validator(PerformanceDocument);
