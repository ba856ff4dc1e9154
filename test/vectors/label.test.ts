import { describe, expect, it } from 'vitest';
import { jalankan } from './jalankan';
import { vektorAktif } from './muat';

// Conformance vectors: label parsing, the spellings real files use.
describe('vectors/label.json against the library', () => {
  it.each(vektorAktif('label'))('%s', (_, v) => {
    expect(jalankan(v)).toEqual(v.expected);
  });
});
