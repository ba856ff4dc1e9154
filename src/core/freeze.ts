/**
 * Freezes a value and everything reachable from it (plain objects and arrays). Returns the same value.
 *
 * @category Inti
 * @example
 * const v = deepFreeze({ a: [1, 2] });
 * Object.isFrozen(v.a); //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
