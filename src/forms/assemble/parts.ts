import type { AmountUnit } from '../../model/common';
import type { TableCell, TableRow } from '../text/split-table';
import { type ImportContext, keepAside, use } from '../read/context';
import { type FieldHit, type ExtraHit, fieldRow } from '../read/fields';
import { type FundsPart, readFunds } from '../read/funds-lines';
import { type GoalPart, readGoal } from '../read/goal';
import { readDuties } from '../read/duties';
import { dutiesRow } from '../read/duties';
import type { HeadcountCells } from '../read/headcount';
import type { DutyGoalColumns } from '../read/duty-goals';
import { type KeyTaskRow, readKeyTaskHeader } from '../read/key-tasks';
import type { IndicatorSpan } from '../read/indicator-span';
import type { DocumentSections } from '../scan/documents';
import type { Section } from '../scan/sections';
import { unitInLabel } from '../text/label';
import { unitStatement } from '../read/common-rows';

/** An indicator table section of the document, read once the document's kind is known. */
export interface TablePart {
  readonly span: IndicatorSpan;
  readonly start: number;
  readonly end: number;
  readonly part: number;
}

/** Everything a document's sections gave, before it is assembled into one kind of document. */
export interface Parts {
  year: number | null;
  readonly titles: string[];
  /** The money unit the document states, and where: a unit statement, or a label (`项目资金(万元)`). */
  unit: { readonly unit: AmountUnit; readonly row: TableRow } | null;
  readonly hits: FieldHit[];
  readonly extras: ExtraHit[];
  readonly funds: FundsPart[];
  readonly goals: GoalPart;
  duties: { readonly intro: string | null; readonly duties: string[]; readonly row: TableRow; readonly cell: TableCell } | null;
  readonly keyTasks: KeyTaskRow[];
  readonly dutyGoals: { readonly row: TableRow; readonly columns: DutyGoalColumns }[];
  /** True when the document has a duty-goals block (the older Fujian form), even an empty one. */
  dutyGoalsBlock: boolean;
  headcount: HeadcountCells;
  readonly tables: TablePart[];
  /** Total rows: inside a table (with its weight and score columns) or on their own. */
  readonly totals: { readonly row: TableRow; readonly columns: { readonly weight?: number | undefined; readonly score?: number | undefined } }[];
}

const TASK_ROW = {
  zh: '年度重点任务 / 年度主要任务中的这一行读不出任务：没有“任务名称”表头，或这一行的任务名称为空',
  en: 'a 年度重点任务 / 年度主要任务 row that gives no task: the block has no 任务名称 header, or the row leaves the task name blank',
};

/** A unit a field or extra cell states in its label (`项目资金(万元)` beside its figure). */
function stateUnit(parts: Parts, row: TableRow, text: string): void {
  const u = text.length <= 30 && text.includes('元') ? unitInLabel(text) : null;
  if (u !== null && parts.unit === null) parts.unit = { unit: u, row };
}

/** Reads a key-task block's rows: a row with a task name is a task; any other row is kept aside. */
function readTaskRows(ctx: ImportContext, rows: readonly TableRow[], s: Extract<Section, { kind: 'key-tasks' }>, into: KeyTaskRow[]): void {
  use(ctx, s.start);
  let columns = s.columns;
  for (let i = s.start + 1; i < s.end; i++) {
    const row = rows[i] as TableRow;
    const header = readKeyTaskHeader(row);
    if (header !== null && (columns === null || row.cells[header.name]?.key.startsWith('任务名称'))) {
      columns = header;
      use(ctx, i);
      continue;
    }
    if (columns !== null && (row.cells[columns.name]?.text ?? '') !== '') {
      into.push({ row, cols: columns });
      use(ctx, i);
    } else keepAside(ctx, i, TASK_ROW);
  }
}

/**
 * Reads the sections of one document, except its indicator tables (they are read once the document's kind is
 * known): titles, unit statements, header fields, budget blocks, goals, duties, key tasks, duty goals, headcount,
 * totals. Footnotes, sign-off lines and unknown rows are left for the caller to keep aside.
 */
