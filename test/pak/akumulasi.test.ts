import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  akumulasiAngkaKredit,
  createRekamAngkaKredit,
  Desimal,
  JENJANG,
  PREDIKAT,
  sumDesimal,
  unwrap,
} from '../../src';

// The akumulasi of konversi (PerBKN 3/2023, docs/sumber.md#pak: annual, periodic, partial months, records under different rule sets).
describe('akumulasiAngkaKredit', () => {
  const r = (tahun: number, bulanMulai: number, bulanAkhir: number, predikat: (typeof PREDIKAT)[number] = 'baik') =>
    createRekamAngkaKredit({ tahun, bulanMulai, bulanAkhir, jenjang: 'ahli-muda', predikat });
  it('orders records of 2024 semesters, a partial year and 2026, each under its own rule set, and sums them exactly', () => {
    const a = unwrap(
      akumulasiAngkaKredit([r(2026, 1, 12), r(2024, 1, 6), r(2025, 3, 12, 'sangat-baik'), r(2024, 7, 12)]),
    );
    expect(a.baris.map((x) => [x.ketentuan, x.tahun, x.bulanMulai])).toEqual([
      ['2024', 2024, 1],
      ['2024', 2024, 7],
      ['2025', 2025, 3],
      ['2026', 2026, 1],
    ]);
    // 12.5 + 12.5 + 25 × 150% × 10/12 + 25 = 81.25
    expect(a.total).toBe('81.25');
  });
  it('refuses months counted twice and tampered records, located', () => {
    expect(akumulasiAngkaKredit([r(2024, 1, 6), r(2024, 6, 12)])).toMatchObject({
      success: false,
      issues: [{ code: 'periode-tumpang-tindih', path: [1] }],
    });
    expect(akumulasiAngkaKredit([r(2024, 1, 6), { ...r(2024, 7, 12), angkaKredit: '99' }])).toMatchObject({
      success: false,
      issues: [{ code: 'angka-kredit-tidak-cocok', path: [1, 'angkaKredit'] }],
    });
    expect(akumulasiAngkaKredit('x' as never)).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
  });
  const tahun = fc.uniqueArray(fc.integer({ min: 2024, max: 2040 }), { maxLength: 10 });
  test.prop([tahun, fc.constantFrom(...JENJANG), fc.constantFrom(...PREDIKAT)])(
    'the total is exactly the sum of its rows, whatever the order given',
    (ys, jenjang, predikat) => {
      const rows = ys.map((t) =>
        createRekamAngkaKredit({ tahun: t, bulanMulai: 1, bulanAkhir: t === 2024 ? 6 : 12, jenjang, predikat }),
      );
      const a = unwrap(akumulasiAngkaKredit(rows));
      expect(Desimal.from(a.total).equals(sumDesimal(rows.map((x) => x.angkaKredit)))).toBe(true);
      expect(a.baris.map((x) => x.tahun)).toEqual([...ys].sort((p, q) => p - q));
    },
  );
});
