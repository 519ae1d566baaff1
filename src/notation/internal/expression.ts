/**
 * Internal: the scanner of target expressions (`≥30.00(户)`, `不低于90%`, `80%-90%`, `[80,90]`, `±3%以内`,
 * `100±3`). One pass over the code points, no regular expression on the whole cell, so time is linear in the
 * length of the cell. Not exported from the package.
 */
import { notationMessages as M } from '../../i18n/messages/notation';
import type { Finding } from '../../model/finding';
import type { Operator } from '../../model/target';
import { Dec } from '../../money/decimal';
import { OPERATOR_PREFIX_WORDS, OPERATOR_SUFFIX_WORDS, OPERATOR_SYMBOLS, UNIT_PRODUCT_SIGNS } from '../vocabulary';
import { isDigit, isFullWidth, isSpace, isSpaceCode, type Prepared, variantOf } from './text';

/** Default longest unit part (each side of a `/`), in code points: `个工作日`, `次/10万公顷`. */
export const DEFAULT_MAX_UNIT_LENGTH = 6;

/** What a cell's text was read as, when it is a target expression. */
export type Expression =
  | {
      readonly kind: 'quantitative';
      readonly op: Operator | null;
      readonly value: string;
      readonly unit: string | null;
      /** 1-based column of the number. */
      readonly valueColumn: number;
      /** 1-based column of the first operator (symbol or word), when there is one. */
      readonly opColumn: number | null;
    }
  | { readonly kind: 'range'; readonly min: string; readonly max: string; readonly unit: string | null; readonly valueColumn: number }
  | {
      readonly kind: 'tolerance';
      readonly reference: string | null;
      readonly band: string;
      readonly unit: string | null;
      readonly valueColumn: number;
    };

/** The outcome of scanning: an expression, errors, or "this is text, not an expression". */
export type ScanResult =
  | { readonly type: 'expression'; readonly expression: Expression; readonly warnings: readonly Finding[] }
  | { readonly type: 'error'; readonly errors: readonly Finding[]; readonly warnings: readonly Finding[] }
  | { readonly type: 'text'; readonly reason: 'number-in-text' | 'value-not-number' | null };

interface Num {
  readonly value: string;
  readonly end: number;
  readonly grouped: boolean;
  readonly start: number;
}
interface UnitMatch {
  readonly unit: string | null;
  readonly written: string;
  readonly end: number;
  readonly start: number;
}
interface OpMatch {
  readonly op: Operator | null; // null for ±
  readonly tolerance: boolean;
  readonly symbol: string;
  readonly standard: boolean;
  readonly len: number;
}

const TOLERANCE_SYMBOLS: readonly { readonly symbol: string; readonly standard: boolean }[] = [
  { symbol: '+/-', standard: false },
  { symbol: '+-', standard: false },
  { symbol: '±', standard: true },
];
/*
 * The character sets below are asked about at nearly every code point of every cell. They are kept as sets
 * of UTF-16 units (numbers), not of strings: every character in them is one unit, a number is looked up
 * without hashing a string, and a code point beyond the BMP (a surrogate pair, whose first unit is no such
 * character) is in none of them, as it should be.
 */

/** The UTF-16 units of characters, each of which must be one unit (a programmer's error otherwise). */
function unitsOf(chars: Iterable<string>): Set<number> {
  const units = new Set<number>();
  for (const c of chars) {
    if (c.length !== 1) throw new Error(`jixiao: ${c} is not one UTF-16 unit`);
    units.add(c.charCodeAt(0));
  }
  return units;
}

/** Bracket pairs around a unit or a range, by the opening bracket's unit. */
const OPEN_CLOSE: ReadonlyMap<number, string> = new Map([['(', ')'], ['[', ']'], ['【', '】'], ['〔', '〕']].map(([o, c]) => [(o as string).charCodeAt(0), c as string]));
/** Every opening and closing bracket of {@link OPEN_CLOSE}. */
const BRACKETS = unitsOf(['(', '[', '【', '〔', ')', ']', '】', '〕']);
const RANGE_SEPARATORS = new Set(['-', '~', '至', '到']);
/** Code points that end a unit written without brackets. */
const UNIT_STOP = unitsOf([
  '-', '~', '至', '到', '±', '+', '(', ')', '[', ']', '【', '】', '〔', '〕', ',', '、', ';', '；', '。', '，',
  '≥', '≤', '≧', '≦', '>', '<', '=', '﹦', '﹥', '﹤', '⩾', '⩽', '.', ':', '：', '"', '“', '”',
]);
/**
 * Code points that never occur in a unit: prose particles and verbs, so that `12月底前完成` or
 * `3个项目已完成` are read as text rather than as a number with a long "unit".
 */
