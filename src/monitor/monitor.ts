import { executionRate } from '../budget/execution-rate';
import { argumentError, isResult } from '../model/argument-error';
import { monitorMessages as M } from '../i18n/messages/monitor';
import { MONITOR_LABELS } from '../i18n/labels/monitor';
import type { Actual } from '../model/actual';
import type { AmountUnit } from '../model/common';
import type { PerformanceDocument } from '../model/document';
import type { Finding } from '../model/finding';
import type { Indicator } from '../model/indicator';
import type { DeadlineTarget, PeriodTarget, Target } from '../model/target';
import { judgeDeadline } from '../evaluate/deadline';
import { resolveTargetDate } from '../notation/resolve-target-date';
import { convertAmount } from '../money/convert';
import { Dec, toDecimalString } from '../money/decimal';
import { compareUnits } from '../notation/compare-units';
import { unitScale } from '../notation/unit-scale';
import { normalizeUnit } from '../notation/normalize-unit';
import { parseActual } from '../notation/parse-actual';
import { displayText, targetText } from '../evaluate/display-text';
import { squash, unitOf } from '../review/indicators';
import { indicatorLabel } from '../score/indicator-label';
import { findingPlace } from '../review/place';
import { worstColour, type Colour } from './colour';
import { readDate } from './dates';
import { daysRemaining } from './days-remaining';
import { DEFAULT_MONITOR_SETTINGS, type Likelihood, type MonitorSettings } from './settings';
import { parseLikelihood, type IndicatorProgress, type MonitoringSnapshot } from './snapshot';
import { timeProgress, type TimeBasis, type TimeProgress } from './time-progress';

/**
 * Options of {@link monitor}.
 *
 * @example
 * const o: MonitorOptions = { basis: 'day' };
 * @category Monitoring
 */
export interface MonitorOptions {
  /** The settings (thresholds, colours); default {@link DEFAULT_MONITOR_SETTINGS}. Build them with {@link defineMonitorSettings}. */
  readonly settings?: MonitorSettings;
  /** Overrides `settings.basis`. */
  readonly basis?: TimeBasis;
  /** Overrides the snapshot's as-of date (the CLI's `--as-of`). */
  readonly asOf?: string;
}

/**
 * How an indicator's colour was decided: `prorated` a ÷ (t × time progress); `level` a ÷ t (rates, when not
 * prorated); `within` a reverse target (a within t → green, else red); `grade` the qualitative grade or the
 * planned word reached; `deadline` a deadline or period target against the as-of date (see
 * {@link DeadlineMonitoring}); `likelihood` 完成目标可能性 only; `none` not judged.
 *
 * @example
 * const j: MonitorJudgement = 'prorated';
 * @category Monitoring
 */
export type MonitorJudgement = 'prorated' | 'level' | 'within' | 'grade' | 'deadline' | 'likelihood' | 'none';

/**
 * A deadline or period target at the as-of date: the due date in the fiscal year (a period's last day), the
 * completion date when the progress gives one, and where it stands — `on-time`, `late`, `overdue` (not done, past
 * the due date plus `settings.deadlineGraceDays`) or `pending` — with the days late or the days left.
 *
 * @example
 * const d: DeadlineMonitoring = { due: '2024-11-30', done: null, status: 'pending', daysLate: 0, daysLeft: 122 };
 * @category Monitoring
 */
export interface DeadlineMonitoring {
  /** The due date, `YYYY-MM-DD` (a date without a year is placed in the fiscal year). */
  readonly due: string;
  /** The completion date, `YYYY-MM-DD`: the progress's date, or the as-of date for a progress of 完成 with no date; null when not done. */
  readonly done: string | null;
  /** Where it stands. */
  readonly status: 'on-time' | 'late' | 'overdue' | 'pending';
  /** Calendar days after the due date (done late, or overdue at the as-of date); 0 otherwise. */
  readonly daysLate: number;
  /** Calendar days from the as-of date to the due date while pending; null otherwise. */
  readonly daysLeft: number | null;
}

/**
 * The budget half of 双监控: the budget, what was executed, execution progress against time progress, its colour
 * and the year-end projection.
 *
 * @example
 * const b: BudgetMonitoring = monitor(doc, snapshot).budget!;
 * @category Monitoring
 */
