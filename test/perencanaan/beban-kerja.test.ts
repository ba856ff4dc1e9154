import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addTugasTambahan,
  ASPEK_BERAKHLAK,
  bebanKerjaGuru,
  chooseIndikator,
  createRencana,
  KETENTUAN_2024,
  KETENTUAN_2025,
  KETENTUAN_2026,
  parseKode,
  setPerilaku,
  unwrap,
  validateRencana,
  type Pegawai,
  type RencanaKinerja,
} from '../../src';

// #27 item 6, Permendikdasmen 11/2025 (Pemenuhan Beban Kerja Guru), as retold:
// - Pasal 10, tugas tambahan melekat 12 JP a week: slidepub.com "Implementasi Permendikdasmen Nomor 11 Tahun 2025",
//   www.masri.id/2025/07/memahami-tugas-tambahan-guru-panduan.html, dilangitkata.blogspot.com/2025/07/tugas-tambahan-guru-dalam.html;
//   pembimbing khusus 6 JP (masri.id, dilangitkata.blogspot.com).
// - Pasal 11 and its Lampiran, the other duties: www.smpn4kra.sch.id/2025/07/rincian-ekuivalensi-tugas-tambahan-lain.html
//   (wali kelas, pembina OSIS, pembina ekstrakurikuler, koordinator pengembangan kompetensi 2 JP; guru piket 1 JP),
//   together at most 6 JP; 37.5 hours a week and at least 24 JP of tatap muka.
const GURU: Pegawai = {
  nama: 'Siti Aminah',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-muda',
  golongan: 'III/c',
  satuanPendidikan: 'SMKN 1 Contoh',
};
const LAIN = KETENTUAN_2026.tugasTambahan.filter((t) => t.kelompok === 'lain').map((t) => t.kode);
const MELEKAT = KETENTUAN_2026.tugasTambahan.filter((t) => t.kelompok === 'melekat').map((t) => t.kode);
const jp = (kode: string) => KETENTUAN_2026.tugasTambahan.find((t) => t.kode === kode)?.jamTatapMuka;

function rencanaDengan(jenis: readonly string[], tahun = 2026): RencanaKinerja {
  let r = createRencana({ pegawai: GURU, periode: { tahun, ke: 1 } });
  r = chooseIndikator(r, 'keteraturan-suasana-kelas');
  for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, `Fokus ${a}`);
  for (const j of jenis)
    r = addTugasTambahan(r, {
      jenis: j,
      uraian: j,
      sk: { nomor: `800/${j}`, tanggal: `${tahun}-01-05` },
      kuantitas: 1,
      satuan: 'tugas',
      targetWaktuBulan: 12,
    });
  return r;
}

