import { notationMessages as M } from '../i18n/messages/notation';
import type { Actual } from '../model/actual';
import type { Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import { DEFAULT_MAX_UNIT_LENGTH, scanExpression } from './internal/expression';
import { isNotApplicableText, own, prepare, trimmedText } from './internal/text';
import { GRADE_WORDS } from './vocabulary';

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
 * {@link GRADE_WORDS}), another word (`及时`, `符合`: qualitative), a not-applicable marker (`/`, `-`, `不适用`)
 * or nothing. A missing actual is `missing`, never the number 0. An actual written with an operator
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
 * parseActual('').value //=> { kind: 'missing', raw: '' }
 * @category Notation
 */
export function parseActual(text: string, options: ParseActualOptions = {}): Result<Actual> {
  if (typeof text !== 'string') throw new TypeError('jixiao: parseActual expects a string');
  const raw = text;
  const p = prepare(text);
  if (p.start === p.end) return ok({ kind: 'missing', raw });
  const trimmed = trimmedText(p);
  if (isNotApplicableText(trimmed)) return ok({ kind: 'notApplicable', raw });
  const grade = own(GRADE_WORDS, trimmed.replace(/[。.]$/u, ''));
  if (grade !== undefined) return ok({ kind: 'grade', grade, raw });

  const scan = scanExpression(p, { maxUnitLength: options.maxUnitLength ?? DEFAULT_MAX_UNIT_LENGTH, text: trimmed });
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
