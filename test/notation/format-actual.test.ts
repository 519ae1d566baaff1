import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actual } from '../../src/model/actual';
import { formatActual } from '../../src/notation/format-actual';
import { parseActual } from '../../src/notation/parse-actual';

describe('formatActual', () => {
  it('writes each kind of actual from its parts, not its raw text', () => {
    expect(formatActual({ kind: 'quantitative', value: '32', unit: '户', raw: ' 32 户 ' })).toBe('32户');
    expect(formatActual({ kind: 'quantitative', value: '89.974', unit: null, raw: '' })).toBe('89.974');
    expect(formatActual({ kind: 'grade', grade: 'achieved', raw: '达成预期指标' })).toBe('达成年度指标');
    expect(formatActual({ kind: 'grade', grade: 'not-achieved', raw: '' })).toBe('未达成年度指标且效果较差');
    expect(formatActual({ kind: 'qualitative', text: '及时', raw: '' })).toBe('及时');
    expect(formatActual({ kind: 'notApplicable', raw: '不适用' })).toBe('/');
    expect(formatActual({ kind: 'missing', raw: '' })).toBe('');
  });

  it('is read back by parseActual to the same actual', () => {
    const actual: fc.Arbitrary<Actual> = fc.oneof(
      fc.record({
        kind: fc.constant('quantitative' as const),
        value: fc.tuple(fc.nat(99_999), fc.option(fc.nat(99), { nil: undefined })).map(([i, f]) => (f === undefined ? `${i}` : `${i}.${String(f).padStart(2, '0')}`)),
        unit: fc.constantFrom(null, '户', '%', '人次', '元/亩', '万元', '‰'),
        raw: fc.constant(''),
      }),
      fc.record({ kind: fc.constant('grade' as const), grade: fc.constantFrom('achieved', 'partly-achieved', 'not-achieved' as const), raw: fc.constant('') }),
      fc.record({ kind: fc.constant('qualitative' as const), text: fc.constantFrom('及时', '符合', '明显提升', '合格'), raw: fc.constant('') }),
      fc.constant<Actual>({ kind: 'notApplicable', raw: '' }),
      fc.constant<Actual>({ kind: 'missing', raw: '' }),
    );
    fc.assert(
      fc.property(actual, (a) => {
        const text = formatActual(a);
        const r = parseActual(text);
        expect(r.ok && r.value).toEqual({ ...a, raw: text });
      }),
    );
  });
});
