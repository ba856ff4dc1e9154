import type { RekamAngkaKredit } from '../penilaian/rekam-ak';

// AK records known to be valid: built by createRekamAngkaKredit or returned by validateRekamAngkaKredit, and frozen
// (so nobody can change them afterwards). A memo, not state: membership only spares a second check of the same value.
const TERPERIKSA = new WeakSet<object>();

/**
 * Marks a frozen, checked AK record and returns it.
 *
 * @internal
 */
export function tandaiRekam(r: RekamAngkaKredit): RekamAngkaKredit {
  if (Object.isFrozen(r)) TERPERIKSA.add(r);
  return r;
}

/**
 * Whether a value is an AK record marked by {@link tandaiRekam}.
 *
 * @internal
 */
export function isRekamTerperiksa(value: unknown): value is RekamAngkaKredit {
  return value !== null && typeof value === 'object' && TERPERIKSA.has(value);
}
