import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import Ajv2020 from 'ajv/dist/2020';
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  Desimal,
  GOLONGAN,
  KETENTUAN_2024,
  KETENTUAN_2026,
  PakSchema,
  PREDIKAT,
  proyeksiKenaikan,
  sumDesimal,
  unwrap,
  type Golongan,
  type Jenjang,
  type Predikat,
} from '../../src';

const NIP = '198701012010012001';
const rekam = (tahun: number, jenjang: Jenjang, predikat: Predikat = 'baik', bulanMulai = 1, bulanAkhir = 12) =>
  createRekamAngkaKredit(
    { tahun, bulanMulai, bulanAkhir, jenjang, predikat },
    tahun < 2024 ? { ketentuan: KETENTUAN_2024 } : {},
  );
const golonganDari = (j: Jenjang) => KETENTUAN_2026.golongan.filter((g) => g.jenjang === j).map((g) => g.kode);

describe('createPakPenetapan: the figures of PerBKN 3/2023 and BKN', () => {
  it('AK Dasar III/d 100 + three years Baik in Ahli Muda = 175 (PerBKN 3/2023 Lampiran II angka 2)', () => {
    const p = unwrap(
      createPakPenetapan({
        pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/d' },
        akDasar: 'golongan',
        konversi: [rekam(2024, 'ahli-muda'), rekam(2025, 'ahli-muda'), rekam(2026, 'ahli-muda')],
      }),
    );
    expect([p.akDasar, p.akKonversi, p.akKumulatif]).toEqual(['100', '75', '175']);
    // III/d → IV/a is also the step into Ahli Madya: 200 cumulative (§5.5), 25 short, predikat Baik suffices.
    expect(p.kenaikanPangkat).toEqual({
      jenis: 'jenjang',
      ke: 'IV/a',
      jenjang: 'ahli-madya',
      syarat: '200',
      ak: '175',
      selisih: '-25',
      akCukup: false,
      predikatCukup: true,
      prasyarat: ['uji-kompetensi', 'formasi', 'masa-kerja'],
    });
    expect(p.kenaikanJenjang).toEqual(p.kenaikanPangkat);
  });
  it('PAK Integrasi 550.63 − 400 = 150.63 at IV/b (BKN form) counts toward IV/c (150 + 150) and Ahli Utama (450)', () => {
    const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
    const p = unwrap(
      createPakPenetapan({
        pegawai: { nama: 'Budi', nip: NIP, golongan: 'IV/b' },
        integrasi,
        konversi: [rekam(2023, 'ahli-madya', 'sangat-baik'), rekam(2024, 'ahli-madya')],
      }),
    );
    // 2023 Sangat Baik 37.5 × 150% = 56.25; 2024 two semesters Baik = 37.5.
    expect([p.akDasar, p.integrasi?.akIntegrasi, p.akKonversi, p.akKumulatif]).toEqual([
      '0',
      '150.63',
      '93.75',
      '244.38',
    ]);
    expect(p.kenaikanPangkat).toMatchObject({
      jenis: 'pangkat',
      ke: 'IV/c',
      syarat: '300',
      selisih: '-55.62',
      akCukup: false,
      predikatCukup: null,
      prasyarat: ['masa-kerja'],
    });
    expect(p.kenaikanJenjang).toMatchObject({
      jenis: 'jenjang',
      ke: 'IV/d',
      jenjang: 'ahli-utama',
      syarat: '450',
      selisih: '-205.62',
    });
  });
  it('reports the excess and a predikat below Baik for a new jenjang', () => {
    const p = unwrap(
      createPakPenetapan({
        pegawai: { nama: 'A', nip: NIP, golongan: 'III/b' },
        akDasar: '90',
        konversi: [rekam(2025, 'ahli-pertama', 'butuh-perbaikan')],
      }),
    );
    // 90 + 12.5 × 75% = 99.375: still short of 100; the last predikat is below Baik.
    expect(p.kenaikanJenjang).toMatchObject({
      ke: 'III/c',
      syarat: '100',
      ak: '99.375',
      selisih: '-0.625',
      akCukup: false,
      predikatCukup: false,
    });
    const q = unwrap(
      createPakPenetapan({
        pegawai: { nama: 'A', nip: NIP, golongan: 'III/a' },
        konversi: [
          rekam(2025, 'ahli-pertama', 'sangat-baik'),
          rekam(2026, 'ahli-pertama', 'sangat-baik'),
          rekam(2027, 'ahli-pertama', 'sangat-baik'),
        ],
      }),
    );
    expect(q.kenaikanPangkat).toMatchObject({
      jenis: 'pangkat',
      ke: 'III/b',
      syarat: '50',
      ak: '56.25',
      selisih: '6.25',
      akCukup: true,
    });
  });
  it('has no next step at the top: IV/e', () => {
    const p = unwrap(createPakPenetapan({ pegawai: { nama: 'A', nip: NIP, golongan: 'IV/e' }, konversi: [] }));
    expect([p.kenaikanPangkat, p.kenaikanJenjang]).toEqual([null, null]);
  });
  it('refuses, coded and located: another jenjang, a stale integrasi, overlapping months, a bad pegawai', () => {
    const pegawai = { nama: 'Siti', nip: NIP, golongan: 'III/d' } as const;
    expect(
      createPakPenetapan({ pegawai, konversi: [rekam(2025, 'ahli-muda'), rekam(2024, 'ahli-pertama')] }),
    ).toMatchObject({ success: false, issues: [{ code: 'rekam-jenjang-lain', path: ['konversi', 1, 'jenjang'] }] });
    const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'III/d', akKumulatif: '350' }));
    expect(
      createPakPenetapan({ pegawai, integrasi: { ...integrasi, akIntegrasi: '160' }, konversi: [] }),
    ).toMatchObject({ success: false, issues: [{ code: 'integrasi-tidak-cocok' }] });
    const lama = unwrap(angkaKreditIntegrasi({ golongan: 'III/b', akKumulatif: '180' }));
    expect(createPakPenetapan({ pegawai, integrasi: lama, konversi: [] })).toMatchObject({
      success: false,
      issues: [{ code: 'integrasi-jenjang-lain' }],
    });
    expect(
      createPakPenetapan({
        pegawai,
        konversi: [rekam(2024, 'ahli-muda', 'baik', 1, 6), rekam(2024, 'ahli-muda', 'baik', 6, 12)],
      }),
    ).toMatchObject({ success: false, issues: [{ code: 'periode-tumpang-tindih', path: ['konversi', 1] }] });
    expect(createPakPenetapan({ pegawai: { ...pegawai, jenjang: 'ahli-madya' }, konversi: [] })).toMatchObject({
      success: false,
      issues: [{ code: 'jenjang-tidak-sesuai-golongan', path: ['pegawai', 'jenjang'] }],
    });
    expect(createPakPenetapan({ pegawai, konversi: [], akDasar: '-1' })).toMatchObject({
      success: false,
      issues: [{ code: 'nilai-negatif', path: ['akDasar'] }],
    });
    expect(createPakPenetapan({ pegawai, konversi: [], tanggal: '2026-02-30' })).toMatchObject({
      success: false,
      issues: [{ path: ['tanggal'] }],
    });
    expect(createPakPenetapan({ pegawai, konversi: [], lain: 1 } as never)).toMatchObject({
      success: false,
      issues: [{ code: 'skema-tidak-valid' }],
    });
  });
  it('feeds proyeksiKenaikan: the shortfall of 25 at 25 a year (Baik) is made up at the end of 2027', () => {
    const p = unwrap(
      createPakPenetapan({
        pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/d' },
        akDasar: 'golongan',
        konversi: [rekam(2024, 'ahli-muda'), rekam(2025, 'ahli-muda'), rekam(2026, 'ahli-muda')],
      }),
    );
    const y = proyeksiKenaikan({
      golongan: p.pegawai.golongan,
      akKumulatif: p.akKumulatif,
      predikat: 'baik',
      mulai: { tahun: 2027, ke: 1 },
    });
    expect(y.kenaikan[0]).toMatchObject({
      jenis: 'jenjang',
      ke: 'IV/a',
      periode: { tahun: 2027, ke: 1 },
      akJenjang: '200',
      akPangkat: '100',
    });
    expect(() =>
      proyeksiKenaikan({
        golongan: 'III/d',
        akKumulatif: '1',
        akPangkat: '1',
        predikat: 'baik',
        mulai: { tahun: 2027, ke: 1 },
      }),
    ).toThrow(/bukan keduanya/);
  });
});

