import { toHalfWidth } from '../i18n/half-width';
import { notationMessages as M } from '../i18n/messages/notation';
import type { Finding } from '../model/finding';
import type { Target } from '../model/target';
import { Dec } from '../money/decimal';
import { compareUnits } from './compare-units';
import { isNotApplicableText } from './internal/text';
import { parseTarget } from './parse-target';

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

/** `指标1:`, `指标 2：`, `1.`, `1、`, `(1)`, `一、` at the start. Bounded quantifiers only. */
const NUMBERING = /^(?:指标\s{0,3}\d{1,3}\s{0,3}[:.、]?|\d{1,3}\s{0,2}[.、]|\(\s{0,2}\d{1,3}\s{0,2}\)|[一二三四五六七八九十]{1,3}\s{0,2}、)/u;
const LEADING_MARKER = /^[★☆*※●◆▲■]{1,10}/u;
const TRAILING_MARKER = /[★☆※]{1,10}$/u;
/** `(≥**%)`, `( ≥**个 )`, `[≥**人]`. */
const BRACKET_PLACEHOLDER = /[([]\s{0,3}(?:>=|<=|[≥≤><=≧≦])?\s{0,3}[*×]{1,6}\s{0,3}[^\s()[\]*]{0,8}\s{0,3}[)\]]/gu;
/** `≥**人` at the end. */
const BARE_PLACEHOLDER = /(?:>=|<=|[≥≤><=≧≦])\s{0,3}[*×]{1,6}[^\s()[\]*]{0,6}$/u;
const ELLIPSIS = /^(?:…{1,6}|\.{2,12}|。{2,12}|·{2,12})$/u;
/** A target written at the end of a name: `完成率100%`, `数量≥5个`, `(≥90%)`. */
const NAME_TARGET =
  /(?:[([]\s{0,2})?(?:(?:不低于|不少于|不超过|不高于|达到|>=|<=|[≥≤><=≧≦])\s{0,2})?\d{1,15}(?:\.\d{1,8})?\s{0,2}(?:%|‰|百分比|[\u4e00-\u9fff/]{1,4})?\s{0,2}[)\]]?$/u;