const UNIT_BAD = unitsOf('的？?!！…_前后完成底于在和并已未不是有按将使让被把对从向为之与或即则均都也还达较更');
/** Signs between the parts of a compound unit (`人·次`, `元/人*月`): see {@link UNIT_PRODUCT_SIGNS}. */
const PRODUCT_SIGNS = unitsOf(UNIT_PRODUCT_SIGNS);
const PLACEHOLDER_START = new Set(['*', '＊', '×', 'x', 'X', '某', '?', '？', '_', '…', '.']);
const SLASH = 0x2f;

/**
 * A list of words or symbols grouped by the UTF-16 unit they start with (every one starts with a BMP
 * character), each group in list order: the scanner asks at nearly every code point whether one starts
 * there, and most code points start none.
 */
function byFirstUnit<T extends { readonly cps: readonly string[] }>(list: readonly T[]): ReadonlyMap<number, readonly T[]> {
  const groups = new Map<number, T[]>();
  for (const item of list) {
    const first = item.cps[0] as string;
    if (first.length !== 1) throw new Error(`jixiao: ${first} is not one UTF-16 unit`);
    const group = groups.get(first.charCodeAt(0));
    if (group) group.push(item);
    else groups.set(first.charCodeAt(0), [item]);
  }
  return groups;
}

const PREFIXES = byFirstUnit(OPERATOR_PREFIX_WORDS.map((w) => ({ ...w, cps: Array.from(w.word) })));
const SUFFIXES = byFirstUnit(OPERATOR_SUFFIX_WORDS.map((w) => ({ ...w, cps: Array.from(w.word) })));
/** Longest first: `>=` before `>`, `+/-` before `+-`. */
const SYMBOLS = byFirstUnit(
  [...TOLERANCE_SYMBOLS.map((s) => ({ op: null, tolerance: true, ...s })), ...OPERATOR_SYMBOLS.map((s) => ({ ...s, tolerance: false }))]
    .map((s) => ({ ...s, cps: Array.from(s.symbol) }))
    .sort((a, b) => b.cps.length - a.cps.length),
);

/** Options of the scanner. */
export interface ScanOptions {
  /** Longest unit part in code points. */
  readonly maxUnitLength: number;
  /** Findings' message text: the cell as written, trimmed. */
  readonly text: string;
}

/** Scans the trimmed span of a prepared cell as a target expression. */
export function scanExpression(p: Prepared, options: ScanOptions): ScanResult {
  return new Scanner(p, options).run();
}

/** Whether a unit text is acceptable: short parts, no prose characters. */
export function isUnitText(unit: string, maxLength: number): boolean {
  if (unit === '') return false;
  // One pass over the UTF-16 units (prose characters, spaces, digits and `/` are all one unit each).
  let other = false; // a character other than a digit or `/`: digits (and slashes) only are no unit
  let digitFirst = false; // a digit before the first `/`: `10万公顷` is a number and a unit, not a unit
  let slash = false;
  let joinable = false; // the previous character may be joined to the next by a product sign
  let sign = false; // the previous character is a product sign
  for (let i = 0; i < unit.length; i++) {
    const c = unit.charCodeAt(i);
    if (UNIT_BAD.has(c) || isSpaceCode(c)) return false;
    if (PRODUCT_SIGNS.has(c)) {
      // between two parts only: `人·次`, never `*`, `**个`, `个*` or `人*/月`
      if (!joinable) return false;
      joinable = false;
      sign = true;
      continue;
    }
    if (sign && c === SLASH) return false;
    sign = false;
    joinable = c !== SLASH;
    if (c === SLASH) slash = true;
    else if (c >= 0x30 && c <= 0x39) digitFirst ||= !slash;
    else other = true;
  }
  if (!other || digitFirst || sign) return false;
  // Most units have no `/`: no need to split them.
  const parts = slash ? unit.split('/') : [unit];
  if (parts.length > 3) return false;
  if (parts.some((part, k) => part === '' && k > 0)) return false;
  // A part has no more code points than UTF-16 units: most are short enough without counting.
  return parts.every((part) => part.length <= maxLength || Array.from(part).length <= maxLength);
}

