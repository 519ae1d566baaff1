import type { PerformanceDocument } from '../model/document';
import type { FormLayout } from './layout';
import { writeProjectDeclaration } from './write/project-declaration';
import { writeSelfEvaluation } from './write/self-evaluation';
import { writeUnitDeclaration } from './write/unit-declaration';
import { writeUnitDeclarationFujian } from './write/unit-declaration-fujian';
import { type FormCell, rowsToText } from './write/table';

/**
 * Options of {@link formatForm}.
 *
 * @example
 * const o: FormatFormOptions = { layout: 'separate-column-self-evaluation' };
 * @category Forms
 */
export interface FormatFormOptions {
  /**
   * The layout to write. Default: the seed's layout for unit declarations, the national template for project
   * declarations and project self-evaluations (the separate-column form D when the targets were read from
   * one), the whole-unit form (E) for unit self-evaluations.
   */
  readonly layout?: FormLayout;
}

/** The layout a document is written in when none is asked for. */
export function defaultLayout(doc: PerformanceDocument): FormLayout {
  if (doc.kind === 'unit-declaration') return doc.dutyGoals !== undefined && doc.duties.length === 0 ? 'unit-declaration-fujian' : 'unit-declaration';
  if (doc.kind === 'project-declaration') return 'project-declaration';
  if (doc.scope === 'unit') return 'unit-self-evaluation';
  // Targets read from separate columns keep the three cells in `raw`: write them back the same way.
  return doc.indicators.some((i) => i.target.raw.split('\t').length === 3) ? 'separate-column-self-evaluation' : 'project-self-evaluation';
}

/**
 * Writes a document as rows of cells in one of the layouts {@link parseForm} reads: the cells
 * {@link formatForm} joins into table text, for writing the table into another container (a workbook, a web
 * page). A merged cell is written in its first cell, the cells it covers blank; an amount, a weight, a score or
 * a rate is a {@link NumberCell}, with the text the table shows and the decimal behind it. Throws a TypeError
 * when the layout cannot hold the document's kind (a programmer error).
 *
 * @param doc - the document
 * @param options - see {@link FormatFormOptions}
 * @returns the rows of cells
 * @example
 * const rows = formCells(declaration);
 * rows[5] //=> ['单位名称', '上海市闵行区老龄事业发展中心', '']
 * rows[17]?.[1] //=> { text: '28,963,548.68', value: '28963548.68', kind: 'amount' }
 * @category Forms
 */
export function formCells(doc: PerformanceDocument, options: FormatFormOptions = {}): FormCell[][] {
  const layout = options.layout ?? defaultLayout(doc);
  const wrong = (): never => {
    throw new TypeError(`formatForm: layout ${layout} cannot hold a ${doc.kind}`);
  };
  switch (layout) {
    case 'unit-declaration':
      return doc.kind === 'unit-declaration' ? writeUnitDeclaration(doc) : wrong();
    case 'unit-declaration-fujian':
      return doc.kind === 'unit-declaration' ? writeUnitDeclarationFujian(doc) : wrong();
    case 'project-declaration':
      return doc.kind === 'project-declaration' ? writeProjectDeclaration(doc) : wrong();
    case 'project-self-evaluation':
    case 'separate-column-self-evaluation':
    case 'unit-self-evaluation':
      return doc.kind === 'self-evaluation' ? writeSelfEvaluation(doc, layout) : wrong();
    default:
      return wrong();
  }
}

/**
 * Writes a document back as table text (rows on lines, cells separated by tabs, merged cells as empty cells)
 * in one of the layouts {@link parseForm} reads: `parseForm(formatForm(doc))` gives `doc` back (without its
 * `origins`), and the seed read then written gives the seed's cells. Targets and actuals are written as their
 * original text. A cell whose text holds a line break or a tab, or starts with `"`, is written in Excel's quoted
 * form (`"第一行⏎第二行"`, `"` inside doubled), so texts with line breaks read back unchanged. Throws a
 * TypeError when the layout cannot hold the document's kind (a programmer error).
 *
 * @param doc - the document
 * @param options - see {@link FormatFormOptions}
 * @returns the table text
 * @example
 * const text = formatForm(declaration);
 * text.split('\n')[5] //=> '单位名称\t上海市闵行区老龄事业发展中心\t'
 * formatForm(selfEvaluation, { layout: 'separate-column-self-evaluation' });
 * @category Forms
 */
export function formatForm(doc: PerformanceDocument, options: FormatFormOptions = {}): string {
  return rowsToText(formCells(doc, options));
}
