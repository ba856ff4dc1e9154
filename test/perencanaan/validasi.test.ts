import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  addRhk,
  addTugasTambahan,
  chooseIndikator,
  createRencana,
  deriveKetentuan,
  KETENTUAN_2024,
  removeRhk,
  setDokumen,
  setPerilaku,
  rangkumanRencana,
  updateRhk,
  validateNip,
  validateRencana,
  type RencanaKinerja,
} from '../../src';
import { GURU, rencanaSeed } from './fixtures';

const codes = (r: ReturnType<typeof validateRencana>) => (r.success ? [] : r.issues.map((i) => i.code));

describe('validateRencana', () => {
  it("accepts the seeds' plan for submission", () => {
    const r = validateRencana(rencanaSeed());
    expect(r.success).toBe(true);
  });

  it('reports missing points with how many are missing, at the rhk path', () => {
    const r = validateRencana(updateRhk(rencanaSeed(), 'rhk-2', { kuantitas: 1 }));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues).toEqual([
        expect.objectContaining({
          code: 'poin-kurang',
          path: ['rhk'],
          message: 'Total poin 24, kurang 8 dari minimum 32.',
          params: { total: 24, kurang: 8, minimum: 32 },
        }),
      ]);
    }
  });

  it('reports points over the maximum, in a draft too', () => {
    const r = addRhk(rencanaSeed(), { kegiatan: 'pelatihan-jangka-pendek-menengah', kuantitas: 1 });
    for (const mode of ['draf', 'pengajuan'] as const) {
      const v = validateRencana(r, { mode });
      expect(v.success).toBe(false);
      if (!v.success) expect(v.issues[0]).toMatchObject({ code: 'poin-lebih', params: { total: 160, lebih: 32 } });
    }
  });

  it('lets a draft be incomplete but not a submission, and reports every issue at once', () => {
    const empty = createRencana({ pegawai: GURU, periode: { tahun: 2024, ke: 1 } });
    expect(validateRencana(empty, { mode: 'draf' }).success).toBe(true);
    const c = codes(validateRencana(empty));
    expect(c.filter((x) => x === 'indikator-harus-satu')).toHaveLength(1);
    expect(c).toContain('poin-kurang');
    expect(c.filter((x) => x === 'perilaku-kosong')).toHaveLength(7);
  });

  it('checks the indicator: exactly one, known, of the role', () => {
    const r = rencanaSeed();
    expect(
      codes(
        validateRencana(
          { ...r, indikatorPraktikKinerja: ['keteraturan-suasana-kelas', 'aktivitas-interaktif'] },
          { mode: 'draf' },
        ),
      ),
    ).toEqual(['indikator-harus-satu']);
    expect(() => chooseIndikator(r, 'menari')).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
    expect(codes(validateRencana({ ...r, indikatorPraktikKinerja: ['menari'] }))).toEqual(['indikator-tidak-dikenal']);
    expect(codes(validateRencana(chooseIndikator(r, 'komunikasi-visi-misi')))).toEqual(['indikator-peran-salah']);
  });

  it('checks RHK: catalogue, role, kuantitas, per-period maximum, duplicate ids', () => {
    const r = rencanaSeed();
    expect(() => addRhk(r, { kegiatan: 'menulis-novel', kuantitas: 1 })).toThrowError(
      expect.objectContaining({ code: 'kode-tidak-dikenal' }),
    );
    expect(
      codes(validateRencana({ ...r, rhk: [...r.rhk, { id: 'rhk-9', kegiatan: 'menulis-novel', kuantitas: 1 }] })),
    ).toEqual(['rhk-tidak-dikenal']);
    const ks = {
      ...r,
      pegawai: { ...GURU, peran: 'kepala-sekolah' as const },
      indikatorPraktikKinerja: ['komunikasi-visi-misi'],
      dokumenAkuntabilitas: {},
    };
    expect(codes(validateRencana(addRhk(ks, { kegiatan: 'guru-pamong-ppg-prajabatan', kuantitas: 1 })))).toEqual([
      'rhk-peran-salah',
    ]);
    expect(codes(validateRencana(updateRhk(r, 'rhk-1', { kuantitas: 2.5 })))).toContain('kuantitas-tidak-valid');
    expect(codes(validateRencana(updateRhk(r, 'rhk-1', { kuantitas: 0 })))).toContain('kuantitas-tidak-valid');
    const dua = addRhk(removeRhk(removeRhk(r, 'rhk-1'), 'rhk-2'), {
      kegiatan: 'menuntaskan-program-guru-penggerak',
      kuantitas: 2,
    });
    expect(codes(validateRencana(dua))).toContain('kuantitas-melebihi-maksimum');
    expect(codes(validateRencana(addRhk(r, { id: 'rhk-1', kegiatan: 'pelatihan-mandiri', kuantitas: 1 })))).toEqual([
      'id-ganda',
    ]);
  });

  it('checks perilaku, text limits, tugas tambahan and dokumen', () => {
    const r = rencanaSeed();
    expect(codes(validateRencana(setPerilaku(r, 'loyal', '   ')))).toEqual(['perilaku-kosong']);
    expect(codes(validateRencana(setPerilaku(r, 'loyal', 'x'.repeat(501))))).toEqual(['teks-terlalu-panjang']);
    expect(validateRencana(setPerilaku(r, 'loyal', 'é'.repeat(500))).success).toBe(true);
    const tt = {
      jenis: 'wali-kelas',
      uraian: 'Wali kelas',
      sk: { nomor: '1', tanggal: '2024-01-08' },
      kuantitas: 1,
      satuan: 'kelas',
      targetWaktuBulan: 7,
    };
    expect(codes(validateRencana(addTugasTambahan(r, tt)))).toEqual(['waktu-tidak-valid']);
    expect(
      codes(
        validateRencana(addTugasTambahan(r, { ...tt, targetWaktuBulan: 6, sk: { nomor: '1', tanggal: '2024-02-30' } })),
      ),
    ).toEqual(['skema-tidak-valid']);
    expect(() => setDokumen(r, 'K6', true)).toThrowError(expect.objectContaining({ code: 'kode-tidak-dikenal' }));
    expect(codes(validateRencana({ ...r, dokumenAkuntabilitas: { ...r.dokumenAkuntabilitas, K6: true } }))).toEqual([
      'dokumen-tidak-dikenal',
    ]);
  });

  it('checks the pegawai: role, golongan vs jenjang, NIP', () => {
    const r = rencanaSeed();
    expect(
      codes(validateRencana({ ...r, pegawai: { ...GURU, peran: 'pengawas-sekolah' } }, { mode: 'draf' })),
    ).toContain('peran-bukan-pegawai');
    expect(codes(validateRencana({ ...r, pegawai: { ...GURU, golongan: 'IV/a' } }))).toEqual([
      'golongan-tidak-sesuai-jenjang',
    ]);
    expect(codes(validateRencana({ ...r, pegawai: { ...GURU, nip: '1990' } }))).toEqual(['nip-format']);
    expect(codes(validateRencana({ ...r, pegawai: { ...GURU, nip: '199013012015031001' } }))).toEqual([
      'nip-tanggal-lahir',
    ]);
  });

  it('checks periode and rule set', () => {
    const r = rencanaSeed();
    expect(codes(validateRencana({ ...r, periode: { tahun: 2024, ke: 3 } }))).toEqual(['periode-tidak-ada']);
    const k = deriveKetentuan(KETENTUAN_2024, { id: '2024-b' });
    if (k.success) expect(codes(validateRencana(r, { ketentuan: k.data }))).toEqual(['ketentuan-berbeda']);
  });

  it('gives schema issues with paths for junk, never throws', () => {
    for (const junk of [null, undefined, 1, 'x', [], {}, { ...rencanaSeed(), rhk: 'no' }]) {
      const v = validateRencana(junk);
      expect(v.success).toBe(false);
      if (!v.success) expect(v.issues.length).toBeGreaterThan(0);
    }
    const v = validateRencana({
      ...rencanaSeed(),
      rhk: [{ id: 'a', kegiatan: 'pelatihan-mandiri', kuantitas: 'dua' }],
    });
    expect(!v.success && v.issues[0]?.path).toEqual(['rhk', 0, 'kuantitas']);
  });

  const plan = fc
    .array(
      fc.record({
        kegiatan: fc.constantFrom(
          ...KETENTUAN_2024.katalogRhk.filter((c) => c.kuantitasMaksimum === null).map((c) => c.kode),
        ),
        kuantitas: fc.integer({ min: 1, max: 10 }),
      }),
      { maxLength: 6 },
    )
    .map((rhk) => {
      let r: RencanaKinerja = removeRhk(removeRhk(rencanaSeed(), 'rhk-1'), 'rhk-2');
      for (const x of rhk) r = addRhk(r, x);
      return r;
    });

  test.prop([plan])('accepts exactly the plans whose totals lie in 32..128 (other things valid)', (r) => {
    const total = rangkumanRencana(r).totalPoin ?? Number.NaN;
    expect(validateRencana(r).success).toBe(total >= 32 && total <= 128);
    expect(validateRencana(r, { mode: 'draf' }).success).toBe(total <= 128);
  });
});

