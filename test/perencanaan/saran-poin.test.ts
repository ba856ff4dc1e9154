import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { deriveKetentuan, KETENTUAN_2024, suggestRhk } from '../../src';

const poin = (kode: string) => KETENTUAN_2024.katalogRhk.find((c) => c.kode === kode)?.poin ?? NaN;

describe('suggestRhk', () => {
  it("suggests the seeds' way to 32 first", () => {
    const s = suggestRhk(16, { peran: 'guru', ketentuan: KETENTUAN_2024 });
    expect(s[0]).toEqual({ kegiatan: [{ kode: 'pelatihan-mandiri', kuantitas: 2 }], tambahanPoin: 16, totalPoin: 32 });
    expect(s.slice(0, 3).map((x) => x.totalPoin)).toEqual([32, 32, 32]);
  });
  it('suggests nothing once the minimum is reached or without points', () => {
    expect(suggestRhk(32, { ketentuan: KETENTUAN_2024 })).toEqual([]);
    const tanpa = deriveKetentuan(KETENTUAN_2024, { poin: null });
    expect(tanpa.success && suggestRhk(0, { ketentuan: tanpa.data })).toEqual([]);
  });
  it('respects the per-period maximum of an activity already planned', () => {
    const s = suggestRhk(0, {
      peran: 'guru',
      batas: 200,
      sudahDirencanakan: { 'pelatihan-mandiri': 0 },
      ketentuan: KETENTUAN_2024,
    });
    expect(
      s.some((x) => x.kegiatan.some((k) => k.kode === 'menuntaskan-program-guru-penggerak' && k.kuantitas > 1)),
    ).toBe(false);
  });
  test.prop([fc.integer({ min: 0, max: 31 }), fc.constantFrom('guru' as const, 'kepala-sekolah' as const)])(
    'every suggestion reaches 32, stays within 128, is minimal, and fits the role',
    (now, peran) => {
      const s = suggestRhk(now, { peran, batas: 50, ketentuan: KETENTUAN_2024 });
      expect(s.length).toBeGreaterThan(0);
      for (const x of s) {
        const added = x.kegiatan.reduce((a, k) => a + poin(k.kode) * k.kuantitas, 0);
        expect(added).toBe(x.tambahanPoin);
        expect(x.totalPoin).toBe(now + added);
        expect(x.totalPoin).toBeGreaterThanOrEqual(32);
        expect(x.totalPoin).toBeLessThanOrEqual(128);
        const smallest = Math.min(...x.kegiatan.map((k) => poin(k.kode)));
        expect(x.totalPoin - smallest).toBeLessThan(32);
        for (const k of x.kegiatan)
          expect(KETENTUAN_2024.katalogRhk.find((c) => c.kode === k.kode)?.untuk).toContain(peran);
      }
      for (let i = 1; i < s.length; i++) expect(s[i]!.tambahanPoin).toBeGreaterThanOrEqual(s[i - 1]!.tambahanPoin);
    },
  );
});