/** Percent spellings → `%`; product signs dropped (`人·次` → `人次`); the written form is kept otherwise. */
export function canonicalUnit(unit: string): string {
  if (unit === '百分比' || unit === '﹪' || unit === '％') return '%';
  for (let i = 0; i < unit.length; i++) {
    // Most units have no product sign: the string is kept as it is.
    if (PRODUCT_SIGNS.has(unit.charCodeAt(i))) {
      const joined = Array.from(unit).filter((c) => !PRODUCT_SIGNS.has(c.charCodeAt(0))).join('');
      return joined === '' ? unit : joined;
    }
  }
  return unit;
}

/**
 * Reports what preparing a cell normalised in its trimmed span: full-width forms (once, at the first) and each
 * variant character (`—` read as `-`), pushed onto `into`.
 */
export function characterFindings(p: Prepared, text: string, into: Finding[]): void {
  const { orig, chars, start, end } = p;
  // Nothing was normalised (`chars` is `orig` itself): no full-width form, no variant to report.
  if (chars === orig) return;
  let fullWidthAt = -1;
  for (let k = start; k < end; k++) {
    const o = orig[k] as string;
    if (fullWidthAt < 0 && isFullWidth(o)) fullWidthAt = k;
  }
  if (fullWidthAt >= 0) into.push(M.finding('notation/full-width', 'info', { text }, { column: fullWidthAt + 1 }));
  const seen = new Set<string>();
  for (let k = start; k < end; k++) {
    const o = orig[k] as string;
    if (variantOf(o) !== undefined && !seen.has(o)) {
      seen.add(o);
      into.push(M.finding('notation/character-variant', 'info', { text, first: o, second: chars[k] as string }, { column: k + 1 }));
    }
  }
}

class Scanner {
  private readonly c: readonly string[];
  private readonly end: number;
  private readonly warnings: Finding[] = [];
  private readonly errors: Finding[] = [];
  private wsReported = false;
  private doubledReported = false;

  constructor(
    private readonly p: Prepared,
    private readonly o: ScanOptions,
  ) {
    this.c = p.chars;
    this.end = p.end;
  }

  /** The normalised code points from `from` to `to`, as one string (concatenated: `join` is slow on short arrays). */
  private textOf(from: number, to: number): string {
    // Without surrogate pairs, code point indices are indices in the normalised string: a slice.
    if (this.p.normalised !== null) return this.p.normalised.slice(from, Math.min(to, this.c.length));
    let s = '';
    for (let k = from; k < Math.min(to, this.c.length); k++) s += this.c[k] as string;
    return s;
  }

  private at(i: number): string | undefined {
    return i < this.end ? this.c[i] : undefined;
  }

  /** The first UTF-16 unit of the code point at `i` (-1 past the end), for the sets of units above. */
  private unitAt(i: number): number {
    return i < this.end ? (this.c[i] as string).charCodeAt(0) : -1;
  }

  private startsWith(i: number, cps: readonly string[]): boolean {
    if (i + cps.length > this.end) return false;
    for (let k = 0; k < cps.length; k++) if (this.c[i + k] !== cps[k]) return false;
    return true;
  }

  private skipSpace(i: number): number {
    let j = i;
    while (j < this.end && isSpace(this.c[j])) j++;
    if (j > i && !this.wsReported) {
      this.wsReported = true;
      this.warnings.push(M.finding('notation/whitespace', 'info', { text: this.o.text }, { column: i + 1 }));
    }
    return j;
  }

  /** The unit written after a number that ends at `i` (white space allowed between), and where the value ends. */
  private unitAfter(i: number): { readonly unit: UnitMatch | null; readonly end: number } {
    const k = this.peekSpace(i);
    const unit = this.matchUnit(k);
    if (unit === null) return { unit, end: i };
    if (k > i) this.skipSpace(i);
    return { unit, end: unit.end };
  }

