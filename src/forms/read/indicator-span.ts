import { classifyTier1, classifyTier2 } from '../../model/tiers';
import type { TableCell, TableRow } from '../text/split-table';
import { isBlankRow } from '../text/split-table';
import { labelText } from '../text/label';
import type { IndicatorColumn } from '../vocabulary/indicator-columns';
import { type RoleChange, correctRoles } from './column-content';
import { type IndicatorHeader, headerOf, sameColumns, withSiteColumns, withSubHeader } from './indicator-header';
import { isTotalRow } from './total';
import { trailerKind } from './trailer';

/** An indicator table, as recognised: its header (refined), where its rows are, and where documents change inside it. */
export interface IndicatorSpan {
  /** The header row, or -1 for a table without one (columns inferred from the tier words). */
  readonly headerAt: number;
  readonly header: IndicatorHeader;
  readonly dataStart: number;
  /** Index of the first row after the table (after its total row, when it has one). */
  readonly end: number;
  /** The total row, when the table ends with one. */
  readonly totalAt: number | null;
  /** Roles the columns' content decided (reported by the reader). */
  readonly changes: readonly RoleChange[];
  /** Rows where a document column (项目名称) takes a new value: a new document starts there. */
  readonly splits: readonly number[];
}

/** A tier-1 or tier-2 category word written as a label (`产出指标`, `数量指标`), short. */
function tierWord(c: TableCell | undefined, classify: (s: string) => unknown): boolean {
  if (!c || c.text === '' || c.text.length > 20) return false;
  const t = labelText(c.text).replace(/[(（][^()（）]*[)）]分?$/u, '');
  return /指标$/u.test(t) && classify(t) !== null;
}

/**
 * The header of a table that has none: a row whose cells are a tier-1 label, a tier-2 label and more
 * (`产出指标 | 数量指标 | 入户指导 | ≥30户`) is read as tier 1 / tier 2 / name / target, in that order.
 */
function headerless(row: TableRow): IndicatorHeader | null {
  const at = row.first;
  if (at < 0 || !tierWord(row.cells[at], classifyTier1) || !tierWord(row.cells[at + 1], classifyTier2)) return null;
  if ((row.cells[at + 2]?.text ?? '') === '') return null;
  const roles: (IndicatorColumn | null)[] = row.cells.map(() => null);
  const names: IndicatorColumn[] = ['tier1', 'tier2', 'name', 'target'];
  names.forEach((r, k) => {
    if (at + k < roles.length) roles[at + k] = r;
  });
  return headerOf(roles, roles.map(() => ''), 1);
}

/** True when a row ends a table though no section opens there: one long text where the tier labels stand. */
function foreign(row: TableRow, header: IndicatorHeader): boolean {
  const at = row.first;
  const c = row.cells[at] as TableCell;
  if (c.text.length <= 24 || at > (header.columns.tier1 ?? header.columns.tier2 ?? 0)) return false;
  for (let k = at + 1; k < row.cells.length; k++) if ((row.cells[k] as TableCell).text !== '') return false;
  return true;
}

/**
 * Recognises an indicator table at row `i` — a header row (`headers[i]`), or tier rows without one — and finds its
 * rows: a second header row, the data rows, a header repeated at a page break (same columns), and the end: a
 * total row (taken), a footnote or sign-off row, a row that opens another section (`stops`), a different
 * header. Returns null when no table starts at `i`.
 */
export function indicatorSpan(rows: readonly TableRow[], i: number, headers: readonly (IndicatorHeader | null)[], stops: (j: number) => boolean): IndicatorSpan | null {
  let header = headers[i] ?? null;
  let headerAt = i;
  let dataStart: number;
  if (header !== null) {
    header = withSiteColumns(withSubHeader(header, rows[i + 1]));
    dataStart = i + header.height;
  } else {
    header = headerless(rows[i] as TableRow);
    if (header === null) return null;
    headerAt = -1;
    dataStart = i;
  }
  const project = header.columns.projectName;
  let current: string | null = null;
  const splits: number[] = [];
  // The rows the columns' content is read from, when a column's role depends on it (see correctRoles).
  const content = header.columns.operator !== undefined || header.columns.direction !== undefined || (header.columns.tier2 === undefined && header.columns.name !== undefined);
  const data: TableRow[] = [];
  let totalAt: number | null = null;
  let j = dataStart;
  for (; j < rows.length; j++) {
    const row = rows[j] as TableRow;
    if (isBlankRow(row)) continue;
    const again = headers[j];
    if (again) {
      if (sameColumns(again, header)) continue;
      break;
    }
    if (isTotalRow(row)) {
      totalAt = j;
      j++;
      break;
    }
    // A row whose first cell is blank continues the table (a merged cell): no section opens there.
    if (trailerKind(row) !== null || ((row.cells[0]?.text ?? '') !== '' && stops(j)) || foreign(row, header)) break;
    if (project !== undefined) {
      const p = row.cells[project]?.text ?? '';
      if (p !== '') {
        if (current !== null && p !== current) splits.push(j);
        current = p;
      }
    }
    if (content) data.push(row);
  }
  const corrected = content ? correctRoles(header, data) : { header, changes: [] };
  return { headerAt, header: corrected.header, dataStart, end: j, totalAt, changes: corrected.changes, splits };
}
