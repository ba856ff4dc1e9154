import { deepFreeze } from '../core/freeze';
import { DASAR_KINERJA_ASN } from './dasar-kinerja-asn';
import { DASAR_KINERJA_GURU } from './dasar-kinerja-guru';
import { tandaiKetentuan } from './tanda-terperiksa';
import type { Ketentuan, Sumber } from './types';

const SEED_PMM = 'panduan-teknis-pmm-2023';
const SEED_SUBSTANSI = 'panduan-substansi-2023';
const SEED_WEBINAR = 'webinar-skp-2024';

const seed = (acuan: readonly string[], catatan?: string): Sumber =>
  catatan === undefined ? { tingkat: 'seed', acuan } : { tingkat: 'seed', acuan, catatan };
const open = (acuan: readonly string[], catatan: string): Sumber => ({ tingkat: 'open', acuan, catatan });

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
  const asn = DASAR_KINERJA_ASN;
  const guru = DASAR_KINERJA_GURU;
  return tandaiKetentuan(
    deepFreeze<Ketentuan>({
      id: '2024',
      nama: 'Pengelolaan Kinerja Guru dan Kepala Sekolah 2024 (PMM)',
      berlakuMulai: '2024-01-01',
      dokumen: [...asn.dokumen, ...guru.dokumen],
      periode: {
        jenis: 'semester',
        rentangBulan: [
          [1, 6],
          [7, 12],
        ],
      },
      peran: guru.peran,
      statusKepegawaian: guru.statusKepegawaian,
      jenjang: asn.jenjang,
      golongan: asn.golongan,
      rating: asn.rating,
      predikat: asn.predikat,
      matriksPredikat: asn.matriksPredikat,
      aspekBerakhlak: guru.aspekBerakhlak,
      langkahSiklus: guru.langkahSiklus,
      nilaiObservasi: guru.nilaiObservasi,
      statusRencana: guru.statusRencana,
      indikatorPraktikKinerja: guru.indikatorPraktikKinerja,
      katalogRhk: guru.katalogRhk,
      poin: { wajib: true, minimum: 32, maksimum: 128 },
      tugasTambahan: guru.tugasTambahan,
      bebanKerja: guru.bebanKerja,
      dokumenAkuntabilitas: guru.dokumenAkuntabilitas,
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
      jadwalRinci: guru.jadwalRinci,
      cakupan: guru.cakupan,
      integrasiAk: asn.integrasiAk,
      akDasar: asn.akDasar,
      raporPendidikan: guru.raporPendidikan,
      polaDistribusi: asn.polaDistribusi,
      batasTeks: guru.batasTeks,
      kebijakan: guru.kebijakan,
      sumber: {
        periode: seed([SEED_SUBSTANSI], 'Linimasa: Januari–Juni dan Juli–Desember.'),
        peran: guru.sumber.peran,
        statusKepegawaian: guru.sumber.statusKepegawaian,
        jenjang: asn.sumber.jenjang,
        golongan: asn.sumber.golongan,
        rating: asn.sumber.rating,
        predikat: asn.sumber.predikat,
        matriksPredikat: asn.sumber.matriksPredikat,
        aspekBerakhlak: guru.sumber.aspekBerakhlak,
        langkahSiklus: guru.sumber.langkahSiklus,
        nilaiObservasi: guru.sumber.nilaiObservasi,
        statusRencana: guru.sumber.statusRencana,
        indikatorPraktikKinerja: guru.sumber.indikatorPraktikKinerja,
        katalogRhk: guru.sumber.katalogRhk,
        poin: seed([SEED_PMM, SEED_SUBSTANSI, SEED_WEBINAR], 'Minimal 32 dan maksimal 128 poin dalam satu semester.'),
        tugasTambahan: guru.sumber.tugasTambahan,
        bebanKerja: guru.sumber.bebanKerja,
        dokumenAkuntabilitas: guru.sumber.dokumenAkuntabilitas,
        kalender: open([SEED_SUBSTANSI, SEED_WEBINAR], 'Bulan-bulan linimasa adalah panduan, bukan kunci.'),
        tahapSebelumPerencanaan: seed([SEED_PMM], 'Tidak ada tahap sebelum perencanaan: SKP disusun di awal semester.'),
        jadwalRinci: guru.sumber.jadwalRinci,
        cakupan: guru.sumber.cakupan,
        integrasiAk: asn.sumber.integrasiAk,
        akDasar: asn.sumber.akDasar,
        raporPendidikan: guru.sumber.raporPendidikan,
        polaDistribusi: asn.sumber.polaDistribusi,
        batasTeks: guru.sumber.batasTeks,
        kebijakan: guru.sumber.kebijakan,
      },
    }),
  );
})();
