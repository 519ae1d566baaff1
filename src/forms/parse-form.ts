import { formsMessages as M } from '../i18n/messages/forms';
import type { PerformanceDocument } from '../model/document';
import type { Bilingual, Finding } from '../model/finding';
import { createContext, indicatorHeaders, keepAside } from './read/context';
import type { ImportContext } from './read/context';
import { detectLayoutOfRows } from './detect-layout';
import type { FormLayout } from './layout';
import { importProjectDeclaration } from './import/project-declaration';
import { importSelfEvaluation } from './import/self-evaluation';
import { importUnitDeclaration } from './import/unit-declaration';
import { importUnitDeclarationFujian } from './import/unit-declaration-fujian';
import { isBlankRow, splitTable } from './text/split-table';
import { trailerKind } from './read/trailer';
import type { TableRow } from './text/split-table';
import type { FormResult, ParseFormOptions, UnparsedRow } from './types';

const NOT_UNDERSTOOD = { zh: '不属于该表格样式的任何部分', en: 'not part of anything this layout has' };
const SIGN_OFF = { zh: '审核意见 / 盖章 / 填表人等签署栏，不属于文档数据', en: 'a sign-off box (审核意见 / 盖章 / 填表人), not document data' };
const NOTE = { zh: '表注（注：……），不属于文档数据', en: 'a footnote (注：…), not document data' };

/** Why a row that no importer took was not read. */
function reasonFor(row: TableRow): Bilingual {
  const first = row.cells.find((c) => c.text !== '')?.text ?? '';
  if (/^(注|说明)\s*\d*\s*[:：]/u.test(first)) return NOTE;
  if (row.text.length <= 200 && /审核意见|初审意见|审批意见|盖章|签字|填报人|填表人/u.test(row.text)) return SIGN_OFF;
  // Sign-off lines real tables end with: 填报日期：…, 单位负责人：…, 审核人：…
  if (trailerKind(row) === 'sign-off') return SIGN_OFF;
  return NOT_UNDERSTOOD;
}

function importAs(ctx: ImportContext, layout: FormLayout, options: ParseFormOptions): PerformanceDocument {
  switch (layout) {
    case 'unit-declaration':
      return importUnitDeclaration(ctx, options);
    case 'unit-declaration-fujian':
      return importUnitDeclarationFujian(ctx, options);
    case 'project-declaration':
      return importProjectDeclaration(ctx, options);
    case 'project-self-evaluation':
    case 'separate-column-self-evaluation':
    case 'unit-self-evaluation':
      return importSelfEvaluation(ctx, layout, options);
  }
}

function byLine(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/**
 * Reads a performance table copied as text (rows on lines, cells separated by tabs, merged cells as empty
 * cells) into the typed model: a unit declaration, a project declaration or a self-evaluation. Detects the
 * layout (or takes `options.layout`), keeps every target's and actual's original text, keeps published rates,
 * scores and totals as claims, reports template noise, and returns the rows it did not understand in
 * `unparsed` with their line numbers. Never throws on any text; linear in its length.
 *
 * @param text - the table text
 * @param options - see {@link ParseFormOptions}
 * @returns the document with warnings and unparsed rows, or every error (with what could be read in `partial`)
 * @example
 * const r = parseForm(fs.readFileSync('declaration.txt', 'utf8'));
 * if (r.ok && r.value.kind === 'unit-declaration') r.value.budget.total //=> '28963548.68'
 * r.ok && r.value.origins?.['/budget/total'] //=> { line: 18, column: 13 }
 * @category Forms
 */
export function parseForm(text: string, options: ParseFormOptions = {}): FormResult {
  if (typeof text !== 'string') throw new TypeError('parseForm: text must be a string');
  const rows = splitTable(text);
  const unparsedAll = (): UnparsedRow[] =>
    rows.filter((r) => !isBlankRow(r)).map((r) => ({ line: r.line, text: r.text, cells: r.cells.map((c) => c.text), reason: NOT_UNDERSTOOD }));
  if (rows.every(isBlankRow)) {
    return { ok: false, errors: [M.finding('forms/empty-input', 'error', {})], warnings: [], unparsed: [], layout: null };
  }
  const headers = indicatorHeaders(rows);
  const layout = options.layout ?? detectLayoutOfRows(rows, headers);
  if (layout === null) {
    return { ok: false, errors: [M.finding('forms/layout-unknown', 'error', {}, { line: 1, column: 1 })], warnings: [], unparsed: unparsedAll(), layout: null };
  }

  const ctx = createContext(rows, headers);
  const doc = importAs(ctx, layout, options);
  rows.forEach((row, i) => {
    if (ctx.used[i] !== 1 && !isBlankRow(row)) keepAside(ctx, i, reasonFor(row));
  });
  // The importer's document is new and ours: origins are added to it (last, as a copy would have them).
  const value: PerformanceDocument = Object.assign(doc, { origins: ctx.origins });
  // What the importers build fits the model by construction; test/forms/model-fit.test.ts holds them to it
  // (every fixture, and mutated ones), so no schema check runs here (it cost a tenth of the time).
  const errors: Finding[] = [...ctx.errors];
  const warnings = [...ctx.warnings].sort(byLine);
  const unparsed = [...ctx.unparsed].sort((a, b) => a.line - b.line);
  if (errors.length > 0) return { ok: false, errors: errors.sort(byLine), warnings, unparsed, layout, partial: value };
  return { ok: true, value, warnings, unparsed, layout };
}
