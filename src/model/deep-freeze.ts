/**
 * Internal: freezes a value and everything reachable from it (plain objects and arrays), so that shared data —
 * vocabularies, presets, default settings — cannot be changed by one caller under another (issue 10). Not
 * exported from the package.
 *
 * @param value - the value to freeze (frozen in place)
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
