/**
 * jixiao/testing: what an app needs to test its own rules on performance documents — builders whose defaults
 * pass the national review, the seed and real samples as typed fixtures, and runner-agnostic assertions (with
 * optional vitest/jest matchers). Apps that do not import it do not bundle it.
 *
 * @packageDocumentation
 * @module jixiao/testing
 */
export { JixiaoAssertionError, type AssertionDetails } from './assertion-error';
export { assertFinding, assertNoErrors, assertNoFinding, assertReconciles, assertScores, type FindingQuery, type FindingSource } from './assertions';
export { projectDeclaration, selfEvaluation, selfEvaluationBudget, unitDeclaration, type DocumentOptions } from './documents';
export { chizhouTangxi2022, nanyue2018, seed, tianchang2022 } from './fixtures';
export { indicator, row, type IndicatorOptions, type RowOptions } from './indicator';
export { jixiaoMatchers, type JixiaoMatchers, type MatcherResult } from './matchers';
