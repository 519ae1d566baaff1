import { describe, expect, it } from 'vitest';
import type { Target } from '../../src/model/target';
import { Target as TargetSchema } from '../../src/model/target';
import { parseTarget } from '../../src/notation/parse-target';

function read(text: string, options?: Parameters<typeof parseTarget>[1]): { target: Target; codes: string[] } {
  const r = parseTarget(text, options);
  if (!r.ok) throw new Error(`expected ok for ${JSON.stringify(text)}: ${r.errors.map((e) => e.code).join(',')}`);
  expect(TargetSchema.safeParse(r.value).success).toBe(true);
  expect(r.value.raw).toBe(text);
  return { target: r.value, codes: r.warnings.map((w) => w.code) };
}
function errors(text: string): string[] {
  const r = parseTarget(text);
  if (r.ok) throw new Error(`expected errors for ${JSON.stringify(text)}, got ${JSON.stringify(r.value)}`);
  return r.errors.map((e) => e.code);
}
const q = (op: string | null, value: string, unit: string | null) => ({ kind: 'quantitative', op, value, unit });
function quantitative(text: string) {
  const { target, codes } = read(text);
  if (target.kind !== 'quantitative') throw new Error(`expected quantitative for ${text}, got ${target.kind}`);
  return { q: q(target.op, target.value, target.unit), codes };
}

describe('parseTarget — operators', () => {
  it.each([
    ['≥30.00(户)', q('>=', '30.00', '户'), []],
    ['>=98%', q('>=', '98', '%'), []],
    ['≤25.00(家)', q('<=', '25.00', '家'), []],
    ['<=475元/亩', q('<=', '475', '元/亩'), []],
    ['>5%', q('>', '5', '%'), []],
    ['<5%', q('<', '5', '%'), []],
    ['=100.00(%)', q('=', '100.00', '%'), []],
    ['≧90%', q('>=', '90', '%'), ['notation/operator-variant']],
    ['≦90%', q('<=', '90', '%'), ['notation/operator-variant']],
    ['﹦100%', q('=', '100', '%'), ['notation/operator-variant']],
    ['=>90%', q('>=', '90', '%'), ['notation/operator-variant']],
    ['＞＝90％', q('>=', '90', '%'), ['notation/full-width']],
    ['＜＝5％', q('<=', '5', '%'), ['notation/full-width']],
    ['＞5', q('>', '5', null), ['notation/full-width', 'notation/unit-missing']],
    ['＜5', q('<', '5', null), ['notation/full-width', 'notation/unit-missing']],
    ['＝100％', q('=', '100', '%'), ['notation/full-width']],
    ['≥≥98%', q('>=', '98', '%'), ['notation/operator-doubled']],
    ['>=>=98%', q('>=', '98', '%'), ['notation/operator-doubled']],
    ['==8个', q('=', '8', '个'), ['notation/operator-doubled']],
  ])('%s', (text, expected, codes) => {
    expect(quantitative(text)).toEqual({ q: expected, codes });
  });

  it.each([
    ['不低于90%', '>='],
    ['不少于6万人', '>='],
    ['不小于5个', '>='],
    ['大于等于5个', '>='],
    ['大于或等于5个', '>='],
    ['至少5个', '>='],
    ['达到100%', '>='],
    ['不超过5%', '<='],
    ['不高于5%', '<='],
    ['不大于5%', '<='],
    ['小于等于5%', '<='],
    ['高于5%', '>'],
    ['大于5%', '>'],
    ['超过5%', '>'],
    ['低于5%', '<'],
    ['小于5%', '<'],
    ['95%以上', '>='],
    ['95%及以上', '>='],
    ['5%以内', '<='],
    ['5%以下', '<='],
    ['3个工作日内', '<='],
  ])('reads the operator word in %s as %s, with a warning', (text, op) => {
    const { target, codes } = read(text);
    expect(target.kind === 'quantitative' && target.op).toBe(op);
    expect(codes).toEqual(['notation/operator-word']);
  });

  it('reads 不少于6万人 as 6 of the unit 万人, unscaled', () => {
    expect(quantitative('不少于6万人')).toEqual({ q: q('>=', '6', '万人'), codes: ['notation/operator-word'] });
  });

  it('reads 控制在…以内 as <=, and 控制在 alone as <=', () => {
    expect(quantitative('控制在5%以内')).toEqual({ q: q('<=', '5', '%'), codes: ['notation/operator-word', 'notation/operator-word'] });
    expect(quantitative('控制在5%').q).toEqual(q('<=', '5', '%'));
  });

  it('reports a word and a symbol saying the same thing as doubled', () => {
    expect(quantitative('≥95%以上')).toEqual({ q: q('>=', '95', '%'), codes: ['notation/operator-word', 'notation/operator-doubled'] });
    expect(quantitative('不低于90%以上').q).toEqual(q('>=', '90', '%'));
  });

  it('refuses conflicting operators', () => {
    expect(errors('≥5%以内')).toEqual(['notation/operator-conflict']);
    expect(errors('≥≤5%')).toEqual(['notation/operator-conflict']);
    expect(errors('不超过≥5%')).toEqual(['notation/operator-conflict']);
    expect(errors('≥80-90%')).toEqual(['notation/operator-conflict']);
  });

  it('reports a bare number as operator-missing, and the unit when there is none', () => {
    expect(quantitative('100%')).toEqual({ q: q(null, '100', '%'), codes: ['notation/operator-missing'] });
    expect(quantitative('1600元/亩')).toEqual({ q: q(null, '1600', '元/亩'), codes: ['notation/operator-missing'] });
    expect(quantitative('3500公斤')).toEqual({ q: q(null, '3500', '公斤'), codes: ['notation/operator-missing'] });
    expect(quantitative('1')).toEqual({ q: q(null, '1', null), codes: ['notation/operator-missing', 'notation/unit-missing'] });
    expect(quantitative('>=85')).toEqual({ q: q('>=', '85', null), codes: ['notation/unit-missing'] });
  });

  it('gives unit-missing the info severity and operator-missing the warning severity', () => {
    const r = parseTarget('1');
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([
      ['notation/operator-missing', 'warning'],
      ['notation/unit-missing', 'info'],
    ]);
  });

  it('fills a missing operator only when the options say so', () => {
    const { target, codes } = read('90%', { missingOperator: '>=' });
    expect(target).toMatchObject(q('>=', '90', '%'));
    expect(codes).toEqual(['notation/operator-assumed']);
  });
});

