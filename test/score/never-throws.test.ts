import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseForm } from '../../src/forms/index';
import type { Indicator, SelfEvaluation } from '../../src/model/index';
import { gradeOf, schemes, scoreBudgetExecution, scoreIndicator, scoreSelfEvaluation } from '../../src/score/index';
import { row, selfEvaluation, target } from './helpers';

// Issue 10.1: scoring threw `RangeError: allocate: ratios must not be negative` on a negative or -0 分值 in a tier
// with a not-applicable row, and otherwise gave negative scores. Now a weight that cannot be used is a located
// error finding and its row is not scored.
const tianchang = readFileSync('test/fixtures/ah-tianchang-2022-project-self-evaluation.txt', 'utf8');
const ROW = '指标1:全市安全度汛\t\t\t10\t10';

function scored(text: string) {
  const r = parseForm(text);
  if (!r.ok || r.value.kind !== 'self-evaluation') throw new Error('fixture did not parse');
  return scoreSelfEvaluation(r.value);
}

describe('negative weights in a document', () => {
  it.each(['-10', '-0'])('a 分值 of %s beside a not-applicable row is an error at its line, never a throw', (w) => {
    expect(tianchang).toContain(ROW);
    const card = scored(tianchang.replace(ROW, ROW.replace('\t10\t10', `\t${w}\t10`)));
    const errors = card.warnings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.path, f.line])).toEqual([['score/weight-negative', ['indicators', 5, 'weight'], 25]]);
    expect(errors[0]?.message.zh).toBe(`“指标1:全市安全度汛”的分值 ${w} 为负数，不予采用，该项不计分`);
    const refused = card.indicators.find((r) => r.index === 5);
    expect([refused?.score, Number(refused?.weight), card.complete]).toEqual([null, 0, false]);
    expect(card.indicators.every((r) => r.score === null || !r.score.startsWith('-'))).toBe(true);
  });

  it('refuses a negative budget or tier weight too, and never gives a negative score', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '32户', null)], { adjusted: '100', executed: '90', weight: '-10' });
    const card = scoreSelfEvaluation({ ...doc, tierWeights: [{ tier1: '产出指标', weight: '-50' }] });
    expect(card.warnings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path])).toEqual([
      ['score/weight-negative', ['tierWeights', 0, 'weight']],
      ['score/weight-negative', ['budget', 'weight']],
    ]);
    expect(card.budgetExecution).toMatchObject({ score: null, weight: '0' });
    // The row takes the scheme's tier weight (50), not the refused −50.
    expect([card.indicators[0]?.score, card.total]).toEqual(['50.00', '50.00']);
  });

  it('refuses a weight that is no decimal string in a document built in code', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '32户', '1e3')], { adjusted: '100', executed: '90' });
    const card = scoreSelfEvaluation(doc);
    expect(card.warnings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['score/weight-not-a-decimal']);
    expect(card.indicators[0]?.score).toBeNull();
  });

  it('scores every fixture with its numeric cells mutated without a throw or a negative score', () => {
    const fixtures = ['ah-tianchang-2022-project-self-evaluation.txt', 'ah-chizhou-tangxi-2022-project-self-evaluation.txt', 'constructed-separate-column-self-evaluation.txt', 'constructed-unit-self-evaluation.txt'].map((f) =>
      readFileSync(`test/fixtures/${f}`, 'utf8'),
    );
    const number = fc.constantFrom('-10', '-0', '0', '-0.5', '100000000000000000000', '0.001', '-99.99', '7');
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), number), { minLength: 1, maxLength: 6 }), (text, changes) => {
        const cells = [...text.matchAll(/(?<=\t|^)-?\d+(\.\d+)?(?=\t|$)/gm)];
        let out = text;
        for (const [k, v] of changes) {
          const m = cells[k % cells.length];
          if (m === undefined) continue;
          out = out.slice(0, m.index) + v + out.slice(m.index + m[0].length);
          cells.splice(0, cells.length, ...out.matchAll(/(?<=\t|^)-?\d+(\.\d+)?(?=\t|$)/gm));
        }
        const r = parseForm(out);
        if (!r.ok || r.value.kind !== 'self-evaluation') return;
        for (const scheme of [schemes.national, schemes.hubei]) {
          const card = scoreSelfEvaluation(r.value, scheme);
          for (const s of [card.total, ...card.indicators.map((x) => x.score), card.budgetExecution?.score ?? null]) {
            if (s !== null) expect(s.startsWith('-')).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('programmer errors name the parameter', () => {
  const i: Indicator = { tier1: '产出指标', tier2: '数量指标', name: 'x', target: target('≥96') };

  it.each(['NaN', 'abc', '1e3', ' 10', ''])('gradeOf(%j) is a TypeError naming score', (s) => {
    expect(() => gradeOf(s, schemes.national.grades)).toThrow(/^jixiao: gradeOf: score must be a decimal string/);
  });

  it.each([['abc'], [' 10'], ['1e3'], ['-5'], [10]])('scoreIndicator with weight %j is a TypeError naming weight', (w) => {
    expect(() => scoreIndicator(i, '85%', w as string)).toThrow(TypeError);
    expect(() => scoreIndicator(i, '85%', w as string)).toThrow(/scoreIndicator: weight must be a non-negative decimal string/);
  });

  it('names the indicator, the actual and the scheme, never "Cannot read properties of undefined"', () => {
    expect(() => scoreIndicator({} as Indicator, '1', '10')).toThrow(/scoreIndicator: indicator must be an indicator/);
    expect(() => scoreIndicator(i, 85 as unknown as string, '10')).toThrow(/scoreIndicator: actual must be/);
    expect(() => scoreIndicator(i, '85', '10', 'hubie' as 'hubei')).toThrow(/scoreIndicator: scheme must be a scheme or a preset id \(national, hubei\).*did you mean 'hubei'\?/);
    expect(() => scoreBudgetExecution('100', '90', '1e1')).toThrow(/scoreBudgetExecution: weight must be/);
    expect(() => scoreBudgetExecution(100 as unknown as string, '90')).toThrow(/scoreBudgetExecution: adjusted must be/);
  });

  it('scoreSelfEvaluation takes a preset id, and says what is wrong with what is not a self-evaluation', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '24户', '40')], { adjusted: '100', executed: '90' });
    expect(scoreSelfEvaluation(doc, 'hubei')).toEqual(scoreSelfEvaluation(doc, schemes.hubei));
    expect(() => scoreSelfEvaluation({} as SelfEvaluation)).toThrow(/scoreSelfEvaluation: selfEval must be a self-evaluation .*got an empty object/);
    expect(() => scoreSelfEvaluation(parseForm(tianchang) as unknown as SelfEvaluation)).toThrow(/pass the Result’s value/);
    expect(() => scoreSelfEvaluation(doc, { ok: true, value: schemes.national, warnings: [] } as never)).toThrow(/scheme must be a scheme .*pass the Result’s value/);
  });

  it('validates a scheme built by hand once, on first use, and refuses an invalid one', () => {
    const doc = selfEvaluation([row('产出指标', '数量指标', '入户指导', '≥30户', '24户', '40')], { adjusted: '100', executed: '90' });
    // Built without the fields that have defaults: they are filled in.
    const { gradeBasis: _, ...old } = schemes.national;
    expect(scoreSelfEvaluation(doc, old as typeof schemes.national).total).toBe(scoreSelfEvaluation(doc).total);
    const broken = { ...schemes.national, total: '90' };
    expect(() => scoreSelfEvaluation(doc, broken)).toThrow(/scheme must be a valid scheme .*add up to 100, the total is 90/);
  });
});
