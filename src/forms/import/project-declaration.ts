import type { Indicator } from '../../model/indicator';
import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit } from '../../model/common';
import type { ProjectDeclaration } from '../../model/project-declaration';
import type { TableCell, TableRow } from '../text/split-table';
import { codePoints, filledCells, isBlankRow } from '../text/split-table';
import { unitInLabel } from '../text/label';
import type { ParseFormOptions } from '../types';
import { type ImportContext, origin, pointer, report, use } from '../read/context';
import { readAmount } from '../read/cells';
import { COMMON_FIELDS, type FieldHit, fieldText, fieldsInRow, firstHits, isInlineField, reportUnreadCells } from '../read/fields';
import { fundingSourceOf } from '../read/budget-block';
import { type IndicatorTable, readIndicatorTable } from '../read/indicator-table';
import type { IndicatorHeader } from '../read/indicator-header';
import { goalHeader, isGoalLabel } from '../read/goal-block';
import { isSectionHeading, reportMissing, resolveAmountUnit, titleRow, unitStatement } from '../read/common-rows';

const FIELDS = [COMMON_FIELDS.projectName, COMMON_FIELDS.supervisingDepartment, COMMON_FIELDS.implementingUnit, COMMON_FIELDS.contact];
type Key = (typeof FIELDS)[number]['key'];

const FUND_LABEL = /资金总额|财政拨款|财政资金|结转|其他资金|财政专户|单位资金|自有资金|自筹资金/u;
const HEADINGS = /^(年度)?绩效指标$|^资金情况(\((万元|元)\))?$|^项目资金(\((万元|元)\))?$/u;

/** A fund label cell and the amount cell after it. */
interface FundPair {
  readonly index: number;
  readonly label: TableCell;
  readonly amount: TableCell;
}

function isFundLabel(c: TableCell): boolean {
  // `项目名称：某某自筹资金补助` is a header field, not a fund line.
  return c.text !== '' && c.text.length <= 30 && FUND_LABEL.test(c.key) && !c.key.includes('方式') && !isInlineField(c, FIELDS);
}

/**
 * The fund label / amount pairs of a row, or null when it is no fund row. The first label is in the first or
 * second cell (`资金情况(万元) | 年度资金总额 | 10`); the central form puts the mid-term and the annual funds side
 * by side (`项目资金 | 中期资金总额 | 1500 | 年度资金总额 | 500`), so later pairs are read too.
 */
function fundPairs(row: TableRow): FundPair[] | null {
  const pairs: FundPair[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (!isFundLabel(c)) continue;
    if (pairs.length === 0 && i > 1) return null;
    const amount = row.cells[i + 1] ?? { raw: '', text: '', column: c.column + codePoints(c.raw) + 1, key: '' };
    pairs.push({ index: i, label: c, amount });
    i++;
  }
  return pairs.length > 0 ? pairs : null;
}

