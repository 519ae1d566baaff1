import { z } from 'zod';
import { reviewMessages as M } from '../../i18n/messages/review';
import { DecimalString } from '../../model/decimal-string';
import type { Indicator } from '../../model/indicator';
import { classifyTier1 } from '../../model/tiers';
import { Dec, toDecimalString } from '../../money/decimal';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS } from './common';

function sameTier1(ind: Indicator, label: string): boolean {
  if (ind.tier1 === label) return true;
  const a = classifyTier1(ind.tier1)?.key;
  return a !== undefined && a === classifyTier1(label)?.key;
}

/** `review/weights-sum`: declared weights add up (indicators to their tier-1 weight, tier-1 weights to the total). */
export const weightsSum: ReviewRule<{ total: string }> = {
  id: 'weights-sum',
  title: M.defs['review/weights-sum'].title,
  why: {
    zh: '三级指标分值应合计为一级指标分值，一级指标（含预算执行率）合计为总分，否则得分无法合计为100',
    en: 'indicator weights must add up to their tier-1 weight, and tier-1 weights (budget execution included) to the total, or scores cannot add up to 100',
  },
  source: 'RULES §4 (weight integrity)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({ total: DecimalString }),
  defaults: { total: '100' },
  check(doc, params) {
    const hits: RuleHit[] = [];
    const tiers = doc.tierWeights ?? [];
    tiers.forEach((tw, k) => {
      const weights = doc.indicators.filter((ind) => sameTier1(ind, tw.tier1)).flatMap((ind) => (ind.weight ? [ind.weight] : []));
      if (weights.length === 0) return;
      const sum = weights.reduce((s, w) => s.plus(w), new Dec(0));
      const what = { zh: `一级指标“${tw.tier1}”下各三级指标`, en: `the indicators under "${tw.tier1}"` };
      if (tw.weight !== null && !sum.eq(tw.weight)) {
        hits.push({ path: ['tierWeights', k], message: M.defs['review/weights-sum'].text({ what, sum: toDecimalString(sum), expected: tw.weight }), data: { sum: toDecimalString(sum), expected: tw.weight } });
      } else if (tw.weight === null && tw.min !== undefined && tw.max !== undefined && (sum.lt(tw.min) || sum.gt(tw.max))) {
        const expected = `${tw.min}–${tw.max}`;
        hits.push({ path: ['tierWeights', k], message: M.defs['review/weights-sum'].text({ what, sum: toDecimalString(sum), expected }), data: { sum: toDecimalString(sum), expected } });
      }
    });
    const budgetWeight = doc.kind === 'self-evaluation' && doc.budget.weight !== null ? new Dec(doc.budget.weight) : new Dec(0);
    let total: Dec | null = null;
    if (tiers.length > 0 && tiers.every((t) => t.weight !== null)) {
      total = tiers.reduce((s, t) => s.plus(t.weight as string), budgetWeight);
    } else if (tiers.length === 0) {
      const scored = doc.indicators.filter((ind) => ind.target.kind !== 'notApplicable' && ind.name.trim() !== '');
      const weighted = scored.filter((ind) => ind.weight);
      // only when every scored indicator declares a weight: a partial column says nothing about the total
      if (weighted.length > 0 && weighted.length === scored.length) total = weighted.reduce((s, ind) => s.plus(ind.weight as string), budgetWeight);
    }
    if (total !== null && !total.eq(params.total)) {
      const what = doc.kind === 'self-evaluation'
        ? { zh: '全部一级指标（含预算执行率）', en: 'all tier-1 categories (budget execution included)' }
        : { zh: '全部一级指标', en: 'all tier-1 categories' };
      hits.push({ path: tiers.length > 0 ? ['tierWeights'] : ['indicators'], message: M.defs['review/weights-sum'].text({ what, sum: toDecimalString(total), expected: params.total }), data: { sum: toDecimalString(total), expected: params.total } });
    }
    return hits;
  },
};
