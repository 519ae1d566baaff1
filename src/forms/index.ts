export { detectLayout } from './detect-layout';
export { formatForm, type FormatFormOptions } from './format-form';
export { FORM_LAYOUTS, type FormLayout } from './layout';
export { parseForm } from './parse-form';
export { parseForms } from './parse-forms';
export { toMarkdown } from './to-markdown';
export type { FormResult, ParseFormOptions, UnparsedRow } from './types';
export { decodeTable, TABLE_ENCODINGS, type DecodeTableOptions, type DecodedTable, type TableEncoding } from './decode-table';
export { cellAddress, type GridSource, type TableGrid } from './grid';
