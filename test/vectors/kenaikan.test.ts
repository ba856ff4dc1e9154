import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: the conditions of kenaikan pangkat and jenjang, AK Dasar, and projections.
describe('vectors/kenaikan.json against the library', () => {
  it.each(vektorAktif('kenaikan'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
