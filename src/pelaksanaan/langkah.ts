import { z } from 'zod';
import { isTanggalIso } from '../internal/tanggal';
import { NILAI_OBSERVASI } from '../ketentuan/kode';

/**
 * The zod schemas of the data each step of the siklus submits (REFERENCE §4). Dates are `yyyy-mm-dd`.
 *
 * @category Pelaksanaan
 * @example
 * LangkahSchemas['observasi-kinerja'].safeParse({ mode: 'langsung', nilai: [], rekomendasi: 'x' }).success; //=> true
 */
export const LangkahSchemas = /* @__PURE__ */ (() => {
  const tanggal = z.string().refine(isTanggalIso, { message: 'Tanggal harus yyyy-mm-dd yang valid' });
  const teks = z.string().trim().min(1);
  const rentang = z.object({ mulai: tanggal, selesai: tanggal }).readonly();
  const persiapan = z
    .object({
      targetPerilaku: z.array(z.object({ fokus: teks, upayaMempelajari: teks }).readonly()).min(1).readonly(),
      jadwalObservasi: z
        .object({ tanggal, jenjang: teks, kelas: teks, mataPelajaran: teks, catatan: z.string().optional() })
        .readonly(),
      dokumen: z
        .array(z.object({ nama: teks, jenis: z.enum(['rpp', 'modul-ajar', 'asesmen', 'lainnya']), tautan: z.string().optional() }).readonly())
        .readonly(),
    })
    .readonly();
  const observasi = z
    .object({
      mode: z.enum(['langsung', 'tidak-langsung', 'catatan-mandiri']),
      tanggal: tanggal.optional(),
      nilai: z.array(z.object({ fokus: teks, nilai: z.enum(NILAI_OBSERVASI), catatan: z.string() }).readonly()).readonly(),
      rekomendasi: teks,
    })
    .readonly();
  const tindakLanjut = z
    .object({
      tantangan: teks,
      tindakLanjut: z
        .array(
          z
            .object({ id: teks, tujuan: z.array(teks).min(1).readonly(), materi: teks, periode: rentang, dukungan: z.string() })
            .readonly(),
        )
        .min(1)
        .readonly(),
      pembelajaranLain: z.array(z.object({ tujuan: teks, upaya: teks, periode: rentang }).readonly()).readonly(),
    })
    .readonly();
  const upaya = z
    .object({ buktiDukung: z.record(z.string(), z.enum(['belum-dikumpulkan', 'sudah-dikumpulkan'])).readonly() })
    .readonly();
  const refleksi = z
    .object({
      refleksi: z
        .array(
          z
            .object({
              tindakLanjutId: teks,
              inspirasi: teks,
              perubahanPraktik: teks,
              tantangan: z.tuple([teks, teks, teks]).readonly(),
              rencanaPerbaikan: teks,
            })
            .readonly(),
        )
        .min(1)
        .readonly(),
    })
    .readonly();
  return {
    'diskusi-persiapan': persiapan,
    'observasi-kinerja': observasi,
    'diskusi-tindak-lanjut': tindakLanjut,
    'upaya-tindak-lanjut': upaya,
    'refleksi-tindak-lanjut': refleksi,
  } as const;
})();

/**
 * A: Diskusi Persiapan: the chosen target behaviours (fokus perilaku of the plan's indicator) with an upaya
 * mempelajari each, the observation schedule, and optional documents (RPP, modul ajar, asesmen).
 *
 * @category Pelaksanaan
 * @example
 * const a: DiskusiPersiapan = { targetPerilaku: [{ fokus: 'strategi-pengelompokan', upayaMempelajari: 'Mempelajari buku' }], jadwalObservasi: { tanggal: '2024-03-01', jenjang: 'SD', kelas: '2', mataPelajaran: 'Matematika' }, dokumen: [] };
 */
export type DiskusiPersiapan = z.infer<(typeof LangkahSchemas)['diskusi-persiapan']>;

/**
 * B: Observasi Kinerja, by the atasan only: a rating per fokus perilaku with a note, and the rekomendasi. A baseline,
 * not a grade.
 *
 * @category Pelaksanaan
 * @example
 * const b: ObservasiKinerja = { mode: 'langsung', nilai: [{ fokus: 'komunikasi-positif', nilai: 'dilakukan-efektif', catatan: 'Guru melakukan komunikasi positif.' }], rekomendasi: 'Mempelajari strategi pengelompokkan.' };
 */
export type ObservasiKinerja = z.infer<(typeof LangkahSchemas)['observasi-kinerja']>;

/**
 * C: Diskusi Tindak Lanjut: the tantangan, one or more tindak lanjut from the platform's learning (tujuan, materi,
 * periode, dukungan) and optional other learning (tujuan, upaya, periode).
 *
 * @category Pelaksanaan
 * @example
 * const c: DiskusiTindakLanjut = { tantangan: 'Kelas ramai', tindakLanjut: [{ id: 'tl-1', tujuan: ['Strategi pengelompokkan yang efektif'], materi: 'Pengelolaan kelas', periode: { mulai: '2024-04-01', selesai: '2024-05-31' }, dukungan: '' }], pembelajaranLain: [] };
 */
export type DiskusiTindakLanjut = z.infer<(typeof LangkahSchemas)['diskusi-tindak-lanjut']>;

/**
 * D: Upaya Tindak Lanjut: the bukti dukung of each agreed RHK (by RHK id), collected or not.
 *
 * @category Pelaksanaan
 * @example
 * const d: UpayaTindakLanjut = { buktiDukung: { 'rhk-1': 'sudah-dikumpulkan' } };
 */
export type UpayaTindakLanjut = z.infer<(typeof LangkahSchemas)['upaya-tindak-lanjut']>;

/**
 * E: Refleksi Tindak Lanjut: per tindak lanjut: inspirasi, perubahan praktik, the three hardest tantangan and the
 * rencana perbaikan.
 *
 * @category Pelaksanaan
 * @example
 * const e: RefleksiTindakLanjut = { refleksi: [{ tindakLanjutId: 'tl-1', inspirasi: 'x', perubahanPraktik: 'y', tantangan: ['a', 'b', 'c'], rencanaPerbaikan: 'z' }] };
 */
export type RefleksiTindakLanjut = z.infer<(typeof LangkahSchemas)['refleksi-tindak-lanjut']>;

/**
 * The data of each step that submits data, by step code.
 *
 * @category Pelaksanaan
 * @example
 * const d: DataLangkah['upaya-tindak-lanjut'] = { buktiDukung: {} };
 */
export interface DataLangkah {
  'diskusi-persiapan': DiskusiPersiapan;
  'observasi-kinerja': ObservasiKinerja;
  'diskusi-tindak-lanjut': DiskusiTindakLanjut;
  'upaya-tindak-lanjut': UpayaTindakLanjut;
  'refleksi-tindak-lanjut': RefleksiTindakLanjut;
}

/**
 * A step that submits data (A–E); `penilaian` hands over to the penilaian part.
 *
 * @category Pelaksanaan
 * @example
 * const l: LangkahIsian = 'diskusi-tindak-lanjut';
 */
export type LangkahIsian = keyof DataLangkah;
