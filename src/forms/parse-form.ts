import { isGrid, readInput } from './read-text';
import type { TableGrid } from './grid';
import type { FormResult, ParseFormOptions } from './types';

/**
 * Reads one performance table copied as text (rows on lines, cells separated by tabs, merged cells as empty
 * cells, or as the label repeated on every row) into the typed model: a unit declaration, a project declaration
 * or a self-evaluation. The table is read by its sections — header fields, the budget block, goals, duties, key
 * tasks, the indicator table, the total, notes and sign-off — each recognised by its own words wherever it
 * stands; the document's kind follows from what they hold (or from `options.layout`). Every target's and
 * actual's original text is kept, published rates, scores and totals are kept as claims, template noise is
 * reported, and the rows it did not understand are returned in `unparsed` with their line numbers. A cell that
 * cannot be read is an error at that cell; the rest is read, and `partial` holds it. A text that holds several
 * documents gives the first (read them all with {@link parseForms}). Never throws on any text; linear in its length.
 *
 * @param input - the table text, or the rows of cells of a workbook sheet or a document table ({@link TableGrid})
 * @param options - see {@link ParseFormOptions}
 * @returns the document with warnings and unparsed rows, or every error (with what could be read in `partial`)
 * @example
 * const r = parseForm(fs.readFileSync('declaration.txt', 'utf8'));
 * if (r.ok && r.value.kind === 'unit-declaration') r.value.budget.total //=> '28963548.68'
 * r.ok && r.value.origins?.['/budget/total'] //=> { line: 18, column: 13 }
 * @category Forms
 */
export function parseForm(input: string | TableGrid, options: ParseFormOptions = {}): FormResult {
  if (typeof input !== 'string' && !isGrid(input)) throw new TypeError('parseForm: input must be table text (a string) or a TableGrid');
  return readInput(input, options, 1)[0] as FormResult;
}
