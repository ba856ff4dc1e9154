import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  fromAngkaKreditSiasn,
  fromSkp22Siasn,
  rekonsiliasiSiasn,
  SKEMA_SIASN,
  toAngkaKreditSiasn,
  toKinerjaPeriodikSiasn,
  toSkp22Siasn,
  type PenilaiSiasn,
} from '../../src/siasn';
import {
  angkaKreditIntegrasi,
  createRekamAngkaKredit,
  Desimal,
  formatAngkaKredit,
  JENJANG,
  PREDIKAT,
  predikatKinerja,
  RATING,
  unwrap,
  type Jenjang,
  type Predikat,
} from '../../src';

const penilai: PenilaiSiasn = {
  nipNrp: '197001011995031001',
  nama: 'Drs. Budi',
  jabatan: 'Kepala SMPN 1',
  golongan: 'IV/a',
  unorNama: 'SMPN 1 Kupang',
  status: 'asn',
};
const ids = {
  pnsId: 'A8ACA7397AEB3912E040640A040269BB',
  rwJabatanId: 'c3f1a2',
  nomorSk: '800/17/PAK/2026',
  tanggalSk: '2026-01-20',
};
const rekam = (
  tahun: number,
  bulanMulai: number,
  bulanAkhir: number,
  jenjang: Jenjang = 'ahli-pertama',
  predikat: Predikat = 'baik',
) => createRekamAngkaKredit({ tahun, bulanMulai, bulanAkhir, jenjang, predikat });

