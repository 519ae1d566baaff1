import { describe, expect, it } from 'vitest';
import { splitTable } from '../../src/forms/text/split-table';
import { readHtmlCell, writeHtmlCell, decodeEntities } from '../../src/forms/text/html-cell';
import { labelKey, unitInLabel, yearInTitle } from '../../src/forms/text/label';
import { formatTierLabel, parseTierLabel } from '../../src/forms/read/tier-label';
import { indicatorColumnOf } from '../../src/forms/vocabulary/indicator-columns';
import { labelKey as key } from '../../src/forms/text/label';
import { detectLayout } from '../../src/forms/index';
import { fixture, NANYUE, SEED, TANGXI, TIANCHANG } from './helpers';

describe('splitTable', () => {
  it('splits lines (\\n, \\r\\n, \\r) and cells, with 1-based code-point columns', () => {
    const rows = splitTable('\uFEFFa\tbc\r\n\t𠀀x\tz\rlast\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(rows[0]?.cells.map((c) => [c.text, c.column])).toEqual([['a', 1], ['bc', 3]]);
    // 𠀀 is one code point (two UTF-16 units): z starts at column 5.
    expect(rows[1]?.cells.map((c) => [c.text, c.column])).toEqual([['', 1], ['𠀀x', 2], ['z', 5]]);
    expect(rows[2]?.text).toBe('last');
  });
  it('keeps untrimmed cell text in raw', () => {
    expect(splitTable(' a \t b')[0]?.cells.map((c) => [c.raw, c.text])).toEqual([[' a ', 'a'], [' b', 'b']]);
  });
});

describe('HTML cells', () => {
  it('turns paragraphs into a clean list; tags are removed as text, entities decoded', () => {
    expect(readHtmlCell('<p>甲&nbsp;乙</p> <p>(一) a &lt;b&gt; &amp; &#8220;c&#x201d;</p><p> </p>')).toEqual(['甲 乙', '(一) a <b> & “c”']);
    expect(readHtmlCell('<p>one<br/>two</p><script>alert(1)</script>')).toEqual(['one', 'two', 'alert(1)']);
    expect(readHtmlCell('plain text')).toEqual(['plain text']);
    expect(readHtmlCell('   ')).toEqual([]);
    expect(decodeEntities('&unknown; &#0; &#x110000;')).toBe('&unknown; &#0; &#x110000;');
  });
  it('writes the seed form and reads it back', () => {
    const items = ['a < b & c', '乙'];
    expect(writeHtmlCell(items)).toBe('<p>a &lt; b &amp; c</p> <p>乙</p>');
    expect(readHtmlCell(writeHtmlCell(items))).toEqual(items);
  });
});

describe('labels', () => {
  it('normalise labels, money units and fiscal years', () => {
    expect(labelKey('项目资金 （万元）：')).toBe('项目资金(万元)');
    expect(unitInLabel('部门整体预算总额(元)')).toBe('yuan');
    expect(unitInLabel('资金情况（万元）')).toBe('wan-yuan');
    expect(unitInLabel('金额（单位：万元）')).toBe('wan-yuan');
    expect(unitInLabel('年度资金总额')).toBeNull();
    expect(yearInTitle('(2024年度)')).toBe(2024);
    expect(yearInTitle('（2022年）')).toBe(2022);
    expect(yearInTitle('2024年度工作')).toBeNull();
  });
  it('split tier weights off labels and write them back', () => {
    expect(parseTierLabel('产出指标(50分)')).toEqual({ label: '产出指标', weight: '50' });
    expect(parseTierLabel('（30分）')).toEqual({ label: '', weight: '30' });
    expect(parseTierLabel('产出指标(40-50)分')).toEqual({ label: '产出指标', weight: null, min: '40', max: '50' });
    expect(parseTierLabel('满意度指标（10）分')).toEqual({ label: '满意度指标', weight: '10' });
    expect(parseTierLabel('效益指标')).toEqual({ label: '效益指标', weight: null });
    expect(formatTierLabel('产出指标', { weight: null, min: '40', max: '50' })).toBe('产出指标(40-50)分');
    expect(formatTierLabel('产出指标', { weight: '50' })).toBe('产出指标(50分)');
  });
  it('map header words to columns', () => {
    expect(['一级目标', '二级指标', '三级目标', '指标目标值', '年度指标值', '实际完成值', '全年完成值', '分值', '指标权重(分)', '指标得分(分)', '得分系数(%)', '偏差原因分析及改进措施', '未完成原因分析', '指标性质', '计量单位', '中期指标值', '调整指标值', '是否核心指标', '备注', '指标名称'].map((w) => indicatorColumnOf(key(w)))).toEqual([
      'tier1', 'tier2', 'name', 'target', 'target', 'actual', 'actual', 'weight', 'weight', 'score', 'coefficient', 'deviation', 'deviation', 'operator', 'unit', 'midTermTarget', 'adjustedTarget', 'isCore', 'note', 'name',
    ]);
  });
});

describe('detectLayout', () => {
  it('tells the layouts apart', () => {
    expect(detectLayout(fixture(SEED))).toBe('unit-declaration');
    expect(detectLayout(fixture(NANYUE))).toBe('project-declaration');
    expect(detectLayout(fixture(TANGXI))).toBe('project-self-evaluation');
    expect(detectLayout(fixture(TIANCHANG))).toBe('project-self-evaluation');
    expect(detectLayout(fixture('constructed-separate-column-self-evaluation.txt'))).toBe('separate-column-self-evaluation');
    expect(detectLayout(fixture('constructed-unit-self-evaluation.txt'))).toBe('unit-self-evaluation');
    expect(detectLayout(fixture('constructed-unit-declaration-fujian.txt'))).toBe('unit-declaration-fujian');
    expect(detectLayout(fixture('constructed-project-declaration-midterm.txt'))).toBe('project-declaration');
    expect(detectLayout('随便写点什么\t没有表头')).toBeNull();
    expect(detectLayout('')).toBeNull();
  });
});
