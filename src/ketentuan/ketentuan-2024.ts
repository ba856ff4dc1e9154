import { deepFreeze } from '../core/freeze';
import { DASAR_ASN } from './dasar-kinerja-asn';
import { DASAR_GURU, SEED_PMM, SEED_SUBSTANSI, SEED_WEBINAR } from './dasar-kinerja-guru';
import { tandaiKetentuan } from './tanda-terperiksa';
import { type DasarKetentuan, susunKetentuan } from './dasar';
import type { Ketentuan } from './types';
import { open, seed } from './sumber';

/**
 * The 2024 rule set (the default): Perdirjen GTK 7607/B.B1/HK.03/2023 in PMM, two periods a year, 32–128
 * points of pengembangan kompetensi per semester, the PermenPANRB 6/2022 matrix and the PermenPANRB 1/2023 angka
 * kredit. Every part cites its source in `sumber`; the parts marked `open` are policies with documented
 * defaults (see `docs/ketentuan.md`). Deep-frozen. It takes its angka kredit side from the ASN base and its model
 * from the guru base (`src/ketentuan/dasar-*.ts`); its own parts are the two semesters, the points, the semester
 * calendar and no stage before perencanaan.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2024.poin;                        //=> { wajib: true, minimum: 32, maksimum: 128 }
 * KETENTUAN_2024.jenjang[1]?.koefisienTahunan; //=> '25'
 */
export const KETENTUAN_2024: Ketentuan = /* @__PURE__ */ (() => {
  // This year's own parts: what its regulation changes, or a base's value with this year's source.
  const TAHUN_INI: DasarKetentuan<'periode' | 'poin' | 'kalender' | 'tahapSebelumPerencanaan'> = {
    periode: {
      jenis: 'semester',
      rentangBulan: [
        [1, 6],
        [7, 12],
      ],
    },
    poin: { wajib: true, minimum: 32, maksimum: 128 },
    kalender: [
      { tahap: 'perencanaan', bulanMulai: 1, bulanAkhir: 1 },
      { tahap: 'diskusi-persiapan', bulanMulai: 2, bulanAkhir: 2 },
      { tahap: 'observasi-kinerja', bulanMulai: 3, bulanAkhir: 3 },
      { tahap: 'diskusi-tindak-lanjut', bulanMulai: 3, bulanAkhir: 3 },
      { tahap: 'upaya-tindak-lanjut', bulanMulai: 4, bulanAkhir: 5 },
      { tahap: 'refleksi-tindak-lanjut', bulanMulai: 6, bulanAkhir: 6 },
      { tahap: 'penilaian', bulanMulai: 6, bulanAkhir: 6 },
    ],
    tahapSebelumPerencanaan: [],
    sumber: {
      periode: seed([SEED_SUBSTANSI], 'Linimasa: Januari–Juni dan Juli–Desember.'),
      poin: seed([SEED_PMM, SEED_SUBSTANSI, SEED_WEBINAR], 'Minimal 32 dan maksimal 128 poin dalam satu semester.'),
      kalender: open([SEED_SUBSTANSI, SEED_WEBINAR], 'Bulan-bulan linimasa adalah panduan, bukan kunci.'),
      tahapSebelumPerencanaan: seed([SEED_PMM], 'Tidak ada tahap sebelum perencanaan: SKP disusun di awal semester.'),
    },
  };
  return tandaiKetentuan(
    deepFreeze(
      susunKetentuan(
        {
          id: '2024',
          nama: 'Pengelolaan Kinerja Guru dan Kepala Sekolah 2024 (PMM)',
          berlakuMulai: '2024-01-01',
          dokumen: [...DASAR_ASN.dokumen, ...DASAR_GURU.dokumen],
        },
        // Where each part comes from, with its source: a named base, or this year's own parts (TAHUN_INI).
        {
          periode: TAHUN_INI,
          peran: DASAR_GURU,
          statusKepegawaian: DASAR_GURU,
          jenjang: DASAR_ASN,
          golongan: DASAR_ASN,
          rating: DASAR_ASN,
          predikat: DASAR_ASN,
          matriksPredikat: DASAR_ASN,
          aspekBerakhlak: DASAR_GURU,
          langkahSiklus: DASAR_GURU,
          nilaiObservasi: DASAR_GURU,
          statusRencana: DASAR_GURU,
          indikatorPraktikKinerja: DASAR_GURU,
          katalogRhk: DASAR_GURU,
          poin: TAHUN_INI,
          tugasTambahan: DASAR_GURU,
          bebanKerja: DASAR_GURU,
          dokumenAkuntabilitas: DASAR_GURU,
          kalender: TAHUN_INI,
          tahapSebelumPerencanaan: TAHUN_INI,
          jadwalRinci: DASAR_GURU,
          cakupan: DASAR_GURU,
          integrasiAk: DASAR_ASN,
          akDasar: DASAR_ASN,
          raporPendidikan: DASAR_GURU,
          polaDistribusi: DASAR_ASN,
          batasTeks: DASAR_GURU,
          kebijakan: DASAR_GURU,
        },
      ),
    ),
  );
})();
