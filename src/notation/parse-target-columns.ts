import { toHalfWidth } from '../i18n/half-width';
import { notationMessages as M } from '../i18n/messages/notation';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import type { Operator, Target } from '../model/target';
import { NOTATION_LABELS } from '../i18n/labels/notation';
import { own } from './internal/text';
import { parseDirectionWord } from './parse-direction-word';
import { normalizeUnit } from './normalize-unit';
import { parseTarget, type ParseTargetOptions } from './parse-target';
import { OPERATOR_CODES, OPERATOR_PREFIX_WORDS, OPERATOR_SYMBOLS } from './vocabulary';

/**
 * The three cells of the separate-column notation: 指标性质 / 计算符号, 指标值, 度量单位 / 计量单位.
 *
 * @example
 * const cells: TargetColumns = { operator: '≥', value: '30', unit: '户' };
 * @category Notation
 */
export interface TargetColumns {
  /** 指标性质 / 计算符号: `≥`, `>=`, `＞`, `定性`, `定量（其他）`, `不适用`, or a national code `1`–`6`, `9`, `10`. */
  readonly operator: string;
  /** 指标值: the number (or the expected word of a qualitative target). */
  readonly value: string;
  /** 度量单位 / 计量单位: the unit, possibly blank. */
  readonly unit: string;
}

type OperatorCell =
  | { readonly kind: 'op'; readonly op: Operator | null; readonly quantitative: boolean; readonly direction?: string }
  | { readonly kind: 'qualitative' | 'quantitative-other' | 'not-applicable' }
  | { readonly kind: 'unknown' };

const WORDS: Readonly<Record<string, OperatorCell['kind'] | 'quantitative'>> = {
  定性: 'qualitative',
  定量: 'quantitative',
  '定量(其他)': 'quantitative-other',
  定量其他: 'quantitative-other',
  '定量-其他': 'quantitative-other',
  不适用: 'not-applicable',
};

// Looked up by the whole cell, in maps of our own: the vocabularies are frozen, and V8 searches frozen arrays far
// more slowly.
const SYMBOLS: ReadonlyMap<string, (typeof OPERATOR_SYMBOLS)[number]> = new Map(OPERATOR_SYMBOLS.map((s) => [s.symbol, s]));
const WORD_OPERATORS: ReadonlyMap<string, Operator> = new Map(OPERATOR_PREFIX_WORDS.flatMap((w) => (w.op === null ? [] : [[w.word, w.op] as const])));

function readOperatorCell(text: string, column: number, warnings: Finding[]): OperatorCell {
  const t = toHalfWidth(text).replace(/\s+/gu, '');
  if (t === '') return { kind: 'op', op: null, quantitative: false };
  const code = own(OPERATOR_CODES, t);
  if (code !== undefined) {
    if (code === 'qualitative' || code === 'quantitative-other' || code === 'not-applicable') return { kind: code };
    return { kind: 'op', op: code, quantitative: true };
  }
  const word = own(WORDS, t);
  if (word === 'quantitative') return { kind: 'op', op: null, quantitative: true };
  if (word !== undefined) return { kind: word } as OperatorCell;
  const symbol = SYMBOLS.get(t);
  if (symbol !== undefined) {
    if (!symbol.standard) warnings.push(M.finding('notation/operator-variant', 'info', { text: t, op: symbol.op }, { column }));
    return { kind: 'op', op: symbol.op, quantitative: true };
  }
  const op = WORD_OPERATORS.get(t);
  if (op !== undefined) {
    warnings.push(M.finding('notation/operator-word', 'warning', { text: t, op }, { column }));
    return { kind: 'op', op, quantitative: true };
  }
  // 正向 / 反向 say which way is better, not what to compare with: no operator, and said so.
  const direction = parseDirectionWord(t);
  if (direction !== null) {
    const label = NOTATION_LABELS.direction[direction].zh;
    warnings.push(M.finding('notation/direction-not-operator', 'warning', { text: t, direction: label }, { column, data: { direction } }));
    return { kind: 'op', op: null, quantitative: false, direction };
  }
  return { kind: 'unknown' };
}

function shift(f: Finding, by: number): Finding {
  return f.column === undefined ? f : { ...f, column: f.column + by };
}

const RECOMPUTED = new Set(['notation/operator-missing', 'notation/unit-missing', 'notation/operator-assumed']);

