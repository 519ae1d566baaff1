import type { FormLayout } from './layout';
import type { TableRow } from './text/split-table';
import { splitTable } from './text/split-table';
import type { IndicatorHeader } from './read/indicator-header';
import { indicatorHeaders } from './read/context';
import { readBudgetHeader } from './read/budget-block';
import { COMMON_FIELDS } from './read/fields';

const FIELD_LABELS = Object.values(COMMON_FIELDS).map((f) => f.match);
const COLON = /[:：]/;

/**
 * The header-field label a `label：value` cell opens with (`项目名称：社区助餐点运营补贴` → 项目名称), by its key
 * (`项目名称:社区助餐点运营补贴`): the text before the first colon; undefined when that is no field label.
 */
function inlineLabel(key: string): string | undefined {
  const label = key.slice(0, key.indexOf(':'));
  return label !== '' && FIELD_LABELS.some((m) => m.test(label)) ? label : undefined;
}

/**
 * Tells which layout a table text is in, from the labels it uses: 得分系数 / 是否核心指标 / 自评总分 → E;
 * an indicator header with 指标性质 or 计算符号 and 度量单位 plus actuals → D; actuals or a 年初预算数 / 执行数
 * block → C; 年度预算安排 or 部门职能 → the Fujian unit form; 单位职责 / 部门整体预算总额 / 单位名称 → A; 项目名称 with
 * an indicator header → B. Linear in the text.
 *
 * @param text - the table text (rows on lines, cells separated by tabs)
 * @returns the layout, or null when the text looks like none of them
 * @example
 * detectLayout('项目名称\t助餐\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分') //=> 'project-self-evaluation'
 * detectLayout('hello') //=> null
 * @category Forms
 */
export function detectLayout(text: string): FormLayout | null {
  return detectLayoutOfRows(splitTable(text));
}

/** {@link detectLayout} over rows already split (and their indicator headers, when already read). */
export function detectLayoutOfRows(rows: readonly TableRow[], headers: readonly (IndicatorHeader | null)[] = indicatorHeaders(rows)): FormLayout | null {
  const labels: string[] = [];
  let evaluatedHeader = false;
  let separateHeader = false;
  let coefficientHeader = false;
  let indicatorHeader = false;
  let budgetHeader = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as TableRow;
    // A key has a colon when its cell has one (`:` or `：`): most rows have none, and their cells need no look.
    const colon = COLON.test(row.text);
    for (const c of row.cells) {
      if (c.text === '') continue;
      if (c.text.length <= 40) labels.push(c.key);
      // A field label written with its value in one cell counts as the label.
      const inline = colon && c.text.length <= 120 && c.key.includes(':') ? inlineLabel(c.key) : undefined;
      if (inline !== undefined) labels.push(inline);
    }
    const h = headers[i];
    if (h) {
      indicatorHeader = true;
      const c = h.columns;
      if (c.actual !== undefined || c.score !== undefined) evaluatedHeader = true;
      if (c.operator !== undefined && c.unit !== undefined) separateHeader = true;
      if (c.coefficient !== undefined || c.isCore !== undefined || c.adjustedTarget !== undefined) coefficientHeader = true;
    }
    if (readBudgetHeader(row)) budgetHeader = true;
  }
  const is = (...words: string[]): boolean => words.some((w) => labels.includes(w));
  const contains = (...words: string[]): boolean => labels.some((l) => words.some((w) => l.includes(w)));
  if (coefficientHeader || is('自评总分')) return 'unit-self-evaluation';
  if (evaluatedHeader && separateHeader) return 'separate-column-self-evaluation';
  if (evaluatedHeader || budgetHeader) return 'project-self-evaluation';
  if (labels.some((l) => l.startsWith('年度预算安排')) || is('部门职能')) return 'unit-declaration-fujian';
  if (is('单位职责', '部门职责', '年度履职目标', '年末在职人数') || contains('预算总额')) return 'unit-declaration';
  if (is('项目名称') && (indicatorHeader || contains('资金总额', '总体目标'))) return 'project-declaration';
  if (is('单位名称', '部门名称', '部门(单位)名称') && indicatorHeader) return 'unit-declaration';
  return null;
}
