import { argumentError, isResult } from '../model/argument-error';
import { didYouMean } from '../model/did-you-mean';
import { DOCUMENT_KINDS, type DocumentKind, type PerformanceDocument } from '../model/document';
import type { Finding, Severity } from '../model/finding';
import { inspectIndicatorName } from '../notation/inspect-indicator-name';
import { placeOf, pointerOf } from './place';
import type { ReviewContext, RuleHit } from './rule';
import { ruleSets, type RuleSet, type RuleSetId } from './rule-set';
import { BUILTIN_RULES } from './rules/index';

/**
 * The result of a review: the findings (errors first, then by line), their counts by severity, the rule set and
 * the rules that ran. There is no 优/良/中/差 review grade: 财预〔2015〕88号 grades a declaration from a
 * reviewer's judgement of completeness, relevance, fitness and feasibility, which findings alone cannot
 * honestly reproduce (see docs/review-rules.md).
 *
 * @example
 * const r: Review = reviewDocument(doc);
 * r.counts.error === 0 //=> true when the document passes
 * @category Review
 */
export interface Review {
  /** The rule set's name. */
  readonly ruleSet: string;
  /** The kind of the document reviewed. */
  readonly kind: DocumentKind;
  /** Every finding, errors first, then warnings, then notes; within a severity by line (documents built in code: by indicator), then rule order. */
  readonly findings: readonly Finding[];
  /** How many findings of each severity. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** The ids of the rules that ran (built-in ids, then custom ids). */
  readonly rules: readonly string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Where a finding sits in the document: its line, else its indicator's index (whole-document findings first). */
function position(f: Finding): number {
  if (f.line !== undefined) return f.line;
  return f.path[0] === 'indicators' && typeof f.path[1] === 'number' ? f.path[1] : -1;
}

function toFinding(doc: PerformanceDocument, hit: RuleHit, code: string, severity: Severity, rule: string): Finding {
  const place = placeOf(doc.origins, hit.path);
  const column = place.column !== undefined && hit.column !== undefined ? place.column + hit.column - 1 : place.column;
  return {
    code: hit.code ?? code,
    severity: hit.severity ?? severity,
    path: hit.path,
    ...(place.line !== undefined && { line: place.line }),
    ...(column !== undefined && { column }),
    field: pointerOf(hit.path) || '/',
    message: hit.message,
    ...(hit.suggestion !== undefined && { suggestion: hit.suggestion }),
    data: { ...(hit.data ?? {}), rule },
  };
}

/** The rule set a caller named or gave; what is none is a programmer error. */
function ruleSetArgument(value: unknown): RuleSet {
  const known = Object.keys(ruleSets);
  if (typeof value === 'string') {
    if (Object.hasOwn(ruleSets, value)) return ruleSets[value as RuleSetId];
    const near = didYouMean(value, known);
    throw argumentError('reviewDocument', 'ruleSet', `a rule set or a preset id (${known.join(', ')})`, value, near === null ? 'build other rule sets with defineRuleSet' : `did you mean '${near}'?`);
  }
  const r = value as Partial<RuleSet> | null;
  if (typeof r === 'object' && r !== null && typeof r.rules === 'object' && r.rules !== null && Array.isArray(r.custom) && typeof r.name === 'string') return r as RuleSet;
  throw argumentError('reviewDocument', 'ruleSet', `a rule set or a preset id (${known.join(', ')})`, value, isResult(value) ? 'pass the Result’s value (defineRuleSet(…).value), after checking ok' : undefined);
}

/**
 * Reviews any document (审核, RULES §6) with a rule set: runs every enabled rule that applies to the document's
 * kind and returns the findings, located by path and, for imported documents, by line and column. The document
 * is not changed. See docs/review-rules.md for each rule. What is no document, or no rule set, is a programmer
 * error: a `TypeError` naming the parameter.
 *
 * @param doc - a declaration or self-evaluation (imported or built in code)
 * @param ruleSet - a rule set or a preset id (`'shanghai'`); default {@link ruleSets}.national; build others with {@link defineRuleSet}
 * @returns the findings and their counts
 * @example
 * const r = reviewDocument(parseFormResult.value, 'shanghai');
 * r.findings.map((f) => `${f.line ?? ''} ${f.code} ${f.message.zh}`);
 * //=> ['11 review/name-target-conflict 三级指标“…”：…', …]
 * @category Review
 */
export function reviewDocument(doc: PerformanceDocument, ruleSet: RuleSet | RuleSetId = ruleSets.national): Review {
  const d = doc as Partial<PerformanceDocument> | null;
  if (typeof d !== 'object' || d === null || !(DOCUMENT_KINDS as readonly unknown[]).includes(d.kind) || !Array.isArray(d.indicators)) {
    throw argumentError('reviewDocument', 'doc', `a document (kind ${DOCUMENT_KINDS.join(' / ')}, with indicators)`, doc, isResult(doc) ? 'pass the Result’s value (parseForm(text).value), after checking ok' : 'validate JSON with validateDocument first');
  }
  const rs = ruleSetArgument(ruleSet);
  const context: ReviewContext = { names: doc.indicators.map((ind) => inspectIndicatorName(ind.name, ind.target)) };
  const found: Finding[] = [];
  const ran: string[] = [];
  for (const rule of BUILTIN_RULES) {
    const setting = rs.rules[rule.id];
    if (!setting || !setting.enabled || !setting.kinds.includes(doc.kind)) continue;
    ran.push(rule.id);
    for (const hit of rule.check(doc, setting.params, context)) found.push(toFinding(doc, hit, `review/${rule.id}`, setting.severity, rule.id));
  }
  for (const rule of rs.custom) {
    if (rule.kinds !== undefined && !rule.kinds.includes(doc.kind)) continue;
    ran.push(rule.id);
    for (const hit of rule.check(doc)) found.push(toFinding(doc, hit, rule.id, rule.severity ?? 'warning', rule.id));
  }
  const findings = found
    .map((f, k) => ({ f, k }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || position(a.f) - position(b.f) || a.k - b.k)
    .map((x) => x.f);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return { ruleSet: rs.name, kind: doc.kind, findings, counts, rules: ran };
}
