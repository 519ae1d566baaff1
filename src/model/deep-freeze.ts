/**
 * Freezes an object and every object and array inside it, so that a shared preset cannot be changed by one caller
 * under another (`schemes.national.grades[3].grade = '优'` throws in strict mode instead of changing every later
 * score). Functions are left as they are: they belong to whoever wrote them.
 *
 * @param value - a value built by the library (never a caller's input: freezing is a change)
 * @returns the same value, frozen
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const v of Object.values(value)) deepFreeze(v);
  return Object.freeze(value);
}
