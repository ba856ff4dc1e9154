import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  ASPEK_BERAKHLAK,
  angkaKreditTahunan,
  predikatKinerja,
  createRekamAngkaKredit,
  createRekamAngkaKreditBertahap,
  agregasiRating,
  deriveKetentuan,
  dokumenKurang,
  GOLONGAN,
  validateRekamAngkaKredit,
  isKinerjaError,
  KETENTUAN_2024,
  KETENTUAN_2026,
  penilaianPeriode,
  PREDIKAT,
  proyeksiKenaikan,
  RATING,
  createPenilaianHasilKerja,
  createPenilaianPerilakuKerja,
  RekamAngkaKreditSchema,
  setDokumen,
  suggestRatingHasilKerja,
  predikatTampil,
  sumRekamAngkaKredit,
  unwrap,
  angkaKredit,
  Desimal,
  type Rating,
} from '../../src';
import { rencanaSeed } from '../perencanaan/fixtures';

const semua = (r: Rating) =>
  Object.fromEntries(ASPEK_BERAKHLAK.map((a) => [a, r])) as Record<(typeof ASPEK_BERAKHLAK)[number], Rating>;
const aspekHK = (r: Rating) => ({ 'upaya-refleksi': r, 'upaya-mempelajari': r, 'perubahan-praktik': r });

