import { Desimal } from '../core/desimal';
import { formatNilai } from '../core/error';
import { issueOf, prefixIssues, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { periksaOpsi } from '../core/opsi';
import { periksaObjek } from '../core/periksa';
import type { Golongan, Jenjang, Predikat, Rating } from '../ketentuan/kode';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { rentangPeriode } from '../ketentuan/periode';
import { ketentuanBerlakuDari, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import { predikatKinerja, suggestPredikatTahunan } from './predikat';
import { createRekamAngkaKredit, sumRekamAngkaKredit, type RekamAngkaKredit } from './rekam-ak';

/**
 * A year's ratings for {@link angkaKreditTahunan}: the pegawai's jenjang (and golongan), and the two ratings of each
 * period of the year, in order: two semesters under the 2024 rules, one annual period from 2025.
 *
 * @category Penilaian
 * @example
 * const input: InputTahunan = { tahun: 2026, jenjang: 'ahli-pertama', penilaian: [{ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' }] };
 */
export interface InputTahunan {
  /** The year. */
  readonly tahun: number;
  /** The pegawai's jenjang in that year. */
  readonly jenjang: Jenjang;
  /** The pegawai's golongan, where known. */
  readonly golongan?: Golongan;
  /** The ratings of each period of the year, in order. */
  readonly penilaian: readonly { readonly hasilKerja: Rating; readonly perilakuKerja: Rating }[];
}

/**
 * The year in one value: the predikat of each period, the annual predikat by the rule set's policy (the last
 * period's under every built-in rule set), an AK record per period, and the year's exact angka kredit.
 *
 * @category Penilaian
 * @example
 * const h: HasilTahunan = unwrap(angkaKreditTahunan({ tahun: 2026, jenjang: 'ahli-muda', penilaian: [{ hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' }] }));
 * h.angkaKredit; //=> '25'
 */
export interface HasilTahunan {
  /** The year. */
  readonly tahun: number;
  /** The predikat of each period, in order. */
  readonly predikatPeriodik: readonly Predikat[];
  /** The year's predikat. */
  readonly predikatTahunan: Predikat;
  /** The angka kredit records of the year's periods. */
  readonly rekam: readonly RekamAngkaKredit[];
  /** The exact sum of the records (`toJSON` form: `"25"`, `"25/12"`); format it with `formatAngkaKredit`. */
  readonly angkaKredit: string;
}

/**
 * From a year's ratings to its predikat and angka kredit in one call, under the rule set in force for the year (or
 * `opsi.ketentuan`): 2024 takes two semesters (each period's AK from its own predikat, PermenPANRB 1/2023), 2025 and
 * 2026 one annual period. A count of ratings that does not match the year's periods is a coded issue naming how many
 * the year has (`periode-tidak-cocok`); unknown ratings are `kode-tidak-dikenal` at their place.
 *
 * @param input - The year, jenjang and each period's two ratings.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the year).
 * @returns The predikat and AK records of the year, or a failed result with `periode-tidak-cocok`, `kode-tidak-dikenal`
 *   or `skema-tidak-valid`.
 * @category Penilaian
 * @example
 * const r = angkaKreditTahunan({
 *   tahun: 2024,
 *   jenjang: 'ahli-pertama',
 *   penilaian: [
 *     { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' },
 *     { hasilKerja: 'di-atas-ekspektasi', perilakuKerja: 'di-atas-ekspektasi' },
 *   ],
 * });
 * r.success && r.data.predikatPeriodik; //=> ['baik', 'sangat-baik']
 * r.success && r.data.angkaKredit;      //=> '15.625'
 * angkaKreditTahunan({ tahun: 2025, jenjang: 'ahli-pertama', penilaian: [] }).success; //=> false
 */
export function angkaKreditTahunan(input: InputTahunan, opsi?: OpsiKetentuan): Result<HasilTahunan> {
  const awal = safely(() => {
    periksaObjek(input, 'input');
    const diberikan = ketentuanBerlakuDari(
      periksaOpsi(opsi, 'angkaKreditTahunan', ['ketentuan']).ketentuan,
      'opsi.ketentuan',
    );
    return diberikan ?? ketentuanUntuk(`${String(input.tahun).padStart(4, '0')}-01-01`);
  });
  if (!awal.success) return awal;
  const ketentuan = awal.data;
  const n = ketentuan.periode.rentangBulan.length;
  if (!Array.isArray(input.penilaian) || input.penilaian.length !== n) {
    const ada = Array.isArray(input.penilaian) ? input.penilaian.length : formatNilai(input.penilaian);
    return fail([
      issueOf(
        'periode-tidak-cocok',
        ['penilaian'],
        `Tahun ${input.tahun} punya ${n} periode penilaian menurut ketentuan ${ketentuan.id} (${ketentuan.periode.jenis}); diberikan ${ada}.`,
        `Year ${input.tahun} has ${n} rating period(s) under rule set ${ketentuan.id} (${ketentuan.periode.jenis}); ${ada} given.`,
        { periode: n, ketentuan: ketentuan.id },
      ),
    ]);
  }
  const issues: Issue[] = [];
  const predikatPeriodik: Predikat[] = [];
  const rekam: RekamAngkaKredit[] = [];
  input.penilaian.forEach((p, i) => {
    const r = safely(() => {
      const predikat = predikatKinerja(p?.hasilKerja, p?.perilakuKerja, { ketentuan });
      const { bulanMulai, bulanAkhir } = rentangPeriode({ tahun: input.tahun, ke: i + 1 }, { ketentuan });
      const segmen = {
        tahun: input.tahun,
        bulanMulai,
        bulanAkhir,
        jenjang: input.jenjang,
        predikat,
        ...(input.golongan === undefined ? {} : { golongan: input.golongan }),
      };
      return { predikat, rekam: createRekamAngkaKredit(segmen, { ketentuan }) };
    });
    if (r.success) {
      predikatPeriodik.push(r.data.predikat);
      rekam.push(r.data.rekam);
    } else issues.push(...prefixIssues(r.issues, ['penilaian', i]));
  });
  if (issues.length > 0) return fail(issues);
  const total: Desimal = sumRekamAngkaKredit(rekam);
  return ok(
    Object.freeze({
      tahun: input.tahun,
      predikatPeriodik: Object.freeze(predikatPeriodik),
      predikatTahunan: suggestPredikatTahunan(predikatPeriodik, { ketentuan }),
      rekam: Object.freeze(rekam),
      angkaKredit: total.toJSON(),
    }),
  );
}
