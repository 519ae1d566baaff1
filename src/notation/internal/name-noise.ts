/**
 * Internal: the steps of {@link inspectIndicatorName}, and the test that tells a name none of them would change.
 * Not exported from the package.
 */
import { toHalfWidth } from '../../i18n/half-width';
import { notationMessages as M } from '../../i18n/messages/notation';
import type { Finding } from '../../model/finding';
import type { Target } from '../../model/target';
import { Dec } from '../../money/decimal';
import { compareUnits } from '../compare-units';
import type { NameInspection } from '../inspect-indicator-name';
import { parseTarget } from '../parse-target';
import { NAME_MEASURE_WORDS } from '../vocabulary';
import { isNotApplicableText } from './text';

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
/** An array of our own: the vocabulary is frozen, and V8 iterates frozen arrays far more slowly. */
const MEASURE_WORDS: readonly string[] = [...NAME_MEASURE_WORDS];
const PLACEHOLDER_MARK = /[*×]/u;
const DIGIT = /\d/u;

/** What the noise of a name can start with: numbering without digits (`一、`), markers, an ellipsis. */
const NOISE_FIRST = '一二三四五六七八九十★☆*※●◆▲■…．.。·';
/** What a trailing marker ends with. */
const NOISE_LAST = '★☆※';

/**
 * True when a name has none of the noise {@link findNameNoise} looks for, so it would find nothing: no digit
 * (numbering, written-in targets), no `*` / `×` (placeholders), no character that starts numbering without
 * digits, a marker or an ellipsis, no trailing marker, and something left once trimmed. Most names are plain
 * (`服务对象满意度`): one pass over their UTF-16 units instead of every step's search.
 */
export function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // ASCII and full-width digits, `*`, full-width `＊`, `×`
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2a || c === 0xff0a || c === 0xd7) return false;
  }
  const t = name.trim();
  return t !== '' && !NOISE_FIRST.includes(t.charAt(0)) && !NOISE_LAST.includes(t.charAt(t.length - 1));
}

/** Every step of {@link inspectIndicatorName}, whatever the name. */
export function findNameNoise(name: string, target?: Target): NameInspection {
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
  const t = nameTarget(r.text);
  if (t !== null) {
    const at = r.from + t.index;
    remove(at, at + t.length);
    findings.push(nameTargetFinding(t, column(at)));
    if (target?.kind === 'quantitative' && disagrees(t.target, target)) {
      findings.push(
        M.finding('notation/name-target-conflict', 'warning', { text: name, first: t.written, second: target.raw }, {
          column: column(at),
          data: { nameTarget: t.written, target: target.raw },
        }),
      );
    }
  }
  return { name, cleanName: clean(name, orig, removed), findings, isPlaceholderRow: false };
}

/** A target written at the end of a name: where it and its text start (UTF-16 indices), how long it is, and what it reads as. */
export interface NameTarget {
  /** Where the match starts, a bracket around the target included (`(≥90%)`). */
  readonly index: number;
  /** The match's length. */
  readonly length: number;
  /** Where the target's own text starts. */
  readonly writtenIndex: number;
  /** The target's own text, without brackets. */
  readonly written: string;
  readonly target: Extract<Target, { kind: 'quantitative' }>;
  readonly warnings: readonly Finding[];
}

/**
 * The target written at the end of a (half-width) name, when it is unambiguously one: a number after an operator
 * (`数量≥5个`, `(≥90%)`), a percent or per-mille (`完成率100%`), or a number with its unit after a word that
 * names a measure (`项目数量1个`, `受益人数90人`: {@link NAME_MEASURE_WORDS}). A year (`2018年…`), a model
 * number (`PM2.5浓度`) or a number with no unit is none.
 */
export function nameTarget(text: string): NameTarget | null {
  // A target needs a digit; testing for one first spares most names the long search.
  const t = DIGIT.test(text) ? NAME_TARGET.exec(text) : null;
  if (t === null || t.index === 0) return null;
  const written = t[0].trim().replace(/^[([]\s*/u, '').replace(/\s*[)\]]$/u, '');
  const parsed = parseTarget(written);
  if (!parsed.ok || parsed.value.kind !== 'quantitative') return null;
  const percent = /(?:%|‰|百分比)$/u.test(written);
  const measured = parsed.value.unit !== null && MEASURE_WORDS.some((w) => text.endsWith(w, t.index));
  if (!HAS_OPERATOR.test(t[0]) && !percent && !measured) return null;
  const writtenIndex = t.index + t[0].indexOf(written);
  return { index: t.index, length: t[0].length, writtenIndex, written, target: parsed.value, warnings: parsed.warnings };
}

/** `notation/name-target` for a target found in a name, at `column`; its `data` holds what it reads as. */
export function nameTargetFinding(t: NameTarget, column: number): Finding {
  const found = t.target;
  return M.finding('notation/name-target', 'warning', { text: t.written }, { column, data: { target: t.written, op: found.op, value: found.value, unit: found.unit } });
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
