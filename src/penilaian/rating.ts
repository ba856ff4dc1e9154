import { z } from 'zod';
import { formatNilai, KinerjaError } from '../core/error';
import { daftarDari, periksaObjek, periksaTeks } from '../core/periksa';
import { fail, ok, safely, type Result } from '../core/result';
import { fromZodIssues } from '../core/zod-issues';
import { ASPEK_BERAKHLAK, RATING, type AspekBerakhlak, type Rating } from '../ketentuan/kode';
import type { AgregasiRating, Ketentuan } from '../ketentuan/types';
import { parseSalinan } from '../core/salinan';
import { ketentuanWajib, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';

/**
 * The three aspects of praktik kinerja the pejabat penilai judges (Panduan Substansi, from Rapor Pendidikan D.2; docs/sumber.md#rating-hasil-kerja-dan-perilaku-kerja).
 *
 * @category Penilaian
 * @example
 * ASPEK_HASIL_KERJA[0]; //=> 'upaya-refleksi'
 */
export const ASPEK_HASIL_KERJA = /* @__PURE__ */ Object.freeze([
  'upaya-refleksi',
  'upaya-mempelajari',
  'perubahan-praktik',
] as const);

/**
 * An aspect of praktik kinerja.
 *
 * @category Penilaian
 * @example
 * const a: AspekHasilKerja = 'perubahan-praktik';
 */
export type AspekHasilKerja = (typeof ASPEK_HASIL_KERJA)[number];

/**
 * The zod schemas of the rating records (what apps store): hasil kerja and perilaku kerja.
 *
 * @category Penilaian
 * @example
 * PenilaianSchemas.hasilKerja.safeParse({}).success; //=> false
 */
export const PenilaianSchemas = /* @__PURE__ */ (() => {
  const rating = z.enum(RATING);
  const hasilKerja = z
    .strictObject({
      aspek: z
        .strictObject({ 'upaya-refleksi': rating, 'upaya-mempelajari': rating, 'perubahan-praktik': rating })
        .readonly(),
      poin: z.number().int().min(0).nullable(),
      saran: rating,
      rating,
      berbedaDariSaran: z.boolean(),
      catatan: z.string().optional(),
    })
    .readonly();
  const perilakuKerja = z
    .strictObject({
      aspek: z
        .strictObject(
          Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, rating])) as Record<
            (typeof ASPEK_BERAKHLAK)[number],
            typeof rating
          >,
        )
        .readonly(),
      saran: rating,
      rating,
      berbedaDariSaran: z.boolean(),
      catatan: z.string().optional(),
    })
    .readonly();
  return { hasilKerja, perilakuKerja };
})();

/**
 * The pejabat penilai's rating of hasil kerja (praktik kinerja): the three aspect judgements, the points considered,
 * the library's suggestion, the final rating the penilai set, and whether it differs from the suggestion.
 *
 * @category Penilaian
 * @example
 * const aspek = { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' } as const;
 * const r: PenilaianHasilKerja = unwrap(createPenilaianHasilKerja({ aspek, poin: 64, rating: 'di-atas-ekspektasi' }, { ketentuan: KETENTUAN_2024 }));
 * r.saran; //=> 'di-atas-ekspektasi'
 */
export type PenilaianHasilKerja = z.infer<typeof PenilaianSchemas.hasilKerja>;

/**
 * The rating of perilaku kerja: each BERAKHLAK aspect, the suggestion, the final overall rating.
 *
 * @category Penilaian
 * @example
 * const aspek = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<AspekBerakhlak, Rating>;
 * const r: PenilaianPerilakuKerja = unwrap(createPenilaianPerilakuKerja({ aspek, rating: 'sesuai-ekspektasi' }, { ketentuan: KETENTUAN_2026 }));
 * r.berbedaDariSaran; //=> false
 */
export type PenilaianPerilakuKerja = z.infer<typeof PenilaianSchemas.perilakuKerja>;

/** Ratings worst first, so that a rating's index is its rank. */
/**
 * What the atasan decides on hasil kerja: a rating per aspect, the plan's points (`null` where the rule set has
 * none) and the final rating, typed with the library's codes so a typo does not compile.
 *
 * @category Penilaian
 * @example
 * const input: InputPenilaianHasilKerja = {
 *   aspek: { 'upaya-refleksi': 'sesuai-ekspektasi', 'upaya-mempelajari': 'sesuai-ekspektasi', 'perubahan-praktik': 'sesuai-ekspektasi' },
 *   poin: null,
 *   rating: 'sesuai-ekspektasi',
 * };
 */
export interface InputPenilaianHasilKerja {
  /** The rating of each aspect of hasil kerja. */
  readonly aspek: Readonly<Record<AspekHasilKerja, Rating>>;
  /** The plan's points, or `null` where points are not required. */
  readonly poin: number | null;
  /** The hasil kerja rating the pejabat penilai gives. */
  readonly rating: Rating;
  /** The pejabat penilai's note. */
  readonly catatan?: string;
}

