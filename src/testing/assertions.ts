import { Dec, DecimalString, reconcileBudget, scoreSelfEvaluation } from 'jixiao';
import type { Finding, PerformanceDocument, ReconcileOptions, Reconciliation, Scheme, Scorecard, SelfEvaluation, Severity } from 'jixiao';
import { JixiaoAssertionError } from './assertion-error';

/**
 * Anything that carries findings: a `Result` (`errors`, `warnings`), a `Review` or a `Reconciliation`
 * (`findings`), a `Scorecard` (`warnings`), a monitoring report, or a plain list of findings.
 *
 * @example
 * const s: FindingSource = reviewDocument(doc);
 * @category Testing
 */
export type FindingSource =
  | readonly Finding[]
  | { readonly findings?: readonly Finding[]; readonly errors?: readonly Finding[]; readonly warnings?: readonly Finding[] };

/**
 * What else a finding must match beside its code.
 *
 * @example
 * const q: FindingQuery = { severity: 'error', path: ['indicators', 2, 'target'] };
 * @category Testing
 */
export interface FindingQuery {
  /** The severity it must have. */
  readonly severity?: Severity;
  /** The JSON path it must have (compared element by element). */
  readonly path?: readonly (string | number)[];
  /** The line it must have (documents read from table text). */
  readonly line?: number;
}

function findingsOf(source: FindingSource, parameter: string): readonly Finding[] {
  if (Array.isArray(source)) return source as readonly Finding[];
  if (typeof source !== 'object' || source === null) throw new TypeError(`${parameter}: expected a result, a review, a scorecard or a list of findings`);
  const s = source as Exclude<FindingSource, readonly Finding[]>;
  const lists = [s.findings, s.errors, s.warnings].filter((l): l is readonly Finding[] => Array.isArray(l));
  if (lists.length === 0) throw new TypeError(`${parameter}: expected an object with findings, errors or warnings`);
  return lists.flat();
}

function matches(f: Finding, code: string, query: FindingQuery): boolean {
  return (
    f.code === code &&
    (query.severity === undefined || f.severity === query.severity) &&
    (query.line === undefined || f.line === query.line) &&
    (query.path === undefined || (query.path.length === f.path.length && query.path.every((p, i) => f.path[i] === p)))
  );
}

