import { toHalfWidth } from '../../i18n/half-width';

/** What {@link labelKey} may change: full-width forms, white space (the ideographic space included), colons. */
const NOT_A_KEY = /[\s\uff01-\uff5e:]/u;

/**
 * A label reduced for matching: half-width, without white space, without a trailing colon. `项目资金 (万元)`
 * and `项目资金（万元）` give the same key.
 */
export function labelKey(text: string): string {
  // Labels are short; a long text (a goal, a paragraph, junk) is no label: a key that matches nothing.
  if (text.length > 200) return '\u0000';
  // Most labels are already keys (no full-width form, no white space, no colon): one search, no copies.
  if (!NOT_A_KEY.test(text)) return text;
  // Otherwise only the steps that change something (a sentence full of `，` needs no space removed).
  const half = toHalfWidth(text);
  const compact = /\s/u.test(half) ? half.replace(/\s+/gu, '') : half;
  return compact.endsWith(':') ? compact.replace(/[:：]+$/u, '') : compact;
}

/** The money unit a label states: `(元)`, `（万元）`, `单位：万元`; null when it says none. */
export function unitInLabel(text: string): 'yuan' | 'wan-yuan' | null {
  const k = labelKey(text);
  const m = /\((万元|元)\)|单位:(万元|元)/u.exec(k);
  if (!m) return null;
  return (m[1] ?? m[2]) === '万元' ? 'wan-yuan' : 'yuan';
}

/** The fiscal year a title row states: `(2024年度)`, `2024年度`, `（2022年）`; null otherwise. */
export function yearInTitle(text: string): number | null {
  const k = labelKey(text);
  const m = /^\(?((?:19|20|21)\d\d)年度?\)?$/u.exec(k);
  return m ? Number(m[1]) : null;
}
