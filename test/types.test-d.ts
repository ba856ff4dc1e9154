import { describe, expectTypeOf, it } from 'vitest';
import type {
  AlurRencana,
  CatatanPenyesuaian,
  Desimal,
  DiskusiPersiapan,
  KategoriKode,
  Predikat,
  PredikatTampil,
  Rating,
  Result,
  Siklus,
  SiklusPada,
} from '../src';
import { angkaKredit, safeParseKode, predikatKinerja, safeAngkaKredit } from '../src';
import * as lib from '../src';

describe('types that carry meaning', () => {
  it('each siklus state carries only the data valid in it', () => {
    expectTypeOf<SiklusPada<'observasi-kinerja'>['hasil']>().toEqualTypeOf<{
      readonly 'diskusi-persiapan': DiskusiPersiapan;
    }>();
    expectTypeOf<SiklusPada<'penilaian'>['draf']>().toEqualTypeOf<null>();
    const s = {} as Siklus;
    if (s.langkah === 'diskusi-persiapan') {
      // @ts-expect-error: nothing is submitted before step A
      void s.hasil['diskusi-persiapan'];
    }
    if (s.langkah === 'penilaian') expectTypeOf(s.hasil['refleksi-tindak-lanjut'].refleksi).not.toBeAny();
  });

  it('only an approved plan carries the penyesuaian', () => {
    const a = {} as AlurRencana;
    if (a.status === 'draf') {
      // @ts-expect-error: a draft has no penyesuaian
      void a.penyesuaian;
    }
    if (a.status === 'disetujui') expectTypeOf(a.penyesuaian).toEqualTypeOf<readonly CatatanPenyesuaian[]>();
  });

  it('codes are literal unions, results are discriminated', () => {
    expectTypeOf(predikatKinerja).parameter(0).toEqualTypeOf<Rating>();
    expectTypeOf(predikatKinerja).returns.toEqualTypeOf<Predikat>();
    // @ts-expect-error: a label is not a code
    predikatKinerja('Di Atas Ekspektasi', 'sesuai-ekspektasi');
    expectTypeOf(safeParseKode('predikat', 'Cukup')).toEqualTypeOf<Result<Predikat>>();
    expectTypeOf<KategoriKode['jenjang']>().toEqualTypeOf<'ahli-pertama' | 'ahli-muda' | 'ahli-madya' | 'ahli-utama'>();
    // A SIASN kuadran read as a kuadran gives a predikat code
    expectTypeOf(safeParseKode('kuadranKinerja', 2)).toEqualTypeOf<Result<Predikat>>();
    const r = safeAngkaKredit({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Desimal>();
    else expectTypeOf(r.issues[0]).toMatchTypeOf<{ code: string } | undefined>();
    expectTypeOf<PredikatTampil & { status: 'tertahan' }>().toHaveProperty('dokumenKurang');
  });

  it('angkaKredit takes codes and an integer month count, and gives an exact decimal', () => {
    expectTypeOf(angkaKredit({ jenjang: 'ahli-muda', predikat: 'baik' })).toEqualTypeOf<Desimal>();
    // @ts-expect-error: unknown jenjang
    angkaKredit({ jenjang: 'ahli-super', predikat: 'baik' });
  });
});

describe('inputs typed with the library unions: typos do not compile', () => {
  it('refuses unknown rating codes, misspelt aspects, options given positionally', () => {
    const aspek = {
      'upaya-refleksi': 'sesuai-ekspektasi',
      'upaya-mempelajari': 'sesuai-ekspektasi',
      'perubahan-praktik': 'sesuai-ekspektasi',
    } as const;
    // @ts-expect-error 'hebat' is not a Rating
    lib.createPenilaianHasilKerja({ aspek, poin: null, rating: 'hebat' }, { ketentuan: lib.KETENTUAN_2026 });
    lib.createPenilaianHasilKerja(
      // @ts-expect-error an aspect is misspelt
      { aspek: { ...aspek, 'upaya-refleks': 'sesuai-ekspektasi' }, poin: null, rating: 'sesuai-ekspektasi' },
      { ketentuan: lib.KETENTUAN_2026 },
    );
    // @ts-expect-error the rule set is required where the rule differs by year
    lib.suggestRatingHasilKerja(aspek);
    // @ts-expect-error a rule set is not the options object
    lib.replaySiklus([], lib.KETENTUAN_2024);
    // @ts-expect-error 'baik' is a predikat, not a rating
    lib.predikatKinerja('baik', 'sesuai-ekspektasi');
    // @ts-expect-error 'ahli' is not a jenjang
    lib.angkaKreditTahunan({ tahun: 2026, jenjang: 'ahli', penilaian: [] });
    // The formatter takes what the library returns: a record, its value, a Desimal.
    expectTypeOf<lib.RekamAngkaKredit>().toExtend<Parameters<typeof lib.formatAngkaKredit>[0]>();
    expectTypeOf<lib.RekamAngkaKredit['angkaKredit']>().toExtend<Parameters<typeof lib.formatAngkaKredit>[0]>();
    expectTypeOf<lib.HasilTahunan['angkaKredit']>().toExtend<Parameters<typeof lib.formatAngkaKredit>[0]>();
  });
});
