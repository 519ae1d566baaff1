import { REVIEW_LABELS } from '../index';
import type { Finding, PerformanceDocument } from '../index';

/** One finding as two or three lines: place, code, message in zh and en. */
export function formatFinding(file: string, f: Finding): string {
  // A cell of a workbook or a document table is named by its address (`申报表.xlsx Sheet1!C12`).
  const at =
    f.cell !== undefined
      ? `${file} ${f.cell}`
      : f.line !== undefined
        ? `${file}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}`
        : `${file}${f.field ? ` ${f.field}` : ''}`;
  const lines = [`${at}: ${REVIEW_LABELS.severity[f.severity].zh} ${f.severity} ${f.code}`, `  ${f.message.zh}`, `  ${f.message.en}`];
  if (f.suggestion) lines.push(`  → ${f.suggestion.zh} / ${f.suggestion.en}`);
  return lines.join('\n');
}

/** Every error of a file, and their count. */
export function formatErrors(file: string, errors: readonly Finding[]): string {
  return [...errors.map((f) => formatFinding(file, f)), `✗ ${errors.length} 个错误 / error(s)`].join('\n');
}

/** The document for JSON output, without the origins (the positions stay with the table text). */
export function documentJson(doc: PerformanceDocument): Omit<PerformanceDocument, 'origins'> {
  const { origins: _origins, ...rest } = doc;
  return rest;
}
