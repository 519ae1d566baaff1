import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Actual } from '../../src/model/actual';
import type { Operator, Target } from '../../src/model/target';
import { Target as TargetSchema } from '../../src/model/target';
import { Dec, toDecimalString } from '../../src/money/decimal';
import { formatTarget } from '../../src/notation/format-target';
import { inspectIndicatorName } from '../../src/notation/inspect-indicator-name';
import { parseActual } from '../../src/notation/parse-actual';
import { parseTarget } from '../../src/notation/parse-target';
import { parseTargetColumns } from '../../src/notation/parse-target-columns';

// Strings built from the characters target cells are made of, so that the generator hits the parser's paths
// (operators, digits, units, brackets, separators, words) far more often than random Unicode would.
const PIECES = [
  '≥', '≤', '>', '<', '=', '>=', '<=', '≧', '≦', '﹦', '＞', '＜', '＝', '±', '+-', '+', '-', '—', '－', '～', '~', '至',
  '0', '1', '9', '30', '100', '.', ',', '，', '１', '０', '％', '%', '‰', '百分比', '(', ')', '（', '）', '[', ']', '【', '】',
  '户', '人', '万人', '元/亩', '/', '次/10万公顷', '以上', '以内', '以下', '内', '不低于', '不超过', '控制在', '达到',
  '及时', '符合', '不适用', '无', '*', '**', '…', ' ', '　', '\t', '根据', '【2022】13号', '规定', '指标1:', '★', '𠀋', '\u0301',
];
const cellText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((a) => a.join('')),
);

function codePoints(s: string): number {
  return Array.from(s).length;
}

describe('parseTarget — properties', () => {
  it('never throws, keeps raw, returns a valid Target, and places findings inside the cell', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const r = parseTarget(text);
        const findings = r.ok ? r.warnings : [...r.errors, ...r.warnings];
        if (r.ok) {
          expect(r.value.raw).toBe(text);
          expect(TargetSchema.safeParse(r.value).success).toBe(true);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
        }
        for (const f of findings) {
          expect(f.code).toMatch(/^notation\//);
          expect(f.message.zh.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.column).toBeLessThanOrEqual(Math.max(1, codePoints(text)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        expect(parseTarget(text)).toEqual(parseTarget(text));
      }),
      { numRuns: 500 },
    );
  });

  it('parseActual, parseTargetColumns and inspectIndicatorName never throw either, and do not mutate their input', () => {
    fc.assert(
      fc.property(cellText, cellText, cellText, (a, b, c) => {
        const actual = parseActual(a);
        if (actual.ok) expect(Actual.safeParse(actual.value).success).toBe(true);
        const cells = Object.freeze({ operator: a, value: b, unit: c });
        const columns = parseTargetColumns(cells);
        if (columns.ok) {
          expect(TargetSchema.safeParse(columns.value).success).toBe(true);
          expect(columns.value.raw).toBe(`${a}\t${b}\t${c}`);
        }
        expect(cells).toEqual({ operator: a, value: b, unit: c });
        const t = parseTarget(c);
        const inspection = inspectIndicatorName(b, t.ok ? Object.freeze(t.value) : undefined);
        expect(inspection.name).toBe(b);
        expect(codePoints(inspection.cleanName)).toBeLessThanOrEqual(codePoints(b));
      }),
      { numRuns: 1500 },
    );
  });

  it('completes on very long cells (linear scanning; not a timing test)', () => {
    const long = [
      '≥'.repeat(100_000),
      '1'.repeat(100_000),
      '1,000'.repeat(20_000),
      `≥${'9'.repeat(100_000)}%`,
      '及时'.repeat(50_000),
      '(('.repeat(50_000),
      '≥1 '.repeat(30_000),
      `[${'1'.repeat(50_000)},`,
      '2022】1'.repeat(20_000),
      '指标1:'.repeat(20_000),
      `${'*'.repeat(50_000)}%`,
    ];
    for (const text of long) {
      const r = parseTarget(text);
      expect(r.ok ? r.value.raw : text).toBe(text);
      parseActual(text);
      inspectIndicatorName(text);
    }
    expect(parseTarget(`≥${'9'.repeat(100_000)}%`)).toMatchObject({ ok: true, value: { kind: 'quantitative', op: '>=', unit: '%' } });
  });
});

// Round trip. The property: for every valid target t whose values have at most two decimals (so that the
// shanghai style's rounding to two decimals is exact), parseTarget(formatTarget(t, { style })) succeeds and gives
// back t with `raw` = the formatted text, where for 'shanghai' every value is compared in its two-decimal form
// (30 → '30.00') and for 'plain' exactly as it was. Qualitative and reference texts come from real cells.
const OPS: (Operator | null)[] = ['>=', '>', '=', '<', '<=', null];
const UNITS = ['户', '人', '家', '%', '‰', '街镇', '元/亩', '元/平方米', '次/10万公顷', '万人', '个', 'm', '公斤', '万元', '元', '个工作日', null];
const decimal = fc
  .tuple(fc.bigInt({ min: -1_000_000n, max: 10_000_000_000n }), fc.integer({ min: 0, max: 2 }))
  .map(([n, d]) => toDecimalString(new Dec(n.toString()).div(10 ** d), d));
const nonNegative = decimal.map((v) => v.replace(/^-/, ''));
const unit = fc.constantFrom(...UNITS);
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ kind: fc.constant('quantitative' as const), op: fc.constantFrom(...OPS), value: decimal, unit, raw: fc.constant('') }),
  fc
    .record({ kind: fc.constant('range' as const), a: decimal, b: decimal, unit, raw: fc.constant('') })
    .map(({ a, b, ...rest }) => (new Dec(a).lte(b) ? { ...rest, min: a, max: b } : { ...rest, min: b, max: a })),
  fc.record({ kind: fc.constant('tolerance' as const), reference: fc.option(decimal, { nil: null }), band: nonNegative, unit, raw: fc.constant('') }),
  fc.record({
    kind: fc.constant('qualitative' as const),
    text: fc.constantFrom('及时', '符合', '提升', '达标', '效果明显', '在项目计划完成时间内完成', '严格执行相关制度规定', '应保尽保'),
    raw: fc.constant(''),
  }),
  fc.record({ kind: fc.constant('reference' as const), text: fc.constantFrom('按规定', '详见附件', '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值'), raw: fc.constant('') }),
  fc.constant({ kind: 'notApplicable' as const, raw: '/' }),
  fc.constant({ kind: 'missing' as const, raw: '' }),
);

function atTwoDecimals(t: Target): Target {
  const two = (v: string) => toDecimalString(new Dec(v), 2);
  switch (t.kind) {
    case 'quantitative':
      return { ...t, value: two(t.value) };
    case 'range':
      return { ...t, min: two(t.min), max: two(t.max) };
    case 'tolerance':
      return { ...t, reference: t.reference === null ? null : two(t.reference), band: two(t.band) };
    default:
      return t;
  }
}

describe('formatTarget → parseTarget round trip', () => {
  it.each(['shanghai', 'plain'] as const)('gives back the target in the %s style', (style) => {
    fc.assert(
      fc.property(target, (t) => {
        const frozen = Object.freeze({ ...t });
        const text = formatTarget(frozen, { style });
        const r = parseTarget(text);
        if (!r.ok) throw new Error(`${text}: ${r.errors.map((e) => e.code).join(',')}`);
        const expected = style === 'shanghai' ? atTwoDecimals(t) : t;
        expect(r.value).toEqual({ ...expected, raw: text });
      }),
      { numRuns: 2000 },
    );
  });
});