/** Imports a project declaration (layout B): header fields, funds, goals (annual and mid-term), indicators. */
export function importProjectDeclaration(ctx: ImportContext, options: ParseFormOptions): ProjectDeclaration {
  const rows = ctx.rows;
  let fiscalYear: number | null = null;
  const hits: FieldHit<Key>[] = [];
  const funds: { row: TableRow; label: TableCell; amount: TableCell; midTerm: boolean }[] = [];
  // Where the central form's mid-term and annual fund columns are (label column indices), once seen.
  let fundCols: { annual: number; midTerm: number } | null = null;
  let stated: AmountUnit | null = null;
  let statedRow: TableRow | undefined;
  let goalCols: { midTerm?: number; annual?: number } | null = null;
  const annual: string[] = [];
  const midTerm: string[] = [];
  let table: IndicatorTable<Indicator> | null = null;

  for (let i = 0; i < rows.length; ) {
    const row = rows[i] as TableRow;
    if (isBlankRow(row)) {
      use(ctx, i++);
      continue;
    }
    const indicatorHeader: IndicatorHeader | null = table === null ? (ctx.headers[i] ?? null) : null;
    if (indicatorHeader !== null) {
      table = readIndicatorTable(ctx, i, indicatorHeader, { evaluated: false });
      i = table.end;
      continue;
    }
    const title = titleRow(row);
    if (title) {
      fiscalYear ??= title.year;
      use(ctx, i++);
      continue;
    }
    for (const c of row.cells) {
      const u = c.text.length <= 30 ? unitInLabel(c.text) : null;
      if (u !== null && stated === null && /资金|金额|预算/u.test(c.text)) [stated, statedRow] = [u, row];
    }
    // `单位：万元` on a row of its own above the tables.
    const unitRow = unitStatement(row);
    if (unitRow) {
      if (stated === null) [stated, statedRow] = [unitRow.unit, row];
      if (unitRow.only) {
        use(ctx, i++);
        continue;
      }
    }
    if (isSectionHeading(row, HEADINGS)) {
      use(ctx, i++);
      continue;
    }
    const pairs = table !== null ? null : fundPairs(row);
    if (pairs) {
      // Side by side: the column whose label says 中期 is the mid-term one; the other is the year's.
      const mid = pairs.find((p) => p.label.key.includes('中期'));
      const other = pairs.find((p) => !p.label.key.includes('中期'));
      if (mid && other) fundCols = { annual: other.index, midTerm: mid.index };
      for (const p of pairs) {
        const midTerm = fundCols !== null ? p.index === fundCols.midTerm : p.label.key.includes('中期');
        funds.push({ row, label: p.label, amount: p.amount, midTerm });
      }
      use(ctx, i++);
      continue;
    }
    const first = filledCells(row)[0] as TableCell;
    const header = goalHeader(row);
    if (header && (isGoalLabel(first.text) || row.cells[0]?.text === '')) {
      goalCols = header;
      use(ctx, i++);
      continue;
    }
    // A row continuing the goal block: first cell merged, nothing beyond the goal columns.
    const lastGoalCol = goalCols === null ? -1 : Math.max(goalCols.annual ?? -1, goalCols.midTerm ?? -1);
    const continues = goalCols !== null && (row.cells[0]?.text ?? '') === '' && row.cells.every((c, k) => k <= lastGoalCol || c.text === '');
    const goalRow = isGoalLabel(first.text) || continues;
    if (goalRow && table === null) {
      if (goalCols) {
        const a = goalCols.annual !== undefined ? row.cells[goalCols.annual] : undefined;
        const m = goalCols.midTerm !== undefined ? row.cells[goalCols.midTerm] : undefined;
        if (a && a.text !== '') {
          if (annual.length === 0) origin(ctx, '/goal/annual', row, a);
          annual.push(a.text);
        }
        if (m && m.text !== '') {
          if (midTerm.length === 0) origin(ctx, '/goal/midTerm', row, m);
          midTerm.push(m.text);
        }
      } else {
        const value = row.cells.slice(row.cells.indexOf(first) + 1).find((c) => c.text !== '');
        if (value) {
          if (annual.length === 0) origin(ctx, '/goal/annual', row, value);
          annual.push(value.text);
        }
      }
      use(ctx, i++);
      continue;
    }
    goalCols = null;
    const found = fieldsInRow(row, i, FIELDS);
    if (found.length > 0) {
      hits.push(...found);
      reportUnreadCells(ctx, row, found);
      use(ctx, i);
    }
    i++;
  }

  if (table === null) report(ctx, M.finding('forms/indicator-table-missing', 'warning', {}, { field: 'indicators' }));
  const f = firstHits(ctx, hits, FIELDS);
  const text = (k: Key): string | null => fieldText(ctx, f.get(k), `/${k}`);
  const projectName = text('projectName') ?? '';
  if (projectName === '') reportMissing(ctx, COMMON_FIELDS.projectName, 'projectName');
  const amountUnit = resolveAmountUnit(ctx, stated, statedRow ?? funds[0]?.row, options.amountUnit, 'wan-yuan');

  const out: ProjectDeclaration['funds'] = { total: null, fiscal: null, carryOver: null, other: null, extra: [] };
  for (const fund of funds) {
    const written = fund.label.text.replace(/[:：]+$/u, '').trim();
    // Mid-term funds (central form) have no field of their own: they go to `extra`, their label saying 中期.
    const label = fund.midTerm && !written.includes('中期') ? `${written}（中期）` : written;
    const source = fundingSourceOf(label);
    const key = fund.midTerm ? null : source === 'total' ? 'total' : source === 'fiscal' ? 'fiscal' : source === 'carry-over' ? 'carryOver' : source === 'other' ? 'other' : null;
    if (key !== null && out[key] === null) {
      out[key] = readAmount(ctx, fund.row, fund.amount, ['funds', key], amountUnit);
    } else {
      const at = out.extra.length;
      out.extra.push({ label, amount: readAmount(ctx, fund.row, fund.amount, ['funds', 'extra', at, 'amount'], amountUnit) });
      origin(ctx, pointer(['funds', 'extra', at, 'label']), fund.row, fund.label);
    }
  }
  const contact = f.get('contact');

  return {
    kind: 'project-declaration',
    fiscalYear,
    projectName,
    supervisingDepartment: text('supervisingDepartment'),
    implementingUnit: text('implementingUnit'),
    ...(contact && { contact: (origin(ctx, '/contact', contact.row, contact.value), contact.value.text) }),
    amountUnit,
    funds: out,
    goal: { annual: annual.join('\n'), midTerm: midTerm.length > 0 ? midTerm.join('\n') : null },
    indicators: table?.indicators ?? [],
    ...(table !== null && table.tierWeights.length > 0 && { tierWeights: table.tierWeights }),
  };
}
