import type { z } from 'zod';
import { KinerjaError } from './error';

/** How deep a document may nest; the library's documents are at most 8 deep. */
export const KEDALAMAN_MAKSIMUM = 64;

/** What `schema.safeParse` returns: the outcome of both parses here. */
type Parsed<S extends z.ZodType> = ReturnType<S['safeParse']>;

/**
 * A plain, unfrozen copy of an untrusted value for a schema to read, so that a failed parse never freezes or
 * changes what the caller gave (zod's `.readonly()` freezes the value it was handed, even when it is refused).
 * Objects and arrays are copied key by key (an own `__proto__` key stays a plain key); a function is replaced by an
 * empty function and an object of another class by an empty object without prototype, for the schema to refuse.
 * With `batas` below the maximum, only that many levels are copied (for an envelope whose payloads the schema leaves
 * untouched). Nesting deeper than {@link KEDALAMAN_MAKSIMUM} (a cycle included) throws {@link KinerjaError}
 * `argumen-tidak-valid`. Errors raised by the caller's own getters or proxies pass through unchanged.
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
  // An empty plain object: one of the same class could break the schema on a getter of that class (a typed array's
  // `length` called on a stand-in is a TypeError). A plain one, not one without a prototype: zod's length checks
  // compare what they find with a number (see below), and an object without a prototype has no primitive value.
  if (proto !== Object.prototype && proto !== null) return {};
  const o: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    let v = salinPolos((value as Record<string, unknown>)[key], kedalaman + 1, batas);
    // zod's length and size checks read `length` and `size` of any value they meet, even one its type check refused,
    // and compare it with a number: a symbol there is a TypeError, so the copy holds its text (the verdict is the
    // same: no schema of the library has such a key, and a text or list was expected where it met this object).
    if (typeof v === 'symbol' && (key === 'length' || key === 'size')) v = String(v);
    // An own "__proto__" key (JSON.parse makes one) stays a plain key: assignment would set the prototype.
    if (key === '__proto__')
      Object.defineProperty(o, key, { value: v, enumerable: true, writable: true, configurable: true });
    else o[key] = v;
  }
  return o;
}

/**
 * `schema.safeParse` of a {@link salinPolos} copy: the caller's value is never frozen, whatever the outcome.
 *
 * @internal
 */
export function parseSalinan<S extends z.ZodType>(schema: S, value: unknown, batas = KEDALAMAN_MAKSIMUM): Parsed<S> {
  let salinan: unknown;
  try {
    salinan = salinPolos(value, 0, batas);
  } catch (e) {
    if (!(e instanceof KinerjaError)) throw e;
    const issue = {
      code: 'custom',
      path: [],
      message: e.message,
      input: undefined,
      params: { messageEn: e.messageEn },
    };
    return { success: false, error: { issues: [issue] } } as unknown as Parsed<S>;
  }
  return schema.safeParse(salinan) as Parsed<S>;
}

/** The part of a zod 4 schema's definition that {@link pemeriksaUtuh} reads. */
interface DefSkema {
  readonly type: string;
  readonly innerType?: SkemaZod;
  readonly element?: SkemaZod;
  readonly valueType?: SkemaZod;
  readonly shape?: Readonly<Record<string, SkemaZod>>;
  readonly options?: readonly SkemaZod[];
}
interface SkemaZod {
  readonly _zod: { readonly def: DefSkema };
}

/** Whether zod, reading a value with a schema, leaves all of the value's objects untouched (see {@link pemeriksaUtuh}). */
type Cek = (value: unknown) => boolean;

// Kinds that never keep nor freeze an object they get: they refuse it (primitives), or hand it on untouched (`unknown`,
// `any`: as the copy's levels below `batas` would).
const DAUN = new Set([
  'string',
  'number',
  'boolean',
  'bigint',
  'enum',
  'literal',
  'null',
  'undefined',
  'unknown',
  'any',
]);

// One checker per schema node, built on first use (schemas are module constants): a memo, not state. `null` marks a
// node with nothing to check (a leaf: zod neither keeps nor freezes an object it refuses there).
const PEMERIKSA = new WeakMap<object, Cek | null>();

/** The container a schema (unwrapped of `optional` / `nullable` / `readonly`) builds anew: `array`, `object` or none. */
function wadah(skema: SkemaZod): 'array' | 'object' | null {
  const def = skema._zod.def;
  if (def.type === 'optional' || def.type === 'nullable' || def.type === 'readonly')
    return wadah(def.innerType as SkemaZod);
  return def.type === 'array' ? 'array' : def.type === 'object' || def.type === 'record' ? 'object' : null;
}

