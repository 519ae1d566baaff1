import { isGrid, readInput } from './read-text';
import type { TableGrid } from './grid';
import type { FormResult, ParseFormOptions } from './types';

/**
 * Reads every document of a table text: a page that publishes all of a department's project tables, or a table
 * whose 项目名称 column starts a new project part-way down. A new document starts where a new title or 项目名称
 * starts after the one before has content (its titles and unit statements just above belong to it), or where
 * the indicator table's 项目名称 column takes a new value; a year or money unit stated once above the first
 * document holds for those that state none. Each document is read as {@link parseForm} reads one.
 *
 * @param input - the table text, or the rows of cells of a workbook sheet or a document table ({@link TableGrid})
 * @param options - see {@link ParseFormOptions}
 * @returns one result per document, in order (one failed result when the text holds none)
 * @example
 * const results = parseForms(fs.readFileSync('all-projects.txt', 'utf8'));
 * results.map((r) => (r.ok ? r.value.kind : r.errors[0]?.code)) //=> ['project-declaration', 'project-declaration']
 * @category Forms
 */
export function parseForms(input: string | TableGrid, options: ParseFormOptions = {}): FormResult[] {
  if (typeof input !== 'string' && !isGrid(input)) throw new TypeError('parseForms: input must be table text (a string) or a TableGrid');
  return readInput(input, options, Number.POSITIVE_INFINITY);
}
