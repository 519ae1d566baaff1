import type { QualitativeGrade } from '../model/actual';
import { deepFreeze } from '../model/deep-freeze';
import type { DeclaredDirection, Operator } from '../model/target';

// Every vocabulary is frozen, deeply: they are shared by every caller, and writing to one must fail rather than
// change how every later cell is read.

/**
 * Operator symbols recognised at the start of a target (after full-width forms are made half-width), with the
 * operator they mean. `standard: false` marks the variants that are read but reported
 * (`notation/operator-variant`). `±` and `+-` are not here: they start a tolerance.
 *
 * Look-alikes are here only when a published table used them so: `≧` `≦` (U+2267/U+2266) and the box-drawing
 * `═` (U+2550) for `=` (a Yunnan self-evaluation's 指标性质 column, shared/samples). `〓` (U+3013, the geta mark)
 * is not: it is what GB2312 converters put for a character they could not map, so it says nothing of the
 * operator.
 *
 * @example
 * OPERATOR_SYMBOLS.find((s) => s.symbol === '≧')?.op //=> '>='
 * OPERATOR_SYMBOLS.find((s) => s.symbol === '═')?.op //=> '='
 * @category Notation
 */
export const OPERATOR_SYMBOLS: readonly { readonly symbol: string; readonly op: Operator; readonly standard: boolean }[] = deepFreeze([
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
  { symbol: '═', op: '=', standard: false },
]);

/**
 * Operators written in words before the number (`不低于90%`). Matched at the start of the cell, longest
 * first. `op: null` is `控制在`, which only says "kept at": the operator comes from what follows (`控制在5%以内`
 * → `<=`, `控制在80%-90%` → a range) and is `<=` when nothing follows.
 *
 * Decisions: `达到` ("reach"), `至少` and `最少` read as `>=`, `至多` and `最多` as `<=`; `超过`/`高于`/`大于`/`多于`
 * as strict `>`; `低于`/`小于`/`少于` as strict `<`; the negated forms (`不低于`, `不超过`, `不得低于`, …) as the
 * inclusive ones. The same words stand alone in an operator column (指标方向 `大于等于`, see
 * {@link parseTargetColumns}).
 *
 * @example
 * OPERATOR_PREFIX_WORDS.find((w) => w.word === '不低于')?.op //=> '>='
 * @category Notation
 */
export const OPERATOR_PREFIX_WORDS: readonly { readonly word: string; readonly op: Operator | null }[] = deepFreeze([
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
  { word: '不得低于', op: '>=' },
  { word: '不得少于', op: '>=' },
  { word: '不得超过', op: '<=' },
  { word: '不得高于', op: '<=' },
  { word: '控制在', op: null },
  { word: '至少', op: '>=' },
  { word: '最少', op: '>=' },
  { word: '达到', op: '>=' },
  { word: '至多', op: '<=' },
  { word: '最多', op: '<=' },
  { word: '高于', op: '>' },
  { word: '大于', op: '>' },
  { word: '超过', op: '>' },
  { word: '多于', op: '>' },
  { word: '低于', op: '<' },
  { word: '小于', op: '<' },
  { word: '少于', op: '<' },
  { word: '等于', op: '=' },
]);

/**
 * Operators written in words after the number (`95%以上`, `5%以内`, `3个工作日内`). Following the legal
 * convention that 以上/以下/以内 include the number itself (本数), `以上` reads `>=` and `以下`/`以内`/`之内`/`内`
 * read `<=`. After a tolerance (`±3%以内`) `以内` belongs to the band and adds no operator.
 *
 * @example
 * OPERATOR_SUFFIX_WORDS.find((w) => w.word === '以上')?.op //=> '>='
 * @category Notation
 */
export const OPERATOR_SUFFIX_WORDS: readonly { readonly word: string; readonly op: Operator }[] = deepFreeze([
  { word: '及以上', op: '>=' },
  { word: '及以下', op: '<=' },
  { word: '以上', op: '>=' },
  { word: '以下', op: '<=' },
  { word: '以内', op: '<=' },
  { word: '之内', op: '<=' },
  { word: '内', op: '<=' },
]);

/**
 * Cell texts that mean "not applicable" (compared after trimming; full-width forms included). A run of one
 * dash character (`——`, `--`) also counts.
 *
 * @example
 * NOT_APPLICABLE_MARKERS.includes('不适用') //=> true
 * @category Notation
 */