/** A plain object: what {@link salinPolos} copies key by key (any other class becomes an empty stand-in). */
function polos(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A value that compares with a number without throwing (not a symbol, not an object that may lack a primitive value). */
const primitif = (x: unknown): boolean =>
  x === null || (typeof x !== 'object' && typeof x !== 'function' && typeof x !== 'symbol');

/**
 * Whether zod's length and size checks can read this value as it is: they run on any value with a `length` or `size`
 * (even one the type check refused) and compare that with a number, which throws a TypeError for a symbol or an object
 * without a primitive value. Such a value is copied first ({@link salinPolos} makes it comparable).
 */
const ukuranAman = (v: unknown): boolean =>
  v === null ||
  (typeof v !== 'object' && typeof v !== 'function') ||
  (primitif((v as { length?: unknown }).length) && primitif((v as { size?: unknown }).size));

/**
 * The checker of a schema: whether zod, parsing a value with it as it is, could neither freeze nor return any object
 * of the value, nor read anything a {@link salinPolos} copy would not hold. Zod builds a new container at every
 * object, record and array node and freezes, at a `readonly` node, only what it got there: so the checker asks that a
 * `readonly` node meets a primitive or the container its schema builds, that every object met at an object or record
 * node is plain with its own keys, and it walks only the containers (leaves hold nothing zod could freeze).
 * A union asks each option's check; node kinds it does not follow (a pipe, a lazy or a custom schema…) meeting an
 * object answer `false`.
 */
function pemeriksaUtuh(skema: SkemaZod): Cek | null {
  if (PEMERIKSA.has(skema)) return PEMERIKSA.get(skema) as Cek | null;
  const def = skema._zod.def;
  let cek: Cek | null = null;
  if (def.type === 'optional' || def.type === 'nullable') cek = pemeriksaUtuh(def.innerType as SkemaZod);
  else if (def.type === 'readonly') {
    const dalam = pemeriksaUtuh(def.innerType as SkemaZod);
    const jenis = wadah(def.innerType as SkemaZod);
    cek = (v) =>
      typeof v !== 'object' || v === null
        ? typeof v !== 'function'
        : jenis !== null && Array.isArray(v) === (jenis === 'array') && (dalam === null || dalam(v));
  } else if (def.type === 'array') {
    const unsur = pemeriksaUtuh(def.element as SkemaZod);
    cek = (v) => {
      if (!Array.isArray(v)) return typeof v !== 'object' || v === null || (polos(v) && ukuranAman(v));
      if (unsur !== null) for (let i = 0; i < v.length; i++) if (!unsur(v[i])) return false;
      return true;
    };
  } else if (def.type === 'object' || def.type === 'record') {
    // The keys whose schema has something to check, and their checks (parallel lists: the loop below is hot).
    const kunci: string[] = [];
    const anak: Cek[] = [];
    for (const k of def.shape === undefined ? [] : Object.keys(def.shape)) {
      const c = pemeriksaUtuh((def.shape as Record<string, SkemaZod>)[k] as SkemaZod);
      if (c !== null) {
        kunci.push(k);
        anak.push(c);
      }
    }
    const nilai = def.type === 'record' ? pemeriksaUtuh(def.valueType as SkemaZod) : null;
    cek = (v) => {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return true;
      if (!polos(v)) return false;
      for (let i = 0; i < anak.length; i++)
        if (!(anak[i] as Cek)((v as Record<string, unknown>)[kunci[i] as string])) return false;
      if (nilai !== null) for (const k of Object.keys(v)) if (!nilai((v as Record<string, unknown>)[k])) return false;
      return true;
    };
  } else if (def.type === 'union') {
    // Whichever option zod tries, each must be safe: every option's check has to pass.
    const pilihan = (def.options ?? []).map((o) => pemeriksaUtuh(o)).filter((c): c is Cek => c !== null);
    if (pilihan.length > 0) cek = (v) => pilihan.every((c) => c(v));
  } else if (DAUN.has(def.type)) {
    // A leaf with checks (a text's length): an object met there must be one zod's length check can compare.
    if ((def as { checks?: readonly unknown[] }).checks?.length) cek = ukuranAman;
  } else {
    // A kind this check does not follow (a pipe, a lazy or a custom schema…): an object there is copied.
    cek = (v) => (typeof v === 'object' ? v === null : typeof v !== 'function');
  }
  PEMERIKSA.set(skema, cek);
  return cek;
}

/**
 * {@link parseSalinan} without the copy where the copy changes nothing: when zod, reading `value` as it is, could
 * neither freeze nor return any object of it (see {@link pemeriksaUtuh}), the value is parsed directly; otherwise it
 * is copied first, as {@link parseSalinan} does. (`z.unknown` and `z.any` hand their value on, as the copy does below
 * its `batas`.) The verdict and the paths of the issues are the same (zod may say more about an object where a leaf was
 * expected, e.g. "received Int8Array" and its length, where the copy's stand-in is an empty object); a well-formed
 * document is not copied. A getter or proxy is read twice, once by the check and once by zod: one that answers
 * differently the second time is outside this promise.
 *
 * @internal
 */
export function parseUtuh<S extends z.ZodType>(schema: S, value: unknown, batas = KEDALAMAN_MAKSIMUM): Parsed<S> {
  const cek = pemeriksaUtuh(schema as unknown as SkemaZod);
  return cek === null || cek(value) ? (schema.safeParse(value) as Parsed<S>) : parseSalinan(schema, value, batas);
}
