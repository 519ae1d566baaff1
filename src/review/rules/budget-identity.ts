import { z } from 'zod';
import { reconcileBudget } from '../../budget/reconcile-budget';
import { reviewMessages as M } from '../../i18n/messages/review';
import { DecimalString } from '../../model/decimal-string';
import type { ReviewRule, RuleHit } from '../rule';
import { ALL_KINDS } from './common';

const Params = z.strictObject({ tolerance: DecimalString, precision: z.enum(['as-written', 'exact']) });

/**
 * `review/budget-identity`: every budget identity of RULES §3, checked by `reconcileBudget` (not re-implemented
 * here). Failed identities become `review/budget-identity` findings with reconcileBudget's message and amounts;
 * its other findings (blank totals or parts, `info`) are passed through with their own `budget/…` code.
 */
export const budgetIdentity: ReviewRule<z.infer<typeof Params>> = {
  id: 'budget-identity',
  title: M.defs['review/budget-identity'].title,
  why: {
    zh: '预算总额应等于各资金来源之和、等于基本支出与项目支出之和；不平衡说明金额填错或漏填',
    en: 'the total must equal the sum of the funding sources and of the expenditure structure; a failed identity means a wrong or lost amount',
  },
  source: 'RULES §3',
  confidence: 'C',
  kinds: ALL_KINDS,
  severity: 'error',
  params: Params,
  defaults: { tolerance: '0', precision: 'as-written' },
  check(doc, params) {
    const r = reconcileBudget(doc, { tolerance: params.tolerance, precision: params.precision });
    return r.findings.map((f): RuleHit => {
      const base = { path: f.path, ...(f.data !== undefined && { data: f.data }), ...(f.suggestion !== undefined && { suggestion: f.suggestion }) };
      return f.code === 'budget/identity-fails'
        ? { ...base, message: M.defs['review/budget-identity'].text({ detail: f.message }) }
        : { ...base, message: f.message, code: f.code, severity: f.severity };
    });
  },
};
