import { formatNilai, KinerjaError } from '../core/error';
import { isTanggalIso, jumlahHari, nomorHari, tambahBulan, tulisTanggal } from '../core/tanggal';
import { ketentuanPerencanaanUntuk } from '../ketentuan/pilih';
import { rentangPeriode, type Periode } from '../ketentuan/periode';
import type { HariPeriode, TahapKalender } from '../ketentuan/types';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * When one stage runs within a period: first and last calendar day (`yyyy-mm-dd`); the last is its due date.
 *
 * @category Pelaksanaan
 * @example
 * const j: JadwalTanggal = { tahap: 'diskusi-persiapan', mulai: '2024-02-01', selesai: '2024-02-29' };
 */
export interface JadwalTanggal {
  /** The stage of the cycle. */
  readonly tahap: TahapKalender;
  /** Its first day (`yyyy-mm-dd`). */
  readonly mulai: string;
  /** Its last day (`yyyy-mm-dd`). */
  readonly selesai: string;
}

function tanggal(value: string, nama: string): number {
  if (!isTanggalIso(value)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `${nama} harus tanggal yyyy-mm-dd yang valid, bukan ${formatNilai(value)}.`,
      `${nama} must be a valid yyyy-mm-dd date, not ${formatNilai(value)}.`,
    );
  }
  return nomorHari(value);
}

/** The year and month `n` months after the first month of a period (whose `mulai` is the 1st of a month). */
function bulanKe(mulai: string, n: number): { readonly tahun: number; readonly bulan: number } {
  return tambahBulan(Number(mulai.slice(0, 4)), Number(mulai.slice(5, 7)), n);
}

/**
 * The calendar of a period (docs/sumber.md#periode-dan-kalender): each stage's first and last day, from the rule set's months. Dates are
 * calendar dates: the same in WIB, WITA and WIT.
 *
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns Each stage with its first and last day; throws `KinerjaError` `argumen-tidak-valid` for a period the rule
 *   set does not have.
 * @category Pelaksanaan
 * @example
 * jadwalSiklus({ tahun: 2024, ke: 1 })[1]; //=> { tahap: 'diskusi-persiapan', mulai: '2024-02-01', selesai: '2024-02-29' }
 */
export function jadwalSiklus(periode: Periode, opsi?: OpsiKetentuan): readonly JadwalTanggal[] {
  const ketentuan = ketentuanOpsional(opsi, 'jadwalSiklus') ?? ketentuanPerencanaanUntuk(periode, 'jadwalSiklus');
  const awal = rentangPeriode(periode, { ketentuan }).mulai;
  return Object.freeze(
    ketentuan.kalender.map((t) => {
      const mulai = bulanKe(awal, t.bulanMulai - 1);
      const akhir = bulanKe(awal, t.bulanAkhir - 1);
      return Object.freeze({
        tahap: t.tahap,
        mulai: tulisTanggal(mulai.tahun, mulai.bulan, 1),
        selesai: tulisTanggal(akhir.tahun, akhir.bulan, jumlahHari(akhir.tahun, akhir.bulan)),
      });
    }),
  );
}

/**
 * The due date (last day) of a stage in a period.
 *
 * @param tahap - The stage.
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns The last day (`yyyy-mm-dd`); throws `KinerjaError` `argumen-tidak-valid` for an unknown stage or a period
 *   the rule set does not have.
 * @category Pelaksanaan
 * @example
 * tenggatTahap('observasi-kinerja', { tahun: 2024, ke: 1 }); //=> '2024-03-31'
 * tenggatTahap('penilaian', { tahun: 2024, ke: 2 });         //=> '2024-12-31'
 */
export function tenggatTahap(tahap: TahapKalender, periode: Periode, opsi?: OpsiKetentuan): string {
  const j = jadwalSiklus(periode, opsi).find((x) => x.tahap === tahap);
  if (j === undefined) {
    throw new KinerjaError(
      'kode-tidak-dikenal',
      `Tahap ${formatNilai(tahap)} tidak ada di kalender.`,
      `Stage ${formatNilai(tahap)} is not in the calendar.`,
    );
  }
  return j.selesai;
}

/**
 * The stage the calendar points to on a date: the first stage, in step order, whose window holds the date (where two
 * stages share a month, as B and C do, the earlier one; the later is due the same day). `null` outside the period.
 *
 * @param hari - The date (`yyyy-mm-dd`).
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns The stage, or `null` outside the period; throws `KinerjaError` `argumen-tidak-valid` for a date that is not
 *   real.
 * @category Pelaksanaan
 * @example
 * tahapPadaTanggal('2024-03-15', { tahun: 2024, ke: 1 }); //=> 'observasi-kinerja'
 * tahapPadaTanggal('2024-08-01', { tahun: 2024, ke: 1 }); //=> null
 */
