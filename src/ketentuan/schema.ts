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
  const sumber = z.object({
    tingkat: z.enum(['reg', 'seed', 'open']),
    acuan: z.array(teks),
    catatan: z.string().optional(),
  });
  const entri = <T extends readonly [string, ...string[]]>(kode: T) =>
    z.object({ kode: z.enum(kode), label: teks, labelEn: teks, alias: z.array(teks) });
  const entriBebas = z.object({ kode: teks, label: teks, labelEn: teks, alias: z.array(teks) });
  const bulan = z.number().int().min(1).max(12);
  const peran = z.enum(PERAN);
  const batasanDistribusi = z.array(
    z.object({
      predikat: z.array(z.enum(PREDIKAT)).min(1),
      minPersen: z.number().int().min(0).max(100).optional(),
      maksPersen: z.number().int().min(0).max(100).optional(),
      minJumlah: z.number().int().min(1).optional(),
    }),
  );
  return z.object({
  id: teks,
  nama: teks,
  berlakuMulai: z.iso.date(),
  dokumen: z.array(z.object({ id: teks, judul: teks })),
  periode: z.object({
    jenis: z.enum(['semester', 'tahunan']),
    rentangBulan: z.array(z.tuple([bulan, bulan])).min(1),
  }),
  peran: z.array(entri(PERAN).extend({ pegawai: z.boolean(), pejabatPenilai: peran.nullable(), timKinerja: peran.nullable() })),
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
  predikat: z.array(entri(PREDIKAT).extend({ persentase: z.number() })),
  matriksPredikat: z.record(z.string(), z.record(z.string(), z.string())),
  aspekBerakhlak: z.array(entri(ASPEK_BERAKHLAK).extend({ pertanyaanPanduan: z.array(teks) })),
  langkahSiklus: z.array(entri(LANGKAH_SIKLUS).extend({ huruf: teks, pelaku: z.enum(['pegawai', 'atasan']) })),
  nilaiObservasi: z.array(entri(NILAI_OBSERVASI)),
  statusRencana: z.array(entri(STATUS_RENCANA)),
  indikatorPraktikKinerja: z.array(
    entriBebas.extend({
      peran,
      raporPendidikan: teks,
      fokusPerilaku: z.array(
        z.object({ kode: teks, teks: teks, dianjurkan: z.array(teks), dihindari: z.array(teks) }),
      ),
      kriteriaKeberhasilan: z.string().nullable(),
      sumber,
    }),
  ),
  katalogRhk: z.array(
    z.object({
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
  poin: z.object({ wajib: z.boolean(), minimum: z.number(), maksimum: z.number() }).nullable(),
  tugasTambahan: z.array(entriBebas),
  dokumenAkuntabilitas: z.array(z.object({ kode: teks, peran, label: teks, labelEn: teks })),
  kalender: z.array(
    z.object({ tahap: z.enum(['perencanaan', ...LANGKAH_SIKLUS] as const), bulanMulai: z.number(), bulanAkhir: z.number() }),
  ),
  tahapSebelumPerencanaan: z.array(entriBebas),
  polaDistribusi: z.object({
    istimewa: batasanDistribusi,
    baik: batasanDistribusi,
    'butuh-perbaikan': batasanDistribusi,
    kurang: batasanDistribusi,
    'sangat-kurang': batasanDistribusi,
  }),
  batasTeks: z.object({ bawaan: z.number() }),
  kebijakan: z.object({
    keterlambatan: z.enum(['tandai', 'tolak']),
    pembulatanTampilan: z.object({ desimal: z.number().int().min(0).max(20), mode: z.enum(MODE_PEMBULATAN) }),
    pembulatanSiasn: z.object({ desimal: z.number().int().min(0).max(20), mode: z.enum(MODE_PEMBULATAN) }),
    atasanBolehMengembalikan: z.boolean(),
    resetDisepakati: z.boolean(),
    buktiDokumen: z.enum(['unggah', 'konfirmasi']),
    buktiDukung: z.enum(['unggah', 'konfirmasi']),
    saranHasilKerja: z.object({ agregasi: z.enum(['median', 'terendah']), poinMinimumDiAtas: z.number().int().min(0).nullable() }),
    saranPerilakuKerja: z.object({ agregasi: z.enum(['median', 'terendah']) }),
    sisaAkDiperhitungkan: z.boolean(),
    predikatTahunan: z.enum(['terakhir', 'terendah']),
  }),
  sumber: z.object({
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
    dokumenAkuntabilitas: sumber,
    kalender: sumber,
    tahapSebelumPerencanaan: sumber,
    polaDistribusi: sumber,
    batasTeks: sumber,
    kebijakan: sumber,
  }),
});
})();
