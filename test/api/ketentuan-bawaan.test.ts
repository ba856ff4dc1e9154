import { describe, expect, it } from 'vitest';
import {
  addRhk,
  ASPEK_BERAKHLAK,
  chooseIndikator,
  createPenilaianHasilKerja,
  createRencana,
  dokumenKurang,
  ketentuanRencana,
  KETENTUAN_2024,
  KETENTUAN_2026,
  pelanggaranDistribusi,
  distribusiPredikat,
  penilaianPeriode,
  poinRhk,
  predikatTampil,
  rangkumanRencana,
  replaySiklus,
  SEMUA_KETENTUAN,
  setPerilaku,
  suggestPredikatTahunan,
  suggestRatingHasilKerja,
  suggestRatingPerilakuKerja,
  suggestRhk,
  unwrap,
  validateRencana,
  type AspekBerakhlak,
  type Ketentuan,
  type Pegawai,
  type Rating,
} from '../../src';
import { siklusBaru } from '../pelaksanaan/fixtures';

// docs/api.md, arguments: a function may default a rule set only for a value that is the same in every built-in
// rule set; otherwise it finds the rule set from its input or the caller passes one.

const GURU: Pegawai = {
  nama: 'Siti',
  peran: 'guru',
  statusKepegawaian: 'pns',
  jenjang: 'ahli-pertama',
  golongan: 'III/b',
  satuanPendidikan: 'SDN 1',
};
const SEMUA_DI_ATAS = {
  'upaya-refleksi': 'di-atas-ekspektasi',
  'upaya-mempelajari': 'di-atas-ekspektasi',
  'perubahan-praktik': 'di-atas-ekspektasi',
} as const;
const berakhlak = (r: Rating) =>
  Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, r])) as Record<AspekBerakhlak, Rating>;

