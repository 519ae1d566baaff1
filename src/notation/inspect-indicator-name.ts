import type { Finding } from '../model/finding';
import type { Target } from '../model/target';
import { findNameNoise, isPlainName } from './internal/name-noise';

/**
 * What {@link inspectIndicatorName} found in an indicator name.
 *
 * @example
 * const i: NameInspection = { name: '指标1:服务对象满意度', cleanName: '服务对象满意度', findings: [], isPlaceholderRow: false };
 * @category Notation
 */
export interface NameInspection {
  /** The name as given. */
  readonly name: string;
  /** The name with numbering, markers, placeholders and a written-in target removed, trimmed: for display and matching. */
  readonly cleanName: string;
  /**
   * `notation/name-numbering`, `notation/name-marker`, `notation/name-placeholder`, `notation/name-target`,
   * `notation/name-target-conflict`; `column` counts code points in `name` (1-based).
   */
  readonly findings: readonly Finding[];
  /** The whole row is template noise (`指标2:`, `……`, a bare `★`): nothing is named; importers may skip it. */
  readonly isPlaceholderRow: boolean;
}

/**
 * Looks for the template noise that published tables leave in indicator names (三级指标), keeps the name, and
 * reports the noise (RULES §6, NOTATION.md): unfilled placeholders (`( ≥**个 )`, `(≥**%)`, `受益人口数≥**人`),
 * numbering (`指标1:`), markers (`★`, `★★★`, a leading `*`), and a target written inside the name
 * (`年度资金支付完成率100%`) — with `notation/name-target-conflict` when it disagrees with the target column
 * (`100%` vs `>=98%`; only quantitative targets are compared; a missing or not-applicable target column is
 * no conflict, and the name's target is still reported, in the finding's `data`). A name that is nothing but
 * noise (`指标2:`, `……`, `★`) is a placeholder row. A name that is only a not-applicable marker (`指标1:/`) is
 * not a placeholder row: the row states that the category does not apply.
 *
 * @param name - the indicator name as written
 * @param target - the row's target, to check a target written in the name against it
 * @returns the inspection; never throws
 * @example
 * inspectIndicatorName('贫困地区旅游景点开发数量( ≥**个 )').cleanName //=> '贫困地区旅游景点开发数量'
 * inspectIndicatorName('指标2:').isPlaceholderRow //=> true
 * inspectIndicatorName('指标1:年度资金支付完成率100%').findings.map((f) => f.code)
 * //=> ['notation/name-numbering', 'notation/name-target']
 * @category Notation
 */
export function inspectIndicatorName(name: string, target?: Target): NameInspection {
  if (typeof name !== 'string') throw new TypeError('jixiao: inspectIndicatorName expects a string');
  // Most names are plain: none of the steps would find anything.
  if (isPlainName(name)) return { name, cleanName: name.trim(), findings: [], isPlaceholderRow: false };
  return findNameNoise(name, target);
}