/**
 * Reads a target written over three cells (指标性质 / 计算符号 + 指标值 + 度量单位), as national budget systems
 * export it (RULES §8). The operator cell takes symbols in any width (`≥`, `>=`, `＞`), the words `定性`,
 * `定量`, `定量（其他）`, `不适用`, operator words (`不低于`), and the national codes 1 `≥`, 2 `＞`, 3 `＝`,
 * 4 `＜`, 5 `≤`, 6 定性, 9 定量（其他）, 10 不适用 ({@link OPERATOR_CODES}). The value cell is read with
 * {@link parseTarget}, so `100%` or `80-90` there work too; a unit in both cells must agree.
 *
 * Decisions: 定量（其他） ("quantitative, explained in words") gives a quantitative target with no operator when
 * the value is a plain number, else a qualitative target with the value text — both with the info
 * `notation/quantitative-other` and without `notation/operator-missing` (no operator is expected). 定性 gives a
 * qualitative target (a unit beside it is reported and ignored), unless the value is a date (`11月底之前`: a
 * deadline). 不适用 gives not applicable whatever the value. A direction word (正向 / 反向 / 逆向, see
 * {@link parseDirectionWord}) is no operator: the value is read without one, with
 * `notation/direction-not-operator` (its `data.direction` says which), so the caller can keep it as the
 * indicator's `direction`. A date value (`2024年12月31日前`) is a deadline or a period; `≥` or `>` beside it is
 * `notation/operator-conflict`.
 *
 * `raw` is the three cells joined by a tab, and every finding's `column` counts in that joined text.
 *
 * @param cells - the three cells
 * @param options - see {@link ParseTargetOptions}
 * @returns the target, or every error found
 * @example
 * parseTargetColumns({ operator: '≥', value: '30', unit: '户' }).value
 * //=> { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥\t30\t户' }
 * parseTargetColumns({ operator: '5', value: '25', unit: '家' }).value
 * //=> { kind: 'quantitative', op: '<=', value: '25', unit: '家', raw: '5\t25\t家' }
 * parseTargetColumns({ operator: '定性', value: '及时', unit: '' }).value
 * //=> { kind: 'qualitative', text: '及时', raw: '定性\t及时\t' }
 * @category Notation
 */
