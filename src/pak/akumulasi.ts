import { sumDesimal } from '../core/desimal';
import { issueOf, prefixIssues, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { deepFreeze } from '../core/freeze';
import { periksaObjek } from '../core/periksa';
import { KETENTUAN_2026 } from '../ketentuan/ketentuan-2026';
import { ketentuanBerlakuOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { cekRekamPegawai } from './konversi';
import { bukaPak } from './buka';
import type { InputPegawaiPak, KopPak } from './kop';
import type { PakAkumulasi } from './schema';
import { validateRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';

/**
 * The akumulasi of angka kredit konversi over periods: the records in time order and their exact total.
 *
 * @category PAK
 * @example
 * const a: AkumulasiAngkaKredit = { baris: [], total: '0' };
 */
export interface AkumulasiAngkaKredit {
  /** The records, checked, ordered by year and month. */
  readonly baris: readonly RekamAngkaKredit[];
  /** The exact sum of the records' angka kredit (`toJSON` form). */
  readonly total: string;
}

/**
 * The akumulasi of konversi records over periods (annual, semester or partial months, made under any rule set): each
 * record is checked with {@link validateRekamAngkaKredit} (its own koefisien, persentase and months, so a 2024
 * record keeps its value), the records are put in time order, and months counted twice are refused
 * (`periode-tumpang-tindih`, located at the later record's index). The total is exact: the sum of the rows.
 *
 * @param rekam - The konversi records.
 * @returns The rows in time order and their exact total, or a failed result with the record's issues at its index or
 *   `periode-tumpang-tindih`.
 * @category PAK
 * @example
 * const a = akumulasiAngkaKredit([
 *   createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'baik' }),
 *   createRekamAngkaKredit({ tahun: 2024, bulanMulai: 7, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'sangat-baik' }),
 * ]);
 * a.success && a.data.baris.map((r) => r.tahun); //=> [2024, 2025]
 * a.success && a.data.total; //=> '21.875'
 */
export function akumulasiAngkaKredit(rekam: readonly RekamAngkaKredit[]): Result<AkumulasiAngkaKredit> {
  const r = akumulasiBerindeks(rekam);
  return r.success ? ok(r.data.akumulasi) : r;
}

/**
 * {@link akumulasiAngkaKredit} that also gives, for each row in time order, its index in the input.
 *
 * @internal
 */
export function akumulasiBerindeks(
  rekam: readonly RekamAngkaKredit[],
): Result<{ akumulasi: AkumulasiAngkaKredit; indeks: readonly number[] }> {
  if (!Array.isArray(rekam)) {
    return fail([
      issueOf('argumen-tidak-valid', [], 'Rekam angka kredit harus berupa daftar.', 'The AK records must be a list.'),
    ]);
  }
  const issues: Issue[] = [];
  const baris: { r: RekamAngkaKredit; i: number }[] = [];
  rekam.forEach((x, i) => {
    const v = validateRekamAngkaKredit(x);
    if (v.success) baris.push({ r: v.data, i });
    else issues.push(...prefixIssues(v.issues, [i]));
  });
  const awal = (r: RekamAngkaKredit) => r.tahun * 12 + r.bulanMulai;
  baris.sort((a, b) => awal(a.r) - awal(b.r) || a.i - b.i);
  let akhir = -Infinity;
  for (const { r, i } of baris) {
    if (awal(r) <= akhir) {
      issues.push(
        issueOf(
          'periode-tumpang-tindih',
          [i],
          `Rekam ${r.tahun} bulan ${r.bulanMulai}–${r.bulanAkhir} tumpang tindih dengan rekam sebelumnya: bulan itu terhitung dua kali.`,
          `The record of ${r.tahun}, months ${r.bulanMulai}–${r.bulanAkhir}, overlaps an earlier one: those months would count twice.`,
        ),
      );
    }
    akhir = Math.max(akhir, r.tahun * 12 + r.bulanAkhir);
  }
  if (issues.length > 0) return fail(issues);
  const urut = baris.map((b) => b.r);
  const akumulasi = Object.freeze({
    baris: Object.freeze(urut),
    total: sumDesimal(urut.map((r) => r.angkaKredit)).toJSON(),
  });
  return ok({ akumulasi, indeks: baris.map((b) => b.i) });
}

/**
 * The input of {@link createPakAkumulasi}: the pegawai, the konversi records of the periods and the letterhead.
 *
 * @category PAK
 * @example
 * const input: InputPakAkumulasi = { pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/a' }, rekam: [] };
 */
export interface InputPakAkumulasi extends KopPak {
  /** The pegawai the PAK is for. */
  readonly pegawai: InputPegawaiPak;
  /** The angka kredit records of the periods it adds up. */
  readonly rekam: readonly RekamAngkaKredit[];
}

/**
 * Builds a PAK Akumulasi document: the konversi rows of a pegawai's periods through {@link akumulasiAngkaKredit}
 * (checked, in time order, no month twice) and their exact total. Every row must be of the pegawai's jenjang
 * (`rekam-jenjang-lain`: angka kredit counts within one jenjang). Frozen; parses with {@link PakAkumulasiSchema}.
 *
 * @param input - The pegawai and the records.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the last record).
 * @returns The document, or a failed result with `rekam-jenjang-lain`, `periode-tumpang-tindih` or a record's issues.
 * @category PAK
 * @example
 * const d = createPakAkumulasi({
 *   pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/a' },
 *   rekam: [
 *     createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'baik' }),
 *     createRekamAngkaKredit({ tahun: 2024, bulanMulai: 7, bulanAkhir: 12, jenjang: 'ahli-pertama', predikat: 'sangat-baik' }),
 *   ],
 * });
 * d.success && d.data.total; //=> '21.875'
 */
export function createPakAkumulasi(input: InputPakAkumulasi, opsi?: OpsiKetentuan): Result<PakAkumulasi> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    return ketentuanBerlakuOpsional(opsi, 'createPakAkumulasi') ?? KETENTUAN_2026;
  });
  if (!awal.success) return awal;
  const buka = bukaPak(input, awal.data, ['rekam'], 'rekam', () => akumulasiBerindeks(input.rekam));
  if (!buka.success) return buka;
  const { pegawai, kop, isi } = buka.data;
  const { akumulasi, indeks } = isi;
  const issues = cekRekamPegawai(akumulasi.baris, pegawai, (i) => ['rekam', indeks[i] ?? i]);
  if (issues.length > 0) return fail(issues);
  return ok(
    deepFreeze({
      jenis: 'akumulasi' as const,
      pegawai,
      baris: akumulasi.baris,
      total: akumulasi.total,
      ...kop,
    }),
  );
}
