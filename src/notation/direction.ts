import type { Target } from '../model/target';

/**
 * Which way a target points (RULES §2): `'higher-is-better'` (正向: `≥`, `>`), `'lower-is-better'` (反向: `≤`,
 * `<`), `'equal'` (`=`, and the two-sided targets: ranges and tolerances), `'qualitative'` (定性: graded), or
 * `'none'` (no direction can be read: a bare number with its operator missing, a reference, not applicable,
 * missing).
 *
 * @example
 * const d: Direction = 'higher-is-better';
 * @category Notation
 */
export type Direction = 'higher-is-better' | 'lower-is-better' | 'equal' | 'qualitative' | 'none';

/**
 * The direction of a target, from its operator (RULES §2). A bare number (`op: null`) has direction `'none'`:
 * the operator is missing, not guessed (parse with `missingOperator` to supply one by policy; a direction the
 * table declares is the indicator's `direction`, which evaluation may use). Ranges and tolerances are `'equal'`:
 * a deviation either way misses them, like `=`; scoring tells them apart by `target.kind` (a value inside the band
 * meets the target). Deadlines and periods are `'lower-is-better'`: the completion date must not be later than
 * the due date (a period's last day).
 *
 * @param target - a parsed target
 * @returns its direction
 * @example
 * direction({ kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥30户' }) //=> 'higher-is-better'
 * direction({ kind: 'quantitative', op: '<', value: '5', unit: '%', raw: '<5%' }) //=> 'lower-is-better'
 * direction({ kind: 'range', min: '80', max: '90', unit: '%', raw: '80%-90%' }) //=> 'equal'
 * direction({ kind: 'deadline', due: '--12-31', raw: '12月底到位' }) //=> 'lower-is-better'
 * direction({ kind: 'qualitative', text: '及时', raw: '及时' }) //=> 'qualitative'
 * direction({ kind: 'notApplicable', raw: '/' }) //=> 'none'
 * @category Notation
 */
export function direction(target: Target): Direction {
  switch (target.kind) {
    case 'quantitative':
      switch (target.op) {
        case '>=':
        case '>':
          return 'higher-is-better';
        case '<=':
        case '<':
          return 'lower-is-better';
        case '=':
          return 'equal';
        default:
          return 'none';
      }
    case 'range':
    case 'tolerance':
      return 'equal';
    case 'deadline':
    case 'period':
      return 'lower-is-better';
    case 'qualitative':
      return 'qualitative';
    default:
      return 'none';
  }
}
