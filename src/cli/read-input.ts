import { FORM_LAYOUTS, parseForm, REVIEW_LABELS, validateDocument } from '../index';
import type { AmountUnit, Finding, FormLayout, PerformanceDocument, UnparsedRow } from '../index';
import { EXIT, type Io } from './io';

/** One finding as two or three lines: place, code, message in zh and en. */
export function formatFinding(file: string, f: Finding): string {
  const at = f.line !== undefined ? `${file}:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : `${file}${f.field ? ` ${f.field}` : ''}`;
  const lines = [`${at}: ${REVIEW_LABELS.severity[f.severity].zh} ${f.severity} ${f.code}`, `  ${f.message.zh}`, `  ${f.message.en}`];
  if (f.suggestion) lines.push(`  → ${f.suggestion.zh} / ${f.suggestion.en}`);
  return lines.join('\n');
}

/** What reading a file gave: the document with its warnings, unparsed rows and layout (null for JSON). */
export interface ReadInput {
  readonly doc: PerformanceDocument;
  readonly warnings: readonly Finding[];
  readonly unparsed: readonly UnparsedRow[];
  readonly layout: FormLayout | null;
}

const LAYOUT_IDS = FORM_LAYOUTS.map((l) => l.id) as readonly string[];

/** Checks the --layout and --amount-unit options; returns an error line or null. */
export function checkOptions(values: { layout?: string | undefined; 'amount-unit'?: string | undefined }): string | null {
  if (values.layout !== undefined && !LAYOUT_IDS.includes(values.layout)) return `--layout: ${LAYOUT_IDS.join(' | ')}`;
  if (values['amount-unit'] !== undefined && !['yuan', 'wan-yuan'].includes(values['amount-unit'])) return '--amount-unit: yuan | wan-yuan';
  return null;
}

/**
 * Reads a table text or a JSON document. Prints errors (with line numbers) itself and returns the exit code
 * when the input cannot be used.
 */
export function readInput(file: string, io: Io, options: { layout?: string | undefined; amountUnit?: string | undefined } = {}): ReadInput | { code: number } {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    io.err(`无法读取文件 / cannot read file: ${file} (${e instanceof Error ? e.message : String(e)})`);
    return { code: EXIT.usage };
  }
  if (file.toLowerCase().endsWith('.json') || text.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      io.err(`JSON 格式错误 / invalid JSON: ${file} (${e instanceof Error ? e.message : String(e)})`);
      return { code: EXIT.inputErrors };
    }
    const r = validateDocument(json);
    if (!r.ok) {
      io.err(r.errors.map((f) => formatFinding(file, f)).join('\n'));
      return { code: EXIT.inputErrors };
    }
    return { doc: r.value, warnings: r.warnings, unparsed: [], layout: null };
  }
  const r = parseForm(text, {
    ...(options.layout !== undefined && { layout: options.layout as FormLayout }),
    ...(options.amountUnit !== undefined && { amountUnit: options.amountUnit as AmountUnit }),
  });
  if (!r.ok) {
    io.err([...r.errors.map((f) => formatFinding(file, f)), `✗ ${r.errors.length} 个错误 / error(s)`].join('\n'));
    return { code: EXIT.inputErrors };
  }
  return { doc: r.value, warnings: r.warnings, unparsed: r.unparsed, layout: r.layout };
}

/** The document as JSON, without the origins (the positions stay with the table text). */
export function documentJson(doc: PerformanceDocument): string {
  const { origins: _origins, ...rest } = doc;
  return JSON.stringify(rest, null, 2);
}
