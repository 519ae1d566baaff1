import { z } from 'zod';
import { Actual } from './actual';
import { DecimalString } from './decimal-string';
import { DeclaredDirection, Target } from './target';

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
  tier1: z.string(),
  tier2: z.string(),
  name: z.string(),
  target: Target,
  /** Mid-term target (中期指标值) where a declaration has a mid-term block beside the annual one. */
  midTermTarget: Target.optional(),
  weight: DecimalString.nullable().optional(),
  note: z.string().optional(),
  /**
   * The direction the table declares (指标方向 / 指标性质: 正向 / 反向 / 定性), as read; absent when the table has
   * no such column. Not an operator: see {@link DeclaredDirection}.
   */
  direction: DeclaredDirection.optional().meta({
    description: 'The direction the table declares (指标方向 / 指标性质: 正向 / 反向 / 定性), as read; absent when the table has no such column.',
  }),
});
/**
 * See the {@link Indicator} schema.
 *
 * @example
 * const name = (i: Indicator) => `${i.tier1}/${i.tier2}/${i.name}`;
 * @category Model
 */
export type Indicator = z.infer<typeof Indicator>;

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
  actual: Actual,
  adjustedTarget: Target.optional(),
  publishedScore: DecimalString.nullable(),
  coefficient: DecimalString.nullable().optional(),
  isCore: z.boolean().nullable().optional(),
  deviationNote: z.string().nullable(),
});
/**
 * See the {@link EvaluatedIndicator} schema.
 *
 * @example
 * const scored = (r: EvaluatedIndicator) => r.publishedScore !== null;
 * @category Model
 */
export type EvaluatedIndicator = z.infer<typeof EvaluatedIndicator>;