/**
 * What the atasan decides on perilaku kerja: a rating per BERAKHLAK aspect and the final rating.
 *
 * @category Penilaian
 * @example
 * const aspek = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as InputPenilaianPerilakuKerja['aspek'];
 * const input: InputPenilaianPerilakuKerja = { aspek, rating: 'sesuai-ekspektasi' };
 */
export interface InputPenilaianPerilakuKerja {
  /** The rating of each BerAKHLAK aspect. */
  readonly aspek: Readonly<Record<AspekBerakhlak, Rating>>;
  /** The perilaku kerja rating the pejabat penilai gives. */
  readonly rating: Rating;
  /** The pejabat penilai's note. */
  readonly catatan?: string;
}

const BY_RANK: readonly Rating[] = /* @__PURE__ */ (() => [...RATING].reverse())();

/**
 * Combines ratings by a policy: `median` (the middle one; the lower middle for an even count) or `terendah`.
 *
 * @param ratings - The ratings to combine (at least one).
 * @param agregasi - `median` or `terendah`.
 * @returns The combined rating; throws `KinerjaError` `argumen-tidak-valid` for an empty list or an unknown policy.
 * @category Penilaian
 * @example
 * agregasiRating(['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-atas-ekspektasi'], 'median'); //=> 'di-atas-ekspektasi'
 */
export function agregasiRating(ratings: readonly Rating[], agregasi: AgregasiRating): Rating {
  const ranks = daftarDari(ratings, 'ratings')
    .map((r) => {
      const rank = BY_RANK.indexOf(r as Rating);
      if (rank < 0)
        throw new KinerjaError(
          'kode-tidak-dikenal',
          `Rating tidak dikenal: ${formatNilai(r)}.`,
          `Unknown rating: ${formatNilai(r)}.`,
        );
      return rank;
    })
    .sort((a, b) => a - b);
  const i = agregasi === 'terendah' ? 0 : Math.floor((ranks.length - 1) / 2);
  return BY_RANK[ranks[i] ?? 1] ?? 'sesuai-ekspektasi';
}

/**
 * Suggests the rating hasil kerja (the penilai decides; open, docs/sumber.md#rating-hasil-kerja-dan-perilaku-kerja): the aspects combined by
 * `kebijakan.saranHasilKerja.agregasi` (default median), and `di-atas-ekspektasi` only with at least
 * `poinMinimumDiAtas` points of pengembangan kompetensi (default 64), else `sesuai-ekspektasi`.
 *
 * @param aspek - The rating of each aspect of hasil kerja.
 * @param opsi - `ketentuan` (required) and the plan's `poin`.
 * @returns The suggested rating; throws `KinerjaError` `kode-tidak-dikenal` for an unknown rating.
 * @category Penilaian
 * @example
 * const aspek = { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'sesuai-ekspektasi' } as const;
 * suggestRatingHasilKerja(aspek, { poin: 64, ketentuan: KETENTUAN_2024 }); //=> 'di-atas-ekspektasi'
 * suggestRatingHasilKerja(aspek, { poin: 36, ketentuan: KETENTUAN_2024 }); //=> 'sesuai-ekspektasi'
 * suggestRatingHasilKerja(aspek, { ketentuan: KETENTUAN_2026 });           //=> 'di-atas-ekspektasi'
 */
export function suggestRatingHasilKerja(
  aspek: Readonly<Record<AspekHasilKerja, Rating>>,
  opsi: OpsiKetentuan & { readonly poin?: number | null },
): Rating {
  periksaObjek(aspek, 'aspek');
  const ketentuan = ketentuanWajib(opsi, 'suggestRatingHasilKerja', ['ketentuan', 'poin']);
  const poin = opsi.poin ?? null;
  if (poin !== null && !Number.isSafeInteger(poin)) periksaTeks(poin, 'opsi.poin');
  const { agregasi, poinMinimumDiAtas } = ketentuan.kebijakan.saranHasilKerja;
  const r = agregasiRating(
    ASPEK_HASIL_KERJA.map((a) => aspek[a]),
    agregasi,
  );
  if (r === 'di-atas-ekspektasi' && poinMinimumDiAtas !== null && (poin ?? 0) < poinMinimumDiAtas)
    return 'sesuai-ekspektasi';
  return r;
}