describe('rule-set defaults', () => {
  it('defaults only parts that are the same in every built-in rule set', () => {
    // predikatKinerja (matrix), angkaKredit / sumAngkaKredit (koefisien, persentase), formatAngkaKredit (rounding),
    // getJenjang / getPredikat / getGolongan, and the label parsers of these categories.
    const sama = (f: (k: (typeof SEMUA_KETENTUAN)[number]) => unknown) =>
      new Set(SEMUA_KETENTUAN.map((k) => JSON.stringify(f(k)))).size;
    expect(sama((k) => k.matriksPredikat)).toBe(1);
    expect(sama((k) => k.jenjang)).toBe(1);
    expect(sama((k) => k.predikat)).toBe(1);
    expect(sama((k) => k.golongan)).toBe(1);
    expect(sama((k) => k.rating)).toBe(1);
    expect(sama((k) => [k.kebijakan.pembulatanTampilan, k.kebijakan.pembulatanSiasn])).toBe(1);
    // The planning parts exist only in the rule sets with a plan (2023 is konversi only: KETENTUAN_2023 has none).
    const samaPerencanaan = (f: (k: Ketentuan) => unknown) =>
      new Set(SEMUA_KETENTUAN.filter((k) => k.lingkup !== 'konversi').map((k) => JSON.stringify(f(k as Ketentuan))))
        .size;
    expect(samaPerencanaan((k) => k.langkahSiklus.map((l) => l.kode))).toBe(1); // the order of the steps (SebelumLangkah)
    expect(samaPerencanaan((k) => [k.raporPendidikan, k.indikatorPraktikKinerja.map((i) => [i.kode, i.peran])])).toBe(
      1,
    ); // rekomendasiIndikator
    expect(sama((k) => k.integrasiAk)).toBe(1); // angkaKreditIntegrasi
    expect(
      sama((k) => [
        k.akDasar,
        k.golongan,
        k.kebijakan.predikatMinimalKenaikanJenjang,
        k.kebijakan.akSetelahKenaikanJenjang,
      ]),
    ).toBe(1); // createPakPenetapan without records
    // The label parsers default to the latest rule set: every category's spellings are the same in all of them.
    type Daftar = readonly {
      kode: string;
      label: string;
      labelEn: string;
      alias: readonly string[];
      kuadranSiasn?: number;
    }[];
    const kategori = [
      'rating',
      'predikat',
      'jenjang',
      'golongan',
      'aspekBerakhlak',
      'peran',
      'statusKepegawaian',
    ] as const;
    for (const c of kategori)
      expect(
        sama((k) => (k[c] as Daftar).map((e) => [e.kode, e.label, e.labelEn, e.alias, e.kuadranSiasn])),
        c,
      ).toBe(1);
    const kategoriPerencanaan = [
      'langkahSiklus',
      'nilaiObservasi',
      'statusRencana',
      'indikatorPraktikKinerja',
      'tugasTambahan',
    ] as const;
    for (const c of kategoriPerencanaan)
      expect(
        samaPerencanaan((k) => (k[c] as Daftar).map((e) => [e.kode, e.label, e.labelEn, e.alias])),
        c,
      ).toBe(1);
    // The built-in list includes the 2023 rule set, whose AK side equals 2024's (PermenPANRB 1/2023, same matrix).
    expect(SEMUA_KETENTUAN.map((k) => k.id)).toEqual(['2023', '2024', '2025', '2026']);
  });

  it('requires a rule set where the rule differs by year, naming the function', () => {
    const aspek = SEMUA_DI_ATAS;
    for (const f of [
      () => suggestRatingHasilKerja(aspek, undefined as never),
      () => suggestRatingPerilakuKerja(berakhlak('sesuai-ekspektasi'), {} as never),
      () => suggestRhk(0, {} as never),
      () => suggestPredikatTahunan(['baik'], {} as never),
      () => dokumenKurang('guru', {}, {} as never),
      () =>
        predikatTampil(
          { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi', peran: 'guru', dokumen: {} },
          {} as never,
        ),
      () => poinRhk({ kegiatan: 'pelatihan-mandiri', kuantitas: 1 }, {} as never),
      () => pelanggaranDistribusi(distribusiPredikat([]), 'baik', {} as never),
    ]) {
      expect(f).toThrowError(
        expect.objectContaining({
          code: 'argumen-tidak-valid',
          message: expect.stringContaining('memerlukan { ketentuan }'),
        }),
      );
    }
    expect(createPenilaianHasilKerja({ aspek, poin: null, rating: 'di-atas-ekspektasi' }, {} as never)).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
  });

  it('gives the 2026 answer for a 2026 plan, rating and distribution without an explicit rule set', () => {
    let r = createRencana({ pegawai: GURU, periode: { tahun: 2026, ke: 1 } });
    expect(r.ketentuan).toBe('2026');
    r = chooseIndikator(r, 'keteraturan-suasana-kelas');
    r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
    for (const a of ASPEK_BERAKHLAK) r = setPerilaku(r, a, 'Fokus');
    // No points in 2026: 8 points are no shortfall (2024 would say belum-memenuhi, 24 short).
    expect(rangkumanRencana(r)).toMatchObject({ statusPoin: 'tidak-diwajibkan', kurangPoin: 0 });
    expect(validateRencana(r).success).toBe(true);
    // The rating suggestion has no 64-point cap in 2026 (2024 would cap at sesuai-ekspektasi).
    const h = unwrap(
      penilaianPeriode({
        rencana: r,
        hasilKerja: { aspek: SEMUA_DI_ATAS, rating: 'di-atas-ekspektasi' },
        perilakuKerja: { aspek: berakhlak('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
      }),
    );
    expect(h.hasilKerja).toMatchObject({ poin: null, saran: 'di-atas-ekspektasi' });
    expect(suggestRatingHasilKerja(SEMUA_DI_ATAS, { ketentuan: KETENTUAN_2024, poin: 8 })).toBe('sesuai-ekspektasi');
    // The AK record is the whole year, under 2026.
    expect(h.angkaKredit).toMatchObject({ ketentuan: '2026', bulanMulai: 1, bulanAkhir: 12, angkaKredit: '12.5' });
  });

  it('fails on an unknown rule-set id instead of falling back to the period', () => {
    const plan = { ketentuan: '2099-typo', periode: { tahun: 2024, ke: 1 } };
    expect(() => ketentuanRencana(plan)).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
    const r = { ...createRencana({ pegawai: GURU, periode: { tahun: 2024, ke: 1 } }), ketentuan: '2099-typo' };
    expect(validateRencana(r, { mode: 'draf' })).toMatchObject({
      success: false,
      issues: [{ code: 'ketentuan-tidak-dikenal', path: ['ketentuan'] }],
    });
    expect(rangkumanRencana.bind(null, r)).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
  });

  it('takes options as one trailing object: replaySiklus(h, { validasi }) works, a rule set in its place is refused', () => {
    const s = siklusBaru();
    const stored = JSON.parse(JSON.stringify(s.riwayat)) as unknown[];
    expect(replaySiklus(stored, { validasi: 'tepercaya' })).toEqual({ success: true, data: s });
    expect(replaySiklus(stored, { ketentuan: KETENTUAN_2024, validasi: 'penuh' })).toEqual({ success: true, data: s });
    const salah = replaySiklus(stored, KETENTUAN_2026 as never);
    expect(salah).toMatchObject({ success: false, issues: [{ code: 'argumen-tidak-valid' }] });
    expect(!salah.success && salah.issues[0]?.message).toContain('tidak dikenal');
    expect(() => rangkumanRencana(s.rencana, { ketentuaan: KETENTUAN_2024 } as never)).toThrowError(
      expect.objectContaining({ code: 'argumen-tidak-valid' }),
    );
  });
});

describe('a period the rule set does not have', () => {
  it('is a coded issue naming the periods the year has, wherever it enters', async () => {
    const { createRencana: buat, validatePeriode, ketentuanUntuk } = await import('../../src');
    expect(validatePeriode({ tahun: 2025, ke: 2 })).toMatchObject({
      success: false,
      issues: [{ code: 'periode-tidak-ada', params: { periode: 1, ketentuan: '2025' } }],
    });
    try {
      buat({ pegawai: GURU, periode: { tahun: 2025, ke: 2 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: 'argumen-tidak-valid',
        issues: [{ code: 'periode-tidak-ada', path: ['periode', 'ke'], params: { periode: 1 } }],
      });
      expect((e as Error).message).toContain('hanya punya 1 periode setahun');
    }
    expect(() => ketentuanUntuk({ tahun: 2024, ke: 3 })).toThrowError(/ke: 1\.\.2/);
  });
});
