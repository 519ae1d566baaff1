import { toHalfWidth } from '../i18n/half-width';
import type { Finding } from '../model/finding';
import type { QuantitativeTarget } from '../model/target';
import { nameTarget, nameTargetFinding } from './internal/name-noise';

/**
 * A name split from the target written at its end, by {@link splitNameTarget}.
 *
 * @example
 * const s: NameTargetSplit = splitNameTarget('验收合格率100%')!;
 * @category Notation
 */
export interface NameTargetSplit {
  /** The name before the target, trimmed (a bracket around the target removed with it). */
  readonly name: string;
  /** The target, its `raw` the target's text as written in the name. */
  readonly target: QuantitativeTarget;
  /** 1-based column (code points) in the name where the target's text starts. */
  readonly column: number;
  /** `notation/name-target` and what reading the target found (`notation/operator-missing` …), at columns of the name. */
  readonly warnings: readonly Finding[];
}

/**
 * Splits a target written at the end of an indicator name (三级指标) from the name, for tables with no value
 * column (`验收合格率100%` → `验收合格率` + `100%`). Only when the end of the name is unambiguously a target, by
 * the rule {@link inspectIndicatorName} reports it with: a number after an operator (`数量≥5个`, `(≥90%)`), a
 * percent or per-mille (`年度资金支付完成率100%`), or a number with its unit after a word naming a measure
 * (`完成中型灌区节水改造项目数量1个`, see {@link NAME_MEASURE_WORDS}). Anything else — a year
 * (`2018年市级专项扶贫资金`), a model number (`PM2.5浓度`), a bare number (`指标1`) — gives null.
 *
 * @param name - the indicator name as written
 * @returns the name and the target, or null when the name ends in no target
 * @example
 * splitNameTarget('验收合格率100%')
 * //=> { name: '验收合格率', target: { kind: 'quantitative', op: null, value: '100', unit: '%', raw: '100%' }, column: 6, warnings: [ … ] }
 * splitNameTarget('完成中型灌区节水改造项目数量1个')?.target.unit //=> '个'
 * splitNameTarget('2018年市级专项扶贫资金') //=> null
 * @category Notation
 */
export function splitNameTarget(name: string): NameTargetSplit | null {
  if (typeof name !== 'string') throw new TypeError('jixiao: splitNameTarget expects a string (name)');
  // toHalfWidth maps one UTF-16 unit to one: indices in `half` are indices in `name`.
  const half = toHalfWidth(name).trimEnd();
  const t = nameTarget(half);
  if (t === null) return null;
  const raw = name.slice(t.writtenIndex, t.writtenIndex + t.written.length);
  const before = Array.from(name.slice(0, t.writtenIndex)).length;
  const shift = (f: Finding): Finding => (f.column === undefined ? f : { ...f, column: f.column + before });
  return {
    name: name.slice(0, t.index).trim(),
    target: { ...t.target, raw },
    column: before + 1,
    warnings: [nameTargetFinding(t, Array.from(name.slice(0, t.index)).length + 1), ...t.warnings.map(shift)],
  };
}
