import { deepFreeze, salinBeku } from '../core/freeze';
import { formatNilai } from '../core/error';
import { issueOf, issuePilihanOpsi, prefixIssues } from '../core/issue';
import { fail, ok, putarUlang, riwayatBukanDaftar, safely, type Result } from '../core/result';
import { parseWaktu } from '../core/tanggal';
import { periksaOpsi } from '../core/opsi';
import { LANGKAH_SIKLUS, type LangkahSiklus } from '../ketentuan/kode';
import { ketentuanRencana, pilihKetentuan } from '../ketentuan/pilih';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import type { Ketentuan } from '../ketentuan/types';
import { periksaRencana, type RencanaKinerja } from '../perencanaan/rencana';
import type { DataLangkah, LangkahIsian } from './langkah';
import {
  cekUrutan,
  initialDraf,
  langkahBerikut,
  mulai,
  terapkan,
  type PeristiwaSiklus,
  type Siklus,
  type SiklusLoose,
} from './siklus';

// Rebuilding a siklus from its stored history: the full replay runs every event through the state machine of
// siklus.ts again; the trusted replay (validasi: 'tepercaya') checks order, steps, actors and times only.

/**
 * Options of {@link replaySiklus}.
 *
 * @category Pelaksanaan
 * @example
 * const opsi: OpsiReplaySiklus = { validasi: 'tepercaya' };
 */
export interface OpsiReplaySiklus extends OpsiKetentuan {
  /**
   * How much of a stored history is checked again. `penuh` (the default) checks every event as
   * {@link transitionSiklus} does: the plan by `validateRencana`, each draft by its step's schema, each submission for
   * completeness, the step checks and text limits. `tepercaya` (trusted) is for a history this library wrote
   * (`siklus.riwayat`) and the app stored unchanged: the order of events, their steps, actors and times are still
   * checked, and every payload is copied (deep, frozen), but plans and drafts are not validated again. On such a
   * history both give the same state; on a tampered one `tepercaya` may accept what `penuh` refuses (it still never
   * throws and never shares the caller's objects). Validate on write, trust on read: only where the store is trusted.
   */
  readonly validasi?: 'penuh' | 'tepercaya';
}

/**
 * Rebuilds a siklus from its stored history (starting with `mulai`): replaying a state's `riwayat` gives the same
 * state. Every event is checked again unless `opsi.validasi` is `tepercaya` ({@link OpsiReplaySiklus}).
 *
 * @param riwayat - The stored events, starting with `mulai`.
 * @param opsi - `ketentuan` (default: the plan's) and `validasi` (`penuh` or `tepercaya`).
 * @returns The state, or a failed result located at the event's index, with `riwayat-tidak-valid`, `opsi-tidak-valid`
 *   or the codes of {@link transitionSiklus}.
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
 * const again = replaySiklus(siklus.riwayat);
 * again.success && again.data.langkah === siklus.langkah; //=> true
 * const tersimpan = JSON.stringify(siklus.riwayat);
 * replaySiklus(JSON.parse(tersimpan), { validasi: 'tepercaya' }).success; //=> true
 */
export function replaySiklus(riwayat: readonly unknown[], opsi?: OpsiReplaySiklus): Result<Siklus> {
  const diperiksa = safely(() => ({
    validasi: periksaOpsi(opsi, 'replaySiklus', ['ketentuan', 'validasi']).validasi,
    ketentuan: ketentuanOpsional(opsi, 'replaySiklus', ['ketentuan', 'validasi']),
  }));
  if (!diperiksa.success) return diperiksa;
  const { validasi, ketentuan } = diperiksa.data;
  if (!Array.isArray(riwayat)) return riwayatBukanDaftar();
  if (validasi === 'tepercaya') {
    try {
      return putarUlangTepercaya(riwayat, ketentuan);
    } catch (e) {
      // Trusted payloads are not validated; whatever they break surfaces as a coded failure, never a TypeError.
      return fail([
        issueOf(
          'riwayat-tidak-valid',
          [],
          `Riwayat tidak dapat diputar ulang: ${formatNilai(e instanceof Error ? e.message : e)}.`,
          `The history cannot be replayed: ${formatNilai(e instanceof Error ? e.message : e)}.`,
        ),
      ]);
    }
  }
  if (validasi !== undefined && validasi !== 'penuh') {
    return fail([issuePilihanOpsi('validasi', ['penuh', 'tepercaya'], validasi)]);
  }
  const start = mulai(riwayat[0], ketentuan);
  if (!start.success) return fail(prefixIssues(start.issues, [0]));
  const pilihan = pilihKetentuan(start.data.rencana, ketentuan);
  if (!pilihan.success) return pilihan;
  const k = pilihan.data;
  return putarUlang(start.data, riwayat, 1, (s, e) => terapkan(s as unknown as SiklusLoose, e, k));
}

