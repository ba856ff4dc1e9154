import { z } from 'zod';

const teks = () => z.string().max(500);
const angkaTeks = (maks: number) => z.string().regex(new RegExp(`^[1-9]\\d{0,${maks - 1}}$`));
const bendera = () => z.enum(['1', '0', '']);
const ak3 = () => z.string().regex(/^-?\d+\.\d{3}$/);

/**
 * The zod schema of an uploaded document reference in a SIASN body's `path` (as SIASN's upload endpoint returns it:
 * passed through, text values).
 *
 * @category SIASN
 * @example
 * import { DokumenSiasnSchema } from 'pengelolaan-kinerja/siasn';
 * DokumenSiasnSchema.safeParse({ dok_id: '879', dok_uri: 'peremajaan/x.pdf' }).success; //=> true
 */
export const DokumenSiasnSchema = /* @__PURE__ */ (() => z.record(z.string().max(100), teks()).readonly())();

/**
 * An uploaded document reference in a SIASN body's `path`.
 *
 * @category SIASN
 * @example
 * import type { DokumenSiasn } from 'pengelolaan-kinerja/siasn';
 * const d: DokumenSiasn = { dok_id: '879', dok_nama: 'PAK', dok_uri: 'peremajaan/pak.pdf', object: 'peremajaan/pak.pdf', slug: '879' };
 */
export type DokumenSiasn = z.infer<typeof DokumenSiasnSchema>;

/**
 * The zod schema of the body of `POST /angkakredit/save`: every value a string, flags "1"/"0" (or ""), months
 * without a leading zero, `tanggalSk` dd-mm-yyyy, AK with 3 decimals, and SIASN's spelling "Penailan" (sic).
 *
 * @category SIASN
 * @example
 * import { AngkaKreditSiasnBodySchema } from 'pengelolaan-kinerja/siasn';
 * AngkaKreditSiasnBodySchema.safeParse({ kreditBaruTotal: 37.5 }).success; //=> false
 */
export const AngkaKreditSiasnBodySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: teks().optional(),
      pnsId: teks().min(1),
      rwJabatanId: teks().min(1),
      nomorSk: teks().min(1),
      tanggalSk: z.string().regex(/^\d{2}-\d{2}-\d{4}$/),
      bulanMulaiPenailan: angkaTeks(2),
      tahunMulaiPenailan: angkaTeks(4),
      bulanSelesaiPenailan: angkaTeks(2),
      tahunSelesaiPenailan: angkaTeks(4),
      kreditUtamaBaru: ak3(),
      kreditPenunjangBaru: ak3(),
      kreditBaruTotal: ak3(),
      isAngkaKreditPertama: bendera(),
      isIntegrasi: bendera(),
      isKonversi: bendera(),
      path: z.array(DokumenSiasnSchema).readonly(),
    })
    .readonly())();

/**
 * The body of `POST /angkakredit/save`, built by {@link toAngkaKreditSiasn}.
 *
 * @category SIASN
 * @example
 * import type { AngkaKreditSiasnBody } from 'pengelolaan-kinerja/siasn';
 * const total = (b: AngkaKreditSiasnBody) => b.kreditBaruTotal;
 */
export type AngkaKreditSiasnBody = z.infer<typeof AngkaKreditSiasnBodySchema>;

// The fields both bodies carry: the ratings and the kuadran as SIASN's codes, and the penilai.
const nilaiDanPenilai = {
  hasilKinerjaNilai: z.number().int().min(1).max(3),
  perilakuKerjaNilai: z.number().int().min(1).max(3),
  kuadranKinerjaNilai: z.number().int().min(1).max(5),
  penilaiNipNrp: teks().min(1),
  penilaiNama: teks().min(1),
  penilaiGolongan: teks(),
  penilaiUnorNama: teks(),
  statusPenilai: z.enum(['ASN', 'NON ASN']),
};

/**
 * The zod schema of the body of `POST /skp22/save`: `tahun` and the three codes are numbers (hasil and perilaku 1..3,
 * kuadran 1..5), the rest strings.
 *
 * @category SIASN
 * @example
 * import { Skp22SiasnBodySchema } from 'pengelolaan-kinerja/siasn';
 * Skp22SiasnBodySchema.safeParse({ kuadranKinerjaNilai: '2' }).success; //=> false
 */
export const Skp22SiasnBodySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      id: teks().optional(),
      pnsDinilaiOrang: teks().min(1),
      tahun: z.number().int().min(1000).max(9999),
      ...nilaiDanPenilai,
      penilaiJabatan: teks(),
      path: z.array(DokumenSiasnSchema).readonly(),
    })
    .readonly())();

/**
 * The body of `POST /skp22/save`, built by {@link toSkp22Siasn}.
 *
 * @category SIASN
 * @example
 * import type { Skp22SiasnBody } from 'pengelolaan-kinerja/siasn';
 * const kuadran = (b: Skp22SiasnBody) => b.kuadranKinerjaNilai;
 */
export type Skp22SiasnBody = z.infer<typeof Skp22SiasnBodySchema>;

/**
 * The zod schema of the body of `POST /kinerjaperiodik/save`: spelled "Penilaian" here, `periodikId` and
 * `koefisienId` strings, the penilai's position as `penilaiJabatanNama`.
 *
 * @category SIASN
 * @example
 * import { KinerjaPeriodikSiasnBodySchema } from 'pengelolaan-kinerja/siasn';
 * KinerjaPeriodikSiasnBodySchema.safeParse({}).success; //=> false
 */
export const KinerjaPeriodikSiasnBodySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      pnsDinilaiId: teks().min(1),
      tahun: angkaTeks(4),
      periodikId: z.enum(['1', '2']),
      koefisienId: teks().min(1),
      bulanMulaiPenilaian: angkaTeks(2),
      bulanSelesaiPenilaian: angkaTeks(2),
      tahunMulaiPenilaian: angkaTeks(4),
      tahunSelesaiPenilaian: angkaTeks(4),
      ...nilaiDanPenilai,
      penilaiJabatanNama: teks(),
      path: z.array(DokumenSiasnSchema).readonly(),
    })
    .readonly())();

/**
 * The body of `POST /kinerjaperiodik/save`, built by {@link toKinerjaPeriodikSiasn}.
 *
 * @category SIASN
 * @example
 * import type { KinerjaPeriodikSiasnBody } from 'pengelolaan-kinerja/siasn';
 * const koefisien = (b: KinerjaPeriodikSiasnBody) => b.koefisienId;
 */
export type KinerjaPeriodikSiasnBody = z.infer<typeof KinerjaPeriodikSiasnBodySchema>;
