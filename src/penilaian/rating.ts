import { z } from 'zod';
import { formatNilai, KinerjaError } from '../core/error';
import { periksaDaftar, periksaObjek } from '../core/periksa';
import { fail, ok, safely, type Result } from '../core/result';
import { fromZodIssues } from '../core/zod-issues';
import { ASPEK_BERAKHLAK, RATING, type Rating } from '../ketentuan/kode';
import { KETENTUAN_2024 } from '../ketentuan/ketentuan-2024';
import type { AgregasiRating, Ketentuan } from '../ketentuan/types';

/**
 * The three aspects of praktik kinerja the pejabat penilai judges (REFERENCE §5.1, from Rapor Pendidikan D2).
 *
 * @category Penilaian
 * @example
 * ASPEK_HASIL_KERJA[0]; //=> 'upaya-refleksi'
 */
export const ASPEK_HASIL_KERJA = /* @__PURE__ */ Object.freeze(['upaya-refleksi', 'upaya-mempelajari', 'perubahan-praktik'] as const);

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
    .object({
      aspek: z.object({ 'upaya-refleksi': rating, 'upaya-mempelajari': rating, 'perubahan-praktik': rating }).readonly(),
      poin: z.number().int().min(0).nullable(),
      saran: rating,
      rating,
      berbedaDariSaran: z.boolean(),
      catatan: z.string().optional(),
    })
    .readonly();
  const perilakuKerja = z
    .object({
      aspek: z.object(Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, rating])) as Record<(typeof ASPEK_BERAKHLAK)[number], typeof rating>).readonly(),
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
 * const r: PenilaianHasilKerja = unwrap(rateHasilKerja({ aspek, poin: 64, rating: 'di-atas-ekspektasi' }));
 */
export type PenilaianHasilKerja = z.infer<typeof PenilaianSchemas.hasilKerja>;

/**
 * The rating of perilaku kerja: each BERAKHLAK aspect, the suggestion, the final overall rating.
 *
 * @category Penilaian
 * @example
 * const r: PenilaianPerilakuKerja = unwrap(ratePerilakuKerja({ aspek, rating: 'sesuai-ekspektasi' }));
 */
export type PenilaianPerilakuKerja = z.infer<typeof PenilaianSchemas.perilakuKerja>;

/** Ratings worst first, so that a rating's index is its rank. */
const BY_RANK: readonly Rating[] = /* @__PURE__ */ (() => [...RATING].reverse())();

/**
 * Combines ratings by a policy: `median` (the middle one; the lower middle for an even count) or `terendah`.
 *
 * @category Penilaian
 * @example
 * combineRatings(['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-atas-ekspektasi'], 'median'); //=> 'di-atas-ekspektasi'
 */
export function combineRatings(ratings: readonly Rating[], agregasi: AgregasiRating): Rating {
  periksaDaftar(ratings, 'ratings');
  const ranks = Array.from(ratings, (r) => {
    const rank = BY_RANK.indexOf(r as Rating);
    if (rank < 0) throw new KinerjaError('kode-tidak-dikenal', `Rating tidak dikenal: ${formatNilai(r)}.`, `Unknown rating: ${formatNilai(r)}.`);
    return rank;
  }).sort((a, b) => a - b);
  const i = agregasi === 'terendah' ? 0 : Math.floor((ranks.length - 1) / 2);
  return BY_RANK[ranks[i] ?? 1] ?? 'sesuai-ekspektasi';
}

/**
 * Suggests the rating hasil kerja (the penilai decides; REFERENCE §5.1, open): the aspects combined by
 * `kebijakan.saranHasilKerja.agregasi` (default median), and `di-atas-ekspektasi` only with at least
 * `poinMinimumDiAtas` points of pengembangan kompetensi (default 64), else `sesuai-ekspektasi`.
 *
 * @category Penilaian
 * @example
 * suggestRatingHasilKerja({ 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'sesuai-ekspektasi' }, 64);
 * //=> 'di-atas-ekspektasi'
 * suggestRatingHasilKerja({ 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'sesuai-ekspektasi' }, 36);
 * //=> 'sesuai-ekspektasi'
 */
export function suggestRatingHasilKerja(
  aspek: Readonly<Record<AspekHasilKerja, Rating>>,
  poin: number | null,
  ketentuan: Ketentuan = KETENTUAN_2024,
): Rating {
  periksaObjek(aspek, 'aspek');
  const { agregasi, poinMinimumDiAtas } = ketentuan.kebijakan.saranHasilKerja;
  const r = combineRatings(ASPEK_HASIL_KERJA.map((a) => aspek[a]), agregasi);
  if (r === 'di-atas-ekspektasi' && poinMinimumDiAtas !== null && (poin ?? 0) < poinMinimumDiAtas) return 'sesuai-ekspektasi';
  return r;
}

