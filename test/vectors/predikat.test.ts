import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: the predikat matrix of every rule set, written by hand from PermenPANRB 6/2022.
describe('vectors/predikat.json against the library', () => {
  it.each(vektorAktif('predikat'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
