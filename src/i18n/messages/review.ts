import type { Bilingual } from '../../model/finding';
import { defineCatalogue } from '../catalogue';

type Name = { readonly name: string };
type NameRaw = Name & { readonly raw: string };
type Detail = Name & { readonly detail: Bilingual };

/**
 * Finding codes of `review/`: the rules of declaration review (审核, RULES §6). One code per rule; the rule id
 * is the code without `review/`.
 *
 * @example
 * reviewMessages.finding('review/target-missing', 'error', { name: '工程质量合格' }).message.zh
 * //=> '三级指标“工程质量合格”没有填写指标值'
 * @category Findings
 */
export const reviewMessages = defineCatalogue({
  'review/required-tier1': {
    title: { zh: '缺少一级指标', en: 'tier-1 category missing' },
    text: (p: { readonly category: Bilingual }) => ({
      zh: `缺少一级指标“${p.category.zh}”`,
      en: `the tier-1 category "${p.category.en}" (${p.category.zh}) is missing`,
    }),
  },
  'review/required-tier2': {
    title: { zh: '缺少二级指标', en: 'tier-2 category missing' },
    text: (p: { readonly parent: Bilingual; readonly category: Bilingual }) => ({
      zh: `“${p.parent.zh}”下缺少二级指标“${p.category.zh}”`,
      en: `the tier-2 category "${p.category.en}" (${p.category.zh}) is missing under "${p.parent.en}"`,
    }),
  },
  'review/target-missing': {
    title: { zh: '缺少指标值', en: 'target missing' },
    text: (p: Name) => ({ zh: `三级指标“${p.name}”没有填写指标值`, en: `the indicator "${p.name}" has no target value` }),
  },
  'review/target-reference': {
    title: { zh: '指标值为引用文字', en: 'target is a reference' },
    text: (p: Name & { readonly text: string }) => ({
      zh: `三级指标“${p.name}”的指标值“${p.text}”只是引用规定，没有给出可衡量的目标`,
      en: `the target of "${p.name}" ("${p.text}") refers to a rule instead of giving a measurable value`,
    }),
  },
  'review/unit-missing': {
    title: { zh: '缺少计量单位', en: 'unit missing' },
    text: (p: NameRaw) => ({
      zh: `三级指标“${p.name}”的指标值“${p.raw}”缺少计量单位`,
      en: `the target "${p.raw}" of "${p.name}" has no unit of measure`,
    }),
  },
  'review/operator-missing': {
    title: { zh: '缺少计算符号', en: 'operator missing' },
    text: (p: NameRaw) => ({
      zh: `三级指标“${p.name}”的指标值“${p.raw}”没有计算符号（≥、≤、＝等），无法判断是正向还是反向指标`,
      en: `the target "${p.raw}" of "${p.name}" has no operator (≥, ≤, =…): its direction is unknown`,
    }),
  },
  'review/direction-conflict': {
    title: { zh: '指标方向与计算符号矛盾', en: 'declared direction contradicts the target' },
    text: (p: NameRaw & { readonly direction: string }) => ({
      zh: `三级指标“${p.name}”的指标方向为“${p.direction}”，与指标值“${p.raw}”矛盾`,
      en: `"${p.name}" declares the direction ${p.direction}, which contradicts its target "${p.raw}"`,
    }),
  },
  'review/name-placeholder': {
    title: { zh: '名称中留有模板占位符', en: 'template placeholder in the name' },
    text: (p: Detail) => ({ zh: `三级指标“${p.name}”：${p.detail.zh}`, en: `indicator "${p.name}": ${p.detail.en}` }),
  },
  'review/name-numbering': {
    title: { zh: '名称中留有编号', en: 'numbering in the name' },
    text: (p: Detail) => ({ zh: `三级指标“${p.name}”：${p.detail.zh}`, en: `indicator "${p.name}": ${p.detail.en}` }),
  },
  'review/name-marker': {
    title: { zh: '名称中有标记符号', en: 'marker in the name' },
    text: (p: Detail) => ({ zh: `三级指标“${p.name}”：${p.detail.zh}`, en: `indicator "${p.name}": ${p.detail.en}` }),
  },
  'review/template-row': {
    title: { zh: '未填写的模板行', en: 'unfilled template row' },
    text: (p: Name) => ({
      zh: `“${p.name}”是未填写的模板行，应删除或补全`,
      en: `"${p.name}" is an unfilled template row: delete it or fill it in`,
    }),
  },
  'review/name-target': {
    title: { zh: '名称中写有指标值', en: 'target written in the name' },
    text: (p: Detail) => ({ zh: `三级指标“${p.name}”：${p.detail.zh}`, en: `indicator "${p.name}": ${p.detail.en}` }),
  },
  'review/name-target-conflict': {
    title: { zh: '名称中的指标值与指标值栏不一致', en: 'target in the name disagrees with the target column' },
    text: (p: Detail) => ({ zh: `三级指标“${p.name}”：${p.detail.zh}`, en: `indicator "${p.name}": ${p.detail.en}` }),
  },
  'review/rate-above-100': {
    title: { zh: '比率超过100%', en: 'rate above 100%' },
    text: (p: NameRaw) => ({
      zh: `三级指标“${p.name}”是比率，指标值“${p.raw}”却超过 100%`,
      en: `"${p.name}" is a rate but its target "${p.raw}" is above 100%`,
    }),
  },
  'review/duplicate-indicator': {
    title: { zh: '指标重复', en: 'duplicate indicator' },
    text: (p: Name & { readonly first: number }) => ({
      zh: `三级指标“${p.name}”与第 ${p.first} 个指标重复`,
      en: `the indicator "${p.name}" repeats indicator #${p.first}`,
    }),
  },
  'review/satisfaction-floor': {
    title: { zh: '满意度目标偏低', en: 'satisfaction target below the floor' },
    text: (p: NameRaw & { readonly floor: string }) => ({
      zh: `满意度指标“${p.name}”的指标值“${p.raw}”低于 ${p.floor}%`,
      en: `the satisfaction target "${p.raw}" of "${p.name}" is below ${p.floor}%`,
    }),
  },
  'review/weights-sum': {
    title: { zh: '分值合计不符', en: 'weights do not add up' },
    text: (p: { readonly what: Bilingual; readonly sum: string; readonly expected: string }) => ({
      zh: `${p.what.zh}的分值合计为 ${p.sum}，应为 ${p.expected}`,
      en: `the weights of ${p.what.en} add up to ${p.sum}, not ${p.expected}`,
    }),
  },
  'review/cost-indicators': {
    title: { zh: '缺少成本指标', en: 'cost indicators missing' },
    text: () => ({
      zh: '没有设置成本指标（经济成本、社会成本、生态环境成本）',
      en: 'there is no cost indicator (economic, social or ecological cost)',
    }),
  },
  'review/unit-mismatch': {
    title: { zh: '计量单位与指标不符', en: 'unit does not fit the indicator' },
    text: (p: NameRaw & { readonly detail: Bilingual }) => ({
      zh: `三级指标“${p.name}”的指标值“${p.raw}”：${p.detail.zh}`,
      en: `the target "${p.raw}" of "${p.name}": ${p.detail.en}`,
    }),
  },
  'review/invalid-rule-set': {
    title: { zh: '规则集无效', en: 'invalid rule set' },
    text: (p: { readonly where: string; readonly detail: string; readonly detailEn: string }) => ({
      zh: `规则集 ${p.where} 处无效：${p.detail}`,
      en: `the rule set is invalid at ${p.where}: ${p.detailEn}`,
    }),
  },
  'review/unknown-rule': {
    title: { zh: '未知规则', en: 'unknown rule' },
    text: (p: { readonly id: string; readonly suggestion: string }) => ({
      zh: `规则集中的规则“${p.id}”不存在${p.suggestion === '' ? '' : `；是否应为“${p.suggestion}”？`}（自定义规则须通过 custom 以函数形式提供）`,
      en: `the rule set names an unknown rule "${p.id}"${p.suggestion === '' ? '' : `; did you mean "${p.suggestion}"?`} (custom rules are given as functions in custom)`,
    }),
  },
  'review/budget-identity': {
    title: { zh: '预算金额不平衡', en: 'budget identity fails' },
    text: (p: { readonly detail: Bilingual }) => p.detail,
  },
});
