import { evaluateMessages as M } from '../i18n/messages/evaluate';
import { MODEL_LABELS } from '../i18n/labels/model';
import type { Actual, QualitativeGrade } from '../model/actual';
import type { Bilingual, Finding } from '../model/finding';
import type { DeclaredDirection, Target } from '../model/target';
import { Dec } from '../money/decimal';
import { compareUnits } from '../notation/compare-units';
import { unitScale } from '../notation/unit-scale';
import { formatActual } from '../notation/format-actual';
import { direction as directionOf, type Direction } from '../notation/direction';
import { compareScaled, pow10, scaled, toPlainDecimal, withoutTrailingZeros, type Scaled } from '../money/scaled';
import { displayText, targetText } from './display-text';
import { NOTATION_LABELS } from '../i18n/labels/notation';
import { assessDate } from './assess-date';
import { ratioAtLeast, ratioText } from './ratio';
import type { EvaluationSettings, EvaluationStatus } from './types';

/**
 * How the target is compared: the operator (after the missing-operator policy), a range, a tolerance band, a
 * grade, or nothing.
 */
export type Shape = '>=' | '>' | '=' | '<=' | '<' | 'range' | 'tolerance' | 'grade' | 'none';

/**
 * The evaluation of one indicator with the numbers kept as written, for the scorer (internal: not exported
 * publicly). The scorer forms decimals from `aNum`, `tNum`, `t2Num` only where a score needs a ratio (a target not
 * met): deciding met or not met is done on scaled integers.
 */
export interface Assessment {
  readonly status: EvaluationStatus;
  readonly direction: Direction;
  readonly shape: Shape;
  /** The actual and target as written, for explanations. */
  readonly aText: string;
  readonly tText: string;
  /**
   * The numbers as decimal strings, for the scorer and its traces: the actual (0 when a negative one was clamped);
   * the target value, a range's min or a tolerance's band (as written, sign included); a range's max or a
   * tolerance's reference ('' when it has none). All '' when the shape has no numbers.
   */
  readonly aNum: string;
  readonly tNum: string;
  readonly t2Num: string;
  /**
   * `aNum` and `tNum` read as scaled integers, for the operator shapes (`>=`, `>`, `=`, `<=`, `<`): read once here,
   * where met or not met is decided, so that the scorer does not read them again. Null for the other shapes.
   */
  readonly aScaled: Scaled | null;
  readonly tScaled: Scaled | null;
  /** The actual equals the target value (quantitative shapes only; false otherwise). */
  readonly equal: boolean;
  readonly grade: QualitativeGrade | null;
  /** The completion to 4 places, half-up (what evaluations show). */
  readonly completionText: string | null;
  readonly explanation: Bilingual;
  readonly findings: readonly Finding[];
}

const NONE: readonly Finding[] = [];
const ONE = new Dec(1);
const HUNDRED = new Dec(100);
const SCALED_ZERO: Scaled = { int: 0n, scale: 0 };

function textOfActual(a: Actual): string {
  return a.raw !== '' ? displayText(a.raw) : formatActual(a);
}

function pct(d: Dec): string {
  return d.times(HUNDRED).toFixed(2, Dec.ROUND_HALF_UP);
}

function fixed4(d: Dec | null): string | null {
  if (d === null) return null;
  const s = d.toFixed(4, Dec.ROUND_HALF_UP);
  return s.charCodeAt(0) === 45 && /^-0\.0000$/.test(s) ? s.slice(1) : s;
}

/** A ratio written to 4 places (`0.8000`) as a percent to 2 places (`80.00`), by moving the point: exact. */
function pctOf4(s: string): string {
  const dot = s.indexOf('.');
  let int = s.slice(0, dot) + s.slice(dot + 1, dot + 3);
  let k = 0;
  while (k < int.length - 1 && int.charCodeAt(k) === 48) k++;
  if (k > 0) int = int.slice(k);
  return `${int}.${s.slice(dot + 3)}`;
}