  /** Peeks past spaces without reporting them. */
  private peekSpace(i: number): number {
    let j = i;
    while (j < this.end && isSpace(this.c[j])) j++;
    return j;
  }

  private matchOperator(i: number): OpMatch | null {
    const candidates = SYMBOLS.get(this.unitAt(i));
    if (candidates === undefined) return null;
    for (const s of candidates) {
      if (this.startsWith(i, s.cps)) return { op: s.op, tolerance: s.tolerance, symbol: s.symbol, standard: s.standard, len: s.cps.length };
    }
    return null;
  }

  private matchSuffix(i: number): { op: Operator; word: string; len: number } | null {
    const candidates = SUFFIXES.get(this.unitAt(i));
    if (candidates === undefined) return null;
    for (const s of candidates) if (this.startsWith(i, s.cps)) return { op: s.op, word: s.word, len: s.cps.length };
    return null;
  }

  private matchNumber(i: number, grouping: boolean, signed: boolean): Num | null {
    let j = i;
    if (signed && this.at(j) === '-' && isDigit(this.at(j + 1))) j++;
    if (!isDigit(this.at(j))) return null;
    let k = j;
    while (isDigit(this.at(k))) k++;
    let grouped = false;
    if (grouping && k - j <= 3) {
      while (
        this.at(k) === ',' &&
        isDigit(this.at(k + 1)) &&
        isDigit(this.at(k + 2)) &&
        isDigit(this.at(k + 3)) &&
        !isDigit(this.at(k + 4))
      ) {
        k += 4;
        grouped = true;
      }
    }
    if (this.at(k) === '.' && isDigit(this.at(k + 1))) {
      k++;
      while (isDigit(this.at(k))) k++;
    }
    // Only a grouped number has commas in it.
    const written = this.textOf(i, k);
    return { value: grouped ? written.replace(/,/g, '') : written, end: k, grouped, start: i };
  }

  private matchUnit(i: number): UnitMatch | null {
    if (i >= this.end) return null;
    const close = OPEN_CLOSE.get(this.unitAt(i));
    if (close !== undefined) {
      // bracketed: `(户)`, `（户）`, `[户]`, `( % )`; bounded look-ahead keeps the scan linear
      const limit = Math.min(this.end, i + 2 + this.o.maxUnitLength * 3 + 4);
      for (let j = i + 1; j < limit; j++) {
        const c = this.c[j] as string;
        if (c === close) {
          const written = this.textOf(i + 1, j).trim();
          if (written === '') return { unit: null, written, end: j + 1, start: i };
          if (!isUnitText(written, this.o.maxUnitLength)) return null;
          return { unit: written, written, end: j + 1, start: i };
        }
        if (BRACKETS.has(c.charCodeAt(0))) return null;
      }
      return null;
    }
    let j = i;
    let slash = false;
    while (j < this.end) {
      const c = this.c[j] as string;
      const u = c.charCodeAt(0);
      if (isSpaceCode(u) || UNIT_STOP.has(u)) break;
      if (isDigit(c) && !slash) break;
      if (c === '/') slash = true;
      if (this.matchSuffix(j) !== null) break;
      j++;
    }
    if (j === i) return null;
    const written = this.textOf(i, j);
    if (!isUnitText(written, this.o.maxUnitLength)) return null;
    return { unit: written, written, end: j, start: i };
  }

  private error(code: Parameters<typeof M.finding>[0], params: never, column: number): ScanResult {
    this.errors.push(M.finding(code, 'error', params, { column }));
    return { type: 'error', errors: this.errors, warnings: this.warnings };
  }

  private conflict(first: string, second: string, column: number): ScanResult {
    return this.error('notation/operator-conflict', { text: this.o.text, first, second } as never, column);
  }