export function parseTargetColumns(cells: TargetColumns, options: ParseTargetOptions = {}): Result<Target> {
  const raw = `${cells.operator}\t${cells.value}\t${cells.unit}`;
  const opLength = Array.from(cells.operator).length;
  const valueColumn = opLength + 2;
  const unitColumn = valueColumn + Array.from(cells.value).length + 1;
  const warnings: Finding[] = [];
  const opCell = readOperatorCell(cells.operator, 1 + (cells.operator.length - cells.operator.trimStart().length), warnings);
  const unitCell = normalizeUnit(cells.unit);
  const value = cells.value.trim();
  const unitAt = unitColumn + (cells.unit.length - cells.unit.trimStart().length);
  const valueAt = valueColumn + (cells.value.length - cells.value.trimStart().length);

  if (unitCell !== null) {
    const written = toHalfWidth(cells.unit).trim().replace(/^[([【](.*)[)\]】]$/u, '$1').trim();
    if (written !== unitCell) {
      warnings.push(M.finding('notation/unit-normalised', 'info', { text: raw, first: cells.unit.trim(), second: unitCell }, { column: unitAt }));
    }
  }
  if (opCell.kind === 'unknown') {
    return fail([M.finding('notation/operator-unknown', 'error', { text: cells.operator.trim() }, { column: 1 })], warnings);
  }
  if (opCell.kind === 'not-applicable') return ok({ kind: 'notApplicable', raw }, warnings);
  if (value === '') {
    const hasOp = opCell.kind === 'op' && opCell.op !== null;
    if (hasOp || (opCell.kind === 'op' && unitCell !== null)) {
      return fail([M.finding('notation/value-missing', 'error', { text: raw.trim() }, { column: valueColumn })], warnings);
    }
    return ok({ kind: 'missing', raw }, warnings);
  }
  if (opCell.kind === 'qualitative') {
    // 定性 over a date (`11月底之前`): the date is the target; a date is no number either.
    const date = parseTarget(cells.value);
    if (date.ok && (date.value.kind === 'deadline' || date.value.kind === 'period')) {
      return ok(Object.assign(date.value, { raw }), [...warnings, ...date.warnings.map((f) => shift(f, valueColumn - 1))]);
    }
    if (unitCell !== null) {
      warnings.push(M.finding('notation/qualitative-with-unit', 'info', { text: raw, first: value, second: unitCell }, { column: unitAt }));
    }
    return ok({ kind: 'qualitative', text: value, raw }, warnings);
  }

  const parsed = parseTarget(cells.value, options.maxUnitLength === undefined ? { reference: options.reference ?? 'detect' } : { reference: options.reference ?? 'detect', maxUnitLength: options.maxUnitLength });
  const by = valueColumn - 1;
  if (!parsed.ok) return fail(parsed.errors.map((f) => shift(f, by)), [...warnings, ...parsed.warnings.map((f) => shift(f, by))]);
  warnings.push(...parsed.warnings.filter((f) => !RECOMPUTED.has(f.code)).map((f) => shift(f, by)));
  const t = parsed.value;

  if (opCell.kind === 'quantitative-other') {
    warnings.push(M.finding('notation/quantitative-other', 'info', { text: value }, { column: valueAt }));
    if (t.kind === 'quantitative' && t.op === null) {
      const unit = mergeUnits(t.unit, unitCell, unitAt, raw, warnings);
      if (unit === false) return fail(warnings.filter(isError), warnings.filter((f) => !isError(f)));
      return ok({ kind: 'quantitative', op: null, value: t.value, unit, raw }, warnings);
    }
    return ok({ kind: 'qualitative', text: value, raw }, warnings);
  }

  // a comparison operator, 定量, or no operator cell at all
  let op = opCell.kind === 'op' ? opCell.op : null;
  switch (t.kind) {
    case 'notApplicable':
    case 'missing':
      return ok({ kind: t.kind, raw }, warnings);
    case 'qualitative':
    case 'reference':
      if (op !== null && t.kind === 'qualitative' && !warnings.some((f) => f.code === 'notation/value-not-number')) {
        warnings.push(M.finding('notation/value-not-number', 'warning', { text: raw.trim() }, { column: valueAt }));
      }
      return ok({ kind: t.kind, text: t.text, raw }, warnings);
    case 'deadline':
    case 'period':
      // A date is due on or before its day: `≤` (or `<`, `=`) beside it agrees, `≥` contradicts it.
      if (op === '>=' || op === '>') {
        return fail([M.finding('notation/operator-conflict', 'error', { text: raw, first: cells.operator.trim(), second: value }, { column: valueAt })], warnings);
      }
      if (unitCell !== null) {
        warnings.push(M.finding('notation/qualitative-with-unit', 'info', { text: raw, first: value, second: unitCell }, { column: unitAt }));
      }
      return ok(Object.assign(t, { raw }), warnings);
    case 'range':
    case 'tolerance': {
      if (op !== null) {
        return fail([M.finding('notation/operator-conflict', 'error', { text: raw, first: cells.operator.trim(), second: value }, { column: valueAt })], warnings);
      }
      const unit = mergeUnits(t.unit, unitCell, unitAt, raw, warnings);
      if (unit === false) return fail(warnings.filter(isError), warnings.filter((f) => !isError(f)));
      if (unit === null) warnings.push(M.finding('notation/unit-missing', 'info', { text: raw.trim() }, { column: valueAt }));
      // The cell's target is new: its unit and raw replaced in place (a spread copy is slow in V8).
      return ok(Object.assign(t, { unit, raw }), warnings);
    }
    case 'quantitative': {
      if (t.op !== null) {
        if (op === null) op = t.op;
        else if (op !== t.op) {
          return fail([M.finding('notation/operator-conflict', 'error', { text: raw, first: cells.operator.trim(), second: value }, { column: valueAt })], warnings);
        } else {
          warnings.push(M.finding('notation/operator-doubled', 'warning', { text: `${cells.operator.trim()} ${value}`, op }, { column: valueAt }));
        }
      }
      const unit = mergeUnits(t.unit, unitCell, unitAt, raw, warnings);
      if (unit === false) return fail(warnings.filter(isError), warnings.filter((f) => !isError(f)));
      if (op === null) {
        const assumed = options.missingOperator ?? null;
        if (assumed === null) warnings.push(M.finding('notation/operator-missing', 'warning', { text: raw.trim() }, { column: 1 }));
        else {
          op = assumed;
          warnings.push(M.finding('notation/operator-assumed', 'info', { text: raw.trim(), op }, { column: 1 }));
        }
      }
      if (unit === null) warnings.push(M.finding('notation/unit-missing', 'info', { text: raw.trim() }, { column: unitColumn }));
      return ok({ kind: 'quantitative', op, value: t.value, unit, raw }, warnings);
    }
  }
}

function isError(f: Finding): boolean {
  return f.severity === 'error';
}

/** The unit of the value cell and of the unit cell, which must agree; false (and an error pushed) when not. */
function mergeUnits(inValue: string | null, inCell: string | null, column: number, raw: string, warnings: Finding[]): string | null | false {
  if (inValue !== null && inCell !== null && inValue !== inCell) {
    warnings.push(M.finding('notation/unit-conflict', 'error', { text: raw, first: inValue, second: inCell }, { column }));
    return false;
  }
  return inValue ?? inCell;
}
