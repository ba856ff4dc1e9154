import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { angkaKredit, Desimal, isKinerjaError, JENJANG, sumAngkaKredit, KETENTUAN_2024, penghitungAngkaKredit, PREDIKAT, sumDesimal, deriveKetentuan, unwrap } from '../../src';

const item = fc.record({ jenjang: fc.constantFrom(...JENJANG), predikat: fc.constantFrom(...PREDIKAT), bulan: fc.integer({ min: 1, max: 12 }) });

describe('angka kredit in bulk (scaled integers)', () => {
  const h = penghitungAngkaKredit();
  it('counts in 1/12000 for the 2024 figures', () => {
    expect(h.penyebut).toBe(12000);
    expect(h.satuan('ahli-pertama', 'baik', 2)).toBe(25000);
    expect(h.desimal(25000).toFraction()).toBe('25/12');
    expect(String(h.desimal(h.satuan('ahli-muda', 'sangat-baik')))).toBe('37.5');
  });
  test.prop([item])('agrees exactly with angkaKredit', (x) => {
    expect(h.desimal(h.satuan(x.jenjang, x.predikat, x.bulan)).equals(angkaKredit(x))).toBe(true);
  });
  test.prop([fc.array(item, { maxLength: 300 })])('sumAngkaKredit is the exact sum of angkaKredit', (xs) => {
    expect(sumAngkaKredit(xs).equals(sumDesimal(xs.map((x) => angkaKredit(x))))).toBe(true);
  });
  test.prop([fc.anything(), fc.anything()])('refuses what angkaKredit refuses, with the same codes', (j, b) => {
    const code = (f: () => unknown) => {
      try {
        f();
        return 'ok';
      } catch (e) {
        expect(isKinerjaError(e)).toBe(true);
        return (e as { code: string }).code;
      }
    };
    expect(code(() => h.satuan(j as never, 'baik', b as never))).toBe(code(() => angkaKredit({ jenjang: j as never, predikat: 'baik', bulan: b as never })));
  });
  it('keeps exact past the safe-integer range', () => {
    const besar = unwrap(deriveKetentuan(KETENTUAN_2024, { jenjang: KETENTUAN_2024.jenjang.map((j) => ({ ...j, koefisienTahunan: Desimal.from(j.koefisienTahunan).times('100000000').toString() })) }));
    const xs = Array.from({ length: 200 }, () => ({ jenjang: 'ahli-utama' as const, predikat: 'sangat-baik' as const }));
    expect(sumAngkaKredit(xs, besar).equals(sumDesimal(xs.map((x) => angkaKredit({ ...x, ketentuan: besar }))))).toBe(true);
    expect(() => penghitungAngkaKredit(unwrap(deriveKetentuan(KETENTUAN_2024, { jenjang: KETENTUAN_2024.jenjang.map((j) => ({ ...j, koefisienTahunan: Desimal.from(j.koefisienTahunan).times('1000000000000').toString() })) })))).toThrowError(expect.objectContaining({ code: 'ketentuan-tidak-valid' }));
  });
});
