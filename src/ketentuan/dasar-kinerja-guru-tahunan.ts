import { deepFreeze } from '../core/freeze';
import type { DasarKetentuan } from './dasar';
import { DASAR_GURU } from './dasar-kinerja-guru';
import type { AturanBebanKerja, EntriTugasTambahan, JadwalTahap, Sumber } from './types';
import * as sumber from './sumber';

const JUKNIS = 'kepdirjen-gtk-4242-2024';
const BEBAN_KERJA = 'permendikdasmen-11-2025';
const reg = (catatan: string): Sumber => sumber.reg([JUKNIS], catatan);
const open = (catatan: string): Sumber => sumber.open([JUKNIS], catatan);

/**
 * The calendar of an annual period (open: no source we hold gives the months of steps A–E in a one-period year).
 * The 2024 order is kept and spread over twelve months: SKP in January, A in February–March, B and C in April–May,
 * D in June–October, E in November, penilaian from November (the 2025 penilaian stage opened on 13 November 2025,
 * as reported) to 31 December.
 *
 * @internal
 */
const KALENDER_TAHUNAN: readonly JadwalTahap[] = /* @__PURE__ */ (() =>
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
 * The tugas tambahan of Permendikdasmen 11/2025 (Pemenuhan Beban Kerja Guru, from school year 2025/2026) with their
 * weekly equivalence in jam tatap muka: the duties attached to the main task (Pasal 10) and the others (Pasal 11 and
 * its Lampiran, counted together up to 6 JP). The kinds and spellings are the guru base's (one label parser for every
 * year).
 *
 * @internal
 */
const TUGAS_TAMBAHAN_BEBAN_KERJA: readonly EntriTugasTambahan[] = /* @__PURE__ */ (() => {
  const ekuivalensi: { readonly [kode: string]: readonly ['melekat' | 'lain', number] } = {
    'wakil-kepala-sekolah': ['melekat', 12],
    'ketua-program-keahlian': ['melekat', 12],
    'kepala-perpustakaan': ['melekat', 12],
    'kepala-laboratorium': ['melekat', 12],
    'pembimbing-khusus': ['melekat', 6],
    'wali-kelas': ['lain', 2],
    'pembina-osis': ['lain', 2],
    'pembina-ekstrakurikuler': ['lain', 2],
    'koordinator-pengembangan-kompetensi': ['lain', 2],
    'guru-piket': ['lain', 1],
  };
  return deepFreeze<EntriTugasTambahan[]>(
    DASAR_GURU.tugasTambahan.map((t) => {
      const e = ekuivalensi[t.kode];
      return e === undefined ? t : { ...t, kelompok: e[0], jamTatapMuka: e[1] };
    }),
  );
})();

/**
 * The guru workload rule of Permendikdasmen 11/2025: 37.5 hours a week, at least 24 JP of tatap muka, the other
 * tugas tambahan counted up to 6 JP together.
 *
 * @internal
 */
const ATURAN_BEBAN_KERJA: AturanBebanKerja = /* @__PURE__ */ (() =>
  deepFreeze<AturanBebanKerja>({ jamKerjaPerMinggu: '37.5', jamTatapMukaMinimum: 24, jamTugasLainMaksimum: 6 }))();

/**
 * The base of the annual model without points that Kepdirjen GTK 4242/B.B1/HK.03.01/2024 (Juknis Pengelolaan Kinerja
 * Guru, Kepala Sekolah, dan Pengawas Sekolah, Ruang GTK) brought in from 2025 and Kepmendikdasmen 271/O/2025 keeps:
 * one period a year, no points, the atasan confirming the evidence instead of uploads, the kepala dinas as pejabat
 * penilai of the kepala sekolah with the pengawas sekolah as tim kinerja and the pengawas sekolah a pegawai too, the
 * annual calendar, and the guru workload of Permendikdasmen 11/2025 (Pemenuhan Beban Kerja Guru) with the tugas
 * tambahan counted toward it; the guru base's indicators, with the juknis as their source. Each part is the guru base's ({@link DASAR_GURU}) changed as these
 * regulations change it. A year that names this base may restate a part's source from its own regulation.
 *
 * @internal
 */
export const DASAR_GURU_TAHUNAN: DasarKetentuan<
  | 'dokumen'
  | 'periode'
  | 'peran'
  | 'indikatorPraktikKinerja'
  | 'poin'
  | 'tugasTambahan'
  | 'bebanKerja'
  | 'kalender'
  | 'kebijakan'
