export { executionRate, type ExecutionRateOptions } from './execution-rate';
export { reconcileBudget } from './reconcile-budget';
export type { IdentityCheck, ReconcileOptions, Reconciliation } from './types';
