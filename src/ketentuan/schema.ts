import { z } from 'zod';
import { MODE_PEMBULATAN } from '../core/desimal';
import {
  ASPEK_BERAKHLAK,
  GOLONGAN,
  JENJANG,
  LANGKAH_SIKLUS,
  NILAI_OBSERVASI,
  PERAN,
  PREDIKAT,
  RATING,
  STATUS_KEPEGAWAIAN,
  STATUS_RENCANA,
} from './kode';
import type { KodeFokusPerilaku } from './types';

/**
 * The code of a fokus perilaku ({@link KodeFokusPerilaku}): kebab-case letters and digits, never the display text. The
 * rule sets and the siklus steps check it with this one schema.
 *
 * @internal
 */
export const KodeFokusSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      'Fokus ditulis dengan kodenya (huruf kecil, angka dan tanda hubung, mis. komunikasi-positif), bukan teksnya',
  }) as unknown as z.ZodType<KodeFokusPerilaku>)();

/**
 * The zod schema of a rule set's shape ({@link Ketentuan}); {@link validateKetentuan} adds the semantic checks
 * (complete matrix, non-negative coefficients, known sources, unambiguous labels, …).
 *
 * @category Ketentuan
 * @example
 * KetentuanSchema.safeParse(KETENTUAN_2024).success; //=> true
 */
