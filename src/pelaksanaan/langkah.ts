import { z } from 'zod';
import { isTanggalIso } from '../core/tanggal';
import { NILAI_OBSERVASI } from '../ketentuan/kode';
import { KodeFokusSchema } from '../ketentuan/schema';

/**
 * The zod schemas of the data each step of the siklus submits (docs/sumber.md#siklus). Dates are `yyyy-mm-dd`.
 *
 * @category Pelaksanaan
 * @example
 * LangkahSchemas['observasi-kinerja'].safeParse({ mode: 'langsung', nilai: [], rekomendasi: 'x' }).success; //=> true
 */
export const LangkahSchemas = /* @__PURE__ */ (() => {
  const tanggal = z.string().refine(isTanggalIso, { message: 'Tanggal harus yyyy-mm-dd yang valid' });
  const teks = z.string().trim().min(1);
  const rentang = z.strictObject({ mulai: tanggal, selesai: tanggal }).readonly();
  const fokus = KodeFokusSchema; // a fokus perilaku by its code, not its text
  const persiapan = z
    .strictObject({
      targetPerilaku: z
        .array(z.strictObject({ fokus, upayaMempelajari: teks }).readonly())
        .min(1)
        .readonly(),
      jadwalObservasi: z
        .strictObject({ tanggal, jenjang: teks, kelas: teks, mataPelajaran: teks, catatan: z.string().optional() })
        .readonly(),
      dokumen: z
        .array(
          z
            .strictObject({
              nama: teks,
              jenis: z.enum(['rpp', 'modul-ajar', 'asesmen', 'lainnya']),
              tautan: z.string().optional(),
            })
            .readonly(),
        )
        .readonly(),
    })
    .readonly();
  const observasi = z
    .strictObject({
      mode: z.enum(['langsung', 'tidak-langsung', 'catatan-mandiri']),
      tanggal: tanggal.optional(),
      nilai: z
        .array(z.strictObject({ fokus, nilai: z.enum(NILAI_OBSERVASI), catatan: z.string() }).readonly())
        .readonly(),
      rekomendasi: teks,
    })
    .readonly();
  const tindakLanjut = z
    .strictObject({
      tantangan: teks,
      tindakLanjut: z
        .array(
          z
            .strictObject({
              id: teks,
              tujuan: z.array(teks).min(1).readonly(),
              materi: teks,
              periode: rentang,
              dukungan: z.string(),
            })
            .readonly(),
        )
        .min(1)
        .readonly(),
      pembelajaranLain: z.array(z.strictObject({ tujuan: teks, upaya: teks, periode: rentang }).readonly()).readonly(),
    })
    .readonly();
  const upaya = z
    .strictObject({ buktiDukung: z.record(z.string(), z.enum(['belum-dikumpulkan', 'sudah-dikumpulkan'])).readonly() })
    .readonly();
  const refleksi = z
    .strictObject({
      refleksi: z
        .array(
          z
            .strictObject({
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
  /** Step A's data. */
  'diskusi-persiapan': DiskusiPersiapan;
  /** Step B's data (the atasan's observation). */
  'observasi-kinerja': ObservasiKinerja;
  /** Step C's data. */
  'diskusi-tindak-lanjut': DiskusiTindakLanjut;
  /** Step D's data. */
  'upaya-tindak-lanjut': UpayaTindakLanjut;
  /** Step E's data. */
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

/**
 * What a draft of a step may hold: any part of the step's data at any depth (a refleksi with one of its three
 * tantangan typed, a tindak lanjut without its end date yet, an empty text). Completeness is checked when the step is submitted
 * (`kumpulkan`), never when it is saved.
 *
 * @category Pelaksanaan
 * @example
 * const draf: Draf<RefleksiTindakLanjut> = { refleksi: [{ tindakLanjutId: 'tl-1', tantangan: ['Waktu terbatas'] }] };
 */
export type Draf<T> = T extends readonly (infer U)[]
  ? readonly Draf<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: Draf<T[K]> }
    : T;

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  items?: z.ZodType[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
};

/**
 * The draft schema of a step schema ({@link Draf}): every object key optional at every depth, arrays and tuples of
 * any length up to a tuple's size, texts of any length (an empty field included, though a date must be a real date
 * when given); enums, numbers and booleans keep their type, and an unknown key is still an issue.
 *
 * @internal
 */
export function drafDari(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'readonly':
    case 'optional':
      return drafDari(def.innerType!).optional();
    case 'nullable':
      return drafDari(def.innerType!).nullable();
    case 'object':
      return z.strictObject(
        Object.fromEntries(Object.entries(def.shape!).map(([k, v]) => [k, drafDari(v).optional()])),
      );
    case 'array':
      return z.array(drafDari(def.element!));
    case 'tuple':
      return z
        .array(z.union(def.items!.map((i) => drafDari(i)) as unknown as [z.ZodType, z.ZodType]))
        .max(def.items!.length);
    case 'record':
      return z.record(def.keyType as z.ZodString, drafDari(def.valueType!));
    case 'string': {
      // A text being typed may be empty; a value that has a format (a date) must still be a real one when given.
      const checks = ((def as { checks?: z.core.$ZodCheck<string>[] }).checks ?? []).filter(
        (c) => c._zod.def.check !== 'min_length' && c._zod.def.check !== 'overwrite',
      );
      return checks.length === 0 ? z.string() : z.string().check(...checks);
    }
    default:
      return schema;
  }
}

/**
 * The draft schema of each step ({@link Draf}), derived from {@link LangkahSchemas} by {@link drafDari}: its type is
 * the step data's `Draf`, which test/pelaksanaan/peristiwa.test.ts holds to what the derived schema accepts.
 *
 * @internal
 */
export const DrafSchemas = /* @__PURE__ */ (() =>
  Object.fromEntries(
    Object.entries(LangkahSchemas).map(([langkah, schema]) => [
      langkah,
      (drafDari(schema) as z.ZodOptional<z.ZodObject>).unwrap(),
    ]),
  ) as unknown as { readonly [L in LangkahIsian]: z.ZodType<Draf<DataLangkah[L]>> })();

/**
 * The steps that submit data, in order (A–E), as a tuple for `z.enum`; a test holds it to {@link LangkahSchemas}.
 *
 * @internal
 */
export const LANGKAH_ISIAN = /* @__PURE__ */ Object.freeze([
  'diskusi-persiapan',
  'observasi-kinerja',
  'diskusi-tindak-lanjut',
  'upaya-tindak-lanjut',
  'refleksi-tindak-lanjut',
] as const satisfies readonly LangkahIsian[]);
