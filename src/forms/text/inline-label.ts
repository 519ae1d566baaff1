import { labelKey } from './label';

/**
 * One `label：value` pair written inside a single cell (`项目名称：社区助餐点运营补贴`), or a stretch of the cell
 * with no label (`label` null). Offsets are UTF-16 indices into the cell's `raw`.
 */
export interface InlinePair {
  /** The label as written, trimmed (`项目名称`), or null for a stretch without one. */
  readonly label: string | null;
  /** The label's key ({@link labelKey}); '' when there is no label. */
  readonly key: string;
  /** Index in `raw` where the label (or the stretch) starts. */
  readonly labelAt: number;
  /** The value as written, trimmed (everything after the first colon, up to the next pair). */
  readonly value: string;
  /** Index in `raw` where the value's text starts (just after the colon when the value is blank). */
  readonly valueAt: number;
}

/** Cells longer than this are texts (goals, notes), never `label：value` pairs: they are not searched. */
export const INLINE_MAX = 120;

/**
 * What may stand before the colon of a pair that starts after a separator: a short label (Han characters,
 * letters, brackets, single spaces as in `项 目 名 称`), so `10:30` or `（注：…）` in a value never starts a pair.
 */
const LABEL_LIKE = /^[\p{Script=Han}A-Za-z](?: ?[\p{Script=Han}A-Za-z()（）、]){0,19}$/u;
/** Where one pair ends and the next may begin: two or more spaces (or tabs), or an ideographic space. */
const SEPARATOR = /[ \t\u00a0]{2,}[\s\u3000]*|[ \t\u00a0]*\u3000[\s\u3000]*/gu;
const COLON = /[:：]/u;

/** The index of the first colon (`:` or `：`) in `s` from `from`, or -1. */
function colonAt(s: string, from: number): number {
  const m = COLON.exec(s.slice(from));
  return m ? from + m.index : -1;
}

/**
 * The stretches of a cell split at separators (2+ spaces or an ideographic space) that are followed by a
 * label-like text and a colon (`主管部门：某区民政局    实施单位：某中心`), each read as `label：value` at its first
 * colon when the text before the colon is label-like. A separator not followed by a label stays in the value.
 *
 * Only short cells (at most {@link INLINE_MAX} characters) are searched; longer ones give one stretch without a label.
 */
export function inlinePairs(raw: string): InlinePair[] {
  if (raw.length > INLINE_MAX) return [{ label: null, key: '', labelAt: 0, value: raw.trim(), valueAt: raw.length - raw.trimStart().length }];
  // Split points: after a separator followed by `label：`.
  const starts: number[] = [raw.length - raw.trimStart().length];
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(raw); m !== null; m = SEPARATOR.exec(raw)) {
    const at = m.index + m[0].length;
    if (at >= raw.length || at <= (starts[starts.length - 1] as number)) continue;
    const c = colonAt(raw, at);
    if (c < 0) break;
    if (LABEL_LIKE.test(raw.slice(at, c).trimEnd())) starts.push(at);
  }
  const out: InlinePair[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const seg = raw.slice(from, k + 1 < starts.length ? (starts[k + 1] as number) : raw.length);
    const c = colonAt(seg, 0);
    const before = c < 0 ? '' : seg.slice(0, c).trim();
    if (c < 0 || before === '' || !LABEL_LIKE.test(before)) {
      out.push({ label: null, key: '', labelAt: from, value: seg.trim(), valueAt: from });
      continue;
    }
    const after = seg.slice(c + 1);
    const lead = after.length - after.trimStart().length;
    out.push({ label: before, key: labelKey(before), labelAt: from, value: after.trim(), valueAt: from + c + 1 + (after.trim() === '' ? 0 : lead) });
  }
  return out;
}

const UNIT_STATEMENT_KEY = /^(金额)?单位:(万元|元)$/u;

/** True when a label key is a money-unit statement (`单位:万元`, `金额单位:元`), never a field. */
export function isUnitStatementKey(key: string): boolean {
  return UNIT_STATEMENT_KEY.test(key);
}

/**
 * A money-unit statement written at the end of a cell after a separator (`…申报表        单位：万元`,
 * `填报单位（盖章）：某某局        单位：万元`): the unit, and the cell's text before it. Null when the cell ends
 * with none.
 */
export function trailingUnitStatement(text: string): { unit: 'yuan' | 'wan-yuan'; rest: string } | null {
  if (text.length > INLINE_MAX) return null;
  const m = /(?:[ \t\u00a0]{2,}|[ \t\u00a0]*\u3000)[\s\u3000]*((?:金\s*额\s*)?单\s*位\s*[:：]\s*(万元|元))$/u.exec(text);
  if (!m) return null;
  return { unit: m[2] === '万元' ? 'wan-yuan' : 'yuan', rest: text.slice(0, m.index).trim() };
}
