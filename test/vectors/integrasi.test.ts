import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: PAK Integrasi, the BKN form's 150.63 and every golongan's range edges.
describe('vectors/integrasi.json against the library', () => {
  it.each(vektorAktif('integrasi'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
