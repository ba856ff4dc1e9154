import { formatNilai, KinerjaError } from '../core/error';
import { issueOf } from '../core/issue';
import { isKetentuanTerperiksa } from './tanda-terperiksa';
import { periksaOpsi } from '../core/opsi';
import type { Ketentuan, KetentuanBerlaku } from './types';

/**
 * The rule set given in an options object, checked: a built-in rule set, or one returned by `validateKetentuan` /
 * `deriveKetentuan` (marked when it passed). Any other value throws {@link KinerjaError} `ketentuan-tidak-valid`
 * asking for `validateKetentuan` first: a rule set is validated once, at the boundary, so a hand-made or spread copy
 * never reaches a rule unchecked (and no calculator pays for the validator). `undefined` stays `undefined` (the caller
 * then finds the rule set from its input).
 *
 * @internal
 */
export function ketentuanBerlakuDari(value: unknown, nama = 'ketentuan'): KetentuanBerlaku | undefined {
  if (value === undefined || isKetentuanTerperiksa(value)) return value;
  const id =
    value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
      ? ` ${formatNilai((value as { id: string }).id)}`
      : '';
  throw new KinerjaError(
    'ketentuan-tidak-valid',
    `${nama}${id} bukan ketentuan yang sudah diperiksa: gunakan KETENTUAN_2023/2024/2025/2026, atau periksa dulu dengan validateKetentuan / deriveKetentuan.`,
    `${nama}${id} is not a checked rule set: use KETENTUAN_2023/2024/2025/2026, or check it first with validateKetentuan / deriveKetentuan.`,
  );
}

/**
 * {@link ketentuanBerlakuDari} narrowed to a rule set with the plan and siklus: a {@link KetentuanKonversi} throws
 * `ketentuan-tanpa-perencanaan`.
 *
 * @internal
 */
export function ketentuanDari(value: unknown, nama = 'ketentuan', fungsi = nama): Ketentuan | undefined {
  const k = ketentuanBerlakuDari(value, nama);
  return k === undefined ? undefined : denganPerencanaan(k, fungsi);
}

/**
 * The message of a rule set without the plan and siklus, for the function that needed them.
 *
 * @internal
 */
export function pesanTanpaPerencanaan(k: { readonly id: string }, fungsi: string): { id: string; en: string } {
  return {
    id: `${fungsi}: ketentuan ${k.id} hanya berisi konversi angka kredit. Rencana (SKP di PMM/Ruang GTK), poin, siklus peningkatan kinerja dan dokumen akuntabilitas belum ada pada ${k.id}: SKP ${k.id} disusun di e-Kinerja BKN (PermenPANRB 6/2022) dan hanya predikat tahunannya yang dikonversi menjadi angka kredit. Catat predikatnya dengan createRekamAngkaKredit; rencana dan siklus dimulai 2024 (KETENTUAN_2024).`,
    en: `${fungsi}: rule set ${k.id} holds only the angka kredit konversi. The plan (SKP in PMM/Ruang GTK), points, siklus and dokumen akuntabilitas did not exist in ${k.id}: its SKP was made in BKN's e-Kinerja (PermenPANRB 6/2022) and only the annual predikat is converted into angka kredit. Record the predikat with createRekamAngkaKredit; plans and siklus start in 2024 (KETENTUAN_2024).`,
  };
}

/**
 * A checked rule set narrowed to one with the plan and siklus: a {@link KetentuanKonversi} throws
 * {@link KinerjaError} `argumen-tidak-valid` with the issue `ketentuan-tanpa-perencanaan` saying why (the year had no plan) and what to do.
 *
 * @internal
 */
export function denganPerencanaan(k: KetentuanBerlaku, fungsi: string): Ketentuan {
  if (k.lingkup !== 'konversi') return k;
  const p = pesanTanpaPerencanaan(k, fungsi);
  throw new KinerjaError('argumen-tidak-valid', p.id, p.en, [
    issueOf('ketentuan-tanpa-perencanaan', ['ketentuan'], p.id, p.en, { ketentuan: k.id }),
  ]);
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
   * figure is the same in every built-in rule set it may be left out; otherwise it is required. A rule set of the
   * angka kredit side only ({@link KetentuanKonversi}, e.g. 2023) is refused by the functions of the plan and siklus
   * (`ketentuan-tanpa-perencanaan`).
   */
  readonly ketentuan?: KetentuanBerlaku;
}

function wajib(k: KetentuanBerlaku | undefined, fungsi: string): KetentuanBerlaku {
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
 * The checked rule set, with the plan and siklus, of an options object that must carry one: a missing one throws
 * {@link KinerjaError} `argumen-tidak-valid` naming the function, since no default would be the same in every year;
 * a rule set of the AK side only throws `ketentuan-tanpa-perencanaan`.
 *
 * @internal
 */
export function ketentuanWajib(
  opsi: OpsiKetentuan | undefined,
  fungsi: string,
  kunci: readonly string[] = ['ketentuan'],
): Ketentuan {
  return denganPerencanaan(ketentuanBerlakuWajib(opsi, fungsi, kunci), fungsi);
}

/**
 * The checked rule set, with the plan and siklus, of an options object, or `undefined` when none was given; a rule
 * set of the AK side only throws `ketentuan-tanpa-perencanaan`.
 *
 * @internal
 */
export function ketentuanOpsional(
  opsi: OpsiKetentuan | undefined,
  fungsi: string,
  kunci: readonly string[] = ['ketentuan'],
): Ketentuan | undefined {
  const k = ketentuanBerlakuOpsional(opsi, fungsi, kunci);
  return k === undefined ? undefined : denganPerencanaan(k, fungsi);
}

/**
 * {@link ketentuanWajib} for the functions of the angka kredit side: any checked rule set.
 *
 * @internal
 */
export function ketentuanBerlakuWajib(
  opsi: OpsiKetentuan | undefined,
  fungsi: string,
  kunci: readonly string[] = ['ketentuan'],
): KetentuanBerlaku {
  return wajib(ketentuanBerlakuOpsional(opsi, fungsi, kunci), fungsi);
}

/**
 * {@link ketentuanOpsional} for the functions of the angka kredit side: any checked rule set, or `undefined`.
 *
 * @internal
 */
export function ketentuanBerlakuOpsional(
  opsi: OpsiKetentuan | undefined,
  fungsi: string,
  kunci: readonly string[] = ['ketentuan'],
): KetentuanBerlaku | undefined {
  return ketentuanBerlakuDari(periksaOpsi(opsi, fungsi, kunci).ketentuan, 'opsi.ketentuan');
}
