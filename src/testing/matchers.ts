import type { PerformanceDocument, ReconcileOptions, Scheme, Scorecard, SelfEvaluation } from 'jixiao';
import { describeFinding, JixiaoAssertionError } from './assertion-error';
import { assertFinding, assertNoErrors, assertReconciles, assertScores, type FindingQuery, type FindingSource } from './assertions';

/**
 * What a matcher returns to `expect` (vitest, jest, and runners with the same protocol): whether it passed,
 * and the message to show when the expectation (or its `.not`) fails.
 *
 * @example
 * const r: MatcherResult = { pass: true, message: () => 'expected no review/target-missing finding' };
 * @category Testing
 */
export interface MatcherResult {
  /** Whether the received value satisfies the matcher. */
  readonly pass: boolean;
  /** The failure message (for `.not`, the message of the pass). */
  readonly message: () => string;
}

/**
 * The matchers `jixiaoMatchers` adds to `expect`, for declaring them in the runner's types: `R` is what the
 * runner's assertions return. With vitest:
 * `declare module 'vitest' { interface Assertion<T = any> extends JixiaoMatchers<T> {} }`.
 *
 * @example
 * interface Assertion<T> extends JixiaoMatchers<T> {}
 * @category Testing
 */
export interface JixiaoMatchers<R = unknown> {
  /** The document's budget reconciles (see {@link assertReconciles}). */
  toReconcile(options?: ReconcileOptions): R;
  /** The self-evaluation (or scorecard) totals `expected` (see {@link assertScores}). */
  toScore(expected: string, scheme?: Scheme): R;
  /** A finding with this code is there (see {@link assertFinding}); with `.not`, none is. */
  toHaveFinding(code: string, query?: FindingQuery): R;
  /** No finding is an error (see {@link assertNoErrors}). */
  toHaveNoErrors(): R;
}

/** Runs an assertion as a matcher: a failed assertion is `pass: false` with its message; any other error is thrown. */
function asMatcher<T>(run: () => T, negated: (value: T) => string): MatcherResult {
  try {
    const value = run();
    return { pass: true, message: () => negated(value) };
  } catch (e) {
    if (!(e instanceof JixiaoAssertionError)) throw e;
    return { pass: false, message: () => e.message };
  }
}

/**
 * Matchers for `expect.extend(jixiaoMatchers)` in vitest or jest. They wrap the assertions of this module, so
 * their messages are the same zh/en ones, and they make no test runner a dependency of the package.
 *
 * @example
 * expect.extend(jixiaoMatchers);
 * expect(selfEvaluation()).toScore('100');
 * expect(reviewDocument(projectDeclaration({ without: ['满意度指标'] }))).toHaveFinding('review/required-tier1');
 * @category Testing
 */
export const jixiaoMatchers: {
  readonly [K in keyof JixiaoMatchers]: (received: unknown, ...args: Parameters<JixiaoMatchers[K]>) => MatcherResult;
} = {
  toReconcile: (received, options) =>
    asMatcher(
      () => assertReconciles(received as PerformanceDocument, options),
      () => '预算平衡，预期不平衡\nexpected the budget not to reconcile, and it does',
    ),
  toScore: (received, expected, scheme) =>
    asMatcher(
      () => assertScores(received as SelfEvaluation | Scorecard, expected, scheme),
      () => `总分为 ${expected}，预期不是\nexpected a total other than ${expected}`,
    ),
  toHaveFinding: (received, code, query) =>
    asMatcher(
      () => assertFinding(received as FindingSource, code, query),
      (f) => `发现了 ${code}，预期没有\nexpected no ${code} finding, found one:\n${describeFinding(f)}`,
    ),
  toHaveNoErrors: (received) =>
    asMatcher(
      () => assertNoErrors(received as FindingSource),
      () => '没有错误，预期有\nexpected errors, found none',
    ),
};
