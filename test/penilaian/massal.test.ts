import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  angkaKredit,
  Desimal,
  deriveKetentuan,
  JENJANG,
  KETENTUAN_2024,
  PREDIKAT,
  sumAngkaKredit,
  sumDesimal,
  unwrap,
} from '../../src';
import { tabelAngkaKredit } from '../../src/penilaian/angka-kredit';

const item = fc.record({
  jenjang: fc.constantFrom(...JENJANG),
  predikat: fc.constantFrom(...PREDIKAT),
  bulan: fc.integer({ min: 1, max: 12 }),
});

describe('one angka kredit formula, single and bulk', () => {
  it('counts in 1/2400 for the built-in figures', () => {
    const t = tabelAngkaKredit(KETENTUAN_2024);
    expect(t.penyebut).toBe(2400); // 12.5 = 25/2: the common denominator of the koefisien is 2
    expect(t.satuan('ahli-pertama', 'baik') * 2).toBe(5000); // 5000 / 2400 = 25/12
    expect(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }).toFraction()).toBe('25/12');
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
        return (e as { code: string }).code;
      }
    };
    expect(code(() => sumAngkaKredit([{ jenjang: j as never, predikat: 'baik', bulan: b as never }]))).toBe(
      code(() => angkaKredit({ jenjang: j as never, predikat: 'baik', bulan: b as never })),
    );
  });
  it('takes a koefisien that is a fraction (37/3) in both paths alike', () => {
    const k = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        id: 'pecahan',
        jenjang: KETENTUAN_2024.jenjang.map((j, i) => (i === 0 ? { ...j, koefisienTahunan: '37/3' } : j)),
      }),
    );
    const x = { jenjang: 'ahli-pertama' as const, predikat: 'baik' as const, bulan: 5, ketentuan: k };
    expect(angkaKredit(x).toFraction()).toBe('185/36');
    expect(sumAngkaKredit([x, x], { ketentuan: k }).equals(angkaKredit(x).times(2))).toBe(true);
  });
  it('keeps exact past the safe-integer range, and refuses figures too large for the table', () => {
    const besar = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        id: 'besar',
        jenjang: KETENTUAN_2024.jenjang.map((j) => ({
          ...j,
          koefisienTahunan: Desimal.from(j.koefisienTahunan).times('100000000').toString(),
        })),
      }),
    );
    const xs = Array.from({ length: 200 }, () => ({
      jenjang: 'ahli-utama' as const,
      predikat: 'sangat-baik' as const,
    }));
    expect(
      sumAngkaKredit(xs, { ketentuan: besar }).equals(
        sumDesimal(xs.map((x) => angkaKredit({ ...x, ketentuan: besar }))),
      ),
    ).toBe(true);
    const terlalu = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        id: 'terlalu',
        jenjang: KETENTUAN_2024.jenjang.map((j) => ({
          ...j,
          koefisienTahunan: Desimal.from(j.koefisienTahunan).times('1000000000000').toString(),
        })),
      }),
    );
    expect(() => angkaKredit({ jenjang: 'ahli-utama', predikat: 'baik', ketentuan: terlalu })).toThrowError(
      expect.objectContaining({ code: 'ketentuan-tidak-valid' }),
    );
    expect(() => sumAngkaKredit([], { ketentuan: terlalu })).toThrowError(
      expect.objectContaining({ code: 'ketentuan-tidak-valid' }),
    );
  });
});