describe('request bodies, against the community SDKs (docs/sumber.md#siasn)', () => {
  it("angkakredit/save has exactly the keys of black-coffee04/ws-siasn-php's template, every value a string", () => {
    // The SDK's example body (ws-siasn-php, example for angkakredit/save): these keys, each "string", plus id and path.
    const sdk = [
      'bulanMulaiPenailan',
      'bulanSelesaiPenailan',
      'isAngkaKreditPertama',
      'isIntegrasi',
      'isKonversi',
      'kreditBaruTotal',
      'kreditPenunjangBaru',
      'kreditUtamaBaru',
      'nomorSk',
      'pnsId',
      'rwJabatanId',
      'tahunMulaiPenailan',
      'tahunSelesaiPenailan',
      'tanggalSk',
    ];
    const b = unwrap(toAngkaKreditSiasn({ ...ids, rekam: rekam(2024, 1, 2) }));
    expect(
      Object.keys(b)
        .filter((k) => k !== 'path')
        .sort(),
    ).toEqual([...sdk].sort());
    expect(
      Object.entries(b)
        .filter(([k]) => k !== 'path')
        .every(([, v]) => typeof v === 'string'),
    ).toBe(true);
    // BKN's periodic example: Ahli Pertama, Baik, 2 months = 25/12 → SIASN keeps 3 decimals.
    expect(b).toMatchObject({
      bulanMulaiPenailan: '1',
      bulanSelesaiPenailan: '2',
      tahunMulaiPenailan: '2024',
      kreditBaruTotal: '2.083',
      kreditUtamaBaru: '2.083',
      kreditPenunjangBaru: '0.000',
      isKonversi: '1',
      isIntegrasi: '0',
      isAngkaKreditPertama: '0',
      tanggalSk: '20-01-2026',
      path: [],
    });
    expect(unwrap(toAngkaKreditSiasn({ ...ids, rekam: rekam(2024, 1, 2) }, { benderaTidak: '' })).isIntegrasi).toBe('');
  });
  it('sends a PAK Integrasi with its period and isIntegrasi "1"', () => {
    const hasil = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
    const b = unwrap(
      toAngkaKreditSiasn({
        ...ids,
        integrasi: { hasil, mulai: { tahun: 2019, bulan: 1 }, selesai: { tahun: 2022, bulan: 12 } },
      }),
    );
    expect(b).toMatchObject({
      kreditBaruTotal: '150.630',
      isIntegrasi: '1',
      isKonversi: '0',
      tahunSelesaiPenailan: '2022',
      bulanSelesaiPenailan: '12',
    });
  });
  it('refuses, coded: neither or both sources, a bad date, a tampered record, an unknown option', () => {
    expect(toAngkaKreditSiasn({ ...ids })).toMatchObject({ success: false, issues: [{ code: 'argumen-tidak-valid' }] });
    expect(toAngkaKreditSiasn({ ...ids, tanggalSk: '20-01-2026', rekam: rekam(2024, 1, 6) })).toMatchObject({
      success: false,
      issues: [{ path: ['tanggalSk'] }],
    });
    expect(toAngkaKreditSiasn({ ...ids, rekam: { ...rekam(2024, 1, 6), angkaKredit: '7' } })).toMatchObject({
      success: false,
      issues: [{ code: 'angka-kredit-tidak-cocok', path: ['rekam', 'angkaKredit'] }],
    });
    expect(toAngkaKreditSiasn({ ...ids, rekam: rekam(2024, 1, 6) }, { lain: 1 } as never)).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
  });
  it('skp22/save: numbers for tahun and codes (the SDK template shows 0; two apps parseInt), the matrix for the kuadran', () => {
    const b = unwrap(
      toSkp22Siasn({
        pnsId: 'p1',
        tahun: 2025,
        hasilKerja: 'di-atas-ekspektasi',
        perilakuKerja: 'di-bawah-ekspektasi',
        penilai,
      }),
    );
    expect(b).toEqual({
      pnsDinilaiOrang: 'p1',
      tahun: 2025,
      hasilKinerjaNilai: 1,
      perilakuKerjaNilai: 3,
      kuadranKinerjaNilai: 4,
      penilaiNipNrp: penilai.nipNrp,
      penilaiNama: 'Drs. Budi',
      penilaiJabatan: 'Kepala SMPN 1',
      penilaiGolongan: 'IV/a',
      penilaiUnorNama: 'SMPN 1 Kupang',
      statusPenilai: 'ASN',
      path: [],
    });
    // The helpdesk's max(hasil, perilaku) would send 3 (Butuh Perbaikan) here; the regulation says Kurang (4).
    expect(
      toSkp22Siasn({
        pnsId: 'p1',
        tahun: 2025,
        hasilKerja: 'di-atas-ekspektasi',
        perilakuKerja: 'di-bawah-ekspektasi',
        predikat: 'butuh-perbaikan',
        penilai,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'predikat-tidak-sesuai-matriks' }] });
    expect(
      toSkp22Siasn({ pnsId: 'p1', tahun: 2025, hasilKerja: 'x' as never, perilakuKerja: 'sesuai-ekspektasi', penilai })
        .success,
    ).toBe(false);
  });
  it('kinerjaperiodik/save: koefisienId only where attested (Baik), otherwise given', () => {
    const dasar = {
      pnsId: 'p1',
      periodik: 'bulanan',
      mulai: { tahun: 2026, bulan: 3 },
      selesai: { tahun: 2026, bulan: 3 },
      jenjang: 'ahli-madya',
      penilai,
    } as const;
    const b = unwrap(
      toKinerjaPeriodikSiasn({ ...dasar, hasilKerja: 'sesuai-ekspektasi', perilakuKerja: 'sesuai-ekspektasi' }),
    );
    expect(b).toMatchObject({
      periodikId: '1',
      koefisienId: '32',
      bulanMulaiPenilaian: '3',
      tahunSelesaiPenilaian: '2026',
      penilaiJabatanNama: 'Kepala SMPN 1',
      kuadranKinerjaNilai: 2,
    });
    expect(
      toKinerjaPeriodikSiasn({ ...dasar, hasilKerja: 'di-atas-ekspektasi', perilakuKerja: 'di-atas-ekspektasi' }),
    ).toMatchObject({ success: false, issues: [{ code: 'koefisien-siasn-tidak-dikenal' }] });
    expect(
      unwrap(
        toKinerjaPeriodikSiasn({
          ...dasar,
          hasilKerja: 'di-atas-ekspektasi',
          perilakuKerja: 'di-atas-ekspektasi',
          koefisienId: '31',
        }),
      ).koefisienId,
    ).toBe('31');
  });
});

