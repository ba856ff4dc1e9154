import { LANGKAH_SIKLUS, type LangkahSiklus } from '../ketentuan/kode';
import { periksaTeks } from '../core/periksa';
import { ketentuanRencana } from '../ketentuan/pilih';
import type { TahapKalender } from '../ketentuan/types';
import { tenggatTahap, selisihHari, tahapPadaTanggal } from './kalender';
import type { LangkahIsian } from './langkah';
import { periksaSiklus, type Siklus } from './siklus';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * A step that is late: not submitted by its due date (`hari` days so far), or submitted after it (`hari` days late).
 *
 * @category Pelaksanaan
 * @example
 * const t: Keterlambatan = { langkah: 'diskusi-persiapan', batas: '2024-02-29', hari: 3, dikumpulkan: false };
 */
export interface Keterlambatan {
  /** The late step. */
  readonly langkah: LangkahSiklus;
  /** Its due date (`yyyy-mm-dd`). */
  readonly batas: string;
  /** How many days after the due date it was submitted, or is still open. */
  readonly hari: number;
  /** Whether it has been submitted (late) or is still open. */
  readonly dikumpulkan: boolean;
}

/**
 * Where a siklus stands on a date.
 *
 * @category Pelaksanaan
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
 * statusSiklus(siklus, '2024-03-05').terlambat; //=> [{ langkah: 'diskusi-persiapan', batas: '2024-02-29', hari: 5, dikumpulkan: false }]
 */
export interface StatusSiklus {
  /** The step the siklus is at (the next one to submit, or `penilaian`). */
  readonly langkah: LangkahSiklus;
  /** The stage the calendar points to on that date (`null` outside the period). */
  readonly tahapKalender: TahapKalender | null;
  /** Every late step: not submitted and past due, or submitted after the due date. A flag, not a lock by default. */
  readonly terlambat: readonly Keterlambatan[];
  /** The due date of the current step. */
  readonly batasLangkah: string;
}

/**
 * Which step is current, which are late and by how many days, on a date (`yyyy-mm-dd`). Under the default policy
 * lateness is only flagged (`kebijakan.keterlambatan: 'tandai'`).
 *
 * @param siklus - The siklus state.
 * @param hariIni - The date (`yyyy-mm-dd`).
 * @param opsi - `ketentuan`: the rule set (default: the plan's).
 * @returns The current step and the late ones; throws `KinerjaError` `argumen-tidak-valid` for a value that is not a
 *   siklus or a date that is not real.
 * @category Pelaksanaan
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
 * statusSiklus(siklus, '2024-02-10').langkah; //=> 'diskusi-persiapan'
 */
export function statusSiklus(siklus: Siklus, hariIni: string, opsi?: OpsiKetentuan): StatusSiklus {
  periksaSiklus(siklus);
  periksaTeks(hariIni, 'hariIni');
  const ketentuan = ketentuanOpsional(opsi, 'statusSiklus') ?? ketentuanRencana(siklus.rencana);
  const periode = siklus.rencana.periode;
  const tahapKalender = tahapPadaTanggal(hariIni, periode, { ketentuan });
  const now = LANGKAH_SIKLUS.indexOf(siklus.langkah);
  const dikumpulkan = siklus.dikumpulkanPada as Partial<Record<LangkahIsian, string>>;
  const terlambat: Keterlambatan[] = [];
  LANGKAH_SIKLUS.forEach((langkah, i) => {
    const batas = tenggatTahap(langkah, periode, { ketentuan });
    const pada = langkah === 'penilaian' ? undefined : dikumpulkan[langkah];
    if (i < now && pada !== undefined) {
      const hari = selisihHari(batas, pada.slice(0, 10));
      if (hari > 0) terlambat.push(Object.freeze({ langkah, batas, hari, dikumpulkan: true }));
    } else if (i >= now) {
      const hari = selisihHari(batas, hariIni);
      if (hari > 0) terlambat.push(Object.freeze({ langkah, batas, hari, dikumpulkan: false }));
    }
  });
  return Object.freeze({
    langkah: siklus.langkah,
    tahapKalender,
    terlambat: Object.freeze(terlambat),
    batasLangkah: tenggatTahap(siklus.langkah, periode, { ketentuan }),
  });
}

/**
 * Progress as the platform shows it: steps A–E done of 5, and the percentage (100 when A–E are done).
 *
 * @param siklus - The siklus state.
 * @returns Steps done and the percentage; throws `KinerjaError` `argumen-tidak-valid` for a value that is not a siklus.
 * @category Pelaksanaan
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
 * progresSiklus(siklus); //=> { selesai: 0, total: 5, persen: 0 }
 */
export function progresSiklus(siklus: Siklus): {
  readonly selesai: number;
  readonly total: number;
  readonly persen: number;
} {
  periksaSiklus(siklus);
  const total = LANGKAH_SIKLUS.length - 1;
  const selesai = LANGKAH_SIKLUS.indexOf(siklus.langkah);
  return Object.freeze({ selesai, total, persen: Math.floor((selesai * 100) / total) });
}
