import { LANGKAH_SIKLUS, type LangkahSiklus } from '../ketentuan/kode';
import { daftarDari, periksaObjek, periksaTeks } from '../core/periksa';
import { ketentuanUntuk } from '../ketentuan/pilih';
import type { Periode } from '../ketentuan/periode';
import type { Ketentuan, TahapKalender } from '../ketentuan/types';
import { tenggatTahap, selisihHari } from '../pelaksanaan/kalender';
import type { Siklus } from '../pelaksanaan/siklus';
import type { HasilPenilaianPeriode } from '../penilaian/semester';
import type { AlurRencana } from '../perencanaan/alur';
import { ketentuanOpsional } from '../ketentuan/opsi-ketentuan';

/**
 * What a school knows of one pegawai for a period: the plan's workflow (absent: not planned yet), the siklus, and the
 * result of {@link penilaianPeriode} once rated.
 *
 * @category Sekolah
 * @example
 * const pegawai: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'setujui', oleh: { peran: 'atasan' }, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] }));
 * alur = unwrap(transitionRencana(alur, { jenis: 'sepakati', oleh: { peran: 'pegawai' }, pada: '2024-01-13T08:00:00+07:00' }));
 * const siklus = unwrap(startSiklus(alur, { oleh: { peran: 'pegawai' }, pada: '2024-02-01T08:00:00+07:00' }));
 * const p: DataPegawaiSekolah = { id: '199001012015031001', nama: 'Cak Buhrik', alur, siklus };
 */
export interface DataPegawaiSekolah {
  /** Unique within the collection (the NIP, or any key). */
  readonly id: string;
  /** The pegawai's name. */
  readonly nama: string;
  /** The plan's approval workflow, once started. */
  readonly alur?: AlurRencana;
  /** The siklus, once started. */
  readonly siklus?: Siklus;
  /** The period's penilaian, once done. */
  readonly hasil?: HasilPenilaianPeriode;
}

/**
 * Where a pegawai stands: `belum-merencanakan`, a plan state (`draf`, `diajukan`, `disetujui`, `disepakati` before
 * the siklus starts), a step of the siklus, or `selesai` (a predikat exists).
 *
 * @category Sekolah
 * @example
 * const t: TahapPegawai = 'observasi-kinerja';
 */
export type TahapPegawai =
  | 'belum-merencanakan'
  | 'draf'
  | 'diajukan'
  | 'disetujui'
  | 'disepakati'
  | LangkahSiklus
  | 'selesai';

/**
 * A pending action of the atasan: approve a plan, observe (step B), or rate (penilaian).
 *
 * @category Sekolah
 * @example
 * const t: TugasAtasan = { id: 'g-1', nama: 'Ani', aksi: 'observasi', batas: '2024-03-31', hariTerlambat: 0 };
 */
export interface TugasAtasan {
  /** The pegawai's id. */
  readonly id: string;
  /** The pegawai's name. */
  readonly nama: string;
  /** What the kepala sekolah must do: approve the plan, observe, or rate. */
  readonly aksi: 'setujui-rencana' | 'observasi' | 'nilai';
  /** Its due date (`yyyy-mm-dd`). */
  readonly batas: string;
  /** Days past `batas` on the date asked (0 when not late). */
  readonly hariTerlambat: number;
}

/**
 * One row of the school's progress.
 *
 * @category Sekolah
 * @example
 * const b: BarisProgres = { id: 'g-1', nama: 'Ani', tahap: 'draf', batas: '2024-01-31', hariTerlambat: 3 };
 */
export interface BarisProgres {
  /** The pegawai's id. */
  readonly id: string;
  /** The pegawai's name. */
  readonly nama: string;
  /** Where the pegawai is in the period. */
  readonly tahap: TahapPegawai;
  /** The due date of the stage the pegawai is at (`null` when done). */
  readonly batas: string | null;
  /** Days past the current stage's due date (0 when on time). */
  readonly hariTerlambat: number;
}

/**
 * The progress of a whole school (or dinas) on a date.
 *
 * @category Sekolah
 * @example
 * const daftar: DataPegawaiSekolah[] = [{ id: 'p-1', nama: 'Ani' }];
 * progresSekolah(daftar, { hariIni: '2024-03-05', periode: { tahun: 2024, ke: 1 } }).ringkasan['belum-merencanakan']; //=> 1
 */
export interface ProgresSekolah {
  /** One row per pegawai. */
  readonly baris: readonly BarisProgres[];
  /** How many pegawai are at each stage. */
  readonly ringkasan: { readonly [T in TahapPegawai]: number };
  /** The atasan's to-do list: each pending action once, the latest first, then by due date and name. */
  readonly tugasAtasan: readonly TugasAtasan[];
}

const TAHAP: readonly TahapPegawai[] = /* @__PURE__ */ (() =>
  ['belum-merencanakan', 'draf', 'diajukan', 'disetujui', 'disepakati', ...LANGKAH_SIKLUS, 'selesai'] as const)();