describe('read parsing', () => {
  it('reads rw-skp22 rows with their capitalised fields and labels (kanekescom/laravel-siasn-simpeg mirror table)', () => {
    const row = {
      id: 's1',
      pnsDinilaiId: 'p1',
      tahun: '2024',
      hasilKinerja: 'DIATAS ESPEKTASI',
      hasilKinerjaNilai: '1',
      perilakuKerja: 'SESUAI ESPEKTASI',
      PerilakuKerjaNilai: '2',
      kuadranKinerja: 'BAIK',
      KuadranKinerjaNilai: '2',
      namaPenilai: 'Drs. Budi',
      nipNrpPenilai: '197001011995031001',
      penilaiGolonganId: '41',
      penilaiJabatanNm: 'Kepala Sekolah',
      penilaiUnorNm: 'SMPN 1',
      statusPenilai: 'ASN',
      path: null,
    };
    expect(unwrap(fromSkp22Siasn(row))).toEqual({
      id: 's1',
      pnsId: 'p1',
      tahun: 2024,
      hasilKerja: 'di-atas-ekspektasi',
      perilakuKerja: 'sesuai-ekspektasi',
      predikat: 'baik',
      penilai: {
        nipNrp: '197001011995031001',
        nama: 'Drs. Budi',
        jabatan: 'Kepala Sekolah',
        golongan: '41',
        unorNama: 'SMPN 1',
        status: 'asn',
      },
    });
    // Labels alone, either spelling of ekspektasi, any case.
    expect(
      unwrap(
        fromSkp22Siasn({
          pnsDinilaiId: 'p1',
          tahun: 2024,
          hasilKinerja: 'Di Bawah Ekspektasi',
          perilakuKerja: 'sesuai espektasi',
          kuadranKinerja: 'kurang',
        }),
      ),
    ).toMatchObject({
      hasilKerja: 'di-bawah-ekspektasi',
      perilakuKerja: 'sesuai-ekspektasi',
      predikat: 'kurang',
      penilai: null,
    });
  });
  it('never defaults: unknown codes, disagreeing code and label, missing fields, decimal commas are coded issues', () => {
    expect(
      fromSkp22Siasn({
        pnsDinilaiId: 'p1',
        tahun: 2024,
        hasilKinerjaNilai: 4,
        PerilakuKerjaNilai: 2,
        KuadranKinerjaNilai: 2,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'kode-siasn-tidak-dikenal', path: ['hasilKinerjaNilai'] }] });
    expect(
      fromSkp22Siasn({
        pnsDinilaiId: 'p1',
        tahun: 2024,
        hasilKinerjaNilai: 1,
        hasilKinerja: 'SESUAI ESPEKTASI',
        PerilakuKerjaNilai: 2,
        KuadranKinerjaNilai: 2,
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'medan-bertentangan', path: ['hasilKinerja'] }] });
    expect(
      fromSkp22Siasn({ pnsDinilaiId: 'p1', tahun: 2024, PerilakuKerjaNilai: 2, KuadranKinerjaNilai: 2 }),
    ).toMatchObject({ success: false, issues: [{ code: 'medan-hilang' }] });
    const ak = {
      nomorSk: '1',
      tanggalSk: '20-01-2026',
      bulanMulaiPenailan: '1',
      tahunMulaiPenailan: '2025',
      bulanSelesaiPenailan: '12',
      tahunSelesaiPenailan: '2025',
      kreditUtamaBaru: '25,000',
      kreditPenunjangBaru: '0',
      kreditBaruTotal: '25.000',
      isKonversi: 'Y',
    };
    const r = fromAngkaKreditSiasn(ak);
    expect(r.success ? [] : r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['nilai-tidak-dikenal', 'kreditUtamaBaru'],
      ['nilai-tidak-dikenal', 'isKonversi'],
    ]);
    expect(
      fromAngkaKreditSiasn({ ...ak, kreditUtamaBaru: '25', isKonversi: '1', tanggalSk: '31-02-2026' }),
    ).toMatchObject({ success: false, issues: [{ path: ['tanggalSk'] }] });
    expect(fromAngkaKreditSiasn([])).toMatchObject({ success: false });
  });
});

// Properties.
const bodiAk = fc.record({
  tahun: fc.integer({ min: 2024, max: 2040 }),
  a: fc.integer({ min: 1, max: 12 }),
  n: fc.integer({ min: 0, max: 11 }),
  jenjang: fc.constantFrom(...JENJANG),
  predikat: fc.constantFrom(...PREDIKAT),
  pertama: fc.boolean(),
  nomorSk: fc.string({ minLength: 1, maxLength: 30 }),
  hari: fc.integer({ min: 1, max: 28 }),
});

