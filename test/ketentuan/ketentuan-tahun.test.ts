import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  type AspekBerakhlak,
  parseKode,
  suggestRatingHasilKerja,
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createRencana,
  deriveKetentuan,
  getKetentuan,
  jadwalSiklus,
  KETENTUAN_2024,
  KETENTUAN_2025,
  KETENTUAN_2026,
  ketentuanUntuk,
  KinerjaError,
  penilaianPeriode,
  SEMUA_KETENTUAN,
  setPerilaku,
  suggestPredikatTahunan,
  rangkumanRencana,
  unwrap,
  validateKetentuan,
  validateKetentuanKonversi,
  validatePeriode,
  validateRencana as validateRencanaDefault,
  type Pegawai,
  type Periode,
} from '../../src';

const GURU: Pegawai = {
  nama: 'Cak Buhrik Ohearwaei',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-pertama',
  golongan: 'III/a',
  satuanPendidikan: 'SD Negeri Contoh 1',
};

/** The same teacher's plan, with 16 points only, for a period. */
function rencana16(periode: Periode) {
  let r = createRencana({ pegawai: GURU, periode });
  r = chooseIndikator(r, 'keteraturan-suasana-kelas');
  r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 2 });
  for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, `Fokus ${a}`);
  return r;
}

describe('rule sets by period (docs/ketentuan.md)', () => {
  it('every built-in rule set passes rule-set validation and cites its sources', () => {
    for (const k of SEMUA_KETENTUAN) {
      const r = k.lingkup === 'konversi' ? validateKetentuanKonversi(k) : validateKetentuan(k);
      expect(r.success, k.id).toBe(true);
    }
    expect(SEMUA_KETENTUAN.map((k) => [k.id, k.berlakuMulai, k.periode.jenis, k.poin === null])).toEqual([
      ['2023', '2023-01-01', 'tahunan', false], // Konversi only, no points part at all (undefined)
      ['2024', '2024-01-01', 'semester', false],
      ['2025', '2025-01-01', 'tahunan', true], // Kepdirjen GTK 4242/2024: not point-based from January 2025
      ['2026', '2026-01-01', 'tahunan', true],
    ]);
  });

  it('validates the same teacher under 2024 (points required) and 2026 (no points) differently', () => {
    const r2024 = rencana16({ tahun: 2024, ke: 1 });
    const r2026 = rencana16({ tahun: 2026, ke: 1 });
    expect(r2024.ketentuan).toBe('2024');
    expect(r2026.ketentuan).toBe('2026');
    const v2024 = validateRencanaCodes(r2024);
    expect(v2024).toEqual(['poin-kurang']);
    expect(validateRencanaCodes(r2026)).toEqual([]);
    expect(rangkumanRencana(r2026).statusPoin).toBe('tidak-diwajibkan');
    // A 2024 plan still validates under 2024 rules now that the 2026 set exists.
    expect(validateRencanaCodes(addRhk(r2024, { kegiatan: 'observasi-rekan-sejawat', kuantitas: 2 }))).toEqual([]);
    // 2025: the bounds stay as guidance, not required.
    expect(validateRencanaCodes(rencana16({ tahun: 2025, ke: 1 }))).toEqual([]);
  });

  it('gives a 2026 cycle one period, January to December, with pra-perencanaan before it', () => {
    const j = jadwalSiklus({ tahun: 2026, ke: 1 });
    expect(j[0]).toEqual({ tahap: 'perencanaan', mulai: '2026-01-01', selesai: '2026-01-31' });
    // News of the 2025 cycle: the 2025 penilaian stage opened on 13 November 2025; the annual calendar matches it (guidance).
    expect(j[j.length - 1]).toEqual({ tahap: 'penilaian', mulai: '2026-11-01', selesai: '2026-12-31' });
    expect(() => ketentuanUntuk({ tahun: 2026, ke: 2 })).toThrowError(KinerjaError);
    expect(validatePeriode({ tahun: 2026, ke: 2 }).success).toBe(false);
    expect(validatePeriode({ tahun: 2024, ke: 2 }).success).toBe(true);
    expect(KETENTUAN_2026.tahapSebelumPerencanaan.map((t) => t.kode)).toEqual(['pra-perencanaan']);
    expect(KETENTUAN_2025.tahapSebelumPerencanaan.map((t) => t.kode)).toEqual(['pemutakhiran-data']);
    expect(KETENTUAN_2024.tahapSebelumPerencanaan).toEqual([]);
  });

  it('varies roles, penilai and the evidence rule by data', () => {
    const penilai = (k: typeof KETENTUAN_2024) =>
      Object.fromEntries(k.peran.map((p) => [p.kode, [p.pegawai, p.pejabatPenilai, p.timKinerja]]));
    expect(penilai(KETENTUAN_2024)['kepala-sekolah']).toEqual([true, 'pengawas-sekolah', null]);
    expect(penilai(KETENTUAN_2025)['pengawas-sekolah']).toEqual([true, 'kepala-dinas', null]);
    expect(penilai(KETENTUAN_2026)['kepala-sekolah']).toEqual([true, 'kepala-dinas', 'pengawas-sekolah']);
    expect([
      KETENTUAN_2024.kebijakan.buktiDukung,
      KETENTUAN_2026.kebijakan.buktiDukung,
      KETENTUAN_2026.kebijakan.buktiDokumen,
    ]).toEqual(['unggah', 'konfirmasi', 'konfirmasi']);
    // The matrix and the angka kredit hold in all three.
    for (const k of SEMUA_KETENTUAN) {
      expect(k.matriksPredikat).toEqual(KETENTUAN_2024.matriksPredikat);
      expect(k.jenjang).toEqual(KETENTUAN_2024.jenjang);
      expect(k.predikat).toEqual(KETENTUAN_2024.predikat);
    }
    // So do the figures the PAK functions read when no rule set is given (createPakKonversi / Akumulasi / Penetapan,
    // angkaKreditIntegrasi default to the built-in one because of this): a rule set that changes them must end the default.
    const pak = (k: (typeof SEMUA_KETENTUAN)[number]) => [
      k.golongan,
      k.akDasar,
      k.integrasiAk,
      k.kebijakan.predikatMinimalKenaikanJenjang,
      k.kebijakan.sisaAkDiperhitungkan,
      k.kebijakan.akSetelahKenaikanJenjang,
    ];
    for (const k of SEMUA_KETENTUAN) expect(pak(k)).toEqual(pak(KETENTUAN_2024));
  });

  it('computes a 2026 AK for the whole year and rates without points', () => {
    let r = rencana16({ tahun: 2026, ke: 1 });
    for (const d of ['K3', 'K4', 'K5']) r = { ...r, dokumenAkuntabilitas: { ...r.dokumenAkuntabilitas, [d]: true } };
    const aspek = {
      'upaya-refleksi': 'di-atas-ekspektasi',
      'upaya-mempelajari': 'di-atas-ekspektasi',
      'perubahan-praktik': 'di-atas-ekspektasi',
    } as const;
    const h = unwrap(
      penilaianPeriode({
        rencana: r,
        hasilKerja: { aspek, rating: 'di-atas-ekspektasi' },
        perilakuKerja: {
          aspek: Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, 'sesuai-ekspektasi'])) as Record<
            AspekBerakhlak,
            'sesuai-ekspektasi'
          >,
          rating: 'sesuai-ekspektasi',
        },
      }),
    );
    expect(h.hasilKerja?.poin).toBeNull();
    expect(h.hasilKerja?.saran).toBe('di-atas-ekspektasi');
    expect(h.angkaKredit).toMatchObject({ ketentuan: '2026', bulanMulai: 1, bulanAkhir: 12, angkaKredit: '12.5' });
  });

  it('suggests the annual predikat from periodic ones by policy', () => {
    expect(suggestPredikatTahunan(['sangat-baik', 'baik'], { ketentuan: KETENTUAN_2024 })).toBe('baik');
    expect(suggestPredikatTahunan(['baik', 'sangat-baik'], { ketentuan: KETENTUAN_2024 })).toBe('sangat-baik');
    const terendah = unwrap(
      deriveKetentuan(KETENTUAN_2024, { kebijakan: { ...KETENTUAN_2024.kebijakan, predikatTahunan: 'terendah' } }),
    );
    expect(suggestPredikatTahunan(['kurang', 'sangat-baik'], { ketentuan: terendah })).toBe('kurang');
    expect(() => suggestPredikatTahunan([], { ketentuan: KETENTUAN_2024 })).toThrowError(
      expect.objectContaining({ code: 'argumen-tidak-valid' }),
    );
  });

  it('looks rule sets up by id and refuses dates before 2023 (2023 is the first konversi year)', () => {
    expect(getKetentuan('2025')).toBe(KETENTUAN_2025);
    expect(getKetentuan('2023').lingkup).toBe('konversi');
    expect(() => getKetentuan('2022')).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
    expect(ketentuanUntuk('2023-12-31').id).toBe('2023');
    expect(() => ketentuanUntuk('2022-12-31')).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    expect(() => ketentuanUntuk('kemarin')).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
  });

  test.prop([
    fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
  ])('picking by date is total from 2024-01 on, and picks the latest set in force', (d) => {
    const tanggal = d.toISOString().slice(0, 10);
    const k = ketentuanUntuk(tanggal);
    expect(k.berlakuMulai <= tanggal).toBe(true);
    expect(SEMUA_KETENTUAN.filter((x) => x.berlakuMulai <= tanggal && x.berlakuMulai > k.berlakuMulai)).toEqual([]);
    expect(k.id).toBe(tanggal < '2025-01-01' ? '2024' : tanggal < '2026-01-01' ? '2025' : '2026');
    expect(ketentuanUntuk(tanggal.slice(0, 7)).id).toBe(k.id);
  });
});

