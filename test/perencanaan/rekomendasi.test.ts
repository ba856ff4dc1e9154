import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  deriveKetentuan,
  KETENTUAN_2024,
  KETENTUAN_2026,
  rekomendasiIndikator,
  unwrap,
  type CapaianRaporPendidikan,
  type KategoriRapor,
} from '../../src';

// #20, Panduan Teknis PMM (FAQ): the plan starts from indicators recommended by the school's Rapor Pendidikan.
const GURU = KETENTUAN_2026.indikatorPraktikKinerja.filter((i) => i.peran === 'guru').map((i) => i.kode);
const KS = KETENTUAN_2026.indikatorPraktikKinerja.filter((i) => i.peran === 'kepala-sekolah').map((i) => i.kode);
const urutan = (r: ReturnType<typeof rekomendasiIndikator>) => {
  const d = unwrap(r);
  return d.jenis === 'rekomendasi' ? [...d.direkomendasikan.map((x) => x.kode), ...d.lainnya] : [...d.lainnya];
};

describe('rekomendasiIndikator', () => {
  it('ranks weakest category first, then lower score, then catalogue order, each with its reason', () => {
    const c: CapaianRaporPendidikan = {
      jenisSatuan: 'sd',
      indikator: [
        { kode: 'aktivitas-interaktif', kategori: 'sedang', skor: 55 },
        { kode: 'umpan-balik-konstruktif', kategori: 'kurang', skor: 48 },
        { kode: 'keteraturan-suasana-kelas', kategori: 'kurang', skor: 41 },
        { kode: 'instruksi-pembelajaran', kategori: 'sedang' },
      ],
    };
    const d = unwrap(rekomendasiIndikator('guru', c));
    expect(d.jenis).toBe('rekomendasi');
    if (d.jenis !== 'rekomendasi') return;
    expect(d.direkomendasikan.map((x) => [x.kode, x.alasan])).toEqual([
      ['keteraturan-suasana-kelas', 'Kurang pada keteraturan-suasana-kelas (skor 41)'],
      ['umpan-balik-konstruktif', 'Kurang pada umpan-balik-konstruktif (skor 48)'],
      ['aktivitas-interaktif', 'Sedang pada aktivitas-interaktif (skor 55)'],
      ['instruksi-pembelajaran', 'Sedang pada instruksi-pembelajaran'],
    ]);
    expect(d.direkomendasikan[0]?.alasanEn).toBe('Kurang on keteraturan-suasana-kelas (score 41)');
    expect(d.lainnya).toEqual(GURU.filter((k) => !d.direkomendasikan.some((x) => x.kode === k)));
  });
  it('reads the report dimension (D.1 for a guru, D.3 for a kepala sekolah) and ignores the other role', () => {
    const c = {
      indikator: [
        { kode: 'D.3', kategori: 'kurang' as const },
        { kode: 'D.1', kategori: 'baik' as const },
      ],
    };
    const ks = unwrap(rekomendasiIndikator('kepala-sekolah', c));
    expect(ks.jenis === 'rekomendasi' && ks.direkomendasikan.map((x) => x.kode)).toEqual(KS);
    expect(ks.jenis === 'rekomendasi' && ks.direkomendasikan[0]?.alasan).toBe('Kurang pada D.3');
    const guru = unwrap(rekomendasiIndikator('guru', c));
    expect(guru.jenis === 'rekomendasi' && guru.direkomendasikan.every((x) => x.kategori === 'baik')).toBe(true);
  });
  it('without capaian, or for TK/PAUD, says to choose with the atasan and lists every indicator (never an empty list)', () => {
    for (const r of [
      rekomendasiIndikator('guru', undefined),
      rekomendasiIndikator('guru', { indikator: [] }),
      rekomendasiIndikator('guru', { indikator: [{ kode: 'D.3', kategori: 'kurang' }] }),
    ]) {
      expect(unwrap(r)).toMatchObject({ jenis: 'pilih-bersama-atasan', sebab: 'tanpa-capaian', lainnya: GURU });
    }
    expect(
      unwrap(rekomendasiIndikator('guru', { jenisSatuan: 'PAUD', indikator: [{ kode: 'D.1', kategori: 'kurang' }] })),
    ).toMatchObject({ sebab: 'jenis-satuan-tanpa-rapor' });
  });
  it('refuses invalid capaian with coded issues and an unknown role with a coded failure', () => {
    expect(
      rekomendasiIndikator('guru', { indikator: [{ kode: 'D.1', kategori: 'buruk' as KategoriRapor }] }),
    ).toMatchObject({ success: false, issues: [{ code: 'skema-tidak-valid', path: ['indikator', 0, 'kategori'] }] });
    expect(rekomendasiIndikator('pengawas-sekolah' as never, undefined)).toMatchObject({
      success: false,
      issues: [{ code: 'kode-tidak-dikenal' }],
    });
  });
  it('refuses a capaian code the rule set does not know with a coded issue at its path, never treating it as no capaian', () => {
    // Before #27 an unknown code (a typo, a sub-indicator the rule set does not map) silently became "tanpa capaian".
    const r = rekomendasiIndikator('guru', {
      indikator: [
        { kode: 'D.1', kategori: 'sedang' },
        { kode: 'D.9', kategori: 'kurang' },
        { kode: 'D.1.1', kategori: 'kurang' },
      ],
    });
    expect(r).toMatchObject({
      success: false,
      issues: [
        { code: 'kode-rapor-tidak-dikenal', path: ['indikator', 1, 'kode'], params: { kode: 'D.9' } },
        { code: 'kode-rapor-tidak-dikenal', path: ['indikator', 2, 'kode'], params: { kode: 'D.1.1' } },
      ],
    });
    // Known: indicator codes of either role, the dimensions D.1 / D.3 (with or without the dot), mapped report codes.
    expect(
      rekomendasiIndikator('guru', {
        indikator: [
          { kode: 'D1', kategori: 'kurang' },
          { kode: KS[0]!, kategori: 'kurang' },
        ],
      }).success,
    ).toBe(true);
  });
  test.prop([
    fc.array(fc.constantFrom(...GURU, 'D.1', 'D.3'), { maxLength: 5 }),
    fc
      .string({ minLength: 1, maxLength: 6 })
      .filter((s) => !/^d\.?[13]$/i.test(s.trim()) && ![...GURU, ...KS].includes(s)),
    fc.nat(),
  ])('an unknown code anywhere in a capaian fails with its index; known codes alone never do', (kode, asing, n) => {
    const indikator = kode.map((k) => ({ kode: k, kategori: 'sedang' as const }));
    expect(rekomendasiIndikator('guru', { indikator }).success).toBe(true);
    const i = n % (indikator.length + 1);
    const r = rekomendasiIndikator('guru', {
      indikator: [...indikator.slice(0, i), { kode: asing, kategori: 'kurang' }, ...indikator.slice(i)],
    });
    expect(r).toMatchObject({
      success: false,
      issues: [{ code: 'kode-rapor-tidak-dikenal', path: ['indikator', i, 'kode'] }],
    });
  });
  it('takes the ranking policy and the mapping from the rule set (replaceable): scores ignored, a sub-indicator mapped', () => {
    const k = unwrap(
      deriveKetentuan(KETENTUAN_2024, {
        id: 'rapor-x',
        raporPendidikan: {
          ...KETENTUAN_2024.raporPendidikan,
          peringkat: 'kategori',
          peta: [
            ...KETENTUAN_2024.raporPendidikan.peta,
            { kodeRapor: 'D.1.1', indikator: ['penerapan-disiplin-positif'] },
          ],
        },
      }),
    );
    const c = {
      indikator: [
        { kode: 'aktivitas-interaktif', kategori: 'kurang' as const, skor: 90 },
        { kode: 'D.1.1', kategori: 'kurang' as const, skor: 10 },
      ],
    };
    const d = unwrap(rekomendasiIndikator('guru', c, { ketentuan: k }));
    expect(d.jenis === 'rekomendasi' && d.direkomendasikan.map((x) => x.kode)).toEqual([
      'penerapan-disiplin-positif',
      'aktivitas-interaktif',
    ]); // catalogue order
  });

  const capaianArb = fc.array(
    fc.record({
      kode: fc.constantFrom(...GURU, 'D.1', 'D.3', KS[0]!),
      kategori: fc.constantFrom('baik' as const, 'sedang' as const, 'kurang' as const),
      skor: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    }),
    { maxLength: 12 },
  );
  const bersih = (xs: { kode: string; kategori: KategoriRapor; skor: number | undefined }[]) =>
    xs.map(({ skor, ...x }) => (skor === undefined ? x : { ...x, skor }));

  test.prop([capaianArb])('is a permutation of the role indicators', (xs) => {
    expect([...urutan(rekomendasiIndikator('guru', { indikator: bersih(xs) }))].sort()).toEqual([...GURU].sort());
  });
  test.prop([capaianArb, fc.integer()])('is stable under reordering of the input', (xs, seed) => {
    const acak = [...xs].sort(
      (a, b) => ((JSON.stringify(a).length * 31 + seed) % 7) - ((JSON.stringify(b).length * 17 + seed) % 5),
    );
    expect(urutan(rekomendasiIndikator('guru', { indikator: bersih(acak) }))).toEqual(
      urutan(rekomendasiIndikator('guru', { indikator: bersih(xs) })),
    );
  });
  test.prop([capaianArb, fc.constantFrom(...GURU)])(
    'is monotone: a weaker category for an indicator never moves it later',
    (xs, kode) => {
      const sebelum = urutan(rekomendasiIndikator('guru', { indikator: bersih(xs) })).indexOf(kode);
      const sesudah = urutan(
        rekomendasiIndikator('guru', { indikator: [...bersih(xs), { kode, kategori: 'kurang', skor: -1 }] }),
      ).indexOf(kode);
      expect(sesudah).toBeLessThanOrEqual(sebelum);
    },
  );
});
