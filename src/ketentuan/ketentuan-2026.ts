import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './tanda-terperiksa';
import { KETENTUAN_2024 } from './ketentuan-2024';
import { KALENDER_TAHUNAN, KETENTUAN_2025 } from './ketentuan-2025';
import type { Ketentuan, Sumber } from './types';

const PEDOMAN = 'kepmendikdasmen-271-o-2025';
const reg = (catatan: string): Sumber => ({ tingkat: 'reg', acuan: [PEDOMAN], catatan });
const open = (catatan: string): Sumber => ({ tingkat: 'open', acuan: [PEDOMAN], catatan });

/**
 * The 2026 rule set: Kepmendikdasmen Nomor 271/O/2025 (Pedoman Pengelolaan Kinerja Pendidik dan Tenaga
 * Kependidikan), in Ruang GTK. One cycle a year; **no points**; no evidence uploads (the atasan confirms that the
 * dokumen akuntabilitas exist); a pra-perencanaan stage (data of the unit and the pegawai, the tim kinerja) by
 * 31 December; SKP in January; ASN only (also ASN teachers in private schools and guru pendidikan khusus); the pejabat
 * penilai of a kepala sekolah is the kepala dinas, with the pengawas sekolah as tim kinerja.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2026.poin; //=> null
 */
export const KETENTUAN_2026: Ketentuan = /* @__PURE__ */ (() =>
  tandaiKetentuan(
    deepFreeze<Ketentuan>({
      ...KETENTUAN_2025,
      id: '2026',
      nama: 'Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan 2026 (Ruang GTK)',
      berlakuMulai: '2026-01-01',
      dokumen: [
        ...KETENTUAN_2025.dokumen,
        {
          id: PEDOMAN,
          judul:
            'Keputusan Mendikdasmen Nomor 271/O/2025 tentang Pedoman Pengelolaan Kinerja Pendidik dan Tenaga Kependidikan',
        },
      ],
      statusKepegawaian: KETENTUAN_2024.statusKepegawaian.map((s) =>
        s.kode === 'non-asn' ? { ...s, wajib: false } : s,
      ),
      kalender: KALENDER_TAHUNAN,
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
      kebijakan: { ...KETENTUAN_2025.kebijakan, pejabatPenilaiGuruSwasta: 'kepala-dinas' },
      sumber: {
        ...KETENTUAN_2025.sumber,
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
        jadwalRinci: reg(
          'Pra-perencanaan (pemutakhiran data unit organisasi dan kepegawaian, tim kinerja) paling lambat 31 Desember (pgrikotacilegon.or.id/blog/2025/12/28). SKP: pembersihan data 1–7 Januari, pengajuan 8–21 Januari, persetujuan 22–31 Januari, 100% disetujui paling lambat 31 Januari (pakagus.com/panduan-pengisian-perencanaan-kinerja-guru-tahun-2026-di-ruang-gtk; www.sdnarjasa1.sch.id/2026/01/rangkuman-hasil-sosialisasi-pembaruan.html; sedang-tinggi: dua ceritaan ulang sosialisasi yang sama).',
        ),
        cakupan: reg(
          'Pedoman berlaku bagi ASN: guru di sekolah negeri, swasta, pendidikan khusus dan SILN, pamong belajar; pengawas sekolah, penilik, kepala sekolah (negeri, swasta, SILN), kepala satuan pendidikan nonformal; penilaian yang ditetapkan sebelum pedoman tetap sah (surofarhan.blogspot.com/2025/12/pemerintah-terbitkan-pedoman-baru.html; setapakrainumbei.blogspot.com/2026/01/resmi-berlaku-kepmendikdasmen-2712025.html; tinggi-sedang). Rencana pamong belajar, penilik dan kepala satuan nonformal tidak dimodelkan (indikatornya tidak kami pegang).',
        ),
        tahapSebelumPerencanaan: reg(
          'Pra-perencanaan: pemutakhiran data unit organisasi dan kepegawaian, penetapan tim kinerja.',
        ),
        kebijakan: open(
          'Tanpa unggah dokumen: atasan mengonfirmasi dokumen akuntabilitas (diceritakan ulang). Saran rating hasil kerja tanpa poin. Keterlambatan: bawaan tetap hanya ditandai (tandai); sumber menyebut akun yang terlambat dapat dikunci platform (pakagus.com; www.sdnarjasa1.sch.id/2026/01: "Akun dapat terkunci"), tindakan platform, bukan aturan penilaian: pilih tolak lewat deriveKetentuan untuk mengikutinya. Pejabat penilai guru ASN di sekolah swasta: bawaan kepala dinas (www.kurikulum-merdeka.id/?p=4089: "Pejabat Penilai Kinerja: Kepala Dinas Pendidikan"; sedang); ceritaan lain (tim kepala sekolah dan pengawas sekolah bersama yayasan; rendah-sedang, teksnya tidak kami temukan) tersedia sebagai kepala-sekolah-dan-pengawas. Kebijakan lain seperti 2024.',
        ),
      },
    }),
  ))();
