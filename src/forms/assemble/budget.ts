import { formsMessages as M } from '../../i18n/messages/forms';
import type { AmountUnit, ExtraField } from '../../model/common';
import type { ProjectFunds } from '../../model/project-declaration';
import type { BudgetLine, FundingSource, SelfEvaluationBudget } from '../../model/self-evaluation';
import type { UnitBudget } from '../../model/unit-declaration';
import { type ImportContext, origin, pointer, report } from '../read/context';
import { readAmount, readNumber } from '../read/cells';
import type { FundsLine, FundsPart } from '../read/funds-lines';
import type { TableCell } from '../text/split-table';
import { cellLine } from '../text/split-table';
import type { FundsLineRole } from '../vocabulary/funds';

const SOURCE: Record<FundsLineRole, FundingSource> = {
  total: 'total',
  fiscal: 'fiscal',
  'special-account': 'special-account',
  'carry-over': 'carry-over',
  'unit-funds': 'unit-funds',
  other: 'other',
  basic: 'unspecified',
  project: 'unspecified',
  unspecified: 'unspecified',
};

const NAMES = {
  weight: { zh: '预算执行分值', en: 'budget weight' },
  rate: { zh: '执行率', en: 'execution rate' },
  score: { zh: '预算执行得分', en: 'budget score' },
} as const;

/** The one amount of a line: a pairs line's cell, or a row-oriented line's budget (全年 / 调整后, else 年初, else 执行). */
function amountCell(l: FundsLine): TableCell | undefined {
  return l.amount ?? l.cells.adjusted ?? l.cells.initial ?? l.cells.executed;
}

/**
 * A self-evaluation's budget from its budget block: one line per source with 年初 / 全年 / 执行 amounts in the
 * document's unit (blank is null, never 0), the claims (分值 / 执行率 / 得分) taken from the total line (or the
 * first line, when no line is the total); a rate published on another line is kept on it; a line repeating the
 * total's weight and score is reported once, not counted again.
 */
export function selfEvaluationBudget(ctx: ImportContext, funds: FundsPart | undefined, unit: AmountUnit): SelfEvaluationBudget {
  if (funds === undefined) return { lines: [], weight: null, publishedRate: null, publishedScore: null };
  const claimAt = Math.max(0, funds.lines.findIndex((l) => l.role === 'total'));
  let weight: string | null = null;
  let rate: string | null = null;
  let score: string | null = null;
  const lines: BudgetLine[] = funds.lines.map((l, at) => {
    const path = ['budget', 'lines', at] as const;
    origin(ctx, pointer(path), l.row, l.labelCell);
    const amount = (role: 'initial' | 'adjusted' | 'executed'): string | null => {
      const c = role === 'adjusted' && l.amount !== undefined ? l.amount : l.cells[role];
      return c === undefined ? null : readAmount(ctx, l.row, c, [...path, role], unit);
    };
    const line: BudgetLine = { source: SOURCE[l.role], label: l.label, initial: amount('initial'), adjusted: amount('adjusted'), executed: amount('executed') };
    if (at === claimAt) {
      if (l.cells.weight) weight = readNumber(ctx, l.row, l.cells.weight, ['budget', 'weight'], NAMES.weight);
      if (l.cells.rate) rate = readNumber(ctx, l.row, l.cells.rate, ['budget', 'publishedRate'], NAMES.rate);
      if (l.cells.score) score = readNumber(ctx, l.row, l.cells.score, ['budget', 'publishedScore'], NAMES.score);
      return line;
    }
    const w = l.cells.weight?.text ?? '';
    const s = l.cells.score?.text ?? '';
    if (w !== '' && s !== '' && w === (funds.lines[claimAt]?.cells.weight?.text ?? '') && s === (funds.lines[claimAt]?.cells.score?.text ?? '')) {
      const c = l.cells.weight as TableCell;
      report(ctx, M.finding('forms/claims-repeated', 'info', { label: l.label }, { line: cellLine(l.row, c), column: c.column, field: 'budget' }));
    }
    const r = l.cells.rate ? readNumber(ctx, l.row, l.cells.rate, [...path, 'publishedRate'], NAMES.rate) : null;
    return r === null ? line : Object.assign(line, { publishedRate: r });
  });
  return { lines, weight: weight ?? funds.plan.weight?.weight ?? null, publishedRate: rate, publishedScore: score };
}

