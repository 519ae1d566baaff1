import type { z } from 'zod';
import { PerformanceDocument } from './document';
import type { Finding, Result } from './finding';
import { fail, ok } from './finding';
import { ProjectDeclaration } from './project-declaration';
import { SelfEvaluation } from './self-evaluation';
import { UnitDeclaration } from './unit-declaration';
import { describeIssue, issuePlace, type Issue } from './issue-message';

function toFindings(issues: readonly Issue[], schema: z.core.$ZodType): Finding[] {
  return issues.map((issue) => {
    const { code, message } = describeIssue(issue, schema);
    const { path, where } = issuePlace(issue);
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
    return r.success ? ok(r.data) : fail(toFindings(r.error.issues, schema));
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
