/**
 * An app's own rules for the declarations it accepts, written on jixiao's review: the national rule set, with
 * cost indicators required and a satisfaction floor of 90% (both errors here), and one rule of the app's own.
 * declaration-rules.test.ts tests them with `jixiao/testing`, as an app's test suite would.
 */
import { defineRuleSet, reviewDocument, type PerformanceDocument, type Review, type RuleSet } from 'jixiao';

const defined = defineRuleSet({
  name: 'our-app',
  extends: 'national',
  rules: {
    // Every project must have a cost indicator (a built-in rule, off in the national set).
    'cost-indicators': { enabled: true, severity: 'error' },
    // Satisfaction targets of at least 90%.
    'satisfaction-floor': { severity: 'error', params: { floor: '90' } },
  },
  custom: [
    {
      id: 'our-app/goal-too-short',
      title: { zh: '年度目标过短', en: 'annual goal too short' },
      kinds: ['project-declaration'],
      severity: 'warning',
      check: (doc) =>
        doc.kind === 'project-declaration' && [...doc.goal.annual].length < 10
          ? [{ path: ['goal', 'annual'], message: { zh: '年度目标少于10个字', en: 'the annual goal has fewer than 10 characters' } }]
          : [],
    },
  ],
});
if (!defined.ok) throw new Error(defined.errors.map((e) => e.message.en).join('\n'));

/** The app's rule set. */
export const appRules: RuleSet = defined.value;

/** Reviews a declaration under the app's rules. */
export function reviewForApp(doc: PerformanceDocument): Review {
  return reviewDocument(doc, appRules);
}
