import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Simpanan } from '../../src/cetak/simpanan';

describe('Simpanan: a bounded memo of two generations', () => {
  test.prop([fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 2_000 }), fc.integer({ min: 1, max: 50 })])(
    'gives what the function gives, makes a value again only after it was let go, and keeps at most 2 × batas',
    (kunci, batas) => {
      const s = new Simpanan<number, string>(batas);
      let dibuat = 0;
      for (const k of kunci) {
        expect(s.ambil(k) ?? s.taruh(k, ((dibuat += 1), `nilai ${k}`))).toBe(`nilai ${k}`);
      }
      const isi = s as unknown as { baru: Map<number, string>; lama: Map<number, string> };
      expect(isi.baru.size + isi.lama.size).toBeLessThanOrEqual(2 * batas);
      // While every key fits in the newer generation, each is made once.
      if (new Set(kunci).size <= batas) expect(dibuat).toBe(new Set(kunci).size);
      // A key read over and over is made once.
      const sering = new Simpanan<number, number>(batas);
      let kali = 0;
      for (const k of kunci) {
        sering.ambil(-1) ?? sering.taruh(-1, (kali += 1));
        sering.ambil(k) ?? sering.taruh(k, 0);
      }
      expect(kali).toBeLessThanOrEqual(1);
    },
  );
});
