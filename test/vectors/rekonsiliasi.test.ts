import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: reconciliation with SIASN (rounding tolerance, the max() kuadran, missing and repeated rows).
describe('vectors/rekonsiliasi.json against the library', () => {
  it.each(vektorAktif('rekonsiliasi'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