describe('ratings: suggest, then the penilai decides', () => {
  it("follows the seeds' illustrations (praktik di atas with 64 poin; with 36 poin)", () => {
    expect(suggestRatingHasilKerja(aspekHK('di-atas-ekspektasi'), { poin: 64, ketentuan: KETENTUAN_2024 })).toBe(
      'di-atas-ekspektasi',
    );
    expect(suggestRatingHasilKerja(aspekHK('di-atas-ekspektasi'), { poin: 36, ketentuan: KETENTUAN_2024 })).toBe(
      'sesuai-ekspektasi',
    );
    const r = unwrap(
      createPenilaianHasilKerja(
        {
          aspek: aspekHK('di-atas-ekspektasi'),
          poin: 36,
          rating: 'di-atas-ekspektasi',
          catatan: 'Perubahan praktik nyata',
        },
        { ketentuan: KETENTUAN_2024 },
      ),
    );
    expect(r).toMatchObject({
      saran: 'sesuai-ekspektasi',
      rating: 'di-atas-ekspektasi',
      berbedaDariSaran: true,
      catatan: 'Perubahan praktik nyata',
    });
    expect(
      unwrap(
        createPenilaianPerilakuKerja(
          { aspek: semua('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
          { ketentuan: KETENTUAN_2024 },
        ),
      ).berbedaDariSaran,
    ).toBe(false);
  });
  it('combines by median or lowest', () => {
    expect(agregasiRating(['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'sesuai-ekspektasi'], 'median')).toBe(
      'sesuai-ekspektasi',
    );
    expect(agregasiRating(['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'di-atas-ekspektasi'], 'terendah')).toBe(
      'di-bawah-ekspektasi',
    );
  });
  it('reports missing or unknown ratings with coded, located issues', () => {
    const r = createPenilaianHasilKerja(
      { aspek: { 'upaya-refleksi': 'di-atas-ekspektasi' }, poin: 32, rating: 'hebat' } as never,
      { ketentuan: KETENTUAN_2024 },
    );
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.issues.map((i) => i.path.join('.'))).toEqual([
        'aspek.upaya-mempelajari',
        'aspek.perubahan-praktik',
        'rating',
      ]);
    const p = createPenilaianPerilakuKerja(
      { aspek: { ...semua('sesuai-ekspektasi'), loyal: 'baik' }, rating: 'sesuai-ekspektasi' } as never,
      { ketentuan: KETENTUAN_2024 },
    );
    expect(!p.success && p.issues[0]?.path).toEqual(['aspek', 'loyal']);
  });
  test.prop([
    fc.constantFrom(...RATING),
    fc.constantFrom(...RATING),
    fc.constantFrom(...RATING),
    fc.integer({ min: 0, max: 128 }),
  ])(
    'the suggestion is one of the aspect ratings or capped at sesuai, and never above what the points allow',
    (a, b, c, poin) => {
      const s = suggestRatingHasilKerja(
        { 'upaya-refleksi': a, 'upaya-mempelajari': b, 'perubahan-praktik': c },
        { poin, ketentuan: KETENTUAN_2024 },
      );
      expect([a, b, c, 'sesuai-ekspektasi']).toContain(s);
      if (poin < 64) expect(s).not.toBe('di-atas-ekspektasi');
    },
  );
});

describe('the dokumen akuntabilitas gate', () => {
  it('holds the predikat back until the documents are collected', () => {
    const input = {
      hasilKerja: 'di-atas-ekspektasi',
      perilakuKerja: 'di-atas-ekspektasi',
      peran: 'guru',
      dokumen: { K3: true },
    } as const;
    const t = predikatTampil(input, { ketentuan: KETENTUAN_2024 });
    expect(t.status).toBe('tertahan');
    if (t.status === 'tertahan') {
      expect(t.predikat).toBe('sangat-baik');
      expect(t.dokumenKurang.map((d) => d.kode)).toEqual(['K4', 'K5']);
    }
    expect(
      predikatTampil({ ...input, dokumen: { K3: true, K4: true, K5: true } }, { ketentuan: KETENTUAN_2024 }),
    ).toEqual({ status: 'ditampilkan', predikat: 'sangat-baik' });
    expect(
      dokumenKurang('kepala-sekolah', { K3: true, K4: true, K5: true }, { ketentuan: KETENTUAN_2024 }).map(
        (d) => d.kode,
      ),
    ).toEqual(['K6']);
  });
});

describe('angka kredit over time', () => {
  it('splits a year at a jenjang change and sums exactly', () => {
    const r = unwrap(
      createRekamAngkaKreditBertahap([
        { tahun: 2024, bulanMulai: 1, bulanAkhir: 3, jenjang: 'ahli-pertama', golongan: 'III/b', predikat: 'baik' },
        { tahun: 2024, bulanMulai: 4, bulanAkhir: 12, jenjang: 'ahli-muda', golongan: 'III/c', predikat: 'baik' },
      ]),
    );
    expect(r.map((x) => x.angkaKredit)).toEqual(['3.125', '18.75']);
    expect(String(sumRekamAngkaKredit(r))).toBe('21.875');
    const bad = createRekamAngkaKreditBertahap([
      { tahun: 2024, bulanMulai: 1, bulanAkhir: 6, jenjang: 'ahli-pertama', predikat: 'baik' },
      { tahun: 2024, bulanMulai: 6, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'baik' },
      { tahun: 2025, bulanMulai: 5, bulanAkhir: 4, jenjang: 'ahli-muda', predikat: 'baik' },
    ]);
    expect(bad.success ? [] : bad.issues.map((i) => i.code)).toEqual(['periode-tumpang-tindih', 'periode-terbalik']);
  });
  it('keeps old records reproducible when the rules change', () => {
    const lama = createRekamAngkaKredit({
      tahun: 2024,
      bulanMulai: 1,
      bulanAkhir: 2,
      jenjang: 'ahli-pertama',
      predikat: 'baik',
    });
    expect(lama).toMatchObject({ koefisienTahunan: '12.5', persentase: 100, angkaKredit: '25/12', ketentuan: '2024' });
    const baru = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        id: '2030',
        jenjang: KETENTUAN_2024.jenjang.map((j) => ({
          ...j,
          koefisienTahunan: String(Number(j.koefisienTahunan) * 2),
        })),
      }),
    );
    expect(
      createRekamAngkaKredit(
        { tahun: 2030, bulanMulai: 1, bulanAkhir: 2, jenjang: 'ahli-pertama', predikat: 'baik' },
        { ketentuan: baru },
      ).angkaKredit,
    ).toBe('25/6');
    expect(validateRekamAngkaKredit(JSON.parse(JSON.stringify(lama)))).toEqual({ success: true, data: lama });
    expect(validateRekamAngkaKredit({ ...lama, angkaKredit: '2' })).toMatchObject({
      success: false,
      issues: [{ code: 'angka-kredit-tidak-cocok', path: ['angkaKredit'] }],
    });
    expect(RekamAngkaKreditSchema.parse(JSON.parse(JSON.stringify(lama)))).toEqual(lama);
  });
  test.prop([
    fc.array(
      fc.record({
        jenjang: fc.constantFrom('ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama' as const),
        predikat: fc.constantFrom(...PREDIKAT),
        bulan: fc.integer({ min: 1, max: 12 }),
      }),
      { maxLength: 30 },
    ),
  ])('cumulative sums stay exact and equal the sum of recomputed records', (xs) => {
    const rekam = xs.map((x, i) =>
      createRekamAngkaKredit({
        tahun: 2024 + i,
        bulanMulai: 1,
        bulanAkhir: x.bulan,
        jenjang: x.jenjang,
        predikat: x.predikat,
      }),
    );
    const direct = xs.reduce((acc, x) => acc.plus(angkaKredit(x)), Desimal.from(0));
    expect(sumRekamAngkaKredit(rekam).equals(direct)).toBe(true);
  });
});

describe('projection to the next pangkat and jenjang', () => {
  it('projects III/a with Baik: two semesters of 2024, then annual periods from 2025; III/b in 2027, then the jenjang', () => {
    const p = proyeksiKenaikan({ golongan: 'III/a', akPangkat: '0', predikat: 'baik', mulai: { tahun: 2024, ke: 1 } });
    expect(p.periode.slice(0, 3).map((x) => [x.periode.tahun, x.periode.ke, x.angkaKredit])).toEqual([
      [2024, 1, '6.25'],
      [2024, 2, '6.25'],
      [2025, 1, '12.5'],
    ]);
    expect(p.kenaikan[0]).toMatchObject({
      jenis: 'pangkat',
      dari: 'III/a',
      ke: 'III/b',
      periode: { tahun: 2027, ke: 1 },
      akPangkat: '50',
      syaratPangkat: '50',
      prasyarat: ['masa-kerja'],
    });
    expect(p.kenaikan[1]).toMatchObject({
      jenis: 'jenjang',
      dari: 'III/b',
      ke: 'III/c',
      jenjang: 'ahli-muda',
      akJenjang: '100',
      syaratJenjang: '100',
      prasyarat: ['uji-kompetensi', 'formasi', 'masa-kerja'],
    });
  });
  it.each(GOLONGAN.filter((g) => g !== 'IV/e').map((g) => [g]))(
    'meets the threshold of %s exactly one semester before',
    (g) => {
      const entri = KETENTUAN_2024.golongan.find((x) => x.kode === g)!;
      const semester = angkaKredit({ jenjang: entri.jenjang, predikat: 'baik', bulan: 6 });
      const syarat = Desimal.from(entri.akKenaikanJenjang ?? entri.akKenaikanPangkat ?? '0');
      const start = syarat.minus(semester);
      const p = proyeksiKenaikan({
        golongan: g,
        akPangkat: start,
        akJenjang: start,
        predikat: 'baik',
        mulai: { tahun: 2024, ke: 1 },
        maksimumPeriode: 1,
      });
      expect(p.kenaikan).toHaveLength(1);
      expect(p.kenaikan[0]?.dari).toBe(g);
      const short = proyeksiKenaikan({
        golongan: g,
        akPangkat: start.minus('0.001'),
        akJenjang: start.minus('0.001'),
        predikat: 'baik',
        mulai: { tahun: 2024, ke: 1 },
        maksimumPeriode: 1,
      });
      expect(short.kenaikan).toHaveLength(0);
    },
  );
  it('stops at IV/e and refuses bad input with coded errors', () => {
    expect(
      proyeksiKenaikan({ golongan: 'IV/e', akPangkat: '0', predikat: 'sangat-baik', mulai: { tahun: 2024, ke: 1 } })
        .kenaikan,
    ).toEqual([]);
    for (const bad of [
      null,
      { golongan: 'V/a', akPangkat: 0, predikat: 'baik', mulai: { tahun: 2024, ke: 1 } },
      { golongan: 'III/a', akPangkat: 0.5, predikat: 'baik', mulai: { tahun: 2024, ke: 1 } },
      { golongan: 'III/a', akPangkat: 0, predikat: [], mulai: { tahun: 2024, ke: 1 } },
      { golongan: 'III/a', akPangkat: 0, predikat: 'baik', mulai: { tahun: 2024, ke: 3 } },
    ]) {
      try {
        proyeksiKenaikan(bad as never);
        expect.unreachable();
      } catch (e) {
        expect(isKinerjaError(e)).toBe(true);
      }
    }
  });
  test.prop([
    fc.constantFrom(...GOLONGAN),
    fc.integer({ min: 0, max: 120 }),
    fc.array(fc.constantFrom(...PREDIKAT), { minLength: 1, maxLength: 20 }),
  ])('never reaches a pangkat with less AK than its threshold', (g, ak, predikat) => {
    const p = proyeksiKenaikan({ golongan: g, akPangkat: ak, predikat, mulai: { tahun: 2024, ke: 2 } });
    for (const n of p.kenaikan) {
      expect(Desimal.from(n.akPangkat).compare(n.syaratPangkat)).toBeGreaterThanOrEqual(0);
      if (n.syaratJenjang !== null)
        expect(Desimal.from(n.akJenjang ?? '0').compare(n.syaratJenjang)).toBeGreaterThanOrEqual(0);
      expect(GOLONGAN.indexOf(n.ke)).toBe(GOLONGAN.indexOf(n.dari) + 1);
    }
  });
});

describe('penilaianPeriode', () => {
  it("gives the seeds' illustration: Ahli Pertama, Baik → 6.25 for a semester", () => {
    let rencana = rencanaSeed();
    for (const k of ['K3', 'K4', 'K5']) rencana = setDokumen(rencana, k, true);
    const h = unwrap(
      penilaianPeriode({
        rencana,
        hasilKerja: { aspek: aspekHK('di-atas-ekspektasi'), rating: 'di-atas-ekspektasi' },
        perilakuKerja: { aspek: semua('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
      }),
    );
    expect(h.predikat).toEqual({ status: 'ditampilkan', predikat: 'baik' });
    expect(h.angkaKredit?.angkaKredit).toBe('6.25');
    expect(h.hasilKerja?.saran).toBe('sesuai-ekspektasi');
    expect(h.kekurangan.map((i) => i.code)).toEqual(['siklus-belum-selesai']);
    expect(h.lengkap).toBe(false);
  });
  it('lists what is missing and holds the predikat without documents', () => {
    const h = unwrap(penilaianPeriode({ rencana: rencanaSeed() }));
    expect(h.kekurangan.map((i) => i.code)).toEqual([
      'siklus-belum-selesai',
      'hasil-kerja-belum-dinilai',
      'perilaku-kerja-belum-dinilai',
    ]);
    expect(h.predikat).toBeNull();
    const g = unwrap(
      penilaianPeriode({
        rencana: rencanaSeed(),
        hasilKerja: { aspek: aspekHK('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
        perilakuKerja: { aspek: semua('sesuai-ekspektasi'), rating: 'sesuai-ekspektasi' },
      }),
    );
    expect(g.predikat?.status).toBe('tertahan');
    expect(g.kekurangan.map((i) => i.code)).toContain('dokumen-belum-terkumpul');
    expect(g.angkaKredit?.angkaKredit).toBe('6.25');
  });
  it('fails for junk with located issues', () => {
    const r = penilaianPeriode({ rencana: { nope: 1 } as never });
    expect(!r.success && r.issues[0]?.path[0]).toBe('rencana');
    const s = penilaianPeriode({ rencana: rencanaSeed(), hasilKerja: { aspek: {}, rating: 'x' } as never });
    expect(!s.success && s.issues[0]?.path[0]).toBe('hasilKerja');
  });
});

describe('angkaKreditTahunan: a year in one call', () => {
  const sesuai = { hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' } as const;
  it('takes two semesters in 2024 and one period from 2025, with the year counted once', () => {
    const h24 = unwrap(
      angkaKreditTahunan({ tahun: 2024, jenjang: 'ahli-muda', golongan: 'III/c', penilaian: [sesuai, sesuai] }),
    );
    expect(h24.rekam.map((r) => [r.bulanMulai, r.bulanAkhir, r.angkaKredit])).toEqual([
      [1, 6, '12.5'],
      [7, 12, '12.5'],
    ]);
    expect(h24.angkaKredit).toBe('25');
    expect(unwrap(angkaKreditTahunan({ tahun: 2026, jenjang: 'ahli-muda', penilaian: [sesuai] }))).toMatchObject({
      predikatTahunan: 'baik',
      angkaKredit: '25',
    });
  });
  it('names the periods the year has when the count is wrong, and locates unknown ratings', () => {
    const r = angkaKreditTahunan({ tahun: 2025, jenjang: 'ahli-muda', penilaian: [sesuai, sesuai] });
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'periode-tidak-cocok', path: ['penilaian'], params: { periode: 1 } }],
    });
    expect(!r.success && r.issues[0]?.message).toContain('punya 1 periode');
    const x = angkaKreditTahunan({
      tahun: 2026,
      jenjang: 'ahli-muda',
      penilaian: [{ hasilKerja: 'baik' as never, perilakuKerja: 'sesuai-ekspektasi' }],
    });
    expect(x).toMatchObject({ success: false, issues: [{ code: 'kode-tidak-dikenal', path: ['penilaian', 0] }] });
  });
  test.prop([
    fc.array(fc.record({ hasilKerja: fc.constantFrom(...RATING), perilakuKerja: fc.constantFrom(...RATING) }), {
      minLength: 2,
      maxLength: 2,
    }),
  ])('the year is the exact sum of its periods, each from its own predikat', (penilaian) => {
    const h = unwrap(angkaKreditTahunan({ tahun: 2024, jenjang: 'ahli-pertama', penilaian }));
    const jumlah = penilaian.map((p) =>
      angkaKredit({ jenjang: 'ahli-pertama', predikat: predikatKinerja(p.hasilKerja, p.perilakuKerja), bulan: 6 }),
    );
    expect(Desimal.from(h.angkaKredit).equals(jumlah[0]!.plus(jumlah[1]!))).toBe(true);
  });
});

describe('kenaikan jenjang, sourced (PerBKN 3/2023, PerBKN 11/2022)', () => {
  const awal = {
    golongan: 'III/b',
    akPangkat: '45',
    akJenjang: '95',
    mulai: { tahun: 2026, ke: 1 },
    maksimumPeriode: 6,
  } as const;
  it('PerBKN 11/2022 Pasal 37 (5), (7): a new jenjang starts at 0, the excess is not carried (default policy)', () => {
    const p = proyeksiKenaikan({ ...awal, predikat: 'sangat-baik' });
    expect(p.kenaikan[0]).toMatchObject({
      jenis: 'jenjang',
      ke: 'III/c',
      periode: { tahun: 2026, ke: 1 },
      akJenjang: '113.75',
    });
    // From 0 in Ahli Muda: 3 years × 37.5 = 112.5 ≥ 100 for III/d.
    expect(p.kenaikan[1]).toMatchObject({
      jenis: 'pangkat',
      ke: 'III/d',
      periode: { tahun: 2029, ke: 1 },
      akPangkat: '112.5',
    });
    expect(KETENTUAN_2024.kebijakan.akSetelahKenaikanJenjang).toBe('nol');
  });
  it('carrying the excess stays available as a named policy (akSetelahKenaikanJenjang: sisa)', () => {
    const sisa = unwrap(
      deriveKetentuan(KETENTUAN_2026, {
        id: 'sisa',
        kebijakan: { ...KETENTUAN_2026.kebijakan, akSetelahKenaikanJenjang: 'sisa' },
      }),
    );
    const p = proyeksiKenaikan({ ...awal, predikat: 'sangat-baik', mulai: { tahun: 2026, ke: 1 }, ketentuan: sisa });
    expect(p.kenaikan[1]).toMatchObject({ ke: 'III/d', akPangkat: '126.25' }); // 13.75 carried + 112.5
  });
  it('PerBKN 3/2023: kenaikan jenjang needs a predikat of at least Baik (checked), and reports uji kompetensi, formasi and a year in the jenjang', () => {
    const p = proyeksiKenaikan({ ...awal, predikat: ['butuh-perbaikan', 'baik'] });
    // 2026 has the AK (95 + 9.375 ≥ 100) but Butuh Perbaikan: the promotion waits for 2027's Baik.
    expect(p.kenaikan[0]).toMatchObject({
      jenis: 'jenjang',
      periode: { tahun: 2027, ke: 1 },
      prasyarat: ['uji-kompetensi', 'formasi', 'masa-kerja'],
    });
    // The threshold is rule-set data: a rule set asking Butuh Perbaikan promotes in 2026.
    const longgar = unwrap(
      deriveKetentuan(KETENTUAN_2026, {
        id: 'longgar',
        kebijakan: { ...KETENTUAN_2026.kebijakan, predikatMinimalKenaikanJenjang: 'butuh-perbaikan' },
      }),
    );
    expect(
      proyeksiKenaikan({ ...awal, predikat: ['butuh-perbaikan', 'baik'], ketentuan: longgar }).kenaikan[0],
    ).toMatchObject({ periode: { tahun: 2026, ke: 1 } });
  });
});
