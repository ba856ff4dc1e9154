import { deepFreeze } from '../core/freeze';
import { DASAR_ASN } from './dasar-kinerja-asn';
import { DASAR_GURU } from './dasar-kinerja-guru';
import { DASAR_GURU_TAHUNAN } from './dasar-kinerja-guru-tahunan';
import { tandaiKetentuan } from './tanda-terperiksa';
import { type DasarKetentuan, susunKetentuan } from './dasar';
import type { Ketentuan, Sumber } from './types';
import * as sumber from './sumber';

const PEDOMAN = 'kepmendikdasmen-271-o-2025';
const reg = (catatan: string): Sumber => sumber.reg([PEDOMAN], catatan);
const open = (catatan: string): Sumber => sumber.open([PEDOMAN], catatan);

/**
 * The 2026 rule set: Kepmendikdasmen Nomor 271/O/2025 (Pedoman Pengelolaan Kinerja Pendidik dan Tenaga
 * Kependidikan), in Ruang GTK. One cycle a year; **no points**; no evidence uploads (the atasan confirms that the
 * dokumen akuntabilitas exist); a pra-perencanaan stage (data of the unit and the pegawai, the tim kinerja) by
 * 31 December; SKP in January; ASN only (also ASN teachers in private schools and guru pendidikan khusus); the pejabat
 * penilai of a kepala sekolah is the kepala dinas, with the pengawas sekolah as tim kinerja. It takes its angka kredit side from the ASN base, its model from the guru base and the
 * annual model from the annual base (`src/ketentuan/dasar-*.ts`), restating from its pedoman the sources of the
 * period, the roles, the employment statuses (ASN only: a non-ASN plan is not required, as in the guru base), the
 * points and the calendar; its own parts are the pra-perencanaan stage, the detailed SKP schedule, the scope and the
 * pejabat penilai of a guru ASN in a private school.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.poin; //=> null
 */
