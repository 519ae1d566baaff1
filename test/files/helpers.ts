import ExcelJS from 'exceljs';

/** A self-evaluation whose 全年预算数 is broken (`88 0`, in the third column of the budget row). */
export const BROKEN_SELF_EVALUATION: readonly (readonly string[])[] = [
  ['项目名称', '水旱灾害防御经费'],
  ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '880', '88 0', '880', '10', '100%', '10'],
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ['产出指标', '数量指标', '入户指导', '≥30户', '32户', '90', '90'],
];

/** A workbook of one sheet holding the rows as text cells. */
export async function sheetOf(name: string, rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
