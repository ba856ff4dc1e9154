import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  angkaKredit,
  Desimal,
  deriveKetentuan,
  formatAngkaKredit,
  isKinerjaError,
  JENJANG,
  KETENTUAN_2024,
  KinerjaError,
  predikatKinerja,
  PREDIKAT,
  safeAngkaKredit,
  safePredikatKinerja,
  sumDesimal,
  unwrap,
  type Jenjang,
  type Predikat,
} from '../../src';

// Figures copied from PermenPANRB 6/2022 and 1/2023 (docs/sumber.md), independent of the rule set's data.
const MATRIX: [string, string, string][] = [
  ['di-atas-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
  ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'baik'],
  ['di-atas-ekspektasi', 'di-atas-ekspektasi', 'sangat-baik'],
  ['sesuai-ekspektasi', 'di-bawah-ekspektasi', 'kurang'],
  ['sesuai-ekspektasi', 'sesuai-ekspektasi', 'baik'],
  ['sesuai-ekspektasi', 'di-atas-ekspektasi', 'baik'],
  ['di-bawah-ekspektasi', 'di-bawah-ekspektasi', 'sangat-kurang'],
  ['di-bawah-ekspektasi', 'sesuai-ekspektasi', 'butuh-perbaikan'],
  ['di-bawah-ekspektasi', 'di-atas-ekspektasi', 'butuh-perbaikan'],
];
const YEARLY: Record<Jenjang, Record<Predikat, string>> = {
  'ahli-pertama': {
    'sangat-baik': '18.75',
    baik: '12.5',
    'butuh-perbaikan': '9.375',
    kurang: '6.25',
    'sangat-kurang': '3.125',
  },
  'ahli-muda': {
    'sangat-baik': '37.5',
    baik: '25',
    'butuh-perbaikan': '18.75',
    kurang: '12.5',
    'sangat-kurang': '6.25',
  },
  'ahli-madya': {
    'sangat-baik': '56.25',
    baik: '37.5',
    'butuh-perbaikan': '28.125',
    kurang: '18.75',
    'sangat-kurang': '9.375',
  },
  'ahli-utama': { 'sangat-baik': '75', baik: '50', 'butuh-perbaikan': '37.5', kurang: '25', 'sangat-kurang': '12.5' },
};

describe('predikatKinerja (PermenPANRB 6/2022 matrix)', () => {
  it.each(MATRIX)('hasil %s × perilaku %s → %s', (h, p, expected) => {
    expect(predikatKinerja(h as never, p as never)).toBe(expected);
  });
  it('throws kode-tidak-dikenal for anything else, and its safe twin fails', () => {
    for (const [h, p] of [
      ['Baik', 'sesuai-ekspektasi'],
      ['sesuai-ekspektasi', undefined],
      [null, null],
      [1, {}],
    ]) {
      expect(() => predikatKinerja(h as never, p as never)).toThrowError(
        expect.objectContaining({ code: 'kode-tidak-dikenal' }),
      );
      const r = safePredikatKinerja(h, p);
      expect(!r.success && r.issues[0]?.code).toBe('kode-tidak-dikenal');
    }
    expect(safePredikatKinerja('di-atas-ekspektasi', 'di-atas-ekspektasi')).toEqual({
      success: true,
      data: 'sangat-baik',
    });
  });
});

