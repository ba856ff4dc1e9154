import { formatNilai, KinerjaError } from '../core/error';
import { isKetentuanTerperiksa } from './ketentuan-terperiksa';
import { periksaOpsi } from '../core/opsi';
import type { Ketentuan } from './types';

/**
 * The rule set given in an options object, checked: a built-in rule set, or one returned by `validateKetentuan` /
 * `deriveKetentuan` (marked when it passed). Any other value throws {@link KinerjaError} `ketentuan-tidak-valid`
 * asking for `validateKetentuan` first: a rule set is validated once, at the boundary, so a hand-made or spread copy
 * never reaches a rule unchecked (and no calculator pays for the validator). `undefined` stays `undefined` (the caller
 * then finds the rule set from its input).
 *
 * @internal
 */
export function ketentuanDari(value: unknown, nama = 'ketentuan'): Ketentuan | undefined {
  if (value === undefined || isKetentuanTerperiksa(value)) return value;
  const id = value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? ` ${formatNilai((value as { id: string }).id)}` : '';
  throw new KinerjaError(
    'ketentuan-tidak-valid',
    `${nama}${id} bukan ketentuan yang sudah diperiksa: gunakan KETENTUAN_2024/2025/2026, atau periksa dulu dengan validateKetentuan / deriveKetentuan.`,
    `${nama}${id} is not a checked rule set: use KETENTUAN_2024/2025/2026, or check it first with validateKetentuan / deriveKetentuan.`,
  );
}

/**
 * Options that carry a rule set.
 *
 * @category Ketentuan
 * @example
 * const opsi: OpsiKetentuan = { ketentuan: KETENTUAN_2026 };
 */
export interface OpsiKetentuan {
  /**
   * The rule set to apply. Where a function can find it from its input (a plan, a period, a date) it does; where a
   * figure is the same in every built-in rule set it may be left out; otherwise it is required.
   */
  readonly ketentuan?: Ketentuan;
}

/**
 * The checked rule set of an options object that must carry one: a missing one throws {@link KinerjaError}
 * `argumen-tidak-valid` naming the function, since no default would be the same in every year.
 *
 * @internal
 */
export function ketentuanWajib(opsi: OpsiKetentuan | undefined, fungsi: string, kunci: readonly string[] = ['ketentuan']): Ketentuan {
  const k = ketentuanDari(periksaOpsi(opsi, fungsi, kunci).ketentuan, 'opsi.ketentuan');
  if (k === undefined) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `${fungsi} memerlukan { ketentuan } (mis. KETENTUAN_2026 atau ketentuanUntuk(periode)): aturannya berbeda per tahun.`,
      `${fungsi} needs { ketentuan } (e.g. KETENTUAN_2026 or ketentuanUntuk(periode)): its rule differs by year.`,
    );
  }
  return k;
}

/**
 * The checked rule set of an options object, or `undefined` when none was given.
 *
 * @internal
 */
export function ketentuanOpsional(opsi: OpsiKetentuan | undefined, fungsi: string, kunci: readonly string[] = ['ketentuan']): Ketentuan | undefined {
  return ketentuanDari(periksaOpsi(opsi, fungsi, kunci).ketentuan, 'opsi.ketentuan');
}