  /** Reports a unit's normalisation and returns the canonical unit. */
  private unitOf(u: UnitMatch | null): string | null {
    if (u === null || u.unit === null) return null;
    const unit = canonicalUnit(u.unit);
    if (unit !== u.unit && u.unit !== '％' && u.unit !== '﹪') {
      this.warnings.push(M.finding('notation/unit-normalised', 'info', { text: this.o.text, first: u.unit, second: unit }, { column: u.start + 1 }));
    }
    if (unit.startsWith('/')) {
      this.warnings.push(M.finding('notation/unit-incomplete', 'warning', { text: unit }, { column: u.start + 1 }));
    }
    return unit;
  }

  private sameUnits(units: readonly (string | null)[], column: number): { ok: true; unit: string | null } | { ok: false } {
    let unit: string | null = null;
    for (const u of units) {
      if (u === null) continue;
      if (unit !== null && unit !== u) {
        this.errors.push(M.finding('notation/unit-conflict', 'error', { text: this.o.text, first: unit, second: u }, { column }));
        return { ok: false };
      }
      unit = u;
    }
    return { ok: true, unit };
  }

  private numberWarnings(n: Num): void {
    if (n.grouped) this.warnings.push(M.finding('notation/thousands-separator', 'info', { text: this.textOf(n.start, n.end) }, { column: n.start + 1 }));
  }

  private characterWarnings(): void {
    characterFindings(this.p, this.o.text, this.warnings);
  }

