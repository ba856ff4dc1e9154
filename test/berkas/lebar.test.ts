import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { pakBerkas, readBerkas, type TujuanKeluaran } from '../../src/berkas';
import { bacaData, type Diterima, type Galat } from '../../src/berkas/data';

// A sheet with one column per period (2023, 2024 S1, Predikat 2025, …) read as one row per period: each row keeps its
// line and names its period's column; an empty cell is no row; the same rows written one per line give the same
// summary.

const NIP = ['198505142010012003', '198803032011011002', '197912122005012007'] as const;

async function baca(teks: string) {
  const r = await readBerkas(new TextEncoder().encode(teks));
  if (!r.success) throw new Error(r.issues[0]!.message);
  const diterima: Diterima[] = [];
  const galat: Galat[] = [];
  const h = await bacaData(
    r.data,
    { bahasa: 'id', ketentuan: undefined, peta: {} },
    (d) => diterima.push(d),
    (g) => galat.push(g),
  );
  return { diterima, galat, ...h };
}

async function ringkasan(teks: string): Promise<string[][]> {
  const b = await readBerkas(new TextEncoder().encode(teks));
  if (!b.success) throw new Error(b.issues[0]!.message);
  const isi = new Map<string, string>();
  const tujuan: TujuanKeluaran = {
    write: (n, t) => void isi.set(n, t),
    open: (n) => {
      isi.set(n, '');
      return { write: (t) => void isi.set(n, isi.get(n)! + t) };
    },
  };
  const r = await pakBerkas(b.data, tujuan, { html: 'tidak' });
  if (!r.success) throw new Error(r.issues[0]!.message);
  return (isi.get('ringkasan.csv') ?? '')
    .trim()
    .split('\n')
    .map((l) => l.split(';'));
}

