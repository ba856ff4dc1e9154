import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: akumulasi, BKN's 18.75 + 2.08 = 20.83 and the rounding done once.
describe('vectors/akumulasi.json against the library', () => {
  it.each(vektorAktif('akumulasi'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
