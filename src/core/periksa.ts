import { formatNilai, KinerjaError } from './error';

function salah(nama: string, jenis: string, jenisEn: string, value: unknown): KinerjaError {
  return new KinerjaError(
    'argumen-tidak-valid',
    `${nama} harus berupa ${jenis}, bukan ${formatNilai(value)}.`,
    `${nama} must be ${jenisEn}, not ${formatNilai(value)}.`,
  );
}

/**
 * Guards a public function's argument: throws {@link KinerjaError} `argumen-tidak-valid` unless it is a non-null
 * object (arrays included), so that misuse never surfaces as a `TypeError` from deep inside.
 *
 * @internal
 * @example
 * periksaObjek({}, 'rencana'); // passes
 * periksaObjek(null, 'rencana'); // throws KinerjaError 'argumen-tidak-valid'
 */
export function periksaObjek(value: unknown, nama: string): asserts value is object {
  if (value === null || typeof value !== 'object') throw salah(nama, 'objek', 'an object', value);
}

/**
 * Guards an argument that must be iterable (an array, a set, a generator…); throws {@link KinerjaError}
 * `argumen-tidak-valid` otherwise. Strings are refused: a string is rarely the list that was meant.
 *
 * @internal
 * @example
 * periksaDaftar([1, 2], 'pegawai'); // passes
 */
export function periksaDaftar(value: unknown, nama: string): asserts value is Iterable<unknown> {
  if (
    value === null ||
    typeof value !== 'object' ||
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw salah(nama, 'daftar', 'a list', value);
  }
}

/**
 * The items of an argument that must be iterable: checked as {@link periksaDaftar} does, then read through the
 * iteration protocol written out, so that an iterator that breaks it (not an object, no `next`, a result that is not
 * an object) throws {@link KinerjaError} `argumen-tidak-valid` where `for…of` would throw a `TypeError`. An array is
 * returned as it is (no copy); any other iterable is read into a new array.
 *
 * @internal
 * @example
 * daftarDari(new Set([1, 2]), 'nilai'); // [1, 2]
 */
export function daftarDari<T>(value: Iterable<T>, nama: string): readonly T[] {
  periksaDaftar(value, nama);
  if (Array.isArray(value)) return value;
  const it: unknown = value[Symbol.iterator]();
  periksaProtokol(it, 'next', `${nama}[Symbol.iterator]()`);
  const next = it['next'] as () => unknown;
  const out: T[] = [];
  for (;;) {
    const r: unknown = next.call(it);
    periksaProtokol(r, null, `${nama}: next()`);
    if (r.done) return out;
    out.push(r.value as T);
  }
}

/**
 * Guards a text argument; throws {@link KinerjaError} `argumen-tidak-valid` unless it is a string.
 *
 * @internal
 * @example
 * periksaTeks('2024-03-01', 'hariIni'); // passes
 */
export function periksaTeks(value: unknown, nama: string): asserts value is string {
  if (typeof value !== 'string') throw salah(nama, 'teks', 'a string', value);
}

/**
 * Guards what a caller's stream or iterator gives (`[Symbol.asyncIterator]()`, `getReader()`, `next()`, `read()`):
 * throws {@link KinerjaError} `argumen-tidak-valid` unless it is an object (with the method `fungsi` when one is
 * named), where the language's own iteration would throw a `TypeError`.
 *
 * @internal
 * @example
 * periksaProtokol({ done: true }, null, 'sumber: next()'); // passes
 * periksaProtokol(5, 'next', 'sumber[Symbol.asyncIterator]()'); // throws KinerjaError 'argumen-tidak-valid'
 */
export function periksaProtokol(
  value: unknown,
  fungsi: string | null,
  nama: string,
): asserts value is { readonly done?: unknown; readonly value?: unknown } & Record<string, unknown> {
  if (
    value !== null &&
    typeof value === 'object' &&
    (fungsi === null || typeof (value as Record<string, unknown>)[fungsi] === 'function')
  )
    return;
  const [id, en] =
    fungsi === null ? ['objek', 'an object'] : [`objek dengan ${fungsi}()`, `an object with ${fungsi}()`];
  throw salah(nama, id, en, value);
}