describe('parseTarget — numbers and units', () => {
  it.each([
    ['≥30.00(户)', q('>=', '30.00', '户'), []],
    ['≥30.00（户）', q('>=', '30.00', '户'), ['notation/full-width']],
    ['≥30[户]', q('>=', '30', '户'), []],
    ['≥30【户】', q('>=', '30', '户'), []],
    ['≥30户', q('>=', '30', '户'), []],
    ['≥300 公里', q('>=', '300', '公里'), ['notation/whitespace']],
    ['=100 %', q('=', '100', '%'), ['notation/whitespace']],
    ['≥ 30 ( 户 )', q('>=', '30', '户'), ['notation/whitespace']],
    ['≥100百分比', q('>=', '100', '%'), ['notation/unit-normalised']],
    ['≥90％', q('>=', '90', '%'), ['notation/full-width']],
    ['≤3‰', q('<=', '3', '‰'), []],
    ['≤3000元/平方米', q('<=', '3000', '元/平方米'), []],
    ['≤2875元/个', q('<=', '2875', '元/个'), []],
    ['≤2次/10万公顷', q('<=', '2', '次/10万公顷'), []],
    ['≥5篇', q('>=', '5', '篇'), []],
    ['≥100m', q('>=', '100', 'm'), []],
    ['≤90万元', q('<=', '90', '万元'), []],
    ['≥215,457.6元', q('>=', '215457.6', '元'), ['notation/thousands-separator']],
    ['≥１００％', q('>=', '100', '%'), ['notation/full-width']],
    ['≥2.5%', q('>=', '2.5', '%'), []],
    ['≥0.123456万元', q('>=', '0.123456', '万元'), []],
    ['≥-5%', q('>=', '-5', '%'), []],
    ['≤28.40/株', q('<=', '28.40', '/株'), ['notation/unit-incomplete']],
  ])('%s', (text, expected, codes) => {
    expect(quantitative(text)).toEqual({ q: expected, codes });
  });

  it('places findings at 1-based code-point columns of the cell', () => {
    const w = (text: string) => parseTarget(text).warnings.map((f) => [f.code, f.column]);
    expect(w('≥≥98%')).toEqual([['notation/operator-doubled', 2]]);
    expect(w('95%以上')).toEqual([['notation/operator-word', 4]]);
    expect(w('  ≥30（户）')).toEqual([['notation/full-width', 6]]);
    expect(w('≥100百分比')).toEqual([['notation/unit-normalised', 5]]);
    const e = parseTarget('968.191 8');
    expect(!e.ok && e.errors.map((f) => [f.code, f.column])).toEqual([['notation/number-damaged', 9]]);
  });

  it('refuses damaged numbers instead of guessing', () => {
    expect(errors('968.191 8')).toEqual(['notation/number-damaged']);
    expect(errors('≥968.191 8万元')).toEqual(['notation/number-damaged']);
    expect(errors('854万854万')).toEqual(['notation/number-repeated']);
    expect(errors('≥30户≥30户')).toEqual(['notation/number-repeated']);
    expect(errors('1.2.3')).toEqual(['notation/number-damaged']);
    expect(errors('1,23,4')).toEqual(['notation/number-damaged']);
  });

  it('refuses an operator with no value, and unfilled placeholders', () => {
    expect(errors('≥')).toEqual(['notation/value-missing']);
    expect(errors('≥%')).toEqual(['notation/value-missing']);
    expect(errors('≥(户)')).toEqual(['notation/value-missing']);
    expect(errors('≥**个')).toEqual(['notation/placeholder']);
    expect(errors('≥**%')).toEqual(['notation/placeholder']);
  });
});

