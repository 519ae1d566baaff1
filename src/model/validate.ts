import type { z } from 'zod';
import type { Actual } from './actual';
import { PerformanceDocument } from './document';
import type { Finding, Result } from './finding';
import { fail, ok } from './finding';
import { ProjectDeclaration } from './project-declaration';
import { SelfEvaluation } from './self-evaluation';
import type { Target } from './target';
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

/** The numbers a cell writes, canonical (no sign, no leading zeros, no trailing fraction zeros, no separators). */
function numbersIn(raw: string): string[] {
  const halfWidth = raw.replace(/[\uff10-\uff19\uff0e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return (halfWidth.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').match(/\d+(?:\.\d+)?/g) ?? []).map(canonical);
}

function canonical(decimal: string): string {
  const [int = '', fraction = ''] = decimal.replace(/^-/, '').split('.');
  const f = fraction.replace(/0+$/, '');
  return `${int.replace(/^0+(?=\d)/, '')}${f === '' ? '' : `.${f}`}`;
}

const OPERATOR_SYMBOLS: Readonly<Record<string, string>> = { '≥': '>=', '>=': '>=', '＞＝': '>=', '≤': '<=', '<=': '<=', '＜＝': '<=', '>': '>', '＞': '>', '<': '<', '＜': '<', '=': '=', '＝': '=' };

/** The one operator symbol a cell writes, or null when it writes none or several (words are notation's business). */
function operatorIn(raw: string): string | null {
  const ops = new Set((raw.match(/>=|<=|＞＝|＜＝|[≥≤><=＞＜＝]/gu) ?? []).map((t) => OPERATOR_SYMBOLS[t]));
  return ops.size === 1 ? ([...ops][0] ?? null) : null;
}

type Cell = Target | Actual;

/** What `raw` contradicts in a structured target or actual: a number it does not write, or another operator. */
function contradiction(cell: Cell): string | null {
  const numbers = numbersIn(cell.raw);
  // A cell that writes no digits (built in code with raw '', or in words) gives nothing to compare.
  if (numbers.length === 0) return null;
  const values =
    cell.kind === 'quantitative' ? [cell.value] : cell.kind === 'range' ? [cell.min, cell.max] : cell.kind === 'tolerance' ? [cell.band, ...(cell.reference === null ? [] : [cell.reference])] : [];
  const missing = values.find((v) => !numbers.includes(canonical(v)));
  if (missing !== undefined) return missing;
  if (cell.kind === 'quantitative' && 'op' in cell && cell.op !== null) {
    const written = operatorIn(cell.raw);
    if (written !== null && written !== cell.op) return cell.op;
  }
  return null;
}

/**
 * `model/raw-mismatch` (error): a target or actual whose `raw` text says something else than its structured
 * value (`{ op: '>=', value: '80', raw: '≥90%' }`). Scoring reads the value while every display shows the raw
 * text, so the document says two things; which one is right cannot be known, so it is an error to fix.
 */
function rawFindings(doc: unknown): Finding[] {
  const indicators = (doc as { indicators?: unknown }).indicators;
  if (!Array.isArray(indicators)) return [];
  const found: Finding[] = [];
  indicators.forEach((ind: Partial<Record<'target' | 'midTermTarget' | 'adjustedTarget' | 'actual', Cell>>, i) => {
    for (const key of ['target', 'midTermTarget', 'adjustedTarget', 'actual'] as const) {
      const cell = ind[key];
      const said = cell === undefined ? null : contradiction(cell);
      if (cell === undefined || said === null) continue;
      const where = `/indicators/${i}/${key}`;
      found.push({
        code: 'model/raw-mismatch',
        severity: 'error',
        path: ['indicators', i, key],
        field: where,
        message: {
          zh: `${where}：原文“${cell.raw}”与结构化的值“${said}”不符（评分用结构化的值，显示用原文）`,
          en: `${where}: the raw text "${cell.raw}" does not say "${said}", the structured value (scoring reads the value, displays show the raw text)`,
        },
        suggestion: { zh: '改正结构化的值或原文，使二者一致', en: 'correct the value or the raw text so that they agree' },
        data: { raw: cell.raw, value: said },
      });
    }
  });
  return found;
}

function validator<S extends z.ZodType>(schema: S): (input: unknown) => Result<z.infer<S>> {
  return (input) => {
    const r = schema.safeParse(input, { reportInput: true });
    if (!r.success) return fail(toFindings(r.error.issues, schema));
    const mismatches = rawFindings(r.data);
    return mismatches.length === 0 ? ok(r.data) : fail(mismatches);
  };
}

/**
 * Validates a unit declaration read from JSON (or built in code). Collects every problem, each with its
 * JSON path and a message in Chinese and English; unknown fields are errors, never dropped silently. Once the
 * shape is right, every target and actual is checked against its `raw` text: a number or operator the text
 * does not write (`{ op: '>=', value: '80', raw: '≥90%' }`) is an error, `model/raw-mismatch`, since scoring
 * would read one and every display show the other. A `raw` with no digits (`''` in code, words) is not compared.
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
