import { describe, expect, it } from 'vitest';
import { defineScheme, parseScheme, scoreSelfEvaluation, type SchemeDefinition } from '../../src/score/index';
import { reviewDocument } from '../../src/review/index';

// Type-level: `npm run typecheck` (tsc over test/) fails if any of these lines compiles, that is, if a typo in a
// scheme literal is accepted again (issue 11.3: defineScheme had an overload taking `unknown`).
describe('scheme literals are checked by the compiler', () => {
  it('refuses typos at compile time and at run time alike', () => {
    // @ts-expect-error `totl` is no field of a scheme
    const a = defineScheme({ extends: 'national', totl: '100' });
    // @ts-expect-error 'linaer' is no reverse formula
    const b = defineScheme({ extends: 'national', formulas: { reverse: 'linaer' } });
    // @ts-expect-error 'natonal' is no preset
    const c = defineScheme({ extends: 'natonal' });
    // @ts-expect-error a policy is 'table' or 'scheme'
    const d = defineScheme({ extends: 'national', weights: { from: 'both' } });
    // @ts-expect-error JSON (unknown) goes through parseScheme
    const e = defineScheme(JSON.parse('{}') as unknown);
    expect([a, b, c, d, e].map((r) => r.ok)).toEqual([false, false, false, false, false]);
    expect(parseScheme(JSON.parse('{"extends":"national","id":"j"}') as unknown).ok).toBe(true);
    const fine: SchemeDefinition = { extends: 'hubei', tiers: { output: { weight: '40' } } };
    expect(fine.extends).toBe('hubei');
  });

  it('types preset ids where a scheme or rule set is taken', () => {
    const call = (doc: Parameters<typeof scoreSelfEvaluation>[0]) => {
      scoreSelfEvaluation(doc, 'hubei');
      // @ts-expect-error 'shanghai' is a rule set, not a scheme
      scoreSelfEvaluation(doc, 'shanghai');
      reviewDocument(doc, 'shanghai');
      // @ts-expect-error 'hubei' is a scheme, not a rule set
      reviewDocument(doc, 'hubei');
    };
    expect(typeof call).toBe('function');
  });
});