describe('parseTarget — ranges and tolerances', () => {
  it.each([
    ['80%-90%', '80', '90', '%', []],
    ['80%～90%', '80', '90', '%', ['notation/full-width']],
    ['80%~90%', '80', '90', '%', []],
    ['80%〜90%', '80', '90', '%', ['notation/character-variant']],
    ['80%—90%', '80', '90', '%', ['notation/character-variant']],
    ['80%至90%', '80', '90', '%', []],
    ['80-90%', '80', '90', '%', []],
    ['80 - 90 %', '80', '90', '%', ['notation/whitespace']],
    ['[80,90]', '80', '90', null, ['notation/unit-missing']],
    ['[80%,90%]', '80', '90', '%', []],
    ['[80,90]%', '80', '90', '%', []],
    ['［80，90］%', '80', '90', '%', ['notation/full-width']],
    ['控制在80%-90%', '80', '90', '%', ['notation/operator-word']],
  ])('%s is a range', (text, min, max, unit, codes) => {
    const r = read(text);
    expect(r.target).toEqual({ kind: 'range', min, max, unit, raw: text });
    expect(r.codes).toEqual(codes);
  });

  it('refuses reversed ranges and ranges with two units', () => {
    expect(errors('90-80')).toEqual(['notation/range-reversed']);
    expect(errors('80%-90人')).toEqual(['notation/unit-conflict']);
    expect(errors('80%-90%以上')).toEqual(['notation/operator-conflict']);
  });

  it.each([
    ['±3%以内', null, '3', '%', []],
    ['±3%', null, '3', '%', []],
    ['±3', null, '3', null, ['notation/unit-missing']],
    ['+-3%', null, '3', '%', ['notation/operator-variant']],
    ['+/-3%', null, '3', '%', ['notation/operator-variant']],
    ['100±3', '100', '3', null, ['notation/unit-missing']],
    ['100±3%', '100', '3', '%', []],
    ['100%±3%', '100', '3', '%', []],
    ['控制在±3%以内', null, '3', '%', ['notation/operator-word']],
  ])('%s is a tolerance', (text, reference, band, unit, codes) => {
    const r = read(text);
    expect(r.target).toEqual({ kind: 'tolerance', reference, band, unit, raw: text });
    expect(r.codes).toEqual(codes);
  });

  it('refuses a tolerance with another operator', () => {
    expect(errors('≥100±3')).toEqual(['notation/operator-conflict']);
    expect(errors('±3%以上')).toEqual(['notation/operator-conflict']);
  });
});

