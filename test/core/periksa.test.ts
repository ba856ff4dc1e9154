import { describe, expect, it } from 'vitest';
import * as lib from '../../src';
import { buildDataPegawai } from '../../src/berkas';

// A list argument may be any iterable; one whose iterator breaks the protocol (not an object, no next(), a result that
// is not an object) is misuse: KinerjaError `argumen-tidak-valid`, never the TypeError of `for…of`. The fuzz of the
// built package found sumDesimal, agregasiRating, distribusiPredikat and ringkasanAngkaKredit throwing one.
const RUSAK: [string, () => unknown][] = [
  ['an iterator that is not an object', () => 5],
  ['an iterator without next()', () => ({})],
  ['next() giving a number', () => ({ next: () => 5 })],
  ['next() giving null', () => ({ next: () => null })],
];
const PANGGIL: [string, (daftar: never) => unknown][] = [
  ['sumDesimal', (d) => lib.sumDesimal(d)],
  ['sumAngkaKredit', (d) => lib.sumAngkaKredit(d)],
  ['sumRekamAngkaKredit', (d) => lib.sumRekamAngkaKredit(d)],
  ['agregasiRating', (d) => lib.agregasiRating(d, 'median')],
  ['distribusiPredikat', (d) => lib.distribusiPredikat(d)],
  ['ringkasanAngkaKredit', (d) => lib.ringkasanAngkaKredit(d)],
  ['progresSekolah', (d) => lib.progresSekolah(d, { hariIni: '2026-03-01', periode: { tahun: 2026, ke: 1 } })],
  ['createIssue', (d) => lib.createIssue({ code: 'x', path: d, message: 'x', messageEn: 'x' })],
  // found by the fuzz with FC_SEED=1735501047
  ['buildDataPegawai', (d) => buildDataPegawai(d)],
];

describe('a list whose iterator breaks the protocol', () => {
  for (const [fungsi, panggil] of PANGGIL) {
    it.each(RUSAK)(`${fungsi} refuses %s with argumen-tidak-valid`, (_, iterator) => {
      const daftar = { [Symbol.iterator]: iterator } as never;
      expect(() => panggil(daftar)).toThrow(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    });
  }

  it('reads any other iterable as its items', () => {
    expect(lib.sumDesimal(new Set(['1.5', '2'])).toString()).toBe('3.5');
    const ratings = (function* () {
      yield 'sesuai-ekspektasi' as const;
      yield 'di-atas-ekspektasi' as const;
      yield 'di-atas-ekspektasi' as const;
    })();
    expect(lib.agregasiRating(ratings as never, 'median')).toBe('di-atas-ekspektasi');
  });
});
