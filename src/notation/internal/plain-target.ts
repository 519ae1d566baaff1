/**
 * Internal: the canonical form of a target read without the scanner. Not exported from the package.
 */
import type { Operator, Target } from '../../model/target';
import { canonicalUnit, isUnitText } from './expression';

/**
 * The canonical form (`≥30.00(户)`, `=100.00(%)`: what the seed's tables and `formatTarget` write): a
 * standard operator symbol, a plain number, a unit in ASCII brackets, nothing else. Every character is one
 * UTF-16 unit and none is full-width, a variant, white space or another bracket, so the scanner would find
 * exactly these parts and nothing to report.
 */
const PLAIN_TARGET = /^(>=|<=|[≥≤<>=])(\d{1,15}(?:\.\d{1,15})?)\(([^\s()[\]【】〔〕/\ud800-\udfff\uff01-\uff5e〜—–―−﹣﹢﹪]+)\)$/;
const PLAIN_OPERATORS: Readonly<Record<string, Operator>> = { '>=': '>=', '<=': '<=', '≥': '>=', '≤': '<=', '<': '<', '>': '>', '=': '=' };

/**
 * A target cell (`raw`) whose trimmed text is in the canonical form, read without the scanner (most targets
 * are written so), or null when it is in any other form (the scanner reads it then). A unit the scanner would
 * refuse or rewrite (`百分比`) is left to it too.
 */
export function plainTarget(raw: string, maxUnitLength: number): Extract<Target, { kind: 'quantitative' }> | null {
  const m = PLAIN_TARGET.exec(raw.trim());
  if (m === null) return null;
  const unit = m[3] as string;
  if (!isUnitText(unit, maxUnitLength) || canonicalUnit(unit) !== unit) return null;
  return { kind: 'quantitative', op: PLAIN_OPERATORS[m[1] as string] as Operator, value: m[2] as string, unit, raw };
}
