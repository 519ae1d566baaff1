import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectIndicatorName } from '../../src/notation/inspect-indicator-name';
import type { Target } from '../../src/model/target';
import { parseTarget } from '../../src/notation/parse-target';
import { findNameNoise } from '../../src/notation/internal/name-noise';
import { isUnitText, scanExpression } from '../../src/notation/internal/expression';
import { plainTarget } from '../../src/notation/internal/plain-target';
import { CHARACTER_VARIANTS, isNotApplicableText, isSpace, isSpaceCode, prepare } from '../../src/notation/internal/text';
import { NOT_APPLICABLE_MARKERS } from '../../src/notation/vocabulary';

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

// Cells built from the characters the short cuts look at: digits of both widths, `*` `＊` `×`, markers,
// ellipses, numbering, spaces of every kind, brackets, variants, a character beyond the BMP and a lone surrogate.
const PIECES = ['服务', '满意度', '数量', '1', '0', '９', '*', '＊', '×', '★', '☆', '※', '●', '■', '…', '.', '．', '。', '·', '一', '三', '十', '、', '指标', ':', '：', '(', ')', '（', '）', '≥', '>=', '%', '％', '户', '/', '-', '—', '〜', '﹪', ' ', '　', '\u00a0', '\t', '\u2028', '\ufeff', '𠀀', '\ud800', '不适用', '无', 'N/A', '以上', '的', '完成', '人', '次', '•', '・'];
const cell = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

describe('isSpaceCode', () => {
  it('is /\\s/ on every UTF-16 unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /^\s$/u.test(ch) || isSpace(ch) !== isSpaceCode(c)) throw new Error(`U+${c.toString(16)}`);
    }
    expect(isSpaceCode(0x3000) && isSpaceCode(0xa0) && !isSpaceCode(0x200b)).toBe(true);
    expect(isSpace('𠀀')).toBe(false);
  });
});

describe('inspectIndicatorName short cut for plain names', () => {
  it('gives what every step gives', () => {
    const t = target('≥90%');
    fc.assert(
      fc.property(cell, (name) => {
        expect(inspectIndicatorName(name)).toEqual(findNameNoise(name));
        expect(inspectIndicatorName(name, t)).toEqual(findNameNoise(name, t));
      }),
      { numRuns: 3000 },
    );
  });
});

/** isUnitText as defined, code point by code point. */
function isUnitTextByDefinition(text: string, maxLength: number): boolean {
  const cps = Array.from(text);
  if (cps.length === 0) return false;
  const bad = new Set(Array.from('的？?!！…_前后完成底于在和并已未不是有按将使让被把对从向为之与或即则均都也还达较更'));
  if (cps.some((c) => bad.has(c) || /^\s$/u.test(c))) return false;
  // A product sign stands between two parts (`人·次`, `元/人*月`); the unit is then judged without it. The
  // lengths are counted with the signs, as written.
  const signs = new Set(['*', '×', '·', '・', '•', '⋅', '∙']);
  const isPart = (c: string | undefined) => c !== undefined && c !== '/' && !signs.has(c);
  if (cps.some((c, k) => signs.has(c) && !(isPart(cps[k - 1]) && isPart(cps[k + 1])))) return false;
  const unit = cps.filter((c) => !signs.has(c)).join('');
  const lengths = text.split('/').map((part) => Array.from(part).length);
  const parts = unit.split('/');
  if (parts.length > 3) return false;
  if (parts.every((part) => part === '')) return false;
  if (parts.some((part, k) => part === '' && k > 0)) return false;
  if (!/[^\d/]/u.test(unit)) return false;
  if (/[0-9]/u.test(parts[0] as string)) return false;
  return lengths.every((n) => n <= maxLength);
}

