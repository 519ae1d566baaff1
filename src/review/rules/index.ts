import type { ReviewRule } from '../rule';
import { budgetIdentity } from './budget-identity';
import { duplicateIndicator, nameMarker, nameNumbering, namePlaceholder, nameTarget, nameTargetConflict, templateRow } from './names';
import { costIndicators, requiredTier1, requiredTier2 } from './structure';
import { directionConflict, operatorMissing, rateAbove100, satisfactionFloor, targetMissing, targetReference, unitMissing } from './targets';
import { unitMismatch } from './unit-mismatch';
import { weightsSum } from './weights';

/** Every built-in rule, in the order they run (and are listed in docs/review-rules.md). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const BUILTIN_RULES: readonly ReviewRule<any>[] = [
  requiredTier1,
  requiredTier2,
  costIndicators,
  targetMissing,
  targetReference,
  unitMissing,
  operatorMissing,
  directionConflict,
  namePlaceholder,
  nameNumbering,
  nameMarker,
  templateRow,
  nameTarget,
  nameTargetConflict,
  rateAbove100,
  unitMismatch,
  duplicateIndicator,
  satisfactionFloor,
  weightsSum,
  budgetIdentity,
];
