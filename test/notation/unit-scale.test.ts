import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitScale } from '../../src/notation/unit-scale';

describe('unitScale', () => {
  it.each([
    ['万人次', '人次', 4],
    ['人次', '万人次', -4],
    ['元', '万元', -4],
    ['亿元', '万元', 4],
    ['千万元', '元', 7],
    ['百万元', '十万元', 1],
    ['万元/亩', '元/亩', 4],
    ['（万元）', '万元', 0],
    ['％', '百分比', 0],
  ])('%s → %s is 10^%i', (from, to, power) => {
    expect(unitScale(from, to)).toBe(power);
  });

  it.each([
    ['户', '人'],
    ['千米', '米'],
    ['万', '元'],
    ['万', null],
    [null, '户'],
    [null, null],
    ['万人', '人次'],
  ])('%s and %s do not scale into each other', (from, to) => {
    expect(unitScale(from, to)).toBeNull();
  });

  it('property: scaling there and back is the identity, and the powers add up along a chain', () => {
    const base = fc.constantFrom('元', '人次', '户', '亩', '元/亩');
    const word = fc.constantFrom('', '万', '十万', '百万', '千万', '亿');
    fc.assert(
      fc.property(base, word, word, word, (b, x, y, z) => {
        const xy = unitScale(x + b, y + b);
        const yz = unitScale(y + b, z + b);
        const xz = unitScale(x + b, z + b);
        expect(xy).not.toBeNull();
        expect(unitScale(y + b, x + b)).toBe(-(xy as number) || 0);
        expect(xz).toBe((xy as number) + (yz as number));
      }),
    );
  });
});
