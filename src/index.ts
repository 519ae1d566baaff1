/**
 * jixiao (绩效): exact, typed budget performance documents of China — declarations (绩效目标申报表) and
 * self-evaluations (绩效自评表), their target notation, reconciliation, scoring, review and monitoring.
 *
 * @packageDocumentation
 * @module jixiao
 */
export * from './model/index';
export * from './money/index';
export * from './i18n/index';
export * from './notation/index';
export * from './forms/index';
export * from './budget/index';
export * from './evaluate/index';
export * from './score/index';
export * from './review/index';
export * from './monitor/index';
