import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type * as M from '../../src/model/index';

// The model's types are named interfaces (short hover text, API pages with every field), declared as
// `interface X extends z.infer<typeof X>`; these checks (run by `tsc`) keep each one equal to what its schema infers.
describe('named model types equal what their schemas infer', () => {
  it('documents and their parts', () => {
    expectTypeOf<M.PerformanceDocument>().toEqualTypeOf<z.infer<typeof M.PerformanceDocument>>();
    expectTypeOf<M.UnitDeclaration>().toEqualTypeOf<z.infer<typeof M.UnitDeclaration>>();
    expectTypeOf<M.ProjectDeclaration>().toEqualTypeOf<z.infer<typeof M.ProjectDeclaration>>();
    expectTypeOf<M.SelfEvaluation>().toEqualTypeOf<z.infer<typeof M.SelfEvaluation>>();
    expectTypeOf<M.SelfEvaluationBudget>().toEqualTypeOf<z.infer<typeof M.SelfEvaluationBudget>>();
    expectTypeOf<M.BudgetLine>().toEqualTypeOf<z.infer<typeof M.BudgetLine>>();
    expectTypeOf<M.ProjectFunds>().toEqualTypeOf<z.infer<typeof M.ProjectFunds>>();
    expectTypeOf<M.ExtraFunding>().toEqualTypeOf<z.infer<typeof M.ExtraFunding>>();
    expectTypeOf<M.UnitBudget>().toEqualTypeOf<z.infer<typeof M.UnitBudget>>();
    expectTypeOf<M.KeyTask>().toEqualTypeOf<z.infer<typeof M.KeyTask>>();
    expectTypeOf<M.DutyGoal>().toEqualTypeOf<z.infer<typeof M.DutyGoal>>();
    expectTypeOf<M.TierWeight>().toEqualTypeOf<z.infer<typeof M.TierWeight>>();
  });

  it('indicators and targets', () => {
    expectTypeOf<M.Indicator>().toEqualTypeOf<z.infer<typeof M.Indicator>>();
    expectTypeOf<M.EvaluatedIndicator>().toEqualTypeOf<z.infer<typeof M.EvaluatedIndicator>>();
    expectTypeOf<M.Target>().toEqualTypeOf<z.infer<typeof M.Target>>();
    expectTypeOf<M.QuantitativeTarget>().toEqualTypeOf<z.infer<typeof M.QuantitativeTarget>>();
    expectTypeOf<M.RangeTarget>().toEqualTypeOf<z.infer<typeof M.RangeTarget>>();
    expectTypeOf<M.ToleranceTarget>().toEqualTypeOf<z.infer<typeof M.ToleranceTarget>>();
    expectTypeOf<M.QualitativeTarget>().toEqualTypeOf<z.infer<typeof M.QualitativeTarget>>();
    expectTypeOf<M.ReferenceTarget>().toEqualTypeOf<z.infer<typeof M.ReferenceTarget>>();
    expectTypeOf<M.NotApplicableTarget>().toEqualTypeOf<z.infer<typeof M.NotApplicableTarget>>();
    expectTypeOf<M.MissingTarget>().toEqualTypeOf<z.infer<typeof M.MissingTarget>>();
  });
});
