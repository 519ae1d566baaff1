import { MODEL_LABELS } from '../i18n/labels/model';
import type { PerformanceDocument } from '../model/document';
import type { EvaluatedIndicator, Indicator } from '../model/indicator';
import type { SelfEvaluation } from '../model/self-evaluation';
import type { KeyTask } from '../model/unit-declaration';
import { formatTierLabel } from './read/tier-label';
import { actualText, amountText, targetText } from './write/table';

/** Escapes a text for a markdown table cell. */
function md(s: string | null | undefined): string {
  return (s ?? '').replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/[\r\n]+/gu, '<br>');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`)];
}

function money(a: string | null, unit: 'yuan' | 'wan-yuan'): string {
  return a === null ? '—' : `${amountText(a, true)} ${MODEL_LABELS.amountUnit[unit].zh}`;
}

function evaluated(i: Indicator | EvaluatedIndicator): i is EvaluatedIndicator {
  return 'actual' in i;
}

function indicatorTable(indicators: readonly (Indicator | EvaluatedIndicator)[], tierWeights: PerformanceDocument['tierWeights']): string[] {
  if (indicators.length === 0) return ['（无绩效指标）'];
  const isEval = indicators.some(evaluated);
  const withWeight = indicators.some((i) => i.weight !== undefined && i.weight !== null);
  const withMid = indicators.some((i) => i.midTermTarget !== undefined);
  const header = ['一级指标', '二级指标', '三级指标', ...(withMid ? ['中期指标值'] : []), '指标值', ...(isEval ? ['完成值'] : []), ...(withWeight ? ['分值'] : []), ...(isEval ? ['得分'] : [])];
  const rows = indicators.map((i) => {
    const w = tierWeights?.find((x) => x.tier1 === i.tier1);
    const target = i.target.kind === 'reference' && i.target.raw.trim() === '' ? i.target.text : targetText(i.target);
    return [
      formatTierLabel(i.tier1, w),
      i.tier2,
      i.name,
      ...(withMid ? [targetText(i.midTermTarget)] : []),
      target,
      ...(isEval ? [evaluated(i) ? actualText(i.actual) : ''] : []),
      ...(withWeight ? [i.weight ?? ''] : []),
      ...(isEval ? [evaluated(i) ? (i.publishedScore ?? '') : ''] : []),
    ];
  });
  return table(header, rows);
}

/** The key tasks as a table: 任务名称 / 主要内容, and 完成情况 / 预算数 / 执行数 where some task has them. */
function keyTaskTable(tasks: readonly KeyTask[], unit: 'yuan' | 'wan-yuan'): string[] {
  const withResult = tasks.some((t) => t.result !== undefined);
  const withBudget = tasks.some((t) => t.budget !== undefined);
  const withExecuted = tasks.some((t) => t.executed !== undefined);
  const header = ['任务名称', '主要内容', ...(withResult ? ['完成情况'] : []), ...(withBudget ? ['预算数'] : []), ...(withExecuted ? ['执行数'] : [])];
  const rows = tasks.map((t) => [
    t.name,
    t.content,
    ...(withResult ? [t.result ?? ''] : []),
    ...(withBudget ? [money(t.budget ?? null, unit)] : []),
    ...(withExecuted ? [money(t.executed ?? null, unit)] : []),
  ]);
  return table(header, rows);
}

function budgetLines(doc: SelfEvaluation): string[] {
  const b = doc.budget;
  const rows = b.lines.map((l) => [l.label, money(l.initial, doc.amountUnit), money(l.adjusted, doc.amountUnit), money(l.executed, doc.amountUnit)]);
  const out = table(['资金', '年初预算数', '全年预算数', '全年执行数'], rows);
  const claims = [
    b.weight === null ? null : `分值 ${b.weight}`,
    b.publishedRate === null ? null : `执行率（表中所填）${b.publishedRate}%`,
    b.publishedScore === null ? null : `得分（表中所填）${b.publishedScore}`,
  ].filter((x): x is string => x !== null);
  return claims.length > 0 ? [...out, '', claims.join('；')] : out;
}

/**
 * Renders a document as readable Markdown: a heading, the header facts, the budget as a table, the key tasks
 * (where the document has them), the goals and the indicators as a table (with actuals, weights and published scores for self-evaluations).
 *
 * @param doc - the document
 * @returns Markdown text
 * @example
 * toMarkdown(declaration).split('\n')[0] //=> '# 单位整体支出绩效目标申报表：上海市闵行区老龄事业发展中心（2024年度）'
 * @category Forms
 */
export function toMarkdown(doc: PerformanceDocument): string {
  const year = doc.fiscalYear === null ? '' : `（${doc.fiscalYear}年度）`;
  const lines: string[] = [];
  if (doc.kind === 'unit-declaration') {
    lines.push(`# ${MODEL_LABELS.documentKind[doc.kind].zh}：${doc.unitName}${year}`, '');
    if (doc.appropriationMode !== null) lines.push(`- 财政资金拨款方式：${MODEL_LABELS.appropriationMode[doc.appropriationMode].zh}`);
    lines.push(`- 年末在职人数：${doc.headcount ?? '—'}`, `- 内设机构数：${doc.internalDepartments ?? '—'}`, '');
    if (doc.duties.length > 0) {
      lines.push('## 单位职责', '');
      if (doc.dutiesIntro !== undefined) lines.push(doc.dutiesIntro, '');
      lines.push(...doc.duties.map((d) => `- ${d}`), '');
    }
    if (doc.annualGoals.length > 0) lines.push('## 年度履职目标', '', ...doc.annualGoals.map((g) => `- ${g}`), '');
    if (doc.keyTasks.length > 0) lines.push('## 年度重点任务', '', ...keyTaskTable(doc.keyTasks, doc.amountUnit), '');
    const b = doc.budget;
    lines.push('## 预算情况', '', ...table(['项目', '金额'], [
      ['部门整体预算总额', money(b.total, doc.amountUnit)],
      ['资金来源：财政拨款', money(b.sources.fiscal, doc.amountUnit)],
      ['资金来源：其他资金', money(b.sources.other, doc.amountUnit)],
      ['资金结构：基本支出', money(b.structure.basic, doc.amountUnit)],
      ['资金结构：项目支出', money(b.structure.project, doc.amountUnit)],
    ]), '');
    if (doc.dutyGoals && doc.dutyGoals.length > 0) {
      lines.push('## 年度履职目标（职能 / 任务 / 项目）', '', ...table(['部门职能', '年度目标任务', '支出项目名称', '预算金额'], doc.dutyGoals.map((g) => [g.duty, g.task, g.project, money(g.amount, doc.amountUnit)])), '');
    }
  } else if (doc.kind === 'project-declaration') {
    lines.push(`# ${MODEL_LABELS.documentKind[doc.kind].zh}：${doc.projectName}${year}`, '');
    lines.push(`- 主管部门：${doc.supervisingDepartment ?? '—'}`, `- 实施单位：${doc.implementingUnit ?? '—'}`);
    if (doc.contact !== undefined) lines.push(`- 项目负责人及电话：${doc.contact || '—'}`);
    lines.push('');
    const f = doc.funds;
    lines.push('## 资金情况', '', ...table(['资金', '金额'], [
      ['年度资金总额', money(f.total, doc.amountUnit)],
      ['财政拨款', money(f.fiscal, doc.amountUnit)],
      ['上年结转', money(f.carryOver, doc.amountUnit)],
      ['其他资金', money(f.other, doc.amountUnit)],
      ...f.extra.map((e) => [e.label, money(e.amount, doc.amountUnit)]),
    ]), '');
    lines.push('## 总体目标', '');
    if (doc.goal.midTerm !== null) lines.push(`**中期目标**：${doc.goal.midTerm.replace(/\n/gu, '；')}`, '');
    lines.push(`**年度目标**：${doc.goal.annual.replace(/\n/gu, '；') || '—'}`, '');
  } else {
    const scope = doc.scope === 'unit' ? '（单位整体）' : '（项目）';
    lines.push(`# ${MODEL_LABELS.documentKind[doc.kind].zh}${scope}：${doc.name}${year}`, '');
    lines.push(`- 主管部门：${doc.supervisingDepartment ?? '—'}`, `- 实施单位：${doc.implementingUnit ?? '—'}`);
    if (doc.publishedTotal !== null) lines.push(`- 总分（表中所填）：${doc.publishedTotal}`);
    lines.push('', '## 预算执行', '', ...budgetLines(doc), '');
    if (doc.keyTasks && doc.keyTasks.length > 0) lines.push('## 年度主要任务', '', ...keyTaskTable(doc.keyTasks, doc.amountUnit), '');
    lines.push('## 年度总体目标', '', `**预期目标**：${doc.goal.planned || '—'}`, '', `**实际完成情况**：${doc.goal.actual || '—'}`, '');
  }
  lines.push('## 绩效指标', '', ...indicatorTable(doc.indicators, doc.tierWeights), '');
  return lines.join('\n');
}
