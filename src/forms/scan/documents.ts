import type { AmountUnit } from '../../model/common';
import type { TableRow } from '../text/split-table';
import { CONTENT, type Section } from './sections';

/** A fact a page states once, above its first document, for every document on it: a title (its year), a money unit. */
export type SharedFact = { readonly kind: 'title'; readonly year: number | null; readonly text: string } | { readonly kind: 'unit'; readonly unit: AmountUnit; readonly row: TableRow };

/**
 * The sections of one document, and the facts it shares with the text it stands in (a page that publishes all
 * of a department's project tables states the year and the money unit once, above the first).
 */
export interface DocumentSections {
  readonly sections: readonly Section[];
  /** The titles and unit statements above the first document's content: every document of the text may use them. */
  readonly shared: readonly SharedFact[];
}

/** True when a section names a new document: a document title, or a header field naming the project or the unit. */
function names(s: Section): boolean {
  if (s.kind === 'title') return s.title.document;
  if (s.kind === 'fields') return s.fields.hits.some((h) => h.key === 'projectName' || h.key === 'unitName');
  return false;
}

/** Sections that may stand above a document's header and belong to it: titles, unit statements, unknown lines. */
function preamble(s: Section): boolean {
  return s.kind === 'title' || s.kind === 'unit' || s.kind === 'unknown' || s.kind === 'heading';
}

/**
 * Splits a text's sections into documents: a new document starts where a section names one (a document title,
 * 项目名称, 单位名称) after the current document has content, or where an indicator table's document column
 * (项目名称) takes a new value. The titles, unit statements and unknown lines right before the new document's
 * first section are its own. A text with no content is one document.
 */
export function splitDocuments(sections: readonly Section[], rows: readonly TableRow[]): DocumentSections[] {
  const docs: Section[][] = [];
  let current: Section[] = [];
  let content = false;
  for (const s of sections) {
    const newPart = s.kind === 'indicators' && s.part > 0;
    if ((newPart || names(s)) && content) {
      // The preamble after the last content section opens the new document.
      let cut = current.length;
      while (cut > 0 && preamble(current[cut - 1] as Section)) cut--;
      docs.push(current.slice(0, cut));
      current = current.slice(cut);
      content = false;
    }
    current.push(s);
    if (CONTENT.has(s.kind)) content = true;
  }
  if (current.length > 0 || docs.length === 0) docs.push(current);
  const first = docs[0] as Section[];
  const firstContent = first.findIndex((s) => CONTENT.has(s.kind));
  const shared: SharedFact[] = [];
  for (const s of firstContent < 0 ? first : first.slice(0, firstContent)) {
    if (s.kind === 'title') shared.push({ kind: 'title', year: s.title.year, text: s.title.text });
    else if (s.kind === 'unit') shared.push({ kind: 'unit', unit: s.unit, row: rows[s.start] as TableRow });
  }
  return docs.map((sections) => ({ sections, shared }));
}
