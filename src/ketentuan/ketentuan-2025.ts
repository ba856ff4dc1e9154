import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './ketentuan-terperiksa';
import { KETENTUAN_2024 } from './ketentuan-2024';
import type { JadwalTahap, Ketentuan, Sumber } from './types';

const JUKNIS = 'kepdirjen-gtk-4242-2024';
const reg = (catatan: string): Sumber => ({ tingkat: 'reg', acuan: [JUKNIS], catatan });
const open = (catatan: string): Sumber => ({ tingkat: 'open', acuan: [JUKNIS], catatan });

/**
 * The calendar of an annual period (open: no source we hold gives the months of steps A–E in a one-period year).
 * The 2024 order is kept and spread over twelve months: SKP in January, A in February–March, B and C in April–May,
 * D in June–October, E in November, penilaian from November (the 2025 penilaian stage opened on 13 November 2025,
 * as reported) to 31 December.
 *
 * @internal
 */
export const KALENDER_TAHUNAN: readonly JadwalTahap[] = /* @__PURE__ */ (() =>
  deepFreeze([
    { tahap: 'perencanaan', bulanMulai: 1, bulanAkhir: 1 },
    { tahap: 'diskusi-persiapan', bulanMulai: 2, bulanAkhir: 3 },
    { tahap: 'observasi-kinerja', bulanMulai: 4, bulanAkhir: 5 },
    { tahap: 'diskusi-tindak-lanjut', bulanMulai: 4, bulanAkhir: 5 },
    { tahap: 'upaya-tindak-lanjut', bulanMulai: 6, bulanAkhir: 10 },
    { tahap: 'refleksi-tindak-lanjut', bulanMulai: 11, bulanAkhir: 11 },
    { tahap: 'penilaian', bulanMulai: 11, bulanAkhir: 12 },
  ] as const))();

/**
 * The 2025 rule set: Kepdirjen GTK 4242/B.B1/HK.03.01/2024 (Juknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan
 * Pengawas Sekolah), in Ruang GTK. One annual period (January–December); **no points** (pengembangan kompetensi is no
 * longer point-based from January 2025); no uploads (the atasan confirms the evidence and the dokumen akuntabilitas);
 * the kepala sekolah's pejabat penilai is the kepala dinas, the pengawas sekolah assisting as tim kinerja, and the
 * pengawas sekolah is a pegawai too; a pemutakhiran-data stage comes first; the same three penilaian aspects. The
 * PermenPANRB 6/2022 matrix and PermenPANRB 1/2023 angka kredit are unchanged.
 *
 * @category Ketentuan
 * @example
 * KETENTUAN_2025.periode; //=> { jenis: 'tahunan', rentangBulan: [[1, 12]] }
 */
export const KETENTUAN_2025: Ketentuan = /* @__PURE__ */ (() =>
  tandaiKetentuan(deepFreeze<Ketentuan>({
    ...KETENTUAN_2024,
    id: '2025',
    nama: 'Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah 2025 (Ruang GTK)',
    berlakuMulai: '2025-01-01',
    dokumen: [
      ...KETENTUAN_2024.dokumen,
      {
        id: JUKNIS,
        judul: 'Keputusan Dirjen GTK Nomor 4242/B.B1/HK.03.01/2024 tentang Petunjuk Teknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah',
      },
    ],
    periode: { jenis: 'tahunan', rentangBulan: [[1, 12]] },
    peran: KETENTUAN_2024.peran.map((p) =>
      p.kode === 'kepala-sekolah'
        ? { ...p, pejabatPenilai: 'kepala-dinas' as const, timKinerja: 'pengawas-sekolah' as const }
        : p.kode === 'pengawas-sekolah'
          ? { ...p, pegawai: true, pejabatPenilai: 'kepala-dinas' as const }
          : p,
    ),
    poin: null,
    kebijakan: {
      ...KETENTUAN_2024.kebijakan,
      buktiDokumen: 'konfirmasi',
      buktiDukung: 'konfirmasi',
      saranHasilKerja: { agregasi: 'median', poinMinimumDiAtas: null },
    },
    kalender: KALENDER_TAHUNAN,
    tahapSebelumPerencanaan: [
      { kode: 'pemutakhiran-data', label: 'Pemutakhiran Data', labelEn: 'Data update', alias: ['Pemutakhiran Data Kinerja'] },
    ],
    sumber: {
      ...KETENTUAN_2024.sumber,
      periode: reg('Satu periode Januari–Desember di Ruang GTK (sebagaimana diceritakan ulang oleh sumber sekunder; teks juknis tidak kami pegang).'),
      peran: reg(
        'Kepala Dinas sebagai pejabat penilai kinerja kepala sekolah, pengawas sekolah sebagai tim kinerja; pengawas sekolah ikut mengelola kinerjanya sendiri (juknis 4242 dan Dirjen GTK, diceritakan ulang; keyakinan tinggi-sedang). Pejabat penilai pengawas: bawaan kepala dinas (open).',
      ),
      poin: reg(
        'Pengembangan kompetensi tidak lagi berbasis poin mulai Januari 2025: tanpa minimum dan maksimum (Dirjen GTK, diceritakan ulang oleh berita daerah, mis. kupangberita.com 11 Desember 2024; keyakinan tinggi-sedang).',
      ),
      kebijakan: open(
        'Tanpa unggah: bukti dukung dan dokumen akuntabilitas diverifikasi langsung oleh atasan (diceritakan ulang; keyakinan tinggi-sedang). Saran rating hasil kerja tanpa poin (ilustrasi 64 poin hanya 2024). Kebijakan lain seperti 2024.',
      ),
      kalender: open(
        'Bulan langkah A–E dalam periode tahunan tidak kami pegang: urutan 2024 disebar ke dua belas bulan; tahap penilaian 2025 dibuka 13 November 2025 (berita), maka penilaian November–Desember. Kalender adalah panduan.',
      ),
      tahapSebelumPerencanaan: reg('Tahap pemutakhiran data (NIK, NIP, unit organisasi) sebelum perencanaan (diceritakan ulang).'),
      indikatorPraktikKinerja: open(
        'Indikator guru dan kepala sekolah seperti 2024; indikator pengawas sekolah belum kami pegang: tambahkan lewat deriveKetentuan.',
      ),
    },
  })))();
