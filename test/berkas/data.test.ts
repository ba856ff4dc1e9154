import { describe, expect, it, vi } from 'vitest';

// src/cli/data.ts imports the package by name; here the names are the sources (as the tsconfig paths say).
vi.mock('pengelolaan-kinerja', async () => await import('../../src'));
vi.mock('pengelolaan-kinerja/berkas', async () => await import('../../src/berkas'));

import { getKetentuan, type Ketentuan } from '../../src';
import { readBerkas, type PetaKolom } from '../../src/berkas';
import { bacaData, type Diterima, type Galat } from '../../src/berkas/data';

async function baca(teks: string, opsi: { peta?: PetaKolom; ketentuan?: Ketentuan } = {}) {
  const r = await readBerkas(new TextEncoder().encode(teks));
  if (!r.success) throw new Error(r.issues[0]!.message);
  const diterima: Diterima[] = [];
  const galat: Galat[] = [];
  const { guru, kolom } = await bacaData(
    r.data,
    { bahasa: 'id', ketentuan: opsi.ketentuan, peta: opsi.peta ?? {} },
    (d) => diterima.push(d),
    (g) => galat.push(g),
  );
  return { diterima, galat, guru, kolom };
}

const NIP = '198703122010012004';

describe('row → library input (src/cli/data.ts)', () => {
  it('a NIP as written, a whole year assumed and a jenjang taken from the golongan are written on the row', async () => {
    const r = await baca(
      `NIP;Nama;Golongan;Tahun;Predikat;Unit Kerja\n19870312 201001 2 004;ANDI "ACO" RAHMAN;IV b;2024;Baik;SMP 1\n`,
    );
    expect(r.galat).toEqual([]);
    expect(r.diterima).toHaveLength(1);
    expect(r.diterima[0]).toMatchObject({
      nip: NIP,
      nama: 'ANDI "ACO" RAHMAN',
      unitKerja: 'SMP 1',
      asumsi: ['jenjang-dari-golongan', 'periode-setahun-diasumsikan'],
    });
    expect(r.diterima[0]!.rekam).toMatchObject({
      tahun: 2024,
      bulanMulai: 1,
      bulanAkhir: 12,
      jenjang: 'ahli-madya',
      predikat: 'baik',
    });
  });
  it('start and end dates to months; a partial month refused with its reason, never rounded', async () => {
    const r = await baca(
      `NIP,Nama,Golongan,Jabatan,Tanggal Mulai,Tanggal Selesai,Predikat\n${NIP},A,III/c,Guru Ahli Muda,2024-09-01,2024-12-31,Baik\n${NIP.replace('4', '5')},B,III/c,Guru Ahli Muda,01/09/2024,15/12/2024,Baik\n`,
    );
    expect(r.diterima.map((d) => [d.rekam?.bulanMulai, d.rekam?.bulanAkhir, d.asumsi])).toEqual([[9, 12, []]]);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code, g.nilai])).toEqual([
      [3, 'Tanggal Selesai', 'periode-bulan-sebagian', '15/12/2024'],
    ]);
  });
  it('a Semester column as a regional PAK sheet writes it: 1, 2, or its months; never a whole year in silence', async () => {
    // The operator trial of #26 (a "KarierKu" PAK sheet: Tahun; Semester; Periode; Jenis Periode): Semester 1 of 2024
    // was counted as a whole year (18.75 instead of 9.375) before the Semester column was read.
    const r = await baca(
      `NIP;Nama;Golongan;Jabatan;Tahun;Semester;Predikat Kinerja\n${NIP};A;III/a;Guru Ahli Pertama;2024;1;Sangat Baik\n${NIP};A;III/a;Guru Ahli Pertama;2024;2;Baik\n${NIP};A;III/a;Guru Ahli Pertama;2023;Januari - Desember;Baik\n${NIP};A;III/a;Guru Ahli Pertama;2025;Mei;Baik\n${NIP};A;III/a;Guru Ahli Pertama;2026;tiga;Baik\n`,
    );
    expect(
      r.diterima.map((d) => [d.rekam?.tahun, d.rekam?.bulanMulai, d.rekam?.bulanAkhir, d.rekam?.angkaKredit, d.asumsi]),
    ).toEqual([
      [2024, 1, 6, '9.375', []],
      [2024, 7, 12, '6.25', []],
      [2023, 1, 12, '12.5', []],
      [2025, 5, 5, '25/24', []],
    ]);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code, g.nilai])).toEqual([
      [6, 'Semester', 'semester-tidak-valid', 'tiga'],
    ]);
  });
  it('a period column it cannot read (Periode, Jenis Periode) stops the whole-year assumption with a message', async () => {
    const r = await baca(
      `NIP;Nama;Golongan;Tahun;Periode;Jenis Periode;Predikat\n${NIP};A;III/a;2024;Januari - Juni 2024;Semester;Baik\n`,
    );
    expect(r.diterima).toEqual([]);
    expect(r.galat.map((g) => [g.baris, g.code])).toEqual([[2, 'periode-tidak-terbaca']]);
    expect(r.galat[0]!.message).toMatch(/"Periode".*peta kolom/);
    expect(r.galat[0]!.message).not.toContain('--');
  });
  it("a jabatan that is not a guru's is refused; a legacy guru title gives its jenjang", async () => {
    const r = await baca(
      `NIP,Nama,Golongan,JABATAN NAMA,Tahun,Predikat\n${NIP},A,IV/a,Kepala Badan,2024,Baik\n${NIP.replace('4', '6')},B,III/d,Guru Dewasa Tingkat. I,2024,Baik\n`,
    );
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code])).toEqual([[2, 'JABATAN NAMA', 'jabatan-bukan-guru']]);
    expect(r.diterima.map((d) => [d.baris, d.rekam?.jenjang, d.asumsi])).toEqual([
      [3, 'ahli-muda', ['periode-setahun-diasumsikan']],
    ]);
    expect(r.guru.get(NIP.replace('4', '6'))?.identitas).toEqual({ jabatan: 'Guru Dewasa Tingkat. I' });
  });
  it('SIASN kuadran codes 1–5 in a kuadran column', async () => {
    const r = await baca(
      `nip,nama,Golongan,tahun,kuadranKinerjaNilai\n${NIP},A,III/a,2024,1\n${NIP.replace('4', '7')},B,III/a,2024,7\n`,
    );
    expect(r.diterima.map((d) => d.rekam?.predikat)).toEqual(['sangat-baik']);
    expect(r.galat.map((g) => [g.kolom, g.code, g.nilai])).toEqual([
      ['kuadranKinerjaNilai', 'label-tidak-dikenal', '7'],
    ]);
  });
  it("one message per cell: an empty cell once; an unknown predikat with the library's choices", async () => {
    const r = await baca(
      `NIP,Nama,Golongan,Tahun,Predikat\n${NIP},A,III/a,,Baik\n${NIP.replace('4', '8')},B,III/a,2024,Istimewa\n`,
    );
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code])).toEqual([
      [2, 'Tahun', 'kolom-kosong'],
      [3, 'Predikat', 'label-tidak-dikenal'],
    ]);
    expect(r.galat[1]!.message).toContain('Pilihan: Sangat Baik, Baik, Butuh Perbaikan');
    expect(r.galat[1]).toMatchObject({ nip: NIP.replace('4', '8'), nama: 'B', nilai: 'Istimewa', jenis: 'baris' });
  });
  it("a missing SIASN cell skips only that row's SIASN body (kind siasn), never its PAK", async () => {
    const r = await baca(
      `NIP,Nama,Golongan,Tahun,Predikat,PNS ID,ID Riwayat Jabatan,Nomor SK,Tanggal SK\n${NIP},A,III/a,2024,Baik,P1,,800/1,20-01-2025\n${NIP.replace('4', '9')},B,III/a,2024,Baik,P2,RJ2,800/2,20-01-2025\n`,
    );
    expect(r.diterima.map((d) => [d.baris, d.siasn])).toEqual([
      [2, null],
      [3, { pnsId: 'P2', rwJabatanId: 'RJ2', nomorSk: '800/2', tanggalSk: '2025-01-20' }],
    ]);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code, g.jenis])).toEqual([
      [2, 'ID Riwayat Jabatan', 'kolom-kosong', 'siasn'],
    ]);
  });
  it("the rule set follows each row's period; --ketentuan records on each row it changed", async () => {
    const teks = `NIP,Nama,Golongan,Tahun,Predikat\n${NIP},A,III/a,2024,Baik\n${NIP},A,III/a,2025,Baik\n`;
    const biasa = await baca(teks);
    expect(biasa.diterima.map((d) => [d.rekam?.ketentuan, d.asumsi])).toEqual([
      ['2024', ['jenjang-dari-golongan', 'periode-setahun-diasumsikan']],
      ['2025', ['jenjang-dari-golongan', 'periode-setahun-diasumsikan']],
    ]);
    const timpa = await baca(teks, { ketentuan: getKetentuan('2024') as Ketentuan });
    expect(timpa.diterima.map((d) => [d.rekam?.ketentuan, d.asumsi.includes('ketentuan-ditimpa')])).toEqual([
      ['2024', false],
      ['2024', true],
    ]);
  });
  it('decimals as written in the file\'s dialect; integrasi from "Jumlah AK Konvensional s.d. 2022"', async () => {
    const r = await baca(
      `NIP;Nama;Golongan;Jumlah AK Konvensional s.d. 2022;AK Dasar\n${NIP};A;IV/b;550,63;\n${NIP.replace('4', '3')};B;III/a;;1.234\n`,
    );
    expect(r.diterima.map((d) => [d.jenis, d.integrasi?.akKumulatif ?? d.akDasar])).toEqual([['integrasi', '550.63']]);
    expect(r.galat.map((g) => [g.kolom, g.code])).toEqual([['AK Dasar', 'desimal-ambigu']]);
  });
  it('identity columns kept for the PAK pages; value codes through the map; a broken line refused with its text', async () => {
    const teks = `NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,TANGGAL LAHIR,JENIS KELAMIN,GOL AKHIR NAMA,TMT GOLONGAN,INSTANSI INDUK NAMA,Tahun,Nilai\n${NIP},ANDI,Drs.,M.Pd.,12-03-1987,Laki-laki,IV/b,01-04-2020,Pemerintah Kota Kupang,2024,SB\n${NIP},"BUDI\n`;
    const r = await baca(teks, { peta: { predikat: { kolom: 'Nilai', nilai: { SB: 'Sangat Baik' } } } });
    expect(r.diterima.map((d) => d.rekam?.predikat)).toEqual(['sangat-baik']);
    expect(r.guru.get(NIP)?.identitas).toEqual({
      gelarDepan: 'Drs.',
      gelarBelakang: 'M.Pd.',
      tanggalLahir: '12-03-1987',
      jenisKelamin: 'Laki-laki',
      tmtGolongan: '01-04-2020',
      instansi: 'Pemerintah Kota Kupang',
    });
    expect(r.galat.map((g) => [g.baris, g.code, g.jenis, g.nilai])).toEqual([
      [3, 'kutip-tidak-ditutup', 'berkas', `${NIP},"BUDI`],
    ]);
    expect(r.kolom.dipakai.map((d) => d.medan)).toContain('predikat');
  });
  it('a column of jabatan titles under an unknown header is offered as the jabatan: the file stops at its header', async () => {
    const teks = `No,NIP,Nama,Golongan,Posisi,Tahun,Predikat\n1,${NIP},Andi,III/c,Guru Ahli Muda,2024,Baik\n2,198805052011012003,DEWI SELAN,III/a,Penata Layanan Operasional,2024,Baik\n3,198805052011012004,Budi,III/a,Guru Pertama / 01-03-2020,2024,Baik\n`;
    await expect(baca(teks)).rejects.toMatchObject({
      code: 'kolom-jabatan-tidak-terbaca',
      message: expect.stringContaining('Kolom "Posisi" berisi jabatan guru (mis. "Guru Ahli Muda" di baris 2)'),
    });
    await expect(baca(teks)).rejects.toMatchObject({ message: expect.stringContaining('{ "jabatan": "Posisi" }') });
    // Mapped, it is the jabatan: the non-guru is refused, never given a guru's PAK.
    const r = await baca(teks, { peta: { jabatan: 'Posisi' } });
    expect(r.diterima.map((d) => [d.baris, d.asumsi])).toEqual([
      [2, ['periode-setahun-diasumsikan']],
      [4, ['periode-setahun-diasumsikan']],
    ]);
    expect(r.galat.map((g) => [g.baris, g.kolom, g.code])).toEqual([[3, 'Posisi', 'jabatan-bukan-guru']]);
  });
  it('jabatan titles read from the first rows of an .xlsx too; a column mostly of other titles is not offered', async () => {
    const { default: tulis } = await import('write-excel-file/node');
    const lembar = [
      ['NIP', 'Nama', 'Golongan', 'Posisi', 'Tahun', 'Predikat'],
      [NIP, 'Andi', 'III/c', 'Guru Ahli Muda', '2024', 'Baik'],
    ].map((r) => r.map((value) => ({ value, type: String })));
    const xlsx = new Uint8Array((await tulis(lembar as never).toBuffer()) as Uint8Array);
    const r = await readBerkas(xlsx);
    if (!r.success) throw new Error(r.issues[0]!.message);
    await expect(
      bacaData(
        r.data,
        { bahasa: 'id', ketentuan: undefined, peta: {} },
        () => {},
        () => {},
      ),
    ).rejects.toMatchObject({ code: 'kolom-jabatan-tidak-terbaca' });
    // One guru title among three other titles: not a jabatan column by its values.
    const lain = await baca(
      `NIP,Nama,Golongan,Tugas Tambahan,Tahun,Predikat\n${NIP},A,III/c,Guru Ahli Muda,2024,Baik\n198805052011012003,B,III/a,Bendahara,2024,Baik\n198805052011012004,C,III/a,Operator Dapodik,2024,Baik\n198805052011012005,D,III/a,Wali Kelas,2024,Baik\n`,
    );
    expect(lain.diterima).toHaveLength(4);
  });
  it('with truly no jabatan column (other columns hold no guru title) the jenjang from the golongan stays, said', async () => {
    const r = await baca(
      `No,NIP,Nama,Golongan,Keterangan,Tahun,Predikat\n1,${NIP},Andi,III/c,mutasi masuk,2024,Baik\n`,
    );
    expect(r.diterima.map((d) => d.asumsi)).toEqual([['jenjang-dari-golongan', 'periode-setahun-diasumsikan']]);
  });
  it('a needed column the file does not have is named as a header to add, never as an empty column', async () => {
    const r = await baca(`NIP,Nama,Golongan,Jabatan,Tahun\n${NIP},Andi,III/c,Guru Ahli Muda,2024\n`);
    expect(r.galat.map((g) => [g.kolom, g.code])).toEqual([['', 'kolom-tidak-ada']]);
    expect(r.galat[0]!.message).toContain('Berkas tidak punya kolom "Predikat"');
    const t = await baca(
      `NIP,Nama,Golongan,Jabatan,Tanggal Mulai,Predikat\n${NIP},Andi,III/c,Guru Ahli Muda,2024-01-01,Baik\n`,
    );
    expect(t.galat.map((g) => [g.kolom, g.code])).toEqual([['', 'kolom-tidak-ada']]);
    expect(t.galat[0]!.message).toContain('"Tanggal Selesai"');
    expect(t.galat[0]!.message).not.toContain('tanggalSelesai kosong');
  });
  it('a header without the required fields says every one, the headers accepted and the map line', async () => {
    await expect(baca('NIP/NRP,Nama Guru,Tahun\n1,2,3\n')).rejects.toMatchObject({
      code: 'kolom-wajib',
      message: expect.stringMatching(
        /Kolom nip tidak ditemukan[\s\S]*Kolom nama tidak ditemukan[\s\S]*Kolom golongan tidak ditemukan/,
      ),
    });
  });
});