describe('tugas tambahan and beban kerja (Permendikdasmen 11/2025, rule sets 2025 and 2026)', () => {
  it('catalogues the melekat duties at 12 JP (pembimbing khusus 6) and the others at 1–2 JP, in 2025 and 2026 alike', () => {
    expect(KETENTUAN_2026.tugasTambahan.map((t) => [t.kode, t.kelompok, t.jamTatapMuka])).toEqual([
      ['wakil-kepala-sekolah', 'melekat', 12],
      ['ketua-program-keahlian', 'melekat', 12],
      ['kepala-perpustakaan', 'melekat', 12],
      ['kepala-laboratorium', 'melekat', 12],
      ['pembimbing-khusus', 'melekat', 6],
      ['wali-kelas', 'lain', 2],
      ['pembina-osis', 'lain', 2],
      ['pembina-ekstrakurikuler', 'lain', 2],
      ['koordinator-pengembangan-kompetensi', 'lain', 2],
      ['guru-piket', 'lain', 1],
    ]);
    expect(KETENTUAN_2026.bebanKerja).toEqual({
      jamKerjaPerMinggu: '37.5',
      jamTatapMukaMinimum: 24,
      jamTugasLainMaksimum: 6,
    });
    expect(KETENTUAN_2025.tugasTambahan).toEqual(KETENTUAN_2026.tugasTambahan);
    expect(KETENTUAN_2025.sumber.tugasTambahan.acuan).toEqual(['permendikdasmen-11-2025']);
  });

  it('keeps 2024 its own: the same kinds and spellings, no equivalence, no workload rule', () => {
    expect(KETENTUAN_2024.bebanKerja).toBeNull();
    expect(KETENTUAN_2024.tugasTambahan.every((t) => t.kelompok === undefined && t.jamTatapMuka === undefined)).toBe(
      true,
    );
    expect(bebanKerjaGuru({ jamTatapMuka: 24, tugasTambahan: [] }, { ketentuan: KETENTUAN_2024 })).toMatchObject({
      success: false,
      issues: [{ code: 'beban-kerja-tidak-diatur' }],
    });
    // One label parser for every year: the old names stay as aliases.
    expect(parseKode('tugasTambahan', 'Wakil Kepala Sekolah')).toBe('wakil-kepala-sekolah');
    expect(parseKode('tugasTambahan', 'Kepala Bengkel')).toBe('kepala-laboratorium');
    expect(parseKode('tugasTambahan', 'Koordinator PKB')).toBe('koordinator-pengembangan-kompetensi');
  });

  it('counts teaching JP, the melekat duties and the other duties up to 6 JP against the 24 JP minimum', () => {
    // A wakil kepala sekolah teaching 12 JP and wali kelas: 12 + 12 + 2 = 26.
    expect(
      unwrap(
        bebanKerjaGuru(
          { jamTatapMuka: 12, tugasTambahan: ['wakil-kepala-sekolah', 'wali-kelas'] },
          { ketentuan: KETENTUAN_2026 },
        ),
      ),
    ).toEqual({
      jamTatapMuka: 12,
      jamTugasMelekat: 12,
      jamTugasLain: 2,
      jamTugasLainDiakui: 2,
      jumlah: 26,
      minimum: 24,
      kekurangan: 0,
      memenuhi: true,
      tanpaEkuivalensi: [],
    });
    // Four other duties = 7 JP, of which 6 count: 16 + 6 = 22, 2 short.
    const r = unwrap(
      bebanKerjaGuru(
        { jamTatapMuka: 16, tugasTambahan: ['wali-kelas', 'pembina-osis', 'pembina-ekstrakurikuler', 'guru-piket'] },
        { ketentuan: KETENTUAN_2026 },
      ),
    );
    expect([r.jamTugasLain, r.jamTugasLainDiakui, r.jumlah, r.kekurangan, r.memenuhi]).toEqual([7, 6, 22, 2, false]);
    // A plan's entries are read too; a kind without an equivalence is named, not counted.
    const rencana = rencanaDengan(['wali-kelas', 'satgas-anti-kekerasan']);
    expect(
      unwrap(bebanKerjaGuru({ jamTatapMuka: 22, tugasTambahan: rencana.tugasTambahan }, { ketentuan: KETENTUAN_2026 })),
    ).toMatchObject({ jumlah: 24, memenuhi: true, tanpaEkuivalensi: ['satgas-anti-kekerasan'] });
  });

  it('refuses bad input with coded issues and a missing rule set by name', () => {
    expect(bebanKerjaGuru({ jamTatapMuka: -1, tugasTambahan: [''] }, { ketentuan: KETENTUAN_2026 })).toMatchObject({
      success: false,
      issues: [
        { code: 'jam-tatap-muka-tidak-valid', path: ['jamTatapMuka'] },
        { code: 'jenis-tidak-valid', path: ['tugasTambahan', 0] },
      ],
    });
    expect(bebanKerjaGuru({ jamTatapMuka: 24, tugasTambahan: [] }, {} as never)).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
  });

  test.prop([fc.nat({ max: 40 }), fc.array(fc.constantFrom(...LAIN, ...MELEKAT, 'lainnya'), { maxLength: 8 })])(
    'the total is teaching + melekat + min(lain, 6), each part the sum of its catalogue JP',
    (jam, jenis) => {
      const b = unwrap(bebanKerjaGuru({ jamTatapMuka: jam, tugasTambahan: jenis }, { ketentuan: KETENTUAN_2026 }));
      const sum = (ks: readonly string[]) => jenis.filter((j) => ks.includes(j)).reduce((a, j) => a + (jp(j) ?? 0), 0);
      expect(b.jamTugasMelekat).toBe(sum(MELEKAT));
      expect(b.jamTugasLain).toBe(sum(LAIN));
      expect(b.jamTugasLainDiakui).toBe(Math.min(sum(LAIN), 6));
      expect(b.jumlah).toBe(jam + b.jamTugasMelekat + b.jamTugasLainDiakui);
      expect(b.memenuhi).toBe(b.jumlah >= 24);
      expect(b.kekurangan).toBe(Math.max(0, 24 - b.jumlah));
      expect(b.tanpaEkuivalensi).toEqual(jenis.filter((j) => j === 'lainnya'));
    },
  );

  it('validateRencana refuses other duties above 6 JP in 2025/2026, not in 2024', () => {
    const banyak = ['wali-kelas', 'pembina-osis', 'pembina-ekstrakurikuler', 'guru-piket'];
    expect(validateRencana(rencanaDengan(banyak))).toMatchObject({
      success: false,
      issues: [
        { code: 'tugas-tambahan-lain-melebihi-batas', path: ['tugasTambahan'], params: { jam: 7, maksimum: 6 } },
      ],
    });
    expect(validateRencana(rencanaDengan(['wali-kelas', 'pembina-osis', 'pembina-ekstrakurikuler']))).toMatchObject({
      success: true,
    });
    expect(validateRencana(rencanaDengan(['wakil-kepala-sekolah', 'kepala-perpustakaan', 'wali-kelas']))).toMatchObject(
      { success: true },
    ); // melekat duties are not capped here
    const r2024 = validateRencana(rencanaDengan(banyak, 2024), { mode: 'draf' });
    expect(!r2024.success && r2024.issues.map((i) => i.code)).not.toContain('tugas-tambahan-lain-melebihi-batas');
    expect(r2024.success).toBe(false); // only for the 12-month target in a 6-month semester
  });

  test.prop([fc.array(fc.constantFrom(...LAIN, ...MELEKAT), { maxLength: 8 })])(
    'a plan is refused for its other duties exactly when they exceed 6 JP',
    (jenis) => {
      const lain = jenis.reduce((a, j) => a + (LAIN.includes(j) ? (jp(j) ?? 0) : 0), 0);
      const r = validateRencana(rencanaDengan(jenis));
      expect(!r.success && r.issues.some((i) => i.code === 'tugas-tambahan-lain-melebihi-batas')).toBe(lain > 6);
    },
  );
});
