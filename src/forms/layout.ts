/**
 * The table layouts the importer reads and the exporter writes (LAYOUTS.md letters in brackets):
 * `unit-declaration` (A, the seed's 单位整体支出绩效目标申报表), `unit-declaration-fujian` (A, the older Fujian unit
 * form with 年度预算安排 and 年度履职目标 rows), `project-declaration` (B, 项目支出绩效目标申报表),
 * `project-self-evaluation` (C, the national 项目支出绩效自评表), `separate-column-self-evaluation` (D, Sichuan
 * style: 指标性质 / 指标值 / 度量单位 in separate columns), `unit-self-evaluation` (E, Chongqing style whole-unit
 * self-evaluation with 得分系数 and 指标权重).
 *
 * @example
 * const l: FormLayout = 'project-self-evaluation';
 * @category Forms
 */
export type FormLayout =
  | 'unit-declaration'
  | 'unit-declaration-fujian'
  | 'project-declaration'
  | 'project-self-evaluation'
  | 'separate-column-self-evaluation'
  | 'unit-self-evaluation';

/**
 * Every {@link FormLayout} with its LAYOUTS.md letter, the document kind it holds, and its name.
 *
 * @example
 * FORM_LAYOUTS.find((l) => l.id === 'separate-column-self-evaluation')?.letter //=> 'D'
 * @category Forms
 */
export const FORM_LAYOUTS: readonly {
  readonly id: FormLayout;
  readonly letter: 'A' | 'B' | 'C' | 'D' | 'E';
  readonly kind: 'unit-declaration' | 'project-declaration' | 'self-evaluation';
  readonly label: { readonly zh: string; readonly en: string };
}[] = [
  { id: 'unit-declaration', letter: 'A', kind: 'unit-declaration', label: { zh: '单位整体支出绩效目标申报表', en: 'unit declaration' } },
  { id: 'unit-declaration-fujian', letter: 'A', kind: 'unit-declaration', label: { zh: '部门整体支出绩效目标申报表（福建旧版）', en: 'unit declaration (older Fujian form)' } },
  { id: 'project-declaration', letter: 'B', kind: 'project-declaration', label: { zh: '项目支出绩效目标申报表', en: 'project declaration' } },
  { id: 'project-self-evaluation', letter: 'C', kind: 'self-evaluation', label: { zh: '项目支出绩效自评表', en: 'project self-evaluation' } },
  { id: 'separate-column-self-evaluation', letter: 'D', kind: 'self-evaluation', label: { zh: '绩效自评表（指标性质/指标值/度量单位分列）', en: 'separate-column self-evaluation' } },
  { id: 'unit-self-evaluation', letter: 'E', kind: 'self-evaluation', label: { zh: '部门整体支出绩效自评表（得分系数）', en: 'unit self-evaluation with coefficients' } },
];
