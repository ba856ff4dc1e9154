import { describe, expectTypeOf, it } from 'vitest';
import type { Ketentuan, KetentuanKonversi } from '../../src';
import { type AsalKetentuan as Asal, type AsalKetentuanKonversi, susunKetentuan } from '../../src/ketentuan/dasar';
import { DASAR_ASN } from '../../src/ketentuan/dasar-kinerja-asn';
import { DASAR_GURU } from '../../src/ketentuan/dasar-kinerja-guru';
import { DASAR_GURU_TAHUNAN } from '../../src/ketentuan/dasar-kinerja-guru-tahunan';

describe('a year names, part by part, the base it takes the part from', () => {
  it('accepts a base that holds the part with its source', () => {
    expectTypeOf(DASAR_ASN).toExtend<Asal['jenjang']>();
    expectTypeOf(DASAR_GURU).toExtend<Asal['katalogRhk']>();
    expectTypeOf(DASAR_GURU_TAHUNAN).toExtend<Asal['poin']>();
    expectTypeOf(susunKetentuan).toBeCallableWith(
      { id: 'x', nama: 'x', berlakuMulai: '2099-01-01', dokumen: [] },
      {} as Asal,
    );
    expectTypeOf(
      susunKetentuan({ id: 'x', nama: 'x', berlakuMulai: '2099-01-01', dokumen: [] }, {} as Asal),
    ).toEqualTypeOf<Ketentuan>();
  });

  it('refuses a base that does not hold the part', () => {
    expectTypeOf(DASAR_ASN).not.toExtend<Asal['periode']>();
    expectTypeOf(DASAR_GURU).not.toExtend<Asal['jenjang']>();
    expectTypeOf(DASAR_GURU_TAHUNAN).not.toExtend<Asal['katalogRhk']>();
  });

  it('gives a rule set of the angka kredit side no planning part, only its source', () => {
    expectTypeOf(DASAR_GURU).not.toExtend<AsalKetentuanKonversi['katalogRhk']>();
    expectTypeOf({ sumber: DASAR_GURU.sumber }).toExtend<AsalKetentuanKonversi['katalogRhk']>();
    const k = susunKetentuan(
      { id: 'x', lingkup: 'konversi', nama: 'x', berlakuMulai: '2099-01-01', dokumen: [] },
      {} as AsalKetentuanKonversi,
    );
    expectTypeOf(k).toEqualTypeOf<KetentuanKonversi>();
  });
});
