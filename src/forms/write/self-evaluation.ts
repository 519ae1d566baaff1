import type { EvaluatedIndicator } from '../../model/indicator';
import type { KeyTask } from '../../model/unit-declaration';
import type { SelfEvaluation } from '../../model/self-evaluation';
import type { Target } from '../../model/target';
import { actualText, amountCell, extraFieldRows, MERGED_ABOVE, numberCell, optionalCells, optionalColumns, optionalHeader, partActual, partRows, percentCell, targetText, tierCells, unitSuffix, type FormCell } from './table';

type Style = 'project-self-evaluation' | 'separate-column-self-evaluation' | 'unit-self-evaluation';

const SYMBOL = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' } as const;

/** A target over the three cells 指标性质 / 指标值 / 度量单位 (the cells it was read from, when it was). */
function targetColumns(t: Target | undefined): [string, string, string] {
  if (!t) return ['', '', ''];
  const parts = t.raw.split('\t');
  if (parts.length === 3) return parts as [string, string, string];
  switch (t.kind) {
    case 'quantitative':
      return [t.op === null ? '' : SYMBOL[t.op], t.value, t.unit ?? ''];
    case 'qualitative':
      return ['定性', t.text, ''];
    case 'notApplicable':
      return ['不适用', '', ''];
    case 'missing':
      return ['', '', ''];
    default:
      return ['', targetText(t), ''];
  }
}

function coreText(v: boolean | null | undefined): string {
  return v === true ? '是' : v === false ? '否' : '';
}

/**
 * The 年度主要任务 block: the label beside its header (任务名称 / 主要内容, and 完成情况 / 预算数 / 执行数 where
 * some task has them), then one task a row with the first column merged.
 */
function keyTaskRows(tasks: readonly KeyTask[]): FormCell[][] {
  const withResult = tasks.some((t) => t.result !== undefined);
  const withBudget = tasks.some((t) => t.budget !== undefined);
  const withExecuted = tasks.some((t) => t.executed !== undefined);
  const header = ['年度主要任务', '任务名称', '主要内容', ...(withResult ? ['完成情况'] : []), ...(withBudget ? ['预算数'] : []), ...(withExecuted ? ['执行数'] : [])];
  return [
    header,
    ...tasks.map((t) => [
      MERGED_ABOVE,
      t.name,
      t.content,
      ...(withResult ? [t.result ?? ''] : []),
      ...(withBudget ? [amountCell(t.budget)] : []),
      ...(withExecuted ? [amountCell(t.executed)] : []),
    ]),
  ];
}

/**
 * Writes a self-evaluation: the national project template (C), the separate-column form (D) or the
 * whole-unit form with coefficients (E).
 */