function describeQuery(code: string, query: FindingQuery): string {
  const parts = [
    query.severity,
    query.path !== undefined ? `/${query.path.join('/')}` : undefined,
    query.line !== undefined ? `line ${query.line}` : undefined,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? code : `${code} (${parts.join(', ')})`;
}

function checkCode(code: string): void {
  if (typeof code !== 'string' || !code.includes('/')) throw new TypeError(`code: expected a finding code such as "review/target-missing", got ${JSON.stringify(code)}`);
}

/**
 * Asserts that a finding with this code (and, optionally, this severity, path or line) is among those of
 * `source`, and returns it.
 *
 * @param source - a result, review, reconciliation, scorecard or list of findings
 * @param code - the finding code, such as `review/satisfaction-floor`
 * @param query - severity, path or line it must also have
 * @returns the first finding that matches
 * @throws JixiaoAssertionError when none matches (the message lists the findings there are)
 * @example
 * assertFinding(reviewDocument(doc), 'review/required-tier1', { severity: 'error' }).message.en
 * //=> 'no satisfaction indicators'
 * @category Testing
 */
export function assertFinding(source: FindingSource, code: string, query: FindingQuery = {}): Finding {
  checkCode(code);
  const all = findingsOf(source, 'source');
  const found = all.find((f) => matches(f, code, query));
  if (found !== undefined) return found;
  const wanted = describeQuery(code, query);
  throw new JixiaoAssertionError(
    all.length === 0
      ? { zh: `没有发现 ${wanted}：没有任何发现`, en: `no ${wanted} finding: there are no findings at all` }
      : { zh: `没有发现 ${wanted}；发现的是：`, en: `no ${wanted} finding; the findings are:` },
    { findings: all },
  );
}

/**
 * Asserts that no finding with this code (and, optionally, this severity, path or line) is among those of
 * `source`.
 *
 * @param source - a result, review, reconciliation, scorecard or list of findings
 * @param code - the finding code
 * @param query - severity, path or line that narrow what must be absent
 * @throws JixiaoAssertionError listing the findings that match
 * @example
 * assertNoFinding(reviewDocument(projectDeclaration()), 'review/required-tier1');
 * @category Testing
 */
export function assertNoFinding(source: FindingSource, code: string, query: FindingQuery = {}): void {
  checkCode(code);
  const found = findingsOf(source, 'source').filter((f) => matches(f, code, query));
  if (found.length === 0) return;
  const wanted = describeQuery(code, query);
  throw new JixiaoAssertionError({ zh: `不应有 ${wanted}，但发现 ${found.length} 条：`, en: `expected no ${wanted} finding, found ${found.length}:` }, { findings: found });
}

/**
 * Asserts that `source` has no finding of severity `error` (warnings and notes are allowed).
 *
 * @param source - a result, review, reconciliation, scorecard or list of findings
 * @throws JixiaoAssertionError listing the errors
 * @example
 * assertNoErrors(reviewDocument(selfEvaluation(), ruleSets.national));
 * @category Testing
 */
export function assertNoErrors(source: FindingSource): void {
  const errors = findingsOf(source, 'source').filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  throw new JixiaoAssertionError({ zh: `应无错误，但发现 ${errors.length} 个错误：`, en: `expected no errors, found ${errors.length}:` }, { findings: errors });
}

function isDocument(x: unknown): x is PerformanceDocument {
  return typeof x === 'object' && x !== null && ['unit-declaration', 'project-declaration', 'self-evaluation'].includes((x as { kind?: unknown }).kind as string) && 'indicators' in x;
}

/**
 * Asserts that a document's budget reconciles (RULES §3: totals equal the sums of their parts, exactly unless
 * a tolerance is given), and returns the reconciliation.
 *
 * @param doc - any document
 * @param options - tolerance and precision, as for `reconcileBudget`
 * @returns the reconciliation
 * @throws JixiaoAssertionError listing the identities that fail
 * @example
 * assertReconciles(unitDeclaration()).identities.length //=> 2
 * @category Testing
 */
export function assertReconciles(doc: PerformanceDocument, options: ReconcileOptions = {}): Reconciliation {
  if (!isDocument(doc)) throw new TypeError('doc: expected a declaration or a self-evaluation');
  const r = reconcileBudget(doc, options);
  if (r.ok) return r;
  const failed = r.findings.filter((f) => f.severity === 'error');
  throw new JixiaoAssertionError({ zh: '预算不平衡：', en: 'the budget does not reconcile:' }, { findings: failed });
}

/**
 * Asserts the total score of a self-evaluation under a scheme (default national), or of a scorecard already
 * computed (`scoreDeclaration(…)`), comparing decimals exactly (`'98.6'` equals `'98.60'`), and returns the
 * scorecard. The message of a failure shows every row's score and trace.
 *
 * @param subject - a self-evaluation, or a scorecard
 * @param expected - the total expected, a decimal string
 * @param scheme - the scheme to score a self-evaluation under (ignored for a scorecard)
 * @returns the scorecard
 * @throws JixiaoAssertionError when the totals differ
 * @example
 * assertScores(selfEvaluation(), '100').grade //=> '优'
 * @category Testing
 */
export function assertScores(subject: SelfEvaluation | Scorecard, expected: string, scheme?: Scheme): Scorecard {
  if (!DecimalString.safeParse(expected).success) throw new TypeError(`expected: a decimal string such as "98.62", got ${JSON.stringify(expected)}`);
  const card = scorecardOf(subject);
  if (scheme !== undefined && 'claims' in subject) throw new TypeError('scheme: a scorecard is already scored; pass the scheme to the scoring function instead');
  if (new Dec(card.total).eq(expected)) return card;
  const rows = card.indicators.map((r) => `  ${r.tier2}/${r.name}: ${r.score ?? '—'} (${r.trace})`);
  if (card.budgetExecution !== null) rows.push(`  预算执行率 / budget execution: ${card.budgetExecution.score ?? '—'} (${card.budgetExecution.trace})`);
  throw new JixiaoAssertionError(
    { zh: `总分为 ${card.total}，预期 ${expected}（方案 ${card.scheme}）`, en: `the total is ${card.total}, expected ${expected} (scheme ${card.scheme})` },
    { lines: rows, actual: card.total, expected },
  );

  function scorecardOf(s: SelfEvaluation | Scorecard): Scorecard {
    if (typeof s === 'object' && s !== null && 'claims' in s && 'total' in s) return s;
    if (isDocument(s) && s.kind === 'self-evaluation') return scoreSelfEvaluation(s, scheme);
    throw new TypeError('subject: expected a self-evaluation or a scorecard (score a declaration with scoreDeclaration and its actuals first)');
  }
}
