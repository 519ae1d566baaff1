import { scoreMessages as M } from '../i18n/messages/score';
import type { TierWeight } from '../model/common';
import type { Finding } from '../model/finding';
import { classifyTier1, classifyTier2 } from '../model/tiers';
import { allocate } from '../money/allocate';
import { Dec, toDecimalString } from '../money/decimal';
import type { Compiled } from './compile';
import { addScaled, compareScaled, fromScaled, pow10, scaled, toPlainDecimal, withoutTrailingZeros, type Scaled } from '../money/scaled';

const SCALED_ZERO: Scaled = { int: 0n, scale: 0 };

/** What the weight resolution needs of a row (a scorecard's `DocRow` is one as it stands: no copy per row). */
export interface WeightRow {
  /** Index of the row in the document's `indicators`. */
  readonly index: number;
  readonly indicator: { readonly name: string; readonly tier1: string; readonly tier2: string };
  readonly declared: string | null;
}

/** The weights every row is scored out of. */
export interface ResolvedWeights {
  readonly weights: readonly string[];
  readonly tierIndex: readonly number[];
  readonly budgetWeight: string;
  readonly findings: readonly Finding[];
}

/** The tier-1 label alone does not decide the tier: the tier-2 label does. */
const BY_TIER2 = -2;

/** The tier a tier-1 label decides: by a scheme tier's `labels`, else by its category; or {@link BY_TIER2}. */
function tierOfTier1(c: Compiled, tier1: string): number {
  for (let i = 0; i < c.tiers.length; i++) if (c.tiers[i]!.labels.some((l) => tier1.includes(l))) return i;
  const key = classifyTier1(tier1)?.key;
  return key === undefined ? BY_TIER2 : tierOfCategory(c, key);
}

/** The tier of a row whose tier-1 label says nothing (like `(50分)`): the tier-2 category's tier 1. */
function tierOfTier2(c: Compiled, tier2: string): number {
  const key = classifyTier2(tier2)?.tier1;
  return key === undefined ? -1 : tierOfCategory(c, key);
}

function tierOfCategory(c: Compiled, key: string): number {
  for (let i = 0; i < c.tiers.length; i++) if (c.tiers[i]!.categories.has(key)) return i;
  return -1;
}

/**
 * Which scheme tier a row counts in: a tier whose `labels` occur in the tier-1 label, else whose `categories`
 * hold the tier-1 category (or, when the tier-1 label says nothing, like `(50分)`, the tier-2 category's tier 1).
 *
 * @returns the tier's index, or -1
 */
export function tierIndexOf(c: Compiled, tier1: string, tier2: string): number {
  const i = tierOfTier1(c, tier1);
  return i === BY_TIER2 ? tierOfTier2(c, tier2) : i;
}

/**
 * Resolves the weights (RULES §4): declared row weights win; a tier's remaining weight (the table's tier weight,
 * else the scheme's) is spread exactly over its undeclared rows; not-applicable weights are rescaled over the
 * remaining indicators (the budget-execution weight stays as it is unless it is itself not applicable).
 * `inapplicable[i]` says whether row `i` is not applicable.
 *
 * @returns the weights, the tier of each row, the budget weight, findings
 */