/**
 * The envelope a trusted replay relies on, checked by type only: an object with a string `jenis` and `oleh.peran`
 * and a real `pada`; its time in ms, or `null` when it is not such an event.
 */
function waktuAmplop(e: unknown): number | null {
  if (e === null || typeof e !== 'object') return null;
  const x = e as { jenis?: unknown; oleh?: { peran?: unknown } | null };
  if (typeof x.jenis !== 'string' || x.oleh === null || typeof x.oleh !== 'object' || typeof x.oleh.peran !== 'string')
    return null;
  return parseWaktu((e as { pada?: unknown }).pada);
}

/** A step event as the trusted replay reads it (after {@link waktuAmplop}). */
type PeristiwaLangkah = { jenis: string; langkah: LangkahIsian; oleh: { peran: string }; pada: string; data?: unknown };

/** Whether an event with a valid envelope is a step event the trusted replay can apply. */
function isPeristiwaLangkah(e: unknown): e is PeristiwaLangkah {
  const x = e as { jenis: string; langkah?: unknown; data?: unknown };
  if (!(LANGKAH_SIKLUS as readonly unknown[]).includes(x.langkah) || x.langkah === 'penilaian') return false;
  return (
    x.jenis === 'kumpulkan' ||
    (x.jenis === 'simpan-draf' && x.data !== null && typeof x.data === 'object' && !Array.isArray(x.data))
  );
}

/**
 * The trusted replay ({@link OpsiReplaySiklus}): the same state machine over copied payloads, built in local
 * containers and frozen once at the end.
 */
function putarUlangTepercaya(riwayat: readonly unknown[], ketentuan: Ketentuan | undefined): Result<Siklus> {
  const salinan = safely(() => salinBeku(riwayat as unknown[]));
  if (!salinan.success)
    return fail([
      issueOf(
        'riwayat-tidak-valid',
        [],
        'Riwayat harus berupa data polos (JSON).',
        'A history must be plain data (JSON).',
      ),
      ...salinan.issues,
    ]);
  const daftar = salinan.data as readonly unknown[];
  const awal = daftar[0] as { jenis: string; pada: string; rencana?: unknown };
  let sebelumnyaMs = waktuAmplop(awal);
  if (sebelumnyaMs === null || awal.jenis !== 'mulai' || awal.rencana === null || typeof awal.rencana !== 'object') {
    return fail([
      issueOf(
        'peristiwa-tidak-valid',
        [0],
        'Siklus harus dimulai dengan peristiwa "mulai" yang valid.',
        'A siklus must start with a valid "mulai" event.',
      ),
    ]);
  }
  const rencana = awal.rencana as RencanaKinerja;
  const pilihan = safely(() => {
    periksaRencana(rencana, 'riwayat[0].rencana');
    return ketentuan ?? ketentuanRencana(rencana);
  });
  if (!pilihan.success) return fail(prefixIssues(pilihan.issues, [0, 'rencana']));
  const k = pilihan.data;
  let langkah: LangkahSiklus = 'diskusi-persiapan';
  let draf: Record<string, unknown> | null = {};
  const hasil: Record<string, unknown> = {};
  const dikumpulkanPada: Record<string, string> = {};
  for (let i = 1; i < daftar.length; i++) {
    const e = daftar[i];
    const ms = waktuAmplop(e);
    if (ms === null || !isPeristiwaLangkah(e))
      return fail([issueOf('peristiwa-tidak-valid', [i], 'Peristiwa siklus tidak dikenali.', 'Not a siklus event.')]);
    const urutan = cekUrutan(langkah, e, k, ms, sebelumnyaMs);
    if (urutan !== null) return fail(prefixIssues([urutan], [i]));
    sebelumnyaMs = ms;
    if (e.jenis === 'simpan-draf') {
      draf = { ...draf, ...(e.data as Record<string, unknown>) };
    } else {
      hasil[e.langkah] = Object.freeze(draf);
      dikumpulkanPada[e.langkah] = e.pada;
      langkah = langkahBerikut(e.langkah);
      draf = deepFreeze(initialDraf(langkah, rencana));
    }
  }
  if (draf !== null) Object.freeze(draf);
  const s: SiklusLoose = {
    langkah,
    rencana,
    hasil: Object.freeze(hasil) as Partial<DataLangkah>,
    draf,
    dikumpulkanPada: Object.freeze(dikumpulkanPada),
    riwayat: daftar as PeristiwaSiklus[],
  };
  return ok(Object.freeze(s) as unknown as Siklus);
}
