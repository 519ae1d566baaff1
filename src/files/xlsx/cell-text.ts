import type { CellValue } from 'exceljs';
import { formatDate, instantToDate, plainDate } from './date-format';
import { readFormatCode } from './format-code';
import { formatNumber, formatText, generalText } from './number-format';

/** What a cell shows, and what the reader should say about it. */
export interface CellReading {
  readonly text: string;
  readonly problem?:
    | { readonly code: 'files/format-unsupported'; readonly params: { readonly format: string; readonly value: string } }
    | { readonly code: 'files/formula-without-value'; readonly params: { readonly formula: string } }
    | { readonly code: 'files/cell-error'; readonly params: { readonly value: string } };
}

/** A date cell (exceljs gives a Date, UTC, for cells whose format shows a date) as its format shows it. */
function dateText(value: Date, format: string): CellReading {
  const date = instantToDate(value.getTime());
  const section = readFormatCode(format)[0];
  if (section?.isDate === true && section.supported) return { text: formatDate(date, section) };
  const text = plainDate(date);
  return { text, problem: { code: 'files/format-unsupported', params: { format, value: text } } };
}

/** A number as its format shows it, or as Excel's General with a warning when the format is not read. */
function numberText(value: number, format: string, date1904: boolean): CellReading {
  const shown = formatNumber(value, format, date1904);
  if (shown !== null) return { text: shown };
  const text = generalText(value);
  return { text, problem: { code: 'files/format-unsupported', params: { format, value: text } } };
}

/** A value that is not a formula. */
type PlainValue = Exclude<CellValue, { formula: string } | { sharedFormula: string }>;

/** A plain value (what a cell or a formula's cached result holds) as shown. */
function valueText(value: PlainValue, format: string, date1904: boolean): CellReading {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'number') return numberText(value, format, date1904);
  if (typeof value === 'string') return { text: formatText(value.replace(/\r\n?/gu, '\n'), format) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return dateText(value, format);
  if ('error' in value) return { text: value.error, problem: { code: 'files/cell-error', params: { value: value.error } } };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('').replace(/\r\n?/gu, '\n') };
  // A hyperlink shows its text (itself sometimes rich text).
  const t = value.text as unknown;
  if (typeof t === 'string') return { text: t };
  if (typeof t === 'object' && t !== null && 'richText' in t) return { text: (t as { richText: { text: string }[] }).richText.map((r) => r.text).join('') };
  return { text: '' };
}

/**
 * The text a workbook cell shows: a number through its number format (exactly, see `formatNumber`), a date
 * through its date format, a formula by its cached result (blank, with a warning, when the workbook saved
 * none), rich text as its plain text, an error value as Excel shows it (`#DIV/0!`, with a warning).
 */
export function cellReading(value: CellValue, numFmt: string | undefined, date1904: boolean): CellReading {
  const format = numFmt ?? 'General';
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = value.result;
    if (result === undefined) {
      const formula = 'formula' in value && value.formula !== undefined ? value.formula : ((value as { sharedFormula?: string }).sharedFormula ?? '');
      return { text: '', problem: { code: 'files/formula-without-value', params: { formula } } };
    }
    return valueText(result, format, date1904);
  }
  return valueText(value as PlainValue, format, date1904);
}