export function resolveWeights(
  rows: readonly WeightRow[],
  inapplicable: readonly boolean[],
  tierWeights: readonly TierWeight[] | undefined,
  c: Compiled,
  spread: 'equal' | 'by-tier2',
  notApplicable: 'rescale' | 'drop',
  budget: { readonly weight: string; readonly notApplicable: boolean },
): ResolvedWeights {
  const findings: Finding[] = [];
  const n = rows.length;
  // Each label classified once per call (a document repeats a few labels over many rows).
  const byTier1 = new Map<string, number>();
  const byTier2 = new Map<string, number>();
  const tierIndex = rows.map(({ indicator: { tier1, tier2 } }) => {
    let i = byTier1.get(tier1);
    if (i === undefined) byTier1.set(tier1, (i = tierOfTier1(c, tier1)));
    if (i !== BY_TIER2) return i;
    let j = byTier2.get(tier2);
    if (j === undefined) byTier2.set(tier2, (j = tierOfTier2(c, tier2)));
    return j;
  });

  // The tier weights a table declares ("产出指标(50分)") win over the scheme's.
  const declaredTier = new Map<number, Scaled>();
  for (const tw of tierWeights ?? []) {
    if (tw.weight === null) continue;
    let i = tierIndexOf(c, tw.tier1, '');
    if (i < 0) {
      const r = rows.findIndex((row) => row.indicator.tier1 === tw.tier1);
      if (r >= 0) i = tierIndex[r]!;
    }
    if (i >= 0) declaredTier.set(i, addScaled(declaredTier.get(i) ?? SCALED_ZERO, scaled(tw.weight)));
  }

  const weights: string[] = rows.map((r) => (r.declared === null ? '0' : r.declared));
  // The unrounded shares, kept for rescaling so that equal rows stay equal (16.67 / 16.67 / 16.66 → 20 / 20 / 20).
  const needIdeal = notApplicable === 'rescale' && (budget.notApplicable || inapplicable.includes(true));
  const ideal: string[] = needIdeal ? [...weights] : [];
  // The rows of each tier, in order; those with a declared weight and their sum. Sums are exact on scaled integers.
  const undeclaredOf: number[][] = c.tiers.map(() => []);
  const declaredOf: Scaled[] = c.tiers.map(() => SCALED_ZERO);
  const sizeOf: number[] = c.tiers.map(() => 0);
  for (let i = 0; i < n; i++) {
    const g = tierIndex[i]!;
    if (g < 0) continue;
    sizeOf[g]! += 1;
    const d = rows[i]!.declared;
    if (d === null) undeclaredOf[g]!.push(i);
    else declaredOf[g] = addScaled(declaredOf[g]!, scaled(d));
  }
  for (let g = 0; g < c.tiers.length; g++) {
    const tier = c.tiers[g]!;
    if (sizeOf[g] === 0) continue;
    const tierWeight = declaredTier.get(g) ?? tier.weight;
    const undeclared = undeclaredOf[g]!;
    const declaredSum = declaredOf[g]!;
    // Written out only when a finding needs them.
    const nums = () => ({ expected: toPlainDecimal(tierWeight.int, tierWeight.scale), actual: toPlainDecimal(declaredSum.int, declaredSum.scale), tier: tier.label.zh, tierEn: tier.label.en });
    if (undeclared.length === 0) {
      if (compareScaled(declaredSum, tierWeight) !== 0) findings.push(M.finding('score/tier-weights-differ', 'warning', nums(), { field: tier.key }));
      continue;
    }
    const rest = addScaled(tierWeight, { int: -declaredSum.int, scale: declaredSum.scale });
    if (rest.int <= 0n) {
      if (rest.int < 0n) findings.push(M.finding('score/weights-exceed-tier', 'warning', nums(), { field: tier.key }));
      continue;
    }
    // Allocation is exact at the scheme's places, or at the remainder's own when it has more (33.333).
    const restAt = withoutTrailingZeros(rest.int, rest.scale);
    const places = Math.max(c.places, restAt.scale);
    if (spread === 'equal') {
      // Equal shares on scaled integers: the remainder goes one step at a time to the earlier rows, as allocate does.
      const total = restAt.int * pow10(places - restAt.scale);
      const count = BigInt(undeclared.length);
      const base = total / count;
      const extra = total - base * count;
      const share = fromScaled(base, places);
      const shareUp = extra === 0n ? share : fromScaled(base + 1n, places);
      const idealShare = !needIdeal ? '' : extra === 0n ? share : toDecimalString(new Dec(fromScaled(restAt.int, restAt.scale)).div(undeclared.length));
      // How many rows take the extra step: fewer than the rows, a count (not an amount).
      const stepsUp = Number(extra);
      for (let k = 0; k < undeclared.length; k++) {
        weights[undeclared[k]!] = k < stepsUp ? shareUp : share;
        if (needIdeal) ideal[undeclared[k]!] = idealShare;
      }
      continue;
    }
    let ratios: string[];
    if (spread === 'by-tier2') {
      const count = new Map<string, number>();
      for (const i of undeclared) count.set(rows[i]!.indicator.tier2, (count.get(rows[i]!.indicator.tier2) ?? 0) + 1);
      let product = 1;
      for (const v of new Set(count.values())) product *= v;
      ratios = undeclared.map((i) => String(product / (count.get(rows[i]!.indicator.tier2) as number)));
    } else ratios = undeclared.map(() => '1');
    const parts = allocate(fromScaled(restAt.int * pow10(places - restAt.scale), places), ratios, places);
    undeclared.forEach((i, k) => {
      weights[i] = parts[k] as string;
    });
    if (needIdeal) {
      let ratioSum = new Dec(0);
      for (const r of ratios) ratioSum = ratioSum.plus(r);
      undeclared.forEach((i, k) => {
        ideal[i] = toDecimalString(new Dec(fromScaled(restAt.int, restAt.scale)).times(ratios[k] as string).div(ratioSum));
      });
    }
  }
  for (let i = 0; i < n; i++) {
    if (tierIndex[i] === -1 && rows[i]!.declared === null && !inapplicable[i]) {
      const { name, tier1 } = rows[i]!.indicator;
      findings.push(M.finding('score/no-weight', 'warning', { name, tier1 }, { path: ['indicators', rows[i]!.index, 'weight'] }));
    }
  }

  let budgetWeight = budget.weight;
  // Nothing to rescale when nothing is not applicable.
  if (needIdeal) {
    let naSum = budget.notApplicable ? new Dec(budget.weight) : new Dec(0);
    let pool = naSum;
    const live: number[] = [];
    for (let i = 0; i < n; i++) {
      pool = pool.plus(weights[i]!);
      if (inapplicable[i]) naSum = naSum.plus(weights[i]!);
      else live.push(i);
    }
    const liveSum = pool.minus(naSum);
    if (naSum.gt(0) && liveSum.gt(0)) {
      const parts = allocate(pool.toFixed(Math.max(c.places, pool.decimalPlaces())), live.map((i) => ideal[i]!), Math.max(c.places, pool.decimalPlaces()));
      live.forEach((i, k) => {
        weights[i] = parts[k] as string;
      });
      for (let i = 0; i < n; i++) if (inapplicable[i]) weights[i] = '0';
      if (budget.notApplicable) budgetWeight = '0';
      findings.push(M.finding('score/not-applicable-rescaled', 'info', { weight: toDecimalString(naSum), pool: toDecimalString(pool) }));
    }
  }
  return { weights, tierIndex, budgetWeight, findings };
}
