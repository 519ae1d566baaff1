import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/index';
import { readTable, toXlsx } from '../../src/files/index';
import { CASES } from '../forms/generators';
import { withoutOrigins } from '../forms/helpers';

// toXlsx → readTable → parseForm gives the document back, for random documents of every layout: the workbook's
// merged tier cells, number formats (amounts, weights, scores, percentages) and wrapped texts read back as the
// cells the text writer writes.

describe('round trip: parseForm(readTable(toXlsx(doc))) gives doc back (without origins)', () => {
  for (const [layout, arb] of CASES) {
    it(layout, async () => {
      await fc.assert(
        fc.asyncProperty(arb, async (doc) => {
          const grids = await readTable(await toXlsx(doc, { layout }));
          if (!grids.ok) throw new Error(grids.errors.map((e) => e.code).join('; '));
          expect(grids.value).toHaveLength(1);
          const r = parseForm(grids.value[0]!);
          if (!r.ok) throw new Error(r.errors.map((x) => `${x.cell}:${x.code} ${x.message.en}`).join('; '));
          expect(r.layout).toBe(layout);
          expect(withoutOrigins(r.value)).toEqual(doc);
        }),
        { numRuns: 40 },
      );
    });
  }
});
