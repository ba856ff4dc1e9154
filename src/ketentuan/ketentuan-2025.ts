import { deepFreeze } from '../core/freeze';
import { DASAR_ASN } from './dasar-kinerja-asn';
import { DASAR_GURU } from './dasar-kinerja-guru';
import { DASAR_GURU_TAHUNAN } from './dasar-kinerja-guru-tahunan';
import { tandaiKetentuan } from './tanda-terperiksa';
import { type DasarKetentuan, susunKetentuan } from './dasar';
import type { Ketentuan, Sumber } from './types';
import * as sumber from './sumber';

const JUKNIS = 'kepdirjen-gtk-4242-2024';
const reg = (catatan: string): Sumber => sumber.reg([JUKNIS], catatan);

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
  // This year's own parts: what its regulation changes, or a base's value with this year's source.
  const TAHUN_INI: DasarKetentuan<'tahapSebelumPerencanaan'> = {
    tahapSebelumPerencanaan: [
      {
        kode: 'pemutakhiran-data',
        label: 'Pemutakhiran Data',
        labelEn: 'Data update',
        alias: ['Pemutakhiran Data Kinerja'],
      },
    ],
    sumber: {
      tahapSebelumPerencanaan: reg(
        'Tahap pemutakhiran data (NIK, NIP, unit organisasi) sebelum perencanaan (diceritakan ulang).',
      ),
    },
  };
  return tandaiKetentuan(
    deepFreeze(
      susunKetentuan(
        {
          id: '2025',
          nama: 'Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah 2025 (Ruang GTK)',
          berlakuMulai: '2025-01-01',
          dokumen: [...DASAR_ASN.dokumen, ...DASAR_GURU.dokumen, ...DASAR_GURU_TAHUNAN.dokumen],
        },
        // Where each part comes from, with its source: a named base, or this year's own parts (TAHUN_INI).
        {
          periode: DASAR_GURU_TAHUNAN,
          peran: DASAR_GURU_TAHUNAN,
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
          indikatorPraktikKinerja: DASAR_GURU_TAHUNAN,
          katalogRhk: DASAR_GURU,
          poin: DASAR_GURU_TAHUNAN,
          tugasTambahan: DASAR_GURU_TAHUNAN,
          bebanKerja: DASAR_GURU_TAHUNAN,
          dokumenAkuntabilitas: DASAR_GURU,
          kalender: DASAR_GURU_TAHUNAN,
          tahapSebelumPerencanaan: TAHUN_INI,
          jadwalRinci: DASAR_GURU,
          cakupan: DASAR_GURU,
          integrasiAk: DASAR_ASN,
          akDasar: DASAR_ASN,
          raporPendidikan: DASAR_GURU,
          polaDistribusi: DASAR_ASN,
          batasTeks: DASAR_GURU,
          kebijakan: DASAR_GURU_TAHUNAN,
        },
      ),
    ),
  );
})();
