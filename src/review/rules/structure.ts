import { z } from 'zod';
import { reviewMessages as M } from '../../i18n/messages/review';
import type { DocumentKind } from '../../model/document';
import type { Bilingual } from '../../model/finding';
import { TIER1_CATEGORIES, TIER2_CATEGORIES } from '../../model/tiers';
import { COST_TIER2, inCategory, tier1Key, tier2Key } from '../indicators';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS } from './common';

const PerKind = z.strictObject({
  'unit-declaration': z.array(z.string()),
  'project-declaration': z.array(z.string()),
  'self-evaluation': z.array(z.string()),
});
type PerKind = z.infer<typeof PerKind>;

function labelOf(key: string, tier: 1 | 2): Bilingual {
  const c = (tier === 1 ? TIER1_CATEGORIES : TIER2_CATEGORIES).find((x) => x.key === key);
  return c ? c.label : { zh: key, en: key };
}

/** `review/required-tier1`: the first-tier categories a document kind must have. */
export const requiredTier1: ReviewRule<{ categories: PerKind }> = {
  id: 'required-tier1',
  title: M.defs['review/required-tier1'].title,
  why: {
    zh: '指标体系应覆盖产出、效益和满意度（完整性）；整体支出还有投入管理（上海）',
    en: 'the indicator set must cover outputs, outcomes and satisfaction (completeness); whole-unit forms in Shanghai add 投入管理',
  },
  source: '财预〔2021〕101号 (project template); 财预〔2013〕53号; seed form (沪财绩〔2022〕13号 for 投入管理)',
  confidence: 'C',
  kinds: ALL_KINDS,
  severity: 'error',
  params: z.strictObject({ categories: PerKind }),
  defaults: {
    categories: {
      'unit-declaration': ['output', 'outcome', 'satisfaction'],
      'project-declaration': ['output', 'outcome', 'satisfaction'],
      'self-evaluation': ['output', 'outcome', 'satisfaction'],
    },
  },
  check(doc, params) {
    const hits: RuleHit[] = [];
    for (const key of params.categories[doc.kind]) {
      if (doc.indicators.some((ind) => inCategory(ind, key, 1))) continue;
      hits.push({ path: ['indicators'], message: M.defs['review/required-tier1'].text({ category: labelOf(key, 1) }), data: { category: key } });
    }
    return hits;
  },
};

/** `review/required-tier2`: the second-tier categories a document kind must have, checked under present parents. */
export const requiredTier2: ReviewRule<{ categories: PerKind }> = {
  id: 'required-tier2',
  title: M.defs['review/required-tier2'].title,
  why: {
    zh: '产出指标一般应包括数量、质量、时效指标，缺少说明目标不完整',
    en: 'outputs are normally stated as quantity, quality and timeliness; a missing one leaves the target incomplete',
  },
  source: '财预〔2021〕101号 (产出: 数量 / 质量 / 时效)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({ categories: PerKind }),
  defaults: {
    categories: {
      'unit-declaration': ['quantity', 'quality', 'timeliness'],
      'project-declaration': ['quantity', 'quality', 'timeliness'],
      'self-evaluation': ['quantity', 'quality', 'timeliness'],
    },
  },
  check(doc, params) {
    const hits: RuleHit[] = [];
    for (const key of params.categories[doc.kind]) {
      const parent = TIER2_CATEGORIES.find((c) => c.key === key)?.tier1;
      // only under a first tier that is there: a missing first tier is required-tier1's finding
      if (parent !== undefined && !doc.indicators.some((ind) => inCategory(ind, parent, 1))) continue;
      if (doc.indicators.some((ind) => inCategory(ind, key, 2))) continue;
      hits.push({
        path: ['indicators'],
        message: M.defs['review/required-tier2'].text({ parent: labelOf(parent ?? '', 1), category: labelOf(key, 2) }),
        data: { category: key },
      });
    }
    return hits;
  },
};

/** `review/cost-indicators`: cost indicators present (Shanghai projects, 2024 guide). */
export const costIndicators: ReviewRule<Record<string, never>> = {
  id: 'cost-indicators',
  title: M.defs['review/cost-indicators'].title,
  why: {
    zh: '上海2024年项目支出核心绩效指标指引要求原则上设置成本指标；全国规则集中默认关闭',
    en: "Shanghai's 2024 guide on core project indicators requires cost indicators in principle; off in the national set",
  },
  source: 'Shanghai 2024 guide on core project indicators (news of 2025-01-02)',
  confidence: 'S',
  kinds: ['project-declaration'] as readonly DocumentKind[],
  severity: 'warning',
  params: z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
  defaults: {},
  check(doc) {
    const present = doc.indicators.some((ind) => tier1Key(ind) === 'cost' || COST_TIER2.includes(tier2Key(ind) ?? ''));
    return present ? [] : [{ path: ['indicators'], message: M.defs['review/cost-indicators'].text() }];
  },
};