/** The column of the mid-term pairs of a block (`中期资金总额 | 1500 | 年度资金总额 | 500`), or -1. */
function midTermColumn(funds: FundsPart): number {
  const mid = funds.lines.find((l) => l.label.includes('中期'));
  return mid === undefined ? -1 : mid.row.cells.indexOf(mid.labelCell);
}

/**
 * A project declaration's funds: the total, fiscal, carry-over and other lines by their labels, the others
 * (财政专户管理资金, 单位资金 …, and the mid-term column of the central form, labelled 中期) in `extra`.
 */
export function projectFunds(ctx: ImportContext, blocks: readonly FundsPart[], unit: AmountUnit): ProjectFunds {
  const out: ProjectFunds = { total: null, fiscal: null, carryOver: null, other: null, extra: [] };
  const taken = new Set<string>();
  for (const funds of blocks) {
    const midAt = midTermColumn(funds);
    for (const l of funds.lines) {
      const mid = midAt >= 0 && l.row.cells.indexOf(l.labelCell) === midAt;
      const label = mid && !l.label.includes('中期') ? `${l.label}（中期）` : l.label;
      const key = mid ? null : l.role === 'total' ? 'total' : l.role === 'fiscal' ? 'fiscal' : l.role === 'carry-over' ? 'carryOver' : l.role === 'other' ? 'other' : null;
      const cell = amountCell(l);
      if (key !== null && !taken.has(key)) {
        taken.add(key);
        out[key] = cell === undefined ? null : readAmount(ctx, l.row, cell, ['funds', key], unit);
        continue;
      }
      const at = out.extra.length;
      out.extra.push({ label, amount: cell === undefined ? null : readAmount(ctx, l.row, cell, ['funds', 'extra', at, 'amount'], unit) });
      origin(ctx, pointer(['funds', 'extra', at, 'label']), l.row, l.labelCell);
    }
  }
  return out;
}

/**
 * A unit's budget: total, sources (fiscal, other) and structure (basic, project) by their labels; any other
 * line (上年结转, 单位资金 …) goes to `extra`, as written, so nothing is dropped.
 */
export function unitBudget(ctx: ImportContext, blocks: readonly FundsPart[], unit: AmountUnit, extra: ExtraField[]): UnitBudget {
  const figures: Partial<Record<'total' | 'fiscal' | 'other' | 'basic' | 'project', string | null>> = {};
  const POINTER = { total: '/budget/total', fiscal: '/budget/sources/fiscal', other: '/budget/sources/other', basic: '/budget/structure/basic', project: '/budget/structure/project' } as const;
  const PATH = { total: ['budget', 'total'], fiscal: ['budget', 'sources', 'fiscal'], other: ['budget', 'sources', 'other'], basic: ['budget', 'structure', 'basic'], project: ['budget', 'structure', 'project'] } as const;
  for (const funds of blocks) {
    for (const l of funds.lines) {
      const key = l.role === 'total' || l.role === 'fiscal' || l.role === 'other' || l.role === 'basic' || l.role === 'project' ? l.role : null;
      const cell = amountCell(l);
      if (key !== null && !(key in figures)) {
        figures[key] = cell === undefined ? null : readAmount(ctx, l.row, cell, PATH[key], unit, POINTER[key]);
        continue;
      }
      extra.push({ label: l.label, value: cell?.text ?? '' });
    }
  }
  return {
    total: figures.total ?? null,
    sources: { fiscal: figures.fiscal ?? null, other: figures.other ?? null },
    structure: { basic: figures.basic ?? null, project: figures.project ?? null },
  };
}
