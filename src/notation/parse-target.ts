import { notationMessages as M } from '../i18n/messages/notation';
import type { Finding, Result } from '../model/finding';
import { fail, ok } from '../model/finding';
import type { Operator, Target } from '../model/target';
import { DEFAULT_MAX_UNIT_LENGTH, scanExpression } from './internal/expression';
import { plainTarget } from './internal/plain-target';
import { readDateCell } from './internal/date-text';
import { readWithRemark } from './internal/remark';
import { isNotApplicableText, prepare, trimmedText } from './internal/text';
import { isReferenceText } from './is-reference-text';

/**
 * Options of {@link parseTarget} and {@link parseTargetColumns}.
 *
 * @example
 * const o: ParseTargetOptions = { reference: 'always' };
 * @category Notation
 */
export interface ParseTargetOptions {
  /**
   * How texts that refer to a policy are read: `'detect'` (default) uses {@link isReferenceText};
   * `'always'` reads every non-empty, applicable cell as a reference (for blocks known to be set by
   * reference, like 投入管理); `'never'` reads them as qualitative text.
   */
  readonly reference?: 'detect' | 'always' | 'never';
  /**
   * The operator a bare number (`100%`) is read with. Default `null`: the operator stays missing and
   * `notation/operator-missing` is reported (RULES §2: only the caller's policy may assume `>=`). When set,
   * the operator is filled in and `notation/operator-assumed` is reported instead.
   */
  readonly missingOperator?: Operator | null;
  /** Longest unit, in code points on each side of a `/` (default 6: `个工作日`, `次/10万公顷`). */
  readonly maxUnitLength?: number;
}

/**
 * Reads one target cell (指标值 / 指标目标值 / 年度指标值) in any of the notations of published tables and says
 * exactly what it understood. Accepted (see docs/notation.md for the full table):
 * - operators as symbols (`≥ ≤ > < =`, `>=`, `≧ ≦ ﹦`, full-width `＞＝`), in words (`不低于90%`,
 *   `95%以上`, `5%以内`) and doubled (`≥≥98%`, read once);
 * - numbers with decimals, thousands separators, full-width digits, a minus sign;
 * - units in brackets of any kind or none, with spaces, percent as `%`/`％`/`百分比`, compound units
 *   (`元/亩`, `次/10万公顷`), kept as written (`6万人` is 6 of the unit `万人`, never scaled);
 * - ranges (`80%-90%`, `80%～90%`, `80-90%`, `[80,90]`), tolerances (`±3%以内`, `100±3`, `+-3%`);
 * - dates, which are never numbers: deadlines (`12月底到位`, `2024年12月31日前`, `2024.12.31前完成`,
 *   `6月30日前`, `年底前`, `上半年完成`) and periods (`2023.07-2024.01`, `2021年1月-12月`, `全年`), with the
 *   year kept absent when the cell has none (`--12-31`: resolved against the fiscal year when evaluated);
 * - qualitative words and free text (`及时`, `在项目计划完成时间内完成`), references to a policy
 *   (`根据…【2022】13号文…`), not-applicable markers (`/`, `-`, `—`, `不适用`, `无`) and empty cells.
 *
 * Every normalisation is reported as a warning (`notation/full-width`, `notation/operator-word`,
 * `notation/operator-doubled`, `notation/operator-missing`, `notation/unit-missing`, …) whose `column` counts
 * code points from the start of `text` (1-based). A number is the target's value only when the whole cell is
 * a target expression; a text that merely contains a number (`达到2级以上标准`) is qualitative, with
 * `notation/number-in-text`. Damaged numbers (`968.191 8`, `854万854万`), conflicting operators and
 * placeholders (`≥**个`) are errors, never guesses. Never throws; time is linear in the length of the text.
 *
 * @param text - the cell text, as read
 * @param options - see {@link ParseTargetOptions}
 * @returns the target (its `raw` is `text` unchanged), or every error found
 * @example
 * parseTarget('≥30.00(户)').value
 * //=> { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)' }
 * parseTarget('不低于90%').warnings.map((w) => w.code) //=> ['notation/operator-word']
 * parseTarget('80%-90%').value //=> { kind: 'range', min: '80', max: '90', unit: '%', raw: '80%-90%' }
 * parseTarget('12月底到位').value //=> { kind: 'deadline', due: '--12-31', raw: '12月底到位' }
 * parseTarget('2023.07-2024.01').value //=> { kind: 'period', from: '2023-07-01', to: '2024-01-31', raw: '2023.07-2024.01' }
 * parseTarget('及时').value //=> { kind: 'qualitative', text: '及时', raw: '及时' }
 * parseTarget('/').value //=> { kind: 'notApplicable', raw: '/' }
 * parseTarget('968.191 8').ok //=> false
 * @category Notation
 */
