import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { deriveKetentuan, KETENTUAN_2024, validateKetentuan, type Ketentuan } from '../../src';

const codes = (r: ReturnType<typeof validateKetentuan>) => (r.success ? [] : r.issues.map((i) => i.code));

describe('validateKetentuan', () => {
  it('accepts the default rule set and returns a frozen copy', () => {
    const r = validateKetentuan(KETENTUAN_2024);
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data).toEqual(KETENTUAN_2024);
      expect(Object.isFrozen(r.data.katalogRhk[0])).toBe(true);
    }
  });

  it('rejects a missing matrix cell', () => {
    const { 'sesuai-ekspektasi': _drop, ...row } = KETENTUAN_2024.matriksPredikat['di-atas-ekspektasi'];
    const r = deriveKetentuan(KETENTUAN_2024, {
      matriksPredikat: { ...KETENTUAN_2024.matriksPredikat, 'di-atas-ekspektasi': row } as never,
    });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([
        expect.objectContaining({
          code: 'skema-tidak-valid',
          path: ['matriksPredikat', 'di-atas-ekspektasi', 'sesuai-ekspektasi'],
        }),
      ]);
    }
  });

  it('rejects a negative or inexact coefficient', () => {
    const jenjang = (koef: string) =>
      KETENTUAN_2024.jenjang.map((j, i) => (i === 0 ? { ...j, koefisienTahunan: koef } : j));
    expect(codes(deriveKetentuan(KETENTUAN_2024, { jenjang: jenjang('-12.5') }))).toContain('nilai-negatif');
    expect(codes(deriveKetentuan(KETENTUAN_2024, { jenjang: jenjang('abc') }))).toContain('desimal-tidak-valid');
    expect(codes(deriveKetentuan(KETENTUAN_2024, { jenjang: jenjang('30') }))).toContain('koefisien-tidak-monoton');
  });

  it('rejects a missing code, a duplicate, unknown sources and ambiguous labels', () => {
    expect(codes(deriveKetentuan(KETENTUAN_2024, { predikat: KETENTUAN_2024.predikat.slice(1) }))).toContain(
      'kode-hilang',
    );
    expect(
      codes(
        deriveKetentuan(KETENTUAN_2024, { katalogRhk: [...KETENTUAN_2024.katalogRhk, KETENTUAN_2024.katalogRhk[0]!] }),
      ),
    ).toContain('kode-ganda');
    expect(
      codes(
        deriveKetentuan(KETENTUAN_2024, {
          sumber: { ...KETENTUAN_2024.sumber, poin: { tingkat: 'seed', acuan: ['buku-x'] } },
        }),
      ),
    ).toContain('sumber-tidak-dikenal');
    const predikat = KETENTUAN_2024.predikat.map((p) => (p.kode === 'baik' ? { ...p, alias: ['Cukup'] } : p));
    expect(codes(deriveKetentuan(KETENTUAN_2024, { predikat }))).toContain('label-ambigu');
  });

  it('rejects bad points, calendars and periods', () => {
    expect(codes(deriveKetentuan(KETENTUAN_2024, { poin: { wajib: true, minimum: 130, maksimum: 128 } }))).toContain(
      'batas-poin-tidak-valid',
    );
    expect(
      codes(
        deriveKetentuan(KETENTUAN_2024, { kalender: KETENTUAN_2024.kalender.map((t) => ({ ...t, bulanAkhir: 9 })) }),
      ),
    ).toContain('kalender-tidak-valid');
    expect(
      codes(deriveKetentuan(KETENTUAN_2024, { periode: { jenis: 'semester', rentangBulan: [[1, 12]] } })),
    ).toContain('periode-tidak-valid');
  });

  it('gives schema issues with paths for junk', () => {
    for (const junk of [null, 42, 'x', [], {}]) {
      const r = validateKetentuan(junk);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.every((i) => i.code === 'skema-tidak-valid')).toBe(true);
    }
  });

  it('derives next year from the default without touching it', () => {
    const before = JSON.stringify(KETENTUAN_2024);
    const r = deriveKetentuan(KETENTUAN_2024, { id: '2024-x', poin: { wajib: true, minimum: 40, maksimum: 120 } });
    expect(r.success && r.data.poin).toEqual({ wajib: true, minimum: 40, maksimum: 120 });
    expect(JSON.stringify(KETENTUAN_2024)).toBe(before);
  });

  test.prop([fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })])(
    'dropping any single matrix cell is reported at that cell',
    (h, p) => {
      const ratings = ['di-atas-ekspektasi', 'sesuai-ekspektasi', 'di-bawah-ekspektasi'] as const;
      const H = ratings[h]!;
      const P = ratings[p]!;
      const row: Record<string, string> = { ...KETENTUAN_2024.matriksPredikat[H] };
      delete row[P];
      const r = deriveKetentuan(KETENTUAN_2024, {
        matriksPredikat: { ...KETENTUAN_2024.matriksPredikat, [H]: row } as never,
      });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues.map((i) => i.path)).toEqual([['matriksPredikat', H, P]]);
    },
  );

  test.prop([fc.constantFrom(...KETENTUAN_2024.predikat.map((p) => p.kode)), fc.integer({ min: -1000, max: -1 })])(
    'any negative persentase is rejected',
    (kode, pct) => {
      const predikat = KETENTUAN_2024.predikat.map((p) => (p.kode === kode ? { ...p, persentase: pct } : p));
      expect(codes(deriveKetentuan(KETENTUAN_2024, { predikat } as Partial<Ketentuan>))).toContain(
        'persentase-tidak-valid',
      );
    },
  );
});