function validateRencanaCodes(r: unknown): string[] {
  const v = validateRencanaDefault(r);
  return v.success ? [] : v.issues.map((i) => i.code);
}

describe('the rules in force, corrected (docs/sumber.md#aturan-per-tahun)', () => {
  it('§8.1 2025 is not point-based: no bounds, no point hint, any number of RHK (Dirjen GTK, retold Dec 2024)', () => {
    const k = ketentuanUntuk({ tahun: 2025, ke: 1 });
    expect(k.poin).toBeNull();
    expect(k.kebijakan.saranHasilKerja.poinMinimumDiAtas).toBeNull();
    const aspek = {
      'upaya-refleksi': 'di-atas-ekspektasi',
      'upaya-mempelajari': 'di-atas-ekspektasi',
      'perubahan-praktik': 'di-atas-ekspektasi',
    } as const;
    expect(suggestRatingHasilKerja(aspek, { ketentuan: k, poin: 0 })).toBe('di-atas-ekspektasi');
    expect(suggestRatingHasilKerja(aspek, { ketentuan: KETENTUAN_2024, poin: 0 })).toBe('sesuai-ekspektasi');
    const tanpaRhk = { ...rencana16({ tahun: 2025, ke: 1 }), rhk: [] };
    expect(validateRencanaCodes(tanpaRhk)).toEqual([]);
  });
  it('§8.1 no uploads from 2025: evidence and dokumen akuntabilitas are confirmed by the atasan', () => {
    for (const k of [KETENTUAN_2025, KETENTUAN_2026])
      expect([k.kebijakan.buktiDokumen, k.kebijakan.buktiDukung]).toEqual(['konfirmasi', 'konfirmasi']);
    expect(KETENTUAN_2024.kebijakan.buktiDukung).toBe('unggah');
  });
  it("§8.1 the kepala sekolah's pejabat penilai is the kepala dinas from 2025, the pengawas as tim kinerja (4242, retold); 2024 keeps PMM's practice", () => {
    const ks = (k: typeof KETENTUAN_2024) => k.peran.find((p) => p.kode === 'kepala-sekolah');
    expect(ks(KETENTUAN_2025)).toMatchObject({ pejabatPenilai: 'kepala-dinas', timKinerja: 'pengawas-sekolah' });
    expect(ks(KETENTUAN_2026)).toMatchObject({ pejabatPenilai: 'kepala-dinas', timKinerja: 'pengawas-sekolah' });
    expect(ks(KETENTUAN_2024)).toMatchObject({ pejabatPenilai: 'pengawas-sekolah' });
    expect(KETENTUAN_2024.sumber.peran.catatan).toContain('Perdirjen 7607');
  });
  it('§8.1 Ruang GTK labels parse: "Persiapan Observasi" is step A', () => {
    expect(parseKode('langkahSiklus', 'Persiapan Observasi')).toBe('diskusi-persiapan');
    expect(parseKode('langkahSiklus', 'persiapan observasi', { ketentuan: KETENTUAN_2025 })).toBe('diskusi-persiapan');
  });
  it('§8.3 peer observation is 8 points, settled (no longer open)', () => {
    const r = KETENTUAN_2024.katalogRhk.find((x) => x.kode === 'observasi-rekan-sejawat');
    expect(r).toMatchObject({ poin: 8, sumber: { tingkat: 'seed' } });
  });
});

