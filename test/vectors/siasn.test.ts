import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: the SIASN mapping both ways (codes, sic spellings, months, dates, flags).
describe('vectors/siasn.json against the library', () => {
  it.each(vektorAktif('siasn'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
