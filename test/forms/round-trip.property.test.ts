import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatForm, parseForm } from '../../src/forms/index';
import { PerformanceDocument as Schema } from '../../src/model/document';
import { CASES } from './arbitraries';
import { withoutOrigins } from './helpers';

describe('round trip: parseForm(formatForm(doc)) gives doc back (without origins)', () => {
  for (const [layout, arb] of CASES) {
    it(layout, () => {
      fc.assert(
        fc.property(arb, (doc) => {
          expect(Schema.safeParse(doc).success).toBe(true);
          const text = formatForm(doc, { layout });
          const r = parseForm(text);
          if (!r.ok) throw new Error(`${r.errors.map((x) => `${x.line}:${x.code} ${x.message.en}`).join('; ')}\n${text}`);
          expect(r.layout).toBe(layout);
          expect(withoutOrigins(r.value)).toEqual(doc);
        }),
        { numRuns: 80 },
      );
    });
  }
});
