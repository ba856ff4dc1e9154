import { formatNilai, KinerjaError } from './error';
import type { Bahasa, OpsiBahasa } from './types';

/**
 * The trailing options object of a public function: `undefined` gives `{}`, a plain object with only the known keys
 * is returned as it is; anything else (a rule set given where options belong, a misspelt key, a string, an array) is
 * misuse, so that a wrong option is never silently ignored.
 *
 * @internal
 */
export function periksaOpsi<T extends object>(
  opsi: T | undefined,
  fungsi: string,
  kunci: readonly string[],
): Partial<T> {
  if (opsi === undefined) return {};
  if (opsi === null || typeof opsi !== 'object' || Array.isArray(opsi)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Opsi ${fungsi} harus berupa objek { ${kunci.join(', ')} }, bukan ${formatNilai(opsi)}.`,
      `The options of ${fungsi} must be an object { ${kunci.join(', ')} }, not ${formatNilai(opsi)}.`,
    );
  }
  let asing: string[] | null = null;
  for (const k in opsi) if (Object.prototype.hasOwnProperty.call(opsi, k) && !kunci.includes(k)) (asing ??= []).push(k);
  if (asing !== null) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `Opsi ${fungsi} tidak dikenal: ${asing.map((k) => formatNilai(k)).join(', ')} (yang dikenal: ${kunci.join(', ')}).`,
      `Unknown option(s) of ${fungsi}: ${asing.map((k) => formatNilai(k)).join(', ')} (known: ${kunci.join(', ')}).`,
    );
  }
  return opsi;
}

/**
 * The `bahasa` of an options object, checked.
 *
 * @internal
 */
export function bahasaDari(
  opsi: OpsiBahasa | undefined,
  fungsi: string,
  kunci: readonly string[] = ['bahasa'],
): Bahasa {
  const bahasa = periksaOpsi(opsi, fungsi, kunci).bahasa ?? 'id';
  if (bahasa !== 'id' && bahasa !== 'en') {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `bahasa harus 'id' atau 'en', bukan ${formatNilai(bahasa)}.`,
      `bahasa must be 'id' or 'en', not ${formatNilai(bahasa)}.`,
    );
  }
  return bahasa;
}