export function readParts(ctx: ImportContext, rows: readonly TableRow[], doc: DocumentSections): Parts {
  const parts: Parts = {
    year: null,
    titles: [],
    unit: null,
    hits: [],
    extras: [],
    funds: [],
    goals: { planned: [], actual: [], midTerm: [] },
    duties: null,
    keyTasks: [],
    dutyGoals: [],
    dutyGoalsBlock: false,
    headcount: {},
    tables: [],
    totals: [],
  };
  for (const s of doc.sections) {
    const row = rows[s.start] as TableRow;
    switch (s.kind) {
      case 'title': {
        parts.year ??= s.title.year;
        // `…申报表        单位：万元`: the unit stated beside the title.
        const u = unitStatement(row);
        if (u !== null) parts.unit ??= { unit: u.unit, row };
        parts.titles.push(s.title.text);
        use(ctx, s.start);
        if (s.title.others.length > 0) {
          const f = fieldRow({ ...row, cells: s.title.others, first: 0 });
          if (f) parts.hits.push(...f.hits), parts.extras.push(...f.extras);
        }
        break;
      }
      case 'unit':
        parts.unit ??= { unit: s.unit, row };
        // Text beside the statement (`207101某法院 | 单位：万元`) names no field: the row is kept aside with it.
        if (s.others.length === 0) use(ctx, s.start);
        break;
      case 'fields': {
        use(ctx, s.start);
        // `项目名称 | 某项目 | 单位：万元`: the unit stated in a cell of the field row.
        const u = unitStatement(row);
        if (u !== null) parts.unit ??= { unit: u.unit, row };
        parts.hits.push(...s.fields.hits);
        parts.extras.push(...s.fields.extras);
        for (const h of s.fields.hits) stateUnit(parts, row, h.label.text);
        break;
      }
      case 'funds': {
        const f = readFunds(ctx, rows, s.start, s.end, s.plan);
        if (f.plan.unit !== null) parts.unit ??= f.plan.unit;
        parts.funds.push(f);
        break;
      }
      case 'goal':
        readGoal(ctx, rows, s.start, s.end, parts.goals);
        break;
      case 'duties': {
        const d = dutiesRow(row);
        if (d) parts.duties ??= { ...readDuties(d.text), row, cell: d.text };
        use(ctx, s.start);
        break;
      }
      case 'key-tasks':
        readTaskRows(ctx, rows, s, parts.keyTasks);
        break;
      case 'duty-goals':
        parts.dutyGoalsBlock = true;
        use(ctx, s.start);
        for (let i = s.start + 1; i < s.end; i++) {
          parts.dutyGoals.push({ row: rows[i] as TableRow, columns: s.columns });
          use(ctx, i);
        }
        break;
      case 'headcount':
        for (let i = s.start; i < s.end; i++) use(ctx, i);
        parts.headcount = s.cells;
        break;
      case 'indicators':
        parts.tables.push({ span: s.span, start: s.start, end: s.end, part: s.part });
        if (s.span.totalAt !== null && s.span.totalAt >= s.start && s.span.totalAt < s.end) {
          parts.totals.push({ row: rows[s.span.totalAt] as TableRow, columns: { weight: s.span.header.columns.weight, score: s.span.header.columns.score } });
          use(ctx, s.span.totalAt);
        }
        break;
      case 'total':
        parts.totals.push({ row, columns: {} });
        use(ctx, s.start);
        break;
      case 'heading':
        use(ctx, s.start);
        break;
      case 'trailer': {
        // `填报单位（盖章）：某局        单位：万元`: a sign-off line that states the unit.
        const u = unitStatement(row);
        if (u !== null) parts.unit ??= { unit: u.unit, row };
        break;
      }
      case 'unknown':
        break;
    }
  }
  // What the page states above its first document holds for every document that does not state its own.
  for (const f of doc.shared) {
    if (f.kind === 'title') {
      parts.year ??= f.year;
      if (!parts.titles.includes(f.text)) parts.titles.push(f.text);
    } else parts.unit ??= { unit: f.unit, row: f.row };
  }
  return parts;
}
