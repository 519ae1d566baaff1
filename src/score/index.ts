export { ActualsInputSchema, validateActuals, type ActualsInput } from './actuals';
export { scoreBudgetExecution } from './budget-execution';
export { defineScheme, parseScheme, type DeepPartial, type SchemeDefinition } from './define-scheme';
export { gradeOf, type GradeBand } from './grade-of';
export { hubei, national, schemes, type SchemeId } from './presets/index';
export { SchemeSchema, type CustomScorer, type CustomScorerContext, type Scheme, type SchemeData } from './scheme';
export { scoreDeclaration } from './score-declaration';
export { scoreIndicator } from './score-indicator';
export { scoreSelfEvaluation } from './score-self-evaluation';
export type {
  BudgetExecutionScore,
  Claim,
  ClaimStatus,
  Grading,
  IndicatorScore,
  ScoreFormula,
  ScoredIndicator,
  Scorecard,
  TierSubtotal,
} from './types';
