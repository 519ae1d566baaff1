import { defineCatalogue } from '../catalogue';

type T = { readonly text: string };

/** Finding codes of `money/`: reading amounts out of table cells. */
export const moneyMessages = defineCatalogue({
  'money/blank': {
    title: { zh: '金额为空', en: 'amount is blank' },
    text: () => ({ zh: '金额单元格为空', en: 'the amount cell is blank' }),
  },
  'money/space-inside': {
    title: { zh: '金额中间有空格', en: 'space inside an amount' },
    text: (p: T) => ({
      zh: `金额“${p.text}”中间有空格，无法确定其值（可能是丢失的分隔符或小数点）`,
      en: `the amount "${p.text}" has a space inside it; its value is ambiguous (a lost separator or decimal point?)`,
    }),
  },
  'money/repeated': {
    title: { zh: '金额重复', en: 'amount written twice' },
    text: (p: T) => ({
      zh: `金额“${p.text}”重复书写，无法确定其值`,
      en: `the amount "${p.text}" is written more than once; its value is ambiguous`,
    }),
  },
  'money/bad-grouping': {
    title: { zh: '千位分隔符位置错误', en: 'misplaced thousands separator' },
    text: (p: T) => ({
      zh: `金额“${p.text}”的千位分隔符位置不对`,
      en: `the thousands separators of "${p.text}" are not in groups of three`,
    }),
  },
  'money/not-a-number': {
    title: { zh: '不是金额', en: 'not an amount' },
    text: (p: T) => ({ zh: `“${p.text}”不是金额`, en: `"${p.text}" is not an amount` }),
  },
  'money/negative': {
    title: { zh: '金额为负数', en: 'negative amount' },
    text: (p: T) => ({ zh: `金额“${p.text}”为负数`, en: `the amount "${p.text}" is negative` }),
  },
  'money/full-width': {
    title: { zh: '全角字符', en: 'full-width characters' },
    text: (p: T) => ({ zh: `金额“${p.text}”含全角字符，已按半角读取`, en: `the amount "${p.text}" has full-width characters, read as half-width` }),
  },
  'money/remark': {
    title: { zh: '金额后附说明', en: 'remark after the amount' },
    text: (p: { readonly text: string; readonly remark: string }) => ({
      zh: `金额“${p.text}”后附说明“${p.remark}”，只取前面的金额，说明中的金额未读取`,
      en: `the amount "${p.text}" is followed by the remark "${p.remark}": only the leading amount is read, none in the remark`,
    }),
  },
});
