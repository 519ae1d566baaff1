import type { AmountUnit } from '../model/common';
import type { DecimalString } from '../model/decimal-string';
import type { Bilingual, Finding } from '../model/finding';

/**
 * How {@link reconcileBudget} compares a stated total with the sum of its parts.
 *
 * @example
 * const o: ReconcileOptions = { tolerance: '0.01', precision: 'exact' };
 * @category Budget
 */
export interface ReconcileOptions {
  /**
   * The largest difference still accepted, in the document's money unit. Default `'0'`: the identity must hold
   * exactly (to 0.01 元 for tables in 元).
   */
  readonly tolerance?: DecimalString;
  /**
   * `as-written` (default): the sum of the parts is rounded half-up to the number of decimals the table wrote
   * the total with before comparing (a total of `89.97` 万元 over parts of `89.974` holds); `exact`: no rounding.
   */
  readonly precision?: 'as-written' | 'exact';
}

/**
 * One budget identity checked: `expected` is the sum of the parts, `actual` the total as the table states it,
 * `difference` = actual − expected (null when either side is blank), in the document's money `unit`.
 *
 * @example
 * const c: IdentityCheck = {
 *   id: 'unit/structure', label: { zh: '资金结构', en: 'expenditure structure' },
 *   expected: '28963548.68', actual: '28963548.68', difference: '0.00', holds: true, unit: 'yuan',
 *   paths: ['/budget/total', '/budget/structure/basic', '/budget/structure/project'],
 * };
 * @category Budget
 */
export interface IdentityCheck {
  /** Stable id: `unit/sources`, `unit/structure`, `project/funds`, `self-evaluation/initial|adjusted|executed`. */
  readonly id: string;
  /** What the identity says, for display. */
  readonly label: Bilingual;
  /** The sum of the parts (blank parts left out; null when every part is blank). */
  readonly expected: DecimalString | null;
  /** The total as written (null when blank). */
  readonly actual: DecimalString | null;
  /** actual − expected, exact (null when either is null). */
  readonly difference: DecimalString | null;
  /** Whether it holds at the stated precision and tolerance; null when it cannot be checked. */
  readonly holds: boolean | null;
  /** The document's money unit. */
  readonly unit: AmountUnit;
  /** JSON Pointers of the total (first) and of the parts. */
  readonly paths: readonly string[];
  /** Fraction digits the comparison was made at (null: exact). */
  readonly places?: number | null;
  /** The tolerance used, in `unit`. */
  readonly tolerance?: DecimalString;
}

/**
 * What {@link reconcileBudget} returns: every identity checked and the findings (`budget/…`), located by path
 * and, for imported documents, by line.
 *
 * @example
 * const show = (r: Reconciliation) => r.identities.filter((c) => c.holds === false).map((c) => c.difference);
 * @category Budget
 */
export interface Reconciliation {
  /** True when no identity fails (blank identities do not fail). */
  readonly ok: boolean;
  /** Each identity with its amounts. */
  readonly identities: readonly IdentityCheck[];
  /** `budget/identity-fails` (error), `budget/total-blank`, `budget/parts-blank` (info). */
  readonly findings: readonly Finding[];
}
