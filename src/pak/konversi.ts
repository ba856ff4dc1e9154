import { issueOf, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { deepFreeze } from '../core/freeze';
import { periksaObjek } from '../core/periksa';
import { KETENTUAN_2026 } from '../ketentuan/ketentuan-2026';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { validateRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';
import { bukaPak } from './buka';
import type { InputPegawaiPak, KopPak } from './kop';
import type { PakKonversi, PegawaiPak } from './schema';

/**
 * The input of {@link createPakKonversi}: the pegawai, the konversi record and the letterhead.
 *
 * @category PAK
 * @example
 * const input: InputPakKonversi = {
 *   pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/c' },
 *   rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' }),
 * };
 */
export interface InputPakKonversi extends KopPak {
  /** The pegawai the PAK is for. */
  readonly pegawai: InputPegawaiPak;
  /** The angka kredit record of the period it converts. */
  readonly rekam: RekamAngkaKredit;
}

/**
 * Checks that konversi records belong to the pegawai's jenjang (and golongan, where a record names one): AK counts
 * within a jenjang and starts again at a new one, so a record of another jenjang is an issue, never summed.
 *
 * @internal
 */
export function cekRekamPegawai(
  rekam: readonly RekamAngkaKredit[],
  pegawai: PegawaiPak,
  path: (i: number) => (string | number)[],
): Issue[] {
  const issues: Issue[] = [];
  rekam.forEach((r, i) => {
    if (r.jenjang !== pegawai.jenjang) {
      issues.push(
        issueOf(
          'rekam-jenjang-lain',
          [...path(i), 'jenjang'],
          `Rekam ${r.tahun} bulan ${r.bulanMulai}–${r.bulanAkhir} dibuat untuk jenjang ${r.jenjang}, bukan ${pegawai.jenjang}: angka kredit dihitung dalam satu jenjang.`,
          `The record of ${r.tahun}, months ${r.bulanMulai}–${r.bulanAkhir}, is for jenjang ${r.jenjang}, not ${pegawai.jenjang}: angka kredit counts within one jenjang.`,
        ),
      );
    }
  });
  return issues;
}

/**
 * Builds a PAK Konversi document: one period's predikat as angka kredit (the record keeps its predikat, persentase,
 * koefisien, months and exact AK), for a pegawai, with an optional letterhead. The record is checked with
 * {@link validateRekamAngkaKredit}; its jenjang must be the pegawai's (`rekam-jenjang-lain`), and a golongan it names
 * the pegawai's (`golongan-tidak-sesuai-rekam`). The golongan's jenjang comes from `opsi.ketentuan` (default: the
 * built-in table, the same in every built-in rule set). The result is frozen and parses with
 * {@link PakKonversiSchema}.
 *
 * @param input - The pegawai, the record and an optional letterhead.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the record's year).
 * @returns The document, or a failed result with the record's issues.
 * @category PAK
 * @example
 * const d = createPakKonversi({
 *   pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/c' },
 *   rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'sangat-baik' }),
 *   nomor: '800/12/PAK/2026',
 * });
 * d.success && d.data.rekam.angkaKredit; //=> '37.5'
 * d.success && d.data.pegawai.jenjang;   //=> 'ahli-muda'
 */
export function createPakKonversi(input: InputPakKonversi, opsi?: OpsiKetentuan): Result<PakKonversi> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    return ketentuanBerlakuOpsional(opsi, 'createPakKonversi') ?? KETENTUAN_2026;
  });
  if (!awal.success) return awal;
  const buka = bukaPak(input, awal.data, ['rekam'], 'rekam', () => validateRekamAngkaKredit(input.rekam));
  if (!buka.success) return buka;
  const { pegawai, kop, isi: rekam } = buka.data;
  const issues = cekRekamPegawai([rekam], pegawai, () => ['rekam']);
  if (rekam.golongan !== undefined && rekam.golongan !== pegawai.golongan) {
    issues.push(
      issueOf(
        'golongan-tidak-sesuai-rekam',
        ['rekam', 'golongan'],
        `Rekam dibuat untuk golongan ${rekam.golongan}, pegawai bergolongan ${pegawai.golongan}.`,
        `The record is for golongan ${rekam.golongan}; the pegawai's is ${pegawai.golongan}.`,
      ),
    );
  }
  if (issues.length > 0) return fail(issues);
  return ok(deepFreeze({ jenis: 'konversi' as const, pegawai, rekam, ...kop }));
}
