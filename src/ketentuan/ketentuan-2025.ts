import { deepFreeze } from '../internal/freeze';
import { tandaiKetentuan } from '../internal/ketentuan-terperiksa';
import { KETENTUAN_2024 } from './ketentuan-2024';
import type { JadwalTahap, Ketentuan, Sumber } from './types';

const JUKNIS = 'kepdirjen-gtk-4242-2024';
const reg = (catatan: string): Sumber => ({ tingkat: 'reg', acuan: [JUKNIS], catatan });
const open = (catatan: string): Sumber => ({ tingkat: 'open', acuan: [JUKNIS], catatan });

/**
 * The calendar of an annual period (open: no source we hold gives the months of steps A–E in a one-period year).
 * The 2024 order is kept and spread over twelve months: SKP in January, A in February–March, B and C in April–May,
 * D in June–October, E in November, penilaian in December (the periodic evaluation closes on 31 December).
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
    { tahap: 'penilaian', bulanMulai: 12, bulanAkhir: 12 },
  ] as const))();

/**
 * The 2025 rule set: Kepdirjen GTK 4242/B.B1/HK.03.01/2024 (Juknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan
 * Pengawas Sekolah), in Ruang GTK. One annual period (January–December); the pengawas sekolah is also a pegawai;
 * a pemutakhiran-data stage comes first; the same three penilaian aspects. Points are open: the 2024 bounds are kept
 * as guidance, not required. The PermenPANRB 6/2022 matrix and PermenPANRB 1/2023 angka kredit are unchanged.
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
      p.kode === 'pengawas-sekolah' ? { ...p, pegawai: true, pejabatPenilai: 'kepala-dinas' as const } : p,
    ),
    poin: { wajib: false, minimum: 32, maksimum: 128 },
    kalender: KALENDER_TAHUNAN,
    tahapSebelumPerencanaan: [
      { kode: 'pemutakhiran-data', label: 'Pemutakhiran Data', labelEn: 'Data update', alias: ['Pemutakhiran Data Kinerja'] },
    ],
    sumber: {
      ...KETENTUAN_2024.sumber,
      periode: reg('Satu periode Januari–Desember di Ruang GTK (sebagaimana diceritakan ulang oleh sumber sekunder; teks juknis tidak kami pegang).'),
      peran: open(
        'Pengawas sekolah ikut mengelola kinerjanya sendiri (diceritakan ulang); pejabat penilai pengawas belum dipastikan, bawaan: kepala dinas.',
      ),
      poin: open('Belum dipastikan apakah poin 32–128 masih wajib untuk periode tahunan: bawaan tidak wajib, batas 2024 sebagai panduan.'),
      kalender: open('Bulan langkah A–E dalam periode tahunan tidak kami pegang: urutan 2024 disebar ke dua belas bulan.'),
      tahapSebelumPerencanaan: reg('Tahap pemutakhiran data (NIK, NIP, unit organisasi) sebelum perencanaan (diceritakan ulang).'),
      indikatorPraktikKinerja: open(
        'Indikator guru dan kepala sekolah seperti 2024; indikator pengawas sekolah belum kami pegang: tambahkan lewat deriveKetentuan.',
      ),
    },
  })))();
