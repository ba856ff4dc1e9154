import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataPegawai, buildDataPegawai, readBerkas } from '../../src/berkas';

const fixtures = join(__dirname, '..', 'cli', 'fixtures');
const baca = async (b: Uint8Array | string) => {
  const r = await readBerkas(typeof b === 'string' ? new TextEncoder().encode(b) : b);
  if (!r.success) throw new Error(r.issues[0]!.message);
  return r.data;
};

// SIASN's Data Pegawai export (examples/data/data-pegawai.csv, headers as the export writes them; sources in
// test/cli/fixtures/README.md) joined by NIP for the PAK pages.
describe('dataPegawai', () => {
  it('reads the identity columns the export has, by NIP', async () => {
    const r = await dataPegawai(
      await baca(readFileSync(join(__dirname, '..', '..', 'examples', 'data', 'data-pegawai.csv'))),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.perNip.get('197007222004031001')).toMatchObject({
      gelarBelakang: 'S.Si.',
      tempatLahir: 'KUPANG',
      tanggalLahir: '22-07-1970',
      jenisKelamin: 'Pria',
      unitKerja: 'SD NEGERI 3 OEBOBO',
    });
    expect(r.data.kolom).toContain('GELAR BELAKANG');
  });
  it("splits a school table's TTL column (tempat, tanggal lahir) at its last comma; a cell without one gives neither", async () => {
    // Headers of a PAK app's staff table (No, NIP, Nama, TTL, JK, Jabatan, Telepon), saved from the browser.
    const r = await dataPegawai(
      await baca(
        '<table><tr><th>No</th><th>NIP</th><th>Nama</th><th>TTL</th><th>JK</th><th>Telepon</th></tr>' +
          '<tr><td>1</td><td>197505152000032004</td><td>Sri</td><td>Kab. Banyuwangi, 15 Mei 1975</td><td>P</td><td>0812</td></tr>' +
          '<tr><td>2</td><td>198208172008011005</td><td>Agus</td><td>Jember</td><td>L</td><td>0813</td></tr></table>',
      ),
    );
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.perNip.get('197505152000032004')).toEqual({
      jenisKelamin: 'P',
      tempatLahir: 'Kab. Banyuwangi',
      tanggalLahir: '15 Mei 1975',
    });
    expect(r.data.perNip.get('198208172008011005')).toEqual({ jenisKelamin: 'L' });
    expect(r.data.kolom).toEqual(['JK', 'TTL']);
    // A file whose only identity column is its TTL is read, not refused.
    const t = await dataPegawai(await baca('NIP;Tempat/Tgl. Lahir\n197505152000032004;Genteng, 1975-05-15\n'));
    expect(t.success && t.data.perNip.get('197505152000032004')).toEqual({
      tempatLahir: 'Genteng',
      tanggalLahir: '1975-05-15',
    });
  });
  it('counts rows without a readable NIP; later rows of a NIP add to it', async () => {
    const r = await dataPegawai(
      await baca(
        'NIP,GELAR DEPAN,TEMPAT LAHIR\n198703122010012004,Drs.,\nbukan nip,Dr.,X\n198703122010012004,,Kupang\n',
      ),
    );
    expect(r.success && [r.data.tanpaNip, r.data.perNip.get('198703122010012004')]).toEqual([
      1,
      { gelarDepan: 'Drs.', tempatLahir: 'Kupang' },
    ]);
  });
  it('refuses a file without a NIP column or without identity columns, naming its headers', async () => {
    const a = await dataPegawai(await baca('Nama,Gelar Depan\nA,Drs.\n'));
    expect(a.success || [a.issues[0]!.code, a.issues[0]!.message]).toEqual([
      'pegawai-tanpa-nip',
      'tidak ada kolom NIP (judul yang dikenal: NIP, NIP BARU, NIP Pegawai). Judul kolom berkas: "Nama", "Gelar Depan".',
    ]);
    const b = await dataPegawai(await baca('NIP,Nama\n198703122010012004,A\n'));
    expect(b.success || b.issues[0]!.code).toBe('pegawai-tanpa-identitas');
  });
  it("reads SIASN's golongan and its TMT beside the other identity columns", async () => {
    const r = await dataPegawai(await baca(readFileSync(join(fixtures, 'siasn-data-pegawai.csv'))));
    expect(r.success && r.data.perNip.get('197505152000032004')).toMatchObject({
      golongan: 'IV/b',
      tmtGolongan: '01-04-2018',
      tmtJabatan: '01-01-2019',
    });
  });
  it("reads Dapodik's Daftar Guru below its title rows: JK, tempat/tanggal lahir, golongan, Karpeg; a row without NIP counted", async () => {
    const r = await dataPegawai(await baca(readFileSync(join(fixtures, 'dapodik-daftar-guru.csv'))));
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data.perNip.get('199001012015032001')).toEqual({
      golongan: 'III/a',
      tempatLahir: 'Ende',
      tanggalLahir: '1990-01-01',
      jenisKelamin: 'P',
      karpeg: 'P 777888',
    });
    expect(r.data.tanpaNip).toBe(1);
    expect(r.data.kolom).toEqual(expect.arrayContaining(['JK', 'Karpeg', 'Tempat Lahir', 'Tanggal Lahir']));
  });
  it('merges several files by NIP, the first one given winning a field both have', async () => {
    const siasn = await dataPegawai(await baca(readFileSync(join(fixtures, 'siasn-data-pegawai.csv'))));
    const dapodik = await dataPegawai(await baca(readFileSync(join(fixtures, 'dapodik-daftar-guru.csv'))));
    if (!siasn.success || !dapodik.success) throw new Error('fixtures');
    const m = buildDataPegawai([siasn.data, dapodik.data]);
    expect(m.perNip.get('197505152000032004')).toMatchObject({
      tempatLahir: 'KUPANG',
      jenisKelamin: 'Wanita',
      karpeg: 'E 123456',
      tmtGolongan: '01-04-2018',
    });
    expect(m.perNip.get('199001012015032001')?.karpeg).toBe('P 777888');
    expect(m.tanpaNip).toBe(siasn.data.tanpaNip + dapodik.data.tanpaNip);
  });
});
