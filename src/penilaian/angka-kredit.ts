import { Desimal, type DesimalInput } from '../core/desimal';
import { formatNilai, KinerjaError } from '../core/error';
import { safely, type Result } from '../core/result';
import type { Jenjang, Predikat } from '../ketentuan/kode';
import { ATURAN_ANGKA_KREDIT, KEBIJAKAN_2024 } from '../ketentuan/ketentuan-2024';
import { findEntri } from '../ketentuan/lookup';
import type { AturanAngkaKredit, Ketentuan } from '../ketentuan/types';

/**
 * The input of {@link angkaKredit}.
 *
 * @category Penilaian
 * @example
 * const input: InputAngkaKredit = { jenjang: 'ahli-muda', predikat: 'sangat-baik' };
 */
export interface InputAngkaKredit {
  readonly jenjang: Jenjang;
  readonly predikat: Predikat;
  /** Months the predikat covers, an integer 1..12; default 12 (a year). */
  readonly bulan?: number;
  /** The rule set (its `jenjang` and `predikat`); default the 2024 figures. */
  readonly ketentuan?: AturanAngkaKredit;
}

/**
 * The exact angka kredit of a predikat (PermenPANRB 1/2023, REFERENCE §5.4):
 * `koefisien tahunan (jenjang) × persentase (predikat) × bulan / 12`. The result is an exact {@link Desimal}
 * (2 months of Ahli Pertama, Baik is 25/12, not 2.0833…); `String()` gives a plain decimal such as `"37.5"`; round
 * only for display with {@link formatAngkaKredit}. Throws {@link KinerjaError}: `argumen-tidak-valid` for a
 * non-object or a `bulan` that is not an integer 1..12, `kode-tidak-dikenal` for an unknown jenjang or predikat.
 *
 * @category Penilaian
 * @example
 * String(angkaKredit({ jenjang: 'ahli-muda', predikat: 'sangat-baik' }));        //=> '37.5'
 * String(angkaKredit({ jenjang: 'ahli-madya', predikat: 'baik' }));              //=> '37.5'
 * String(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 6 }));  //=> '6.25'
 */
export function angkaKredit(input: InputAngkaKredit): Desimal {
  if (input === null || typeof input !== 'object') {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'angkaKredit menerima objek { jenjang, predikat, bulan? }.',
      'angkaKredit takes an object { jenjang, predikat, bulan? }.',
    );
  }
  const k = input.ketentuan ?? ATURAN_ANGKA_KREDIT;
  const jenjang = findEntri(k.jenjang, input.jenjang, 'jenjang');
  const predikat = findEntri(k.predikat, input.predikat, 'predikat');
  return rumusAngkaKredit(jenjang.koefisienTahunan, predikat.persentase, cekBulan(input.bulan));
}

/**
 * The months an angka kredit covers: `undefined` means a year (12); anything but an integer 1..12 throws
 * {@link KinerjaError} `argumen-tidak-valid`.
 *
 * @category Penilaian
 * @example
 * cekBulan(undefined); //=> 12
 */
export function cekBulan(bulan: unknown): number {
  const b = bulan === undefined ? 12 : bulan;
  if (typeof b !== 'number' || !Number.isInteger(b) || b < 1 || b > 12) {
    throw new KinerjaError('argumen-tidak-valid', `bulan harus bilangan bulat 1..12, bukan ${formatNilai(b)}.`, `bulan must be an integer 1..12, not ${formatNilai(b)}.`);
  }
  return b;
}

/**
 * The formula itself, exact: `koefisien × persentase / 100 × bulan / 12`, for records that keep their own koefisien
 * and persentase. {@link angkaKredit} checks its input and calls it.
 *
 * @category Penilaian
 * @example
 * String(rumusAngkaKredit('12.5', 100, 2)); //=> '2.08333333333333333333'
 */
export function rumusAngkaKredit(koefisienTahunan: DesimalInput, persentase: number, bulan: number): Desimal {
  return Desimal.from(koefisienTahunan).times(persentase * bulan).dividedBy(1200);
}

/**
 * {@link angkaKredit} returning a {@link Result} instead of throwing.
 *
 * @category Penilaian
 * @example
 * safeAngkaKredit({ jenjang: 'ahli-muda', predikat: 'baik', bulan: 13 }).success; //=> false
 */
export function safeAngkaKredit(input: unknown): Result<Desimal> {
  return safely(() => angkaKredit(input as InputAngkaKredit));
}

/**
 * An angka kredit rounded once, at the end, by the rule set's policy: `tampilan` as BKN's examples show it (2
 * decimals, half-up: 5.625 → "5.63") or `siasn` as SIASN records it (3 decimals; the mode is open, default half-up).
 *
 * @category Penilaian
 * @example
 * formatAngkaKredit(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }), 'siasn');    //=> '2.083'
 * formatAngkaKredit(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }), 'tampilan'); //=> '2.08'
 */
export function formatAngkaKredit(
  ak: Desimal,
  untuk: 'tampilan' | 'siasn' = 'tampilan',
  ketentuan: Pick<Ketentuan, 'kebijakan'> = { kebijakan: KEBIJAKAN_2024 },
): string {
  const aturan = untuk === 'siasn' ? ketentuan.kebijakan.pembulatanSiasn : ketentuan.kebijakan.pembulatanTampilan;
  return Desimal.from(ak).toFixed(aturan.desimal, aturan.mode);
}
