import { z } from 'zod';
import { Actual } from './actual';
import { DecimalString } from './decimal-string';
import { DeclaredDirection, Target } from './target';

/**
 * A sub-row of an indicator (`其中桃树种植面积 | 1.5亩`): a part of the row above, with its own target (and
 * actual, in a self-evaluation), never an indicator to score on its own.
 *
 * @example
 * const p: IndicatorPart = { name: '其中桃树种植面积', target: { kind: 'quantitative', op: null, value: '1.5', unit: '亩', raw: '1.5亩' } };
 * @category Model
 */
export const IndicatorPart = z.strictObject({
  /** The sub-row's name as written (`其中…` included). */
  name: z.string(),
  target: Target,
  /** What the part achieved, where the table says (self-evaluations). */
  actual: Actual.optional(),
});
/**
 * See the {@link IndicatorPart} schema.
 *
 * @example
 * const label = (p: IndicatorPart) => p.name;
 * @category Model
 */
export interface IndicatorPart extends z.infer<typeof IndicatorPart> {
  target: Target;
}

/**
 * The target of an indicator at one site, where a table gives one target column per site (`城关镇 | 东关镇`).
 *
 * @example
 * const s: SiteTarget = { site: '城关镇', target: { kind: 'quantitative', op: '>=', value: '12', unit: '个', raw: '≥12个' } };
 * @category Model
 */
export const SiteTarget = z.strictObject({
  /** The site as its column header names it. */
  site: z.string(),
  target: Target,
});
/**
 * See the {@link SiteTarget} schema.
 *
 * @example
 * const where = (s: SiteTarget) => s.site;
 * @category Model
 */
export interface SiteTarget extends z.infer<typeof SiteTarget> {
  target: Target;
}

/**
 * A cell of a column the reader has no role for, kept with its column's header.
 *
 * @example
 * const c: OtherCell = { label: '评分标准', text: '完成得满分' };
 * @category Model
 */
export const OtherCell = z.strictObject({
  /** The column's header as written. */
  label: z.string(),
  /** The cell as written. */
  text: z.string(),
});
/**
 * See the {@link OtherCell} schema.
 *
 * @example
 * const show = (c: OtherCell) => `${c.label}: ${c.text}`;
 * @category Model
 */
export interface OtherCell extends z.infer<typeof OtherCell> {}

/**
 * A third-tier indicator (三级指标) with its place in the tree (tier-1 and tier-2 labels as written), its
 * target, and optionally its declared weight (分值/权重) and a note (备注). Tier labels are kept as written;
 * {@link classifyTier1} and {@link classifyTier2} map them onto the known categories.
 *
 * @example
 * const i: Indicator = {
 *   tier1: '产出指标', tier2: '数量指标', name: '入户指导',
 *   target: { kind: 'quantitative', op: '>=', value: '30.00', unit: '户', raw: '≥30.00(户)' },
 * };
 * @category Model
 */
export const Indicator = z.strictObject({
  /** The first-tier label (一级指标) as written: `产出指标`, `预期产出指标`, `产出指标(50分)`; see {@link classifyTier1}. */
  tier1: z.string(),
  /** The second-tier label (二级指标) as written: `数量指标`, `服务对象满意度指标`; see {@link classifyTier2}. */
  tier2: z.string(),
  /** The third-tier name (三级指标); empty where a row has none (a policy reference filling the row). */
  name: z.string(),
  /** The target (指标值 / 年度指标值), read from its notation. */
  target: Target,
  /** Mid-term target (中期指标值) where a declaration has a mid-term block beside the annual one. */
  midTermTarget: Target.optional(),
  /** The declared weight (分值 / 权重) in points: absent where the table has no weight column, null where the cell is blank. */
  weight: DecimalString.nullable().optional(),
  /** The row's note (备注), where the table has the column. */
  note: z.string().optional(),
  /**
   * The direction the table declares (指标方向 / 指标性质: 正向 / 反向 / 定性), as read; absent when the table has
   * no such column. Not an operator: see {@link DeclaredDirection}.
   */
  direction: DeclaredDirection.optional().meta({
    description: 'The direction the table declares (指标方向 / 指标性质: 正向 / 反向 / 定性), as read; absent when the table has no such column.',
  }),
  /** What the table says the indicator means (指标描述 / 指标解释 / 绩效指标描述), where it differs from the name. */
  description: z.string().optional(),
  /** The `其中…` sub-rows below the indicator: parts of it, not indicators to score. */
  parts: z.array(IndicatorPart).optional(),
  /** One target per site, where the table has a target column per site. */
  siteTargets: z.array(SiteTarget).optional(),
  /** Cells of columns the reader has no role for, with their headers (nothing is dropped). */
  otherCells: z.array(OtherCell).optional(),
});
/**
 * See the {@link Indicator} schema.
 *
 * @example
 * const name = (i: Indicator) => `${i.tier1}/${i.tier2}/${i.name}`;
 * @category Model
 */
export interface Indicator extends z.infer<typeof Indicator> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  target: Target;
  midTermTarget?: Target | undefined;
  parts?: IndicatorPart[] | undefined;
  siteTargets?: SiteTarget[] | undefined;
  otherCells?: OtherCell[] | undefined;
}

/**
 * A self-evaluation row: the indicator with what was achieved (`actual`), the score the table published
 * (a claim to verify, not an input), and the deviation analysis (偏差原因分析及改进措施). `adjustedTarget`
 * (调整指标值) and `coefficient` (得分系数, percent) occur in whole-unit self-evaluations.
 *
 * @example
 * const row: EvaluatedIndicator = {
 *   tier1: '产出指标', tier2: '数量指标', name: '助餐点数量',
 *   target: { kind: 'quantitative', op: '>=', value: '12', unit: '个', raw: '≥12个' },
 *   actual: { kind: 'quantitative', value: '12', unit: '个', raw: '12个' },
 *   weight: '20', publishedScore: '20', deviationNote: null,
 * };
 * @category Model
 */
export const EvaluatedIndicator = Indicator.extend({
  /** What was achieved (实际完成值 / 全年完成值), read from its notation; a blank cell is `missing`, never 0. */
  actual: Actual,
  /** The adjusted target (调整指标值) of whole-unit self-evaluations; where present, the row is evaluated against it. */
  adjustedTarget: Target.optional(),
  /** The score (得分) the table publishes for the row: a claim the scorecard verifies, never an input; null where blank. */
  publishedScore: DecimalString.nullable(),
  /** The score coefficient (得分系数) in percent (Chongqing model: score = weight × coefficient ÷ 100); null where blank. */
  coefficient: DecimalString.nullable().optional(),
  /** Whether the table marks the row a core indicator (是否核心指标: 是 → true, 否 → false); null where blank. */
  isCore: z.boolean().nullable().optional(),
  /** The deviation analysis and remedy (偏差原因分析及改进措施) as written; null where blank. */
  deviationNote: z.string().nullable(),
});
/**
 * See the {@link EvaluatedIndicator} schema.
 *
 * @example
 * const scored = (r: EvaluatedIndicator) => r.publishedScore !== null;
 * @category Model
 */
export interface EvaluatedIndicator extends z.infer<typeof EvaluatedIndicator> {
  // Named types for hover text and the API docs; `extends` checks them against the schema.
  target: Target;
  midTermTarget?: Target | undefined;
  adjustedTarget?: Target | undefined;
  parts?: IndicatorPart[] | undefined;
  siteTargets?: SiteTarget[] | undefined;
  otherCells?: OtherCell[] | undefined;
}