> = /* @__PURE__ */ (() => {
  const guru = DASAR_GURU;
  return deepFreeze({
    dokumen: [
      {
        id: JUKNIS,
        judul:
          'Keputusan Dirjen GTK Nomor 4242/B.B1/HK.03.01/2024 tentang Petunjuk Teknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah',
      },
      {
        id: BEBAN_KERJA,
        judul: 'Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 11 Tahun 2025 tentang Pemenuhan Beban Kerja Guru',
      },
    ],
    periode: { jenis: 'tahunan', rentangBulan: [[1, 12]] },
    peran: guru.peran.map((p) =>
      p.kode === 'kepala-sekolah'
        ? { ...p, pejabatPenilai: 'kepala-dinas' as const, timKinerja: 'pengawas-sekolah' as const }
        : p.kode === 'pengawas-sekolah'
          ? { ...p, pegawai: true, pejabatPenilai: 'kepala-dinas' as const }
          : p,
    ),
    indikatorPraktikKinerja: guru.indikatorPraktikKinerja,
    poin: null,
    tugasTambahan: TUGAS_TAMBAHAN_BEBAN_KERJA,
    bebanKerja: ATURAN_BEBAN_KERJA,
    kalender: KALENDER_TAHUNAN,
    kebijakan: {
      ...guru.kebijakan,
      buktiDokumen: 'konfirmasi',
      buktiDukung: 'konfirmasi',
      saranHasilKerja: { agregasi: 'median', poinMinimumDiAtas: null },
    },
    sumber: {
      periode: reg(
        'Satu periode Januari–Desember di Ruang GTK (sebagaimana diceritakan ulang oleh sumber sekunder; teks juknis tidak kami pegang).',
      ),
      peran: reg(
        'Kepala Dinas sebagai pejabat penilai kinerja kepala sekolah, pengawas sekolah sebagai tim kinerja; pengawas sekolah ikut mengelola kinerjanya sendiri (juknis 4242 dan Dirjen GTK, diceritakan ulang; keyakinan tinggi-sedang). Pejabat penilai pengawas: bawaan kepala dinas (open).',
      ),
      poin: reg(
        'Pengembangan kompetensi tidak lagi berbasis poin mulai Januari 2025: tanpa minimum dan maksimum (Dirjen GTK, diceritakan ulang oleh berita daerah, mis. kupangberita.com 11 Desember 2024; keyakinan tinggi-sedang).',
      ),
      tugasTambahan: sumber.reg(
        [BEBAN_KERJA],
        'Permendikdasmen 11/2025 Pasal 10: tugas tambahan melekat (wakil kepala satuan pendidikan, ketua program keahlian, kepala perpustakaan, kepala laboratorium/bengkel/unit produksi) setara 12 JP per minggu (slidepub.com "Implementasi Permendikdasmen Nomor 11 Tahun 2025"; www.masri.id/2025/07/memahami-tugas-tambahan-guru-panduan.html; dilangitkata.blogspot.com/2025/07/tugas-tambahan-guru-dalam.html; keyakinan tinggi-sedang). Pembimbing khusus setara 6 JP menurut dua ceritaan ulang (masri.id, dilangitkata.blogspot.com; sedang), bukan 12. Pasal 11 dan Lampiran: wali kelas, pembina OSIS, pembina ekstrakurikuler, koordinator pengembangan kompetensi 2 JP; guru piket 1 JP (www.smpn4kra.sch.id/2025/07/rincian-ekuivalensi-tugas-tambahan-lain.html mengutip Lampiran; tinggi-sedang). Daftar Pasal 11 lebih panjang (19 butir, mis. pengurus bursa kerja khusus, satgas anti-kekerasan): jenis lain tetap diterima dengan SK-nya, tanpa ekuivalensi. Berlaku mulai tahun ajaran 2025/2026 (Juli 2025).',
      ),
      bebanKerja: sumber.reg(
        [BEBAN_KERJA],
        'Beban kerja guru 37 jam 30 menit per minggu, paling sedikit 24 jam tatap muka; ekuivalensi tugas tambahan lain paling banyak 6 JP per minggu (Permendikdasmen 11/2025 Pasal 2, 11; slidepub.com, dilangitkata.blogspot.com, divapendidikan.com; tinggi-sedang). Pengecualian 24 JP (guru pendidikan khusus, SILN, struktur kurikulum) tidak dimodelkan: penilai yang memutuskan.',
      ),
      kalender: open(
        'Bulan langkah A–E dalam periode tahunan tidak kami pegang: urutan 2024 disebar ke dua belas bulan; tahap penilaian 2025 dibuka 13 November 2025 (berita), maka penilaian November–Desember. Kalender adalah panduan.',
      ),
      kebijakan: open(
        'Tanpa unggah: bukti dukung dan dokumen akuntabilitas diverifikasi langsung oleh atasan (diceritakan ulang; keyakinan tinggi-sedang). Saran rating hasil kerja tanpa poin (ilustrasi 64 poin hanya 2024). Kebijakan lain seperti 2024.',
      ),
      indikatorPraktikKinerja: open(
        'Indikator guru dan kepala sekolah seperti 2024; indikator pengawas sekolah belum kami pegang: tambahkan lewat deriveKetentuan.',
      ),
    },
  });
})();
