import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readBerkas } from '../../src/berkas';
import { HARAPAN, type HasilBaca } from './fixtures';
import { cocokHarapan } from './cocok';

vi.mock('pengelolaan-kinerja', async () => await import('../../src'));
vi.mock('pengelolaan-kinerja/berkas', async () => await import('../../src/berkas'));

const FIXTURES = join(__dirname, '..', 'cli', 'fixtures');

async function bacaFixture(nama: string): Promise<HasilBaca> {
  const r = await readBerkas(readFileSync(join(FIXTURES, nama)));
  if (!r.success) return { ditolak: r.issues[0]!.code };
  const baris: [number, readonly string[] | string][] = [];
  for await (const b of r.data.baris) baris.push([b.baris, b.rusak?.code ?? [...b.sel]]);
  return { header: r.data.header, dialek: { ...r.data.dialek }, prolog: r.data.prolog.length, baris };
}

describe('the reader on every real-format fixture (test/cli/fixtures/README.md)', () => {
  for (const h of HARAPAN) {
    it(h.berkas, async () => {
      cocokHarapan(h, await bacaFixture(h.berkas));
    });
  }
});

describe('the fixtures through the row reader (src/cli/data.ts)', async () => {
  const { bacaData } = await import('../../src/berkas/data');
  const jalan = async (nama: string) => {
    const r = await readBerkas(readFileSync(join(FIXTURES, nama)));
    if (!r.success) throw new Error(r.issues[0]!.message);
    const diterima: {
      baris: number;
      nip: string;
      jenis: string;
      asumsi: readonly string[];
      siasn: unknown;
      ak?: string;
    }[] = [];
    const galat: { baris: number; kolom: string; kode: string; jenis: string }[] = [];
    const out = await bacaData(
      r.data,
      { bahasa: 'id', ketentuan: undefined, peta: {} },
      (d) =>
        diterima.push({
          baris: d.baris,
          nip: d.nip,
          jenis: d.jenis,
          asumsi: d.asumsi,
          siasn: d.siasn,
          ...(d.integrasi === null ? {} : { ak: d.integrasi.akIntegrasi }),
        }),
      (g) => galat.push({ baris: g.baris, kolom: g.kolom, kode: g.code, jenis: g.jenis }),
    );
    return { diterima, galat, ...out };
  };
  it('the PAK app template: NIP with spaces and Excel\'s quote, "Pembina Tk.I, IV/b", the integrasi from "Jumlah AK Konvensional s.d. 2022", SIASN ids from "ID Riwayat Jabatan"', async () => {
    const r = await jalan('template-pak-daerah.csv');
    expect(r.galat.filter((g) => g.jenis !== 'siasn')).toEqual([]);
    expect(r.diterima.map((d) => [d.nip, d.jenis, d.asumsi])).toEqual([
      ['197505152000032004', 'konversi', ['periode-setahun-diasumsikan']],
      ['198701012010012001', 'konversi', ['periode-setahun-diasumsikan']],
    ]);
    expect(r.guru.get('197505152000032004')?.integrasi?.hasil.akIntegrasi).toBeDefined();
    expect(r.diterima[0]!.siasn).toMatchObject({
      rwJabatanId: '8AE483A67E2F4C1FE050640A15027A1B',
      tanggalSk: '2025-01-20',
    });
    // The second row has no ID Riwayat Jabatan: its SIASN body is skipped with its own message, its PAK kept.
    expect(r.diterima[1]!.siasn).toBeNull();
    expect(r.galat).toEqual([{ baris: 3, kolom: 'ID Riwayat Jabatan', kode: 'kolom-kosong', jenis: 'siasn' }]);
    expect(r.kolom.diabaikan.map((d) => d.kolom)).toEqual(['No']);
  });
  it('a dinas recap with one column per period: one row per period written, each with its line; an empty cell is no row', async () => {
    const r = await jalan('rekap-predikat-per-periode.csv');
    expect(r.diterima.filter((d) => d.baris === 3).map((d) => d.jenis)).toEqual(['konversi', 'konversi', 'konversi']);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.kode])).toEqual([
      [4, '2024 S1', 'label-tidak-dikenal'],
      [5, '2023', 'baris-tanpa-isi'],
    ]);
    expect(r.kolom.perPeriode?.map((p) => [p.kolom, p.kosong])).toEqual([
      ['2023', 2],
      ['2024 S1', 1],
      ['2024 S2', 1],
      ['Predikat 2025', 1],
    ]);
    expect(r.guru.get('198505142010012003')?.integrasi?.hasil.akIntegrasi).toBe('50.5');
  });
  it('rw-kinerjaperiodik alone has no golongan: the header error says so, with the map line', async () => {
    await expect(jalan('siasn-rw-kinerjaperiodik.csv')).rejects.toMatchObject({
      code: 'kolom-wajib',
      message: expect.stringContaining('Kolom golongan tidak ditemukan'),
    });
  });
  it('SIASN Data Pegawai: identity kept, the Analis SDM refused as not a guru', async () => {
    const r = await jalan('siasn-data-pegawai.csv');
    expect(r.galat.map((g) => [g.baris, g.kode])).toEqual([
      [2, 'baris-tanpa-isi'],
      [3, 'baris-tanpa-isi'],
      [4, 'jabatan-bukan-guru'],
    ]);
  });
  it('the Indonesian Excel CSV: dates to months (2023 under the rule set of its period), 12,5 as AK Dasar', async () => {
    const r = await jalan('excel-indonesia.csv');
    expect(r.diterima.map((d) => [d.baris, d.jenis])).toEqual([
      [2, 'konversi'],
      [3, 'konversi'],
    ]);
    expect(r.guru.get('199001012015032001')?.akDasar?.nilai).toBe('12.5');
  });
});
