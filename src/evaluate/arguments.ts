// Checks of what TypeScript callers pass, cheap enough for every call: a value that breaks a signature is a
// programmer error (a TypeError naming the parameter), never a crash deep inside.
import { argumentError, isResult } from '../model/argument-error';
import { Actual } from '../model/actual';
import { Target } from '../model/target';

// Every kind a target or an actual can have, from the model (a new kind there is accepted here too).
const KINDS: ReadonlySet<string> = new Set([...Target.options, ...Actual.options].map((o) => o.shape.kind.value));

function hasKind(v: unknown): boolean {
  return typeof v === 'object' && v !== null && KINDS.has((v as { kind?: unknown }).kind as string);
}

/**
 * Throws unless `indicator` is an indicator: an object with a target (`{ kind, … }`) and a name.
 *
 * @param fn - the public function
 * @param indicator - the argument
 */
export function assertIndicator(fn: string, indicator: unknown): void {
  if (typeof indicator === 'object' && indicator !== null && hasKind((indicator as { target?: unknown }).target) && typeof (indicator as { name?: unknown }).name === 'string') return;
  throw argumentError(fn, 'indicator', 'an indicator ({ tier1, tier2, name, target })', indicator, isResult(indicator) ? 'pass the Result’s value' : undefined);
}

/**
 * Throws unless `actual` is an actual's text or a parsed actual (`{ kind, … }`).
 *
 * @param fn - the public function
 * @param actual - the argument
 */
export function assertActualInput(fn: string, actual: unknown): void {
  if (typeof actual === 'string' || hasKind(actual)) return;
  throw argumentError(fn, 'actual', 'an actual as text (\'32户\') or parsed ({ kind, … })', actual);
}