// Who Kepmendikdasmen 271/O/2025 covers (surofarhan.blogspot.com/2025/12/pemerintah-terbitkan-pedoman-baru.html;
// setapakrainumbei.blogspot.com/2026/01/resmi-berlaku-kepmendikdasmen-2712025.html) and who rates an ASN guru in a
// private school (www.kurikulum-merdeka.id/?p=4089: the kepala dinas; another retelling: kepala sekolah and pengawas).
describe('2026 scope and the rater of ASN guru in private schools (policy)', () => {
  it('lists the covered people and schools beyond the rule set roles, with its source', () => {
    expect(KETENTUAN_2026.cakupan.map((c) => c.kode)).toEqual([
      'guru-asn-sekolah-swasta',
      'guru-pendidikan-khusus',
      'sekolah-indonesia-luar-negeri',
      'pamong-belajar',
      'penilik',
      'kepala-satuan-pendidikan-nonformal',
    ]);
    expect(KETENTUAN_2026.sumber.cakupan.catatan).toContain('SILN');
    expect(KETENTUAN_2024.cakupan).toEqual([]);
    expect(KETENTUAN_2025.cakupan).toEqual([]);
  });
  it('defaults the rater of an ASN guru in a private school to the kepala dinas in 2026, the other answer a derived policy', () => {
    expect(KETENTUAN_2026.kebijakan.pejabatPenilaiGuruSwasta).toBe('kepala-dinas');
    expect([
      KETENTUAN_2024.kebijakan.pejabatPenilaiGuruSwasta,
      KETENTUAN_2025.kebijakan.pejabatPenilaiGuruSwasta,
    ]).toEqual([null, null]);
    const tim = unwrap(
      deriveKetentuan(KETENTUAN_2026, {
        id: '2026-tim',
        kebijakan: { ...KETENTUAN_2026.kebijakan, pejabatPenilaiGuruSwasta: 'kepala-sekolah-dan-pengawas' },
      }),
    );
    expect(tim.kebijakan.pejabatPenilaiGuruSwasta).toBe('kepala-sekolah-dan-pengawas');
    expect(
      deriveKetentuan(KETENTUAN_2026, {
        id: '2026-x',
        kebijakan: { ...KETENTUAN_2026.kebijakan, pejabatPenilaiGuruSwasta: 'yayasan' as never },
      }).success,
    ).toBe(false);
  });
});
