import { scoreMessages as M } from '../i18n/messages/score';
import { argumentError, isResult } from '../model/argument-error';
import type { Finding } from '../model/finding';
import type { SelfEvaluation } from '../model/self-evaluation';
import { schemeArgument } from './compile';
import type { SchemeId } from './presets/index';
import { national } from './presets/national';
import type { Scheme } from './scheme';
import { scoreDocument, type DocRow } from './score-document';
import type { Scorecard } from './types';

/**
 * Scores a self-evaluation (绩效自评表) under a scheme (RULES §4–§5): every row's weight (declared weights win;
 * a tier's remaining weight is spread exactly; not-applicable weights rescaled), its score with the arithmetic
 * as a trace, tier subtotals, the budget-execution score, the total (the sum of the rounded parts), the grade,
 * the warnings — and every published claim (row scores, execution rate and score, total) compared with the
 * computation. Empty template rows (`指标2:`, `……` with nothing filled) are skipped with one info finding; a row's
 * adjusted target (调整指标值) replaces its initial one. Nothing the document holds makes it throw: a weight that
 * cannot be used (negative, `-0`) is an error finding at its place and its row is not scored. What is no
 * self-evaluation at all, or no scheme, is a programmer error: a `TypeError` naming the parameter.
 *
 * @param selfEval - the self-evaluation (imported with `parseForm` or validated JSON)
 * @param scheme - the scheme or a preset id (`'hubei'`; default `national`)
 * @returns the scorecard
 * @example
 * const card = scoreSelfEvaluation(parseForm(text).value);
 * card.total //=> '98.62'
 * card.budgetExecution?.trace //=> '10 × 86.18% = 8.62'
 * card.claims.every((c) => c.status === 'agrees') //=> true
 * @category Scoring
 */
export function scoreSelfEvaluation(selfEval: SelfEvaluation, scheme: Scheme | SchemeId = national): Scorecard {
  const doc = selfEval as Partial<SelfEvaluation> | null;
  if (typeof doc !== 'object' || doc === null || doc.kind !== 'self-evaluation' || !Array.isArray(doc.indicators) || !Array.isArray(doc.budget?.lines)) {
    const hint = isResult(selfEval) ? 'pass the Result’s value (parseForm(text).value), after checking ok' : 'validate JSON with validateSelfEvaluation first';
    throw argumentError('scoreSelfEvaluation', 'selfEval', "a self-evaluation (kind 'self-evaluation' with indicators and budget.lines)", selfEval, hint);
  }
  const c = schemeArgument(scheme, 'scoreSelfEvaluation');
  const rows: DocRow[] = [];
  let skipped = 0;
  selfEval.indicators.forEach((ind, index) => {
    const empty =
      ind.target.kind === 'missing' &&
      ind.actual.kind === 'missing' &&
      (ind.weight ?? null) === null &&
      ind.publishedScore === null;
    if (empty) {
      skipped += 1;
      return;
    }
    rows.push({
      index,
      indicator: ind,
      target: ind.adjustedTarget ?? ind.target,
      actual: ind.actual,
      declared: ind.weight ?? null,
      published: ind.publishedScore,
      coefficient: ind.coefficient ?? null,
    });
  });
  const findings: Finding[] = skipped > 0 ? [M.finding('score/empty-rows-skipped', 'info', { count: skipped })] : [];
  const lines = selfEval.budget.lines;
  const line = lines.find((l) => l.source === 'total') ?? (lines.length === 1 ? lines[0] : undefined);
  const budget = {
    adjusted: line?.adjusted ?? null,
    executed: line?.executed ?? null,
    declaredWeight: selfEval.budget.weight,
    publishedRate: selfEval.budget.publishedRate,
    publishedScore: selfEval.budget.publishedScore,
  };
  return scoreDocument(rows, budget, c, {
    kind: 'self-evaluation',
    subject: selfEval.name,
    origins: selfEval.origins,
    tierWeights: selfEval.tierWeights,
    publishedTotal: selfEval.publishedTotal,
    findings,
    rowScoresAreClaims: true,
    fiscalYear: selfEval.fiscalYear,
  });
}
