import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/money/decimal';
import {
  addScaled,
  compareScaled,
  dividedByScaled,
  readScaled,
  roundSignificant,
  roundToPlaces,
  scaled,
  timesScaled,
  toFixedScaled,
  toPlainDecimal,
  withoutTrailingZeros,
  type Scaled,
} from '../../src/money/scaled';

// Decimal strings from short ('7', '0.5') to long (25 integer and 25 fraction digits), either sign.
const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 50n), max: 10n ** 50n }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 50 }))
  .map(([n, scale, width]) => {
    const m = n % 10n ** BigInt(width);
    return scale === 0 ? m.toString() : toPlainDecimalAt(m, scale);
  });
const nonZero = decimal.filter((s) => !new Dec(s).isZero());

/** Writes m × 10^-scale with exactly `scale` fraction digits (a table may write trailing zeros). */
function toPlainDecimalAt(m: bigint, scale: number): string {
  const neg = m < 0n;
  const digits = (neg ? -m : m).toString().padStart(scale + 1, '0');
  return `${neg ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const plain = (x: Scaled): string => toPlainDecimal(x.int, x.scale);
const decPlain = (d: Dec): string => {
  const s = d.toFixed();
  return s === '-0' ? '0' : s;
};

describe('scaled integers agree with decimal.js (Dec)', () => {
  it('compares', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareScaled(scaled(a), scaled(b))).toBe(new Dec(a).cmp(b));
      }),
    );
  });

  it('adds exactly', () => {
    // The scaled sum is exact (Dec rounds sums beyond 40 digits): compared with a decimal.js that does not round.
    const Exact = Dec.clone({ precision: 200 });
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(plain(addScaled(scaled(a), scaled(b)))).toBe(decPlain(new Exact(a).plus(b)));
      }),
    );
  });

  it('multiplies, rounding to 40 significant digits half-up as Dec does', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(plain(timesScaled(scaled(a), scaled(b)))).toBe(decPlain(new Dec(a).times(b)));
      }),
      { numRuns: 1000 },
    );
  });

  it('divides, correctly rounded to 40 significant digits as Dec does', () => {
    fc.assert(
      fc.property(decimal, nonZero, (a, b) => {
        expect(plain(dividedByScaled(scaled(a), scaled(b)))).toBe(decPlain(new Dec(a).div(b)));
      }),
      { numRuns: 1000 },
    );
  });

  it('divides exact ties at the 41st digit away from zero', () => {
    // q × b / b where q has 41 digits ending in 5: the quotient is q exactly, rounded up in its 40th digit.
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 39n, max: 10n ** 40n - 1n }), nonZero, fc.boolean(), (q0, b, neg) => {
        const q = (neg ? -1n : 1n) * (q0 * 10n + 5n);
        const bs = scaled(b);
        const a: Scaled = { int: q * bs.int, scale: 20 + bs.scale };
        expect(plain(dividedByScaled(a, bs))).toBe(decPlain(new Dec(plain(a)).div(b)));
      }),
    );
  });

  it('rounds to places half-up, keeping the sign of a negative value that rounds to zero', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 0, max: 6 }), (a, places) => {
        const s = scaled(a);
        const r = roundToPlaces(s.int, s.scale, places);
        expect(r.text).toBe(new Dec(a).toFixed(places, Dec.ROUND_HALF_UP));
        expect(toFixedScaled(s.int, s.scale, places)).toBe(r.text);
        expect(r.int).toBe(scaled(r.text).int);
      }),
    );
    expect(toFixedScaled(-1n, 3, 2)).toBe('-0.00');
    expect(roundToPlaces(5325n, 3, 2)).toEqual({ int: 533n, text: '5.33' });
  });

  it('writes the shortest decimal', () => {
    fc.assert(
      fc.property(decimal, (a) => {
        expect(plain(scaled(a))).toBe(decPlain(new Dec(a)));
      }),
    );
    expect(toPlainDecimal(10000n, 2)).toBe('100');
    expect(toPlainDecimal(250n, 2)).toBe('2.5');
  });

  it('rounds to significant digits', () => {
    expect(roundSignificant({ int: 123456n, scale: 3 }, 4)).toEqual({ int: 1235n, scale: 1 });
    expect(roundSignificant({ int: -99995n, scale: 0 }, 4)).toEqual({ int: -100000n, scale: 0 });
    expect(roundSignificant({ int: 12n, scale: 5 }, 4)).toEqual({ int: 12n, scale: 5 });
  });

  it('reads what decimal.js reads, and refuses what is no number', () => {
    expect(readScaled('51.12')).toEqual({ int: 5112n, scale: 2 });
    expect(plain(readScaled('1e1'))).toBe('10');
    expect(plain(readScaled('.5'))).toBe('0.5');
    expect(() => readScaled('abc')).toThrow();
  });

  it('does not mutate its inputs', () => {
    const a: Scaled = Object.freeze({ int: 5112n, scale: 2 });
    const b: Scaled = Object.freeze({ int: 96n, scale: 0 });
    expect(plain(timesScaled(a, b))).toBe('4907.52');
    expect(plain(dividedByScaled(a, b))).toBe('0.5325');
    expect(plain(addScaled(a, b))).toBe('147.12');
    expect(a).toEqual({ int: 5112n, scale: 2 });
  });
});

describe('fast paths agree with the general ones', () => {
  it('roundSignificant returns a value already within the digits as it is', () => {
    fc.assert(
      fc.property(decimal, fc.integer({ min: 1, max: 45 }), (s, digits) => {
        const x = scaled(s);
        expect(plain(roundSignificant(x, digits))).toBe(decPlain(new Dec(s).toSignificantDigits(digits, Dec.ROUND_HALF_UP)));
      }),
      { numRuns: 2000 },
    );
  });

  it('withoutTrailingZeros reads back what toPlainDecimal writes', () => {
    fc.assert(
      fc.property(decimal, (s) => {
        const x = scaled(s);
        expect(withoutTrailingZeros(x.int, x.scale)).toEqual(scaled(toPlainDecimal(x.int, x.scale)));
      }),
    );
    expect(withoutTrailingZeros(25000n, 4)).toEqual({ int: 25n, scale: 1 });
  });
});
