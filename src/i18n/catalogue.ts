import type { Bilingual, Finding, Severity } from '../model/finding';

/**
 * One finding code's texts: a short title, and the message built from the values of one occurrence.
 *
 * @example
 * const def: MessageDef<{ text: string }> = {
 *   title: { zh: '金额为空', en: 'amount blank' },
 *   text: (p) => ({ zh: `“${p.text}”为空`, en: `"${p.text}" is blank` }),
 * };
 * @category Findings
 */
export interface MessageDef<P> {
  /** What the code means, in a few words. */
  readonly title: Bilingual;
  /** The message of one occurrence. */
  readonly text: (params: P) => Bilingual;
}

/**
 * Where a finding is: JSON path, line/column in the table text, field name, and the values involved.
 *
 * @example
 * const at: FindingPlace = { path: ['budget', 'total'], line: 24, column: 2, field: 'budget.total' };
 * @category Findings
 */
export interface FindingPlace {
  readonly path?: readonly (string | number)[];
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
  readonly suggestion?: Bilingual;
  readonly data?: Readonly<Record<string, string | number | boolean | null>>;
}

/**
 * A message definition with any parameters: the element type of a catalogue.
 *
 * @example
 * const defs: Record<string, AnyMessageDef> = {};
 * @category Findings
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMessageDef = MessageDef<any>;
/**
 * The parameters a message definition's template takes.
 *
 * @example
 * type P = MessageParams<MessageDef<{ text: string }>>; // { text: string }
 * @category Findings
 */
export type MessageParams<D> = D extends MessageDef<infer P> ? P : never;

/**
 * A stage's catalogue of finding codes, and a typed builder of findings from it.
 *
 * @example
 * const money = defineCatalogue({
 *   'money/blank': { title: { zh: '金额为空', en: 'amount blank' }, text: () => ({ zh: '金额为空', en: 'blank amount' }) },
 * });
 * money.finding('money/blank', 'error', {}, { column: 1 }).code //=> 'money/blank'
 * @category Findings
 */
export interface Catalogue<T extends Record<string, AnyMessageDef>> {
  /** The definitions, keyed by code. */
  readonly defs: T;
  /** Builds one finding with its bilingual message. */
  finding<K extends keyof T & string>(code: K, severity: Severity, params: MessageParams<T[K]>, place?: FindingPlace): Finding;
}

/**
 * Defines a catalogue of finding codes (one per stage: `money/…`, `notation/…`, `forms/…`).
 *
 * @param defs - code → title and message template
 * @returns the catalogue with a typed `finding` builder
 * @example
 * const c = defineCatalogue({ 'x/y': { title: { zh: '标题', en: 'title' }, text: () => ({ zh: '文', en: 'text' }) } });
 * c.finding('x/y', 'warning', {}).message.en //=> 'text'
 * @category Findings
 */
export function defineCatalogue<const T extends Record<string, AnyMessageDef>>(defs: T): Catalogue<T> {
  return {
    defs,
    finding(code, severity, params, place = {}) {
      const def = defs[code] as AnyMessageDef;
      // Written out rather than spread: findings are built in hot loops (importing, scoring).
      const f: { -readonly [K in keyof Finding]: Finding[K] } = { code, severity, path: place.path ?? [], message: def.text(params) };
      if (place.line !== undefined) f.line = place.line;
      if (place.column !== undefined) f.column = place.column;
      if (place.field !== undefined) f.field = place.field;
      if (place.suggestion !== undefined) f.suggestion = place.suggestion;
      if (place.data !== undefined) f.data = place.data;
      return f;
    },
  };
}

/**
 * Moves a finding found inside one cell to its place in the whole text: adds the line, shifts the column by
 * the cell's start, sets the path and field. Used by importers that parse cells with the cell-level parsers.
 *
 * @param f - a finding whose `column` (if any) counts from the start of the cell
 * @param place - the cell's line, its first column, and the document path and field it fills
 * @returns a new finding (the input is not changed)
 * @example
 * locate(f, { line: 40, column: 4, path: ['indicators', 0, 'target'], field: 'target' }).line //=> 40
 * @category Findings
 */
export function locate(
  f: Finding,
  place: { readonly line: number; readonly column: number; readonly path?: readonly (string | number)[]; readonly field?: string },
): Finding {
  return {
    ...f,
    line: place.line,
    column: place.column + (f.column ?? 1) - 1,
    ...(place.path !== undefined && { path: place.path }),
    ...(place.field !== undefined && { field: place.field }),
  };
}