describe('angkaKredit (PermenPANRB 1/2023)', () => {
  it.each(JENJANG.flatMap((j) => PREDIKAT.map((p) => [j, p] as const)))('%s, %s, a year', (j, p) => {
    expect(String(angkaKredit({ jenjang: j, predikat: p }))).toBe(YEARLY[j][p]);
  });
  it("reproduces the seeds' and BKN's figures", () => {
    expect(String(angkaKredit({ jenjang: 'ahli-muda', predikat: 'sangat-baik' }))).toBe('37.5');
    expect(String(angkaKredit({ jenjang: 'ahli-madya', predikat: 'baik' }))).toBe('37.5');
    expect(String(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 6 }))).toBe('6.25');
    const dua = angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 });
    expect(dua.toFraction()).toBe('25/12');
    expect(formatAngkaKredit(dua)).toBe('2.08');
    expect(formatAngkaKredit(dua, { untuk: 'siasn' })).toBe('2.083');
    expect(formatAngkaKredit(desimalOf('18.75').plus(dua))).toBe('20.83');
    expect(formatAngkaKredit(desimalOf('5.625'))).toBe('5.63');
  });
  it('throws coded errors for misuse, never a TypeError or NaN', () => {
    const code = (x: unknown) => {
      try {
        angkaKredit(x as never);
        return 'ok';
      } catch (e) {
        expect(e).toBeInstanceOf(KinerjaError);
        return (e as KinerjaError).code;
      }
    };
    expect(code(null)).toBe('argumen-tidak-valid');
    expect(code('ahli-muda')).toBe('argumen-tidak-valid');
    expect(code({ jenjang: 'ahli-super', predikat: 'baik' })).toBe('kode-tidak-dikenal');
    expect(code({ jenjang: 'ahli-muda', predikat: 'Baik' })).toBe('kode-tidak-dikenal');
    for (const bulan of [0, 13, 1.5, '6', Number.NaN, -1, null, { toString: false }, Object.create(null)])
      expect(code({ jenjang: 'ahli-muda', predikat: 'baik', bulan })).toBe('argumen-tidak-valid');
    expect(safeAngkaKredit({ jenjang: 'ahli-muda', predikat: 'baik', bulan: 13 })).toMatchObject({
      success: false,
      issues: [{ code: 'argumen-tidak-valid' }],
    });
    expect(unwrap(safeAngkaKredit({ jenjang: 'ahli-muda', predikat: 'baik', bulan: 6 })).toString()).toBe('12.5');
  });
  it('follows a custom rule set', () => {
    const k = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        predikat: KETENTUAN_2024.predikat.map((p) => (p.kode === 'baik' ? { ...p, persentase: 90 } : p)),
      }),
    );
    expect(String(angkaKredit({ jenjang: 'ahli-muda', predikat: 'baik', ketentuan: k }))).toBe('22.5');
  });

  const jenjang = fc.constantFrom(...JENJANG);
  const predikat = fc.constantFrom(...PREDIKAT);
  const bulan = fc.integer({ min: 1, max: 12 });

  test.prop([jenjang, bulan])('is monotone in predikat', (j, b) => {
    const ak = PREDIKAT.map((p) => angkaKredit({ jenjang: j, predikat: p, bulan: b }));
    for (let i = 1; i < ak.length; i++) expect(ak[i]!.compare(ak[i - 1]!)).toBeLessThanOrEqual(0);
  });
  test.prop([predikat, bulan])('is monotone in jenjang', (p, b) => {
    const ak = JENJANG.map((j) => angkaKredit({ jenjang: j, predikat: p, bulan: b }));
    for (let i = 1; i < ak.length; i++) expect(ak[i]!.compare(ak[i - 1]!)).toBeGreaterThanOrEqual(0);
  });
  test.prop([jenjang, predikat, bulan, bulan])('AK(a) + AK(b) = AK(a + b) exactly', (j, p, a, b) => {
    fc.pre(a + b <= 12);
    const sum = angkaKredit({ jenjang: j, predikat: p, bulan: a }).plus(
      angkaKredit({ jenjang: j, predikat: p, bulan: b }),
    );
    expect(sum.equals(angkaKredit({ jenjang: j, predikat: p, bulan: a + b }))).toBe(true);
  });
  test.prop([jenjang, predikat])('12 monthly figures sum exactly to the yearly one', (j, p) => {
    const months = Array.from({ length: 12 }, () => angkaKredit({ jenjang: j, predikat: p, bulan: 1 }));
    expect(sumDesimal(months).equals(angkaKredit({ jenjang: j, predikat: p }))).toBe(true);
  });
  test.prop([fc.anything()])('fuzzed junk gives coded errors only', (junk) => {
    for (const f of [
      () => angkaKredit(junk as never),
      () => angkaKredit({ jenjang: junk, predikat: 'baik' } as never),
      () => angkaKredit({ jenjang: 'ahli-muda', predikat: 'baik', bulan: junk } as never),
      () => predikatKinerja(junk as never, 'sesuai-ekspektasi'),
    ]) {
      try {
        const v = f();
        expect(typeof v === 'string' || v instanceof Desimal).toBe(true);
      } catch (e) {
        expect(isKinerjaError(e)).toBe(true);
      }
    }
    expect(typeof safeAngkaKredit(junk).success).toBe('boolean');
  });
});

function desimalOf(s: string) {
  return Desimal.from(s);
}
