import { describe, expect, it } from 'vitest';
import { inspectIndicatorName } from '../../src/notation/inspect-indicator-name';
import type { Target } from '../../src/model/target';
import { parseTarget } from '../../src/notation/parse-target';

// The notation readers take short cuts for the common case (no characters beyond the BMP, nothing to remove
// from a name, no operator word where the scan stands). These tests hold them to the general case.

describe('inspectIndicatorName short cuts', () => {
  it('gives the name itself, trimmed, when there is no noise', () => {
    const i = inspectIndicatorName('  服务对象满意度 ');
    expect(i.cleanName).toBe('服务对象满意度');
    expect(i.findings).toEqual([]);
  });
  it('counts columns in code points when the name has characters beyond the BMP', () => {
    const i = inspectIndicatorName('指标1:𠀀项目完成率100%');
    expect(i.cleanName).toBe('𠀀项目完成率');
    expect(i.findings.map((f) => [f.code, f.column])).toEqual([
      ['notation/name-numbering', 1],
      ['notation/name-target', 11],
    ]);
    const p = inspectIndicatorName('𠀀𠀀数量( ≥**个 )★');
    expect(p.cleanName).toBe('𠀀𠀀数量');
    expect(p.findings.map((f) => [f.code, f.column])).toEqual([
      ['notation/name-marker', 13],
      ['notation/name-placeholder', 5],
    ]);
  });
  it('reads placeholders with × and targets with full-width digits', () => {
    expect(inspectIndicatorName('受益人口数≥××人').findings.map((f) => f.code)).toEqual(['notation/name-placeholder']);
    expect(inspectIndicatorName('完成率１００％').findings.map((f) => f.data)).toEqual([{ target: '100%', op: null, value: '100', unit: '%' }]);
  });
});

/** The target a cell is read as (the test fails when it cannot be read). */
function target(text: string): Target {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(`expected a target, got ${r.errors.map((e) => e.code).join(', ')}`);
  return r.value;
}

describe('parseTarget short cuts', () => {
  it('keeps the trimmed text as written, with or without characters beyond the BMP', () => {
    expect(target('  及时 ')).toEqual({ kind: 'qualitative', text: '及时', raw: '  及时 ' });
    expect(target(' 𠀀及时　')).toEqual({ kind: 'qualitative', text: '𠀀及时', raw: ' 𠀀及时　' });
  });
  it('reads runs of dashes as not applicable, and nothing else that starts with one', () => {
    expect(target('——')).toEqual({ kind: 'notApplicable', raw: '——' });
    expect(target('−−−')).toEqual({ kind: 'notApplicable', raw: '−−−' });
    expect(target('-—').kind).not.toBe('notApplicable');
    expect(target('-5')).toMatchObject({ kind: 'quantitative', value: '-5' });
  });
  it('still finds operator words and symbols wherever the scan looks for them', () => {
    expect(target('不低于 90%')).toMatchObject({ op: '>=', value: '90', unit: '%' });
    expect(parseTarget('≥≥98%').warnings.map((w) => w.code)).toContain('notation/operator-doubled');
    expect(target('5%以内')).toMatchObject({ op: '<=', value: '5', unit: '%' });
    expect(target('100±3')).toMatchObject({ kind: 'tolerance', reference: '100', band: '3' });
    expect(target('控制在80%-90%')).toMatchObject({ kind: 'range', min: '80', max: '90' });
  });
});

describe('parseTarget — a tolerance without its band', () => {
  // Found by the property test with the fixed seed (`１+-`): the error pointed one column past the cell.
  it('reports the missing value at the last code point of the cell', () => {
    for (const [text, column] of [['１+-', 3], ['100±', 4], ['100 ± ', 5]] as const) {
      const r = parseTarget(text);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.errors.map((e) => [e.code, e.column])).toEqual([['notation/value-missing', column]]);
    }
  });
});