export interface BudgetMonitoring {
  /** The unit of the amounts (the document's). */
  readonly amountUnit: AmountUnit;
  /** The budget compared against (the snapshot's, else the document's total). */
  readonly budget: string;
  /** Executed so far. */
  readonly executed: string;
  /** executed ÷ budget, percent, 2 decimals (预算执行进度). */
  readonly executionPercent: string;
  /** (executed ÷ budget) ÷ time progress, percent, 2 decimals; null when no time has elapsed. */
  readonly ratioPercent: string | null;
  /** The colour of the exact ratio against `settings.budgetBands`; null when no time has elapsed. */
  readonly colour: Colour | null;
  /** Year-end projection at the same pace: executed ÷ time progress, 2 decimals. */
  readonly projectedExecuted: string | null;
  /** The projection as a percent of the budget, 2 decimals: at the same pace, year-end execution equals the ratio. */
  readonly projectedPercent: string | null;
}

/**
 * The target half of 双监控 for one indicator.
 *
 * @example
 * const i: IndicatorMonitoring = monitor(doc, snapshot).indicators[0]!;
 * @category Monitoring
 */
export interface IndicatorMonitoring {
  /** Index in `doc.indicators`. */
  readonly index: number;
  /** JSON path of the indicator. */
  readonly path: readonly (string | number)[];
  /** 三级指标 name as written. */
  readonly name: string;
  /** The target. */
  readonly target: Target;
  /** The progress read from the snapshot, or null when none was given. */
  readonly progress: Actual | null;
  /** 完成目标可能性, or null when not given. */
  readonly likelihood: Likelihood | null;
  /** How the colour was decided. */
  readonly judgement: MonitorJudgement;
  /** The ratio the colour was read from (percent, 2 decimals), for `prorated` and `level`; else null. */
  readonly ratioPercent: string | null;
  /** The colour, or null when not judged (not applicable, no progress and no likelihood). */
  readonly colour: Colour | null;
  /** Year-end value at the same pace (prorated targets) or the current level (others), 2 decimals, and whether it meets the target. */
  readonly projection: { readonly value: string; readonly meetsTarget: boolean } | null;
  /** For a deadline or period target: where it stands at the as-of date; null for other targets (or no valid as-of date). */
  readonly deadline: DeadlineMonitoring | null;
  /** 偏差原因分析, as given. */
  readonly deviationReason: string | null;
  /** 改进措施, as given. */
  readonly remedy: string | null;
}

/**
 * The result of {@link monitor}: time progress, the budget and each indicator with its colour, the overall
 * (worst) colour, the counts per colour and every finding.
 *
 * @example
 * const r: MonitorReport = monitor(doc, snapshot);
 * @category Monitoring
 */
export interface MonitorReport {
  /** The as-of date, `YYYY-MM-DD`, or null when it was invalid. */
  readonly asOf: string | null;
  /** Time progress at the as-of date, or null when the date was invalid. */
  readonly timeProgress: TimeProgress | null;
  /** Days of the fiscal year after the as-of date. */
  readonly daysRemaining: number | null;
  /** The budget half, or null when the budget or the executed amount is missing. */
  readonly budget: BudgetMonitoring | null;
  /** Every indicator of the document with a target that applies. */
  readonly indicators: readonly IndicatorMonitoring[];
  /** The worst colour of the budget and the indicators (order: `settings.colourOrder`); null when nothing was judged. */
  readonly overall: Colour | null;
  /** How many items (budget included) have each colour. */
  readonly counts: Readonly<Record<Colour, number>>;
  /** Everything noticed, errors first in input order. */
  readonly findings: readonly Finding[];
}

const PCT = new Dec(100);

function percentOf(numerator: Dec, denominator: Dec): string {
  return toDecimalString(numerator.times(PCT).dividedBy(denominator), 2);
}

/** Colour of a ratio num/den (percent thresholds, inclusive lower bounds), compared exactly by cross-multiplying. */
function band(num: Dec, den: Dec, bands: { yellow: string; green: string; blue?: string }): Colour {
  const at = (threshold: string) => num.times(PCT).gte(den.times(threshold));
  if (bands.blue !== undefined && at(bands.blue)) return 'blue';
  if (at(bands.green)) return 'green';
  if (at(bands.yellow)) return 'yellow';
  return 'red';
}

