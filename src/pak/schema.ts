import { z } from 'zod';
import { Desimal } from '../core/desimal';
import { isTanggalIso } from '../core/tanggal';
import { GOLONGAN, JENJANG } from '../ketentuan/kode';
import { POLA_NIP } from '../perencanaan/pegawai';
import { PRASYARAT_NON_AK } from '../penilaian/proyeksi';
import { RekamAngkaKreditSchema } from '../penilaian/rekam-ak';

const teks = (maks: number) => z.string().min(1).max(maks);
const nip = () => z.string().regex(POLA_NIP);
const desimal = () =>
  z
    .string()
    .max(400)
    .refine((s) => Desimal.isValid(s), {
      message: 'Bukan desimal yang tepat.',
      params: { messageEn: 'Not an exact decimal.' },
    });
const tanggal = () =>
  z
    .string()
    .refine(isTanggalIso, { message: 'Tanggal harus yyyy-mm-dd.', params: { messageEn: 'A date is yyyy-mm-dd.' } });

/**
 * The zod schema of {@link PegawaiPak}: the civil servant a PAK document is about.
 *
 * @category PAK
 * @example
 * PegawaiPakSchema.safeParse({ nama: 'Siti', nip: '123', golongan: 'III/a', jenjang: 'ahli-pertama' }).success; //=> false
 * PegawaiPakSchema.safeParse({ nama: 'Siti', nip: '198701012010012001', golongan: 'III/a', jenjang: 'ahli-pertama', jenisKelamin: 'perempuan', tanggalLahir: '1987-01-01' }).success; //=> true
 */
export const PegawaiPakSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      nama: teks(200),
      nip: nip(),
      golongan: z.enum(GOLONGAN),
      jenjang: z.enum(JENJANG),
      unitKerja: teks(300).optional(),
      instansi: teks(300).optional(),
      gelarDepan: teks(100).optional(),
      gelarBelakang: teks(100).optional(),
      karpeg: teks(50).optional(),
      tempatLahir: teks(100).optional(),
      tanggalLahir: tanggal().optional(),
      jenisKelamin: z.enum(['laki-laki', 'perempuan']).optional(),
      tmtGolongan: tanggal().optional(),
      jabatan: teks(200).optional(),
      tmtJabatan: tanggal().optional(),
    })
    .readonly())();

/**
 * The civil servant a PAK document is about: name, NIP (18 digits), golongan and jenjang on the document, and where
 * they work; optionally the other fields the official form's "Keterangan Perorangan" prints (PerBKN 3/2023, lampiran
 * "Contoh Penetapan Angka Kredit": nama, NIP, nomor seri Karpeg, tempat/tanggal lahir, jenis kelamin,
 * pangkat/golongan ruang/TMT, jabatan/TMT, unit kerja; instansi in the heading): the gelar before and after the name,
 * the Karpeg series number, place and date of birth (`yyyy-mm-dd`), sex (`laki-laki` / `perempuan`), the TMT of the
 * golongan and of the jabatan (`yyyy-mm-dd`), and the jabatan as written on the decree (default: "Guru" and the
 * jenjang). A field left out prints as an empty line to fill in by hand.
 *
 * @category PAK
 * @example
 * const p: PegawaiPak = { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/b', jenjang: 'ahli-pertama' };
 * const lengkap: PegawaiPak = { ...p, gelarBelakang: 'S.Pd.', karpeg: 'N 123456', tempatLahir: 'Kupang', tanggalLahir: '1987-01-01', jenisKelamin: 'perempuan', tmtGolongan: '2022-04-01' };
 */
export type PegawaiPak = z.infer<typeof PegawaiPakSchema>;

/**
 * The zod schema of {@link PenetapPak}.
 *
 * @category PAK
 * @example
 * PenetapPakSchema.safeParse({ nama: 'Drs. Budi', nip: '197001011995031001', jabatan: 'Kepala Dinas' }).success; //=> true
 */
export const PenetapPakSchema = /* @__PURE__ */ (() =>
  z.strictObject({ nama: teks(200), nip: nip(), jabatan: teks(300), pangkat: teks(200).optional() }).readonly())();

/**
 * The official who signs a PAK document (pejabat yang berwenang menetapkan angka kredit): name, NIP, jabatan and,
 * optionally, pangkat (as it is printed under the name, e.g. "Pembina Utama Muda, IV/c").
 *
 * @category PAK
 * @example
 * const p: PenetapPak = { nama: 'Drs. Budi', nip: '197001011995031001', jabatan: 'Kepala Dinas Pendidikan' };
 * const q: PenetapPak = { ...p, pangkat: 'Pembina Utama Muda, IV/c' };
 */
export type PenetapPak = z.infer<typeof PenetapPakSchema>;

/**
 * The letterhead fields every PAK document may carry: number, date and place, signer, the issuing instansi and the
 * tembusan (copies to).
 *
 * @internal
 */
export const kop = () => ({
  nomor: teks(200).optional(),
  tanggal: tanggal().optional(),
  tempat: teks(200).optional(),
  penetap: PenetapPakSchema.optional(),
  instansi: teks(300).optional(),
  tembusan: z.array(teks(300)).max(10).readonly().optional(),
});

/**
 * The zod schema of {@link HasilIntegrasi}.
 *
 * @category PAK
 * @example
 * HasilIntegrasiSchema.safeParse(unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }))).success; //=> true
 */
export const HasilIntegrasiSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      golongan: z.enum(GOLONGAN),
      jenjang: z.enum(JENJANG),
      akKumulatif: desimal(),
      nilaiDasar: desimal(),
      akIntegrasi: desimal(),
      rentang: z.tuple([desimal(), desimal()]).readonly(),
    })
    .readonly())();

