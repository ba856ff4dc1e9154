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
 * Guards a text argument; throws {@link KinerjaError} `argumen-tidak-valid` unless it is a string.
 *
 * @internal
 * @example
 * periksaTeks('2024-03-01', 'hariIni'); // passes
 */
export function periksaTeks(value: unknown, nama: string): asserts value is string {
  if (typeof value !== 'string') throw salah(nama, 'teks', 'a string', value);
}
