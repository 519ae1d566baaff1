export { reviewDeclaration } from './review-declaration';
export { reviewDocument, type Review } from './review-document';
export type { Confidence, CustomRule, ReviewContext, ReviewRule, RuleHit } from './rule';
export {
  defineRuleSet,
  parseRuleSet,
  reviewRules,
  RuleConfig,
  ruleSets,
  RuleSetConfig,
  type RuleSet,
  type RuleSetId,
  type RuleSetInput,
  type RuleSetting,
} from './rule-set';
