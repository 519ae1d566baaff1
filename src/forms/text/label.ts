import { isSpaceCode } from '../notation';

/** The longest text that can be a label: longer ones (a goal, a paragraph, junk) have a key that matches nothing. */
export const LABEL_MAX_LENGTH = 200;

/**
 * A label reduced for matching: half-width, without white space, without a trailing colon. `项目资金 (万元)`
 * and `项目资金（万元）` give the same key.
 */
export function labelKey(text: string): string {
  // Labels are short; a long text (a goal, a paragraph, junk) is no label: a key that matches nothing.
  if (text.length > LABEL_MAX_LENGTH) return '\u0000';
  // One pass over the UTF-16 units (every white space and full-width form is one): the runs between the
  // units that change are copied, so a label that is already a key (most) comes back as the very same string.
  let key = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wide = c >= 0xff01 && c <= 0xff5e;
    if (wide || isSpaceCode(c)) {
      key += text.slice(from, i);
      // full-width → half-width, as toHalfWidth; white space (the ideographic space included) is dropped
      if (wide) key += String.fromCharCode(c - 0xfee0);
      from = i + 1;
    }
  }
  key = from === 0 ? text : key + text.slice(from);
  // Then the trailing colons (a full-width `：` is a `:` by now).
  let end = key.length;
  while (end > 0 && key.charCodeAt(end - 1) === 0x3a) end--;
  return end === key.length ? key : key.slice(0, end);
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

/** White space between two Han characters (or a Han character and a bracket or colon): a line break or spacing artefact. */
const HAN_GAP = /(?<=[\p{Script=Han}()（）:：])\s+(?=[\p{Script=Han}()（）])/gu;

/**
 * A label as a person reads it: white space between Han characters removed (`产 出 指 标 (50分)` →
 * `产出指标(50分)`, `经济效益 指标` → `经济效益指标`, `其中:当年财政 拨款` → `其中:当年财政拨款`: the spacing of a
 * spaced-out label or an in-cell line break that became a space), trimmed. Spaces between other words stay.
 */
export function labelText(text: string): string {
  const t = text.trim();
  // Labels are short; a long text is no label and is kept as written (and the search stays linear).
  return t.length <= LABEL_MAX_LENGTH && /\s/u.test(t) ? t.replace(HAN_GAP, '') : t;
}