export const KETENTUAN_2026: Ketentuan = /* @__PURE__ */ (() => {
  // This year's own parts: what its regulation changes, or a base's value with this year's source.
  const TAHUN_INI: DasarKetentuan<
    | 'periode'
    | 'peran'
    | 'statusKepegawaian'
    | 'poin'
    | 'kalender'
    | 'tahapSebelumPerencanaan'
    | 'jadwalRinci'
    | 'cakupan'
    | 'kebijakan'
  > = {
    periode: DASAR_GURU_TAHUNAN.periode,
    peran: DASAR_GURU_TAHUNAN.peran,
    statusKepegawaian: DASAR_GURU.statusKepegawaian,
    poin: DASAR_GURU_TAHUNAN.poin,
    kalender: DASAR_GURU_TAHUNAN.kalender,
    tahapSebelumPerencanaan: [
      { kode: 'pra-perencanaan', label: 'Pra-Perencanaan', labelEn: 'Pre-planning', alias: ['Pemutakhiran Data'] },
    ],
    jadwalRinci: [
      {
        kode: 'pra-perencanaan',
        label: 'Pra-Perencanaan',
        labelEn: 'Pre-planning',
        alias: [],
        tahap: null,
        mulai: null,
        selesai: { bulan: 0, hari: 'akhir' },
      },
      {
        kode: 'pembersihan-data',
        label: 'Pembersihan Data',
        labelEn: 'Data clean-up',
        alias: ['Fase Persiapan'],
        tahap: 'perencanaan',
        mulai: { bulan: 1, hari: 1 },
        selesai: { bulan: 1, hari: 7 },
      },
      {
        kode: 'pengajuan-skp',
        label: 'Pengajuan SKP',
        labelEn: 'SKP submission',
        alias: ['Fase Pengajuan SKP'],
        tahap: 'perencanaan',
        mulai: { bulan: 1, hari: 8 },
        selesai: { bulan: 1, hari: 21 },
      },
      {
        kode: 'persetujuan-skp',
        label: 'Persetujuan SKP',
        labelEn: 'SKP approval',
        alias: ['Fase Persetujuan'],
        tahap: 'perencanaan',
        mulai: { bulan: 1, hari: 22 },
        selesai: { bulan: 1, hari: 'akhir' },
      },
    ],
    cakupan: [
      {
        kode: 'guru-asn-sekolah-swasta',
        label: 'Guru ASN di sekolah swasta',
        labelEn: 'ASN teachers in private schools',
        alias: [],
      },
      {
        kode: 'guru-pendidikan-khusus',
        label: 'Guru ASN pendidikan khusus',
        labelEn: 'ASN special-education teachers',
        alias: [],
      },
      {
        kode: 'sekolah-indonesia-luar-negeri',
        label: 'Guru dan kepala sekolah ASN di Sekolah Indonesia di Luar Negeri',
        labelEn: 'ASN teachers and principals of Indonesian schools abroad',
        alias: ['SILN'],
      },
      { kode: 'pamong-belajar', label: 'Pamong belajar', labelEn: 'Non-formal education tutors', alias: [] },
      { kode: 'penilik', label: 'Penilik', labelEn: 'Non-formal education supervisors', alias: [] },
      {
        kode: 'kepala-satuan-pendidikan-nonformal',
        label: 'Kepala satuan pendidikan nonformal',
        labelEn: 'Heads of non-formal education units',
        alias: [],
      },
    ],
    kebijakan: { ...DASAR_GURU_TAHUNAN.kebijakan, pejabatPenilaiGuruSwasta: 'kepala-dinas' },
    sumber: {
      periode: reg(
        'Siklus satu kali setahun, Januari–Desember (diceritakan ulang oleh sumber sekunder dan pengumuman Ditjen GTKPG).',
      ),
      peran: reg(
        'Guru ASN dinilai kepala sekolah; kepala sekolah ASN dinilai kepala dinas dengan pengawas sekolah sebagai tim kinerja (diceritakan ulang). Pejabat penilai pengawas: bawaan kepala dinas (open).',
      ),
      statusKepegawaian: reg(
        'Pedoman berlaku bagi pendidik dan tenaga kependidikan ASN, termasuk guru ASN di sekolah swasta dan guru pendidikan khusus.',
      ),
      poin: reg('Pengembangan kompetensi tidak lagi berbasis poin.'),
      kalender: open(
        'Pra-perencanaan paling lambat 31 Desember dan SKP 1–31 Januari (pgrikotacilegon.or.id/blog/2025/12/28, menceritakan ulang Kepmendikdasmen 271/O/2025; tinggi-sedang). Bulan langkah A–E, penilaian periodik dan tahunan, dan tindak lanjut tidak bertanggal dalam sumber yang kami temukan: seperti 2025 (penilaian November–Desember), sebagai panduan.',
      ),
      tahapSebelumPerencanaan: reg(
        'Pra-perencanaan: pemutakhiran data unit organisasi dan kepegawaian, penetapan tim kinerja.',
      ),
      jadwalRinci: reg(
        'Pra-perencanaan (pemutakhiran data unit organisasi dan kepegawaian, tim kinerja) paling lambat 31 Desember (pgrikotacilegon.or.id/blog/2025/12/28). SKP: pembersihan data 1–7 Januari, pengajuan 8–21 Januari, persetujuan 22–31 Januari, 100% disetujui paling lambat 31 Januari (pakagus.com/panduan-pengisian-perencanaan-kinerja-guru-tahun-2026-di-ruang-gtk; www.sdnarjasa1.sch.id/2026/01/rangkuman-hasil-sosialisasi-pembaruan.html; sedang-tinggi: dua ceritaan ulang sosialisasi yang sama).',
      ),
      cakupan: reg(
        'Pedoman berlaku bagi ASN: guru di sekolah negeri, swasta, pendidikan khusus dan SILN, pamong belajar; pengawas sekolah, penilik, kepala sekolah (negeri, swasta, SILN), kepala satuan pendidikan nonformal; penilaian yang ditetapkan sebelum pedoman tetap sah (surofarhan.blogspot.com/2025/12/pemerintah-terbitkan-pedoman-baru.html; setapakrainumbei.blogspot.com/2026/01/resmi-berlaku-kepmendikdasmen-2712025.html; tinggi-sedang). Rencana pamong belajar, penilik dan kepala satuan nonformal tidak dimodelkan (indikatornya tidak kami pegang).',
      ),
      kebijakan: open(
        'Tanpa unggah dokumen: atasan mengonfirmasi dokumen akuntabilitas (diceritakan ulang). Saran rating hasil kerja tanpa poin. Keterlambatan: bawaan tetap hanya ditandai (tandai); sumber menyebut akun yang terlambat dapat dikunci platform (pakagus.com; www.sdnarjasa1.sch.id/2026/01: "Akun dapat terkunci"), tindakan platform, bukan aturan penilaian: pilih tolak lewat deriveKetentuan untuk mengikutinya. Pejabat penilai guru ASN di sekolah swasta: bawaan kepala dinas (www.kurikulum-merdeka.id/?p=4089: "Pejabat Penilai Kinerja: Kepala Dinas Pendidikan"; sedang); ceritaan lain (tim kepala sekolah dan pengawas sekolah bersama yayasan; rendah-sedang, teksnya tidak kami temukan) tersedia sebagai kepala-sekolah-dan-pengawas. Kebijakan lain seperti 2024.',
      ),
    },
  };
  return tandaiKetentuan(
    deepFreeze(
      susunKetentuan(
        {
          id: '2026',
          nama: 'Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan 2026 (Ruang GTK)',
          berlakuMulai: '2026-01-01',
          dokumen: [
            ...DASAR_ASN.dokumen,
            ...DASAR_GURU.dokumen,
            ...DASAR_GURU_TAHUNAN.dokumen,
            {
              id: PEDOMAN,
              judul:
                'Keputusan Mendikdasmen Nomor 271/O/2025 tentang Pedoman Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan',
            },
          ],
        },
        // Where each part comes from, with its source: a named base, or this year's own parts (TAHUN_INI).
        {
          periode: TAHUN_INI,
          peran: TAHUN_INI,
          statusKepegawaian: TAHUN_INI,
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
          poin: TAHUN_INI,
          tugasTambahan: DASAR_GURU_TAHUNAN,
          bebanKerja: DASAR_GURU_TAHUNAN,
          dokumenAkuntabilitas: DASAR_GURU,
          kalender: TAHUN_INI,
          tahapSebelumPerencanaan: TAHUN_INI,
          jadwalRinci: TAHUN_INI,
          cakupan: TAHUN_INI,
          integrasiAk: DASAR_ASN,
          akDasar: DASAR_ASN,
          raporPendidikan: DASAR_GURU,
          polaDistribusi: DASAR_ASN,
          batasTeks: DASAR_GURU,
          kebijakan: TAHUN_INI,
        },
      ),
    ),
  );
})();
