import { inflateSync } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mampatkan } from '../../src/cetak/mampat';

describe('mampatkan: a FlateDecode stream with one deflate state for the run', () => {
  test.prop([fc.array(fc.uint8Array({ maxLength: 40_000 }), { maxLength: 4 })])(
    'inflates back (zlib) to its parts one after another, call after call',
    (bagian) => {
      const z = mampatkan(...bagian);
      expect(Buffer.from(inflateSync(z)).equals(Buffer.concat(bagian))).toBe(true);
    },
  );
  it('gives the same bytes whatever came before (the state is reset), and a zlib header', () => {
    const teks = new TextEncoder().encode('51.024 596.424 25.512 17.135 re S\n'.repeat(200));
    const a = mampatkan(teks);
    mampatkan(new Uint8Array(100_000).fill(7));
    expect(Buffer.from(mampatkan(teks)).equals(Buffer.from(a))).toBe(true);
    expect(a[0]).toBe(0x78);
    expect(a.length).toBeLessThan(teks.length / 10);
  });
});