  run(): ScanResult {
    const { start, end } = this.p;
    let i = start;
    let op: Operator | null = null;
    let opText: string | null = null;
    let opColumn: number | null = null;
    let control = false; // 控制在
    let tolerance = false;

    // 1. an operator in words before the number
    const w = PREFIXES.get(this.unitAt(i))?.find((p) => this.startsWith(i, p.cps));
    if (w !== undefined) {
      opColumn = i + 1;
      if (w.op === null) control = true;
      else {
        op = w.op;
        opText = w.word;
        this.warnings.push(M.finding('notation/operator-word', 'warning', { text: w.word, op: w.op }, { column: i + 1 }));
      }
      i += w.cps.length;
    }
    const afterPrefix = i;
    i = this.peekSpace(i);

    // 2. operator symbols, possibly doubled
    const sym = this.matchOperator(i);
    let symbolSeen = false;
    if (sym !== null) {
      if (i > afterPrefix) this.skipSpace(afterPrefix);
      symbolSeen = true;
      const col = i + 1;
      opColumn ??= col;
      if (sym.tolerance) {
        if (op !== null) return this.conflict(opText ?? '', sym.symbol, col);
        tolerance = true;
      } else if (op !== null) {
        if (sym.op !== op) return this.conflict(opText ?? '', sym.symbol, col);
        this.doubled(`${opText ?? ''}${sym.symbol}`, op, col);
      } else {
        op = sym.op;
        opText = sym.symbol;
      }
      if (!sym.standard) {
        this.warnings.push(M.finding('notation/operator-variant', 'info', { text: sym.symbol, op: sym.tolerance ? '±' : (sym.op as string) }, { column: col }));
      }
      i += sym.len;
      for (;;) {
        const j = this.peekSpace(i);
        const again = this.matchOperator(j);
        if (again === null) break;
        if (again.tolerance || sym.tolerance || again.op !== op) return this.conflict(sym.symbol, again.symbol, j + 1);
        this.skipSpace(i);
        if (!this.doubledReported) this.doubled(this.textOf(col - 1, j + again.len), op as Operator, j + 1);
        i = j + again.len;
      }
    } else if (afterPrefix > start && i > afterPrefix) {
      this.skipSpace(afterPrefix);
    }
    if (!symbolSeen && opColumn === null) i = start;
    i = this.skipSpace(i);

    // 3. a bracketed range `[80,90]`
    let shape: Expression | null = null;
    let lastBare = false;
    const firstChar = this.at(i);
    if (!tolerance && (firstChar === '[' || firstChar === '【')) {
      const r = this.bracketRange(i);
      if (r === 'error') return { type: 'error', errors: this.errors, warnings: this.warnings };
      if (r !== null) {
        if (op !== null) return this.conflict(opText ?? '', this.textOf(i, r.end), i + 1);
        shape = r.range;
        i = r.end;
      }
    }

    // 4. the number
    if (shape === null) {
      const n1 = this.matchNumber(i, true, true);
      if (n1 === null) {
        if (!symbolSeen) return { type: 'text', reason: this.containsDigit() ? 'number-in-text' : null };
        const rest = this.textOf(i, end);
        const onlyUnit = this.matchUnit(i);
        // `≥%`, `≥(户)`: a unit with no number. `≥上年` is words after an operator, read as text.
        const unitOnly =
          onlyUnit !== null &&
          onlyUnit.end === end &&
          (OPEN_CLOSE.has(this.unitAt(onlyUnit.start)) || /^(?:[%‰]|百分比)$/u.test(onlyUnit.written));
        // the column of the missing value, or of the operator when the cell ends there
        if (rest === '' || unitOnly) return this.error('notation/value-missing', { text: this.o.text } as never, Math.min(i, end - 1) + 1);
        if (PLACEHOLDER_START.has(this.c[i] as string)) return this.error('notation/placeholder', { text: this.o.text } as never, i + 1);
        return { type: 'text', reason: 'value-not-number' };
      }
      this.numberWarnings(n1);
      i = n1.end;
      const { unit: u1, end: e1 } = this.unitAfter(i);
      i = e1;
      lastBare = u1 === null;
      const j = this.peekSpace(i);
      const tol = this.matchOperator(j);
      const sep = this.at(j);
      if (!tolerance && tol !== null && tol.tolerance) {
        // 5. `100±3`: reference ± band
        if (op !== null) return this.conflict(opText ?? '', tol.symbol, j + 1);
        if (!tol.standard) this.warnings.push(M.finding('notation/operator-variant', 'info', { text: tol.symbol, op: '±' }, { column: j + 1 }));
        this.skipSpace(i);
        i = this.skipSpace(j + tol.len);
        const band = this.matchNumber(i, true, false);
        // the column of the missing band, or of the ± when the cell ends there (`100±`)
        if (band === null) return this.error('notation/value-missing', { text: this.o.text } as never, Math.min(i, end - 1) + 1);
        this.numberWarnings(band);
        const { unit: u2, end: e2 } = this.unitAfter(band.end);
        i = e2;
        lastBare = u2 === null;
        const units = this.sameUnits([this.unitOf(u1), this.unitOf(u2)], j + 1);
        if (!units.ok) return { type: 'error', errors: this.errors, warnings: this.warnings };
        shape = { kind: 'tolerance', reference: n1.value, band: band.value, unit: units.unit, valueColumn: n1.start + 1 };
        tolerance = true;
      } else if (!tolerance && sep !== undefined && RANGE_SEPARATORS.has(sep) && this.matchNumber(this.peekSpace(j + 1), true, true) !== null) {
        // 6. a range `80%-90%`, `80-90%`, `80%～90%`
        if (op !== null) return this.conflict(opText ?? '', sep, j + 1);
        this.skipSpace(i);
        i = this.skipSpace(j + 1);
        const n2 = this.matchNumber(i, true, true) as Num;
        this.numberWarnings(n2);
        const { unit: u2, end: e2 } = this.unitAfter(n2.end);
        i = e2;
        lastBare = u2 === null;
        const units = this.sameUnits([this.unitOf(u1), this.unitOf(u2)], j + 1);
        if (!units.ok) return { type: 'error', errors: this.errors, warnings: this.warnings };
        shape = { kind: 'range', min: n1.value, max: n2.value, unit: units.unit, valueColumn: n1.start + 1 };
      } else if (tolerance) {
        shape = { kind: 'tolerance', reference: null, band: n1.value.replace(/^-/, ''), unit: this.unitOf(u1), valueColumn: n1.start + 1 };
      } else {
        shape = { kind: 'quantitative', op, value: n1.value, unit: this.unitOf(u1), valueColumn: n1.start + 1, opColumn };
      }
    }

    // 7. an operator in words after the number: 以上 / 以下 / 以内 / 之内 / 内
    {
      const j = this.peekSpace(i);
      const suffix = this.matchSuffix(j);
      if (suffix !== null) {
        if (j > i) this.skipSpace(i);
        const col = j + 1;
        if (shape.kind === 'tolerance') {
          if (suffix.op !== '<=') return this.conflict('±', suffix.word, col);
        } else if (shape.kind === 'range') {
          return this.conflict(this.o.text, suffix.word, col);
        } else {
          this.warnings.push(M.finding('notation/operator-word', 'warning', { text: suffix.word, op: suffix.op }, { column: col }));
          if (op === null) {
            op = suffix.op;
            opColumn ??= col;
          } else if (op === suffix.op) {
            this.doubled(`${opText ?? ''}…${suffix.word}`, op, col);
          } else {
            return this.conflict(opText ?? '', suffix.word, col);
          }
          // Written out: a spread copy with more fields is slow in V8.
          shape = { kind: 'quantitative', op, value: shape.value, unit: shape.unit, valueColumn: shape.valueColumn, opColumn };
        }
        i = j + suffix.len;
        lastBare = false;
      }
    }

    // 8. what is left: damaged numbers, a repeated value, or prose around a number
    const j = this.peekSpace(i);
    if (j < end) {
      const c = this.c[j] as string;
      if ((lastBare && j > i && isDigit(c)) || ((c === '.' || c === ',') && isDigit(this.at(j + 1)))) {
        return this.error('notation/number-damaged', { text: this.o.text } as never, j + 1);
      }
      const consumed = this.textOf(start, i);
      const rest = this.textOf(j, end);
      if (consumed === rest) return this.error('notation/number-repeated', { text: this.o.text } as never, j + 1);
      return { type: 'text', reason: 'number-in-text' };
    }

    // 9. 控制在 alone means "kept within"
    if (control) {
      const col = start + 1;
      if (shape.kind === 'quantitative' && shape.op === null) {
        op = '<=';
        shape = { kind: 'quantitative', op, value: shape.value, unit: shape.unit, valueColumn: shape.valueColumn, opColumn: col };
        this.warnings.unshift(M.finding('notation/operator-word', 'warning', { text: '控制在', op: '<=' }, { column: col }));
      } else {
        this.warnings.unshift(
          M.finding('notation/operator-word', 'warning', { text: '控制在', op: shape.kind === 'quantitative' ? (shape.op as string) : shape.kind }, { column: col }),
        );
      }
    }
    if (shape.kind === 'range' && new Dec(shape.min).gt(shape.max)) {
      return this.error('notation/range-reversed', { text: this.o.text } as never, shape.valueColumn);
    }
    this.characterWarnings();
    return { type: 'expression', expression: shape, warnings: this.warnings };
  }

