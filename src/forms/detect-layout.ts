import type { FormLayout } from './layout';
import { parseForm } from './parse-form';

/**
 * Tells which layout a table text comes closest to, from what its sections hold (see {@link parseForm}): a
 * self-evaluation with 得分系数 / 是否核心指标 / 自评总分 → E; one with 指标性质 (or 计算符号) and 度量单位 columns → D;
 * any other self-evaluation → C; a unit declaration with Fujian's 年度履职目标 rows and no duties → the Fujian
 * form; another unit declaration → A; a project declaration → B. Linear in the text.
 *
 * @param text - the table text (rows on lines, cells separated by tabs)
 * @returns the layout, or null when the text holds no document
 * @example
 * detectLayout('项目名称\t助餐\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分') //=> 'project-self-evaluation'
 * detectLayout('hello') //=> null
 * @category Forms
 */
export function detectLayout(text: string): FormLayout | null {
  return parseForm(text).layout;
}
