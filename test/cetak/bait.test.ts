import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Bait } from '../../src/cetak/bait';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

describe('Bait: the bytes of a content stream', () => {
  it('writes a number of thousandths as String(n / 1000) does, then a space', () => {
    const b = new Bait().ribuan(12_500).ribuan(-40).ribuan(0).ribuan(-0).ribuan(595_280).ribuan(1);
    expect(latin1(b.isi())).toBe('12.5 -0.04 0 0 595.28 0.001 ');
  });
  test.prop([fc.integer({ min: -1e12, max: 1e12 })])('any integer of thousandths, as String(n / 1000)', (n) => {
    expect(latin1(new Bait().ribuan(n).isi())).toBe(`${String(n / 1000)} `);
  });
  test.prop([fc.array(fc.oneof(fc.string({ unit: 'binary-ascii' }), fc.uint8Array()), { maxLength: 60 })])(
    'keeps every byte written, in order, as it grows',
    (bagian) => {
      const b = new Bait();
      let harap = '';
      for (const x of bagian) {
        if (typeof x === 'string') b.teks(x);
        else b.bait(x);
        harap += typeof x === 'string' ? x : latin1(x);
      }
      expect(latin1(b.isi())).toBe(harap);
      expect(b.length).toBe(harap.length);
    },
  );
});
