import type { Bilingual, Finding } from 'jixiao';

/**
 * What the testing kit's assertions throw: an `Error` whose message is the Chinese line, then the English one,
 * then one line per finding involved. Test runners show it as any failed assertion; `actual` and `expected`,
 * when set, let them show a diff.
 *
 * @example
 * try {
 *   assertReconciles(doc);
 * } catch (e) {
 *   if (e instanceof JixiaoAssertionError) e.text.en; //=> 'the budget does not reconcile: …'
 * }
 * @category Testing
 */
export class JixiaoAssertionError extends Error {
  /** What failed, in Chinese and English. */
  readonly text: Bilingual;
  /** The findings that made it fail, or that were found instead. */
  readonly findings: readonly Finding[];
  /** The value found, when the assertion compares values. */
  readonly actual?: unknown;
  /** The value expected, when the assertion compares values. */
  readonly expected?: unknown;

  /**
   * @param text - what failed, in both languages
   * @param details - the findings involved and further lines, listed under the message; the values compared
   */
  constructor(text: Bilingual, details: AssertionDetails = {}) {
    const findings = details.findings ?? [];
    super([text.zh, text.en, ...findings.map(describeFinding), ...(details.lines ?? [])].join('\n'));
    this.name = 'JixiaoAssertionError';
    this.text = text;
    this.findings = findings;
    if ('expected' in details) {
      this.actual = details.actual;
      this.expected = details.expected;
    }
  }
}

/**
 * What a {@link JixiaoAssertionError} shows under its message.
 *
 * @example
 * const d: AssertionDetails = { actual: '97.50', expected: '98.62', lines: ['  数量指标/入户指导: 20.00 (…)'] };
 * @category Testing
 */
export interface AssertionDetails {
  /** The findings involved, one line each. */
  readonly findings?: readonly Finding[];
  /** Further lines (row scores and traces). */
  readonly lines?: readonly string[];
  /** The value found. */
  readonly actual?: unknown;
  /** The value expected (set together with `actual`, so that a test runner shows a diff). */
  readonly expected?: unknown;
}

/** One finding on one line: severity, code, where, both messages. */
export function describeFinding(f: Finding): string {
  const at = f.line !== undefined ? ` line ${f.line}` : f.path.length > 0 ? ` /${f.path.join('/')}` : '';
  return `  ${f.severity} ${f.code}${at}: ${f.message.zh} / ${f.message.en}`;
}