describe('SIASN: properties', () => {
  test.prop([bodiAk])(
    'angka kredit: build then parse gives back the period, SK and flags; the total has 3 decimals and is the exact AK rounded by the policy',
    (x) => {
      const r = rekam(x.tahun, x.a, Math.min(12, x.a + x.n), x.jenjang, x.predikat);
      const tanggalSk = `2026-03-${String(x.hari).padStart(2, '0')}`;
      const body = unwrap(toAngkaKreditSiasn({ ...ids, nomorSk: x.nomorSk, tanggalSk, rekam: r, pertama: x.pertama }));
      expect(body.kreditBaruTotal).toMatch(/^\d+\.\d{3}$/);
      expect(body.kreditBaruTotal).toBe(formatAngkaKredit(r.angkaKredit, { untuk: 'siasn' }));
      expect(Desimal.from(body.kreditBaruTotal).minus(r.angkaKredit).toNumber()).toBeLessThanOrEqual(0.0005);
      const balik = unwrap(fromAngkaKreditSiasn(body));
      expect(balik).toEqual({
        id: null,
        pnsId: ids.pnsId,
        rwJabatanId: ids.rwJabatanId,
        namaJabatan: null,
        nomorSk: x.nomorSk,
        tanggalSk,
        mulai: { tahun: r.tahun, bulan: r.bulanMulai },
        selesai: { tahun: r.tahun, bulan: r.bulanAkhir },
        kreditUtama: Desimal.from(body.kreditBaruTotal).toJSON(),
        kreditPenunjang: '0',
        total: Desimal.from(body.kreditBaruTotal).toJSON(),
        konversi: true,
        integrasi: false,
        pertama: x.pertama,
      });
    },
  );
  test.prop([
    fc.integer({ min: 2022, max: 2040 }),
    fc.constantFrom(...RATING),
    fc.constantFrom(...RATING),
    fc.constantFrom<'asn' | 'non-asn'>('asn', 'non-asn'),
    fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  ])('skp22: parse(build(x)) is x, with the matrix predikat', (tahun, hasilKerja, perilakuKerja, status, id) => {
    const input = {
      ...(id === undefined ? {} : { id }),
      pnsId: 'p1',
      tahun,
      hasilKerja,
      perilakuKerja,
      penilai: { ...penilai, status },
    };
    const balik = unwrap(fromSkp22Siasn(unwrap(toSkp22Siasn(input))));
    expect(balik).toEqual({
      id: id ?? null,
      pnsId: 'p1',
      tahun,
      hasilKerja,
      perilakuKerja,
      predikat: predikatKinerja(hasilKerja, perilakuKerja),
      penilai: { ...penilai, status },
    });
  });
  it('every predikat, rating and jenjang maps to a code and back (codes distinct; labels parse back)', () => {
    const kuadran = PREDIKAT.map((p) => SKEMA_SIASN.kuadran[p]);
    expect(new Set(kuadran).size).toBe(PREDIKAT.length);
    for (const p of PREDIKAT)
      expect(
        unwrap(
          fromSkp22Siasn({
            pnsDinilaiId: 'p',
            tahun: 2025,
            hasilKinerjaNilai: 2,
            perilakuKerjaNilai: 2,
            kuadranKinerja: SKEMA_SIASN.labelKuadran[p],
          }),
        ).predikat,
      ).toBe(p);
    for (const r of RATING)
      expect(
        unwrap(
          fromSkp22Siasn({
            pnsDinilaiId: 'p',
            tahun: 2025,
            hasilKinerja: SKEMA_SIASN.labelRating[r],
            perilakuKerjaNilai: 2,
            kuadranKinerjaNilai: 2,
          }),
        ).hasilKerja,
      ).toBe(r);
    expect(new Set(JENJANG.map((j) => SKEMA_SIASN.koefisienIdBaik[j])).size).toBe(JENJANG.length);
    expect(new Set(JENJANG.map((j) => SKEMA_SIASN.jabatanFungsionalId[j])).size).toBe(JENJANG.length);
  });
});

