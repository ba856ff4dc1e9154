import { deepFreeze } from '../core/freeze';
import type { DasarKetentuan } from './dasar';
import type {
  BagianPerencanaan,
  FokusPerilaku,
  IndikatorPraktikKinerja,
  Ketentuan,
  KodeFokusPerilaku,
  Sumber,
} from './types';
import { open, seed } from './sumber';

export const SEED_PMM = 'panduan-teknis-pmm-2023';
export const SEED_SUBSTANSI = 'panduan-substansi-2023';
export const SEED_WEBINAR = 'webinar-skp-2024';
const PIG_POIN = 'pusat-informasi-guru-poin-pengembangan-kompetensi';

const fokus = (kode: KodeFokusPerilaku, teks: string): FokusPerilaku => ({ kode, teks, dianjurkan: [], dihindari: [] });

const FOKUS_DIRETOLD = /* @__PURE__ */ open(
  [SEED_SUBSTANSI],
  'Fokus perilaku sebagaimana diceritakan ulang oleh situs-situs guru; kata-katanya belum dikonfirmasi dari juknis.',
);
const FOKUS_KOSONG = /* @__PURE__ */ open(
  [SEED_SUBSTANSI],
  'Tidak ada sumber yang kami pegang yang mendaftar fokus perilaku indikator ini: isi sendiri lewat deriveKetentuan.',
);

function indikator(
  peran: 'guru' | 'kepala-sekolah',
  kode: string,
  label: string,
  labelEn: string,
  fokusPerilaku: readonly FokusPerilaku[] = [],
  sumber: Sumber = fokusPerilaku.length === 0 ? FOKUS_KOSONG : FOKUS_DIRETOLD,
  kriteriaKeberhasilan: string | null = null,
): IndikatorPraktikKinerja {
  return {
    kode,
    label,
    labelEn,
    alias: [],
    peran,
    raporPendidikan: peran === 'guru' ? 'D1' : 'D3',
    fokusPerilaku,
    kriteriaKeberhasilan,
    sumber,
  };
}

/**
 * The policies of the guru performance-management model (its `kebijakan`: the defaults of the open questions,
 * `docs/ketentuan.md`), which each year takes whole or changes, on
 * their own so that {@link formatAngkaKredit} carries no more data than it needs.
 *
 * @internal
 */
export const KEBIJAKAN_BAWAAN: Ketentuan['kebijakan'] = /* @__PURE__ */ deepFreeze({
  keterlambatan: 'tandai',
  pembulatanTampilan: { desimal: 2, mode: 'half-up' },
  pembulatanSiasn: { desimal: 3, mode: 'half-up' },
  atasanBolehMengembalikan: true,
  resetDisepakati: true,
  buktiDokumen: 'unggah',
  buktiDukung: 'unggah',
  saranHasilKerja: { agregasi: 'median', poinMinimumDiAtas: 64 },
  saranPerilakuKerja: { agregasi: 'median' },
  sisaAkDiperhitungkan: true,
  akSetelahKenaikanJenjang: 'nol',
  predikatMinimalKenaikanJenjang: 'baik',
  predikatTahunan: 'terakhir',
  pejabatPenilaiGuruSwasta: null,
});

const SEMUA_PEGAWAI = ['guru', 'kepala-sekolah'] as const;

/**
 * The base every built-in rule set with a plan and a siklus takes its model from: the performance management of
 * guru and kepala sekolah of Perdirjen GTK 7607/B.B1/HK.03/2023 as the Panduan Teknis PMM and the Panduan Substansi
 * (December 2023) describe it, which the later juknis (Kepdirjen GTK 4242/2024, Kepmendikdasmen 271/O/2025) keep:
 * the roles, the BerAKHLAK guiding questions, the steps of the siklus, the observation ratings, the praktik-kinerja
 * indicators and the RHK catalogue, the kinds of tugas tambahan, the dokumen akuntabilitas, the Rapor Pendidikan
 * link, the text limit and the default policies. Its sources cite the documents of this base and of
 * {@link DASAR_ASN}, which every year that names this base names too.
 *
 * @internal
 */
