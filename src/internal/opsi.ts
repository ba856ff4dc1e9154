import { formatNilai, KinerjaError } from '../core/error';
import type { Bahasa, OpsiBahasa } from '../core/issue';

export type { OpsiBahasa };

/**
 * The trailing options object of a public function: `undefined` gives `{}`, a plain object is returned as it is,
 * anything else (a rule set given where options belong, a string, an array) is misuse.
 *
 * @internal
 */
export function periksaOpsi<T extends object>(opsi: T | undefined, fungsi: string): Partial<T> {
  if (opsi === undefined) return {};
  if (opsi === null || typeof opsi !== 'object' || Array.isArray(opsi)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Opsi ${fungsi} harus berupa objek { … }, bukan ${formatNilai(opsi)}.`,
      `The options of ${fungsi} must be an object { … }, not ${formatNilai(opsi)}.`,
    );
  }
  return opsi;
}

/**
 * The `bahasa` of an options object, checked.
 *
 * @internal
 */
export function bahasaDari(opsi: OpsiBahasa | undefined): Bahasa {
  const bahasa = periksaOpsi(opsi, 'bahasa').bahasa ?? 'id';
  if (bahasa !== 'id' && bahasa !== 'en') {
    throw new KinerjaError('argumen-tidak-valid', `bahasa harus 'id' atau 'en', bukan ${formatNilai(bahasa)}.`, `bahasa must be 'id' or 'en', not ${formatNilai(bahasa)}.`);
  }
  return bahasa;
}