describe('rekonsiliasiSiasn', () => {
  const lokal = [
    rekam(2024, 1, 6),
    rekam(2024, 7, 12),
    rekam(2025, 1, 12),
    rekam(2025, 11, 12, 'ahli-muda') /* overlap is the caller's: compared as given */,
  ];
  const body = (r: ReturnType<typeof rekam>) => unwrap(toAngkaKreditSiasn({ ...ids, rekam: r }));
  it('matches equal data, tolerates SIASN rounding, and reports each difference located', () => {
    const semua = rekonsiliasiSiasn({
      lokal: { angkaKredit: lokal.slice(0, 3) },
      siasn: { angkaKredit: lokal.slice(0, 3).map(body) },
    });
    expect(semua).toEqual({ selisih: [], cocok: 3, diabaikan: 0 });
    const duaBulan = rekam(2025, 11, 12); // 25/12: SIASN may hold 2.083 (half-up) or 2.084 (ceil); 2.08 is beyond rounding
    const r = rekonsiliasiSiasn({
      lokal: {
        angkaKredit: [lokal[0]!, lokal[1]!, duaBulan],
        skp: [
          { tahun: 2024, predikat: 'baik' },
          { tahun: 2025, predikat: 'sangat-baik' },
        ],
      },
      siasn: {
        angkaKredit: [
          body(lokal[0]!),
          { ...body(duaBulan), kreditBaruTotal: '2.08' },
          { ...body(lokal[0]!), id: 'dup' },
          { ...body(lokal[2]!), isKonversi: '0', isIntegrasi: '1' },
          { kreditBaruTotal: 'x' },
        ],
        skp22: [
          { pnsDinilaiId: 'p1', tahun: 2024, hasilKinerjaNilai: 2, PerilakuKerjaNilai: 2, KuadranKinerjaNilai: 2 },
          { pnsDinilaiId: 'p1', tahun: 2023, hasilKinerjaNilai: 2, PerilakuKerjaNilai: 2, KuadranKinerjaNilai: 2 },
        ],
      },
    });
    const ringkas = r.selisih.map((i) => [i.code, i.path.join('.')]);
    expect(ringkas).toEqual([
      ['baris-ganda', 'siasn.angkaKredit.2'],
      ['baris-tidak-terbaca', 'siasn.angkaKredit.4'],
      ['tidak-ada-di-siasn', 'lokal.angkaKredit.1'],
      ['angka-kredit-berbeda', 'siasn.angkaKredit.1.kreditBaruTotal'],
      ['tidak-ada-di-siasn', 'lokal.skp.1'],
      ['tidak-ada-di-lokal', 'siasn.skp22.1'],
    ]);
    expect(r.selisih.find((i) => i.code === 'angka-kredit-berbeda')?.params).toMatchObject({
      siasn: '2.08',
      lokal: '25/12',
      harapan: '2.083',
    });
    expect([r.cocok, r.diabaikan]).toEqual([2, 1]);
    const naik = rekonsiliasiSiasn({
      lokal: { angkaKredit: [duaBulan] },
      siasn: { angkaKredit: [{ ...body(duaBulan), kreditBaruTotal: '2.084' }] },
    });
    expect(naik.selisih).toEqual([]);
  });
  it('reports a SIASN kuadran that breaks the matrix (written by max(hasil, perilaku) tools) and throws on misuse', () => {
    const r = rekonsiliasiSiasn({
      lokal: { skp: [{ tahun: 2025, predikat: 'kurang' }] },
      siasn: {
        skp22: [
          { pnsDinilaiId: 'p1', tahun: 2025, hasilKinerjaNilai: 1, PerilakuKerjaNilai: 3, KuadranKinerjaNilai: 3 },
        ],
      },
    });
    expect(r.selisih.map((i) => i.code)).toEqual(['kuadran-tidak-sesuai-matriks', 'predikat-berbeda']);
    expect(() => rekonsiliasiSiasn({ lokal: { skp: 'x' as never }, siasn: {} })).toThrow(/daftar/);
    expect(() => rekonsiliasiSiasn(null as never)).toThrow();
  });
  test.prop([
    fc.uniqueArray(fc.integer({ min: 2024, max: 2035 }), { maxLength: 6 }),
    fc.uniqueArray(fc.integer({ min: 2024, max: 2035 }), { maxLength: 6 }),
  ])('every local record and every SIASN row is either matched or reported', (lokalTahun, siasnTahun) => {
    const l = lokalTahun.map((t) => rekam(t, 1, 12));
    const s = siasnTahun.map((t) => body(rekam(t, 1, 12)));
    const r = rekonsiliasiSiasn({ lokal: { angkaKredit: l }, siasn: { angkaKredit: s } });
    const both = lokalTahun.filter((t) => siasnTahun.includes(t)).length;
    expect(r.cocok).toBe(both);
    expect(r.selisih.filter((i) => i.code === 'tidak-ada-di-siasn')).toHaveLength(lokalTahun.length - both);
    expect(r.selisih.filter((i) => i.code === 'tidak-ada-di-lokal')).toHaveLength(siasnTahun.length - both);
  });
});
