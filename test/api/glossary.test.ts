import { describe, expect, it } from 'vitest';
import * as utama from '../../src';
import * as berkas from '../../src/berkas';
import * as cetak from '../../src/cetak';
import * as siasn from '../../src/siasn';

// Every entry point's exports: the main one and the subpaths (pengelolaan-kinerja/cetak, /siasn, /berkas).
const lib: Record<string, unknown> = { ...utama, ...cetak, ...siasn, ...berkas };

// The naming glossary of the public API (docs/api.md): a function's name
// starts with an English verb of the glossary, or is the Indonesian noun phrase of the value it computes
// (date-fns style). Indonesian verbs never start an export. A new export that breaks the rule fails here.
export const KATA_KERJA = [
  'create',
  'add',
  'update',
  'remove',
  'set',
  'choose', // documents and immutable edits
  'validate',
  'parse',
  'safeParse', // checking and reading
  'start',
  'transition',
  'allowedEvents',
  'replay', // workflows
  'suggest',
  'format',
  'safe',
  'sum', // policies, text, Result twins, sums
  'to',
  'from', // conversions to and from SIASN's shapes (pengelolaan-kinerja/siasn)
  'get',
  'is',
  'describe',
  'derive',
  'unwrap', // lookups, guards, errors, rule sets
  'read',
  'normalize',
  'count',
  'match',
  'build', // an operator's file (pengelolaan-kinerja/berkas): read its bytes, match its header, build a column map
] as const;

/** Domain nouns a calculator may be named by: the value it computes. */
export const KATA_BENDA = [
  'angkaKredit',
  'angkaKreditTahunan',
  'angkaKreditIntegrasi',
  'akumulasiAngkaKredit',
  'predikatKinerja',
  'predikatTampil',
  'dokumenKurang',
  'jadwalSiklus',
  'tenggatTahap',
  'tahapPadaTanggal',
  'statusSiklus',
  'progresSiklus',
  'progresSekolah',
  'rentangPeriode',
  'ketentuanUntuk',
  'ketentuanRencana',
  'rangkumanRencana',
  'poinRhk',
  'penilaianPeriode',
  'proyeksiKenaikan',
  'distribusiPredikat',
  'pelanggaranDistribusi',
  'ringkasanAngkaKredit',
  'agregasiRating',
  'desimal',
  'rekomendasiIndikator',
  'rekonsiliasiSiasn',
  'jadwalRinciPeriode',
  'bebanKerjaGuru',
  'kolomWajibKurang',
  'pakBerkas',
  'kenaikanBerkas',
  'rekonsiliasiBerkas',
  'dataPegawai',
] as const;

const KATA_KERJA_INDONESIA =
  /^(cek|periksa|hitung|catat|tampilkan|simpan|buat|hapus|ubah|putar|salin|jumlah|total|nilai|pilih|tambah|ambil)/;

function awal(nama: string): string | undefined {
  return KATA_KERJA.filter((v) => nama === v || (nama.startsWith(v) && /[A-Z]/.test(nama[v.length] ?? ''))).sort(
    (a, b) => b.length - a.length,
  )[0];
}

describe('naming glossary of the public API', () => {
  const fungsi = Object.entries(lib).filter(
    ([, v]) => typeof v === 'function' && !/^class\b/.test(Function.prototype.toString.call(v)),
  );
  const kelas = Object.entries(lib).filter(
    ([, v]) => typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v)),
  );

  it('names every function by a verb of the glossary or by the noun of its value', () => {
    const salah = fungsi
      .map(([n]) => n)
      .filter((n) => awal(n) === undefined && !(KATA_BENDA as readonly string[]).includes(n));
    expect(salah).toEqual([]);
  });
  it('never starts an export with an Indonesian verb', () => {
    expect(Object.keys(lib).filter((n) => KATA_KERJA_INDONESIA.test(n))).toEqual([]);
  });
  it('pairs every safe… twin with the throwing function it wraps, and every safeParse… with its parse…', () => {
    const nama = new Set(Object.keys(lib));
    const yatim = [...nama]
      .filter((n) => /^safe[A-Z]/.test(n))
      .filter((n) => {
        const asal = n.slice(4, 5).toLowerCase() + n.slice(5);
        return !nama.has(asal);
      });
    expect(yatim).toEqual([]);
  });
  it('names classes in PascalCase, constants in UPPER_SNAKE_CASE or as …Schema(s)', () => {
    expect(kelas.map(([n]) => n).filter((n) => !/^[A-Z][A-Za-z]+$/.test(n))).toEqual([]);
    const lain = Object.entries(lib)
      .filter(([, v]) => typeof v !== 'function')
      .map(([n]) => n);
    expect(lain.filter((n) => !/^[A-Z][A-Z0-9_]*$/.test(n) && !/^[A-Z]\w*Schemas?$/.test(n))).toEqual([]);
  });
  it('keeps the glossary honest: every listed noun is exported, every verb is used', () => {
    expect(KATA_BENDA.filter((n) => !(n in lib))).toEqual([]);
    expect(KATA_KERJA.filter((v) => !fungsi.some(([n]) => awal(n) === v))).toEqual([]);
  });
});
