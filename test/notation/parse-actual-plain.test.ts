import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src/model/finding';
import type { Actual } from '../../src/model/actual';
import { parseActual } from '../../src/notation/parse-actual';
import { GRADE_WORDS, NOT_APPLICABLE_MARKERS, OPERATOR_SUFFIX_WORDS } from '../../src/notation/vocabulary';

// parseActual reads plain cells (`32户`, `100%`, `达成年度指标`) on a fast path that declines any text with white
// space. A trailing space changes nothing but `raw` (cells are read trimmed), so `text + ' '` is read by the
// general scanner: the two readings must agree on everything else.
function general(text: string, maxUnitLength?: number): Result<Actual> {
  const r = parseActual(`${text} `, maxUnitLength === undefined ? {} : { maxUnitLength });
  return r.ok ? { ...r, value: { ...r.value, raw: text } } : r;
}

function agree(text: string, maxUnitLength?: number): void {
  expect(parseActual(text, maxUnitLength === undefined ? {} : { maxUnitLength }), JSON.stringify(text)).toEqual(general(text, maxUnitLength));
}

const PIECES = [
  '0', '1', '7', '9', '32', '100', '.', '..', '%', '％', '‰', ',', '-', '−', '/', '~', '≥', '>', '=', ' ', '　', '(', ')', '（', '）', '。',
  '户', '人', '家', '街镇', '个', '项', '天', '万元', '元', '人次', '次', '以上', '以下', '以内', '之内', '内', '及', '至', '到', '百分比', '百',
  '达成', '年度指标', '达成年度指标', '部分', '完成', '未', '不适用', '无', '及时', '符合', '提升', '的', '前', '不低于', '控制在', 'N/A', 'km', 'x',
  '０', '５', '一',
];

describe('parseActual: the plain fast path reads as the general scanner does', () => {
  it('agrees on the seed actuals and the vocabulary', () => {
    const texts = [
      '32户', '462人', '27家', '7105人', '186人', '100%', '96%', '92%', '95%', '14街镇', '90', '89.974', '0', '0.00', '007',
      '及时', '符合', '提升', '达成年度指标', '部分达成年度指标并具有一定效果', '12个工作日', '3天内', '5人以上', '3至5人',
      '30百分比', '12个人次单位数量', '12前', '1的',
      ...Object.keys(GRADE_WORDS), ...NOT_APPLICABLE_MARKERS, ...OPERATOR_SUFFIX_WORDS.map((w) => `5${w.word}`),
    ];
    for (const t of texts) for (const max of [undefined, 0, 1, 2, 6]) agree(t, max);
  });

  it('agrees on generated cells', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }), fc.constantFrom(undefined, 0, 1, 2, 3, 6), (pieces, max) => {
        agree(pieces.join(''), max);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on numbers with Chinese units of every length', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{1,6}(\.\d{1,4})?$/),
        fc.array(fc.constantFrom(...'户人家街镇个项天万元次以上下内之及至到百分比的前完成'), { maxLength: 8 }),
        (n, unit) => {
          agree(`${n}${unit.join('')}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
