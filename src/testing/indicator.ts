import { parseActual, parseTarget } from 'jixiao';
import type { Actual, EvaluatedIndicator, Indicator, Target } from 'jixiao';

/**
 * What {@link indicator} takes beside the path and the target.
 *
 * @example
 * const o: IndicatorOptions = { weight: '10', note: '按季度统计' };
 * @category Testing
 */
export interface IndicatorOptions {
  /** The declared weight (分值), a decimal string; absent by default. */
  readonly weight?: string | null;
  /** A note (备注). */
  readonly note?: string;
  /** A mid-term target (中期指标值), in notation. */
  readonly midTermTarget?: string;
}

/**
 * What {@link row} takes beside the path and the target: at least the actual.
 *
 * @example
 * const o: RowOptions = { actual: '32户', weight: '20', publishedScore: '20' };
 * @category Testing
 */
export interface RowOptions extends IndicatorOptions {
  /** What was achieved (实际完成值), in notation: `32户`, `95%`, `达成`, `/`. */
  readonly actual: string;
  /** The score the table published (a claim to verify); null by default. */
  readonly publishedScore?: string | null;
  /** The deviation analysis (偏差原因分析及改进措施); null by default. */
  readonly deviationNote?: string | null;
  /** An adjusted target (调整指标值), in notation. */
  readonly adjustedTarget?: string;
  /** The score coefficient (得分系数, percent) of the Chongqing model. */
  readonly coefficient?: string | null;
  /** Whether the row is a core indicator (是否核心指标). */
  readonly isCore?: boolean | null;
}

/** Splits `tier1/tier2/name` (the name may itself contain `/`). */
function splitPath(path: string): { tier1: string; tier2: string; name: string } {
  if (typeof path !== 'string') throw new TypeError('path: expected a string such as "产出指标/数量指标/入户指导"');
  const [tier1, tier2, ...name] = path.split('/');
  if (tier1 === undefined || tier2 === undefined || name.length === 0) {
    throw new TypeError(`path: expected "一级指标/二级指标/三级指标", got "${path}"`);
  }
  return { tier1, tier2, name: name.join('/') };
}

function targetOf(text: string, parameter: string): Target {
  if (typeof text !== 'string') throw new TypeError(`${parameter}: expected target notation such as "≥30户"`);
  const r = parseTarget(text);
  if (!r.ok) throw new TypeError(`${parameter}: "${text}" is not a target: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

function actualOf(text: string): Actual {
  if (typeof text !== 'string') throw new TypeError('options.actual: expected an actual such as "32户"');
  const r = parseActual(text);
  if (!r.ok) throw new TypeError(`options.actual: "${text}" is not an actual: ${r.errors.map((e) => e.message.en).join('; ')}`);
  return r.value;
}

/**
 * An indicator from its path and its target as a table writes them, read by `parseTarget` (so `raw` is the
 * text given and the structured value is what the library reads from it).
 *
 * @param path - `一级指标/二级指标/三级指标`; the third-tier name may contain `/`
 * @param target - the target in notation: `≥30户`, `不低于90%`, `80%-90%`, `及时`
 * @param options - weight, note, mid-term target
 * @returns the indicator
 * @throws TypeError when the path has fewer than three parts or the target cannot be read
 * @example
 * indicator('产出指标/数量指标/入户指导', '≥30户').target
 * //=> { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥30户' }
 * @category Testing
 */
export function indicator(path: string, target: string, options: IndicatorOptions = {}): Indicator {
  return {
    ...splitPath(path),
    target: targetOf(target, 'target'),
    ...(options.midTermTarget !== undefined && { midTermTarget: targetOf(options.midTermTarget, 'options.midTermTarget') }),
    ...(options.weight !== undefined && { weight: options.weight }),
    ...(options.note !== undefined && { note: options.note }),
  };
}

/**
 * A self-evaluation row: an {@link indicator} with its actual, and optionally its weight and published score.
 *
 * @param path - `一级指标/二级指标/三级指标`
 * @param target - the target in notation
 * @param options - the actual (required), weight, published score, deviation note, adjusted target, coefficient
 * @returns the row
 * @throws TypeError when the path, the target or the actual cannot be read
 * @example
 * const r = row('产出指标/数量指标/入户指导', '≥30户', { actual: '32户', weight: '20' });
 * r.actual //=> { kind: 'quantitative', value: '32', unit: '户', raw: '32户' }
 * @category Testing
 */
export function row(path: string, target: string, options: RowOptions): EvaluatedIndicator {
  if (typeof options !== 'object' || options === null) throw new TypeError('options: expected { actual, weight?, … }');
  return {
    ...indicator(path, target, options),
    actual: actualOf(options.actual),
    ...(options.adjustedTarget !== undefined && { adjustedTarget: targetOf(options.adjustedTarget, 'options.adjustedTarget') }),
    weight: options.weight ?? null,
    publishedScore: options.publishedScore ?? null,
    ...(options.coefficient !== undefined && { coefficient: options.coefficient }),
    ...(options.isCore !== undefined && { isCore: options.isCore }),
    deviationNote: options.deviationNote ?? null,
  };
}