function budgetOf(doc: PerformanceDocument): { amount: string | null; path: (string | number)[] } {
  switch (doc.kind) {
    case 'unit-declaration':
      return { amount: doc.budget.total, path: ['budget', 'total'] };
    case 'project-declaration':
      return { amount: doc.funds.total, path: ['funds', 'total'] };
    case 'self-evaluation': {
      const i = doc.budget.lines.findIndex((l) => l.source === 'total');
      const line = doc.budget.lines[i];
      if (!line) return { amount: null, path: ['budget', 'lines'] };
      return line.adjusted !== null
        ? { amount: line.adjusted, path: ['budget', 'lines', i, 'adjusted'] }
        : { amount: line.initial, path: ['budget', 'lines', i, 'initial'] };
    }
  }
}

function matchProgress(
  doc: PerformanceDocument,
  entries: readonly IndicatorProgress[],
  findings: Finding[],
): Map<number, IndicatorProgress> {
  const byIndex = new Map<number, IndicatorProgress>();
  entries.forEach((e, k) => {
    const at = { path: ['snapshot', 'indicators', k] as (string | number)[] };
    let index: number | undefined;
    if (e.indicator !== undefined) {
      const ind = doc.indicators[e.indicator];
      if (!ind) {
        findings.push(M.finding('monitor/indicator-unknown', 'error', { ref: `#${e.indicator}` }, at));
        return;
      }
      if (e.name !== undefined && squash(e.name) !== squash(ind.name)) {
        findings.push(M.finding('monitor/indicator-name-differs', 'warning', { index: e.indicator, ref: e.name, name: ind.name }, at));
      }
      index = e.indicator;
    } else if (e.name !== undefined) {
      const want = squash(e.name);
      const hits = doc.indicators.flatMap((ind, i) => (squash(ind.name) === want ? [i] : []));
      if (hits.length === 0) {
        findings.push(M.finding('monitor/indicator-unknown', 'error', { ref: e.name }, at));
        return;
      }
      if (hits.length > 1) {
        findings.push(M.finding('monitor/indicator-ambiguous', 'error', { ref: e.name, count: hits.length }, at));
        return;
      }
      index = hits[0] as number;
    } else {
      findings.push(M.finding('monitor/indicator-unknown', 'error', { ref: '(—)' }, at));
      return;
    }
    if (byIndex.has(index)) {
      findings.push(M.finding('monitor/progress-duplicate', 'warning', { name: doc.indicators[index]?.name ?? '' }, at));
      return;
    }
    byIndex.set(index, e);
  });
  return byIndex;
}

const isRate = (unit: string | null) => unit === '%' || unit === '‰';

interface Judged {
  judgement: MonitorJudgement;
  colour: Colour | null;
  ratioPercent: string | null;
  projection: { value: string; meetsTarget: boolean } | null;
  comparable: boolean;
  deadline?: DeadlineMonitoring;
}

/**
 * A deadline or period target at the as-of date (RULES §7: timeliness is judged against deadlines): done on time
 * is coloured as 达成, done late or overdue as 未达成 (`gradeColours`); pending by the likelihood. A progress of
 * 完成 with no date counts as done on the as-of date, the latest day it allows.
 */
function judgeDate(target: DeadlineTarget | PeriodTarget, progress: Actual | null, byLikelihood: Judged, tp: TimeProgress, s: MonitorSettings): Judged {
  const due = resolveTargetDate(target.kind === 'deadline' ? target.due : target.to, tp.fiscalYear) as string;
  const asOf = readDate(tp.asOf);
  let done: string | null = null;
  if (progress?.kind === 'date') done = resolveTargetDate(progress.date, tp.fiscalYear);
  else if (progress?.kind === 'grade' && progress.grade === 'achieved') done = tp.asOf;
  const comparable = progress === null || progress.kind !== 'quantitative';
  const j = judgeDeadline(readDate(due) as Date, done === null ? null : readDate(done), asOf, s.deadlineGraceDays);
  const deadline: DeadlineMonitoring = { due, done, status: j.status, daysLate: j.daysLate, daysLeft: j.daysLeft };
  const colour = j.status === 'on-time' ? s.gradeColours.achieved : j.status === 'pending' ? byLikelihood.colour : s.gradeColours['not-achieved'];
  const judgement = j.status === 'pending' ? byLikelihood.judgement : 'deadline';
  return { judgement, colour, ratioPercent: null, projection: null, comparable, deadline };
}

