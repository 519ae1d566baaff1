import type { z } from 'zod';
import type { DocumentKind, PerformanceDocument } from '../model/document';
import type { Bilingual, Severity } from '../model/finding';
import type { NameInspection } from '../notation/inspect-indicator-name';

/**
 * One thing a review rule found: where (`path` into the document; the line is added from `doc.origins`), what
 * (message in zh and en), and optionally what to do and the values involved. `column` counts from the start of
 * the cell at `path`.
 *
 * @example
 * const hit: RuleHit = { path: ['indicators', 2], message: { zh: '缺少备注', en: 'note missing' } };
 * @category Review
 */
export interface RuleHit {
  /** JSON path into the document. */
  readonly path: readonly (string | number)[];
  /** What is wrong. */
  readonly message: Bilingual;
  /** What to do about it. */
  readonly suggestion?: Bilingual;
  /** The values involved. */
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
  /** Column inside the cell at `path` (1-based), when known. */
  readonly column?: number;
  /** A finding passed through from another stage keeps its own code (e.g. `budget/total-blank`). */
  readonly code?: string;
  /** …and its own severity. */
  readonly severity?: Severity;
}

/**
 * What a built-in rule may use besides the document: the inspection of every indicator name, computed once.
 *
 * @example
 * const placeholders = (ctx: ReviewContext) => ctx.names.filter((n) => n.isPlaceholderRow).length;
 * @category Review
 */
export interface ReviewContext {
  /** `inspectIndicatorName(indicator.name, indicator.target)` for each indicator, in order. */
  readonly names: readonly NameInspection[];
}

/**
 * How sure the library is of a rule's basis (RULES.md tags): `C` read in an official document, `S` seen in
 * published forms or deployed systems, `U` believed, not verified.
 *
 * @example
 * const c: Confidence = 'S';
 * @category Review
 */
export type Confidence = 'C' | 'S' | 'U';

/**
 * A built-in review rule: its id (the finding code is `review/<id>`), what it checks and why, its source and
 * confidence, the document kinds and severity it has by default, and its parameters (a zod schema and the
 * defaults). `check` is pure.
 *
 * @example
 * const ids = (rules: readonly ReviewRule[]) => rules.map((r) => r.id);
 * @category Review
 */
export interface ReviewRule<P extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable id, e.g. `target-missing`; the finding code is `review/target-missing`. */
  readonly id: string;
  /** What it checks, in a few words. */
  readonly title: Bilingual;
  /** Why it matters. */
  readonly why: Bilingual;
  /** Where the rule comes from (a document, a form, a deployed system). */
  readonly source: string;
  /** How sure we are of that source. */
  readonly confidence: Confidence;
  /** The document kinds it applies to by default. */
  readonly kinds: readonly DocumentKind[];
  /** Its default severity. */
  readonly severity: Severity;
  /** The schema of its parameters (all fields required; a rule set overrides some). */
  readonly params: z.ZodType<P>;
  /** The default parameters. */
  readonly defaults: P;
  /** Finds the problems. Pure: must not change the document. */
  readonly check: (doc: PerformanceDocument, params: P, context: ReviewContext) => readonly RuleHit[];
}

/**
 * A rule written by a user: a pure function over the document returning hits. Its `id` is the finding code and
 * must be namespaced (`myorg/goal-too-short`); it may not start with `review/`.
 *
 * @example
 * const goalLength: CustomRule = {
 *   id: 'myorg/goal-too-short',
 *   title: { zh: '年度目标过短', en: 'annual goal too short' },
 *   kinds: ['project-declaration'],
 *   severity: 'warning',
 *   check: (doc) =>
 *     doc.kind === 'project-declaration' && doc.goal.annual.length < 20
 *       ? [{ path: ['goal', 'annual'], message: { zh: '年度目标少于20字', en: 'the annual goal has fewer than 20 characters' } }]
 *       : [],
 * };
 * @category Review
 */
export interface CustomRule {
  /** The finding code, namespaced (`org/what`). */
  readonly id: string;
  /** What it checks. */
  readonly title: Bilingual;
  /** The kinds it applies to (default: all). */
  readonly kinds?: readonly DocumentKind[];
  /** Severity of its findings (default `warning`). */
  readonly severity?: Severity;
  /** Finds the problems. Must be pure. */
  readonly check: (doc: PerformanceDocument) => readonly RuleHit[];
}
