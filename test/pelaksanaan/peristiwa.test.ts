import { describe, expect, it } from 'vitest';
import {
  deriveKetentuan,
  KETENTUAN_2024,
  LangkahSchemas,
  PeristiwaSiklusSchema,
  transitionSiklus,
  unwrap,
  validateKetentuan,
  validatePeristiwaSiklus,
} from '../../src';
import { DrafSchemas, LANGKAH_ISIAN } from '../../src/pelaksanaan/langkah';
import { ATASAN, DATA, LANGKAH_ISIAN as URUTAN, PADA, PEGAWAI, PELAKU, siklusBaru } from './fixtures';

const jam = (d: string, h = 8) => `${d}T${String(h).padStart(2, '0')}:00:00+07:00`;
const kode = (r: { success: boolean; issues?: readonly { code: string }[] }) =>
  r.success ? [] : (r.issues ?? []).map((i) => i.code);

describe('the event schema and its step schemas', () => {
  it('lists the steps that submit data in the order of the step schemas', () => {
    expect([...LANGKAH_ISIAN]).toEqual(Object.keys(LangkahSchemas));
    expect([...LANGKAH_ISIAN]).toEqual([...URUTAN]);
  });

  it("accepts each step's complete data, and any part of it, as that step's draft only", () => {
    for (const l of LANGKAH_ISIAN) {
      expect(DrafSchemas[l].safeParse(DATA[l]).success).toBe(true);
      expect(DrafSchemas[l].safeParse({}).success).toBe(true);
      for (const lain of LANGKAH_ISIAN) {
        if (lain !== l) expect(DrafSchemas[lain].safeParse(DATA[l]).success, `${l} → ${lain}`).toBe(false);
      }
    }
  });

  it('checks the same events the transition accepts: every event of a whole siklus', () => {
    let s = siklusBaru();
    for (const l of URUTAN) {
      for (const e of [
        { jenis: 'simpan-draf', langkah: l, oleh: PELAKU[l], pada: jam(PADA[l], 8), data: DATA[l] },
        { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: jam(PADA[l], 9) },
      ]) {
        const v = unwrap(validatePeristiwaSiklus(e));
        expect(v).toEqual(e);
        expect(Object.isFrozen(v)).toBe(true);
        s = unwrap(transitionSiklus(s, v));
      }
    }
    expect(s.langkah).toBe('penilaian');
    for (const e of s.riwayat) expect(PeristiwaSiklusSchema.safeParse(e).success).toBe(true);
    expect(unwrap(validatePeristiwaSiklus(JSON.parse(JSON.stringify(s.riwayat[0])))).jenis).toBe('mulai');
  });
});

describe('validatePeristiwaSiklus', () => {
  const draf = { jenis: 'simpan-draf', langkah: 'diskusi-persiapan', oleh: PEGAWAI, pada: jam('2024-02-20') };

  it('refuses a fokus written as its text, with the path of the fokus', () => {
    const r = validatePeristiwaSiklus({ ...draf, data: { targetPerilaku: [{ fokus: 'Komunikasi positif' }] } });
    expect(kode(r)).toEqual(['data-tidak-valid', 'skema-tidak-valid']);
    expect(!r.success && r.issues[1]?.path).toEqual(['data', 'targetPerilaku', 0, 'fokus']);
  });

  it("refuses another step's data, a missing langkah, an unknown jenis and a time without its offset", () => {
    expect(kode(validatePeristiwaSiklus({ ...draf, data: DATA['observasi-kinerja'] }))[0]).toBe('data-tidak-valid');
    const { langkah: _, ...tanpaLangkah } = draf;
    expect(kode(validatePeristiwaSiklus({ ...tanpaLangkah, data: {} }))[0]).toBe('peristiwa-tidak-valid');
    expect(kode(validatePeristiwaSiklus({ ...draf, jenis: 'hapus', data: {} }))[0]).toBe('peristiwa-tidak-valid');
    expect(kode(validatePeristiwaSiklus({ ...draf, pada: '2024-02-20T08:00:00', data: {} }))[0]).toBe(
      'peristiwa-tidak-valid',
    );
    expect(kode(validatePeristiwaSiklus({ ...draf, oleh: ATASAN, data: {}, lain: 1 }))[0]).toBe(
      'peristiwa-tidak-valid',
    );
  });

  it('refuses a mulai whose plan is invalid, and anything that is not an object, without throwing', () => {
    expect(
      kode(validatePeristiwaSiklus({ jenis: 'mulai', oleh: PEGAWAI, pada: jam('2024-02-01'), rencana: {} }))[0],
    ).toBe('rencana-tidak-valid');
    for (const x of [undefined, null, 1, 'kumpulkan', [], new Map()])
      expect(kode(validatePeristiwaSiklus(x))[0]).toBe('peristiwa-tidak-valid');
  });

  it('never hands back the caller’s objects', () => {
    const data = { targetPerilaku: [{ fokus: 'komunikasi-positif' }] };
    const v = unwrap(validatePeristiwaSiklus({ ...draf, data }));
    expect(v.jenis === 'simpan-draf' && v.data).not.toBe(data);
    expect(Object.isFrozen(data)).toBe(false);
  });
});

describe('a fokus perilaku is a code in the rule sets too', () => {
  const [ind, ...lain] = KETENTUAN_2024.indikatorPraktikKinerja;
  const dengan = (kode: string) =>
    deriveKetentuan(KETENTUAN_2024, {
      id: 'uji-fokus',
      indikatorPraktikKinerja: [
        { ...ind!, fokusPerilaku: [{ kode: kode as never, teks: 'x', dianjurkan: [], dihindari: [] }] },
        ...lain,
      ],
    });

  it('refuses a rule set whose fokus is written as text, and takes one with a new code', () => {
    const r = dengan('Komunikasi Positif');
    expect(!r.success && r.issues.map((i) => i.path)).toEqual([
      ['indikatorPraktikKinerja', 0, 'fokusPerilaku', 0, 'kode'],
    ]);
    expect(dengan('fokus-baru-1').success).toBe(true);
    expect(validateKetentuan(KETENTUAN_2024).success).toBe(true);
  });
});
