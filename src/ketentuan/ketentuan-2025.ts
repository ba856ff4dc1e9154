import { deepFreeze } from '../core/freeze';
import { DASAR_KINERJA_ASN } from './dasar-kinerja-asn';
import { DASAR_KINERJA_GURU } from './dasar-kinerja-guru';
import { DASAR_KINERJA_GURU_TAHUNAN } from './dasar-kinerja-guru-tahunan';
import { tandaiKetentuan } from './tanda-terperiksa';
import type { Ketentuan, Sumber } from './types';

const JUKNIS = 'kepdirjen-gtk-4242-2024';
const reg = (catatan: string): Sumber => ({ tingkat: 'reg', acuan: [JUKNIS], catatan });

/**
 * The 2025 rule set: Kepdirjen GTK 4242/B.B1/HK.03.01/2024 (Juknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan
 * Pengawas Sekolah), in Ruang GTK. One annual period (January–December); **no points** (pengembangan kompetensi is no
 * longer point-based from January 2025); no uploads (the atasan confirms the evidence and the dokumen akuntabilitas);
 * the kepala sekolah's pejabat penilai is the kepala dinas, the pengawas sekolah assisting as tim kinerja, and the
 * pengawas sekolah is a pegawai too; a pemutakhiran-data stage comes first; the same three penilaian aspects. The
 * PermenPANRB 6/2022 matrix and PermenPANRB 1/2023 angka kredit are unchanged. It takes its angka kredit side from the
 * ASN base, its model from the guru base and the annual model from the annual base (`src/ketentuan/dasar-*.ts`); its
 * own part is the pemutakhiran-data stage.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2025.periode; //=> { jenis: 'tahunan', rentangBulan: [[1, 12]] }
 */
export const KETENTUAN_2025: Ketentuan = /* @__PURE__ */ (() => {
  const asn = DASAR_KINERJA_ASN;
  const guru = DASAR_KINERJA_GURU;
  const tahunan = DASAR_KINERJA_GURU_TAHUNAN;
  return tandaiKetentuan(
    deepFreeze<Ketentuan>({
      id: '2025',
      nama: 'Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah 2025 (Ruang GTK)',
      berlakuMulai: '2025-01-01',
      dokumen: [...asn.dokumen, ...guru.dokumen, ...tahunan.dokumen],
      periode: tahunan.periode,
      peran: tahunan.peran,
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
      poin: tahunan.poin,
      tugasTambahan: tahunan.tugasTambahan,
      bebanKerja: tahunan.bebanKerja,
      dokumenAkuntabilitas: guru.dokumenAkuntabilitas,
      kalender: tahunan.kalender,
      tahapSebelumPerencanaan: [
        {
          kode: 'pemutakhiran-data',
          label: 'Pemutakhiran Data',
          labelEn: 'Data update',
          alias: ['Pemutakhiran Data Kinerja'],
        },
      ],
      jadwalRinci: guru.jadwalRinci,
      cakupan: guru.cakupan,
      integrasiAk: asn.integrasiAk,
      akDasar: asn.akDasar,
      raporPendidikan: guru.raporPendidikan,
      polaDistribusi: asn.polaDistribusi,
      batasTeks: guru.batasTeks,
      kebijakan: tahunan.kebijakan,
      sumber: {
        periode: tahunan.sumber.periode,
        peran: tahunan.sumber.peran,
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
        indikatorPraktikKinerja: tahunan.sumber.indikatorPraktikKinerja,
        katalogRhk: guru.sumber.katalogRhk,
        poin: tahunan.sumber.poin,
        tugasTambahan: tahunan.sumber.tugasTambahan,
        bebanKerja: tahunan.sumber.bebanKerja,
        dokumenAkuntabilitas: guru.sumber.dokumenAkuntabilitas,
        kalender: tahunan.sumber.kalender,
        tahapSebelumPerencanaan: reg(
          'Tahap pemutakhiran data (NIK, NIP, unit organisasi) sebelum perencanaan (diceritakan ulang).',
        ),
        jadwalRinci: guru.sumber.jadwalRinci,
        cakupan: guru.sumber.cakupan,
        integrasiAk: asn.sumber.integrasiAk,
        akDasar: asn.sumber.akDasar,
        raporPendidikan: guru.sumber.raporPendidikan,
        polaDistribusi: asn.sumber.polaDistribusi,
        batasTeks: guru.sumber.batasTeks,
        kebijakan: tahunan.sumber.kebijakan,
      },
    }),
  );
})();
