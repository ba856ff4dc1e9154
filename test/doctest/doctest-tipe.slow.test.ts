import { describe, expect, it } from 'vitest';
import { diagnosa, semua } from './program';

// The slow half of the doctest (doctest.test.ts runs the examples): every @example of the public API and every ```ts
// block of README.md and docs/*.md type-checked against the library, as a user's file importing 'pengelolaan-kinerja'
// (one TypeScript program over all of them).

describe('doctest: examples type-check as a user writes them', () => {
  const salah = { lokasi: 'uji:salah', kode: "const n: number = 'x';", markdown: false };
  const diag = diagnosa([...semua, salah]);
  it('reports an example that does not compile', () => {
    expect(diag.get('uji:salah')?.join('\n')).toMatch(/not assignable to type 'number'/);
  });
  for (const c of semua) {
    it(`${c.lokasi}`, () => {
      expect(diag.get(c.lokasi)).toEqual([]);
    });
  }
});