// A memo, not state: the threshold of a settings object, parsed once.
interface Threshold {
  readonly scaled: Scaled;
  readonly pct: string;
  /** At least 1: only a target met can reach it. */
  readonly aboveOne: boolean;
}
const thresholds = new WeakMap<EvaluationSettings, Threshold>();
function thresholdOf(settings: EvaluationSettings): Threshold | null {
  if (settings.overAchievement === null) return null;
  let th = thresholds.get(settings);
  if (th === undefined) {
    const d = new Dec(settings.overAchievement);
    thresholds.set(settings, (th = { scaled: scaled(settings.overAchievement), pct: pct(d), aboveOne: d.gte(ONE) }));
  }
  return th;
}

function stop(
  status: EvaluationStatus,
  direction: Direction,
  explanation: Bilingual,
  findings: readonly Finding[],
  aText: string,
  tText: string,
): Assessment {
  return { status, direction, shape: 'none', aText, tText, aNum: '', tNum: '', t2Num: '', aScaled: null, tScaled: null, equal: false, grade: null, completionText: null, explanation, findings };
}

const ONE_SCALED: Scaled = { int: 1n, scale: 0 };

/** A quantitative or range target in percent whose (lower) value is 1% or more. */
function isPercentTarget(target: Target): boolean {
  if ((target.kind !== 'quantitative' && target.kind !== 'range') || compareUnits(target.unit, '%') !== 'same') return false;
  return compareScaled(scaled(target.kind === 'range' ? target.min : target.value), ONE_SCALED) >= 0;
}

function gradeOfWord(word: string, settings: EvaluationSettings): QualitativeGrade | null {
  const w = settings.qualitative.words;
  for (const k of w['not-achieved']) if (word.includes(k)) return 'not-achieved';
  for (const k of w['partly-achieved']) if (word.includes(k)) return 'partly-achieved';
  for (const k of w.achieved) if (word.includes(k)) return 'achieved';
  return null;
}

const GRADE_STATUS: Record<QualitativeGrade, EvaluationStatus> = {
  achieved: 'met',
  'partly-achieved': 'partly-met',
  'not-achieved': 'not-met',
};

function graded(grade: QualitativeGrade, direction: Direction, why: Bilingual | null, aText: string, tText: string): Assessment {
  const label = MODEL_LABELS.qualitativeGrade[grade];
  const explanation = why ?? { zh: `定性评价：${label.zh}`, en: `qualitative: ${label.en}` };
  return { status: GRADE_STATUS[grade], direction, shape: 'grade', aText, tText, aNum: '', tNum: '', t2Num: '', aScaled: null, tScaled: null, equal: false, grade, completionText: null, explanation, findings: NONE };
}

/**
 * Compares one target with one actual (RULES §2, §4). Pure; the numbers stay exact.
 *
 * @param target - the target
 * @param actual - the parsed actual
 * @param settings - the scheme's evaluation settings
 * @param declared - the direction the row declares (the indicator's `direction`), for a target with no operator
 * @param fiscalYear - the document's fiscal year, for dates written without one
 * @returns the assessment
 */
