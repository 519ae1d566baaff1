/** A short description of what a caller passed: `10 (a number)`, `'1e3'`, `an object with keys ok, value`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? 'an empty object' : `an object with keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
  }
  return `${String(value)} (a ${typeof value})`;
}

/**
 * The error a public function throws for a programmer error (a value that breaks its TypeScript signature): a
 * `TypeError` naming the function and the parameter, saying what was expected and what was given, and how to
 * get it right when that is known (`pass r.value, not the Result`).
 *
 * @param fn - the public function
 * @param param - the parameter's name
 * @param expected - what it must be
 * @param value - what was given
 * @param hint - what to do, when known
 * @returns the error, to throw
 */
export function argumentError(fn: string, param: string, expected: string, value: unknown, hint?: string): TypeError {
  return new TypeError(`jixiao: ${fn}: ${param} must be ${expected} (got ${describe(value)})${hint === undefined ? '' : `; ${hint}`}`);
}

/** Whether a value is a `Result` passed where its value was meant (`defineScheme(…)` instead of `defineScheme(…).value`). */
export function isResult(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'ok' in value && ('value' in value || 'errors' in value);
}
