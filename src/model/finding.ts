/**
 * A text in both working languages of the library: every message, label and explanation has one.
 *
 * @example
 * const t: Bilingual = { zh: '缺少单位', en: 'unit missing' };
 * @category Findings
 */
export interface Bilingual {
  /** Chinese. */
  readonly zh: string;
  /** English. */
  readonly en: string;
}

/**
 * How serious a finding is: `error` stops a document from being used as it is, `warning` is reported and
 * the work goes on, `info` is a note.
 *
 * @example
 * const s: Severity = 'warning';
 * @category Findings
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A place in the input text: 1-based line and column (column counts Unicode code points).
 *
 * @example
 * const at: Position = { line: 40, column: 3 };
 * @category Findings
 */
export interface Position {
  /** 1-based line number. */
  readonly line: number;
  /** 1-based column (code points). */
  readonly column: number;
}

/**
 * One problem or note found in user data: a stable `code`, where it is (`path` into the JSON document, and
 * `line`/`column` when the data came from table text), and what it means in Chinese and English.
 *
 * @example
 * const f: Finding = {
 *   code: 'notation/operator-missing',
 *   severity: 'warning',
 *   path: ['indicators', 3, 'target'],
 *   message: { zh: '指标值缺少计算符号', en: 'the target has no operator' },
 * };
 * @category Findings
 */
export interface Finding {
  /** Stable, namespaced code (`stage/what`), safe to switch on. */
  readonly code: string;
  /** How serious it is. */
  readonly severity: Severity;
  /** JSON path into the document (empty for the whole input). */
  readonly path: readonly (string | number)[];
  /** 1-based line in the table text, when the data came from text. */
  readonly line?: number;
  /** 1-based column in the table text, when the data came from text. */
  readonly column?: number;
  /** The cell in a workbook or a document table (`Sheet1!C12`), when the data came from one; `line` and `column` are then its row and column. */
  readonly cell?: string;
  /** The field or column concerned, in the document's terms (e.g. `target`, `budget.total`). */
  readonly field?: string;
  /** What is wrong, in Chinese and English. */
  readonly message: Bilingual;
  /** What to do about it, when the library can say. */
  readonly suggestion?: Bilingual;
  /** The values involved (decimal strings, texts), for programs that present findings their own way. */
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * What a function that reads user data returns: the value and its warnings, or every error found (never
 * just the first).
 *
 * @example
 * function show<T>(r: Result<T>) {
 *   return r.ok ? r.value : r.errors.map((e) => e.message.en);
 * }
 * @category Findings
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Finding[] }
  | { readonly ok: false; readonly errors: readonly Finding[]; readonly warnings: readonly Finding[] };

/**
 * Builds a successful {@link Result}.
 *
 * @param value - the value read
 * @param warnings - what was noticed on the way
 * @returns `{ ok: true, value, warnings }`
 * @example
 * ok(42).ok //=> true
 * @category Findings
 */
export function ok<T>(value: T, warnings: readonly Finding[] = []): Result<T> {
  return { ok: true, value, warnings };
}

/**
 * Builds a failed {@link Result}.
 *
 * @param errors - every error found (at least one)
 * @param warnings - warnings found beside them
 * @returns `{ ok: false, errors, warnings }`
 * @example
 * fail([{ code: 'x/y', severity: 'error', path: [], message: { zh: '错', en: 'wrong' } }]).ok //=> false
 * @category Findings
 */
export function fail<T = never>(errors: readonly Finding[], warnings: readonly Finding[] = []): Result<T> {
  return { ok: false, errors, warnings };
}
