import { startAlurRencana, startSiklus, transitionRencana, unwrap, type AlurRencana, type Siklus } from '../../src';
import { rencanaSeed, T0 } from '../perencanaan/fixtures';

export const PEGAWAI = { peran: 'pegawai' as const, nama: 'Cak Buhrik Ohearwaei' };
export const ATASAN = { peran: 'atasan' as const, nama: 'Kepala SDN Contoh 1' };

export function alurDisepakati(): AlurRencana {
  let alur = startAlurRencana(rencanaSeed(), { oleh: PEGAWAI, pada: T0 });
  for (const e of [
    { jenis: 'ajukan', oleh: PEGAWAI, pada: '2024-01-10T08:00:00+07:00' },
    { jenis: 'setujui', oleh: ATASAN, pada: '2024-01-12T08:00:00+07:00', penyesuaian: [] },
    { jenis: 'sepakati', oleh: PEGAWAI, pada: '2024-01-13T08:00:00+07:00' },
  ])
    alur = unwrap(transitionRencana(alur, e));
  return alur;
}

export const siklusBaru = (): Siklus =>
  unwrap(startSiklus(alurDisepakati(), { oleh: PEGAWAI, pada: '2024-02-01T08:00:00+07:00' }));

/** The data of each step from the Panduan Teknis PMM (observasi 1 Maret 2024, SD kelas 2, Matematika). */
export const DATA = {
  'diskusi-persiapan': {
    targetPerilaku: [
      { fokus: 'komunikasi-positif', upayaMempelajari: 'Mempelajari buku kuliah' },
      { fokus: 'strategi-pengelompokan', upayaMempelajari: 'Mempelajari buku kuliah' },
      { fokus: 'aturan-kesepakatan-kelas', upayaMempelajari: 'Berdiskusi dengan rekan sejawat' },
    ],
    jadwalObservasi: {
      tanggal: '2024-03-01',
      jenjang: 'SD',
      kelas: '2',
      mataPelajaran: 'Matematika',
      catatan: 'Persiapkan dengan matang dan semangat!',
    },
    dokumen: [{ nama: 'Modul ajar Matematika kelas 2', jenis: 'modul-ajar' }],
  },
  'observasi-kinerja': {
    mode: 'langsung',
    tanggal: '2024-03-01',
    nilai: [
      { fokus: 'komunikasi-positif', nilai: 'dilakukan-efektif', catatan: 'Guru melakukan komunikasi positif.' },
      { fokus: 'strategi-pengelompokan', nilai: 'belum-dilakukan', catatan: 'Guru belum melakukan strategi.' },
      {
        fokus: 'aturan-kesepakatan-kelas',
        nilai: 'dilakukan-belum-efektif',
        catatan: 'Guru membuat aturan, belum mengingatkan.',
      },
    ],
    rekomendasi: 'Mempelajari strategi pengelompokkan.',
  },
  'diskusi-tindak-lanjut': {
    tantangan: 'Peserta didik belum terbiasa bekerja dalam kelompok.',
    tindakLanjut: [
      {
        id: 'tl-1',
        tujuan: ['Strategi pengelompokkan yang efektif.'],
        materi: 'Pengelolaan kelas',
        periode: { mulai: '2024-04-01', selesai: '2024-05-31' },
        dukungan: 'Pendampingan kepala sekolah',
      },
    ],
    pembelajaranLain: [],
  },
  'upaya-tindak-lanjut': { buktiDukung: { 'rhk-1': 'sudah-dikumpulkan', 'rhk-2': 'sudah-dikumpulkan' } },
  'refleksi-tindak-lanjut': {
    refleksi: [
      {
        tindakLanjutId: 'tl-1',
        inspirasi: 'Pengelompokan heterogen membuat diskusi lebih hidup.',
        perubahanPraktik: 'Peserta didik bekerja dalam kelompok empat orang setiap pekan.',
        tantangan: ['Waktu terbatas', 'Kelas ramai', 'Pembagian peran'],
        rencanaPerbaikan: 'Memakai kartu peran kelompok.',
      },
    ],
  },
} as const;

export const LANGKAH_ISIAN = [
  'diskusi-persiapan',
  'observasi-kinerja',
  'diskusi-tindak-lanjut',
  'upaya-tindak-lanjut',
  'refleksi-tindak-lanjut',
] as const;
export const PELAKU = {
  'diskusi-persiapan': PEGAWAI,
  'observasi-kinerja': ATASAN,
  'diskusi-tindak-lanjut': PEGAWAI,
  'upaya-tindak-lanjut': PEGAWAI,
  'refleksi-tindak-lanjut': PEGAWAI,
} as const;
/** One date per step, within its month. */
export const PADA = {
  'diskusi-persiapan': '2024-02-20',
  'observasi-kinerja': '2024-03-01',
  'diskusi-tindak-lanjut': '2024-03-15',
  'upaya-tindak-lanjut': '2024-05-20',
  'refleksi-tindak-lanjut': '2024-06-10',
} as const;
