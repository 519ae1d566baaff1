import type { Bilingual } from './finding';

/**
 * A known indicator category (RULES §1, 财预〔2021〕101号 and the whole-unit templates): a stable key, the
 * Chinese and English labels, and the keywords that recognise it in a label as written.
 *
 * @example
 * const c: TierCategory = { key: 'output', label: { zh: '产出指标', en: 'output' }, keywords: ['产出'] };
 * @category Model
 */
export interface TierCategory {
  /** Stable key used in schemes and rule sets. */
  readonly key: string;
  /** Labels for display. */
  readonly label: Bilingual;
  /** Substrings that identify the category in a label (`预期产出指标`, `产出指标(50分)`). */
  readonly keywords: readonly string[];
}

/**
 * The known first-tier categories (一级指标). Category names are open-ended: a label that matches none of these
 * keeps its text and classifies as `null`.
 *
 * @example
 * TIER1_CATEGORIES.map((c) => c.key) //=> ['input-management', 'cost', 'output', 'outcome', 'satisfaction']
 * @category Model
 */
export const TIER1_CATEGORIES: readonly TierCategory[] = [
  { key: 'input-management', label: { zh: '投入管理指标', en: 'input management' }, keywords: ['投入管理', '投入'] },
  { key: 'cost', label: { zh: '成本指标', en: 'cost' }, keywords: ['成本'] },
  { key: 'output', label: { zh: '产出指标', en: 'output' }, keywords: ['产出'] },
  { key: 'outcome', label: { zh: '效益指标', en: 'outcome' }, keywords: ['效益', '效果'] },
  { key: 'satisfaction', label: { zh: '满意度指标', en: 'satisfaction' }, keywords: ['满意'] },
];

/**
 * The known second-tier categories (二级指标), each with the first-tier key it belongs to in the national
 * template. 满意度 under 效益 (older templates) and 成本 under 产出 (older templates) still classify.
 *
 * @example
 * TIER2_CATEGORIES.find((c) => c.key === 'timeliness')?.label.zh //=> '时效指标'
 * @category Model
 */
export const TIER2_CATEGORIES: readonly (TierCategory & { readonly tier1: string })[] = [
  { key: 'quantity', tier1: 'output', label: { zh: '数量指标', en: 'quantity' }, keywords: ['数量'] },
  { key: 'quality', tier1: 'output', label: { zh: '质量指标', en: 'quality' }, keywords: ['质量'] },
  { key: 'timeliness', tier1: 'output', label: { zh: '时效指标', en: 'timeliness' }, keywords: ['时效'] },
  { key: 'economic-cost', tier1: 'cost', label: { zh: '经济成本指标', en: 'economic cost' }, keywords: ['经济成本', '总成本', '单位成本', '分项成本'] },
  { key: 'social-cost', tier1: 'cost', label: { zh: '社会成本指标', en: 'social cost' }, keywords: ['社会成本'] },
  { key: 'ecological-cost', tier1: 'cost', label: { zh: '生态环境成本指标', en: 'ecological cost' }, keywords: ['生态环境成本', '环境成本'] },
  { key: 'cost', tier1: 'output', label: { zh: '成本指标', en: 'cost' }, keywords: ['成本'] },
  { key: 'economic-benefit', tier1: 'outcome', label: { zh: '经济效益指标', en: 'economic benefit' }, keywords: ['经济效益'] },
  { key: 'social-benefit', tier1: 'outcome', label: { zh: '社会效益指标', en: 'social benefit' }, keywords: ['社会效益'] },
  { key: 'ecological-benefit', tier1: 'outcome', label: { zh: '生态效益指标', en: 'ecological benefit' }, keywords: ['生态效益'] },
  { key: 'sustainability', tier1: 'outcome', label: { zh: '可持续影响指标', en: 'sustainability' }, keywords: ['可持续'] },
  { key: 'beneficiary-satisfaction', tier1: 'satisfaction', label: { zh: '服务对象满意度指标', en: 'beneficiary satisfaction' }, keywords: ['满意'] },
  { key: 'budget-preparation', tier1: 'input-management', label: { zh: '预算编审管理', en: 'budget preparation' }, keywords: ['预算编审', '编审'] },
  { key: 'budget-execution', tier1: 'input-management', label: { zh: '预算执行管理', en: 'budget execution' }, keywords: ['预算执行'] },
  { key: 'performance-management', tier1: 'input-management', label: { zh: '预算绩效管理', en: 'performance management' }, keywords: ['绩效管理'] },
  { key: 'asset-management', tier1: 'input-management', label: { zh: '资产管理', en: 'asset management' }, keywords: ['资产管理'] },
  { key: 'transparency', tier1: 'input-management', label: { zh: '预算透明度', en: 'budget transparency' }, keywords: ['透明'] },
  { key: 'internal-control', tier1: 'input-management', label: { zh: '内部控制管理', en: 'internal control' }, keywords: ['内部控制', '内控'] },
  { key: 'informatization', tier1: 'input-management', label: { zh: '预算信息化', en: 'budget informatization' }, keywords: ['信息化'] },
];

function classify<C extends TierCategory>(label: string, categories: readonly C[]): C | null {
  // First match wins; the lists are ordered so that the more specific keyword comes first.
  for (const c of categories) if (c.keywords.some((k) => label.includes(k))) return c;
  return null;
}

/**
 * Classifies a first-tier label as written (`产出指标`, `预期产出指标`, `产出指标(50分)`) into a known category.
 *
 * @param label - the tier-1 cell text
 * @returns the category, or null for a label outside the known list
 * @example
 * classifyTier1('产出指标(50分)')?.key //=> 'output'
 * classifyTier1('决策指标') //=> null
 * @category Model
 */
export function classifyTier1(label: string): TierCategory | null {
  return classify(label, TIER1_CATEGORIES);
}

/**
 * Classifies a second-tier label (`数量指标`, `服务对象满意度指标`) into a known category; the result names the
 * first tier it belongs to in the national template.
 *
 * @param label - the tier-2 cell text
 * @returns the category, or null for a label outside the known list
 * @example
 * classifyTier2('社会效益指标')?.tier1 //=> 'outcome'
 * @category Model
 */
export function classifyTier2(label: string): (TierCategory & { readonly tier1: string }) | null {
  return classify(label, TIER2_CATEGORIES);
}
