import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/money/parse-amount';
import { parseActual } from '../../src/notation/parse-actual';
import { parseDirectionWord } from '../../src/notation/parse-direction-word';
import { parseTarget } from '../../src/notation/parse-target';
import { parseTargetColumns } from '../../src/notation/parse-target-columns';
import { splitNameTarget } from '../../src/notation/split-name-target';

// Adversarial inputs of 10^6 characters for the regular expressions and scans added for dates, directions,
// compound units, names and amounts with a remark, each given to the readers that run them. A quadratic reading
// takes hours at this size; the one bound below is generous (not a timing test: speed lives in `npm run bench`).
const N = 1_000_000;
const fill = (piece: string, prefix = '') => prefix + piece.repeat(Math.ceil((N - prefix.length) / piece.length));
const ok = (r: { ok: boolean; errors?: readonly unknown[] }) => expect(r.ok || (r.errors?.length ?? 0) > 0).toBe(true);

const CASES: readonly (readonly [string, (text: string) => void])[] = [
  // dates: the sticky expressions at the start, the deadline words, the tail
  ...['1-', '年', '12月', '2024.1', '截至', '上半年', '1月至'].map((p) => [fill(p), (t: string) => (ok(parseTarget(t)), ok(parseActual(t)))] as const),
  [fill('前', '12月底'), (t) => (ok(parseTarget(t)), ok(parseActual(t)))],
  // compound units
  [fill('人*', '≥1'), (t) => ok(parseTarget(t))],
  [fill('·', '≥1人'), (t) => ok(parseTarget(t))],
  // amounts with a remark
  [fill('(其中', '854万'), (t) => ok(parseAmount(t))],
  [fill('万', '854'), (t) => ok(parseAmount(t))],
  [fill(',其中1'), (t) => ok(parseAmount(t))],
  // directions, in their own reader and in an operator cell
  [fill('正向'), (t) => (expect(parseDirectionWord(t)).toBeNull(), ok(parseTargetColumns({ operator: t, value: '1', unit: '' })))],
  [fill(' ', '正'), (t) => expect(parseDirectionWord(t)).toBeNull()],
  // targets at the end of names
  [fill('1个', '数量'), (t) => expect(splitNameTarget(t)).toBeNull()],
  [fill('数量1'), (t) => expect(splitNameTarget(t)).toBeNull()],
  [fill('%', '率1'), (t) => expect(splitNameTarget(t)).toBeNull()],
];

describe('new readers on 10^6 characters', () => {
  it('finish, and give a result in their documented shape', () => {
    const start = Date.now();
    for (const [text, run] of CASES) {
      expect(text.length).toBeGreaterThanOrEqual(N);
      run(text);
    }
    // generous: these take seconds when linear, hours when quadratic
    expect(Date.now() - start).toBeLessThan(120_000);
  }, 300_000);
});