export const KetentuanSchema = /* @__PURE__ */ (() => {
  const teks = z.string().min(1);
  const sumber = z.strictObject({
    tingkat: z.enum(['reg', 'seed', 'open']),
    acuan: z.array(teks),
    catatan: z.string().exactOptional(),
  });
  const entri = <T extends readonly [string, ...string[]]>(kode: T) =>
    z.strictObject({ kode: z.enum(kode), label: teks, labelEn: teks, alias: z.array(teks) });
  const entriBebas = z.strictObject({ kode: teks, label: teks, labelEn: teks, alias: z.array(teks) });
  const bulan = z.number().int().min(1).max(12);
  const hariPeriode = z.strictObject({
    bulan: z.number().int().min(0).max(12),
    hari: z.union([z.number().int().min(1).max(31), z.literal('akhir')]),
  });
  const peran = z.enum(PERAN);
  const batasanDistribusi = z.array(
    z.strictObject({
      predikat: z.array(z.enum(PREDIKAT)).min(1),
      minPersen: z.number().int().min(0).max(100).exactOptional(),
      maksPersen: z.number().int().min(0).max(100).exactOptional(),
      minJumlah: z.number().int().min(1).exactOptional(),
    }),
  );
  return z.strictObject({
    id: teks,
    lingkup: z.literal('pengelolaan-kinerja').exactOptional(),
    nama: teks,
    berlakuMulai: z.iso.date(),
    dokumen: z.array(z.strictObject({ id: teks, judul: teks })),
    periode: z.strictObject({
      jenis: z.enum(['semester', 'tahunan']),
      rentangBulan: z.array(z.tuple([bulan, bulan])).min(1),
    }),
    peran: z.array(
      entri(PERAN).extend({ pegawai: z.boolean(), pejabatPenilai: peran.nullable(), timKinerja: peran.nullable() }),
    ),
    statusKepegawaian: z.array(entri(STATUS_KEPEGAWAIAN).extend({ wajib: z.boolean() })),
    jenjang: z.array(entri(JENJANG).extend({ koefisienTahunan: z.string() })),
    golongan: z.array(
      entri(GOLONGAN).extend({
        pangkat: teks,
        jenjang: z.enum(JENJANG),
        akKenaikanPangkat: z.string().nullable(),
        akKenaikanJenjang: z.string().nullable(),
      }),
    ),
    rating: z.array(entri(RATING)),
    predikat: z.array(
      entri(PREDIKAT).extend({ persentase: z.number(), kuadranSiasn: z.number().int().min(1).exactOptional() }),
    ),
    matriksPredikat: z.record(z.enum(RATING), z.record(z.enum(RATING), z.enum(PREDIKAT))),
    aspekBerakhlak: z.array(entri(ASPEK_BERAKHLAK).extend({ pertanyaanPanduan: z.array(teks) })),
    langkahSiklus: z.array(entri(LANGKAH_SIKLUS).extend({ huruf: teks, pelaku: z.enum(['pegawai', 'atasan']) })),
    nilaiObservasi: z.array(entri(NILAI_OBSERVASI)),
    statusRencana: z.array(entri(STATUS_RENCANA)),
    indikatorPraktikKinerja: z.array(
      entriBebas.extend({
        peran,
        raporPendidikan: teks,
        fokusPerilaku: z.array(
          z.strictObject({ kode: KodeFokusSchema, teks: teks, dianjurkan: z.array(teks), dihindari: z.array(teks) }),
        ),
        kriteriaKeberhasilan: z.string().nullable(),
        sumber,
      }),
    ),
    katalogRhk: z.array(
      z.strictObject({
        kode: teks,
        kegiatan: teks,
        kegiatanEn: teks,
        peran: z.enum(['peserta', 'kontributor', 'partisipan']),
        kategori: z.enum(['pelatihan', 'pengembangan-selain-pelatihan', 'pendidikan']),
        prioritas: z.boolean(),
        program: z.string().nullable(),
        poin: z.number(),
        satuan: teks,
        kuantitasMaksimum: z.number().nullable(),
        untuk: z.array(peran),
        sumber,
      }),
    ),
    poin: z.strictObject({ wajib: z.boolean(), minimum: z.number(), maksimum: z.number() }).nullable(),
    tugasTambahan: z.array(
      entriBebas.extend({
        kelompok: z.enum(['melekat', 'lain']).exactOptional(),
        jamTatapMuka: z.number().int().min(1).exactOptional(),
      }),
    ),
    bebanKerja: z
      .strictObject({
        jamKerjaPerMinggu: teks,
        jamTatapMukaMinimum: z.number().int().min(0),
        jamTugasLainMaksimum: z.number().int().min(0),
      })
      .nullable(),
    dokumenAkuntabilitas: z.array(z.strictObject({ kode: teks, peran, label: teks, labelEn: teks })),
    kalender: z.array(
      z.strictObject({
        tahap: z.enum(['perencanaan', ...LANGKAH_SIKLUS] as const),
        bulanMulai: z.number(),
        bulanAkhir: z.number(),
      }),
    ),
    tahapSebelumPerencanaan: z.array(entriBebas),
    jadwalRinci: z.array(
      entriBebas.extend({
        tahap: z.enum(['perencanaan', ...LANGKAH_SIKLUS] as const).nullable(),
        mulai: hariPeriode.nullable(),
        selesai: hariPeriode,
      }),
    ),
    cakupan: z.array(entriBebas),
    integrasiAk: z.strictObject({
      nilaiDasar: z.record(z.enum(JENJANG), z.string()),
      rentang: z.record(z.enum(GOLONGAN), z.tuple([z.string(), z.string()]).nullable()),
    }),
    akDasar: z.record(z.enum(GOLONGAN), z.string()),
    raporPendidikan: z.strictObject({
      kategori: z.array(entri(['baik', 'sedang', 'kurang'] as const)),
      peta: z.array(z.strictObject({ kodeRapor: teks, indikator: z.array(teks).min(1) })),
      jenisSatuanTanpaRapor: z.array(teks),
      peringkat: z.enum(['kategori-skor', 'kategori']),
    }),
    polaDistribusi: z.strictObject({
      istimewa: batasanDistribusi,
      baik: batasanDistribusi,
      'butuh-perbaikan': batasanDistribusi,
      kurang: batasanDistribusi,
      'sangat-kurang': batasanDistribusi,
    }),
    batasTeks: z.strictObject({ bawaan: z.number() }),
    kebijakan: z.strictObject({
      keterlambatan: z.enum(['tandai', 'tolak']),
      pembulatanTampilan: z.strictObject({ desimal: z.number().int().min(0).max(20), mode: z.enum(MODE_PEMBULATAN) }),
      pembulatanSiasn: z.strictObject({ desimal: z.number().int().min(0).max(20), mode: z.enum(MODE_PEMBULATAN) }),
      atasanBolehMengembalikan: z.boolean(),
      resetDisepakati: z.boolean(),
      buktiDokumen: z.enum(['unggah', 'konfirmasi']),
      buktiDukung: z.enum(['unggah', 'konfirmasi']),
      saranHasilKerja: z.strictObject({
        agregasi: z.enum(['median', 'terendah']),
        poinMinimumDiAtas: z.number().int().min(0).nullable(),
      }),
      saranPerilakuKerja: z.strictObject({ agregasi: z.enum(['median', 'terendah']) }),
      sisaAkDiperhitungkan: z.boolean(),
      akSetelahKenaikanJenjang: z.enum(['nol', 'sisa']),
      predikatMinimalKenaikanJenjang: z.enum(PREDIKAT),
      predikatTahunan: z.enum(['terakhir', 'terendah']),
      pejabatPenilaiGuruSwasta: z.enum(['kepala-dinas', 'kepala-sekolah-dan-pengawas']).nullable(),
    }),
    sumber: z.strictObject({
      periode: sumber,
      peran: sumber,
      statusKepegawaian: sumber,
      jenjang: sumber,
      golongan: sumber,
      rating: sumber,
      predikat: sumber,
      matriksPredikat: sumber,
      aspekBerakhlak: sumber,
      langkahSiklus: sumber,
      nilaiObservasi: sumber,
      statusRencana: sumber,
      indikatorPraktikKinerja: sumber,
      katalogRhk: sumber,
      poin: sumber,
      tugasTambahan: sumber,
      bebanKerja: sumber,
      dokumenAkuntabilitas: sumber,
      kalender: sumber,
      tahapSebelumPerencanaan: sumber,
      jadwalRinci: sumber,
      cakupan: sumber,
      raporPendidikan: sumber,
      integrasiAk: sumber,
      akDasar: sumber,
      polaDistribusi: sumber,
      batasTeks: sumber,
      kebijakan: sumber,
    }),
  });
})();

/**
 * The zod schema of a rule set of the angka kredit side only ({@link KetentuanKonversi}): {@link KetentuanSchema}
 * without the planning parts, with `lingkup: 'konversi'`.
 *
 * @category Ketentuan
 * @example
 * KetentuanKonversiSchema.safeParse(KETENTUAN_2023).success; //=> true
 * KetentuanKonversiSchema.safeParse(KETENTUAN_2024).success; //=> false
 */
export const KetentuanKonversiSchema = /* @__PURE__ */ (() =>
  KetentuanSchema.omit({
    lingkup: true,
    langkahSiklus: true,
    nilaiObservasi: true,
    statusRencana: true,
    indikatorPraktikKinerja: true,
    katalogRhk: true,
    poin: true,
    tugasTambahan: true,
    dokumenAkuntabilitas: true,
    kalender: true,
    tahapSebelumPerencanaan: true,
    raporPendidikan: true,
    jadwalRinci: true,
    bebanKerja: true,
    cakupan: true,
  }).extend({ lingkup: z.literal('konversi') }))();
