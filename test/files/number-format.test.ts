import { describe, expect, it } from 'vitest';
import { formatNumber, formatText, generalText } from '../../src/files/xlsx/number-format';

// Each format code the reader supports, with what Excel shows (zh-CN). Exact: the stored double's shortest
// digits rounded half-up in decimal, never the float's arithmetic.
const show = (value: number, code: string, date1904 = false) => formatNumber(value, code, date1904);

describe('formatNumber: numbers as Excel shows them', () => {
  it.each([
    [28963548.68, '#,##0.00', '28,963,548.68'],
    [0.1 + 0.2, '0.00', '0.30'],
    [0.1 + 0.2, 'General', '0.3'],
    [0.95, '0%', '95%'],
    [0.95, '0.00%', '95.00%'],
    [0.9512, '0.0%', '95.1%'],
    [1.005, '0.00', '1.01'], // toFixed gives 1.00: the double is 1.00499999999999989…, Excel reads it as 1.005
    [2.675, '0.00', '2.68'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;[Red]-#,##0.00', '-1,234.50'],
    [-1234.5, '#,##0.00;(#,##0.00)', '(1,234.50)'],
    [0, '#,##0.00;-#,##0.00;"零"', '零'],
    [12.5, '0.00"万元"', '12.50万元'],
    [12.5, '0.00万元', '12.50万元'],
    [12.5, '"¥"#,##0.00', '¥12.50'],
    [12.5, '[$¥-804]#,##0.00', '¥12.50'],
    [1234567, '#,##0', '1,234,567'],
    [1234567, '#,##0,', '1,235'],
    [1234567, '0.0,,"百万"', '1.2百万'],
    [0.5, '#.00', '.50'],
    [5, '0.##', '5.'],
    [5.25, '0.0#', '5.25'],
    [5.2, '0.0#', '5.2'],
    [7, '000', '007'],
    [42, '@', null],
    [123456, '0.00E+00', '1.23E+05'],
    [0.000123, '0.0E+0', '1.2E-4'],
    [3, '# ?/?', null], // fractions are not read: a warning, the raw value kept
    [3, '[>100]0;0', null],
    [3, '[DBNum1][$-804]General', null],
    [0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', ' -   '],
    [1234.5, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', ' 1,234.50 '],
    [-0.001, '0.00', '-0.00'],
  ] as const)('%s with %s → %s', (value, code, shown) => {
    expect(show(value, code)).toBe(shown);
  });

  it('General: 15 significant digits, no exponent in a table’s range', () => {
    expect(generalText(28963548.68)).toBe('28963548.68');
    expect(generalText(1 / 3)).toBe('0.333333333333333');
    expect(generalText(-0)).toBe('0');
    expect(generalText(123456789012345680000)).toBe('123456789012346000000');
    expect(generalText(1e22)).toBe('1E+22');
  });
});

describe('formatNumber: dates and times', () => {
  it.each([
    [45657, 'yyyy"年"m"月"d"日"', '2024年12月31日'],
    [45657, 'yyyy/m/d', '2024/12/31'],
    [45657, 'yyyy-mm-dd', '2024-12-31'],
    [45657, 'm"月"d"日"', '12月31日'],
    [45657, 'yyyy"年"m"月"', '2024年12月'],
    [45657.5, 'yyyy/m/d h:mm', '2024/12/31 12:00'],
    [45657.75, 'h:mm:ss AM/PM', '6:00:00 PM'],
    [45657.75, '上午/下午h"时"mm"分"', '下午6时00分'],
    [45657, 'dddd', 'Tuesday'],
    [45657, 'aaaa', '星期二'],
    [45657, 'd-mmm-yy', '31-Dec-24'],
    [45657, '[$-F800]dddd, mmmm dd, yyyy', '2024年12月31日'],
    [60, 'yyyy-mm-dd', '1900-02-29'], // Lotus's leap day, kept by Excel
    [61, 'yyyy-mm-dd', '1900-03-01'],
    [1, 'yyyy-mm-dd', '1900-01-01'],
    [-1, 'yyyy-mm-dd', null],
  ] as const)('%s with %s → %s', (value, code, shown) => {
    expect(show(value, code)).toBe(shown);
  });

  it('the 1904 date system counts from 1904-01-01', () => {
    expect(show(44195, 'yyyy-mm-dd', true)).toBe('2024-12-31');
  });
});

describe('formatText', () => {
  it('a text section shows the text with its literals; otherwise the text as it is', () => {
    expect(formatText('社区', '@"助餐"')).toBe('社区助餐');
    expect(formatText('社区', '0.00;-0.00;0;"（"@"）"')).toBe('（社区）');
    expect(formatText('社区', '0.00')).toBe('社区');
  });
});