describe('validateNip', () => {
  it('reads a valid NIP', () => {
    expect(validateNip('199001012015031001')).toEqual({
      success: true,
      data: { tanggalLahir: '1990-01-01', tmt: '2015-03', jenisKelamin: 'laki-laki', urutan: '001' },
    });
    expect(validateNip('198507142023212018', { statusKepegawaian: 'pppk' })).toMatchObject({
      success: true,
      data: { jenisKelamin: 'perempuan', tmt: '202321' },
    });
  });
  it('rejects each kind of broken NIP with its code', () => {
    const code = (nip: unknown, s?: 'pns' | 'pppk') => {
      const r = validateNip(nip, s === undefined ? {} : { statusKepegawaian: s });
      return r.success ? [] : r.issues.map((i) => i.code);
    };
    expect(code('19900101201503100')).toEqual(['nip-format']);
    expect(code('1990010120150310011')).toEqual(['nip-format']);
    expect(code('19900101201503100a')).toEqual(['nip-format']);
    expect(code(199001012015031001)).toEqual(['nip-format']);
    expect(code('199002292015031001')).toEqual(['nip-tanggal-lahir']);
    expect(code('199602292015031001')).toEqual([]);
    expect(code('199001012015131001')).toEqual(['nip-tmt']);
    expect(code('199001011989031001')).toEqual(['nip-tmt']);
    expect(code('199001012015033001')).toEqual(['nip-jenis-kelamin']);
    expect(code('198507142023212018', 'pns')).toEqual(['nip-tmt']);
  });
  test.prop([
    fc.date({ min: new Date('1950-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 1, max: 12 }),
    fc.constantFrom('1', '2'),
    fc.integer({ min: 0, max: 999 }),
  ])(
    'every NIP built from a real birth date and a later TMT is accepted and read back',
    (lahir, usia, bulan, g, seq) => {
      const y = lahir.getUTCFullYear();
      const ymd = lahir.toISOString().slice(0, 10);
      const tmtYear = y + 18 + usia;
      const nip = `${ymd.replaceAll('-', '')}${tmtYear}${String(bulan).padStart(2, '0')}${g}${String(seq).padStart(3, '0')}`;
      const r = validateNip(nip);
      expect(r.success && r.data.tanggalLahir).toBe(ymd);
    },
  );
});