function meets(a: Dec, op: string, t: Dec): boolean {
  switch (op) {
    case '>':
      return a.gt(t);
    case '<':
      return a.lt(t);
    case '<=':
      return a.lte(t);
    case '=':
    case '>=':
    default:
      return a.gte(t);
  }
}

/** Judges a quantitative progress value against a numeric target. */
function judgeNumber(target: Target, a: Dec, tp: TimeProgress, s: MonitorSettings, cumulative: boolean | undefined): Judged | null {
  const elapsed = new Dec(tp.elapsed);
  const total = new Dec(tp.total);
  const positive = (t: Dec, op: string, unit: string | null): Judged => {
    const prorate = cumulative ?? (s.prorateRates || !isRate(normalizeUnit(unit)));
    if (t.isZero()) {
      // a ÷ 0 has no meaning: met or not (RULES §4, t = 0 for =).
      const ok = op === '=' ? a.lte(0) : meets(a, op, t);
      return { judgement: prorate ? 'prorated' : 'level', colour: ok ? 'green' : 'red', ratioPercent: null, projection: { value: toDecimalString(a, 2), meetsTarget: ok }, comparable: true };
    }
    if (!prorate) {
      return {
        judgement: 'level',
        colour: band(a, t, s.positiveBands),
        ratioPercent: percentOf(a, t),
        projection: { value: toDecimalString(a, 2), meetsTarget: meets(a, op, t) },
        comparable: true,
      };
    }
    if (elapsed.isZero()) return { judgement: 'prorated', colour: null, ratioPercent: null, projection: null, comparable: true };
    // a ÷ (t × elapsed/total) = a × total ÷ (t × elapsed)
    const num = a.times(total);
    const den = t.times(elapsed);
    const projected = num.dividedBy(elapsed);
    return {
      judgement: 'prorated',
      colour: band(num, den, s.positiveBands),
      ratioPercent: percentOf(num, den),
      projection: { value: toDecimalString(projected, 2), meetsTarget: meets(projected, op, t) },
      comparable: true,
    };
  };
  switch (target.kind) {
    case 'quantitative': {
      const t = new Dec(target.value);
      if (target.op === null) return null; // operator missing: no direction to judge by
      if (target.op === '<=' || target.op === '<') {
        const ok = meets(a, target.op, t);
        return { judgement: 'within', colour: ok ? 'green' : 'red', ratioPercent: null, projection: { value: toDecimalString(a, 2), meetsTarget: ok }, comparable: true };
      }
      return positive(t, target.op, target.unit);
    }
    case 'range': {
      const max = new Dec(target.max);
      if (a.gt(max)) return { judgement: 'within', colour: 'red', ratioPercent: null, projection: { value: toDecimalString(a, 2), meetsTarget: false }, comparable: true };
      const j = positive(new Dec(target.min), '>=', target.unit);
      if (j.projection && new Dec(j.projection.value).gt(max)) return { ...j, projection: { ...j.projection, meetsTarget: false } };
      return j;
    }
    default:
      return null;
  }
}