export function tahapPadaTanggal(hari: string, periode: Periode, opsi?: OpsiKetentuan): TahapKalender | null {
  tanggal(hari, 'Tanggal');
  for (const j of jadwalSiklus(periode, opsi)) if (j.mulai <= hari && hari <= j.selesai) return j.tahap;
  return null;
}

/**
 * A dated sub-stage or deadline of a period ({@link JadwalRinci} of the rule set, in calendar dates): `mulai` is
 * `null` where the source gives only the deadline `selesai`.
 *
 * @category Pelaksanaan
 * @example
 * const j: JadwalRinciTanggal = { kode: 'pengajuan-skp', label: 'Pengajuan SKP', labelEn: 'SKP submission', tahap: 'perencanaan', mulai: '2026-01-08', selesai: '2026-01-21' };
 */
export interface JadwalRinciTanggal {
  /** The stage's code. */
  readonly kode: string;
  /** The stage's name (Bahasa Indonesia). */
  readonly label: string;
  /** The stage's name in English. */
  readonly labelEn: string;
  /** The calendar stage it belongs to, `null` for a stage before the period. */
  readonly tahap: TahapKalender | null;
  /** Its first day (`yyyy-mm-dd`), or `null` where the source gives only the deadline. */
  readonly mulai: string | null;
  /** Its last day (`yyyy-mm-dd`). */
  readonly selesai: string;
}

/**
 * The dated sub-stages and deadlines of a period, from the rule set's `jadwalRinci` (docs/sumber.md#aturan-per-tahun): for 2026
 * (Kepmendikdasmen 271/O/2025 as retold) pra-perencanaan by 31 December of the year before, then the SKP in January:
 * data clean-up 1–7, submission 8–21, approval 22–31 (every SKP approved by 31 January). Empty for rule sets whose
 * sources give no days (2024, 2025: only the months of {@link jadwalSiklus}). A missed deadline is flagged, not
 * refused, unless the rule set's `kebijakan.keterlambatan` says `tolak`.
 *
 * @param periode - The period.
 * @param opsi - `ketentuan`: the rule set (default: the one in force for the period).
 * @returns The dated sub-stages (empty for a rule set without them); throws `KinerjaError` `argumen-tidak-valid` for a
 *   period the rule set does not have.
 * @category Pelaksanaan
 * @example
 * jadwalRinciPeriode({ tahun: 2026, ke: 1 }).map((j) => [j.kode, j.mulai, j.selesai]);
 * //=> [['pra-perencanaan', null, '2025-12-31'], ['pembersihan-data', '2026-01-01', '2026-01-07'], ['pengajuan-skp', '2026-01-08', '2026-01-21'], ['persetujuan-skp', '2026-01-22', '2026-01-31']]
 * jadwalRinciPeriode({ tahun: 2024, ke: 2 }); //=> []
 */
export function jadwalRinciPeriode(periode: Periode, opsi?: OpsiKetentuan): readonly JadwalRinciTanggal[] {
  const ketentuan =
    ketentuanOpsional(opsi, 'jadwalRinciPeriode') ?? ketentuanPerencanaanUntuk(periode, 'jadwalRinciPeriode');
  const awal = rentangPeriode(periode, { ketentuan }).mulai;
  const hari = (t: HariPeriode): string => {
    const { tahun, bulan } = bulanKe(awal, t.bulan - 1);
    const n = jumlahHari(tahun, bulan);
    if (t.hari !== 'akhir' && (t.hari < 1 || t.hari > n)) {
      const nama = tulisTanggal(tahun, bulan, 1).slice(0, 7);
      throw new KinerjaError(
        'ketentuan-tidak-valid',
        `Hari ${t.hari} tidak ada pada bulan ${nama}.`,
        `Day ${t.hari} does not exist in ${nama}.`,
      );
    }
    return tulisTanggal(tahun, bulan, t.hari === 'akhir' ? n : t.hari);
  };
  return Object.freeze(
    ketentuan.jadwalRinci.map((j) =>
      Object.freeze({
        kode: j.kode,
        label: j.label,
        labelEn: j.labelEn,
        tahap: j.tahap,
        mulai: j.mulai === null ? null : hari(j.mulai),
        selesai: hari(j.selesai),
      }),
    ),
  );
}

/**
 * Calendar days from `dari` to `sampai` (positive when `sampai` is later).
 *
 * @internal
 */
export function selisihHari(dari: string, sampai: string): number {
  return tanggal(sampai, 'Tanggal akhir') - tanggal(dari, 'Tanggal awal');
}
