import { z } from 'zod';
import { formatNilai, KinerjaError } from '../core/error';
import { issueOf, type Issue } from '../core/issue';
import { fail, ok, safely, type Result } from '../core/result';
import { fromZodIssues } from '../core/zod-issues';
import { parseSalinan } from '../core/salinan';
import type { Peran } from '../ketentuan/kode';
import { KETENTUAN_2026 } from '../ketentuan/ketentuan-2026';
import { ketentuanOpsional, type OpsiKetentuan } from '../ketentuan/opsi-ketentuan';
import type { KategoriRapor, Ketentuan } from '../ketentuan/types';

/**
 * The school's Rapor Pendidikan as the school sees it, for {@link rekomendasiIndikator}: its type (for the types the
 * report does not cover) and, per indicator, the category the report prints and, where given, the score. `kode` is a
 * report code the rule set maps (`D.1`, `D.3`, or a sub-indicator a derived rule set adds) or an indicator code of
 * the plan (`keteraturan-suasana-kelas`).
 *
 * @category Perencanaan
 * @example
 * CapaianRaporPendidikanSchema.safeParse({ indikator: [{ kode: 'D.1', kategori: 'sedang', skor: 52.4 }] }).success; //=> true
 */
export const CapaianRaporPendidikanSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      jenisSatuan: z.string().min(1).optional(),
      indikator: z
        .array(
          z
            .strictObject({
              kode: z.string().min(1),
              kategori: z.enum(['baik', 'sedang', 'kurang']),
              skor: z.number().finite().optional(),
            })
            .readonly(),
        )
        .readonly(),
    })
    .readonly())();

/**
 * The school's Rapor Pendidikan capaian ({@link CapaianRaporPendidikanSchema}).
 *
 * @category Perencanaan
 * @example
 * const c: CapaianRaporPendidikan = { jenisSatuan: 'sd', indikator: [{ kode: 'D.1', kategori: 'kurang' }] };
 */
export type CapaianRaporPendidikan = z.infer<typeof CapaianRaporPendidikanSchema>;

/**
 * One recommended indicator, with the capaian that puts it there and the reason in both languages.
 *
 * @category Perencanaan
 * @example
 * const i: IndikatorDirekomendasikan = { kode: 'keteraturan-suasana-kelas', kodeRapor: 'D.1', kategori: 'kurang', skor: null, alasan: 'Kurang pada D.1', alasanEn: 'Kurang on D.1' };
 */
export interface IndikatorDirekomendasikan {
  /** The indicator's code. */
  readonly kode: string;
  /** The capaian entry that decides its place (the weakest of those that cover it). */
  readonly kodeRapor: string;
  /** The Rapor Pendidikan category that led to it. */
  readonly kategori: KategoriRapor;
  /** The school's score on that indicator, or `null` where the report has none. */
  readonly skor: number | null;
  /** Why it is recommended (Bahasa Indonesia). */
  readonly alasan: string;
  /** Why it is recommended, in English. */
  readonly alasanEn: string;
}

/**
 * What the planning step shows: either the indicators ranked from the school's capaian, then the others ("lihat
 * indikator lainnya"); or, with no capaian for the role or a school type the report does not cover, no ranking and the
 * instruction to choose with the atasan, with every indicator listed. Any indicator of the role may be chosen either
 * way.
 *
 * @category Perencanaan
 * @example
 * const r: RekomendasiIndikator = unwrap(rekomendasiIndikator('guru', undefined));
 * r.jenis; //=> 'pilih-bersama-atasan'
 */
export type RekomendasiIndikator =
  | {
      readonly jenis: 'rekomendasi';
      readonly direkomendasikan: readonly IndikatorDirekomendasikan[];
      /** The role's other indicators, in catalogue order. */
      readonly lainnya: readonly string[];
    }
  | {
      readonly jenis: 'pilih-bersama-atasan';
      /** `tanpa-capaian` or `jenis-satuan-tanpa-rapor`. */
      readonly sebab: 'tanpa-capaian' | 'jenis-satuan-tanpa-rapor';
      /** What to do, in Bahasa Indonesia. */
      readonly message: string;
      /** The same in English. */
      readonly messageEn: string;
      /** Every indicator of the role, in catalogue order. */
      readonly lainnya: readonly string[];
    };

/** A report code's dimension as the rule set writes it (`d.1` and `D1` are `D1`). */
const dimensi = (kode: string) => kode.replace(/\./g, '').toUpperCase();

