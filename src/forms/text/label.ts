import { toHalfWidth } from '../../i18n/half-width';

/**
 * A label reduced for matching: half-width, without white space, without a trailing colon. `项目资金 (万元)`
 * and `项目资金（万元）` give the same key.
 */
export function labelKey(text: string): string {
  // Labels are short; a long text (a goal, a paragraph, junk) is no label: a key that matches nothing.
  if (text.length > 200) return '\u0000';
  return toHalfWidth(text).replace(/\s+/gu, '').replace(/[:：]+$/u, '');
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

/** Cells that mean "nothing here" in a number column: blank, `-`, `—`, `/`, `不适用`. */
export function isDash(text: string): boolean {
  return /^(|-|—|－|–|\/|／|不适用|无)$/u.test(text.trim());
}
