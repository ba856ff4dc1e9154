import { isKinerjaError, KinerjaError } from './error';
import { issueOf, prefixIssues, type Issue } from './issue';
import { periksaObjek } from './periksa';

/**
 * A successful {@link Result}.
 *
 * @category Inti
 * @example
 * const r: Berhasil<number> = { success: true, data: 32 };
 */
export interface Berhasil<T> {
  /** Always `true`: the operation succeeded. */
  readonly success: true;
  /** The value computed. */
  readonly data: T;
}

/**
 * A failed {@link Result}: every issue found, never just the first.
 *
 * @category Inti
 * @example
 * const r: Gagal = { success: false, issues: [] };
 */
export interface Gagal {
  /** Always `false`: the operation failed. */
  readonly success: false;
  /** Why, as coded issues (at least one), each with its path and its message in both languages. */
  readonly issues: readonly Issue[];
}

/**
 * The outcome of an operation that can fail for expected domain reasons, shaped like zod's `safeParse`:
 * narrow on `success`.
 *
 * @category Inti
 * @example
 * const r = safeParsePredikat('Cukup');
 * if (r.success) r.data; //=> 'butuh-perbaikan'
 */
export type Result<T> = Berhasil<T> | Gagal;

/**
 * A successful result.
 *
 * @internal
 */
export function ok<T>(data: T): Berhasil<T> {
  return Object.freeze({ success: true as const, data });
}

/**
 * A failed result with the given issues.
 *
 * @internal
 */
export function fail(issues: readonly Issue[]): Gagal {
  return Object.freeze({ success: false as const, issues: Object.freeze([...issues]) });
}

/**
 * The data of a successful result, or a thrown {@link KinerjaError} (`validasi-gagal`) with the issues.
 *
 * @param result - A result from any `validate…`, `safe…` or `create…` function.
 * @returns The result's `data`; for a failed result it throws `KinerjaError` `validasi-gagal` carrying the result's
 *   issues.
 * @category Inti
 * @example
 * unwrap(safeParsePredikat('Baik')); //=> 'baik'
 */
export function unwrap<T>(result: Result<T>): T {
  periksaObjek(result, 'result');
  if (result.success === true) return result.data;
  if (result.success !== false || !Array.isArray(result.issues)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'unwrap menerima Result { success, data | issues }.',
      'unwrap takes a Result { success, data | issues }.',
    );
  }
  const first = result.issues[0];
  throw new KinerjaError(
    'validasi-gagal',
    first === undefined ? 'Validasi gagal.' : `Validasi gagal: ${first.message}`,
    first === undefined ? 'Validation failed.' : `Validation failed: ${first.messageEn}`,
    result.issues,
  );
}

/**
 * Runs a throwing function and returns its outcome as a {@link Result}: a {@link KinerjaError} becomes one issue
 * with the error's code (its own issues when it carries some); any other error is rethrown (a bug, not misuse).
 * The `safe…` twins of the throwing API are built on it.
 *
 * @internal
 */
export function safely<T>(fn: () => T): Result<T> {
  try {
    return ok(fn());
  } catch (e) {
    if (!isKinerjaError(e)) throw e;
    return fail(e.issues.length > 0 ? e.issues : [issueOf(e.code, [], e.message, e.messageEn)]);
  }
}

/**
 * The failure of a replay given something other than a list of events (`riwayat-tidak-valid`): the replay functions
 * of the workflows check their history with it first.
 *
 * @internal
 */
export function riwayatBukanDaftar(): Result<never> {
  return fail([
    issueOf('riwayat-tidak-valid', [], 'Riwayat harus berupa daftar peristiwa.', 'A history must be a list of events.'),
  ]);
}

/**
 * Folds the events of a history onto a state from index `dari`, stopping at the first failed transition with its
 * issues located under the event's index. The replay functions of the workflows are built on it.
 *
 * @internal
 */
export function putarUlang<S>(
  awal: S,
  riwayat: readonly unknown[],
  dari: number,
  langkah: (state: S, peristiwa: unknown) => Result<S>,
): Result<S> {
  let state = awal;
  for (let i = dari; i < riwayat.length; i++) {
    const r = langkah(state, riwayat[i]);
    if (!r.success) return fail(prefixIssues(r.issues, [i]));
    state = r.data;
  }
  return ok(state);
}