/** No recommendation: the indicator is chosen with the atasan, for the reason `sebab`, from the whole catalogue. */
function pilihBersama(
  sebab: 'tanpa-capaian' | 'jenis-satuan-tanpa-rapor',
  katalog: readonly string[],
): Result<RekomendasiIndikator> {
  return ok(
    Object.freeze({
      jenis: 'pilih-bersama-atasan' as const,
      sebab,
      message:
        sebab === 'tanpa-capaian'
          ? 'Tidak ada capaian Rapor Pendidikan: pilih indikator bersama atasan (kepala sekolah bagi guru).'
          : 'Jenis satuan pendidikan ini tidak dicakup Rapor Pendidikan: pilih indikator bersama atasan.',
      messageEn:
        sebab === 'tanpa-capaian'
          ? 'No Rapor Pendidikan capaian: choose the indicator with the atasan (the kepala sekolah for a guru).'
          : 'The Rapor Pendidikan does not cover this type of school: choose the indicator with the atasan.',
      lainnya: Object.freeze([...katalog]),
    }),
  );
}

/**
 * An issue for each capaian code none of the rule set's indicators, dimensions or mapped report codes answers to:
 * such a code is reported, never dropped.
 */
function kodeTidakDikenal(capaian: CapaianRaporPendidikan['indikator'], k: Ketentuan): Issue[] {
  const semuaKode = new Set(k.indikatorPraktikKinerja.map((i) => i.kode));
  const semuaDimensi = new Set(k.indikatorPraktikKinerja.map((i) => dimensi(i.raporPendidikan)));
  const semuaPeta = new Set(k.raporPendidikan.peta.map((p) => p.kodeRapor));
  return capaian.flatMap((e, i) =>
    semuaKode.has(e.kode) || semuaDimensi.has(dimensi(e.kode)) || semuaPeta.has(e.kode)
      ? []
      : [
          issueOf(
            'kode-rapor-tidak-dikenal',
            ['indikator', i, 'kode'],
            `Kode capaian "${e.kode}" tidak dikenal ketentuan ${k.id}: pakai D.1 atau D.3, kode indikator praktik kinerja, atau tambahkan kode rapor ke raporPendidikan.peta lewat deriveKetentuan.`,
            `Capaian code "${e.kode}" is unknown to rule set ${k.id}: use D.1 or D.3, a praktik-kinerja indicator code, or add the report code to raporPendidikan.peta with deriveKetentuan.`,
            { kode: e.kode },
          ),
        ],
  );
}

/**
 * The praktik-kinerja indicators recommended for a guru (Rapor Pendidikan D.1) or a kepala sekolah (D.3) from the
 * school's capaian, as the platform does (Panduan Teknis PMM, FAQ: "Rekomendasi perencanaan Anda didasari dari hasil capaian Rapor
 * Pendidikan"; "Apabila tidak ada hasil capaian Rapor Pendidikan, Anda dapat berdiskusi … dengan kepala sekolah").
 * Ranked by the rule set's policy (`raporPendidikan.peringkat`, default weakest category, then lower score, then
 * catalogue order); an indicator with several capaian takes the weakest. Capaian for another role's indicators are
 * ignored; a code that no indicator, dimension (`D.1`, `D.3`) or mapped report code of the rule set answers to fails
 * with `kode-rapor-tidak-dikenal` (never dropped); an invalid capaian is a failed {@link Result} with coded issues. The labels, the mapping
 * and the policy are the same in every built-in rule set; pass `{ ketentuan }` for your own.
 *
 * @param peran - `guru` or `kepala-sekolah`.
 * @param capaian - The school's Rapor Pendidikan capaian, or `undefined` when there is none.
 * @param opsi - `ketentuan`: the rule set (default: the latest built-in one).
 * @returns The recommendation, or a failed result with `skema-tidak-valid` for a capaian of another shape.
 * @category Perencanaan
 * @example
 * const r = rekomendasiIndikator('guru', {
 *   indikator: [
 *     { kode: 'D.1', kategori: 'sedang', skor: 60 },
 *     { kode: 'umpan-balik-konstruktif', kategori: 'kurang', skor: 41 },
 *   ],
 * });
 * r.success && r.data.jenis === 'rekomendasi' && r.data.direkomendasikan[0]?.kode; //=> 'umpan-balik-konstruktif'
 * r.success && r.data.jenis === 'rekomendasi' && r.data.direkomendasikan[0]?.alasan; //=> 'Kurang pada umpan-balik-konstruktif (skor 41)'
 * rekomendasiIndikator('kepala-sekolah', { jenisSatuan: 'tk', indikator: [] }); //=> { success: true, data: { jenis: 'pilih-bersama-atasan', sebab: 'jenis-satuan-tanpa-rapor', … } }
 * const x = rekomendasiIndikator('guru', { indikator: [{ kode: 'D.1.9', kategori: 'kurang' }] });
 * !x.success && x.issues[0]?.code; //=> 'kode-rapor-tidak-dikenal'
 */