describe('parseTarget — words, references, markers', () => {
  it.each([
    '符合', '及时', '提升', '达标', '有效', '明显提升', '稳步提高', '效果明显', '高', '好', '合格', '应保尽保',
    '严格执行相关制度规定', '在项目计划完成时间内完成', '符合相关规定', '按时完成', '不低于上年水平',
    '完成年度防汛工作，确保全市安全度汛，保护人民群众生命财产安全。'.repeat(5),
  ])('%s is qualitative, with no warning', (text) => {
    expect(read(text)).toEqual({ target: { kind: 'qualitative', text, raw: text }, codes: [] });
  });

  it('keeps the text as written (trimmed) in `text` and the cell in `raw`', () => {
    expect(read('  及时 ').target).toEqual({ kind: 'qualitative', text: '及时', raw: '  及时 ' });
  });

  it.each([
    '达到2级以上标准',
    '为水濂村带来观光游客不少于6万人',
    '12月底前完成3个项目',
    '2024年1月1日起实施',
    '100%完成',
    '3个工作日内完成',
    '完成3个项目',
  ])('%s contains a number but is not a target expression: qualitative with number-in-text', (text) => {
    expect(read(text)).toEqual({ target: { kind: 'qualitative', text, raw: text }, codes: ['notation/number-in-text'] });
  });

  it('reads words after an operator symbol as qualitative, with value-not-number', () => {
    expect(read('≥上年')).toEqual({ target: { kind: 'qualitative', text: '≥上年', raw: '≥上年' }, codes: ['notation/value-not-number'] });
  });

  it.each(['/', '／', '-', '－', '—', '——', '--', '–', '不适用', '无', 'N/A', ' / '])('%s is not applicable', (text) => {
    expect(read(text)).toEqual({ target: { kind: 'notApplicable', raw: text }, codes: [] });
  });

  it.each(['', ' ', '\t', '　', '\u00a0 '])('%j is missing', (text) => {
    expect(read(text)).toEqual({ target: { kind: 'missing', raw: text }, codes: [] });
  });

  it.each([
    '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值',
    '按沪财绩〔2022〕13号文件执行',
    '按规定',
    '按照相关文件规定设置',
    '依据《项目支出绩效评价管理办法》',
    '详见附件',
    '见附表2',
    '财预〔2020〕10号',
  ])('%s is a reference', (text) => {
    expect(read(text)).toEqual({ target: { kind: 'reference', text, raw: text }, codes: [] });
  });

  it('lets the caller force or forbid references', () => {
    expect(read('自行设置', { reference: 'always' }).target).toEqual({ kind: 'reference', text: '自行设置', raw: '自行设置' });
    expect(read('/', { reference: 'always' }).target.kind).toBe('notApplicable');
    expect(read('', { reference: 'always' }).target.kind).toBe('missing');
    expect(read('按规定', { reference: 'never' }).target.kind).toBe('qualitative');
  });

  it('reads a longer unit when maxUnitLength allows it', () => {
    expect(read('≥5个农业经营主体').target.kind).toBe('qualitative');
    expect(read('≥5个农业经营主体', { maxUnitLength: 8 }).target).toMatchObject(q('>=', '5', '个农业经营主体'));
  });
});

