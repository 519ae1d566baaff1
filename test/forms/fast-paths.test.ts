import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHalfWidth } from '../../src/i18n/half-width';
import { parseForm } from '../../src/forms/parse-form';
import { detectLayout } from '../../src/forms/detect-layout';
import { labelKey } from '../../src/forms/text/label';
import { splitTable } from '../../src/forms/text/split-table';
import { decodeEntities, readHtmlCell } from '../../src/forms/text/html-cell';
import { fixture, TIANCHANG, withoutOrigins } from './helpers';

// The readers take short cuts (a text without full-width forms is returned as is, a label without white space
// or colons is its own key, cells are cut with indexOf, columns are lengths when the text has no surrogates,
// header rows are ruled out by one word). These tests hold each short cut to the plain definition it replaces.

/** toHalfWidth as defined: code point by code point. */
function halfWidthByDefinition(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** labelKey as defined: half-width, no white space, no trailing colon; long texts are no label. */
function labelKeyByDefinition(text: string): string {
  if (text.length > 200) return '\u0000';
  return halfWidthByDefinition(text).replace(/\s+/gu, '').replace(/[:：]+$/u, '');
}

const PIECES = ['项目', '资金', '（', '）', '(', ')', '：', ':', ' ', '　', '\u00a0', '\t', '１０', '％', 'ａ', '～', '𠀀', '\ud800', '\udc00', '三级指标', '年初预算数', '指标值', '\r\n', '\n', '\r', '\ufeff'];
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((a) => a.join('')),
);

describe('toHalfWidth and labelKey short cuts', () => {
  it('give what the plain definitions give', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(toHalfWidth(s)).toBe(halfWidthByDefinition(s));
        expect(labelKey(s)).toBe(labelKeyByDefinition(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('return the very same text when there is nothing to change', () => {
    const s = '社区养老设施增加数量≥30户';
    expect(toHalfWidth(s)).toBe(s);
    expect(labelKey(s)).toBe(s);
  });
  it('still normalise full-width forms, white space and trailing colons', () => {
    expect(toHalfWidth('　（１０％）　')).toBe(' (10%) ');
    expect(toHalfWidth('𠀀＞＝９\ud800')).toBe('𠀀>=9\ud800');
    expect(labelKey('三　级 指\u00a0标')).toBe('三级指标');
    expect(labelKey('年度资金总额：：')).toBe('年度资金总额');
    expect(labelKey('单位:万元')).toBe('单位:万元');
    expect(labelKey('x'.repeat(201))).toBe('\u0000');
  });
});

describe('splitTable short cuts', () => {
  it('cut cells as split(tab) does, count columns in code points, and key every cell', () => {
    fc.assert(
      fc.property(text, (s) => {
        const body = s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
        const lines = body.split(/\r\n|\n|\r/);
        if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
        const rows = splitTable(s);
        expect(rows.map((r) => r.text)).toEqual(lines);
        rows.forEach((row, i) => {
          const parts = (lines[i] as string).split('\t');
          expect(row.cells.map((c) => c.raw)).toEqual(parts);
          let column = 1;
          row.cells.forEach((c, k) => {
            expect(c.column).toBe(column);
            expect(c.text).toBe(c.raw.trim());
            expect(c.key).toBe(labelKeyByDefinition(c.text));
            column += Array.from(parts[k] as string).length + 1;
          });
        });
      }),
      { numRuns: 1000 },
    );
  });
  it('count columns in code points on every line, whichever line has the surrogates', () => {
    const rows = splitTable('ab\tc\n𠀀\tx\n\ud800\ty');
    expect(rows.map((r) => r.cells.map((c) => c.column))).toEqual([[1, 4], [1, 3], [1, 3]]);
  });
});

describe('header rows written with white space and full-width forms', () => {
  // Header rows are ruled out early by the one word they must have (三级 / 指标名称 for the indicator table,
  // 年初 for the budget block); that word is looked for in the label key, so spacing and full-width forms
  // do not hide a header.
  const plain = fixture(TIANCHANG);
  const spaced = plain
    .replace('三级指标', '三　级 指 标')
    .replace('年度指标值', '年度指标值：')
    .replace('年初预算数', '年　初 预算数')
    .replace('全年执行数(B)', '全年执行数（Ｂ）');

  it('are still found', () => {
    expect(detectLayout(spaced)).toBe('project-self-evaluation');
    const a = parseForm(plain);
    const b = parseForm(spaced);
    expect(b.ok).toBe(true);
    expect(a.ok && b.ok && withoutOrigins(b.value)).toEqual(a.ok && withoutOrigins(a.value));
    expect(b.ok && b.value.kind === 'self-evaluation' && b.value.indicators.length).toBe(10);
    expect(b.ok && b.value.kind === 'self-evaluation' && b.value.budget.lines.map((l) => l.executed)).toEqual(['880', '880', null, null]);
  });
  it('with a name column called 指标名称 or 指标', () => {
    const t = (name: string) => `项目名称\t助餐\n一级指标\t二级指标\t${name}\t指标值\n产出指标\t数量指标\t服务人数\t≥100人`;
    for (const name of ['指标名称', '指标', '指 标', '指标名称：']) {
      const r = parseForm(t(name));
      expect(r.ok && r.value.kind === 'project-declaration' && r.value.indicators.map((i) => i.name)).toEqual(['服务人数']);
    }
  });
});

describe('number cells', () => {
  it('read plain numbers as written and still normalise the others', () => {
    const r = parseForm(fixture(TIANCHANG).replace('\t10\t\t10', '\t１０分\t\t 10 '));
    expect(r.ok && r.value.kind === 'self-evaluation' && [r.value.budget.weight, r.value.budget.publishedScore]).toEqual(['10', '10']);
  });
});

describe('readHtmlCell tag scan', () => {
  /** readHtmlCell as defined: tags found by the regular expression. */
  function byDefinition(text: string): string[] {
    if (!/<\/?(p|div|br|li|span|ul|ol|strong|b|i|em|font)\b[^<>]*>/iu.test(text)) {
      const t = decodeEntities(text).trim();
      return t === '' ? [] : [t];
    }
    const items: string[] = [];
    let current = '';
    const flush = (): void => {
      const t = decodeEntities(current).trim();
      if (t !== '') items.push(t);
      current = '';
    };
    const re = /<\/?\s*([a-zA-Z][a-zA-Z0-9]*)[^<>]*>/gu;
    let last = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      current += text.slice(last, m.index);
      last = m.index + m[0].length;
      if (/^(p|div|br|li|tr|h[1-6]|ul|ol|table)$/u.test((m[1] as string).toLowerCase())) flush();
    }
    current += text.slice(last);
    flush();
    return items;
  }
  const TAGS = ['<p>', '</p>', '<P >', '< p>', '</ p>', '<br/>', '<BR>', '<div class="a">', '</div>', '<h2>', '<h7>', '<span>', '<1>', '<p', '>', '<', '</', '<<p>>', '<a href="x">', '<li>', '<table>', '&amp;', '&lt;p&gt;', ' ', '　', '\n', '甲', '乙。', 'x', '𠀀'];
  it('reads the cell as the regular expression would', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAGS), { maxLength: 16 }).map((a) => a.join('')), (text) => {
        expect(readHtmlCell(text)).toEqual(byDefinition(text));
      }),
      { numRuns: 3000 },
    );
  });
});
