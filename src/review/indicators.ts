import type { Indicator } from '../model/indicator';
import type { Target } from '../model/target';
import { classifyTier1, classifyTier2 } from '../model/tiers';
import { normalizeUnit } from '../notation/normalize-unit';

/** The tier-1 category key of an indicator: from its tier-1 label, else from its tier-2 label's parent. */
export function tier1Key(ind: Pick<Indicator, 'tier1' | 'tier2'>): string | null {
  return classifyTier1(ind.tier1)?.key ?? classifyTier2(ind.tier2)?.tier1 ?? null;
}

/** The tier-2 category key of an indicator. */
export function tier2Key(ind: Pick<Indicator, 'tier2'>): string | null {
  return classifyTier2(ind.tier2)?.key ?? null;
}

/** Whether an indicator belongs to a category given as a known key, or as text found in its tier labels. */
export function inCategory(ind: Indicator, category: string, tier: 1 | 2): boolean {
  const key = tier === 1 ? tier1Key(ind) : tier2Key(ind);
  if (key === category) return true;
  // satisfaction under 效益 in older templates; 满意度 classified from tier 2
  if (tier === 1 && category === 'satisfaction' && tier2Key(ind) === 'beneficiary-satisfaction') return true;
  if (tier === 1 && category === 'cost' && COST_TIER2.includes(tier2Key(ind) ?? '')) return true;
  return (tier === 1 ? ind.tier1 : ind.tier2).includes(category);
}

/** Tier-2 keys that are cost indicators (成本 under 产出 in older templates, or the 101号 cost sub-tiers). */
export const COST_TIER2: readonly string[] = ['cost', 'economic-cost', 'social-cost', 'ecological-cost'];

/** Whether an indicator is a satisfaction indicator (by category, or 满意度 in its name). */
export function isSatisfaction(ind: Indicator): boolean {
  return tier1Key(ind) === 'satisfaction' || tier2Key(ind) === 'beneficiary-satisfaction' || ind.name.includes('满意度');
}

/** The unit of a numeric target, normalised (`％`/`百分比` → `%`); null for other kinds. */
export function unitOf(t: Target): string | null {
  return t.kind === 'quantitative' || t.kind === 'range' || t.kind === 'tolerance' ? normalizeUnit(t.unit) : null;
}

/** A name without whitespace, for comparing names. */
export function squash(s: string): string {
  return s.replace(/\s+/g, '');
}