describe('createPakKonversi and createPakAkumulasi', () => {
  it('builds frozen documents and refuses a record of another jenjang or golongan', () => {
    const d = unwrap(
      createPakKonversi({
        pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/c' },
        rekam: rekam(2025, 'ahli-muda', 'sangat-baik'),
        nomor: '800/1',
        tanggal: '2026-01-02',
      }),
    );
    expect(d).toMatchObject({
      jenis: 'konversi',
      pegawai: { jenjang: 'ahli-muda' },
      rekam: { angkaKredit: '37.5', persentase: 150, koefisienTahunan: '25' },
      nomor: '800/1',
    });
    expect(Object.isFrozen(d.rekam)).toBe(true);
    expect(
      createPakKonversi({ pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/a' }, rekam: rekam(2025, 'ahli-muda') }),
    ).toMatchObject({ success: false, issues: [{ code: 'rekam-jenjang-lain', path: ['rekam', 'jenjang'] }] });
    const g = createRekamAngkaKredit({
      tahun: 2025,
      bulanMulai: 1,
      bulanAkhir: 12,
      jenjang: 'ahli-muda',
      predikat: 'baik',
      golongan: 'III/d',
    });
    expect(createPakKonversi({ pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/c' }, rekam: g })).toMatchObject({
      success: false,
      issues: [{ code: 'golongan-tidak-sesuai-rekam' }],
    });
    expect(createPakKonversi(null as never)).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
    expect(
      createPakKonversi(
        { pegawai: { nama: 'S', nip: NIP, golongan: 'III/c' }, rekam: rekam(2025, 'ahli-muda') },
        KETENTUAN_2026 as never,
      ),
    ).toMatchObject({ success: false });
  });
  it('locates a row of another jenjang by its index in the input, not in time order', () => {
    const a = createPakAkumulasi({
      pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/a' },
      rekam: [rekam(2026, 'ahli-pertama'), rekam(2024, 'ahli-muda')],
    });
    expect(a).toMatchObject({
      success: false,
      issues: [{ code: 'rekam-jenjang-lain', path: ['rekam', 1, 'jenjang'] }],
    });
  });
});

// Properties: akumulasi equals its rows' sum; the Penetapan's parts add up; documents parse with their
// own zod schema and validate against the shipped JSON Schemas after a JSON round trip.
const ajv = new Ajv2020({ allErrors: true, strict: false });
const skema = (nama: string) =>
  ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', `${nama}.json`), 'utf8')) as object);
const json = { konversi: skema('pak-konversi'), akumulasi: skema('pak-akumulasi'), penetapan: skema('pak-penetapan') };

const riwayat = fc.record({
  golongan: fc.constantFrom(...GOLONGAN),
  tahun: fc.uniqueArray(fc.integer({ min: 2023, max: 2035 }), { maxLength: 8 }),
  predikat: fc.array(fc.constantFrom(...PREDIKAT), { minLength: 8, maxLength: 8 }),
  akDasar: fc.option(
    fc.integer({ min: 0, max: 30000 }).map((n) => (n / 100).toString()),
    { nil: undefined },
  ),
  nama: fc.string({ minLength: 1, maxLength: 40 }),
});

describe('PAK documents: properties', () => {
  test.prop([riwayat])(
    'Σ rows = total; AK kumulatif = dasar + integrasi + konversi; selisih = ak − syarat; JSON Schema round trip',
    (h) => {
      const gol = KETENTUAN_2026.golongan.find((g) => g.kode === h.golongan)!;
      const rows = h.tahun.map((t, i) => rekam(t, gol.jenjang, h.predikat[i]!));
      const pegawai = { nama: h.nama, nip: NIP, golongan: h.golongan as Golongan };
      const a = unwrap(createPakAkumulasi({ pegawai, rekam: rows }));
      expect(Desimal.from(a.total).equals(sumDesimal(rows.map((r) => r.angkaKredit)))).toBe(true);
      const p = unwrap(
        createPakPenetapan({ pegawai, konversi: rows, ...(h.akDasar === undefined ? {} : { akDasar: h.akDasar }) }),
      );
      expect(Desimal.from(p.akKumulatif).equals(Desimal.from(p.akDasar).plus(p.akKonversi))).toBe(true);
      for (const k of [p.kenaikanPangkat, p.kenaikanJenjang]) {
        if (k === null) continue;
        expect(Desimal.from(k.selisih).equals(Desimal.from(k.ak).minus(k.syarat))).toBe(true);
        expect(k.akCukup).toBe(Desimal.from(k.selisih).compare(0) >= 0);
        expect(golonganDari(k.jenjang)).toContain(k.ke);
      }
      for (const d of [a, p, ...rows.map((r) => unwrap(createPakKonversi({ pegawai, rekam: r })))]) {
        const kembali = JSON.parse(JSON.stringify(d)) as unknown;
        expect(PakSchema.parse(kembali)).toEqual(d);
        expect(json[d.jenis](kembali)).toBe(true);
      }
    },
  );
  test.prop([fc.constantFrom(...GOLONGAN.filter((g) => g !== 'IV/e')), fc.integer({ min: 0, max: 200000 })])(
    'integrasi in a Penetapan stays inside the golongan range',
    (golongan, n) => {
      const r = angkaKreditIntegrasi({ golongan, akKumulatif: (n / 100).toString() });
      if (!r.success) return;
      const p = unwrap(
        createPakPenetapan({ pegawai: { nama: 'X', nip: NIP, golongan }, integrasi: r.data, konversi: [] }),
      );
      expect(Desimal.from(p.akKumulatif).compare(r.data.rentang[0])).toBeGreaterThanOrEqual(0);
      expect(Desimal.from(p.akKumulatif).compare(r.data.rentang[1])).toBeLessThanOrEqual(0);
    },
  );
});