const HAS_OPERATOR = /^[([]?\s{0,2}(?:不低于|不少于|不超过|不高于|达到|>=|<=|[≥≤><=≧≦])/u;
const SPACE = /^\s$/u;
const PLACEHOLDER_MARK = /[*×]/u;
const DIGIT = /\d/u;

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
  const orig = Array.from(name);
  const half = toHalfWidth(name);
  // UTF-16 index in `half` ↔ code point index (toHalfWidth maps one code point to one code point): the same
  // numbers unless the name has characters beyond the BMP, so the maps are only built then.
  const maps = orig.length === half.length ? null : indexMaps(half);
  const cpOf = (at16: number): number => (maps ? (maps.cpAt[at16] as number) : at16);
  const utf16Of = (cp: number): number => (maps ? (maps.utf16At[cp] as number) : cp);
  const removed = new Array<boolean>(orig.length).fill(false);
  const findings: Finding[] = [];
  const remove = (from16: number, to16: number): void => {
    for (let k = cpOf(from16); k < cpOf(to16); k++) removed[k] = true;
  };
  const column = (at16: number): number => cpOf(at16) + 1;
  const rest = (): { text: string; from: number } => {
    // the text not yet removed, as a half-width string with its UTF-16 start in `half`, trimmed of spaces
    let lo = 0;
    let hi = orig.length;
    while (lo < hi && (removed[lo] || SPACE.test(orig[lo] as string))) lo++;
    while (hi > lo && (removed[hi - 1] || SPACE.test(orig[hi - 1] as string))) hi--;
    const from = utf16Of(lo);
    const to = utf16Of(hi);
    return { text: half.slice(from, to), from };
  };

  // 1. numbering
  let r = rest();
  const numbering = NUMBERING.exec(r.text);
  if (numbering !== null) {
    remove(r.from, r.from + numbering[0].length);
    findings.push(M.finding('notation/name-numbering', 'info', { text: numbering[0].trim() }, { column: column(r.from), data: { numbering: numbering[0].trim() } }));
  }
  // 2. markers
  r = rest();
  const lead = LEADING_MARKER.exec(r.text);
  if (lead !== null) {
    remove(r.from, r.from + lead[0].length);
    findings.push(M.finding('notation/name-marker', 'info', { text: lead[0] }, { column: column(r.from), data: { marker: lead[0] } }));
  }
  r = rest();
  const trail = TRAILING_MARKER.exec(r.text);
  if (trail !== null) {
    remove(r.from + trail.index, r.from + trail.index + trail[0].length);
    findings.push(M.finding('notation/name-marker', 'info', { text: trail[0] }, { column: column(r.from + trail.index), data: { marker: trail[0] } }));
  }
  // 3. placeholders
  r = rest();
  // A placeholder needs a `*` or `×`; most names have none, and matchAll is costly to start.
  const placeholders = PLACEHOLDER_MARK.test(r.text) ? r.text.matchAll(BRACKET_PLACEHOLDER) : [];
  for (const m of placeholders) {
    const at = r.from + (m.index ?? 0);
    remove(at, at + m[0].length);
    findings.push(M.finding('notation/name-placeholder', 'warning', { text: m[0] }, { column: column(at), data: { placeholder: m[0] } }));
  }
  r = rest();
  const bare = PLACEHOLDER_MARK.test(r.text) ? BARE_PLACEHOLDER.exec(r.text) : null;
  if (bare !== null) {
    const at = r.from + bare.index;
    remove(at, at + bare[0].length);
    findings.push(M.finding('notation/name-placeholder', 'warning', { text: bare[0] }, { column: column(at), data: { placeholder: bare[0] } }));
  }

  // 4. nothing left but noise: a placeholder row
  r = rest();
  if (r.text === '' || ELLIPSIS.test(r.text)) {
    if (r.text !== '') remove(r.from, r.from + r.text.length);
    findings.push(
      M.finding('notation/name-placeholder', 'warning', { text: name.trim() }, { column: column(r.text === '' ? 0 : r.from), data: { row: true } }),
    );
    return { name, cleanName: clean(name, orig, removed), findings, isPlaceholderRow: true };
  }
  if (isNotApplicableText(r.text)) return { name, cleanName: clean(name, orig, removed), findings, isPlaceholderRow: false };

  // 5. a target written at the end of the name
  // A target needs a digit; testing for one first spares most names the long search.
  const t = DIGIT.test(r.text) ? NAME_TARGET.exec(r.text) : null;
  if (t !== null && t.index > 0) {
    const written = t[0].trim().replace(/^[([]\s*/u, '').replace(/\s*[)\]]$/u, '');
    const parsed = parseTarget(written);
    const percent = /(?:%|‰|百分比)$/u.test(written);
    if (parsed.ok && parsed.value.kind === 'quantitative' && (HAS_OPERATOR.test(t[0]) || percent)) {
      const found = parsed.value;
      const at = r.from + t.index;
      remove(at, at + t[0].length);
      findings.push(
        M.finding('notation/name-target', 'warning', { text: written }, {
          column: column(at),
          data: { target: written, op: found.op, value: found.value, unit: found.unit },
        }),
      );
      if (target?.kind === 'quantitative' && disagrees(found, target)) {
        findings.push(
          M.finding('notation/name-target-conflict', 'warning', { text: name, first: written, second: target.raw }, {
            column: column(at),
            data: { nameTarget: written, target: target.raw },
          }),
        );
      }
    }
  }
  return { name, cleanName: clean(name, orig, removed), findings, isPlaceholderRow: false };
}

/** For each UTF-16 index of a text its code point index, and for each code point index its UTF-16 index. */
function indexMaps(text: string): { cpAt: number[]; utf16At: number[] } {
  const cpAt: number[] = [];
  const utf16At: number[] = [];
  let k = 0;
  for (const ch of text) {
    utf16At.push(cpAt.length);
    cpAt.push(k);
    if (ch.length === 2) cpAt.push(k);
    k++;
  }
  utf16At.push(cpAt.length);
  cpAt.push(k);
  return { cpAt, utf16At };
}

function clean(name: string, orig: readonly string[], removed: readonly boolean[]): string {
  // Nothing removed (most names): the name itself, trimmed, without rebuilding it from its code points.
  if (!removed.includes(true)) return name.trim();
  return orig
    .filter((_, k) => !removed[k])
    .join('')
    .trim();
}

function disagrees(found: Extract<Target, { kind: 'quantitative' }>, target: Extract<Target, { kind: 'quantitative' }>): boolean {
  if (found.op !== null && target.op !== null && found.op !== target.op) return true;
  if (compareUnits(found.unit, target.unit) === 'different') return true;
  return !new Dec(found.value).eq(target.value);
}
