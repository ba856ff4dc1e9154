import type { z } from 'zod';
import { KinerjaError } from '../core/error';

/** How deep a document may nest; the library's documents are at most 8 deep. */
export const KEDALAMAN_MAKSIMUM = 64;

/**
 * A plain, unfrozen copy of an untrusted value for a schema to read, so that a failed parse never freezes or
 * changes what the caller gave (zod's `.readonly()` freezes the value it was handed, even when it is refused).
 * Objects and arrays are copied key by key (an own `__proto__` key stays a plain key); a function or an object of
 * another class is replaced by an empty stand-in of the same kind, which the schema then refuses. With `batas` below the
 * maximum, only that many levels are copied (for an envelope whose payloads the schema leaves untouched). Nesting deeper than
 * {@link KEDALAMAN_MAKSIMUM} (a cycle included) throws {@link KinerjaError} `argumen-tidak-valid`. Errors raised by
 * the caller's own getters or proxies pass through unchanged.
 *
 * @internal
 */
export function salinPolos(value: unknown, kedalaman = 0, batas = KEDALAMAN_MAKSIMUM): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return function pengganti() {};
  if (kedalaman >= batas && batas < KEDALAMAN_MAKSIMUM) return value;
  if (kedalaman >= KEDALAMAN_MAKSIMUM) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Data bersarang lebih dalam dari ${KEDALAMAN_MAKSIMUM} tingkat (atau melingkar).`,
      `Data nests deeper than ${KEDALAMAN_MAKSIMUM} levels (or is cyclic).`,
    );
  }
  if (Array.isArray(value)) {
    const a: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) a[i] = salinPolos(value[i], kedalaman + 1, batas);
    return a;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return Object.create(proto as object) as unknown;
  const o: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = salinPolos((value as Record<string, unknown>)[key], kedalaman + 1, batas);
    // An own "__proto__" key (JSON.parse makes one) stays a plain key: assignment would set the prototype.
    if (key === '__proto__') Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
    else o[key] = v;
  }
  return o;
}

/**
 * `schema.safeParse` of a {@link salinPolos} copy: the caller's value is never frozen, whatever the outcome.
 *
 * @internal
 */
export function parseSalinan<S extends z.ZodType>(schema: S, value: unknown, batas = KEDALAMAN_MAKSIMUM): ReturnType<S['safeParse']> {
  let salinan: unknown;
  try {
    salinan = salinPolos(value, 0, batas);
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    const issue = { code: 'custom', path: [], message: e.message, input: undefined, params: { messageEn: e.messageEn } };
    return { success: false, error: { issues: [issue] } } as unknown as ReturnType<S['safeParse']>;
  }
  return schema.safeParse(salinan) as ReturnType<S['safeParse']>;
}
