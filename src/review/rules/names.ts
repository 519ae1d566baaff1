import { z } from 'zod';
import { reviewMessages as M } from '../../i18n/messages/review';
import type { Finding } from '../../model/finding';
import { inCategory, squash } from '../indicators';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS, at, nameOf } from './common';

type NameCode = 'review/name-placeholder' | 'review/name-numbering' | 'review/name-marker' | 'review/name-target' | 'review/name-target-conflict';

/** Builds a rule that reports one kind of noise found by `inspectIndicatorName` (notation code → review code). */
function nameRule(
  id: string,
  notationCode: string,
  code: NameCode,
  severity: 'error' | 'warning' | 'info',
  why: { zh: string; en: string },
  confidence: 'C' | 'S' | 'U',
  suggestion?: { zh: string; en: string },
): ReviewRule<Record<string, never>> {
  return {
    id,
    title: M.defs[code].title,
    why,
    source: 'RULES §6, NOTATION.md (noise inside indicator names)',
    confidence,
    kinds: ALL_KINDS,
    severity,
    params: z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
    defaults: {},
    check(doc, _params, ctx) {
      const hits: RuleHit[] = [];
      doc.indicators.forEach((ind, i) => {
        const inspection = ctx.names[i];
        if (!inspection || inspection.isPlaceholderRow) return;
        for (const f of inspection.findings as readonly Finding[]) {
          if (f.code !== notationCode) continue;
          hits.push({
            path: at(i, 'name'),
            message: M.defs[code].text({ name: nameOf(ind, i), detail: f.message }),
            ...(f.column !== undefined && { column: f.column }),
            ...(suggestion !== undefined && { suggestion }),
            ...(f.data !== undefined && { data: f.data }),
          });
        }
      });
      return hits;
    },
  };
}

/** `review/name-placeholder`: `≥**个`, `(≥**%)` left in a name. */
export const namePlaceholder = nameRule(
  'name-placeholder',
  'notation/name-placeholder',
  'review/name-placeholder',
  'warning',
  {
    zh: '名称中留有“≥**个”之类的模板占位符，说明表格照模板填写而未核对',
    en: 'a template placeholder such as "≥**个" left in a name shows the form was filled from a template without checking',
  },
  'S',
  { zh: '删除名称中的占位符，把指标值填在指标值栏', en: 'remove the placeholder from the name; put the value in the target column' },
);

/** `review/name-numbering`: `指标1:` prefixes. */
export const nameNumbering = nameRule(
  'name-numbering',
  'notation/name-numbering',
  'review/name-numbering',
  'info',
  { zh: '“指标1:”之类的编号是模板残留，不属于指标名称', en: 'numbering such as "指标1:" is left over from the template and is not part of the name' },
  'S',
);

/** `review/name-marker`: `★`, `*` markers. */
export const nameMarker = nameRule(
  'name-marker',
  'notation/name-marker',
  'review/name-marker',
  'info',
  { zh: '名称前的★、*等标记含义不明（可能表示核心指标），应改用专门的栏目', en: 'markers such as ★ or * have no stated meaning (core indicator?); use a dedicated column' },
  'S',
);

/** `review/name-target`: a target written inside the name (agreeing with the column, or the column empty). */
export const nameTarget = nameRule(
  'name-target',
  'notation/name-target',
  'review/name-target',
  'info',
  { zh: '指标值应写在指标值栏，而不是名称中', en: 'the target belongs in the target column, not in the name' },
  'S',
);

/** `review/name-target-conflict`: a target in the name that disagrees with the target column. */
export const nameTargetConflict = nameRule(
  'name-target-conflict',
  'notation/name-target-conflict',
  'review/name-target-conflict',
  'warning',
  {
    zh: '名称中的目标（如“达标率100%”）与指标值栏（如“>=98%”）不一致，不知以哪个为准',
    en: 'a target in the name (e.g. 100%) that disagrees with the target column (e.g. >=98%) leaves the real target unknown',
  },
  'S',
  { zh: '删去名称中的数值，以指标值栏为准', en: 'remove the value from the name; keep the target column' },
);

/** `review/template-row`: an unfilled template row (`指标2:`, `……`). */
export const templateRow: ReviewRule<{ allowEmptyInTier1: string[] }> = {
  id: 'template-row',
  title: M.defs['review/template-row'].title,
  why: {
    zh: '“指标2:”“……”等空白模板行不是指标，应删除或补全（整体支出表投入管理指标下只有二级标题的空行除外）',
    en: 'blank template rows such as "指标2:" or "……" are not indicators: delete or fill them (the heading-only rows of a whole-unit 投入管理 block excepted)',
  },
  source: 'NOTATION.md; the Tianchang sample; the seed (投入管理 headings)',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'info',
  params: z.strictObject({ allowEmptyInTier1: z.array(z.string()) }),
  defaults: { allowEmptyInTier1: ['input-management'] },
  check(doc, params, ctx) {
    const hits: RuleHit[] = [];
    doc.indicators.forEach((ind, i) => {
      if (!ctx.names[i]?.isPlaceholderRow) return;
      if (ind.name.trim() === '' && params.allowEmptyInTier1.some((c) => inCategory(ind, c, 1))) return;
      hits.push({ path: at(i, 'name'), message: M.defs['review/template-row'].text({ name: nameOf(ind, i) }) });
    });
    return hits;
  },
};

/** `review/duplicate-indicator`: the same indicator twice. */
export const duplicateIndicator: ReviewRule<Record<string, never>> = {
  id: 'duplicate-indicator',
  title: M.defs['review/duplicate-indicator'].title,
  why: {
    zh: '同一指标出现两次会重复计分，也说明指标体系未经整理',
    en: 'an indicator listed twice is scored twice and shows the indicator set was not edited',
  },
  source: 'RULES §6',
  confidence: 'S',
  kinds: ALL_KINDS,
  severity: 'warning',
  params: z.strictObject({}) as unknown as z.ZodType<Record<string, never>>,
  defaults: {},
  check(doc, _params, ctx) {
    const hits: RuleHit[] = [];
    const seen = new Map<string, number>();
    doc.indicators.forEach((ind, i) => {
      const inspection = ctx.names[i];
      if (inspection?.isPlaceholderRow || ind.target.kind === 'notApplicable') return;
      const key = squash(inspection?.cleanName ?? ind.name);
      if (key === '') return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return;
      }
      hits.push({
        path: at(i, 'name'),
        message: M.defs['review/duplicate-indicator'].text({ name: nameOf(ind, i), first: first + 1 }),
        data: { first },
      });
    });
    return hits;
  },
};
