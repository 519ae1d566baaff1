import { formsMessages as M } from '../../i18n/messages/forms';
import { type TableCell, type TableRow, cellLine, codePoints } from '../text/split-table';
import { type ImportContext, report } from './context';

/** A header field of a form (单位名称, 项目名称, 主管部门, …) and the label patterns that name it. */
export interface FieldSpec<K extends string> {
  readonly key: K;
  readonly zh: string;
  readonly en: string;
  readonly match: RegExp;
}

/** A field value found in a row: the label cell and the value cell after it. */
export interface FieldHit<K extends string> {
  readonly key: K;
  readonly row: TableRow;
  readonly index: number;
  readonly label: TableCell;
  readonly value: TableCell;
}

/**
 * Finds the header fields in a row: every cell whose label matches a spec, with the cell after it as the
 * value (`项目名称 | X | 项目负责人及电话 | Y` gives two fields).
 */
export function fieldsInRow<K extends string>(row: TableRow, index: number, specs: readonly FieldSpec<K>[]): FieldHit<K>[] {
  const hits: FieldHit<K>[] = [];
  for (let i = 0; i < row.cells.length; i++) {
    const label = row.cells[i] as TableCell;
    if (label.text === '' || label.text.length > 40) continue;
    const spec = specs.find((s) => s.match.test(label.key));
    if (!spec) continue;
    const value = row.cells[i + 1] ?? { raw: '', text: '', column: label.column + codePoints(label.raw) + 1, key: '' };
    hits.push({ key: spec.key, row, index, label, value });
    i++;
  }
  return hits;
}

/**
 * Reports, with the info finding `forms/field-unread`, the label / value pairs of a header row that no field
 * took (`项目属性 | 延续`, `项目期 | 3年` beside 项目名称 / 主管部门): the row is read, and these cells would otherwise
 * vanish without a word.
 */
export function reportUnreadCells<K extends string>(ctx: ImportContext, row: TableRow, hits: readonly FieldHit<K>[]): void {
  const taken = new Set<number>();
  for (const h of hits) {
    const i = row.cells.indexOf(h.label);
    taken.add(i);
    taken.add(i + 1);
  }
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i] as TableCell;
    if (taken.has(i) || c.text === '') continue;
    const value = row.cells[i + 1];
    const pair = value !== undefined && !taken.has(i + 1) && value.text !== '';
    report(
      ctx,
      M.finding(
        'forms/field-unread',
        'info',
        { label: c.text.slice(0, 40), value: pair ? value.text.slice(0, 80) : '' },
        { line: cellLine(row, c), column: c.column, field: c.text.slice(0, 40) },
      ),
    );
    if (pair) i++;
  }
}

/** Keeps the first hit of each field and reports the repeats. */
export function firstHits<K extends string>(ctx: ImportContext, hits: readonly FieldHit<K>[], specs: readonly FieldSpec<K>[]): Map<K, FieldHit<K>> {
  const out = new Map<K, FieldHit<K>>();
  for (const h of hits) {
    if (!out.has(h.key)) out.set(h.key, h);
    else {
      const spec = specs.find((s) => s.key === h.key) as FieldSpec<K>;
      report(ctx, M.finding('forms/field-duplicate', 'warning', { field: spec.zh, fieldEn: spec.en }, { line: h.row.line, column: h.label.column, field: h.key }));
    }
  }
  return out;
}

/** The header fields shared by the forms. */
export const COMMON_FIELDS = {
  unitName: { key: 'unitName', zh: '单位名称', en: 'unit name', match: /^(单位名称|部门名称|部门\(单位\)名称|单位\(部门\)名称|预算单位|单位)$/u },
  projectName: { key: 'projectName', zh: '项目名称', en: 'project name', match: /^项目名称$/u },
  supervisingDepartment: { key: 'supervisingDepartment', zh: '主管部门', en: 'supervising department', match: /^主管部门(及代码)?$/u },
  implementingUnit: { key: 'implementingUnit', zh: '实施单位', en: 'implementing unit', match: /^实施单位$/u },
  contact: { key: 'contact', zh: '项目负责人及电话', en: 'project contact', match: /^(项目负责人及电话|项目负责人及联系电话|项目负责人|联系人及电话)$/u },
  appropriationMode: { key: 'appropriationMode', zh: '财政资金拨款方式', en: 'appropriation mode', match: /^(财政资金拨款方式|拨款方式|经费形式)$/u },
  publishedTotal: { key: 'publishedTotal', zh: '自评总分', en: 'total score', match: /^(自评总分|自评得分)$/u },
} as const;