export function parseTarget(text: string, options: ParseTargetOptions = {}): Result<Target> {
  if (typeof text !== 'string') throw new TypeError('jixiao: parseTarget expects a string');
  const raw = text;
  const reference = options.reference ?? 'detect';
  const maxUnitLength = options.maxUnitLength ?? DEFAULT_MAX_UNIT_LENGTH;
  // Most targets are written in the canonical form (`≥30.00(户)`): read without preparing and scanning.
  if (reference !== 'always') {
    const plain = plainTarget(text, maxUnitLength);
    if (plain !== null) return ok(plain);
    // `≥95%（含）`: the value, and the bracketed remark as a warning.
    const remarked = readWithRemark(text, (head) => parseTarget(head, options));
    if (remarked !== null) return remarked;
  }
  const p = prepare(text);
  if (p.start === p.end) return ok({ kind: 'missing', raw });
  const trimmed = trimmedText(p);
  if (isNotApplicableText(trimmed)) return ok({ kind: 'notApplicable', raw });
  if (reference === 'always') return ok({ kind: 'reference', text: trimmed, raw });
  // A date is never a number: `2023.07-2024.01` is a period, not the range 2023.07–2024.01.
  const date = readDateCell(p, trimmed, 'target');
  if (date !== null) return date;

  const scan = scanExpression(p, { maxUnitLength, text: trimmed });
  if (scan.type === 'error') return fail(scan.errors, scan.warnings);
  if (scan.type === 'text') {
    if (reference === 'detect' && isReferenceText(trimmed)) return ok({ kind: 'reference', text: trimmed, raw });
    const warnings: Finding[] = [];
    if (scan.reason !== null) warnings.push(M.finding(`notation/${scan.reason}`, 'warning', { text: trimmed }, { column: p.start + 1 }));
    return ok({ kind: 'qualitative', text: trimmed, raw }, warnings);
  }

  const warnings = [...scan.warnings];
  const e = scan.expression;
  switch (e.kind) {
    case 'quantitative': {
      let op = e.op;
      if (op === null) {
        const assumed = options.missingOperator ?? null;
        if (assumed === null) {
          warnings.push(M.finding('notation/operator-missing', 'warning', { text: trimmed }, { column: e.valueColumn }));
        } else {
          op = assumed;
          warnings.push(M.finding('notation/operator-assumed', 'info', { text: trimmed, op: assumed }, { column: e.valueColumn }));
        }
      }
      if (e.unit === null) warnings.push(unitMissing(trimmed, e.valueColumn));
      return ok({ kind: 'quantitative', op, value: e.value, unit: e.unit, raw }, sortByColumn(warnings));
    }
    case 'range':
      if (e.unit === null) warnings.push(unitMissing(trimmed, e.valueColumn));
      return ok({ kind: 'range', min: e.min, max: e.max, unit: e.unit, raw }, sortByColumn(warnings));
    case 'tolerance':
      if (e.unit === null) warnings.push(unitMissing(trimmed, e.valueColumn));
      return ok({ kind: 'tolerance', reference: e.reference, band: e.band, unit: e.unit, raw }, sortByColumn(warnings));
  }
}

function unitMissing(text: string, column: number): Finding {
  return M.finding('notation/unit-missing', 'info', { text }, { column });
}

function sortByColumn(findings: Finding[]): Finding[] {
  // Sorted in place (the callers pass their own copy); stable: findings at the same column keep the order
  // they were found in. Most targets have no finding at all.
  return findings.length < 2 ? findings : findings.sort((a, b) => (a.column ?? 0) - (b.column ?? 0));
}
