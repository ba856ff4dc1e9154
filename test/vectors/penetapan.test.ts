import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: PAK Penetapan, PerBKN 3/2023's 175, the integrasi's 150.63, the reset at kenaikan jenjang.
describe('vectors/penetapan.json against the library', () => {
  it.each(vektorAktif('penetapan'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
