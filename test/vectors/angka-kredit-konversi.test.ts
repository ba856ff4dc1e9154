import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JENJANG, PREDIKAT, SEMUA_KETENTUAN } from '../../src';
import { generatedFiles } from '../../scripts/vectors';
import { bulatkan, rujukan, tulis, type Rujukan } from '../core/desimal-rujukan';
import { jalankan } from './jalankan';
import { DIR_VEKTOR, semuaBerkas, vektorAktif } from './muat';

// Conformance vectors, family angka-kredit-konversi: the generated table and the hand-written examples.
describe('vectors/angka-kredit-*.json against the library', () => {
  it.each(vektorAktif('angka-kredit-konversi'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});

// A second computation, independent of src/: bigint rationals (test/core/desimal-rujukan.ts) and a table typed
// from PermenPANRB 1/2023 (docs/sumber.md#angka-kredit-konversi), so that a library bug cannot write itself into the generated file.
const KOEFISIEN: Record<string, Rujukan> = {
  'ahli-pertama': rujukan(25n, 2n),
  'ahli-muda': rujukan(25n, 1n),
  'ahli-madya': rujukan(75n, 2n),
  'ahli-utama': rujukan(50n, 1n),
};
const PERSENTASE: Record<string, bigint> = {
  'sangat-baik': 150n,
  baik: 100n,
  'butuh-perbaikan': 75n,
  kurang: 50n,
  'sangat-kurang': 25n,
};

function rujukanAk(jenjang: string, predikat: string, bulan: number) {
  const k = KOEFISIEN[jenjang]!;
  const x = rujukan(k.n * PERSENTASE[predikat]! * BigInt(bulan), k.d * 100n * 12n);
  let d = x.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return {
    pecahan: x.d === 1n ? String(x.n) : `${x.n}/${x.d}`,
    ...(d === 1n ? { desimal: desimalTerhingga(x) } : {}),
    halfUp2: tulis(bulatkan(x, 2, 'half-up'), 2),
    halfUp3: tulis(bulatkan(x, 3, 'half-up'), 3),
  };
}

/** The exact decimal digits of a terminating fraction, without trailing zeros. */
function desimalTerhingga(x: Rujukan): string {
  for (let p = 0; p < 40; p++) {
    const skala = 10n ** BigInt(p);
    if ((x.n * skala) % x.d === 0n) return tulis((x.n * skala) / x.d, p);
  }
  throw new Error('not terminating');
}

describe('the generated konversi table against an independent computation', () => {
  const berkas = semuaBerkas()['angka-kredit-konversi.json']!;
  it('is every jenjang × predikat × months 1–12 of every built-in rule set, once', () => {
    const ids = new Set(SEMUA_KETENTUAN.map((k) => k.id));
    const kunci = berkas.vectors.map(
      (v) => `${v.ketentuan}|${String(v.input['jenjang'])}|${String(v.input['predikat'])}|${String(v.input['bulan'])}`,
    );
    const harap = [...ids].flatMap((k) =>
      JENJANG.flatMap((j) => PREDIKAT.flatMap((p) => Array.from({ length: 12 }, (_, b) => `${k}|${j}|${p}|${b + 1}`))),
    );
    expect(new Set(kunci).size).toBe(kunci.length);
    expect([...kunci].sort()).toEqual([...harap].sort());
  });
  it.each(berkas.vectors.map((v) => [v.id, v] as const))('%s equals the bigint reference', (_, v) => {
    expect(v.expected).toEqual({
      value: rujukanAk(String(v.input['jenjang']), String(v.input['predikat']), Number(v.input['bulan'])),
    });
  });
  it('is what scripts/vectors.ts writes today (npm run vectors)', () => {
    for (const [nama, isi] of Object.entries(generatedFiles()))
      expect(readFileSync(join(DIR_VEKTOR, nama), 'utf8')).toBe(isi);
  });
  it('agrees with the hand-written examples where they meet', () => {
    const tabel = new Map(berkas.vectors.map((v) => [`${v.ketentuan}|${JSON.stringify(v.input)}`, v.expected]));
    const contoh = semuaBerkas()['angka-kredit-contoh.json']!.vectors.filter((v) => 'value' in v.expected);
    expect(contoh.length).toBeGreaterThan(4);
    for (const v of contoh) expect(tabel.get(`${v.ketentuan}|${JSON.stringify(v.input)}`)).toEqual(v.expected);
  });
});