describe('isUnitText', () => {
  it('is the definition, whatever the text', () => {
    fc.assert(
      fc.property(cell, fc.integer({ min: 1, max: 8 }), (unit, max) => {
        expect(isUnitText(unit, max)).toBe(isUnitTextByDefinition(unit, max));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('prepare short cuts', () => {
  it('normalise exactly as code point by code point, and keep the normalised text when it can be sliced', () => {
    const normalise = (c: string): string => {
      const cp = c.codePointAt(0) as number;
      if (cp >= 0xff01 && cp <= 0xff5e) return String.fromCodePoint(cp - 0xfee0);
      if (cp === 0x3000) return ' ';
      return CHARACTER_VARIANTS[c] ?? c;
    };
    fc.assert(
      fc.property(cell, (text) => {
        const p = prepare(text);
        const orig = Array.from(text);
        expect(p.orig).toEqual(orig);
        expect(p.chars).toEqual(orig.map(normalise));
        // Any surrogate (paired or not) makes the short cut step aside; without one, it is always taken.
        expect(p.normalised).toBe(/[\ud800-\udfff]/.test(text) ? null : orig.map(normalise).join(''));
      }),
      { numRuns: 3000 },
    );
  });
  it('tell not-applicable markers by the list and runs of one dash', () => {
    fc.assert(
      fc.property(cell, (text) => {
        const cps = Array.from(text);
        const dashes = ['-', '—', '–', '―', '－', '−', '﹣'];
        const expected = NOT_APPLICABLE_MARKERS.includes(text) || (cps.length > 0 && dashes.includes(cps[0] as string) && cps.every((c) => c === cps[0]));
        expect(isNotApplicableText(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseTarget short cut for the canonical form', () => {
  const OPS = ['>=', '<=', '≥', '≤', '<', '>', '=', '=>', '≧', '﹥', '', '不低于', '±'];
  const NUMBERS = ['30', '30.00', '0', '1,000', '6962.00', '-5', '１０', '1.2.3', '12345678901234567', '.5'];
  const UNITS = ['户', '人', '%', '街镇', '百分比', '％', '﹪', '/', '人/年', '*', '个工作日以上', '１', '𠀀', ' 户', '的', '10万', '万人', '次/10万公顷', 'a(b', '', '户)'];
  const BRACKETS = [['(', ')'], ['（', '）'], ['[', ']'], ['', ''], ['(', '']];
  const target = fc
    .record({ op: fc.constantFrom(...OPS), n: fc.constantFrom(...NUMBERS), u: fc.constantFrom(...UNITS), b: fc.constantFrom(...BRACKETS), pad: fc.constantFrom('', ' ', '　') })
    .map(({ op, n, u, b, pad }) => `${pad}${op}${n}${b[0]}${u}${b[1]}${pad}`);
  // And mostly the canonical form itself, with any unit.
  const canonical = fc
    .record({ op: fc.constantFrom('>=', '<=', '≥', '≤', '<', '>', '='), n: fc.constantFrom('30', '30.00', '0', '6962.00', '007'), u: fc.constantFrom(...UNITS) })
    .map(({ op, n, u }) => `${op}${n}(${u})`);
  it('takes only what the scanner reads as that very target, with nothing to report', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(canonical, target), fc.integer({ min: 1, max: 8 }), (text, max) => {
        const plain = plainTarget(text, max);
        if (plain === null) return;
        taken++;
        const scan = scanExpression(prepare(text), { maxUnitLength: max, text: text.trim() });
        expect(scan.type).toBe('expression');
        if (scan.type !== 'expression') return;
        expect(scan.warnings).toEqual([]);
        const e = scan.expression;
        expect(e.kind === 'quantitative' && { kind: e.kind, op: e.op, value: e.value, unit: e.unit, raw: text }).toEqual(plain);
        expect(parseTarget(text, { maxUnitLength: max })).toEqual({ ok: true, value: plain, warnings: [] });
      }),
      { numRuns: 3000 },
    );
    // The check is not vacuous: many inputs take the short cut.
    expect(taken).toBeGreaterThan(300);
  });
  it('leaves forced references to the general path', () => {
    expect(parseTarget('≥30.00(户)', { reference: 'always' })).toEqual({ ok: true, value: { kind: 'reference', text: '≥30.00(户)', raw: '≥30.00(户)' }, warnings: [] });
  });
});
