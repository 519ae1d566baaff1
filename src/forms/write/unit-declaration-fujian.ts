import type { UnitDeclaration } from '../../model/unit-declaration';
import { APPROPRIATION_WORD } from '../read/appropriation';
import { amountCell, extraFieldRows, MERGED_ABOVE, optionalCells, optionalColumns, optionalHeader, partRows, targetText, tierCells, unitSuffix, type FormCell } from './table';

/** Writes a unit declaration in the older Fujian layout: blocks labelled in the first column. */
export function writeUnitDeclarationFujian(doc: UnitDeclaration): FormCell[][] {
  const u = unitSuffix(doc.amountUnit);
  const rows: FormCell[][] = [['部门整体支出绩效目标申报表']];
  if (doc.fiscalYear !== null) rows.push([`(${doc.fiscalYear}年度)`]);
  rows.push(['部门(单位)名称', doc.unitName]);
  if (doc.appropriationMode !== null) rows.push(['财政资金拨款方式', APPROPRIATION_WORD[doc.appropriationMode]]);
  rows.push(...extraFieldRows(doc.extraFields));
  rows.push(['年度主要任务', '任务名称', '主要内容']);
  for (const t of doc.keyTasks) rows.push([MERGED_ABOVE, t.name, t.content]);
  rows.push([`年度预算安排${u}`, '资金总额', '项目支出', '基本支出']);
  rows.push([MERGED_ABOVE, amountCell(doc.budget.total), amountCell(doc.budget.structure.project), amountCell(doc.budget.structure.basic)]);
  doc.annualGoals.forEach((g, i) => rows.push([i === 0 ? '年度总体目标' : MERGED_ABOVE, `目标${i + 1}：${g}`]));
  if (doc.annualGoals.length === 0) rows.push(['年度总体目标', '']);
  rows.push(['年度履职目标', '部门职能', '年度目标任务', '支出项目名称', `预算金额${u}`]);
  (doc.dutyGoals ?? []).forEach((g, i, all) => {
    const same = i > 0 && (all[i - 1] as typeof g).duty === g.duty;
    rows.push([MERGED_ABOVE, same ? MERGED_ABOVE : g.duty, g.task, g.project, amountCell(g.amount)]);
  });
  const extra = optionalColumns(doc.indicators);
  const blank = optionalHeader(extra).map(() => '');
  rows.push(['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', ...optionalHeader(extra)]);
  const tiers = tierCells(doc.indicators, doc.tierWeights);
  doc.indicators.forEach((ind, i) => {
    const { tier1, tier2 } = tiers[i] as { tier1: FormCell; tier2: FormCell };
    rows.push([MERGED_ABOVE, tier1, tier2, ind.name, targetText(ind.target), ...optionalCells(ind, extra)]);
    rows.push(...partRows(ind, (p) => [MERGED_ABOVE, MERGED_ABOVE, MERGED_ABOVE, p.name, targetText(p.target), ...blank]));
  });
  return rows;
}
