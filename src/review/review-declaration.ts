import type { Declaration } from '../model/document';
import { reviewDocument, type Review } from './review-document';
import { ruleSets, type RuleSet } from './rule-set';

/**
 * Reviews a declaration (绩效目标申报表) before budgeting: {@link reviewDocument} typed for declarations.
 *
 * @param doc - a unit or project declaration
 * @param ruleSet - default {@link ruleSets}.national
 * @returns the findings and their counts
 * @example
 * const r = reviewDeclaration(nanyue);
 * r.findings.filter((f) => f.code === 'review/name-placeholder').length //=> 10
 * r.findings.some((f) => f.code === 'review/name-target-conflict') //=> true (100% in the name vs >=98%)
 * @category Review
 */
export function reviewDeclaration(doc: Declaration, ruleSet: RuleSet = ruleSets.national): Review {
  return reviewDocument(doc, ruleSet);
}
