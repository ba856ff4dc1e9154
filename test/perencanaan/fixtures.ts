import {
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  setPerilaku,
  type Pegawai,
  type RencanaKinerja,
} from '../../src';

/** The teacher of the Panduan Teknis PMM (December 2023), on an SD, with an illustrative NIP. */
export const GURU: Pegawai = {
  nama: 'Cak Buhrik Ohearwaei',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-pertama',
  golongan: 'III/b',
  nip: '199001012015031001',
  satuanPendidikan: 'SD Negeri Contoh 1',
};

/** Fokus perilaku per BERAKHLAK aspect; two are the Panduan Substansi's examples. */
export const FOKUS: Record<(typeof ASPEK_BERAKHLAK)[number], string> = {
  'berorientasi-pelayanan': 'Mengidentifikasi kebutuhan peserta didik secara proaktif',
  akuntabel: 'Melaksanakan tugas dengan jujur dan disiplin',
  kompeten: 'Meningkatkan kompetensi melalui pelatihan mandiri',
  harmonis: 'Membangun lingkungan kerja yang kondusif',
  loyal: 'Menjaga nama baik satuan pendidikan',
  adaptif: 'Berinovasi dalam pembelajaran',
  kolaboratif: 'Mengoptimalkan sumber daya satuan pendidikan untuk mendukung pencapaian kinerja satuan pendidikan',
};

/** The seeds' own plan: pelatihan mandiri × 2 + observasi bersama rekan sejawat × 2 = 32 points. */
export function rencanaSeed(): RencanaKinerja {
  let r = createRencana({
    pegawai: GURU,
    periode: { tahun: 2024, ke: 1 },
    pejabatPenilai: { nama: 'Kepala SDN Contoh 1', peran: 'kepala-sekolah' },
  });
  r = chooseIndikator(r, 'keteraturan-suasana-kelas');
  r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
  r = addRhk(r, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 });
  for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, FOKUS[a]);
  return r;
}

export const T0 = '2024-01-05T08:00:00+07:00';
export const at = (day: number, hour = 8) =>
  `2024-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+07:00`;
