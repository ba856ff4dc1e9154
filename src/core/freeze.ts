import { formatNilai, KinerjaError } from './error';

/**
 * Freezes a value and everything reachable from it (plain objects and arrays). Returns the same value.
 *
 * @internal
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

/**
 * Freezes a value the library has just built without freezing anything of the caller's: a part already frozen is kept
 * (the library's own values are frozen whole), a plain object or array not frozen yet is copied, frozen, its parts
 * treated the same way. An edit that spreads a caller's plan (read from JSON, so not frozen) into a new one thus gives
 * a frozen value and leaves the caller's objects as they were. Any other object (a class instance, a `Date`) is kept
 * as it is; a part seen twice (shared, or a cycle) is copied once.
 *
 * @internal
 * @example
 * const milikPemanggil = { a: [1] };
 * const v = bekuBaru({ x: milikPemanggil });
 * Object.isFrozen(v.x.a); //=> true
 * Object.isFrozen(milikPemanggil.a); //=> false
 */
export function bekuBaru<T>(value: T): T {
  return bekuSalinan(value, new Map()) as T;
}

function bekuSalinan(value: unknown, dilihat: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  if (dilihat.has(value)) return dilihat.get(value);
  if (Array.isArray(value)) {
    const a: unknown[] = new Array(value.length);
    dilihat.set(value, a);
    for (let i = 0; i < value.length; i++) if (i in value) a[i] = bekuSalinan(value[i], dilihat);
    return Object.freeze(a);
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const o: Record<string, unknown> = proto === null ? Object.create(null) : {};
  dilihat.set(value, o);
  for (const key of Object.keys(value)) o[key] = bekuSalinan((value as Record<string, unknown>)[key], dilihat);
  return Object.freeze(o);
}

/**
 * A frozen deep copy of plain data (what `JSON.parse` gives: objects, arrays, strings, finite numbers, booleans,
 * `null`); the original is left untouched, so a caller's objects never become the library's. Anything else (a
 * function, a `Date`, a class instance, `undefined` in an array, a cycle, nesting deeper than 64) throws
 * {@link KinerjaError} `argumen-tidak-valid`.
 *
 * @internal
 * @example
 * const asli = { a: [1, { b: 'x' }] };
 * const salinan = salinBeku(asli);
 * Object.isFrozen(salinan.a[1]); //=> true
 * Object.isFrozen(asli.a); //=> false
 */
export function salinBeku<T>(value: T): T {
  return salin(value, 0) as T;
}

function salin(value: unknown, kedalaman: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Number.isFinite(value)) return value;
      break;
    case 'object': {
      if (value === null) return value;
      if (kedalaman >= 64) break;
      if (Array.isArray(value)) {
        const a: unknown[] = [];
        for (let i = 0; i < value.length; i++) a.push(salin(value[i], kedalaman + 1));
        return Object.freeze(a);
      }
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) break;
      const o: Record<string, unknown> = {};
      for (const key in value) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) o[key] = salin(v, kedalaman + 1);
      }
      return Object.freeze(o);
    }
  }
  throw new KinerjaError(
    'argumen-tidak-valid',
    `Data harus data polos (objek, daftar, teks, angka, boolean, null) sedalam paling banyak 64, bukan ${formatNilai(value)}.`,
    `Data must be plain (objects, arrays, strings, numbers, booleans, null) at most 64 deep, not ${formatNilai(value)}.`,
  );
}
