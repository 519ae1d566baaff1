import type { ProjectDeclaration } from '../../model/project-declaration';
import { amountCell, extraFieldRows, MERGED_ABOVE, numberCell, optionalCells, optionalColumns, optionalHeader, partRows, targetText, tierCells, unitSuffix, type FormCell } from './table';

/** Writes a project declaration in the national layout (B), with the mid-term and weight columns when used. */
export function writeProjectDeclaration(doc: ProjectDeclaration): FormCell[][] {
  const rows: FormCell[][] = [['项目支出绩效目标申报表']];
  if (doc.fiscalYear !== null) rows.push([`(${doc.fiscalYear}年度)`]);
  rows.push(['项目名称', doc.projectName, '主管部门', doc.supervisingDepartment ?? '']);
  rows.push(['实施单位', doc.implementingUnit ?? '', ...(doc.contact === undefined ? [] : ['项目负责人及电话', doc.contact])]);
  rows.push(...extraFieldRows(doc.extraFields));
  const f = doc.funds;
  rows.push([`资金情况${unitSuffix(doc.amountUnit)}`, '年度资金总额', amountCell(f.total)]);
  rows.push([MERGED_ABOVE, '其中：财政拨款', amountCell(f.fiscal)]);
  rows.push([MERGED_ABOVE, '上年结转', amountCell(f.carryOver)]);
  rows.push([MERGED_ABOVE, '其他资金', amountCell(f.other)]);
  for (const e of f.extra) rows.push([MERGED_ABOVE, e.label, amountCell(e.amount)]);
  const annual = doc.goal.annual === '' ? [] : doc.goal.annual.split('\n');
  if (doc.goal.midTerm !== null) {
    const mid = doc.goal.midTerm === '' ? [] : doc.goal.midTerm.split('\n');
    rows.push(['总体目标', '中期目标', '年度目标']);
    for (let i = 0; i < Math.max(mid.length, annual.length); i++) rows.push([MERGED_ABOVE, mid[i] ?? '', annual[i] ?? '']);
  } else {
    for (const line of annual) rows.push(['总体目标', line]);
    if (annual.length === 0) rows.push(['总体目标', '']);
  }
  const withMid = doc.indicators.some((i) => i.midTermTarget !== undefined);
  const withWeight = doc.indicators.some((i) => i.weight !== undefined);
  const extra = optionalColumns(doc.indicators);
  const blank = optionalHeader(extra).map(() => '');
  rows.push(['一级指标', '二级指标', '三级指标', ...(withMid ? ['中期指标值', '年度指标值'] : ['指标值']), ...(withWeight ? ['分值'] : []), '备注', ...optionalHeader(extra)]);
  const tiers = tierCells(doc.indicators, doc.tierWeights);
  doc.indicators.forEach((ind, i) => {
    const { tier1, tier2 } = tiers[i] as { tier1: FormCell; tier2: FormCell };
    rows.push([
      tier1,
      tier2,
      ind.name,
      ...(withMid ? [targetText(ind.midTermTarget), targetText(ind.target)] : [targetText(ind.target)]),
      ...(withWeight ? [numberCell(ind.weight)] : []),
      ind.note ?? '',
      ...optionalCells(ind, extra),
    ]);
    rows.push(...partRows(ind, (p) => [MERGED_ABOVE, MERGED_ABOVE, p.name, ...(withMid ? ['', targetText(p.target)] : [targetText(p.target)]), ...(withWeight ? [''] : []), '', ...blank]));
  });
  return rows;
}