function judge(
  ind: Indicator,
  progress: Actual | null,
  likelihood: Likelihood | null,
  tp: TimeProgress | null,
  s: MonitorSettings,
  cumulative: boolean | undefined,
): Judged {
  const byLikelihood: Judged = {
    judgement: likelihood === null ? 'none' : 'likelihood',
    colour: likelihood === null ? null : s.likelihoodColours[likelihood],
    ratioPercent: null,
    projection: null,
    comparable: true,
  };
  const t = ind.target;
  if ((t.kind === 'deadline' || t.kind === 'period') && tp !== null) {
    return judgeDate(t, progress === null || progress.kind === 'missing' || progress.kind === 'notApplicable' ? null : progress, byLikelihood, tp, s);
  }
  if (progress === null || progress.kind === 'missing' || progress.kind === 'notApplicable') return byLikelihood;
  if (progress.kind === 'grade') return { ...byLikelihood, judgement: 'grade', colour: s.gradeColours[progress.grade] };
  if (progress.kind === 'qualitative' || progress.kind === 'date') {
    if (progress.kind === 'qualitative' && t.kind === 'qualitative' && squash(t.text) === squash(progress.text)) {
      return { ...byLikelihood, judgement: 'grade', colour: s.gradeColours.achieved };
    }
    return { ...byLikelihood, comparable: t.kind !== 'quantitative' && t.kind !== 'range' };
  }
  // quantitative progress
  if (tp === null) return byLikelihood;
  let value = new Dec(progress.value);
  if (compareUnits(unitOf(t), progress.unit) === 'different') {
    // Units that differ only by a magnitude word (1.2万人次 against ≥30000人次) compare in the target's unit.
    const power = unitScale(progress.unit, unitOf(t));
    if (power === null) return { ...byLikelihood, comparable: false };
    value = value.times(new Dec(10).pow(power));
  }
  const j = judgeNumber(t, value, tp, s, cumulative);
  if (j === null) return { ...byLikelihood, comparable: t.kind === 'quantitative' };
  return j.colour === null ? { ...j, colour: byLikelihood.colour, judgement: byLikelihood.judgement } : j;
}

/**
 * In-year monitoring (绩效运行监控, 双监控, RULES §7): compares budget execution progress and each indicator's
 * progress with time progress at the as-of date, colours them, and says what is missing.
 *
 * - Budget: (executed ÷ budget) ÷ time progress against `budgetBands` (<60% red, 60–80% yellow, ≥80% green).
 * - Positive targets (≥, >, and = as positive): a ÷ (t × time progress) against `positiveBands` (plus ≥120% blue);
 *   percent targets are compared as levels (a ÷ t) unless `prorateRates`; a snapshot entry's `cumulative` decides
 *   for one indicator.
 * - Reverse targets (≤, <): a within t green, else red. Ranges: above the maximum red, else positive against the minimum.
 * - Qualitative targets: a grade (达成 / 部分达成 / 未达成) or the planned word (及时 for 及时) by `gradeColours`;
 *   otherwise, and whenever no comparable progress is given, by 完成目标可能性 (`likelihoodColours`).
 * - Deadlines and periods (`11月底之前`, `2023.07-2024.01`), dates without a year placed in the fiscal year: done
 *   by the due date (plus `deadlineGraceDays`) is on time, coloured as 达成; done later, or not done and past the
 *   due date at the as-of date (overdue), as 未达成, with a finding; not done and not yet due is pending, with the
 *   days left, coloured by the likelihood. The progress is a completion date (`2024年6月15日完成`), or 完成 with no
 *   date (counted as done on the as-of date).
 * - The overall colour is the worst (`colourOrder`: red, yellow, blue, green). Colours are decided on exact
 *   values; the percents shown are rounded to 2 decimals.
 * - Projection: year-end value at the same pace (a ÷ time progress) for prorated targets, the value as it stands
 *   for the others.
 *
 * Findings: a likelihood other than 确定能 without 偏差原因分析 or 改进措施, a missing likelihood or progress, a
 * likelihood that contradicts the colour, unknown or ambiguous indicator references, missing budget amounts, a
 * negative budget or executed amount (an error: no progress is computed from it).
 *
 * @param doc - the declaration (or self-evaluation) whose targets are monitored
 * @param snapshot - the as-of date, executed amount and indicator progress (see {@link validateSnapshot})
 * @param options - settings, basis, as-of override
 * @returns the report (never throws on user data: an invalid date, a negative amount are findings)
 * @example
 * const r = monitor(declaration, { asOf: '2024-07-31', budget: { budget: '100', executed: '40' } });
 * r.timeProgress?.percent //=> '58.33'
 * r.budget?.ratioPercent //=> '68.57'
 * r.budget?.colour //=> 'yellow'
 * @category Monitoring
 */