describe('one column per period, read as one row per period', () => {
  const kepala = 'No,NIP,Nama,Golongan,Jabatan,2023,2024 S1,2024 S2,Predikat 2025';

  it('each written cell is a row with the line of the sheet; the period from the header (year, semester)', async () => {
    const r = await baca(`${kepala}\n1,${NIP[0]},Sri,III/c,Guru Ahli Muda,Baik,,Sangat Baik,Baik\n`);
    expect(r.galat).toEqual([]);
    expect(
      r.diterima.map((d) => [d.baris, d.rekam?.tahun, d.rekam?.bulanMulai, d.rekam?.bulanAkhir, d.rekam?.predikat]),
    ).toEqual([
      [2, 2023, 1, 12, 'baik'],
      [2, 2024, 7, 12, 'sangat-baik'],
      [2, 2025, 1, 12, 'baik'],
    ]);
    // The empty 2024 S1 cell is no row, counted per column (the run says it); never a predikat taken for it.
    expect(r.kolom.perPeriode?.map((p) => [p.kolom, p.tahun, p.semester, p.kosong])).toEqual([
      ['2023', 2023, undefined, 0],
      ['2024 S1', 2024, 1, 1],
      ['2024 S2', 2024, 2, 0],
      ['Predikat 2025', 2025, undefined, 0],
    ]);
    expect(r.kolom.diabaikan).toEqual([{ kolom: 'No', indeks: 0, nomorUrut: true }]);
  });

  it("a refusal names the line and the period's column as written; a NIP refusal is given once for the line", async () => {
    const r = await baca(
      `${kepala}\n1,${NIP[0]},Sri,III/c,Guru Ahli Muda,Baik,Istimewa,Baik,\n2,12345,Budi,III/a,Guru Ahli Pertama,Baik,Baik,,Baik\n`,
    );
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code, g.nilai])).toEqual([
      [2, '2024 S1', 'label-tidak-dikenal', 'Istimewa'],
      [3, 'NIP', 'nip-tidak-valid', '12345'],
    ]);
    // Sri is held for line 2 (her other periods are read, her PAK is not made).
    expect(r.alasan.get(NIP[0])?.map((a) => [a.baris, a.code])).toEqual([[2, 'label-tidak-dikenal']]);
  });

  it('a line with no period written: its AK alone is read, or it is refused naming the period columns', async () => {
    const r = await baca(
      `${kepala},AK Konvensional\n1,${NIP[0]},Sri,III/c,Guru Ahli Muda,,,,,250\n2,${NIP[1]},Budi,III/a,Guru Ahli Pertama,,,,,\n`,
    );
    expect(r.diterima.map((d) => [d.baris, d.jenis])).toEqual([[2, 'integrasi']]);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code])).toEqual([[3, '2023', 'baris-tanpa-isi']]);
    expect(r.galat[0]!.message).toContain('"2023", "2024 S1", "2024 S2", "Predikat 2025"');
  });

  it('two columns of the same months on one line: the second is refused as an overlap, naming its column', async () => {
    const r = await baca(`No,NIP,Nama,Golongan,Jabatan,2024,2024 S2\n1,${NIP[0]},Sri,III/c,Guru Ahli Muda,Baik,Baik\n`);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code])).toEqual([[2, '2024 S2', 'periode-tumpang-tindih']]);
  });

  it('headers of periods as sheets write them; a file with its own Tahun or Predikat column is read as before', async () => {
    const r = await baca(
      `NIP,Nama,Golongan,Jabatan,Smt 1 2024,2024 Semester II,Predikat Kinerja 2023,Tahun 2025\n${NIP[0]},Sri,III/c,Guru Ahli Muda,Baik,Baik,Baik,Baik\n`,
    );
    expect(r.kolom.perPeriode?.map((p) => [p.tahun, p.semester])).toEqual([
      [2024, 1],
      [2024, 2],
      [2023, undefined],
      [2025, undefined],
    ]);
    const biasa = await baca(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,2023\n${NIP[0]},Sri,III/c,Guru Ahli Muda,2024,Baik,Baik\n`,
    );
    expect(biasa.kolom.perPeriode).toBeUndefined();
    expect(biasa.diterima.map((d) => d.rekam?.tahun)).toEqual([2024]);
  });

  // The same ratings as one column per period and as one row per period give the same summary (lines aside).
  const PERIODE = [
    ['2023', '2023', ''],
    ['2024 S1', '2024', '1'],
    ['2024 S2', '2024', '2'],
    ['Predikat 2025', '2025', ''],
  ] as const;
  const NILAI = ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang', '2', 'Istimewa', ''] as const;
  const guru = fc.record({
    nip: fc.constantFrom(...NIP),
    gol: fc.constantFrom('III/a', 'III/c', 'IV/a'),
    nilai: fc.tuple(...PERIODE.map(() => fc.constantFrom(...NILAI))),
    ak: fc.constantFrom('', '150', '87,5'),
  });
  it('property: wide and the equivalent long file give the same ringkasan', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(guru, { selector: (g) => g.nip, minLength: 1, maxLength: 3 }), async (gs) => {
        const lebar = [
          `NIP;Nama;Golongan;AK Konvensional;${PERIODE.map((p) => p[0]).join(';')}`,
          ...gs.map((g) => `${g.nip};Guru ${g.nip.slice(-3)};${g.gol};${g.ak};${g.nilai.join(';')}`),
        ];
        const panjang = ['NIP;Nama;Golongan;AK Konvensional;Tahun;Semester;Predikat'];
        for (const g of gs) {
          const ada = PERIODE.flatMap((p, i) => (g.nilai[i] === '' ? [] : [[p[1], p[2], g.nilai[i]!]]));
          if (ada.length === 0) panjang.push(`${g.nip};Guru ${g.nip.slice(-3)};${g.gol};${g.ak};;;`);
          for (const [t, s, n] of ada) panjang.push(`${g.nip};Guru ${g.nip.slice(-3)};${g.gol};${g.ak};${t};${s};${n}`);
        }
        const a = await ringkasan(`${lebar.join('\n')}\n`);
        const b = await ringkasan(`${panjang.join('\n')}\n`);
        // The reasons name lines, which differ between the two shapes; every other column is the same.
        const tanpaAlasan = (t: string[][]) => t.map((r) => r.slice(0, t[0]!.indexOf('alasan')));
        expect(tanpaAlasan(a)).toEqual(tanpaAlasan(b));
      }),
      { numRuns: 60 },
    );
  });
});
