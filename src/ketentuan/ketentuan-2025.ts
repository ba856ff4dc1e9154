import { deepFreeze } from '../core/freeze';
import { tandaiKetentuan } from './tanda-terperiksa';
import { KETENTUAN_2024 } from './ketentuan-2024';
import type { AturanBebanKerja, EntriTugasTambahan, JadwalTahap, Ketentuan, Sumber } from './types';

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

const BEBAN_KERJA = 'permendikdasmen-11-2025';

/**
 * The tugas tambahan of Permendikdasmen 11/2025 (Pemenuhan Beban Kerja Guru, from school year 2025/2026) with their
 * weekly equivalence in jam tatap muka: the duties attached to the main task (Pasal 10) and the others (Pasal 11 and
 * its Lampiran, counted together up to 6 JP). The kinds and spellings are the 2024 list's (one label parser for every
 * year); shared by the 2025 and 2026 rule sets.
 *
 * @internal
 */
export const TUGAS_TAMBAHAN_BEBAN_KERJA: readonly EntriTugasTambahan[] = /* @__PURE__ */ (() => {
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
    KETENTUAN_2024.tugasTambahan.map((t) => {
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
export const ATURAN_BEBAN_KERJA: AturanBebanKerja = /* @__PURE__ */ (() =>
  deepFreeze<AturanBebanKerja>({ jamKerjaPerMinggu: '37.5', jamTatapMukaMinimum: 24, jamTugasLainMaksimum: 6 }))();

/** The sources of {@link TUGAS_TAMBAHAN_BEBAN_KERJA} and {@link ATURAN_BEBAN_KERJA}. @internal */
export const SUMBER_BEBAN_KERJA: { readonly tugasTambahan: Sumber; readonly bebanKerja: Sumber } =
  /* @__PURE__ */ (() =>
    deepFreeze({
      tugasTambahan: {
        tingkat: 'reg' as const,
        acuan: [BEBAN_KERJA],
        catatan:
          'Permendikdasmen 11/2025 Pasal 10: tugas tambahan melekat (wakil kepala satuan pendidikan, ketua program keahlian, kepala perpustakaan, kepala laboratorium/bengkel/unit produksi) setara 12 JP per minggu (slidepub.com "Implementasi Permendikdasmen Nomor 11 Tahun 2025"; www.masri.id/2025/07/memahami-tugas-tambahan-guru-panduan.html; dilangitkata.blogspot.com/2025/07/tugas-tambahan-guru-dalam.html; keyakinan tinggi-sedang). Pembimbing khusus setara 6 JP menurut dua ceritaan ulang (masri.id, dilangitkata.blogspot.com; sedang), bukan 12. Pasal 11 dan Lampiran: wali kelas, pembina OSIS, pembina ekstrakurikuler, koordinator pengembangan kompetensi 2 JP; guru piket 1 JP (www.smpn4kra.sch.id/2025/07/rincian-ekuivalensi-tugas-tambahan-lain.html mengutip Lampiran; tinggi-sedang). Daftar Pasal 11 lebih panjang (19 butir, mis. pengurus bursa kerja khusus, satgas anti-kekerasan): jenis lain tetap diterima dengan SK-nya, tanpa ekuivalensi. Berlaku mulai tahun ajaran 2025/2026 (Juli 2025).',
      },
      bebanKerja: {
        tingkat: 'reg' as const,
        acuan: [BEBAN_KERJA],
        catatan:
          'Beban kerja guru 37 jam 30 menit per minggu, paling sedikit 24 jam tatap muka; ekuivalensi tugas tambahan lain paling banyak 6 JP per minggu (Permendikdasmen 11/2025 Pasal 2, 11; slidepub.com, dilangitkata.blogspot.com, divapendidikan.com; tinggi-sedang). Pengecualian 24 JP (guru pendidikan khusus, SILN, struktur kurikulum) tidak dimodelkan: penilai yang memutuskan.',
      },
    }))();

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
  tandaiKetentuan(
    deepFreeze<Ketentuan>({
      ...KETENTUAN_2024,
      id: '2025',
      nama: 'Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah 2025 (Ruang GTK)',
      berlakuMulai: '2025-01-01',
      dokumen: [
        ...KETENTUAN_2024.dokumen,
        {
          id: JUKNIS,
          judul:
            'Keputusan Dirjen GTK Nomor 4242/B.B1/HK.03.01/2024 tentang Petunjuk Teknis Pengelolaan Kinerja Guru, Kepala Sekolah, dan Pengawas Sekolah',
        },
        {
          id: BEBAN_KERJA,
          judul:
            'Peraturan Menteri Pendidikan Dasar dan Menengah Nomor 11 Tahun 2025 tentang Pemenuhan Beban Kerja Guru',
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
      tugasTambahan: TUGAS_TAMBAHAN_BEBAN_KERJA,
      bebanKerja: ATURAN_BEBAN_KERJA,
      kebijakan: {
        ...KETENTUAN_2024.kebijakan,
        buktiDokumen: 'konfirmasi',
        buktiDukung: 'konfirmasi',
        saranHasilKerja: { agregasi: 'median', poinMinimumDiAtas: null },
      },
      kalender: KALENDER_TAHUNAN,
      tahapSebelumPerencanaan: [
        {
          kode: 'pemutakhiran-data',
          label: 'Pemutakhiran Data',
          labelEn: 'Data update',
          alias: ['Pemutakhiran Data Kinerja'],
        },
      ],
      sumber: {
        ...KETENTUAN_2024.sumber,
        periode: reg(
          'Satu periode Januari–Desember di Ruang GTK (sebagaimana diceritakan ulang oleh sumber sekunder; teks juknis tidak kami pegang).',
        ),
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
        ...SUMBER_BEBAN_KERJA,
        tahapSebelumPerencanaan: reg(
          'Tahap pemutakhiran data (NIK, NIP, unit organisasi) sebelum perencanaan (diceritakan ulang).',
        ),
        indikatorPraktikKinerja: open(
          'Indikator guru dan kepala sekolah seperti 2024; indikator pengawas sekolah belum kami pegang: tambahkan lewat deriveKetentuan.',
        ),
      },
    }),
  ))();
