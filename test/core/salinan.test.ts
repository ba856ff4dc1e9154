import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fc, test } from '@fast-check/vitest';
import { RencanaKinerjaSchema } from '../../src';
import { parseSalinan, parseUtuh } from '../../src/core/salinan';
import { rencanaSeed } from '../perencanaan/fixtures';

/** A plan as stored JSON: plain, unfrozen. */
const polos = (): Record<string, unknown> => JSON.parse(JSON.stringify(rencanaSeed())) as Record<string, unknown>;

/** Every object and array of a value, with whether it is frozen. */
function wadah(v: unknown, out: [object, boolean][] = [], seen = new Set<object>()): [object, boolean][] {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') {
    if (seen.has(v)) return out;
    seen.add(v);
    out.push([v, Object.isFrozen(v)]);
    if (typeof v === 'object')
      for (const k of Reflect.ownKeys(v)) wadah(Object.getOwnPropertyDescriptor(v, k)?.value, out, seen);
  }
  return out;
}

// The verdict, the data, and where the issues are. (Their lists may differ where a leaf got an object: zod checks the
// object itself, e.g. a typed array's length against a text's minimum, where the copy holds an empty stand-in.)
const ringkas = (r: ReturnType<typeof RencanaKinerjaSchema.safeParse>) =>
  r.success
    ? { success: true, data: r.data }
    : { success: false, paths: [...new Set(r.error.issues.map((i) => JSON.stringify(i.path)))].sort() };

// Paths into the stored plan where a value may be swapped: every object node, leaf and list element.
const JALUR: (string | number)[][] = [
  [],
  ['pegawai'],
  ['pegawai', 'nama'],
  ['pejabatPenilai'],
  ['periode'],
  ['periode', 'ke'],
  ['indikatorPraktikKinerja'],
  ['indikatorPraktikKinerja', 0],
  ['rhk'],
  ['rhk', 0],
  ['rhk', 0, 'kuantitas'],
  ['tugasTambahan'],
  ['perilaku'],
  ['perilaku', 'berorientasi-pelayanan'],
  ['dokumenAkuntabilitas'],
  ['ketentuan'],
];
class Lain {
  readonly nama = 'x';
}
const pengganti = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withDate: true,
    withSparseArray: true,
    withTypedArray: true,
    maxDepth: 3,
  }),
  fc.constantFrom<unknown>([], {}, [[]], [{}], () => 1, new Lain(), Object.create(null), { extra: { a: [1] } }),
);

function ganti(doc: Record<string, unknown>, jalur: (string | number)[], nilai: unknown): unknown {
  if (jalur.length === 0) return nilai;
  let o = doc as Record<string | number, unknown>;
  for (const k of jalur.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[jalur[jalur.length - 1] as string] = nilai;
  return doc;
}

describe('parseUtuh: parseSalinan without the copy where the copy changes nothing', () => {
  test.prop([fc.constantFrom(...JALUR), pengganti], { numRuns: 400 })(
    'gives what parseSalinan gives and freezes nothing of the caller',
    (jalur, nilai) => {
      const a = ganti(polos(), jalur, nilai);
      const b = ganti(polos(), jalur, nilai);
      const sebelum = wadah(a);
      const utuh = parseUtuh(RencanaKinerjaSchema, a);
      expect(wadah(a)).toEqual(sebelum);
      expect(ringkas(utuh)).toEqual(ringkas(parseSalinan(RencanaKinerjaSchema, b)));
    },
  );
  it("parses a well-formed plan into a frozen result of its own and leaves the caller's plan unfrozen", () => {
    const doc = polos();
    const r = parseUtuh(RencanaKinerjaSchema, doc);
    expect(r.success && Object.isFrozen(r.data) && r.data !== doc).toBe(true);
    expect(wadah(doc).some(([, beku]) => beku)).toBe(false);
  });
  it('a wrong container where zod would freeze it (an array for the plan) goes through the copy', () => {
    const arr: unknown[] = [];
    expect(parseUtuh(RencanaKinerjaSchema, arr).success).toBe(false);
    expect(Object.isFrozen(arr)).toBe(false);
    // zod itself, without the copy, freezes what it refused: the reason for the copy.
    const lagi: unknown[] = [];
    RencanaKinerjaSchema.safeParse(lagi);
    expect(Object.isFrozen(lagi)).toBe(true);
  });
  it('reads a polluted Object.prototype as the copy does (a plain copy inherits it too)', () => {
    const tanpa = (): unknown => {
      const d = polos();
      delete d.pejabatPenilai;
      return d;
    };
    const [a, b] = [tanpa(), tanpa()];
    const proto = Object.prototype as Record<string, unknown>;
    proto.pejabatPenilai = 'tercemar';
    try {
      expect(ringkas(parseUtuh(RencanaKinerjaSchema, a))).toEqual(ringkas(parseSalinan(RencanaKinerjaSchema, b)));
    } finally {
      delete proto.pejabatPenilai;
    }
  });
  it('follows a union through every option, and copies where it cannot follow (a pipe)', () => {
    const amplop = z.discriminatedUnion('jenis', [
      z.strictObject({ jenis: z.literal('a'), isi: z.array(z.string()).readonly() }).readonly(),
    ]);
    for (const nilai of [[], { jenis: 'a', isi: {} }, { jenis: 'a', isi: ['x'] }, { jenis: 'b' }]) {
      const salinan = structuredClone(nilai);
      const sebelum = wadah(nilai);
      const r = parseUtuh(amplop, nilai);
      expect(wadah(nilai)).toEqual(sebelum);
      expect(r.success).toBe(parseSalinan(amplop, salinan).success);
    }
    const pipa = z.array(z.string()).readonly().pipe(z.array(z.string()));
    const daftar = { bukan: 'daftar' };
    expect(parseUtuh(pipa, daftar).success).toBe(false);
    expect(Object.isFrozen(daftar)).toBe(false);
  });
  it('the copy refuses an exotic object with a coded issue, not a TypeError from a stand-in (Int8Array in a list of texts)', () => {
    const d = polos();
    (d.indikatorPraktikKinerja as unknown[])[0] = new Int8Array(2);
    const r = parseSalinan(RencanaKinerjaSchema, d);
    expect(r.success).toBe(false);
    expect(ringkas(parseUtuh(RencanaKinerjaSchema, d))).toEqual(ringkas(r));
  });
});

describe('parseSalinan and parseUtuh: a value that zod length and size checks would coerce', () => {
  // zod's length and size checks read `length` or `size` of any value they meet (even one its type check refused) and
  // compare it with a number: an object without a primitive value there was a TypeError ("Cannot convert object to
  // primitive value"), found by the property above as `{ length: new Set() }`.
  const nilai: [string, () => unknown][] = [
    ['{ length: new Set() }', () => ({ length: new Set() })],
    ['{ length: Object.create(null) }', () => ({ length: Object.create(null) as unknown })],
    ['{ length: Symbol() }', () => ({ length: Symbol('s') })],
    ['{ size: new Map() }', () => ({ size: new Map() })],
    ['{ size: Symbol() }', () => ({ size: Symbol('s') })],
    ['[{ length: new Set() }]', () => [{ length: new Set() }]],
  ];
  for (const [nama, buat] of nilai) {
    it(`refuses ${nama} at every place of a plan, without a TypeError`, () => {
      for (const jalur of JALUR) {
        for (const parse of [parseSalinan, parseUtuh]) {
          const r = parse(RencanaKinerjaSchema, ganti(polos(), jalur, buat()));
          expect(r.success, JSON.stringify(jalur)).toBe(false);
        }
      }
    });
  }
});
