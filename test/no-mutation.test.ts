import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import * as lib from '../src';
import { DATA } from './pelaksanaan/fixtures';
import { rencanaSeed } from './perencanaan/fixtures';

// Inputs are never mutated: plain (unfrozen) copies go in, and must come out unchanged.
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const predikat = fc.constantFrom(...lib.PREDIKAT);
const jenjang = fc.constantFrom(...lib.JENJANG);
const rating = fc.constantFrom(...lib.RATING);

describe('no input is mutated', () => {
  test.prop([fc.array(fc.record({ jenjang, predikat, bulan: fc.integer({ min: 1, max: 12 }) }), { maxLength: 10 })])(
    'angka kredit functions',
    (items) => {
      const before = plain(items);
      lib.sumAngkaKredit(items);
      items.forEach((x) => lib.angkaKredit(x));
      lib.createRekamAngkaKreditBertahap(
        items.map((x, i) => ({
          tahun: 2024 + i,
          bulanMulai: 1,
          bulanAkhir: x.bulan,
          jenjang: x.jenjang,
          predikat: x.predikat,
        })),
      );
      expect(items).toEqual(before);
    },
  );

  test.prop([fc.constantFrom(...lib.GOLONGAN), fc.array(predikat, { minLength: 1, maxLength: 6 })])(
    'proyeksiKenaikan',
    (golongan, list) => {
      const input = { golongan, akPangkat: '10', predikat: list, mulai: { tahun: 2024, ke: 1 } };
      const before = plain(input);
      lib.proyeksiKenaikan(input);
      expect(input).toEqual(before);
    },
  );

  test.prop([rating, rating, fc.integer({ min: 0, max: 128 })])(
    'ratings, predikat and penilaianPeriode',
    (hk, pk, poin) => {
      const aspek = { 'upaya-refleksi': hk, 'upaya-mempelajari': pk, 'perubahan-praktik': hk };
      const berakhlak = Object.fromEntries(lib.ASPEK_BERAKHLAK.map((a) => [a, pk])) as Record<
        lib.AspekBerakhlak,
        lib.Rating
      >;
      const input = {
        rencana: plain(rencanaSeed()),
        hasilKerja: { aspek, rating: hk },
        perilakuKerja: { aspek: berakhlak, rating: pk },
      };
      const before = plain(input);
      lib.createPenilaianHasilKerja({ aspek, poin, rating: hk }, { ketentuan: lib.KETENTUAN_2024 });
      lib.penilaianPeriode(input);
      lib.predikatTampil(
        { hasilKerja: hk, perilakuKerja: pk, peran: 'guru', dokumen: input.rencana.dokumenAkuntabilitas },
        { ketentuan: lib.KETENTUAN_2024 },
      );
      expect(input).toEqual(before);
    },
  );

  test.prop([fc.constantFrom(...Object.keys(DATA))])(
    'validation and the siklus leave their inputs alone',
    (langkah) => {
      const rencana = plain(rencanaSeed());
      const before = plain(rencana);
      lib.validateRencana(rencana);
      lib.rangkumanRencana(rencana);
      lib.createRencana({ pegawai: rencana.pegawai, periode: rencana.periode });
      expect(rencana).toEqual(before);
      expect(Object.isFrozen(rencana.pegawai)).toBe(false);
      const data = plain(DATA[langkah as keyof typeof DATA]);
      const d0 = plain(data);
      lib.LangkahSchemas[langkah as keyof typeof DATA].safeParse(data);
      expect(data).toEqual(d0);
    },
  );

  test.prop([fc.array(fc.constantFrom(...lib.PREDIKAT), { maxLength: 30 })])('school functions', (list) => {
    const shown = list.map((p) => ({ status: 'ditampilkan' as const, predikat: p }));
    const before = plain(shown);
    const d = lib.distribusiPredikat(shown);
    lib.pelanggaranDistribusi(d, 'baik', { ketentuan: lib.KETENTUAN_2024 });
    expect(shown).toEqual(before);
  });
});
