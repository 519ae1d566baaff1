import type { UnitDeclaration } from '../../model/unit-declaration';
import { writeHtmlCell } from '../text/html-cell';
import { APPROPRIATION_WORD } from '../read/appropriation';
import { amountCell, extraFieldRows, MERGED_ABOVE, numberCell, optionalCells, optionalColumns, optionalHeader, partRows, targetText, tierCells, unitSuffix, type FormCell } from './table';

/**
 * Writes a unit declaration in the seed's layout (A): the same rows, labels and trailing empty cells, so that
 * the seed read and written gives the seed back. The 投入管理 block's reference targets are written as the
 * seed writes them: the reference once, in the merged name/target cell of the block's first row.
 */
export function writeUnitDeclaration(doc: UnitDeclaration): FormCell[][] {
  const b = doc.budget;
  const rows: FormCell[][] = [[''], [''], ['单位整体支出绩效目标申报表']];
  if (doc.fiscalYear !== null) rows.push([`(${doc.fiscalYear}年度)`]);
  rows.push(['']);
  rows.push(['单位名称', doc.unitName, '']);
  rows.push(['财政资金拨款方式', doc.appropriationMode === null ? '' : APPROPRIATION_WORD[doc.appropriationMode], '']);
  rows.push(...extraFieldRows(doc.extraFields));
  rows.push(['单位职责', writeHtmlCell(doc.dutiesIntro === undefined ? doc.duties : [doc.dutiesIntro, ...doc.duties]), '']);
  rows.push(['年度履职目标', writeHtmlCell(doc.annualGoals), '']);
  rows.push(['年度重点任务', '', '']);
  rows.push(['任务名称', '主要内容（重点工作计划）', '']);
  for (const t of doc.keyTasks) rows.push([t.name, t.content, '']);
  rows.push(['']);
  rows.push(['预算情况', '', '', '']);
  rows.push(['内容', '预算情况', '', '']);
  rows.push([`部门整体预算总额${unitSuffix(doc.amountUnit)}`, amountCell(b.total, true), '', '']);
  rows.push(['1、资金来源：(1)财政拨款', amountCell(b.sources.fiscal, true), '', '']);
  rows.push(['(2)其他资金', amountCell(b.sources.other, true), '', '']);
  rows.push(['2、资金结构：(1)基本支出', amountCell(b.structure.basic, true), '', '']);
  rows.push(['(2)项目支出', amountCell(b.structure.project, true), '', '']);
  rows.push(['年末在职人数', '内设机构数', '', '']);
  rows.push([numberCell(doc.headcount), numberCell(doc.internalDepartments), '', '']);
  rows.push(['绩效指标', '', '', '']);
  const extra = optionalColumns(doc.indicators);
  const blank = optionalHeader(extra).map(() => '');
  rows.push(['一级目标', '二级目标', '三级目标', '指标目标值', ...optionalHeader(extra)]);
  const tiers = tierCells(doc.indicators, doc.tierWeights);
  doc.indicators.forEach((ind, i) => {
    const { tier1, tier2 } = tiers[i] as { tier1: FormCell; tier2: FormCell };
    const t = ind.target;
    if (t.kind === 'reference' && ind.name === '' && t.raw.trim() === '') {
      const prev = doc.indicators[i - 1];
      const continued = prev !== undefined && prev.tier1 === ind.tier1 && prev.name === '' && prev.target.kind === 'reference' && prev.target.text === t.text && prev.target.raw.trim() === '';
      rows.push([tier1, tier2, continued ? '' : t.text, '', ...optionalCells(ind, extra)]);
      return;
    }
    rows.push([tier1, tier2, ind.name, targetText(t), ...optionalCells(ind, extra)]);
    rows.push(...partRows(ind, (p) => [MERGED_ABOVE, MERGED_ABOVE, p.name, targetText(p.target), ...blank]));
  });
  return rows;
}
