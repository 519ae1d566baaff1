/**
 * jixiao/files: the files users hold — Excel workbooks (.xlsx), web pages (.html) and Word documents (.docx) —
 * read into rows of cells for `parseForm` / `parseForms`, and documents and scorecards written back as
 * workbooks. Its libraries (exceljs, parse5, jszip, saxes) are loaded only by this entry point: an app that
 * imports `jixiao` alone does not load them.
 *
 * @packageDocumentation
 * @module jixiao/files
 */
export { readTable, type ReadTableOptions } from './read-table';
export { toXlsx, type ToXlsxOptions } from './xlsx/write-xlsx';
export { scorecardToXlsx, type ScorecardToXlsxOptions } from './xlsx/scorecard-xlsx';
export { readForms, type ReadFormsOptions } from './read-forms';
export { containerOf } from './container';