/**
 * The zod schema of {@link KenaikanPak}.
 *
 * @category PAK
 * @example
 * KenaikanPakSchema.safeParse({}).success; //=> false
 */
export const KenaikanPakSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      jenis: z.enum(['pangkat', 'jenjang']),
      ke: z.enum(GOLONGAN),
      jenjang: z.enum(JENJANG),
      syarat: desimal(),
      ak: desimal(),
      selisih: desimal(),
      akCukup: z.boolean(),
      predikatCukup: z.boolean().nullable(),
      prasyarat: z.array(z.enum(PRASYARAT_NON_AK)).readonly(),
    })
    .readonly())();

/**
 * How far a Penetapan is from a promotion: to `ke` (the next golongan; for `jenjang`, the first golongan of the next
 * jenjang), the cumulative AK needed within the jenjang (`syarat`), the AK counted (`ak`), `selisih = ak − syarat`
 * (positive: the excess; negative: the shortfall, "kurang berapa AK lagi"), whether the AK suffices, whether the
 * latest predikat meets the rule set's minimum for a new jenjang (`null`: no konversi yet, or a pangkat in the same
 * jenjang), and the preconditions the library cannot check.
 *
 * @category PAK
 * @example
 * const k: KenaikanPak = { jenis: 'pangkat', ke: 'III/b', jenjang: 'ahli-pertama', syarat: '50', ak: '37.5', selisih: '-12.5', akCukup: false, predikatCukup: null, prasyarat: ['masa-kerja'] };
 */
export type KenaikanPak = z.infer<typeof KenaikanPakSchema>;

/**
 * The zod schema of {@link PakKonversi}.
 *
 * @category PAK
 * @example
 * PakKonversiSchema.safeParse({ jenis: 'konversi' }).success; //=> false
 */
export const PakKonversiSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ jenis: z.literal('konversi'), pegawai: PegawaiPakSchema, rekam: RekamAngkaKreditSchema, ...kop() })
    .readonly())();

/**
 * PAK Konversi: one period's predikat converted to angka kredit (predikat, persentase, koefisien, months, AK), with
 * the pegawai and the letterhead. Built by {@link createPakKonversi}.
 *
 * @category PAK
 * @example
 * const rekam = createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' });
 * const pegawai = { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/c', jenjang: 'ahli-muda' } as const;
 * const d: PakKonversi = { jenis: 'konversi', pegawai, rekam };
 */
export type PakKonversi = z.infer<typeof PakKonversiSchema>;

/**
 * The zod schema of {@link PakAkumulasi}.
 *
 * @category PAK
 * @example
 * PakAkumulasiSchema.safeParse({ jenis: 'akumulasi' }).success; //=> false
 */
export const PakAkumulasiSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      jenis: z.literal('akumulasi'),
      pegawai: PegawaiPakSchema,
      baris: z.array(RekamAngkaKreditSchema).readonly(),
      total: desimal(),
      ...kop(),
    })
    .readonly())();

/**
 * PAK Akumulasi: the konversi rows of several periods, in time order, and their exact total. Built by
 * {@link createPakAkumulasi}.
 *
 * @category PAK
 * @example
 * const d: PakAkumulasi = { jenis: 'akumulasi', pegawai: { nama: 'Siti', nip: '198701012010012001', golongan: 'III/a', jenjang: 'ahli-pertama' }, baris: [], total: '0' };
 */
export type PakAkumulasi = z.infer<typeof PakAkumulasiSchema>;

/**
 * The zod schema of {@link PakPenetapan}.
 *
 * @category PAK
 * @example
 * PakPenetapanSchema.safeParse({ jenis: 'penetapan' }).success; //=> false
 */
export const PakPenetapanSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      jenis: z.literal('penetapan'),
      ketentuan: teks(100),
      pegawai: PegawaiPakSchema,
      akDasar: desimal(),
      integrasi: HasilIntegrasiSchema.nullable(),
      konversi: z.array(RekamAngkaKreditSchema).readonly(),
      akKonversi: desimal(),
      akKumulatif: desimal(),
      kenaikanPangkat: KenaikanPakSchema.nullable(),
      kenaikanJenjang: KenaikanPakSchema.nullable(),
      ...kop(),
    })
    .readonly())();

/**
 * PAK Penetapan: AK Dasar + AK Integrasi + AK konversi = the AK kumulatif within the jenjang, and how far it is from
 * the next pangkat and the next jenjang (`null` where there is none). Built by {@link createPakPenetapan}.
 *
 * @category PAK
 * @example
 * const p = unwrap(createPakPenetapan({ pegawai: { nama: 'Siti', nip: '198701012010012001', golongan: 'III/a' }, konversi: [] }));
 * const d: PakPenetapan = p;
 * d.akKumulatif; //=> '0'
 */
export type PakPenetapan = z.infer<typeof PakPenetapanSchema>;

/**
 * The zod schema of any PAK document, discriminated by `jenis`.
 *
 * @category PAK
 * @example
 * PakSchema.safeParse({ jenis: 'lain' }).success; //=> false
 */
export const PakSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('jenis', [PakKonversiSchema, PakAkumulasiSchema, PakPenetapanSchema]))();

/**
 * Any PAK document: {@link PakKonversi}, {@link PakAkumulasi} or {@link PakPenetapan}.
 *
 * @category PAK
 * @example
 * const jenis = (d: DokumenPak) => d.jenis;
 */
export type DokumenPak = z.infer<typeof PakSchema>;
