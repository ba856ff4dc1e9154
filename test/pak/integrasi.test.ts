import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { angkaKreditIntegrasi, Desimal, GOLONGAN, KETENTUAN_2026, unwrap } from '../../src';

// PAK Integrasi (docs/sumber.md#pak-integrasi: BKN Direktorat Jabatan ASN deck and the integrasi form).
describe('angkaKreditIntegrasi', () => {
  it("reproduces the BKN form's worked case: 550,63 − 400 = 150,63 at IV/b (Ahli Madya)", () => {
    expect(unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }))).toEqual({
      golongan: 'IV/b',
      jenjang: 'ahli-madya',
      akKumulatif: '550.63',
      nilaiDasar: '400',
      akIntegrasi: '150.63',
      rentang: ['150', '300'],
    });
  });
  it('keeps the ranges of the integrasi forms (III/a 0–50, IV/b 150–300, …) and refuses, never clamps, outside them', () => {
    expect(unwrap(angkaKreditIntegrasi({ golongan: 'III/a', akKumulatif: '150' })).akIntegrasi).toBe('50');
    const luar = angkaKreditIntegrasi({ golongan: 'III/a', akKumulatif: '150.001' });
    expect(luar).toMatchObject({
      success: false,
      issues: [
        {
          code: 'integrasi-di-luar-rentang',
          path: ['akKumulatif'],
          params: { akIntegrasi: '50.001', min: '0', maks: '50' },
        },
      ],
    });
    expect(!luar.success && [luar.issues[0]!.message, luar.issues[0]!.messageEn]).toEqual([
      'AK Integrasi 50,001 (= 150,001 − 100) di luar rentang golongan III/a, 0–50: tidak ada tindak lanjut AK Integrasi.',
      "AK Integrasi 50.001 (= 150.001 − 100) lies outside golongan III/a's range 0–50: no AK Integrasi follows.",
    ]);
    expect(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '540' })).toMatchObject({
      success: false,
      issues: [{ code: 'integrasi-di-luar-rentang' }],
    });
    expect(angkaKreditIntegrasi({ golongan: 'IV/e', akKumulatif: '1100' })).toMatchObject({
      success: false,
      issues: [{ code: 'integrasi-tanpa-rentang' }],
    });
  });
  it('takes a nilai dasar given for a first appointment at another golongan, and refuses bad input with codes', () => {
    expect(unwrap(angkaKreditIntegrasi({ golongan: 'III/d', akKumulatif: '350', nilaiDasar: '200' })).akIntegrasi).toBe(
      '150',
    );
    expect(angkaKreditIntegrasi({ golongan: 'III/z' as never, akKumulatif: '1' })).toMatchObject({
      success: false,
      issues: [{ code: 'kode-tidak-dikenal' }],
    });
    expect(angkaKreditIntegrasi({ golongan: 'III/a', akKumulatif: 0.1 })).toMatchObject({
      success: false,
      issues: [{ code: 'desimal-tidak-valid' }],
    });
  });
  const golongan = fc.constantFrom(...GOLONGAN.filter((g) => KETENTUAN_2026.integrasiAk.rentang[g] !== null));
  test.prop([golongan, fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 99 })])(
    'a success is exactly AK − nilai dasar and lies inside its range; a failure lies outside it',
    (g, utuh, sen) => {
      const akD = Desimal.from(String(utuh))
        .dividedBy(100)
        .plus(Desimal.fraction(BigInt(sen), 10000n));
      const r = angkaKreditIntegrasi({ golongan: g, akKumulatif: akD });
      const j = KETENTUAN_2026.golongan.find((x) => x.kode === g)!.jenjang;
      const harap = akD.minus(KETENTUAN_2026.integrasiAk.nilaiDasar[j]);
      const [min, maks] = KETENTUAN_2026.integrasiAk.rentang[g]!;
      const di = harap.compare(min) >= 0 && harap.compare(maks) <= 0;
      expect(r.success).toBe(di);
      if (r.success) expect(Desimal.from(r.data.akIntegrasi).equals(harap)).toBe(true);
    },
  );
});