/**
 * Suggests the overall rating perilaku kerja from the 7 aspects (REFERENCE §5.2, open): combined by
 * `kebijakan.saranPerilakuKerja.agregasi` (default median).
 *
 * @category Penilaian
 * @example
 * suggestRatingPerilakuKerja({ 'berorientasi-pelayanan': 'sesuai-ekspektasi', akuntabel: 'sesuai-ekspektasi', kompeten: 'di-atas-ekspektasi', harmonis: 'sesuai-ekspektasi', loyal: 'sesuai-ekspektasi', adaptif: 'di-atas-ekspektasi', kolaboratif: 'di-atas-ekspektasi' });
 * //=> 'sesuai-ekspektasi'
 */
export function suggestRatingPerilakuKerja(
  aspek: Readonly<Record<(typeof ASPEK_BERAKHLAK)[number], Rating>>,
  ketentuan: Ketentuan = KETENTUAN_2024,
): Rating {
  periksaObjek(aspek, 'aspek');
  return combineRatings(ASPEK_BERAKHLAK.map((a) => aspek[a]), ketentuan.kebijakan.saranPerilakuKerja.agregasi);
}

function record<T>(schema: z.ZodType<T>, value: unknown): Result<T> {
  const r = schema.safeParse(value);
  return r.success ? ok(r.data) : fail(fromZodIssues(r.error.issues));
}

/**
 * Records the pejabat penilai's rating of hasil kerja: the aspects, the points considered (`null` where the rule
 * set has no points), the final `rating` the penilai sets ("kewenangan penuh pejabat penilai"), the suggestion, and
 * `berbedaDariSaran`. Fails with coded issues for missing or unknown ratings.
 *
 * @category Penilaian
 * @example
 * const r = rateHasilKerja({ aspek: { 'upaya-refleksi': 'di-atas-ekspektasi', 'upaya-mempelajari': 'di-atas-ekspektasi', 'perubahan-praktik': 'di-atas-ekspektasi' }, poin: 36, rating: 'di-atas-ekspektasi' });
 * r.success && r.data.saran;            //=> 'sesuai-ekspektasi'
 * r.success && r.data.berbedaDariSaran; //=> true
 */
export function rateHasilKerja(
  input: { readonly aspek: unknown; readonly poin: number | null; readonly rating: unknown; readonly catatan?: string },
  ketentuan: Ketentuan = KETENTUAN_2024,
): Result<PenilaianHasilKerja> {
  const bentuk = safely(() => periksaObjek(input, 'input'));
  if (!bentuk.success) return bentuk;
  const shape = PenilaianSchemas.hasilKerja.unwrap().pick({ aspek: true, rating: true, poin: true }).safeParse(input);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues));
  const saran = suggestRatingHasilKerja(shape.data.aspek, shape.data.poin, ketentuan);
  const base = { ...shape.data, saran, berbedaDariSaran: saran !== shape.data.rating };
  return record(PenilaianSchemas.hasilKerja, input.catatan === undefined ? base : { ...base, catatan: input.catatan });
}

/**
 * Records the rating of perilaku kerja: each of the 7 aspects, the final overall `rating`, the suggestion and
 * whether they differ.
 *
 * @category Penilaian
 * @example
 * const r = ratePerilakuKerja({ aspek: semuaSesuai, rating: 'sesuai-ekspektasi' });
 * r.success && r.data.berbedaDariSaran; //=> false
 */
export function ratePerilakuKerja(
  input: { readonly aspek: unknown; readonly rating: unknown; readonly catatan?: string },
  ketentuan: Ketentuan = KETENTUAN_2024,
): Result<PenilaianPerilakuKerja> {
  const bentuk = safely(() => periksaObjek(input, 'input'));
  if (!bentuk.success) return bentuk;
  const shape = PenilaianSchemas.perilakuKerja.unwrap().pick({ aspek: true, rating: true }).safeParse(input);
  if (!shape.success) return fail(fromZodIssues(shape.error.issues));
  const saran = suggestRatingPerilakuKerja(shape.data.aspek, ketentuan);
  const base = { ...shape.data, saran, berbedaDariSaran: saran !== shape.data.rating };
  return record(PenilaianSchemas.perilakuKerja, input.catatan === undefined ? base : { ...base, catatan: input.catatan });
}

