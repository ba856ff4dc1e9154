import type { Issue } from './types';

/**
 * The stable codes of {@link KinerjaError}: misuse of the API, never an expected domain outcome.
 *
 * - `argumen-tidak-valid`: an argument is not of the documented shape (not an object, wrong type).
 * - `kode-tidak-dikenal`: a code that the rule set does not know.
 * - `desimal-tidak-valid`: a string or number that is not an exact decimal.
 * - `pembagian-nol`: division by zero.
 * - `validasi-gagal`: a throwing twin (`parse…`, `unwrap`) met a failed {@link Result}; see `issues`.
 * - `ketentuan-tidak-valid`: a rule set that does not pass {@link validateKetentuan}.
 * - `tidak-ditemukan`: an id (of an RHK, a tugas tambahan, …) that the document does not hold.
 *
 * @category Inti
 * @example
 * const code: KodeGalat = 'kode-tidak-dikenal';
 */
export type KodeGalat =
  | 'argumen-tidak-valid'
  | 'kode-tidak-dikenal'
  | 'desimal-tidak-valid'
  | 'pembagian-nol'
  | 'validasi-gagal'
  | 'ketentuan-tidak-valid'
  | 'tidak-ditemukan';

/**
 * The library's error class, thrown only for misuse of the API. `message` is in Bahasa Indonesia,
 * `messageEn` in English; `code` is stable; `issues` holds the coded details where there are any.
 *
 * @category Inti
 * @example
 * try {
 *   unwrap(safeParsePredikat('luar biasa'));
 * } catch (e) {
 *   if (e instanceof KinerjaError) console.log(e.code); //=> 'validasi-gagal'
 * }
 */
export class KinerjaError extends Error {
  /** Stable code of the error. */
  readonly code: KodeGalat;
  /** The message in English. */
  readonly messageEn: string;
  /** Coded details, where the error comes from a failed validation. */
  readonly issues: readonly Issue[];

  /**
   * Creates the error. The library throws it for misuse of its API; an app may throw it for its own.
   *
   * @param code - The error's code (`argumen-tidak-valid`, `kode-tidak-dikenal`, …).
   * @param message - What went wrong, in Bahasa Indonesia.
   * @param messageEn - The same in English.
   * @param issues - The coded issues behind the error, if any (copied and frozen).
   */
  constructor(code: KodeGalat, message: string, messageEn: string, issues: readonly Issue[] = []) {
    // The check is outside the class body: a class that names itself inside its body is renamed by bundlers
    // (`var KinerjaError = class _KinerjaError`), and Node then prints the error as `_KinerjaError`.
    periksaArgumenGalat(code, message, messageEn, issues);
    super(message);
    // Not enumerable, as Error's own `name` is: Node prints the name once, in the first line of the stack.
    Object.defineProperty(this, 'name', {
      value: 'KinerjaError',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = code;
    this.messageEn = messageEn;
    this.issues = Object.freeze([...issues]);
  }
}

function periksaArgumenGalat(code: unknown, message: unknown, messageEn: unknown, issues: unknown): void {
  if (
    typeof code !== 'string' ||
    typeof message !== 'string' ||
    typeof messageEn !== 'string' ||
    !Array.isArray(issues)
  ) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'KinerjaError menerima (code, message, messageEn, issues?) berupa teks dan daftar.',
      'KinerjaError takes (code, message, messageEn, issues?) as strings and a list.',
    );
  }
}

/**
 * Whether a value is a {@link KinerjaError} (also across duplicated copies of the library).
 *
 * @param value - Anything, typically what a `catch` gives.
 * @returns `true` for a `KinerjaError` of any copy of the library, else `false`.
 * @category Inti
 * @example
 * isKinerjaError(new Error('x')); //=> false
 */
export function isKinerjaError(value: unknown): value is KinerjaError {
  return (
    value instanceof KinerjaError ||
    (value instanceof Error && value.name === 'KinerjaError' && typeof (value as { code?: unknown }).code === 'string')
  );
}

/**
 * A short, safe rendering of any value for an error message: never throws (even for objects whose `toString` is
 * broken), strings are quoted, long output is cut.
 *
 * @internal
 */
export function formatNilai(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (value === null || typeof value !== 'object') {
    try {
      return String(value);
    } catch {
      return `[${typeof value}]`;
    }
  }
  return Array.isArray(value) ? '[array]' : '[object]';
}