  private doubled(text: string, op: Operator, column: number): void {
    if (this.doubledReported) return;
    this.doubledReported = true;
    this.warnings.push(M.finding('notation/operator-doubled', 'warning', { text, op }, { column }));
  }

  private containsDigit(): boolean {
    for (let k = this.p.start; k < this.end; k++) if (isDigit(this.c[k])) return true;
    return false;
  }

  private bracketRange(i: number): { range: Expression; end: number } | null | 'error' {
    const close = OPEN_CLOSE.get(this.unitAt(i)) as string;
    let j = this.peekSpace(i + 1);
    const a = this.matchNumber(j, false, true);
    if (a === null) return null;
    j = this.peekSpace(a.end);
    const ua = this.matchUnit(j);
    if (ua !== null) j = this.peekSpace(ua.end);
    const sep = this.at(j);
    if (sep !== ',' && sep !== '、' && sep !== '-' && sep !== '~') return null;
    j = this.peekSpace(j + 1);
    const b = this.matchNumber(j, false, true);
    if (b === null) return null;
    j = this.peekSpace(b.end);
    const ub = this.matchUnit(j);
    if (ub !== null) j = this.peekSpace(ub.end);
    if (this.at(j) !== close && !(close === '】' && this.at(j) === ']')) return null;
    j++;
    let end = j;
    const k = this.peekSpace(j);
    const uc = this.matchUnit(k);
    if (uc !== null) end = uc.end;
    for (let m = i; m < end; m++) {
      if (isSpace(this.c[m])) {
        this.skipSpace(m);
        break;
      }
    }
    const units = this.sameUnits([this.unitOf(ua), this.unitOf(ub), this.unitOf(uc)], i + 1);
    if (!units.ok) return 'error';
    return { range: { kind: 'range', min: a.value, max: b.value, unit: units.unit, valueColumn: a.start + 1 }, end };
  }
}
