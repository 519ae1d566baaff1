import { notationMessages as M } from '../i18n/messages/notation';
import type { Actual } from '../model/actual';
import type { Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { DEFAULT_MAX_UNIT_LENGTH, isUnitText, scanExpression } from './internal/expression';
import { isNotApplicableText, own, prepare, trimmedText } from './internal/text';
import { GRADE_WORDS, OPERATOR_SUFFIX_WORDS } from './vocabulary';
import { readDateCell, readDateText } from './internal/date-text';
import { readWithRemark } from './internal/remark';

/**
 * Options of {@link parseActual}.
 *
 * @example
 * const o: ParseActualOptions = { maxUnitLength: 8 };
 * @category Notation
 */
export interface ParseActualOptions {
  /** Longest unit, in code points on each side of a `/` (default 6, as for targets). */
  readonly maxUnitLength?: number;
}

/**
 * Reads one actual cell (实际完成值 / 完成值): a number with or without its unit (`32户`, `100%`, `90`,
 * `89.974`), a qualitative grade (`达成年度指标`, `部分达成年度指标并具有一定效果`, `未完成` … see
 * {@link GRADE_WORDS}), another word (`及时`, `符合`, `按时完成`: qualitative), a completion date
 * (`2024年11月20日完成`, `12月底前完成`: the last day the text allows, the year kept absent when the cell has
 * none; a period such as `2023.07-2024.01` by its last day, with `notation/date-completed`), a not-applicable
 * marker (`/`, `-`, `不适用`) or nothing. A missing actual is `missing`, never the number 0. An actual written with an operator
 * (`≥95%`) keeps the number and reports `notation/actual-operator`; one that is a range or prose around a
 * number is qualitative with `notation/number-in-text`. Damaged numbers are errors. Never throws.
 *
 * @param text - the cell text, as read
 * @param options - see {@link ParseActualOptions}
 * @returns the actual (its `raw` is `text` unchanged), or every error found
 * @example
 * parseActual('32户').value //=> { kind: 'quantitative', value: '32', unit: '户', raw: '32户' }
 * parseActual('90').value //=> { kind: 'quantitative', value: '90', unit: null, raw: '90' }
 * parseActual('达成预期指标').value //=> { kind: 'grade', grade: 'achieved', raw: '达成预期指标' }
 * parseActual('及时').value //=> { kind: 'qualitative', text: '及时', raw: '及时' }
 * parseActual('2024年11月20日完成').value //=> { kind: 'date', date: '2024-11-20', raw: '2024年11月20日完成' }
 * parseActual('').value //=> { kind: 'missing', raw: '' }
 * @category Notation
 */
export function parseActual(text: string, options: ParseActualOptions = {}): Result<Actual> {
  if (typeof text !== 'string') throw new TypeError('jixiao: parseActual expects a string');
  const maxUnitLength = options.maxUnitLength ?? DEFAULT_MAX_UNIT_LENGTH;
  // `96.5%（超额完成）`: the value, and the bracketed remark as a warning.
  return plainActual(text, maxUnitLength) ?? readWithRemark(text, (head) => parseActual(head, options)) ?? scanActual(text, maxUnitLength);
}

// The plain shapes most cells have — a bare number with `%` or a unit in Chinese characters (`32户`, `100%`,
// `90`, `89.974`), or a word in Chinese characters (`达成年度指标`, `及时`) — read without the general scanner,
// to the very result it gives them (test/notation/parse-actual-plain.test.ts compares the two). Anything else,
// and any text with white space in it, goes the general way.
const PLAIN_NUMBER = /^(\d+(?:\.\d+)?)(%|[\u4e00-\u9fff]+)?$/;
const PLAIN_WORD = /^[\u4e00-\u9fff]+$/;
/** The suffix words, in an array of our own: the vocabulary is frozen, and V8 iterates frozen arrays far more slowly. */
const SUFFIX_WORDS: readonly string[] = OPERATOR_SUFFIX_WORDS.map((w) => w.word);

/** A unit the general scanner reads whole and as it is: no operator word (`以内`), range word (`至`) or `百分比` in it. */
function isPlainUnit(unit: string, maxUnitLength: number): boolean {
  if (unit === '百分比' || unit.includes('至') || unit.includes('到')) return false;
  return !SUFFIX_WORDS.some((w) => unit.includes(w)) && isUnitText(unit, maxUnitLength);
}

function plainActual(text: string, maxUnitLength: number): Result<Actual> | null {
  // Words that are dates (`年底前完成`, `上半年完成`) go the general way, which reads them.
  if (PLAIN_WORD.test(text) && !((text.includes('年') || text.includes('季')) && readDateText(text) !== null)) {
    if (isNotApplicableText(text)) return ok({ kind: 'notApplicable', raw: text });
    const grade = own(GRADE_WORDS, text);
    return ok(grade === undefined ? { kind: 'qualitative', text, raw: text } : { kind: 'grade', grade, raw: text });
  }
  const m = PLAIN_NUMBER.exec(text);
  if (m === null) return null;
  const unit = m[2] ?? null;
  if (unit !== null && !isPlainUnit(unit, maxUnitLength)) return null;
  return ok({ kind: 'quantitative', value: m[1] as string, unit, raw: text });
}

function scanActual(text: string, maxUnitLength: number): Result<Actual> {
  const raw = text;
  const p = prepare(text);
  if (p.start === p.end) return ok({ kind: 'missing', raw });
  const trimmed = trimmedText(p);
  if (isNotApplicableText(trimmed)) return ok({ kind: 'notApplicable', raw });
  const grade = own(GRADE_WORDS, trimmed.replace(/[。.]$/u, ''));
  if (grade !== undefined) return ok({ kind: 'grade', grade, raw });
  const date = readDateCell(p, trimmed, 'actual');
  if (date !== null) return date;

  const scan = scanExpression(p, { maxUnitLength, text: trimmed });
  if (scan.type === 'error') return fail(scan.errors, scan.warnings);
  if (scan.type === 'expression' && scan.expression.kind === 'quantitative') {
    const e = scan.expression;
    const warnings = [...scan.warnings];
    if (e.op !== null) warnings.push(M.finding('notation/actual-operator', 'warning', { text: trimmed }, { column: e.opColumn ?? p.start + 1 }));
    return ok({ kind: 'quantitative', value: e.value, unit: e.unit, raw }, warnings);
  }
  const reason = scan.type === 'text' ? scan.reason : 'number-in-text';
  const warnings = reason === null ? [] : [M.finding(`notation/${reason}`, 'warning', { text: trimmed }, { column: p.start + 1 })];
  return ok({ kind: 'qualitative', text: trimmed, raw }, warnings);
}
