import type { QualitativeGrade } from '../model/actual';
import type { Operator } from '../model/target';

/**
 * Operator symbols recognised at the start of a target (after full-width forms are made half-width), with the
 * operator they mean. `standard: false` marks the variants that are read but reported
 * (`notation/operator-variant`). `±` and `+-` are not here: they start a tolerance.
 *
 * @example
 * OPERATOR_SYMBOLS.find((s) => s.symbol === '≧')?.op //=> '>='
 * @category Notation
 */
export const OPERATOR_SYMBOLS: readonly { readonly symbol: string; readonly op: Operator; readonly standard: boolean }[] = [
  { symbol: '>=', op: '>=', standard: true },
  { symbol: '<=', op: '<=', standard: true },
  { symbol: '=>', op: '>=', standard: false },
  { symbol: '=<', op: '<=', standard: false },
  { symbol: '≥', op: '>=', standard: true },
  { symbol: '≤', op: '<=', standard: true },
  { symbol: '≧', op: '>=', standard: false },
  { symbol: '≦', op: '<=', standard: false },
  { symbol: '⩾', op: '>=', standard: false },
  { symbol: '⩽', op: '<=', standard: false },
  { symbol: '>', op: '>', standard: true },
  { symbol: '<', op: '<', standard: true },
  { symbol: '﹥', op: '>', standard: false },
  { symbol: '﹤', op: '<', standard: false },
  { symbol: '=', op: '=', standard: true },
  { symbol: '﹦', op: '=', standard: false },
];

/**
 * Operators written in words before the number (`不低于90%`). Matched at the start of the cell, longest
 * first. `op: null` is `控制在`, which only says "kept at": the operator comes from what follows (`控制在5%以内`
 * → `<=`, `控制在80%-90%` → a range) and is `<=` when nothing follows.
 *
 * Decisions: `达到` ("reach") and `至少` read as `>=`; `超过`/`高于`/`大于`/`多于` as strict `>`;
 * `低于`/`小于`/`少于` as strict `<`; the negated forms (`不低于`, `不超过`, …) as the inclusive ones.
 *
 * @example
 * OPERATOR_PREFIX_WORDS.find((w) => w.word === '不低于')?.op //=> '>='
 * @category Notation
 */
export const OPERATOR_PREFIX_WORDS: readonly { readonly word: string; readonly op: Operator | null }[] = [
  { word: '大于或等于', op: '>=' },
  { word: '小于或等于', op: '<=' },
  { word: '大于等于', op: '>=' },
  { word: '小于等于', op: '<=' },
  { word: '不低于', op: '>=' },
  { word: '不少于', op: '>=' },
  { word: '不小于', op: '>=' },
  { word: '不超过', op: '<=' },
  { word: '不高于', op: '<=' },
  { word: '不大于', op: '<=' },
  { word: '不多于', op: '<=' },
  { word: '控制在', op: null },
  { word: '至少', op: '>=' },
  { word: '达到', op: '>=' },
  { word: '最多', op: '<=' },
  { word: '高于', op: '>' },
  { word: '大于', op: '>' },
  { word: '超过', op: '>' },
  { word: '多于', op: '>' },
  { word: '低于', op: '<' },
  { word: '小于', op: '<' },
  { word: '少于', op: '<' },
  { word: '等于', op: '=' },
];

/**
 * Operators written in words after the number (`95%以上`, `5%以内`, `3个工作日内`). Following the legal
 * convention that 以上/以下/以内 include the number itself (本数), `以上` reads `>=` and `以下`/`以内`/`之内`/`内`
 * read `<=`. After a tolerance (`±3%以内`) `以内` belongs to the band and adds no operator.
 *
 * @example
 * OPERATOR_SUFFIX_WORDS.find((w) => w.word === '以上')?.op //=> '>='
 * @category Notation
 */
export const OPERATOR_SUFFIX_WORDS: readonly { readonly word: string; readonly op: Operator }[] = [
  { word: '及以上', op: '>=' },
  { word: '及以下', op: '<=' },
  { word: '以上', op: '>=' },
  { word: '以下', op: '<=' },
  { word: '以内', op: '<=' },
  { word: '之内', op: '<=' },
  { word: '内', op: '<=' },
];

/**
 * Cell texts that mean "not applicable" (compared after trimming; full-width forms included). A run of one
 * dash character (`——`, `--`) also counts.
 *
 * @example
 * NOT_APPLICABLE_MARKERS.includes('不适用') //=> true
 * @category Notation
 */
export const NOT_APPLICABLE_MARKERS: readonly string[] = [
  '/',
  '／',
  '\\',
  '-',
  '－',
  '—',
  '–',
  '―',
  '不适用',
  '无',
  'N/A',
  'n/a',
  'NA',
];

/**
 * Words of the national operator column (计算符号 / 指标性质) and its system codes (RULES §2, NOTATION.md):
 * 1 `≥`, 2 `＞`, 3 `＝`, 4 `＜`, 5 `≤`, 6 定性, 9 定量（其他）, 10 不适用.
 *
 * @example
 * OPERATOR_CODES['5'] //=> '<='
 * @category Notation
 */
export const OPERATOR_CODES: Readonly<Record<string, Operator | 'qualitative' | 'quantitative-other' | 'not-applicable'>> = {
  '1': '>=',
  '2': '>',
  '3': '=',
  '4': '<',
  '5': '<=',
  '6': 'qualitative',
  '9': 'quantitative-other',
  '10': 'not-applicable',
};

/**
 * The qualitative grades an actual may state (RULES §4), exact texts after trimming and dropping a final `。`.
 * Anything else that is not a number (`及时`, `符合`) is a qualitative actual, not a grade.
 *
 * @example
 * GRADE_WORDS['达成预期指标'] //=> 'achieved'
 * @category Notation
 */
export const GRADE_WORDS: Readonly<Record<string, QualitativeGrade>> = {
  达成年度指标: 'achieved',
  达成预期指标: 'achieved',
  达成年度目标: 'achieved',
  达成预期目标: 'achieved',
  达成: 'achieved',
  已达成: 'achieved',
  完成: 'achieved',
  已完成: 'achieved',
  全部完成: 'achieved',
  部分达成年度指标并具有一定效果: 'partly-achieved',
  部分达成预期指标并具有一定效果: 'partly-achieved',
  部分达成年度指标: 'partly-achieved',
  部分达成预期指标: 'partly-achieved',
  部分达成: 'partly-achieved',
  部分完成: 'partly-achieved',
  未达成年度指标且效果较差: 'not-achieved',
  未达成预期指标且效果较差: 'not-achieved',
  未达成年度指标: 'not-achieved',
  未达成预期指标: 'not-achieved',
  未达成: 'not-achieved',
  未完成: 'not-achieved',
};

/**
 * Spellings of percent read as `%` (`％` is full-width and becomes `%` anyway).
 *
 * @example
 * PERCENT_UNITS.includes('百分比') //=> true
 * @category Notation
 */
export const PERCENT_UNITS: readonly string[] = ['%', '％', '﹪', '百分比'];
