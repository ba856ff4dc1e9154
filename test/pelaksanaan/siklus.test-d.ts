import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  transitionSiklus,
  validatePeristiwaSiklus,
  type DataLangkah,
  type Draf,
  type KodeFokusPerilaku,
  type LangkahIsian,
  type PeristiwaSiklus,
  type PeristiwaSiklusSchema,
  type Result,
  type Siklus,
} from '../../src';

const pegawai = { peran: 'pegawai' } as const;
const pada = '2024-02-20T08:00:00+07:00';
declare const siklus: Siklus;

describe('siklus events are typed by jenis and langkah', () => {
  it('is the type of its zod schema, a union over jenis', () => {
    expectTypeOf<PeristiwaSiklus>().toEqualTypeOf<z.infer<typeof PeristiwaSiklusSchema>>();
    expectTypeOf<PeristiwaSiklus['jenis']>().toEqualTypeOf<'mulai' | 'simpan-draf' | 'kumpulkan'>();
    expectTypeOf(transitionSiklus).parameter(1).toEqualTypeOf<PeristiwaSiklus>();
    expectTypeOf(validatePeristiwaSiklus).parameter(0).toBeUnknown();
    expectTypeOf(validatePeristiwaSiklus).returns.toEqualTypeOf<Result<PeristiwaSiklus>>();
  });

  it("types a draft's data by its step: the step's data, any part at any depth", () => {
    type SimpanDraf<L extends LangkahIsian> = Extract<PeristiwaSiklus, { jenis: 'simpan-draf'; langkah: L }>;
    expectTypeOf<SimpanDraf<'diskusi-persiapan'>['data']>().toEqualTypeOf<Draf<DataLangkah['diskusi-persiapan']>>();
    expectTypeOf<SimpanDraf<'observasi-kinerja'>['data']>().toEqualTypeOf<Draf<DataLangkah['observasi-kinerja']>>();
    expectTypeOf<SimpanDraf<'refleksi-tindak-lanjut'>['data']>().toEqualTypeOf<
      Draf<DataLangkah['refleksi-tindak-lanjut']>
    >();
    expectTypeOf<
      DataLangkah['diskusi-persiapan']['targetPerilaku'][number]['fokus']
    >().toEqualTypeOf<KodeFokusPerilaku>();
    expectTypeOf<DataLangkah['observasi-kinerja']['nilai'][number]['fokus']>().toEqualTypeOf<KodeFokusPerilaku>();

    transitionSiklus(siklus, {
      jenis: 'simpan-draf',
      langkah: 'diskusi-persiapan',
      oleh: pegawai,
      pada,
      data: { targetPerilaku: [{ fokus: 'komunikasi-positif' }] },
    });
  });

  it("refuses another step's data", () => {
    transitionSiklus(siklus, {
      jenis: 'simpan-draf',
      langkah: 'diskusi-persiapan',
      oleh: pegawai,
      pada,
      // @ts-expect-error: `mode` and `rekomendasi` are step B's (observasi-kinerja), not step A's
      data: { mode: 'langsung', rekomendasi: 'Mempelajari strategi pengelompokan.' },
    });
    transitionSiklus(siklus, {
      jenis: 'simpan-draf',
      langkah: 'upaya-tindak-lanjut',
      oleh: pegawai,
      pada,
      // @ts-expect-error: a bukti dukung is collected or not, nothing else
      data: { buktiDukung: { 'rhk-1': 'sudah' } },
    });
  });

  it('refuses an event without its langkah', () => {
    // @ts-expect-error: kumpulkan names the step it submits
    transitionSiklus(siklus, { jenis: 'kumpulkan', oleh: pegawai, pada });
    // @ts-expect-error: simpan-draf names the step its data belongs to
    transitionSiklus(siklus, { jenis: 'simpan-draf', oleh: pegawai, pada, data: {} });
    // @ts-expect-error: penilaian is not a step that submits data
    transitionSiklus(siklus, { jenis: 'kumpulkan', langkah: 'penilaian', oleh: pegawai, pada });
  });

  it('refuses a fokus that is not a code', () => {
    transitionSiklus(siklus, {
      jenis: 'simpan-draf',
      langkah: 'diskusi-persiapan',
      oleh: pegawai,
      pada,
      // @ts-expect-error: the fokus's display text, not its code
      data: { targetPerilaku: [{ fokus: 'Guru melakukan komunikasi positif', upayaMempelajari: 'Membaca buku' }] },
    });
    const b: DataLangkah['observasi-kinerja']['nilai'][number] = {
      // @ts-expect-error: the same text where a step's data is typed whole
      fokus: 'Komunikasi Positif',
      nilai: 'belum-dilakukan',
      catatan: '',
    };
    void b;
    const kode: KodeFokusPerilaku = 'komunikasi-positif';
    void kode;
  });
});