export function writeSelfEvaluation(doc: SelfEvaluation, style: Style): FormCell[][] {
  const unitScope = doc.scope === 'unit';
  const title = style === 'unit-self-evaluation' ? '部门整体支出绩效自评表' : unitScope ? '单位整体支出绩效自评表' : '项目支出绩效自评表';
  const rows: FormCell[][] = [[title]];
  if (doc.fiscalYear !== null) rows.push([`(${doc.fiscalYear}年度)`]);
  rows.push([unitScope ? '单位名称' : '项目名称', doc.name]);
  if (style !== 'unit-self-evaluation' || doc.supervisingDepartment !== null || doc.implementingUnit !== null) {
    rows.push(['主管部门', doc.supervisingDepartment ?? '', '实施单位', doc.implementingUnit ?? '']);
  }
  if (style === 'unit-self-evaluation') rows.push(['自评总分', numberCell(doc.publishedTotal)]);
  rows.push(...extraFieldRows(doc.extraFields));

  // Budget block: the total line (or the first line) carries the published weight, rate and score.
  const b = doc.budget;
  const claimAt = Math.max(0, b.lines.findIndex((l) => l.source === 'total'));
  const u = unitSuffix(doc.amountUnit);
  const lead: FormCell[] = style === 'separate-column-self-evaluation' ? [MERGED_ABOVE] : [];
  if (style === 'separate-column-self-evaluation') {
    rows.push([`预算执行情况${u}${b.weight === null ? '' : `(${b.weight}分)`}`, '资金来源', '年初预算', '调整后预算数', '预算执行数', '预算执行率', '权重', '得分']);
  } else if (style === 'unit-self-evaluation') {
    rows.push([`项目${u}`, '年初预算数', '全年预算数', '全年执行数', '执行率', '执行率权重', '执行率得分']);
  } else {
    rows.push([`项目资金${u}`, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  }
  b.lines.forEach((l, i) => {
    const amounts = [amountCell(l.initial), amountCell(l.adjusted), amountCell(l.executed)];
    const claims = i === claimAt;
    const weight = claims ? numberCell(b.weight) : '';
    const rateCell = percentCell(claims ? b.publishedRate : l.publishedRate);
    const score = claims ? numberCell(b.publishedScore) : '';
    const tail = style === 'project-self-evaluation' ? [weight, rateCell, score] : [rateCell, weight, score];
    rows.push([...lead, l.label, ...amounts, ...tail]);
  });
  if (doc.keyTasks && doc.keyTasks.length > 0) rows.push(...keyTaskRows(doc.keyTasks));
  rows.push(['年度总体目标', '预期目标', doc.goal.planned, '实际完成情况', doc.goal.actual]);

  const tiers = tierCells(doc.indicators, doc.tierWeights);
  const tier = (i: number) => tiers[i] as { tier1: FormCell; tier2: FormCell };
  const extra = optionalColumns(doc.indicators);
  const blank = optionalHeader(extra).map(() => '');
  if (style === 'separate-column-self-evaluation') {
    rows.push(['绩效指标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '完成值', '权重', '得分', '未完成原因分析', ...optionalHeader(extra)]);
    doc.indicators.forEach((ind, i) => {
      rows.push([MERGED_ABOVE, tier(i).tier1, tier(i).tier2, ind.name, ...targetColumns(ind.target), actualText(ind.actual), numberCell(ind.weight), numberCell(ind.publishedScore), ind.deviationNote ?? '', ...optionalCells(ind, extra)]);
      rows.push(...partRows(ind, (p) => [MERGED_ABOVE, MERGED_ABOVE, MERGED_ABOVE, p.name, ...targetColumns(p.target), partActual(p), '', '', '', ...blank]));
    });
    rows.push(['总分', '', '', '', '', '', '', '', numberCell(doc.publishedWeightTotal), numberCell(doc.publishedTotal), doc.publishedGrade ?? '']);
  } else if (style === 'unit-self-evaluation') {
    rows.push(['一级指标', '二级指标', '指标名称', '指标性质', '年初指标值', '计量单位', '调整指标值', '全年完成值', '得分系数(%)', '指标权重(分)', '指标得分(分)', '是否核心指标', '偏差原因分析', ...optionalHeader(extra)]);
    doc.indicators.forEach((ind: EvaluatedIndicator, i) => {
      const [op, value, unit] = targetColumns(ind.target);
      const adjusted = ind.adjustedTarget ? targetColumns(ind.adjustedTarget)[1] : '';
      rows.push([tier(i).tier1, tier(i).tier2, ind.name, op, value, unit, adjusted, actualText(ind.actual), numberCell(ind.coefficient), numberCell(ind.weight), numberCell(ind.publishedScore), coreText(ind.isCore), ind.deviationNote ?? '', ...optionalCells(ind, extra)]);
      rows.push(...partRows(ind, (p) => { const [op, value, unit] = targetColumns(p.target); return [MERGED_ABOVE, MERGED_ABOVE, p.name, op, value, unit, '', partActual(p), '', '', '', '', '', ...blank]; }));
    });
  } else {
    rows.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施', ...optionalHeader(extra)]);
    doc.indicators.forEach((ind, i) => {
      rows.push([tier(i).tier1, tier(i).tier2, ind.name, targetText(ind.target), actualText(ind.actual), numberCell(ind.weight), numberCell(ind.publishedScore), ind.deviationNote ?? '', ...optionalCells(ind, extra)]);
      rows.push(...partRows(ind, (p) => [MERGED_ABOVE, MERGED_ABOVE, p.name, targetText(p.target), partActual(p), '', '', '', ...blank]));
    });
    rows.push(['总分', '', '', '', '', numberCell(doc.publishedWeightTotal), numberCell(doc.publishedTotal), doc.publishedGrade ?? '']);
  }
  return rows;
}
