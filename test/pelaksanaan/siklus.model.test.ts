import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LANGKAH_SIKLUS, transitionSiklus, type PeristiwaSiklus, type Siklus } from '../../src';
import { ATASAN, DATA, LANGKAH_ISIAN, PEGAWAI, PELAKU, siklusBaru } from './fixtures';

// Model-based test: the real siklus against a model that only knows the step order and whether the current step's
// draft is complete.
interface Model {
  step: number;
  lengkap: boolean;
}
interface Real {
  s: Siklus;
  t: number;
}
const pada = (r: Real) => new Date(Date.UTC(2024, 1, 1, 2, r.t++)).toISOString();

class SimpanLengkap implements fc.Command<Model, Real> {
  constructor(readonly oleh: typeof PEGAWAI | typeof ATASAN) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const langkah = LANGKAH_ISIAN[Math.min(m.step, 4)]!;
    const res = transitionSiklus(r.s, {
      jenis: 'simpan-draf',
      langkah,
      oleh: this.oleh,
      pada: pada(r),
      data: DATA[langkah],
    } as PeristiwaSiklus);
    const expected = m.step < 5 && PELAKU[langkah].peran === this.oleh.peran;
    expect(res.success).toBe(expected);
    if (res.success) {
      r.s = res.data;
      m.lengkap = true;
    }
  }
  toString = () => `simpanLengkap(${this.oleh.peran})`;
}

class SimpanKosong implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    const langkah = LANGKAH_ISIAN[Math.min(m.step, 4)]!;
    const res = transitionSiklus(r.s, {
      jenis: 'simpan-draf',
      langkah,
      oleh: PELAKU[langkah],
      pada: pada(r),
      data: {},
    } as PeristiwaSiklus);
    expect(res.success).toBe(m.step < 5);
    if (res.success) r.s = res.data;
  }
  toString = () => 'simpanKosong';
}

class Kumpulkan implements fc.Command<Model, Real> {
  constructor(
    readonly oleh: typeof PEGAWAI | typeof ATASAN,
    readonly geser: number,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const i = Math.max(0, Math.min(4, m.step + this.geser));
    const langkah = LANGKAH_ISIAN[i]!;
    const res = transitionSiklus(r.s, { jenis: 'kumpulkan', langkah, oleh: this.oleh, pada: pada(r) });
    const expected = m.step < 5 && i === m.step && PELAKU[langkah].peran === this.oleh.peran && m.lengkap;
    expect(res.success).toBe(expected);
    if (res.success) {
      r.s = res.data;
      m.step += 1;
      m.lengkap = false;
    }
    expect(LANGKAH_SIKLUS.indexOf(r.s.langkah)).toBe(m.step);
  }
  toString = () => `kumpulkan(${this.oleh.peran}, ${this.geser})`;
}

describe('siklus (model-based)', () => {
  const oleh = fc.constantFrom(PEGAWAI, ATASAN);
  const commands = fc.commands(
    [
      oleh.map((o) => new SimpanLengkap(o)),
      fc.constant(new SimpanKosong()),
      fc.tuple(oleh, fc.integer({ min: -1, max: 1 })).map(([o, g]) => new Kumpulkan(o, g)),
    ],
    { maxCommands: 60 },
  );
  test.prop([commands], { numRuns: 200 })('follows the model of the step order', (cmds) => {
    fc.modelRun(() => ({ model: { step: 0, lengkap: false }, real: { s: siklusBaru(), t: 0 } }), cmds);
  });
});
