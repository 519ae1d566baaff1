import { readFileSync } from 'node:fs';
import { parseForm } from '../../src/forms/index';
import type { EvaluatedIndicator, PerformanceDocument, SelfEvaluation, Target } from '../../src/model/index';
import { parseActual } from '../../src/notation/parse-actual';
import { parseTarget } from '../../src/notation/parse-target';

export function load(path: string): PerformanceDocument {
  const r = parseForm(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`fixture did not parse: ${path}`);
  return r.value;
}

export function target(text: string): Target {
  const r = parseTarget(text);
  if (!r.ok) throw new Error(`bad target ${text}`);
  return r.value;
}

/** A self-evaluation row built in code: [tier1, tier2, name, target, actual, weight, published score]. */
export function row(tier1: string, tier2: string, name: string, t: string, a: string, weight: string | null, published: string | null = null): EvaluatedIndicator {
  const actual = parseActual(a);
  if (!actual.ok) throw new Error(`bad actual ${a}`);
  return { tier1, tier2, name, target: target(t), actual: actual.value, weight, publishedScore: published, deviationNote: null };
}

export function selfEvaluation(indicators: EvaluatedIndicator[], budget: { adjusted: string | null; executed: string | null; weight?: string | null; rate?: string | null; score?: string | null }, publishedTotal: string | null = null): SelfEvaluation {
  return {
    kind: 'self-evaluation',
    scope: 'project',
    fiscalYear: 2023,
    name: '示例项目',
    supervisingDepartment: null,
    implementingUnit: null,
    amountUnit: 'yuan',
    budget: {
      lines: [{ source: 'total', label: '年度资金总额', initial: budget.adjusted, adjusted: budget.adjusted, executed: budget.executed }],
      weight: budget.weight ?? null,
      publishedRate: budget.rate ?? null,
      publishedScore: budget.score ?? null,
    },
    goal: { planned: '', actual: '' },
    indicators,
    publishedTotal,
  };
}
