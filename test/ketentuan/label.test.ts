import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { normalizeLabel } from '../../src/ketentuan/label';
import {
  KETENTUAN_2024,
  safeParseGolongan,
  safeParseJenjang,
  safeParseKode,
  safeParsePredikat,
  safeParseRating,
  type KategoriKode,
} from '../../src';

const KATEGORI = [
  'rating',
  'predikat',
  'jenjang',
  'golongan',
  'aspekBerakhlak',
  'langkahSiklus',
  'nilaiObservasi',
  'statusRencana',
  'peran',
  'statusKepegawaian',
  'indikatorPraktikKinerja',
  'tugasTambahan',
] as const satisfies readonly (keyof KategoriKode)[];

const entries = KATEGORI.flatMap((kategori) =>
  (
    KETENTUAN_2024[kategori] as readonly { kode: string; label: string; labelEn: string; alias: readonly string[] }[]
  ).map((e) => ({ kategori, e })),
);

/** Random variants of a label that a user might type: case, spacing, hyphens, underscores. */
const variant = (s: string) =>
  fc
    .tuple(
      fc.constantFrom<(x: string) => string>(
        (x) => x,
        (x) => x.toUpperCase(),
        (x) => x.toLowerCase(),
      ),
      fc.constantFrom(' ', '  ', '-', '_', ' - '),
      fc.constantFrom('', ' ', '\t'),
    )
    .map(
      ([c, sep, pad]) =>
        `${pad}${c(s)
          .split(/[\s-]+/)
          .join(sep)}${pad}`,
    );

describe('label parsing', () => {
  it('reads the known aliases', () => {
    expect(safeParsePredikat('Cukup')).toEqual({ success: true, data: 'butuh-perbaikan' });
    expect(safeParsePredikat('Kurang/Misconduct')).toEqual({ success: true, data: 'kurang' });
    expect(safeParsePredikat('kurang / misconduct')).toEqual({ success: true, data: 'kurang' });
    expect(safeParsePredikat('Sangat Baik')).toEqual({ success: true, data: 'sangat-baik' });
    expect(safeParseRating('Di Atas Ekspektasi')).toEqual({ success: true, data: 'di-atas-ekspektasi' });
    expect(safeParseJenjang('Guru Ahli Muda')).toEqual({ success: true, data: 'ahli-muda' });
    expect(safeParseGolongan('iv/a')).toEqual({ success: true, data: 'IV/a' });
    expect(safeParseGolongan('Penata Muda Tingkat I')).toEqual({ success: true, data: 'III/b' });
    expect(safeParseKode('nilaiObservasi', 'Dilakukan tapi belum efektif')).toEqual({
      success: true,
      data: 'dilakukan-belum-efektif',
    });
  });

  it('returns a coded issue listing the choices for anything else', () => {
    for (const bad of ['luar biasa', '', '   ', 42, null, undefined, {}, 'baikk']) {
      const r = safeParsePredikat(bad);
      expect(r.success).toBe(false);
      if (!r.success) {
        expect(r.issues).toHaveLength(1);
        expect(r.issues[0]?.code).toBe('label-tidak-dikenal');
        expect(r.issues[0]?.message).toContain('Butuh Perbaikan');
      }
    }
  });

  it('normalizes spacing, case and separators', () => {
    expect(normalizeLabel('  Sangat__Baik ')).toBe('sangat baik');
    expect(normalizeLabel('sangat-baik')).toBe(normalizeLabel('SANGAT BAIK'));
  });

  test.prop([fc.constantFrom(...entries)])(
    'parse(label(code)) === code for every code and label',
    ({ kategori, e }) => {
      for (const s of [e.kode, e.label, e.labelEn, ...e.alias]) {
        expect(safeParseKode(kategori, s)).toEqual({ success: true, data: e.kode });
      }
    },
  );

  test.prop([
    fc.constantFrom(...entries).chain(({ kategori, e }) => variant(e.label).map((v) => ({ kategori, e, v }))),
  ])('case and spacing variants of a label parse to its code', ({ kategori, e, v }) => {
    expect(safeParseKode(kategori, v)).toEqual({ success: true, data: e.kode });
  });
});