export function rekomendasiIndikator(
  peran: Extract<Peran, 'guru' | 'kepala-sekolah'>,
  capaian: CapaianRaporPendidikan | undefined,
  opsi?: OpsiKetentuan,
): Result<RekomendasiIndikator> {
  const awal = safely(() => {
    if (peran !== 'guru' && peran !== 'kepala-sekolah') {
      throw new KinerjaError(
        'kode-tidak-dikenal',
        `Peran ${formatNilai(peran)} tidak memilih indikator praktik kinerja (guru atau kepala-sekolah).`,
        `Role ${formatNilai(peran)} does not choose a praktik-kinerja indicator (guru or kepala-sekolah).`,
      );
    }
    return ketentuanOpsional(opsi, 'rekomendasiIndikator') ?? KETENTUAN_2026;
  });
  if (!awal.success) return awal;
  const k = awal.data;
  const indikator = k.indikatorPraktikKinerja.filter((i) => i.peran === peran);
  const katalog = indikator.map((i) => i.kode);
  if (capaian === undefined) return pilihBersama('tanpa-capaian', katalog);
  const parsed = parseSalinan(CapaianRaporPendidikanSchema, capaian);
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const c = parsed.data;
  if (
    c.jenisSatuan !== undefined &&
    k.raporPendidikan.jenisSatuanTanpaRapor.includes(c.jenisSatuan.trim().toLowerCase())
  ) {
    return pilihBersama('jenis-satuan-tanpa-rapor', katalog);
  }
  const peringkat = new Map(k.raporPendidikan.kategori.map((e, i) => [e.kode, i]));
  const label = new Map(k.raporPendidikan.kategori.map((e) => [e.kode, e.label]));
  const pakaiSkor = k.raporPendidikan.peringkat === 'kategori-skor';
  const lebihLemah = (
    a: { kategori: KategoriRapor; skor: number | null },
    b: { kategori: KategoriRapor; skor: number | null },
  ): number =>
    (peringkat.get(a.kategori) ?? 0) - (peringkat.get(b.kategori) ?? 0) ||
    (pakaiSkor ? (a.skor ?? Infinity) - (b.skor ?? Infinity) : 0);
  const tidakDikenal = kodeTidakDikenal(c.indikator, k);
  if (tidakDikenal.length > 0) return fail(tidakDikenal);
  const terlemah = new Map<string, { kodeRapor: string; kategori: KategoriRapor; skor: number | null }>();
  for (const e of c.indikator) {
    const dicakup = katalog.includes(e.kode)
      ? [e.kode]
      : [
          ...indikator.filter((i) => dimensi(i.raporPendidikan) === dimensi(e.kode)).map((i) => i.kode),
          ...(k.raporPendidikan.peta.find((p) => p.kodeRapor === e.kode)?.indikator ?? []),
        ];
    const calon = { kodeRapor: e.kode, kategori: e.kategori, skor: e.skor ?? null };
    for (const kode of dicakup) {
      if (!katalog.includes(kode)) continue;
      const ada = terlemah.get(kode);
      // The weakest capaian decides; among equals the input's order does not matter (ties broken by the code).
      if (
        ada === undefined ||
        lebihLemah(calon, ada) < 0 ||
        (lebihLemah(calon, ada) === 0 && calon.kodeRapor < ada.kodeRapor)
      )
        terlemah.set(kode, calon);
    }
  }
  if (terlemah.size === 0) return pilihBersama('tanpa-capaian', katalog);
  const urut = katalog.filter((kode) => terlemah.has(kode));
  urut.sort((a, b) => lebihLemah(terlemah.get(a)!, terlemah.get(b)!) || katalog.indexOf(a) - katalog.indexOf(b));
  const direkomendasikan = urut.map((kode) => {
    const t = terlemah.get(kode)!;
    const skor = t.skor === null ? '' : ` (skor ${t.skor})`;
    const nama = label.get(t.kategori) ?? t.kategori;
    return Object.freeze({
      kode,
      kodeRapor: t.kodeRapor,
      kategori: t.kategori,
      skor: t.skor,
      alasan: `${nama} pada ${t.kodeRapor}${skor}`,
      alasanEn: `${nama} on ${t.kodeRapor}${t.skor === null ? '' : ` (score ${t.skor})`}`,
    });
  });
  return ok(
    Object.freeze({
      jenis: 'rekomendasi' as const,
      direkomendasikan: Object.freeze(direkomendasikan),
      lainnya: Object.freeze(katalog.filter((kode) => !terlemah.has(kode))),
    }),
  );
}