describe('parseTarget — the seed (Minhang 2024) and the samples', () => {
  it('reads the 14 value-bearing targets of the seed to exactly what they say', () => {
    const seed: [string, unknown][] = [
      ['≥30.00(户)', q('>=', '30.00', '户')],
      ['=469.00(人)', q('=', '469.00', '人')],
      ['≤25.00(家)', q('<=', '25.00', '家')],
      ['≥6962.00(人)', q('>=', '6962.00', '人')],
      ['≥200.00(人)', q('>=', '200.00', '人')],
      ['=100.00(%)', q('=', '100.00', '%')],
      ['符合', { kind: 'qualitative', text: '符合' }],
      ['=100.00(%)', q('=', '100.00', '%')],
      ['及时', { kind: 'qualitative', text: '及时' }],
      ['及时', { kind: 'qualitative', text: '及时' }],
      ['=14.00(街镇)', q('=', '14.00', '街镇')],
      ['提升', { kind: 'qualitative', text: '提升' }],
      ['≥80.00(%)', q('>=', '80.00', '%')],
      ['≥80.00(%)', q('>=', '80.00', '%')],
    ];
    for (const [text, expected] of seed) {
      const r = read(text);
      expect(r.target).toEqual({ ...(expected as object), raw: text });
      expect(r.codes).toEqual([]);
    }
  });

  it('reads the seed’s 投入管理 cell as a reference', () => {
    const text = '根据沪财绩【2022】13号文的规定要求设置三级指标和指标值';
    expect(read(text).target).toEqual({ kind: 'reference', text, raw: text });
  });

  it('reads every target cell of the Nanyue 2018 declaration', () => {
    const cells: [string, unknown][] = [
      ['>=20平方米', q('>=', '20', '平方米')],
      ['>=4个', q('>=', '4', '个')],
      ['>=60亩', q('>=', '60', '亩')],
      ['>=98%', q('>=', '98', '%')],
      ['>=95%', q('>=', '95', '%')],
      ['<=475元/亩', q('<=', '475', '元/亩')],
      ['<=2875元/个', q('<=', '2875', '元/个')],
      ['<=3000元/平方米', q('<=', '3000', '元/平方米')],
      ['>=6万元', q('>=', '6', '万元')],
      ['>=2.61万元', q('>=', '2.61', '万元')],
      ['>=60000人', q('>=', '60000', '人')],
      ['>=29人', q('>=', '29', '人')],
      ['>=90%', q('>=', '90', '%')],
    ];
    for (const [text, expected] of cells) expect(read(text)).toEqual({ target: { ...(expected as object), raw: text }, codes: [] });
  });

  it('reads every target cell of the Tianchang 2022 self-evaluation', () => {
    expect(quantitative('1')).toEqual({ q: q(null, '1', null), codes: ['notation/operator-missing', 'notation/unit-missing'] });
    expect(read('/').target.kind).toBe('notApplicable');
    expect(quantitative('90%')).toEqual({ q: q(null, '90', '%'), codes: ['notation/operator-missing'] });
    expect(read('').target.kind).toBe('missing');
  });

  it('reads every target cell of the Chizhou Tangxi 2022 self-evaluation', () => {
    expect(quantitative('≥50个').q).toEqual(q('>=', '50', '个'));
    expect(quantitative('≥100百分比')).toEqual({ q: q('>=', '100', '%'), codes: ['notation/unit-normalised'] });
    expect(quantitative('≤90万元').q).toEqual(q('<=', '90', '万元'));
    for (const text of ['严格执行相关制度规定', '在项目计划完成时间内完成', '符合相关规定', '效果明显']) {
      expect(read(text)).toEqual({ target: { kind: 'qualitative', text, raw: text }, codes: [] });
    }
  });
});
