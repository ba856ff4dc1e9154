import { describe, expect, it } from 'vitest';
import {
  ASPEK_BERAKHLAK,
  getGolongan,
  getJenjang,
  getPredikat,
  KETENTUAN_2024,
  KinerjaError,
  PREDIKAT,
  RATING,
} from '../../src';

// Every number and list below is copied from the regulations and guides as docs/sumber.md states them, not from the source code.
describe('KETENTUAN_2024 against its sources', () => {
  const k = KETENTUAN_2024;

  it('§5.4 koefisien tahunan per jenjang', () => {
    expect(Object.fromEntries(k.jenjang.map((j) => [j.kode, j.koefisienTahunan]))).toEqual({
      'ahli-pertama': '12.5',
      'ahli-muda': '25',
      'ahli-madya': '37.5',
      'ahli-utama': '50',
    });
  });

  it('§5.4 persentase per predikat', () => {
    expect(Object.fromEntries(k.predikat.map((p) => [p.kode, p.persentase]))).toEqual({
      'sangat-baik': 150,
      baik: 100,
      'butuh-perbaikan': 75,
      kurang: 50,
      'sangat-kurang': 25,
    });
  });

  it('§5.3 the nine cells of the predikat matrix', () => {
    const table: Record<string, [string, string, string]> = {
      // perilaku: di-bawah, sesuai, di-atas
      'di-atas-ekspektasi': ['kurang', 'baik', 'sangat-baik'],
      'sesuai-ekspektasi': ['kurang', 'baik', 'baik'],
      'di-bawah-ekspektasi': ['sangat-kurang', 'butuh-perbaikan', 'butuh-perbaikan'],
    };
    for (const [h, row] of Object.entries(table)) {
      const m = k.matriksPredikat[h as (typeof RATING)[number]];
      expect([m['di-bawah-ekspektasi'], m['sesuai-ekspektasi'], m['di-atas-ekspektasi']]).toEqual(row);
    }
  });

  it('§5.5 golongan, pangkat and AK thresholds', () => {
    const rows = k.golongan.map((g) => [g.kode, g.jenjang, g.pangkat, g.akKenaikanPangkat, g.akKenaikanJenjang]);
    expect(rows).toEqual([
      ['III/a', 'ahli-pertama', 'Penata Muda', '50', null],
      ['III/b', 'ahli-pertama', 'Penata Muda Tingkat I', '50', '100'],
      ['III/c', 'ahli-muda', 'Penata', '100', null],
      ['III/d', 'ahli-muda', 'Penata Tingkat I', '100', '200'],
      ['IV/a', 'ahli-madya', 'Pembina', '150', null],
      ['IV/b', 'ahli-madya', 'Pembina Tingkat I', '150', null],
      ['IV/c', 'ahli-madya', 'Pembina Utama Muda', '150', '450'],
      ['IV/d', 'ahli-utama', 'Pembina Utama Madya', '200', null],
      ['IV/e', 'ahli-utama', 'Pembina Utama', null, null],
    ]);
  });

  it('§3.2 points 32..128 per semester, required', () => {
    expect(k.poin).toEqual({ wajib: true, minimum: 32, maksimum: 128 });
  });

  it('§3.2 the RHK catalogue facts', () => {
    const poin = Object.fromEntries(k.katalogRhk.map((r) => [r.kode, [r.peran, r.poin, r.satuan]]));
    expect(poin).toEqual({
      'pelatihan-mandiri': ['peserta', 8, 'pelatihan'],
      'observasi-rekan-sejawat': ['partisipan', 8, 'observasi'],
      'penggerak-komunitas-belajar': ['kontributor', 36, '3 kegiatan'],
      'kontributor-program-prioritas': ['kontributor', 12, 'kegiatan (2–3 jam)'],
      'guru-pamong-ppg-prajabatan': ['kontributor', 12, 'kegiatan'],
      'pelatihan-jangka-pendek-menengah': ['peserta', 128, 'semester'],
      'menuntaskan-program-guru-penggerak': ['peserta', 128, 'semester'],
      // Pusat Informasi Guru "Tentang Poin di Pengembangan Kompetensi".
      'narasumber-berbagi-praktik-baik': ['kontributor', 8, 'kegiatan'],
      'peserta-berbagi-praktik-baik': ['peserta', 4, 'kegiatan'],
    });
    // Peer observation is 8, settled (Pusat Informasi Guru: the "(16 poin)" on one PMM screen is 8 × 2).
    const obs = k.katalogRhk.find((r) => r.kode === 'observasi-rekan-sejawat');
    expect(obs?.sumber.tingkat).toBe('seed');
  });

  it('§3.1 eight indicators for each role, in order', () => {
    const of = (peran: string) => k.indikatorPraktikKinerja.filter((i) => i.peran === peran).map((i) => i.kode);
    expect(of('guru')).toEqual([
      'keteraturan-suasana-kelas',
      'penerapan-disiplin-positif',
      'umpan-balik-konstruktif',
      'perhatian-dan-kepedulian',
      'ekspektasi-pada-peserta-didik',
      'aktivitas-interaktif',
      'instruksi-yang-adaptif',
      'instruksi-pembelajaran',
    ]);
    expect(of('kepala-sekolah')).toEqual([
      'memandu-perencanaan-pembelajaran',
      'aktivasi-kegiatan-komunitas-belajar',
      'komunikasi-visi-misi',
      'siklus-peningkatan-kualitas-praktik-pembelajaran',
      'presentasi-program-sekolah',
      'menceritakan-praktik-baik-kepemimpinan',
      'refleksi-pengelolaan-kurikulum',
      'refleksi-program-pengembangan-kompetensi-guru',
    ]);
  });

  it('§3.1 the seed fokus perilaku of keteraturan-suasana-kelas', () => {
    const ind = k.indikatorPraktikKinerja[0];
    expect(ind?.fokusPerilaku.map((f) => f.teks)).toEqual([
      'Guru melakukan komunikasi positif untuk membangun suasana kelas yang kondusif',
      'Guru melakukan strategi pengelompokkan untuk mengaktifkan keterlibatan peserta didik',
      'Guru membuat dan mengingatkan aturan/kesepakatan kelas',
    ]);
    expect(ind?.sumber.tingkat).toBe('seed');
  });

  it('§3.4 the seven BERAKHLAK aspects with guiding questions', () => {
    expect(k.aspekBerakhlak.map((a) => a.kode)).toEqual([...ASPEK_BERAKHLAK]);
    for (const a of k.aspekBerakhlak) expect(a.pertanyaanPanduan.length).toBeGreaterThanOrEqual(3);
  });

  it('§3.5 dokumen akuntabilitas per role', () => {
    const of = (peran: string) =>
      k.dokumenAkuntabilitas.filter((d) => d.peran === peran).map((d) => `${d.kode} ${d.label}`);
    expect(of('guru')).toEqual([
      'K3 Kurikulum Operasional Satuan Pendidikan',
      'K4 SK Tugas Tambahan',
      'K5 Kehadiran di Kelas',
    ]);
    expect(of('kepala-sekolah')).toEqual([
      'K3 Kurikulum Operasional Satuan Pendidikan',
      'K4 Perencanaan Program Sekolah',
      'K5 Pelaporan Program Sekolah',
      'K6 Kehadiran di Sekolah',
    ]);
  });

  it('§2 two semesters and the linimasa months', () => {
    expect(k.periode.rentangBulan).toEqual([
      [1, 6],
      [7, 12],
    ]);
    expect(k.kalender.map((t) => [t.tahap, t.bulanMulai, t.bulanAkhir])).toEqual([
      ['perencanaan', 1, 1],
      ['diskusi-persiapan', 2, 2],
      ['observasi-kinerja', 3, 3],
      ['diskusi-tindak-lanjut', 3, 3],
      ['upaya-tindak-lanjut', 4, 5],
      ['refleksi-tindak-lanjut', 6, 6],
      ['penilaian', 6, 6],
    ]);
    expect(k.kebijakan.keterlambatan).toBe('tandai');
  });

  it('§1 pejabat penilai per role and §4 text limit', () => {
    expect(k.peran.map((p) => [p.kode, p.pegawai, p.pejabatPenilai])).toEqual([
      ['guru', true, 'kepala-sekolah'],
      ['kepala-sekolah', true, 'pengawas-sekolah'],
      ['pengawas-sekolah', false, null],
      ['kepala-dinas', false, null],
    ]);
    expect(k.batasTeks.bawaan).toBe(500);
  });

  it('§5.4 rounding policies: display 2 decimals half-up, SIASN 3 decimals', () => {
    expect(k.kebijakan.pembulatanTampilan).toEqual({ desimal: 2, mode: 'half-up' });
    expect(k.kebijakan.pembulatanSiasn.desimal).toBe(3);
  });

  it('cites a source for every part, and is deeply frozen', () => {
    const ids = new Set(k.dokumen.map((d) => d.id));
    for (const s of Object.values(k.sumber)) for (const a of s.acuan) expect(ids.has(a)).toBe(true);
    expect(Object.isFrozen(k)).toBe(true);
    expect(Object.isFrozen(k.matriksPredikat['sesuai-ekspektasi'])).toBe(true);
    expect(Object.isFrozen(k.katalogRhk[0]?.untuk)).toBe(true);
  });
});

describe('lookups by code', () => {
  it('finds entries and throws a coded error for unknown codes', () => {
    expect(getJenjang('ahli-madya').koefisienTahunan).toBe('37.5');
    expect(getPredikat('kurang').label).toBe('Kurang/Misconduct');
    expect(getGolongan('IV/e').akKenaikanPangkat).toBeNull();
    for (const bad of ['ahli-super', '', 7, null]) {
      expect(() => getJenjang(bad as never)).toThrowError(KinerjaError);
      expect(() => getJenjang(bad as never)).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
    }
    expect(PREDIKAT.every((p) => getPredikat(p).kode === p)).toBe(true);
  });
});