/**
 * Suggests the overall rating perilaku kerja from the 7 aspects (open, docs/sumber.md#rating-hasil-kerja-dan-perilaku-kerja): combined by
 * `kebijakan.saranPerilakuKerja.agregasi` (default median).
 *
 * @param aspek - The rating of each BerAKHLAK aspect.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The suggested rating; throws `KinerjaError` `kode-tidak-dikenal` for an unknown rating.
 * @category Penilaian
 * @example
 * suggestRatingPerilakuKerja(
 *   { 'berorientasi-pelayanan': 'sesuai-ekspektasi', akuntabel: 'sesuai-ekspektasi', kompeten: 'di-atas-ekspektasi', harmonis: 'sesuai-ekspektasi', loyal: 'sesuai-ekspektasi', adaptif: 'di-atas-ekspektasi', kolaboratif: 'di-atas-ekspektasi' },
 *   { ketentuan: KETENTUAN_2026 },
 * ); //=> 'sesuai-ekspektasi'
 */
export function suggestRatingPerilakuKerja(
  aspek: Readonly<Record<AspekBerakhlak, Rating>>,
  opsi: OpsiKetentuan,
): Rating {
  periksaObjek(aspek, 'aspek');
  const ketentuan = ketentuanWajib(opsi, 'suggestRatingPerilakuKerja');
  return agregasiRating(
    ASPEK_BERAKHLAK.map((a) => aspek[a]),
    ketentuan.kebijakan.saranPerilakuKerja.agregasi,
  );
}

function record<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const r = parseSalinan(schema, value);
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues));
}

/**
 * A penilai's rating recorded beside the suggestion: the input checked against `bentuk`, the suggestion computed
 * under the options' rule set (required), `berbedaDariSaran`, and the whole record checked against `schema`.
 */
function rekamPenilaian<A extends { readonly rating: Rating }, T>(
  input: object,
  opsi: OpsiKetentuan,
  fungsi: string,
  bentuk: z.ZodType<A>,
  schema: z.ZodType<T>,
  saranDari: (data: A, ketentuan: Ketentuan) => Rating,
): Result<T> {
  const k = safely(() => {
    periksaObjek(input, 'input');
    return ketentuanWajib(opsi, fungsi);
  });
  if (!k.success) return k;
  const shape = parseSalinan(bentuk, input);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues));
  const saran = saranDari(shape.data, k.data);
  const base = { ...shape.data, saran, berbedaDariSaran: saran !== shape.data.rating };
  const { catatan } = input as { readonly catatan?: unknown };
  return record(schema, catatan === undefined ? base : { ...base, catatan });
}

/**
 * Records the pejabat penilai's rating of hasil kerja: the aspects, the points considered (`null` where the rule
 * set has no points), the final `rating` the penilai sets ("kewenangan penuh pejabat penilai"), the suggestion, and
 * `berbedaDariSaran`. Fails with coded issues for missing or unknown ratings.
 *
 * @param input - The aspects, the points and the penilai's rating and note.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The record, or a failed result with `skema-tidak-valid` for a malformed input.
 * @category Penilaian
 * @example
 * const aspek = { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' } as const;
 * const r = createPenilaianHasilKerja({ aspek, poin: 36, rating: 'di-atas-ekspektasi' }, { ketentuan: KETENTUAN_2024 });
 * r.success && r.data.saran;            //=> 'sesuai-ekspektasi'
 * r.success && r.data.berbedaDariSaran; //=> true
 */
export function createPenilaianHasilKerja(
  input: InputPenilaianHasilKerja,
  opsi: OpsiKetentuan,
): Result<PenilaianHasilKerja> {
  return rekamPenilaian(
    input,
    opsi,
    'createPenilaianHasilKerja',
    PenilaianSchemas.hasilKerja.unwrap().pick({ aspek: true, rating: true, poin: true, catatan: true }),
    PenilaianSchemas.hasilKerja,
    (d, ketentuan) => suggestRatingHasilKerja(d.aspek, { poin: d.poin, ketentuan }),
  );
}

/**
 * Records the rating of perilaku kerja: each of the 7 aspects, the final overall `rating`, the suggestion and
 * whether they differ.
 *
 * @param input - The seven aspects and the penilai's rating and note.
 * @param opsi - `ketentuan`: the rule set (required).
 * @returns The record, or a failed result with `skema-tidak-valid` for a malformed input.
 * @category Penilaian
 * @example
 * const semuaSesuai = Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<AspekBerakhlak, Rating>;
 * const r = createPenilaianPerilakuKerja({ aspek: semuaSesuai, rating: 'sesuai-ekspektasi' }, { ketentuan: KETENTUAN_2026 });
 * r.success && r.data.berbedaDariSaran; //=> false
 */
export function createPenilaianPerilakuKerja(
  input: InputPenilaianPerilakuKerja,
  opsi: OpsiKetentuan,
): Result<PenilaianPerilakuKerja> {
  return rekamPenilaian(
    input,
    opsi,
    'createPenilaianPerilakuKerja',
    PenilaianSchemas.perilakuKerja.unwrap().pick({ aspek: true, rating: true, catatan: true }),
    PenilaianSchemas.perilakuKerja,
    (d, ketentuan) => suggestRatingPerilakuKerja(d.aspek, { ketentuan }),
  );
}
