import type { Peran, Predikat, Rating } from '../ketentuan/kode';
import { periksaObjek } from '../core/periksa';
import type { DokumenAkuntabilitas } from '../ketentuan/types';
import { predikatKinerja } from './predikat';
import { ketentuanWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * A predikat as the platform shows it: `ditampilkan` (shown), or `tertahan` (it exists, but is not shown until the
 * listed dokumen akuntabilitas are collected, docs/sumber.md#dokumen-akuntabilitas).
 *
 * @category Penilaian
 * @example
 * const p: PredikatTampil = { status: 'tertahan', predikat: 'baik', dokumenKurang: [] };
 */
export type PredikatTampil =
  | { readonly status: 'ditampilkan'; readonly predikat: Predikat }
  | {
      readonly status: 'tertahan';
      readonly predikat: Predikat;
      readonly dokumenKurang: readonly DokumenAkuntabilitas[];
    };

/**
 * The dokumen akuntabilitas of a role that are not collected yet (kode → collected).
 *
 * @param peran - The pegawai's role.
 * @param dokumen - Which documents are collected, by code.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The documents still missing (empty when none).
 * @category Penilaian
 * @example
 * dokumenKurang('guru', { K3: true, K4: true }, { ketentuan: KETENTUAN_2026 }).map((d) => d.kode); //=> ['K5']
 */
export function dokumenKurang(
  peran: Peran,
  dokumen: Readonly<Record<string, boolean>>,
  opsi: OpsiKetentuan,
): readonly DokumenAkuntabilitas[] {
  periksaObjek(dokumen, 'dokumen');
  const ketentuan = ketentuanWajib(opsi, 'dokumenKurang');
  return Object.freeze(ketentuan.dokumenAkuntabilitas.filter((d) => d.peran === peran && dokumen[d.kode] !== true));
}

/**
 * The predikat from the two ratings behind the dokumen akuntabilitas gate: not graded, but "bila tidak dikumpulkan
 * maka Predikat Kinerja … tidak bisa ditampilkan" (Panduan Substansi).
 *
 * @param input - The two ratings, the role and the documents collected.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns `ditampilkan` with the predikat, or `tertahan` with the documents missing.
 * @category Penilaian
 * @example
 * const input = { hasilKerja: 'di-atas-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', peran: 'guru', dokumen: { K3: true, K4: true, K5: true } } as const;
 * predikatTampil(input, { ketentuan: KETENTUAN_2026 }); //=> { status: 'ditampilkan', predikat: 'baik' }
 */
export function predikatTampil(
  input: {
    readonly hasilKerja: Rating;
    readonly perilakuKerja: Rating;
    readonly peran: Peran;
    readonly dokumen: Readonly<Record<string, boolean>>;
  },
  opsi: OpsiKetentuan,
): PredikatTampil {
  periksaObjek(input, 'input');
  periksaObjek(input.dokumen, 'input.dokumen');
  const ketentuan = ketentuanWajib(opsi, 'predikatTampil');
  const predikat = predikatKinerja(input.hasilKerja, input.perilakuKerja, { ketentuan });
  const kurang = dokumenKurang(input.peran, input.dokumen, { ketentuan });
  return Object.freeze(
    kurang.length === 0
      ? { status: 'ditampilkan' as const, predikat }
      : { status: 'tertahan' as const, predikat, dokumenKurang: kurang },
  );
}