export function assess(target: Target, actual: Actual, settings: EvaluationSettings, declared?: DeclaredDirection, fiscalYear: number | null = null): Assessment {
  const direction = directionOf(target);
  const aText = textOfActual(actual);
  const tText = targetText(target);

  if (target.kind === 'notApplicable' || actual.kind === 'notApplicable') {
    return stop('not-applicable', direction, { zh: '不适用，不评分', en: 'not applicable: not scored' }, NONE, aText, tText);
  }
  if (actual.kind === 'missing') {
    return stop(
      'not-reported',
      direction,
      { zh: '未填报完成值（不按 0 处理）', en: 'no actual reported (not read as 0)' },
      [M.finding('evaluate/not-reported', 'warning', {})],
      aText,
      tText,
    );
  }

  // A deadline or a period against a completion date.
  if (actual.kind === 'date' && (target.kind === 'deadline' || target.kind === 'period')) {
    const d = assessDate(target, actual, settings, fiscalYear, { target: tText, actual: aText });
    return 'grade' in d ? graded(d.grade, direction, d.why, aText, tText) : stop('incomparable', direction, d.finding.message, [d.finding], aText, tText);
  }

  // Graded actuals, and words (or a completion date, by its words) against a word (or against no value at all).
  if (actual.kind === 'grade' || actual.kind === 'qualitative' || actual.kind === 'date') {
    if (target.kind === 'quantitative' || target.kind === 'range' || target.kind === 'tolerance') {
      const f = M.finding(actual.kind === 'date' ? 'evaluate/date-mismatch' : 'evaluate/word-against-number', 'warning', { target: tText, actual: aText });
      return stop('incomparable', direction, f.message, [f], aText, tText);
    }
    if (actual.kind === 'grade') return graded(actual.grade, direction, null, aText, tText);
    const word = (actual.kind === 'date' ? actual.raw : actual.text).trim();
    if (target.kind === 'qualitative' && word === target.text.trim()) {
      return graded(
        'achieved',
        direction,
        { zh: `完成值与计划表述一致（${word}），视为达成`, en: `the actual repeats the planned word (${word}): achieved` },
        aText,
        tText,
      );
    }
    const g = gradeOfWord(word, settings);
    if (g !== null) return graded(g, direction, null, aText, tText);
    const f = M.finding('evaluate/ungradable-word', 'warning', { target: tText, actual: aText });
    return stop('incomparable', direction, f.message, [f], aText, tText);
  }

  // From here the actual is a number.
  if (target.kind === 'qualitative') {
    const f = M.finding('evaluate/number-against-word', 'warning', { target: tText, actual: aText });
    return stop('incomparable', direction, f.message, [f], aText, tText);
  }
  if (target.kind === 'reference') {
    const f = M.finding('evaluate/reference-target', 'warning', { target: tText, actual: aText });
    return stop('incomparable', direction, f.message, [f], aText, tText);
  }
  if (target.kind === 'missing') {
    const f = M.finding('evaluate/target-missing', 'warning', { actual: aText });
    return stop('incomparable', direction, f.message, [f], aText, tText);
  }
  if (target.kind === 'deadline' || target.kind === 'period') {
    const f = M.finding('evaluate/date-mismatch', 'warning', { target: tText, actual: aText });
    return stop('incomparable', direction, f.message, [f], aText, tText);
  }

  let findings: Finding[] | null = null;
  const note = (f: Finding): void => {
    (findings ??= []).push(f);
  };
  // Units written alike normalise alike: only different spellings need comparing.
  const units = target.unit === actual.unit ? 'same' : compareUnits(target.unit, actual.unit);
  let aNum = actual.value;
  // Read once as a scaled integer: comparing and the completion need no decimal (decimal strings: no exponent).
  let as = scaled(aNum);
  if (units === 'different') {
    // Units that differ only by a magnitude word (1.2万人次 against ≥10000人次, 480000元 against ≤50万元) are
    // compared in the target's unit: a shift of the decimal point, exact.
    const power = unitScale(actual.unit, target.unit);
    if (power === null) {
      const f = M.finding('evaluate/unit-mismatch', 'warning', { targetUnit: target.unit ?? '', actualUnit: actual.unit ?? '' });
      return stop('incomparable', direction, f.message, [f], aText, tText);
    }
    as = withoutTrailingZeros(power >= as.scale ? as.int * pow10(power - as.scale) : as.int, Math.max(as.scale - power, 0));
    aNum = toPlainDecimal(as.int, as.scale);
    note(M.finding('evaluate/unit-scaled', 'info', { actual: aText, converted: `${aNum}${target.unit ?? ''}` }));
  }
  if (units === 'assumed') {
    note(M.finding('evaluate/unit-assumed', 'info', { targetUnit: target.unit ?? '', actualUnit: actual.unit ?? '' }));
    // A bare actual below 1 against a percent target of 1% or more is most likely a fraction (0.95 for 95%). It is
    // read as written — the table says 0.95 — but a reviewer must see it.
    if (actual.unit === null && as.int > 0n && compareScaled(as, ONE_SCALED) < 0 && isPercentTarget(target)) {
      note(M.finding('evaluate/fraction-against-percent', 'warning', { actual: aText, target: tText }));
    }
  }
  if (as.int < 0n && settings.clampNegativeActuals) {
    note(M.finding('evaluate/negative-actual', 'warning', { actual: aText }));
    aNum = '0';
    as = SCALED_ZERO;
  }

  // Ranges and tolerance bands are rare: their completions stay with decimal.js (a 40-digit quotient, then 4 places).
  if (target.kind === 'range') {
    const a = new Dec(aNum);
    const lo = new Dec(target.min);
    const hi = new Dec(target.max);
    const met = a.gte(lo) && a.lte(hi);
    const completion = met ? ONE : a.lt(lo) ? (lo.isZero() ? null : a.div(lo)) : a.isZero() ? null : hi.div(a);
    const explanation: Bilingual = met
      ? { zh: `完成值 ${aText} 在目标区间 ${tText} 内`, en: `the actual ${aText} lies in the range ${tText}` }
      : { zh: `完成值 ${aText} 超出目标区间 ${tText}`, en: `the actual ${aText} lies outside the range ${tText}` };
    return { status: met ? 'met' : 'not-met', direction, shape: 'range', aText, tText, aNum, tNum: target.min, t2Num: target.max, aScaled: null, tScaled: null, equal: false, grade: null, completionText: fixed4(completion), explanation, findings: findings ?? NONE };
  }
  if (target.kind === 'tolerance') {
    const a = new Dec(aNum);
    const band = new Dec(target.band).abs();
    const dev = target.reference === null ? a.abs() : a.minus(target.reference).abs();
    const met = dev.lte(band);
    const completion = met ? ONE : band.div(dev);
    const explanation: Bilingual = met
      ? { zh: `偏差 ${dev.toFixed()} 在允许范围 ${tText} 内`, en: `the deviation ${dev.toFixed()} is within ${tText}` }
      : { zh: `偏差 ${dev.toFixed()} 超出允许范围 ${tText}`, en: `the deviation ${dev.toFixed()} exceeds ${tText}` };
    return { status: met ? 'met' : 'not-met', direction, shape: 'tolerance', aText, tText, aNum, tNum: target.band, t2Num: target.reference ?? '', aScaled: null, tScaled: null, equal: false, grade: null, completionText: fixed4(completion), explanation, findings: findings ?? NONE };
  }

  // Quantitative target with an operator (or without one): decided on scaled integers, exactly.
  const tNum = target.value;
  const ts = scaled(tNum);
  const cmp = compareScaled(as, ts);
  let op = target.op;
  let dir = direction;
  // An operator read from the row's declared direction, said in the explanation.
  let fromDirection: Bilingual | null = null;
  const declaredOp = declared === 'higher-is-better' ? '>=' : declared === 'lower-is-better' ? '<=' : null;
  if (op === null && declaredOp !== null && (settings.declaredDirection ?? 'use') === 'use') {
    op = declaredOp;
    dir = declared as Direction;
    const label = NOTATION_LABELS.direction[dir];
    const symbol = declaredOp === '>=' ? '≥' : '≤';
    note(M.finding('evaluate/operator-from-direction', 'info', { target: tText, direction: label.zh, op: symbol }));
    fromDirection = { zh: `（计算符号按指标方向“${label.zh}”取 ${symbol}）`, en: ` (operator ${symbol} from the declared direction: ${label.en})` };
  }
  if (op === null) {
    if (settings.missingOperator === 'at-least') {
      op = '>=';
      dir = 'higher-is-better';
      note(M.finding('evaluate/operator-assumed', 'info', { target: tText }));
    } else if (cmp === 0) {
      // Equal to the target: met under ≥, = and ≤ alike, so the missing operator does not matter.
      return {
        status: 'met', direction, shape: '=', aText, tText, aNum, tNum, t2Num: '', aScaled: as, tScaled: ts, equal: true, grade: null, completionText: '1.0000',
        explanation: { zh: `完成值 ${aText} 等于目标 ${tText}（目标缺少计算符号，但无论 ≥、= 或 ≤ 均为达成）`, en: `the actual ${aText} equals the target ${tText} (no operator, but met under ≥, = and ≤ alike)` },
        findings: findings ?? NONE,
      };
    } else {
      const f = M.finding('evaluate/operator-missing', 'warning', { target: tText, actual: aText });
      return stop('incomparable', direction, f.message, findings ? [...findings, f] : [f], aText, tText);
    }
  }

  // The completion is written exactly from the scaled integers; the scorer forms a 40-digit quotient only where a
  // score needs it (not met).
  const tZero = ts.int === 0n;
  let met: boolean;
  let completionText: string | null;
  switch (op) {
    case '>=':
    case '>':
      met = op === '>=' ? cmp >= 0 : cmp > 0;
      completionText = ratioText(as, ts, 4);
      break;
    case '=':
      if (tZero) {
        met = as.int <= 0n;
        completionText = met ? '1.0000' : '0.0000';
      } else {
        // Scored like a positive indicator when the target is above 0 (RULES §4 [S]).
        met = cmp >= 0;
        completionText = ratioText(as, ts, 4);
      }
      break;
    default:
      met = op === '<=' ? cmp <= 0 : cmp < 0;
      // An actual of 0 has no ratio t / 0: met is full completion; not met (`<0` with 0, `≤-1` with 0) has none.
      completionText = as.int !== 0n ? ratioText(ts, as, 4) : met ? '1.0000' : null;
  }

  const threshold = thresholdOf(settings);
  // a ≥ threshold × t, compared exactly (t > 0).
  if (threshold !== null && completionText !== null && (met || !threshold.aboveOne) && (op === '>=' || op === '>' || op === '=') && ts.int > 0n && ratioAtLeast(as, ts, threshold.scaled)) {
    note(M.finding('evaluate/over-achievement', 'warning', { target: tText, actual: aText, ratio: pctOf4(completionText), threshold: threshold.pct }));
  }

  let explanation: Bilingual;
  if (met) explanation = { zh: `完成值 ${aText} 达到目标 ${tText}`, en: `the actual ${aText} meets the target ${tText}` };
  else if (op === '<=' || op === '<') explanation = { zh: `完成值 ${aText} 未控制在目标 ${tText} 以内`, en: `the actual ${aText} exceeds the target ${tText}` };
  else if (op === '=' && tZero) explanation = { zh: `目标为 0，完成值为 ${aText}`, en: `the target is 0 and the actual is ${aText}` };
  else {
    const p = completionText === null ? null : pctOf4(completionText);
    const c = p === null ? '' : `（完成 ${p}%）`;
    const ce = p === null ? '' : ` (${p}% complete)`;
    explanation = { zh: `完成值 ${aText} 未达到目标 ${tText}${c}`, en: `the actual ${aText} falls short of the target ${tText}${ce}` };
  }
  if (fromDirection !== null) explanation = { zh: explanation.zh + fromDirection.zh, en: explanation.en + fromDirection.en };
  return { status: met ? 'met' : 'not-met', direction: dir, shape: op, aText, tText, aNum, tNum, t2Num: '', aScaled: as, tScaled: ts, equal: cmp === 0, grade: null, completionText, explanation, findings: findings ?? NONE };
}