export function monitor(doc: PerformanceDocument, snapshot: MonitoringSnapshot, options: MonitorOptions = {}): MonitorReport {
  if (typeof doc !== 'object' || doc === null || !Array.isArray((doc as Partial<PerformanceDocument>).indicators)) {
    throw argumentError('monitor', 'doc', 'a document (a declaration or self-evaluation)', doc, isResult(doc) ? 'pass the Result’s value' : undefined);
  }
  if (typeof snapshot !== 'object' || snapshot === null) throw argumentError('monitor', 'snapshot', 'a monitoring snapshot ({ asOf, budget?, indicators? })', snapshot, 'validate JSON with validateSnapshot');
  const s = options.settings ?? DEFAULT_MONITOR_SETTINGS;
  const basis = options.basis ?? s.basis;
  const findings: Finding[] = [];
  const origins = doc.origins;

  // time
  const asOfText = options.asOf ?? snapshot.asOf;
  const asOfDate = readDate(asOfText);
  let tp: TimeProgress | null = null;
  let remaining: number | null = null;
  if (asOfDate === null) {
    findings.push(M.finding('monitor/invalid-date', 'error', { field: 'asOf', text: asOfText }, { path: ['snapshot', 'asOf'], field: 'asOf' }));
  } else {
    const fiscalYear = doc.fiscalYear ?? asOfDate.getFullYear();
    tp = timeProgress(asOfDate, { basis, fiscalYear });
    remaining = daysRemaining(asOfDate, { fiscalYear });
    if (asOfDate.getFullYear() !== fiscalYear) {
      findings.push(M.finding('monitor/year-mismatch', 'warning', { asOf: tp.asOf, year: fiscalYear }, { path: ['snapshot', 'asOf'], field: 'asOf' }));
    }
    if (tp.elapsed === 0) findings.push(M.finding('monitor/time-progress-zero', 'info', { asOf: tp.asOf }, { path: ['snapshot', 'asOf'] }));
  }

  // budget
  let budget: BudgetMonitoring | null = null;
  const fromDoc = budgetOf(doc);
  const unit = snapshot.amountUnit ?? doc.amountUnit;
  const inDocUnit = (v: string) => convertAmount(v, unit, doc.amountUnit);
  const budgetAmount = snapshot.budget?.budget != null ? inDocUnit(snapshot.budget.budget) : fromDoc.amount;
  const executed = snapshot.budget?.executed == null ? null : inDocUnit(snapshot.budget.executed);
  if (executed === null) {
    findings.push(M.finding('monitor/executed-missing', 'warning', {}, { path: ['snapshot', 'budget', 'executed'] }));
  } else if (budgetAmount === null) {
    findings.push(M.finding('monitor/budget-missing', 'warning', {}, findingPlace(origins, fromDoc.path)));
  } else if (budgetAmount.startsWith('-') || executed.startsWith('-')) {
    // A negative amount (a sign written, `-0` too) is no progress at all: said, never shown as 0.00% red.
    const budgetNegative = budgetAmount.startsWith('-');
    const field = budgetNegative ? { field: '预算数', fieldEn: 'budget', amount: budgetAmount } : { field: '执行数', fieldEn: 'executed amount', amount: executed };
    const place = budgetNegative ? findingPlace(origins, fromDoc.path) : { path: ['snapshot', 'budget', 'executed'] };
    findings.push(M.finding('monitor/amount-negative', 'error', field, place));
  } else if (new Dec(budgetAmount).lte(0)) {
    findings.push(M.finding('monitor/budget-zero', 'warning', { budget: budgetAmount }, findingPlace(origins, fromDoc.path)));
  } else {
    const rate = executionRate(budgetAmount, executed);
    const B = new Dec(budgetAmount);
    const E = new Dec(executed);
    let ratioPercent: string | null = null;
    let colour: Colour | null = null;
    let projectedExecuted: string | null = null;
    let projectedPercent: string | null = null;
    if (tp !== null && tp.elapsed > 0) {
      // (E ÷ B) ÷ (elapsed ÷ total) = E × total ÷ (B × elapsed): one division, colour by cross-multiplication.
      const num = E.times(tp.total);
      const den = B.times(tp.elapsed);
      ratioPercent = percentOf(num, den);
      colour = band(num, den, s.budgetBands);
      projectedExecuted = toDecimalString(num.dividedBy(tp.elapsed), 2);
      projectedPercent = ratioPercent;
    }
    budget = {
      amountUnit: doc.amountUnit,
      budget: budgetAmount,
      executed,
      executionPercent: rate.ok ? rate.value : percentOf(E, B),
      ratioPercent,
      colour,
      projectedExecuted,
      projectedPercent,
    };
  }

  // indicators
  const progressOf = matchProgress(doc, snapshot.indicators ?? [], findings);
  const indicators: IndicatorMonitoring[] = [];
  doc.indicators.forEach((ind: Indicator, index) => {
    const t = ind.target;
    if (t.kind === 'notApplicable') return;
    // a row with no name and no value (template row; the seed's 投入管理 headings, which only cite a rule): nothing to monitor
    if ((t.kind === 'missing' || t.kind === 'reference') && ind.name.trim() === '') return;
    const path = ['indicators', index];
    const place = findingPlace(origins, path);
    const label = indicatorLabel(ind, index);
    const entry = progressOf.get(index);
    let progress: Actual | null = null;
    const text = entry?.progress;
    if (text != null && text.trim() !== '') {
      const r = parseActual(text);
      if (r.ok) progress = r.value;
      else findings.push(M.finding('monitor/progress-unreadable', 'warning', { name: label, text }, place));
    } else {
      findings.push(M.finding('monitor/progress-missing', 'warning', { name: label }, place));
    }
    const likelihood = entry?.likelihood == null ? null : parseLikelihood(entry.likelihood);
    const j = judge(ind, progress, likelihood, tp, s, entry?.cumulative);
    if (!j.comparable && progress !== null) {
      findings.push(M.finding('monitor/progress-not-comparable', 'warning', { name: label, text: displayText(progress.raw), target: targetText(t) }, place));
    }
    const likelihoodZh = likelihood === null ? '' : MONITOR_LABELS.likelihood[likelihood].zh;
    if (likelihood === null) {
      findings.push(M.finding('monitor/likelihood-missing', 'warning', { name: label }, place));
    } else if (likelihood !== 'certain') {
      if (!entry?.deviationReason?.trim()) {
        findings.push(M.finding('monitor/deviation-reason-missing', s.explanationSeverity, { name: label, likelihood: likelihoodZh }, place));
      }
      if (!entry?.remedy?.trim()) {
        findings.push(M.finding('monitor/remedy-missing', s.explanationSeverity, { name: label, likelihood: likelihoodZh }, place));
      }
    }
    const d = j.deadline;
    if (d?.status === 'overdue') findings.push(M.finding('monitor/deadline-overdue', 'warning', { name: ind.name, due: d.due, days: d.daysLate }, place));
    if (d?.status === 'late') findings.push(M.finding('monitor/deadline-late', 'warning', { name: ind.name, due: d.due, done: d.done ?? '', days: d.daysLate }, place));
    if (likelihood !== null && j.judgement !== 'likelihood' && j.colour !== null) {
      const conflict = (likelihood === 'certain' && j.colour === 'red') || (likelihood === 'impossible' && (j.colour === 'green' || j.colour === 'blue'));
      if (conflict) {
        findings.push(M.finding('monitor/likelihood-conflict', 'warning', { name: label, likelihood: likelihoodZh, colour: MONITOR_LABELS.colour[j.colour].zh }, place));
      }
    }
    indicators.push({
      index,
      path,
      name: ind.name,
      target: t,
      progress,
      likelihood,
      judgement: j.judgement,
      ratioPercent: j.ratioPercent,
      colour: j.colour,
      projection: j.projection,
      deadline: j.deadline ?? null,
      deviationReason: entry?.deviationReason ?? null,
      remedy: entry?.remedy ?? null,
    });
  });

  const colours = [budget?.colour ?? null, ...indicators.map((i) => i.colour)];
  const counts: Record<Colour, number> = { red: 0, yellow: 0, green: 0, blue: 0 };
  for (const c of colours) if (c !== null) counts[c] += 1;
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return {
    asOf: tp?.asOf ?? null,
    timeProgress: tp,
    daysRemaining: remaining,
    budget,
    indicators,
    overall: worstColour(colours, s.colourOrder),
    counts,
    findings: findings.map((f, k) => ({ f, k })).sort((x, y) => rank[x.f.severity] - rank[y.f.severity] || x.k - y.k).map((x) => x.f),
  };
}
