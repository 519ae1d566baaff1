import type { AmountUnit } from '../model/common';
import type { PerformanceDocument } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import type { FormLayout } from './layout';
import type { GridSource, TableGrid } from './grid';
import type { READ_LIMITS } from './limits';

/**
 * A row the importer did not turn into part of the document, kept with its line number, its cells and why,
 * so that nothing is lost.
 *
 * @example
 * const u: UnparsedRow = { line: 26, text: '财政部门支出股室初审意见\t(盖章)', cells: ['财政部门支出股室初审意见', '(盖章)'], reason: { zh: '审核意见栏', en: 'sign-off box' } };
 * @category Forms
 */
export interface UnparsedRow {
  /** 1-based line number in the input. */
  readonly line: number;
  /** The line as written. */
  readonly text: string;
  /** Its cells, trimmed. */
  readonly cells: readonly string[];
  /** Why it was not read. */
  readonly reason: Bilingual;
}

/**
 * Options of {@link parseForm}.
 *
 * @example
 * const o: ParseFormOptions = { layout: 'project-self-evaluation', amountUnit: 'wan-yuan' };
 * @category Forms
 */
export interface ParseFormOptions {
  /** Read the text as this layout instead of detecting it. */
  readonly layout?: FormLayout;
  /** The unit of money when the table does not say it (a unit the table states wins, with a warning). */
  readonly amountUnit?: AmountUnit;
  /** The largest input read, in UTF-8 bytes; default {@link READ_LIMITS}`.maxBytes` (64 MiB). A larger one is refused (`forms/too-large`). */
  readonly maxBytes?: number;
  /** The most rows read (lines of text, rows of a grid); default {@link READ_LIMITS}`.maxRows` (1,000,000). */
  readonly maxRows?: number;
  /** The longest cell read, in UTF-16 units; default {@link READ_LIMITS}`.maxCellLength` (100,000). A longer cell refuses the input (`forms/cell-too-long`, at the cell). */
  readonly maxCellLength?: number;
}

/**
 * What {@link parseForm} returns: the document with its warnings, or every error; both branches carry the
 * rows that were not read (`unparsed`) and the layout used. On failure, `partial` holds what could be read.
 *
 * @example
 * const show = (r: FormResult) => (r.ok ? r.value.kind : r.errors.map((e) => `${e.line}: ${e.message.en}`));
 * @category Forms
 */
export type FormResult =
  | {
      readonly ok: true;
      readonly value: PerformanceDocument;
      readonly warnings: readonly Finding[];
      readonly unparsed: readonly UnparsedRow[];
      readonly layout: FormLayout;
      /** Where the rows came from, when they were read from a container rather than text (see {@link TableGrid}). */
      readonly source?: GridSource;
    }
  | {
      readonly ok: false;
      readonly errors: readonly Finding[];
      readonly warnings: readonly Finding[];
      readonly unparsed: readonly UnparsedRow[];
      readonly layout: FormLayout | null;
      readonly partial?: PerformanceDocument;
      /** Where the rows came from, when they were read from a container rather than text (see {@link TableGrid}). */
      readonly source?: GridSource;
    };