function tahapOf(p: DataPegawaiSekolah): TahapPegawai {
  if (p.hasil?.predikat != null) return 'selesai';
  if (p.siklus !== undefined) return p.siklus.langkah;
  return p.alur?.status ?? 'belum-merencanakan';
}

function kalenderOf(tahap: TahapPegawai): TahapKalender | null {
  if (tahap === 'selesai') return null;
  if (tahap === 'belum-merencanakan' || tahap === 'draf' || tahap === 'diajukan' || tahap === 'disetujui')
    return 'perencanaan';
  if (tahap === 'disepakati') return 'diskusi-persiapan';
  return tahap;
}

/**
 * Progress across a school on a date (`yyyy-mm-dd`), in one pass (linear in the number of pegawai): who has not
 * planned, whose plan waits for the atasan, who is at which step, who is late and by how many days, and the atasan's
 * to-do list (approve, observe, rate) sorted latest first.
 *
 * @param pegawai - Each pegawai's data (plan workflow, siklus, penilaian).
 * @param opsi - `hariIni` (`yyyy-mm-dd`), `periode` and optionally `ketentuan`.
 * @returns One row per pegawai and the atasan's tasks; throws `KinerjaError` `argumen-tidak-valid` for a date that is
 *   not real or a list of another shape.
 * @category Sekolah
 * @example
 * const guru: Pegawai = { nama: 'Cak Buhrik', peran: 'guru', statusKepegawaian: 'pns', jenjang: 'ahli-pertama', golongan: 'III/b', satuanPendidikan: 'SDN 1' };
 * let rencana = createRencana({ pegawai: guru, periode: { tahun: 2024, ke: 1 } });
 * rencana = chooseIndikator(rencana, 'keteraturan-suasana-kelas');
 * rencana = addRhk(rencana, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
 * rencana = addRhk(rencana, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
 * for (const a of ASPEK_BERAKHLAK) rencana = setPerilaku(rencana, a, 'Fokus perilaku');
 * let alur = startAlurRencana(rencana, { oleh: { peran: 'pegawai' }, pada: '2024-01-05T08:00:00+07:00' });
 * alur = unwrap(transitionRencana(alur, { jenis: 'ajukan', oleh: { peran: 'pegawai' }, pada: '2024-01-10T08:00:00+07:00' }));
 * const p = progresSekolah([{ id: 'p-1', nama: 'Cak Buhrik', alur }], { hariIni: '2024-03-05', periode: { tahun: 2024, ke: 1 } });
 * p.tugasAtasan[0]; //=> { id: 'p-1', nama: 'Cak Buhrik', aksi: 'setujui-rencana', batas: '2024-01-31', hariTerlambat: 34 }
 */
export function progresSekolah(
  pegawai: readonly DataPegawaiSekolah[],
  opsi: { readonly hariIni: string; readonly periode: Periode; readonly ketentuan?: Ketentuan },
): ProgresSekolah {
  const semua = daftarDari(pegawai, 'pegawai');
  periksaObjek(opsi, 'opsi');
  const { hariIni, periode } = opsi;
  periksaTeks(hariIni, 'opsi.hariIni');
  periksaObjek(periode, 'opsi.periode');
  const ketentuan =
    ketentuanOpsional(opsi, 'progresSekolah', ['hariIni', 'periode', 'ketentuan']) ?? ketentuanUntuk(periode);
  const batas = new Map<TahapKalender, { tanggal: string; hari: number }>();
  for (const t of ['perencanaan', ...LANGKAH_SIKLUS] as const) {
    const tanggal = tenggatTahap(t, periode, { ketentuan });
    batas.set(t, { tanggal, hari: Math.max(0, selisihHari(tanggal, hariIni)) });
  }
  const ringkasan = Object.fromEntries(TAHAP.map((t) => [t, 0])) as Record<TahapPegawai, number>;
  const baris: BarisProgres[] = [];
  const tugas: TugasAtasan[] = [];
  for (const p of semua) {
    periksaObjek(p, 'pegawai[]');
    const tahap = tahapOf(p);
    ringkasan[tahap] += 1;
    const k = kalenderOf(tahap);
    const b = k === null ? undefined : batas.get(k);
    baris.push(
      Object.freeze({ id: p.id, nama: p.nama, tahap, batas: b?.tanggal ?? null, hariTerlambat: b?.hari ?? 0 }),
    );
    const aksi =
      tahap === 'diajukan'
        ? 'setujui-rencana'
        : tahap === 'observasi-kinerja'
          ? 'observasi'
          : tahap === 'penilaian'
            ? 'nilai'
            : null;
    if (aksi !== null && b !== undefined)
      tugas.push(Object.freeze({ id: p.id, nama: p.nama, aksi, batas: b.tanggal, hariTerlambat: b.hari }));
  }
  tugas.sort(
    (a, b) =>
      b.hariTerlambat - a.hariTerlambat ||
      (a.batas < b.batas ? -1 : a.batas > b.batas ? 1 : 0) ||
      a.nama.localeCompare(b.nama, 'id') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return Object.freeze({
    baris: Object.freeze(baris),
    ringkasan: Object.freeze(ringkasan),
    tugasAtasan: Object.freeze(tugas),
  });
}
