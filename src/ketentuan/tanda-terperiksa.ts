import type { KetentuanBerlaku } from '../ketentuan/types';

// Rule sets known to have passed validateKetentuan (the built-in ones and every result of validateKetentuan /
// deriveKetentuan). A memo, not state: membership only spares a second validation of a frozen, checked value.
const TERPERIKSA = new WeakSet<object>();

/**
 * Marks a frozen rule set as checked and returns it.
 *
 * @internal
 */
export function tandaiKetentuan<K extends KetentuanBerlaku>(k: K): K {
  TERPERIKSA.add(k);
  return k;
}

/**
 * Whether a value is a rule set marked by {@link tandaiKetentuan}.
 *
 * @internal
 */
export function isKetentuanTerperiksa(value: unknown): value is KetentuanBerlaku {
  return value !== null && typeof value === 'object' && TERPERIKSA.has(value);
}