export const NOT_APPLICABLE_MARKERS: readonly string[] = deepFreeze([
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
]);

/**
 * Words of the national operator column (计算符号 / 指标性质) and its system codes (RULES §2, NOTATION.md):
 * 1 `≥`, 2 `＞`, 3 `＝`, 4 `＜`, 5 `≤`, 6 定性, 9 定量（其他）, 10 不适用.
 *
 * @example
 * OPERATOR_CODES['5'] //=> '<='
 * @category Notation
 */
export const OPERATOR_CODES: Readonly<Record<string, Operator | 'qualitative' | 'quantitative-other' | 'not-applicable'>> = deepFreeze({
  '1': '>=',
  '2': '>',
  '3': '=',
  '4': '<',
  '5': '<=',
  '6': 'qualitative',
  '9': 'quantitative-other',
  '10': 'not-applicable',
});

/**
 * The qualitative grades an actual may state (RULES §4), exact texts after trimming and dropping a final `。`.
 * Anything else that is not a number (`及时`, `符合`) is a qualitative actual, not a grade.
 *
 * @example
 * GRADE_WORDS['达成预期指标'] //=> 'achieved'
 * @category Notation
 */
export const GRADE_WORDS: Readonly<Record<string, QualitativeGrade>> = deepFreeze({
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
});

/**
 * Spellings of percent read as `%` (`％` is full-width and becomes `%` anyway).
 *
 * @example
 * PERCENT_UNITS.includes('百分比') //=> true
 * @category Notation
 */
export const PERCENT_UNITS: readonly string[] = deepFreeze(['%', '％', '﹪', '百分比']);

/**
 * Signs written between the parts of a compound unit (`元/人*月`, `人·次`, `千瓦×时`): `*`, `×`, `·` and the
 * other middle dots. Chinese writes compound units without them (`人次`, `千瓦时`, `吨公里`), so
 * {@link normalizeUnit} and the target reader drop them, with `notation/unit-normalised`: `元/人*月` is
 * `元/人月`. A sign must stand between two parts: `*` alone or at either end is no unit (`≥**个` is a
 * placeholder).
 *
 * @example
 * UNIT_PRODUCT_SIGNS.includes('·') //=> true
 * @category Notation
 */
export const UNIT_PRODUCT_SIGNS: readonly string[] = deepFreeze(['*', '×', '·', '・', '•', '⋅', '∙']);

/**
 * Words of a direction column (指标方向 / 指标性质) with the direction they declare ({@link parseDirectionWord}):
 * 正向 (higher is better), 反向 and 逆向 (lower is better), 定性 (qualitative), each also with 指标 after it.
 * No table seen writes 中性 or 双向, so neither is here.
 *
 * @example
 * DIRECTION_WORDS['逆向'] //=> 'lower-is-better'
 * @category Notation
 */
export const DIRECTION_WORDS: Readonly<Record<string, DeclaredDirection>> = deepFreeze({
  正向: 'higher-is-better',
  正向指标: 'higher-is-better',
  反向: 'lower-is-better',
  反向指标: 'lower-is-better',
  逆向: 'lower-is-better',
  逆向指标: 'lower-is-better',
  定性: 'qualitative',
  定性指标: 'qualitative',
});

/**
 * Words that may open a date target (`截至2024年12月31日`, `于6月30日前完成`, `不晚于11月底`). They add nothing
 * to the date: every date target is met on or before its last day. Symbols (`≤`, `<=`) open one too, but only a
 * date with a day, a year or an explicit month end (`≤12月31日`), so that `≤6月` stays a number of months.
 *
 * @example
 * DATE_LEAD_WORDS.includes('截至') //=> true
 * @category Notation
 */
export const DATE_LEAD_WORDS: readonly string[] = deepFreeze([
  '截止到', '截止至', '截至', '截止', '计划于', '计划在', '计划', '预计于', '预计在', '预计', '力争于', '力争在',
  '力争', '确保于', '确保在', '确保', '须于', '须在', '需在', '应于', '应在', '要在', '最迟于', '最迟', '最晚',
  '不晚于', '不迟于', '不超过', '于', '在',
]);

