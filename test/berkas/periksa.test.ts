import { describe, expect, it } from 'vitest';
import { isKinerjaError } from '../../src';
import {
  dataPegawai,
  kenaikanBerkas,
  pakBerkas,
  readBerkas,
  rekonsiliasiBerkas,
  type BacaanBerkas,
  type TujuanKeluaran,
} from '../../src/berkas';

const tujuan = (): TujuanKeluaran => ({ write: () => {}, open: () => ({ write: () => {} }) });
const bacaan = (baris: unknown[]): BacaanBerkas =>
  ({
    header: ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Tahun', 'Predikat'],
    dialek: { format: 'csv', encoding: 'utf-8', bom: false, pemisah: ',', desimal: '.', akhirBaris: '\n' },
    prolog: [],
    baris: (async function* () {
      yield* baris;
    })(),
    kemajuan: () => ({ dibaca: 0, total: 0 }),
  }) as BacaanBerkas;
const BARIS = { baris: 2, sel: ['198703122010012004', 'Andi', 'III/c', 'Guru Ahli Muda', '2024', 'Baik'] };

/** The promise's rejection, which must be KinerjaError `argumen-tidak-valid` (a sync throw fails the test). */
async function tolakan(p: () => Promise<unknown>): Promise<string> {
  const e: unknown = await p().then(
    () => new Error('resolved'),
    (x: unknown) => x,
  );
  expect(isKinerjaError(e) && e.code).toBe('argumen-tidak-valid');
  return (e as Error).message;
}

describe('the runs reject misuse with KinerjaError, as a rejection', () => {
  const salah: [string, () => Promise<unknown>][] = [
    ['readBerkas(undefined)', () => readBerkas(undefined as never)],
    ['readBerkas("teks")', () => readBerkas('NIP,Nama' as never)],
    ['readBerkas(bytes, null)', () => readBerkas(new Uint8Array(1), null as never)],
    ['readBerkas(bytes, { total: -1 })', () => readBerkas(new Uint8Array(1), { total: -1 })],
    ['pakBerkas({}, tujuan)', () => pakBerkas({} as never, tujuan())],
    ['pakBerkas(bacaan, {})', () => pakBerkas(bacaan([BARIS]), {} as never)],
    ['pakBerkas(bacaan, tujuan, null)', () => pakBerkas(bacaan([BARIS]), tujuan(), null as never)],
    [
      'pakBerkas(bacaan, tujuan, { bahasa: "fr" })',
      () => pakBerkas(bacaan([BARIS]), tujuan(), { bahasa: 'fr' as never }),
    ],
    ['kenaikanBerkas(null, tujuan)', () => kenaikanBerkas(null as never, tujuan())],
    ['rekonsiliasiBerkas(undefined, tujuan)', () => rekonsiliasiBerkas(undefined as never, tujuan())],
    ['rekonsiliasiBerkas({ lokal }, tujuan)', () => rekonsiliasiBerkas({ lokal: bacaan([]) } as never, tujuan())],
    ['dataPegawai("x")', () => dataPegawai('x' as never)],
  ];
  it.each(salah)('%s', async (_, p) => {
    await tolakan(p);
  });

  it("checks the caller's own rows as the run meets them", async () => {
    const pesan = await tolakan(() => pakBerkas(bacaan([BARIS, null]), tujuan(), { html: 'tidak' }));
    expect(pesan).toContain('bacaan.baris[1]');
    await tolakan(() => kenaikanBerkas(bacaan([{ baris: 2, sel: 'x' }]), tujuan()));
  });

  it("checks what the caller's destination opens", async () => {
    const t: TujuanKeluaran = { write: () => {}, open: () => null as never };
    const pesan = await tolakan(() => pakBerkas(bacaan([BARIS]), t, { html: 'tidak' }));
    expect(pesan).toContain('tujuan.open');
  });

  it('refuses a stream of text chunks (a file opened as text)', async () => {
    const teks = (async function* () {
      yield 'NIP,Nama\n';
    })();
    await tolakan(() => readBerkas(teks as never));
  });

  // An iterator that breaks the protocol (found by the fuzz of the built package): a TypeError of `for await` before.
  it.each([
    ['an iterator that is not an object', () => 5],
    ['an iterator without next()', () => ({})],
    ['next() giving null', () => ({ next: async () => null })],
    ['next() giving a number', () => ({ next: () => 5 })],
  ])("refuses the caller's rows or bytes from %s", async (_, iterator) => {
    const rusak = { [Symbol.asyncIterator]: iterator };
    const b = { ...bacaan([]), baris: rusak } as unknown as BacaanBerkas;
    expect(await tolakan(() => pakBerkas(b, tujuan(), { html: 'tidak' }))).toContain('bacaan.baris');
    expect(await tolakan(() => rekonsiliasiBerkas({ lokal: b, siasn: bacaan([]) }, tujuan()))).toContain(
      'berkas.lokal',
    );
    expect(await tolakan(() => readBerkas(rusak as never))).toContain('sumber');
    const aliran = { getReader: () => ({ read: async () => null, releaseLock: () => {} }) };
    expect(await tolakan(() => readBerkas(aliran as never))).toContain('sumber.getReader().read()');
  });

  it("runs over the caller's own well-formed rows", async () => {
    const h = await pakBerkas(bacaan([BARIS]), tujuan(), { html: 'tidak' });
    expect(h.success && h.data.diterima).toBe(1);
  });
});