export const DASAR_GURU: DasarKetentuan<
  | 'dokumen'
  | 'peran'
  | 'statusKepegawaian'
  | 'aspekBerakhlak'
  | Exclude<BagianPerencanaan, 'poin' | 'kalender' | 'tahapSebelumPerencanaan'>
  | 'batasTeks'
  | 'kebijakan'
> = /* @__PURE__ */ (() =>
  deepFreeze({
    dokumen: [
      { id: PIG_POIN, judul: 'Pusat Informasi Guru (Kemendikbudristek): Tentang Poin di Pengembangan Kompetensi' },
      {
        id: 'perbkn-11-2022',
        judul: 'Peraturan BKN Nomor 11 Tahun 2022 tentang Petunjuk Teknis Jabatan Fungsional (Pasal 37)',
      },
      {
        id: 'seb-bkn-kemendikbudristek-2023',
        judul: 'Surat Edaran Bersama BKN–Kemendikbudristek Nomor 17 Tahun 2023 dan Nomor 9 Tahun 2023',
      },
      {
        id: 'perdirjen-gtk-7607-2023',
        judul:
          'Peraturan Dirjen GTK Nomor 7607/B.B1/HK.03/2023 tentang Petunjuk Teknis Pengelolaan Kinerja Guru dan Kepala Sekolah',
      },
      { id: 'se-dirjen-gtk-0559-2024', judul: 'Surat Edaran Dirjen GTK Nomor 0559/2024' },
      {
        id: SEED_PMM,
        judul: 'Panduan Teknis Fitur Pengelolaan Kinerja Guru, Platform Merdeka Mengajar (Desember 2023)',
      },
      { id: SEED_SUBSTANSI, judul: 'Panduan Substansi Pengelolaan Kinerja Guru dan Kepala Sekolah (Desember 2023)' },
      { id: SEED_WEBINAR, judul: 'Webinar dan artikel tentang SKP guru 2024 yang menceritakan ulang juknis' },
    ],
    peran: [
      {
        kode: 'guru',
        label: 'Guru',
        labelEn: 'Teacher',
        alias: [],
        pegawai: true,
        pejabatPenilai: 'kepala-sekolah',
        timKinerja: null,
      },
      {
        kode: 'kepala-sekolah',
        label: 'Kepala Sekolah',
        labelEn: 'Principal',
        alias: ['KS', 'Kepsek'],
        pegawai: true,
        pejabatPenilai: 'pengawas-sekolah',
        timKinerja: null,
      },
      {
        kode: 'pengawas-sekolah',
        label: 'Pengawas Sekolah',
        labelEn: 'School supervisor',
        alias: ['PS'],
        pegawai: false,
        pejabatPenilai: null,
        timKinerja: null,
      },
      {
        kode: 'kepala-dinas',
        label: 'Kepala Dinas Pendidikan',
        labelEn: 'Head of the education office',
        alias: ['Kadis', 'Kepala Dinas'],
        pegawai: false,
        pejabatPenilai: null,
        timKinerja: null,
      },
    ],
    statusKepegawaian: [
      { kode: 'pns', label: 'PNS', labelEn: 'Civil servant', alias: ['Pegawai Negeri Sipil'], wajib: true },
      {
        kode: 'pppk',
        label: 'PPPK',
        labelEn: 'Government contract employee',
        alias: ['Pegawai Pemerintah dengan Perjanjian Kerja'],
        wajib: true,
      },
      {
        kode: 'non-asn',
        label: 'Non-ASN',
        labelEn: 'Non-civil-servant',
        alias: ['Non ASN', 'Honorer'],
        wajib: false,
      },
    ],
    aspekBerakhlak: [
      {
        kode: 'berorientasi-pelayanan',
        label: 'Berorientasi Pelayanan',
        labelEn: 'Service-oriented',
        alias: ['Berorientasi pada Pelayanan'],
        pertanyaanPanduan: [
          'Bagaimana pegawai memahami dan memenuhi kebutuhan peserta didik, rekan sejawat, dan masyarakat?',
          'Apakah pegawai ramah, cekatan, solutif, dan dapat diandalkan untuk memberikan pelayanan?',
          'Apakah pegawai terus melakukan perbaikan untuk meningkatkan pelayanannya?',
        ],
      },
      {
        kode: 'akuntabel',
        label: 'Akuntabel',
        labelEn: 'Accountable',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi?',
          'Apakah pegawai menggunakan sumber daya yang ada secara bertanggung jawab, efektif, dan efisien?',
          'Apakah pegawai melaksanakan tugasnya sesuai kewenangan?',
        ],
      },
      {
        kode: 'kompeten',
        label: 'Kompeten',
        labelEn: 'Competent',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai berupaya meningkatkan kompetensinya?',
          'Apakah pegawai membantu peserta didik dan rekan sejawat untuk belajar?',
          'Apakah pegawai melaksanakan tugas dengan kualitas terbaik?',
        ],
      },
      {
        kode: 'harmonis',
        label: 'Harmonis',
        labelEn: 'Harmonious',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai menghargai setiap orang?',
          'Apakah pegawai suka menolong orang lain?',
          'Apakah pegawai membangun lingkungan kerja yang kondusif?',
        ],
      },
      {
        kode: 'loyal',
        label: 'Loyal',
        labelEn: 'Loyal',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai mematuhi ketentuan peraturan yang berlaku?',
          'Apakah pegawai memberikan layanan terbaik untuk meningkatkan kinerja satuan pendidikan?',
          'Apakah pegawai menjaga nama baik satuan pendidikan?',
        ],
      },
      {
        kode: 'adaptif',
        label: 'Adaptif',
        labelEn: 'Adaptive',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai cepat menyesuaikan diri menghadapi perubahan?',
          'Apakah pegawai terus berinovasi dan mengembangkan kreativitas?',
          'Apakah pegawai bertindak secara proaktif?',
        ],
      },
      {
        kode: 'kolaboratif',
        label: 'Kolaboratif',
        labelEn: 'Collaborative',
        alias: [],
        pertanyaanPanduan: [
          'Apakah pegawai memberi kesempatan kepada peserta didik, rekan sejawat, dan masyarakat untuk berkontribusi?',
          'Apakah pegawai terbuka dalam bekerja sama untuk meningkatkan kualitas pembelajaran?',
          'Apakah pegawai mampu dan mau memanfaatkan sumberdaya untuk tujuan satuan pendidikan?',
        ],
      },
    ],
    langkahSiklus: [
      {
        kode: 'diskusi-persiapan',
        huruf: 'A',
        label: 'Diskusi Persiapan',
        labelEn: 'Preparation discussion',
        alias: ['Persiapan Observasi'],
        pelaku: 'pegawai',
      },
      {
        kode: 'observasi-kinerja',
        huruf: 'B',
        label: 'Observasi Kinerja',
        labelEn: 'Performance observation',
        alias: ['Observasi Kelas', 'Observasi Praktik Kinerja', 'Pelaksanaan Observasi'],
        pelaku: 'atasan',
      },
      {
        kode: 'diskusi-tindak-lanjut',
        huruf: 'C',
        label: 'Diskusi Tindak Lanjut',
        labelEn: 'Follow-up discussion',
        alias: ['Diskusi Tindak Lanjut Observasi'],
        pelaku: 'pegawai',
      },
      {
        kode: 'upaya-tindak-lanjut',
        huruf: 'D',
        label: 'Upaya Tindak Lanjut',
        labelEn: 'Follow-up efforts',
        alias: [],
        pelaku: 'pegawai',
      },
      {
        kode: 'refleksi-tindak-lanjut',
        huruf: 'E',
        label: 'Refleksi Tindak Lanjut',
        labelEn: 'Follow-up reflection',
        alias: [],
        pelaku: 'pegawai',
      },
      {
        kode: 'penilaian',
        huruf: 'F/G',
        label: 'Penilaian Kinerja',
        labelEn: 'Performance appraisal',
        alias: ['Penilaian', 'Penetapan Predikat'],
        pelaku: 'atasan',
      },
    ],
    nilaiObservasi: [
      { kode: 'belum-dilakukan', label: 'Belum Dilakukan', labelEn: 'Not yet done', alias: [] },
      {
        kode: 'dilakukan-belum-efektif',
        label: 'Dilakukan tapi Belum Efektif',
        labelEn: 'Done but not yet effective',
        alias: ['Dilakukan Belum Efektif'],
      },
      {
        kode: 'dilakukan-efektif',
        label: 'Dilakukan dan Efektif',
        labelEn: 'Done and effective',
        alias: ['Dilakukan Efektif'],
      },
    ],
    statusRencana: [
      { kode: 'draf', label: 'Draf', labelEn: 'Draft', alias: ['Draft'] },
      { kode: 'diajukan', label: 'Diajukan', labelEn: 'Submitted', alias: ['Menunggu Persetujuan'] },
      { kode: 'disetujui', label: 'Disetujui', labelEn: 'Approved', alias: ['Ada Penyesuaian Dari Atasan'] },
      { kode: 'disepakati', label: 'Disepakati', labelEn: 'Agreed', alias: [] },
    ],
    indikatorPraktikKinerja: [
      indikator(
        'guru',
        'keteraturan-suasana-kelas',
        'Keteraturan Suasana Kelas',
        'Orderly classroom climate',
        [
          fokus('komunikasi-positif', 'Guru melakukan komunikasi positif untuk membangun suasana kelas yang kondusif'),
          fokus(
            'strategi-pengelompokan',
            'Guru melakukan strategi pengelompokkan untuk mengaktifkan keterlibatan peserta didik',
          ),
          fokus('aturan-kesepakatan-kelas', 'Guru membuat dan mengingatkan aturan/kesepakatan kelas'),
        ],
        seed([SEED_PMM], 'Fokus observasi dan kriteria keberhasilan pada layar rincian observasi.'),
        'Terwujudnya suasana kelas yang kondusif untuk proses belajar mengajar (tanpa disrupsi yang mengalihkan perhatian dari aktivitas belajar)',
      ),
      indikator('guru', 'penerapan-disiplin-positif', 'Penerapan Disiplin Positif', 'Positive discipline', [
        fokus('refleksi-dinamika-kelas', 'Guru melakukan refleksi dinamika kelas'),
        fokus('penguatan-positif', 'Guru memberikan penguatan positif'),
        fokus('restitusi', 'Guru menerapkan restitusi'),
      ]),
      indikator('guru', 'umpan-balik-konstruktif', 'Umpan Balik Konstruktif', 'Constructive feedback', [
        fokus('spesifik-berorientasi-tujuan', 'Guru memberikan umpan balik yang spesifik dan berorientasi pada tujuan'),
        fokus('fokus-proses-usaha', 'Guru memberikan umpan balik yang berfokus pada proses dan usaha'),
        fokus('mendiskusikan-umpan-balik', 'Guru bersedia mendiskusikan umpan balik dengan peserta didik'),
      ]),
      indikator('guru', 'perhatian-dan-kepedulian', 'Perhatian dan Kepedulian', 'Attention and care', [
        fokus('empati', 'Guru menunjukkan empati kepada peserta didik'),
        fokus('memahami-kebutuhan', 'Guru memahami kebutuhan dan karakteristik peserta didik'),
        fokus('menghargai-usaha', 'Guru menghargai usaha peserta didik'),
      ]),
      indikator('guru', 'ekspektasi-pada-peserta-didik', 'Ekspektasi pada Peserta Didik', 'Expectations of students'),
      indikator('guru', 'aktivitas-interaktif', 'Aktivitas Interaktif', 'Interactive activities'),
      indikator('guru', 'instruksi-yang-adaptif', 'Instruksi yang Adaptif', 'Adaptive instruction', [
        fokus('strategi-responsif', 'Guru menerapkan strategi yang responsif terhadap murid'),
        fokus('penyesuaian-respons-murid', 'Guru melakukan penyesuaian sesuai respons murid'),
      ]),
      indikator('guru', 'instruksi-pembelajaran', 'Instruksi Pembelajaran', 'Learning instruction'),
      indikator(
        'kepala-sekolah',
        'memandu-perencanaan-pembelajaran',
        'Memandu Perencanaan Pembelajaran',
        'Guiding learning planning',
      ),
      indikator(
        'kepala-sekolah',
        'aktivasi-kegiatan-komunitas-belajar',
        'Aktivasi Kegiatan Komunitas Belajar',
        'Activating learning communities',
      ),
      indikator('kepala-sekolah', 'komunikasi-visi-misi', 'Komunikasi Visi Misi', 'Communicating vision and mission'),
      indikator(
        'kepala-sekolah',
        'siklus-peningkatan-kualitas-praktik-pembelajaran',
        'Siklus Peningkatan Kualitas Praktik Pembelajaran',
        'Cycle of improving teaching practice',
      ),
      indikator(
        'kepala-sekolah',
        'presentasi-program-sekolah',
        'Presentasi Program Sekolah',
        'Presenting school programmes',
      ),
      indikator(
        'kepala-sekolah',
        'menceritakan-praktik-baik-kepemimpinan',
        'Menceritakan Praktik Baik Kepemimpinan',
        'Sharing good leadership practice',
      ),
      indikator(
        'kepala-sekolah',
        'refleksi-pengelolaan-kurikulum',
        'Refleksi Pengelolaan Kurikulum',
        'Reflecting on curriculum management',
      ),
      indikator(
        'kepala-sekolah',
        'refleksi-program-pengembangan-kompetensi-guru',
        'Refleksi Program Pengembangan Kompetensi Guru',
        'Reflecting on teacher development programmes',
      ),
    ],
    katalogRhk: [
      {
        kode: 'pelatihan-mandiri',
        kegiatan: 'Pelatihan mandiri sesuai model kompetensi guru/kepala sekolah/pengawas (termasuk aksi nyata di PMM)',
        kegiatanEn:
          'Self-paced training on the teacher/principal/supervisor competency model (incl. aksi nyata in PMM)',
        peran: 'peserta',
        kategori: 'pelatihan',
        prioritas: false,
        program: null,
        poin: 8,
        satuan: 'pelatihan',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: seed([SEED_SUBSTANSI, SEED_PMM], '8 poin per pelatihan.'),
      },
      {
        kode: 'observasi-rekan-sejawat',
        kegiatan:
          'Observasi praktik pembelajaran (persiapan, pelaksanaan, diskusi tindak lanjut) bersama rekan sejawat, bergantian sebagai yang diobservasi dan pengamat',
        kegiatanEn:
          'Peer observation of teaching (preparation, lesson, follow-up discussion), taking turns as observed and observer',
        peran: 'partisipan',
        kategori: 'pengembangan-selain-pelatihan',
        prioritas: false,
        program: null,
        poin: 8,
        satuan: 'observasi',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: seed(
          [SEED_SUBSTANSI, SEED_PMM, PIG_POIN],
          '8 poin per observasi (panduan substansi, daftar RHK juknis, Pusat Informasi Guru); "(16 poin)" di layar PMM adalah 8 × 2.',
        ),
      },
      {
        kode: 'penggerak-komunitas-belajar',
        kegiatan: 'Penggerak komunitas belajar (paling sedikit 3 kali berbagi praktik)',
        kegiatanEn: 'Leading a learning community (at least 3 sharing sessions)',
        peran: 'kontributor',
        kategori: 'pengembangan-selain-pelatihan',
        prioritas: false,
        program: null,
        poin: 36,
        satuan: '3 kegiatan',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: open(
          ['perdirjen-gtk-7607-2023'],
          'Daftar RHK juknis sebagaimana diceritakan ulang: 36 poin per 3 kegiatan.',
        ),
      },
      {
        kode: 'kontributor-program-prioritas',
        kegiatan:
          'Coach, mentor, fasilitator, pengajar praktik atau asesor pada Pendidikan Guru Penggerak, Sekolah Penggerak, atau PPG',
        kegiatanEn:
          'Coach, mentor, facilitator, practice instructor or assessor in Guru Penggerak, Sekolah Penggerak or PPG',
        peran: 'kontributor',
        kategori: 'pelatihan',
        prioritas: true,
        program: 'Pendidikan Guru Penggerak, Sekolah Penggerak, PPG',
        poin: 12,
        satuan: 'kegiatan (2–3 jam)',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: seed([SEED_SUBSTANSI], '12 poin per kegiatan berdurasi 2–3 jam.'),
      },
      {
        kode: 'guru-pamong-ppg-prajabatan',
        kegiatan: 'Guru pamong pada PPG Prajabatan di LPTK',
        kegiatanEn: 'Mentor teacher in pre-service PPG at a teacher-training institution',
        peran: 'kontributor',
        kategori: 'pendidikan',
        prioritas: true,
        program: 'PPG',
        poin: 12,
        satuan: 'kegiatan',
        kuantitasMaksimum: null,
        untuk: ['guru'],
        sumber: seed([SEED_SUBSTANSI], '12 poin per kegiatan.'),
      },
      {
        kode: 'pelatihan-jangka-pendek-menengah',
        kegiatan: 'Pelatihan dan pendidikan jangka pendek/menengah (kepemimpinan, bidang teknis yang relevan)',
        kegiatanEn: 'Short or medium-term training and education (leadership, relevant technical fields)',
        peran: 'peserta',
        kategori: 'pendidikan',
        prioritas: false,
        program: null,
        poin: 128,
        satuan: 'semester',
        kuantitasMaksimum: 1,
        untuk: SEMUA_PEGAWAI,
        sumber: seed([SEED_SUBSTANSI], '128 poin per semester.'),
      },
      {
        kode: 'menuntaskan-program-guru-penggerak',
        kegiatan: 'Menuntaskan Program Pendidikan Guru Penggerak',
        kegiatanEn: 'Completing the Guru Penggerak programme',
        peran: 'peserta',
        kategori: 'pendidikan',
        prioritas: true,
        program: 'Pendidikan Guru Penggerak',
        poin: 128,
        satuan: 'semester',
        kuantitasMaksimum: 1,
        untuk: ['guru'],
        sumber: seed([SEED_SUBSTANSI], '128 poin per semester.'),
      },
      {
        kode: 'narasumber-berbagi-praktik-baik',
        kegiatan:
          'Narasumber berbagi praktik baik (mis. Kurikulum Merdeka, Perencanaan Berbasis Data), kegiatan 2–3 jam',
        kegiatanEn: 'Speaker sharing good practice (e.g. Kurikulum Merdeka, data-based planning), a 2–3 hour session',
        peran: 'kontributor',
        kategori: 'pengembangan-selain-pelatihan',
        prioritas: false,
        program: null,
        poin: 8,
        satuan: 'kegiatan',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: seed([PIG_POIN], '8 poin per kegiatan berbagi praktik baik selama 2–3 jam sebagai narasumber.'),
      },
      {
        kode: 'peserta-berbagi-praktik-baik',
        kegiatan: 'Peserta kegiatan berbagi praktik baik di komunitas belajar',
        kegiatanEn: 'Participant in a good-practice sharing session of a learning community',
        peran: 'peserta',
        kategori: 'pengembangan-selain-pelatihan',
        prioritas: false,
        program: null,
        poin: 4,
        satuan: 'kegiatan',
        kuantitasMaksimum: null,
        untuk: SEMUA_PEGAWAI,
        sumber: seed([PIG_POIN], '4 poin per kegiatan berbagi praktik baik yang diikuti di komunitas belajar.'),
      },
    ],
    // The same kinds and spellings in every rule set (one label parser); only 2025 and 2026 add their JP equivalence.
    tugasTambahan: [
      {
        kode: 'wakil-kepala-sekolah',
        label: 'Wakil Kepala Satuan Pendidikan',
        labelEn: 'Deputy principal',
        alias: ['Wakil Kepala Sekolah', 'Wakasek'],
      },
      {
        kode: 'ketua-program-keahlian',
        label: 'Ketua Program Keahlian',
        labelEn: 'Head of a vocational programme',
        alias: ['Kepala Program Keahlian', 'Kepala Jurusan', 'Kaprog'],
      },
      {
        kode: 'kepala-perpustakaan',
        label: 'Kepala Perpustakaan',
        labelEn: 'Head of library',
        alias: ['Kepala Perpustakaan Satuan Pendidikan'],
      },
      {
        kode: 'kepala-laboratorium',
        label: 'Kepala Laboratorium/Bengkel/Unit Produksi',
        labelEn: 'Head of laboratory, workshop or production unit',
        alias: ['Kepala Laboratorium', 'Kepala Bengkel', 'Kepala Unit Produksi', 'Kepala Lab', 'Head of laboratory'],
      },
      {
        kode: 'pembimbing-khusus',
        label: 'Pembimbing Khusus',
        labelEn: 'Special-needs support teacher',
        alias: ['Guru Pembimbing Khusus', 'GPK'],
      },
      { kode: 'wali-kelas', label: 'Wali Kelas', labelEn: 'Homeroom teacher', alias: ['Guru Wali Kelas'] },
      {
        kode: 'pembina-osis',
        label: 'Pembina OSIS',
        labelEn: 'Student council adviser',
        alias: ['Pembina Organisasi Siswa Intra Sekolah'],
      },
      {
        kode: 'pembina-ekstrakurikuler',
        label: 'Pembina Ekstrakurikuler',
        labelEn: 'Extracurricular adviser',
        alias: ['Pembina Ekskul'],
      },
      {
        kode: 'koordinator-pengembangan-kompetensi',
        label: 'Koordinator Pengembangan Kompetensi',
        labelEn: 'Professional development coordinator',
        alias: ['Koordinator PKB'],
      },
      { kode: 'guru-piket', label: 'Guru Piket', labelEn: 'Teacher on duty', alias: [] },
    ],
    bebanKerja: null,
    dokumenAkuntabilitas: [
      {
        kode: 'K3',
        peran: 'guru',
        label: 'Kurikulum Operasional Satuan Pendidikan',
        labelEn: 'School operational curriculum',
      },
      { kode: 'K4', peran: 'guru', label: 'SK Tugas Tambahan', labelEn: 'Decree of additional duties' },
      { kode: 'K5', peran: 'guru', label: 'Kehadiran di Kelas', labelEn: 'Attendance in class' },
      {
        kode: 'K3',
        peran: 'kepala-sekolah',
        label: 'Kurikulum Operasional Satuan Pendidikan',
        labelEn: 'School operational curriculum',
      },
      { kode: 'K4', peran: 'kepala-sekolah', label: 'Perencanaan Program Sekolah', labelEn: 'School programme plan' },
      { kode: 'K5', peran: 'kepala-sekolah', label: 'Pelaporan Program Sekolah', labelEn: 'School programme report' },
      { kode: 'K6', peran: 'kepala-sekolah', label: 'Kehadiran di Sekolah', labelEn: 'Attendance at school' },
    ],
    jadwalRinci: [],
    cakupan: [],
    raporPendidikan: {
      kategori: [
        { kode: 'kurang', label: 'Kurang', labelEn: 'Low', alias: [] },
        { kode: 'sedang', label: 'Sedang', labelEn: 'Medium', alias: [] },
        { kode: 'baik', label: 'Baik', labelEn: 'Good', alias: [] },
      ],
      peta: [],
      jenisSatuanTanpaRapor: ['tk', 'paud'],
      peringkat: 'kategori-skor',
    },
    batasTeks: { bawaan: 500 },
    kebijakan: KEBIJAKAN_BAWAAN,
    sumber: {
      peran: seed(
        [SEED_PMM, SEED_WEBINAR, 'perdirjen-gtk-7607-2023'],
        'Kepala sekolah mengisi SKP sendiri sejak 15 Januari 2024; di PMM pengawas menilai KS (bawaan). Teks Perdirjen 7607 (sebagaimana direproduksi dokumen sekolah) menyebut kepala dinas yang menilai KS dengan pengawas sebagai tim kerja: pakai deriveKetentuan untuk mengikutinya.',
      ),
      statusKepegawaian: seed([SEED_PMM], 'Guru non-ASN dianjurkan, tidak diwajibkan.'),
      aspekBerakhlak: seed([SEED_SUBSTANSI, SEED_WEBINAR], 'Pertanyaan panduan dari "Apa Saja Aspek Perilaku Kerja".'),
      langkahSiklus: seed(
        [SEED_PMM, SEED_SUBSTANSI],
        'Langkah A–E berurutan; pembagian F dan G belum pasti: satu langkah penilaian. Label Ruang GTK sebagai alias (2025/2026): "Persiapan Observasi" untuk A (artikel rumah.pendidikan.go.id tentang tahapan, diceritakan ulang), "Pelaksanaan Observasi" untuk B (panduan pengisian Ruang GTK 2026, sumber sekunder).',
      ),
      nilaiObservasi: seed([SEED_PMM]),
      statusRencana: seed([SEED_PMM]),
      indikatorPraktikKinerja: seed(
        [SEED_PMM, SEED_SUBSTANSI],
        'Rapor Pendidikan D1 (guru) dan D3 (kepala sekolah); daftar dapat diubah.',
      ),
      katalogRhk: open(
        [SEED_SUBSTANSI, 'perdirjen-gtk-7607-2023'],
        'Hanya kegiatan yang disebut sumber kami; katalog lengkap ada di lampiran Perdirjen. Tambahkan lewat deriveKetentuan.',
      ),
      tugasTambahan: open(
        [SEED_WEBINAR],
        'Daftar contoh; tugas tambahan lain diterima dengan SK-nya. Nama dan ejaan mengikuti Permendikdasmen 11/2025 agar satu pengurai label membaca semua tahun (sebutan lama sebagai alias, mis. Wakil Kepala Sekolah); tanpa ekuivalensi jam pada 2024.',
      ),
      bebanKerja: open(
        [SEED_WEBINAR],
        'Tanpa aturan beban kerja dalam rencana 2024: tugas tambahan dicatat dengan SK, target kuantitas dan waktu, tanpa ekuivalensi jam (Permendikdasmen 11/2025 baru berlaku tahun ajaran 2025/2026).',
      ),
      dokumenAkuntabilitas: seed([SEED_SUBSTANSI], 'Tidak dinilai, tetapi tanpa dokumen predikat tidak ditampilkan.'),
      jadwalRinci: open([SEED_SUBSTANSI], 'Tanpa tenggat harian: hanya bulan-bulan linimasa (kalender).'),
      cakupan: seed(
        [SEED_PMM],
        'Cakupan: peran dalam daftar peran (guru dan kepala sekolah); tidak ada cakupan tambahan.',
      ),
      raporPendidikan: open(
        [SEED_PMM],
        'Indikator direkomendasikan dari capaian Rapor Pendidikan satuan pendidikan; tanpa capaian, dipilih bersama kepala sekolah (Panduan Teknis PMM, FAQ). Indikator guru dari dimensi D.1 dan kepala sekolah dari D.3 (Panduan Substansi; kolom raporPendidikan tiap indikator). Peta sub-indikator rapor ke indikator PMM tidak kami pegang: bawaan kosong (capaian per dimensi atau per kode indikator PMM); tambahkan sub-indikator lewat deriveKetentuan. Jenis satuan tanpa rapor: TK/PAUD (FAQ). Peringkat: kategori terlemah, lalu skor terendah, lalu urutan katalog (bawaan; dapat diganti).',
      ),
      batasTeks: seed([SEED_PMM], 'Penghitung 0/500 pada formulir.'),
      kebijakan: open(
        ['perbkn-3-2023', 'perbkn-11-2022'],
        'Kenaikan jenjang mensyaratkan predikat kinerja paling rendah Baik (PerBKN 3/2023; reg). Angka kredit sesudah kenaikan jenjang: nol, kelebihan tidak diperhitungkan (PerBKN 11/2022 Pasal 37 ayat (5) dan (7); reg; diulang untuk PerBKN 3/2023 oleh paparan BKN 2023); dalam satu jenjang angka kredit kumulatif, kelebihan untuk pangkat berikutnya diperhitungkan. Predikat tahunan disarankan dari predikat periodik terakhir; keterlambatan hanya ditandai; pembulatan tampilan 2 desimal half-up (contoh BKN), SIASN 3 desimal (mode belum pasti, bawaan half-up); atasan boleh mengembalikan rencana yang diajukan; reset rencana yang disepakati adalah peristiwa eksplisit.',
      ),
    },
  }))();