/**
 * Words after a date that make it a deadline (`前`, `之前`, `以前`, `内`, `以内`, `之内`, `止`, `为止`): on or
 * before that day, the day included (`2024年12月31日前` is due 2024-12-31; `12月底前` is due 31 December).
 * `内` / `以内` / `之内` follow only a date with a day, a year or a month end (`6月内` stays "at most 6 months").
 *
 * @example
 * DEADLINE_WORDS.includes('之前') //=> true
 * @category Notation
 */
export const DEADLINE_WORDS: readonly string[] = deepFreeze(['之前', '以前', '前', '以内', '之内', '内', '为止', '止']);

/**
 * Verbs that may follow a date with no deadline word (`12月底到位`, `上半年完成`, `12月完成`): the date is then
 * when something happens. Any other words after such a date make the cell no date target — a start
 * (`2024年1月1日起实施`) or a statement (`全年无事故`) is not a deadline. After a deadline word any words may
 * follow (`12月底前完成项目验收`), and no digit may follow any date (`12月底前完成3个项目` is two targets).
 *
 * @example
 * DATE_EVENT_WORDS.includes('到位') //=> true
 * @category Notation
 */
export const DATE_EVENT_WORDS: readonly string[] = deepFreeze([
  '完成', '到位', '完工', '竣工', '办结', '结束', '实施', '启动', '开工', '发放', '支付', '拨付', '兑付', '兑现',
  '验收', '上线', '投入使用', '投用', '启用', '交付', '提交', '报送', '印发', '出台', '建成', '落实', '全部完成',
]);

/**
 * Dates named by words, relative to the fiscal year (so written without a year): the first and last day
 * (`MM-DD`) and whether the word names an end (`年底`: a deadline) or a span (`上半年`: a period when it stands
 * alone, a deadline at its end with `前`/`完成` after it: `上半年完成`). A year may precede them
 * (`2024年上半年`; `2024年底` shares its 年), and 末 / 底 after a span names its end (`三季度末`).
 *
 * @example
 * RELATIVE_DATE_WORDS['上半年'] //=> { from: '01-01', to: '06-30', end: false }
 * @category Notation
 */
export const RELATIVE_DATE_WORDS: Readonly<Record<string, { readonly from: string; readonly to: string; readonly end: boolean }>> = deepFreeze({
  年底: { from: '01-01', to: '12-31', end: true },
  年末: { from: '01-01', to: '12-31', end: true },
  年终: { from: '01-01', to: '12-31', end: true },
  年内: { from: '01-01', to: '12-31', end: true },
  年度内: { from: '01-01', to: '12-31', end: true },
  本年度内: { from: '01-01', to: '12-31', end: true },
  本年内: { from: '01-01', to: '12-31', end: true },
  当年内: { from: '01-01', to: '12-31', end: true },
  全年: { from: '01-01', to: '12-31', end: false },
  全年度: { from: '01-01', to: '12-31', end: false },
  本年度: { from: '01-01', to: '12-31', end: false },
  当年: { from: '01-01', to: '12-31', end: false },
  上半年: { from: '01-01', to: '06-30', end: false },
  下半年: { from: '07-01', to: '12-31', end: false },
  第一季度: { from: '01-01', to: '03-31', end: false },
  一季度: { from: '01-01', to: '03-31', end: false },
  第二季度: { from: '04-01', to: '06-30', end: false },
  二季度: { from: '04-01', to: '06-30', end: false },
  第三季度: { from: '07-01', to: '09-30', end: false },
  三季度: { from: '07-01', to: '09-30', end: false },
  第四季度: { from: '10-01', to: '12-31', end: false },
  四季度: { from: '10-01', to: '12-31', end: false },
});

/**
 * Words that name a measure at the end of an indicator name (`项目数量`, `受益人数`, `改造面积`): a number with
 * its unit right after one is a target written into the name (`完成中型灌区节水改造项目数量1个`), even with no
 * operator. After other words a number is part of the name (`2018年市级专项扶贫资金`, `3号楼`).
 *
 * @example
 * NAME_MEASURE_WORDS.includes('数量') //=> true
 * @category Notation
 */
export const NAME_MEASURE_WORDS: readonly string[] = deepFreeze(['数量', '数', '量', '面积', '长度', '里程', '规模', '金额', '成本', '时长']);
