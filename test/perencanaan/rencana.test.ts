import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addRhk,
  addTugasTambahan,
  chooseIndikator,
  createRencana,
  KinerjaError,
  removeRhk,
  removeTugasTambahan,
  RencanaKinerjaSchema,
  setDokumen,
  setPerilaku,
  rangkumanRencana,
  updateRhk,
  validateRencana,
} from '../../src';
import { GURU, rencanaSeed } from './fixtures';

const TT = {
  jenis: 'wali-kelas',
  uraian: 'Wali kelas 2A',
  sk: { nomor: '800/12/SD/2024', tanggal: '2024-01-08' },
  kuantitas: 1,
  satuan: 'kelas',
  targetWaktuBulan: 6,
};

describe('the plan document', () => {
  it("starts empty, under the default rule set, with the role's dokumen akuntabilitas", () => {
    const r = createRencana({ pegawai: GURU, periode: { tahun: 2024, ke: 1 } });
    expect(r.ketentuan).toBe('2024');
    expect(r.rhk).toEqual([]);
    expect(r.dokumenAkuntabilitas).toEqual({ K3: false, K4: false, K5: false });
    expect(Object.isFrozen(r) && Object.isFrozen(r.pegawai)).toBe(true);
    expect(Object.isFrozen(GURU)).toBe(false);
    const ks = createRencana({ pegawai: { ...GURU, peran: 'kepala-sekolah' }, periode: { tahun: 2024, ke: 1 } });
    expect(Object.keys(ks.dokumenAkuntabilitas)).toEqual(['K3', 'K4', 'K5', 'K6']);
  });

  it('edits return new frozen plans with stable ids', () => {
    let r = rencanaSeed();
    expect(r.rhk.map((x) => x.id)).toEqual(['rhk-1', 'rhk-2']);
    r = removeRhk(r, 'rhk-1');
    r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
    expect(r.rhk.map((x) => x.id)).toEqual(['rhk-2', 'rhk-3']);
    r = updateRhk(r, 'rhk-3', { kuantitas: 4 });
    expect(r.rhk[1]).toEqual({ id: 'rhk-3', kegiatan: 'pelatihan-mandiri', kuantitas: 4 });
    r = addTugasTambahan(r, TT);
    expect(r.tugasTambahan[0]?.id).toBe('tt-1');
    expect(removeTugasTambahan(r, 'tt-1').tugasTambahan).toEqual([]);
    expect(setDokumen(r, 'K3', true).dokumenAkuntabilitas.K3).toBe(true);
    expect(chooseIndikator(r, 'umpan-balik-konstruktif').indikatorPraktikKinerja).toEqual(['umpan-balik-konstruktif']);
    expect(Object.isFrozen(r.rhk[1])).toBe(true);
  });

  it('throws tidak-ditemukan for unknown ids', () => {
    const r = rencanaSeed();
    for (const f of [
      () => removeRhk(r, 'rhk-9'),
      () => updateRhk(r, 'x', { kuantitas: 1 }),
      () => removeTugasTambahan(r, 'tt-1'),
    ]) {
      expect(f).toThrowError(KinerjaError);
      expect(f).toThrowError(expect.objectContaining({ code: 'tidak-ditemukan' }));
    }
  });

  it('counts no points under a rule set without them (2026): totalPoin null, every line null, tidak-diwajibkan', () => {
    let r = createRencana({ pegawai: GURU, periode: { tahun: 2026, ke: 1 } });
    r = addRhk(r, { kegiatan: 'pelatihan-mandiri', kuantitas: 1 });
    const s = rangkumanRencana(r);
    expect(s.totalPoin).toBeNull();
    expect(s.statusPoin).toBe('tidak-diwajibkan');
    expect(s.rhk.map((x) => [x.kegiatan, x.poinPerSatuan, x.poin])).toEqual([['pelatihan-mandiri', null, null]]);
    expect([s.kurangPoin, s.lebihPoin]).toEqual([0, 0]);
  });

  // A plan read from elsewhere (found by the fuzz of the built package with the seed 20261206): a fokus that is not a
  // text is not written, and an RHK that is not an object is misuse; neither is a TypeError.
  it('counts a fokus perilaku that is not a text as not written, and refuses an RHK that is not an object', () => {
    const r = rencanaSeed();
    const s = rangkumanRencana({ ...r, perilaku: { ...r.perilaku, 'berorientasi-pelayanan': [null] as never } });
    expect(s.perilakuBelumDiisi).toEqual(['berorientasi-pelayanan']);
    expect(() => rangkumanRencana({ ...r, rhk: [null as never] })).toThrow(
      expect.objectContaining({ code: 'argumen-tidak-valid', message: expect.stringContaining('rencana.rhk[0]') }),
    );
  });

  it("summarizes the seeds' own case as 32 points, sudah memenuhi ekspektasi", () => {
    const s = rangkumanRencana(rencanaSeed());
    expect(s.rhk.map((x) => [x.kegiatan, x.poinPerSatuan, x.kuantitas, x.poin])).toEqual([
      ['pelatihan-mandiri', 8, 2, 16],
      ['observasi-rekan-sejawat', 8, 2, 16],
    ]);
    expect(s.totalPoin).toBe(32);
    expect(s.statusPoin).toBe('memenuhi-ekspektasi');
    expect(s.kurangPoin).toBe(0);
    expect(s.perilakuBelumDiisi).toEqual([]);
    expect(s.dokumenBelumTerkumpul).toEqual(['K3', 'K4', 'K5']);
  });

  const edit = fc.oneof(
    fc.record({
      op: fc.constant('add' as const),
      kegiatan: fc.constantFrom('pelatihan-mandiri', 'observasi-rekan-sejawat', 'x'),
      kuantitas: fc.integer({ min: -2, max: 20 }),
    }),
    fc.record({ op: fc.constant('remove' as const), i: fc.nat(5) }),
    fc.record({ op: fc.constant('update' as const), i: fc.nat(5), kuantitas: fc.integer({ min: 1, max: 9 }) }),
    fc.record({ op: fc.constant('perilaku' as const), fokus: fc.string({ maxLength: 30 }) }),
  );

  test.prop([fc.array(edit, { maxLength: 12 })])('editing never mutates its input; total = sum of parts', (edits) => {
    let r = rencanaSeed();
    for (const e of edits) {
      const before = JSON.stringify(r);
      const id = r.rhk[e.op === 'remove' || e.op === 'update' ? e.i % Math.max(1, r.rhk.length) : 0]?.id;
      if (e.op === 'add' && e.kegiatan === 'x') {
        // An unknown activity is refused where it enters, with a code, and the plan is unchanged.
        expect(() => addRhk(r, { kegiatan: e.kegiatan, kuantitas: e.kuantitas })).toThrowError(
          expect.objectContaining({ code: 'kode-tidak-dikenal' }),
        );
        continue;
      }
      const next =
        e.op === 'add'
          ? addRhk(r, { kegiatan: e.kegiatan, kuantitas: e.kuantitas })
          : e.op === 'perilaku'
            ? setPerilaku(r, 'loyal', e.fokus)
            : id === undefined
              ? r
              : e.op === 'remove'
                ? removeRhk(r, id)
                : updateRhk(r, id, { kuantitas: e.kuantitas });
      expect(JSON.stringify(r)).toBe(before);
      r = next;
      const s = rangkumanRencana(r);
      expect(s.totalPoin).toBe(s.rhk.reduce((a, x) => a + (x.poin ?? 0), 0));
    }
  });

  test.prop([
    fc.array(
      fc.record({
        kegiatan: fc.constantFrom(
          'pelatihan-mandiri',
          'observasi-rekan-sejawat',
          'penggerak-komunitas-belajar',
          'kontributor-program-prioritas',
        ),
        kuantitas: fc.integer({ min: 1, max: 6 }),
      }),
      { maxLength: 6 },
    ),
  ])('a serialized plan parses back to the same plan (schema round-trip)', (rhk) => {
    let r = rencanaSeed();
    for (const x of rhk) r = addRhk(r, x);
    const back = RencanaKinerjaSchema.parse(JSON.parse(JSON.stringify(r)));
    expect(back).toEqual(r);
    const v = validateRencana(JSON.parse(JSON.stringify(r)), { mode: 'draf' });
    if (v.success) expect(v.data).toEqual(r);
  });
});
