import type { Operator, Target } from '../model/target';
import { Dec, toDecimalString } from '../money/decimal';
import { chineseDay } from './internal/date-text';

/**
 * Options of {@link formatTarget}.
 *
 * @example
 * const o: FormatTargetOptions = { style: 'plain' };
 * @category Notation
 */
export interface FormatTargetOptions {
  /**
   * `'shanghai'` (default): the seed's canonical form `≥30.00(户)` — Unicode `≥`/`≤`, ASCII `=`/`>`/`<`, values
   * rounded half-up to two decimals, unit in half-width brackets. `'plain'`: `≥30户` — values as written, unit
   * right after the number.
   */
  readonly style?: 'shanghai' | 'plain';
}

const SYMBOL: Readonly<Record<Operator, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };

/**
 * Writes a target back as a cell text. Quantitative: `≥30.00(户)` (shanghai) / `≥30户` (plain); a missing
 * operator writes no operator. Range: `80.00-90.00(%)` / `80-90%`. Tolerance: `±3.00(%)`, `100.00±3.00(%)` /
 * `±3%`, `100±3%`. Deadline: `2024年12月31日前` (`12月31日前` without a year). Period: `2024年1月1日至2024年12月31日`.
 * Qualitative and reference targets: their text. Not applicable: `/`. Missing: the empty string. {@link parseTarget} reads every output back to the same target (values at two decimals for
 * 'shanghai').
 *
 * @param target - the target
 * @param options - see {@link FormatTargetOptions}
 * @returns the cell text
 * @example
 * const t = { kind: 'quantitative', op: '>=', value: '30', unit: '户', raw: '≥30户' } as const;
 * formatTarget(t) //=> '≥30.00(户)'
 * formatTarget(t, { style: 'plain' }) //=> '≥30户'
 * formatTarget({ kind: 'range', min: '80', max: '90', unit: '%', raw: '' }, { style: 'plain' }) //=> '80-90%'
 * formatTarget({ kind: 'deadline', due: '--11-30', raw: '11月底之前' }) //=> '11月30日前'
 * formatTarget({ kind: 'notApplicable', raw: '不适用' }) //=> '/'
 * @category Notation
 */
export function formatTarget(target: Target, options: FormatTargetOptions = {}): string {
  const shanghai = (options.style ?? 'shanghai') === 'shanghai';
  const num = (v: string): string => (shanghai ? toDecimalString(new Dec(v), 2) : v);
  const unit = (u: string | null): string => (u === null ? '' : shanghai ? `(${u})` : u);
  switch (target.kind) {
    case 'quantitative':
      return `${target.op === null ? '' : SYMBOL[target.op]}${num(target.value)}${unit(target.unit)}`;
    case 'range':
      return `${num(target.min)}-${num(target.max)}${unit(target.unit)}`;
    case 'tolerance':
      return `${target.reference === null ? '' : num(target.reference)}±${num(target.band)}${unit(target.unit)}`;
    case 'deadline':
      return `${chineseDay(target.due)}前`;
    case 'period':
      return `${chineseDay(target.from)}至${chineseDay(target.to)}`;
    case 'qualitative':
    case 'reference':
      return target.text;
    case 'notApplicable':
      return '/';
    case 'missing':
      return '';
  }
}
