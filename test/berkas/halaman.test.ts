import { describe, expect, it } from 'vitest';
import { pakBerkas, readBerkas, type OpsiPak, type RingkasanGuru, type TujuanKeluaran } from '../../src/berkas';

// The unit of a PAK is the guru: the figures that reach a page ready to sign come from every row of that guru or
// from none. Three pages that were wrong: a guru with a refused row printed with partial totals, someone who is not a
// guru given a guru's PAK, and a semester counted as a year.

/** A destination in memory: every file's text by name. */
function memori() {
  const isi = new Map<string, string>();
  const tujuan: TujuanKeluaran = {
    write: (nama, teks) => void isi.set(nama, teks),
    open: (nama) => {
      isi.set(nama, '');
      return { write: (t) => void isi.set(nama, isi.get(nama)! + t) };
    },
  };
  return { tujuan, isi };
}

async function jalan(teks: string, opsi: OpsiPak = {}) {
  const b = await readBerkas(new TextEncoder().encode(teks));
  if (!b.success) throw new Error(b.issues[0]!.message);
  const m = memori();
  const guru: RingkasanGuru[] = [];
  const r = await pakBerkas(b.data, m.tujuan, { ...opsi, onGuru: (g) => guru.push(g) });
  return { r, isi: m.isi, guru };
}

/** The rows of a CSV output (the header's names as keys). */
function tabel(teks: string | undefined): Record<string, string>[] {
  const [kepala, ...baris] = (teks ?? '').trim().split(/\r?\n/);
  const nama = kepala!.split(',');
  // A NIP is written as the formula of its text ("=""…"""), the form spreadsheets keep as text.
  return baris.map((b) =>
    Object.fromEntries(b.split(',').map((v, i) => [nama[i]!, v.replace(/^"=""(\d+)"""$/, '$1')])),
  );
}

const NIP = '198703122010012004';
const NIP2 = '199001012015022001';

describe('a page only for a complete guru', () => {
  it('a guru with a refused row (predikat Istimewa) gets no page and is ditunda with the line named', async () => {
    const { r, isi, guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tanggal Mulai,Tanggal Selesai,Predikat\n${NIP},SITI,III/b,Guru Ahli Pertama,2024-07-01,2024-12-31,Baik\n${NIP},SITI,III/b,Guru Ahli Pertama,2025-01-01,2025-12-31,Istimewa\n${NIP2},ANI,III/b,Guru Ahli Pertama,2025-01-01,2025-12-31,Baik\n`,
    );
    expect(r.success && [r.data.guru, r.data.guruDitunda, r.data.ditolak]).toEqual([2, 1, 1]);
    expect(isi.has(`pak/${NIP}.html`)).toBe(false);
    expect(isi.has(`pak/${NIP2}.html`)).toBe(true);
    const ringkasan = tabel(isi.get('ringkasan.csv'));
    const siti = ringkasan.find((x) => x['nip'] === NIP)!;
    expect([siti['status'], siti['ak_konversi']]).toEqual(['ditunda', '']);
    expect(siti['alasan']).toMatch(/^"baris 3: /);
    expect(guru.map((g) => [g.nip, g.status, g.alasan.map((a) => [a.baris, a.code])])).toEqual([
      [NIP, 'ditunda', [[3, 'label-tidak-dikenal']]],
      [NIP2, 'lengkap', []],
    ]);
  });

  it('with draf the partial page is printed, marked as a draft on the page itself', async () => {
    const { isi, guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n${NIP},SITI,III/b,Guru Ahli Pertama,2024,Baik\n${NIP},SITI,III/b,Guru Ahli Pertama,2025,Istimewa\n`,
      { draf: true },
    );
    expect(isi.get(`pak/${NIP}.html`)).toContain('<div class="draf">DRAF');
    expect(guru[0]).toMatchObject({ status: 'ditunda', halaman: `pak/${NIP}.html`, akKonversi: '12.5' });
    expect(tabel(isi.get('ringkasan.csv'))[0]!['ak_konversi']).toBe('12.50');
  });

  it('no SIASN body for a held guru', async () => {
    const siasn = 'PNS ID,RW Jabatan ID,Nomor SK,Tanggal SK';
    const sel = 'A1,B1,800/1,2025-02-01';
    const { r, isi } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,${siasn}\n${NIP},SITI,III/b,Guru Ahli Pertama,2024,Baik,${sel}\n${NIP},SITI,III/b,Guru Ahli Pertama,2025,Istimewa,${sel}\n${NIP2},ANI,III/b,Guru Ahli Pertama,2025,Baik,${sel}\n`,
    );
    expect(r.success && r.data.siasn).toBe(1);
    expect(isi.get('siasn-angkakredit.jsonl')).toContain(NIP2);
    expect(isi.get('siasn-angkakredit.jsonl')).not.toContain(NIP);
  });
});

describe('the same fact written twice is one fact', () => {
  it('AK konvensional repeated on every row of a guru: accepted, the total of every row', async () => {
    const { r, guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,AK Konvensional\n${NIP},SITI,III/c,Guru Ahli Muda,2023,Baik,250\n${NIP},SITI,III/c,Guru Ahli Muda,2024,Baik,250\n`,
    );
    expect(r.success && [r.data.ditolak, r.data.guruDitunda]).toEqual([0, 0]);
    expect(guru[0]).toMatchObject({ status: 'lengkap', akKonversi: '50' });
  });

  it('a different value holds the guru and names both lines', async () => {
    const { guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,AK Konvensional\n${NIP},SITI,III/c,Guru Ahli Muda,2023,Baik,250\n${NIP},SITI,III/c,Guru Ahli Muda,2024,Baik,260\n`,
    );
    expect(guru[0]!.status).toBe('ditunda');
    expect(guru[0]!.alasan.map((a) => [a.baris, a.code])).toEqual([[3, 'integrasi-berbeda']]);
    expect(guru[0]!.alasan[0]!.message).toContain('baris 2');
  });
});

describe('nothing taken for a guru in silence', () => {
  it('JABATAN/TMT read as the jabatan: the non-guru refused, the guru from the combined cell', async () => {
    const { r, isi, guru } = await jalan(
      `NIP,NAMA,PANGKAT/GOL,JABATAN/TMT,TAHUN,PREDIKAT\n${NIP},DEWI SELAN,III/b,Penata Layanan Operasional / 01-03-2020,2024,Baik\n${NIP2},ANI,Penata Muda / IIIa / 01-03-2020,Guru Ahli Pertama / 01-03-2020,2024,Baik\n`,
    );
    expect(r.success && r.data.asumsi).toEqual({ 'periode-setahun-diasumsikan': 1 });
    expect(isi.get('galat.csv')).toContain('jabatan-bukan-guru');
    expect(isi.has(`pak/${NIP}.html`)).toBe(false);
    expect(guru.map((g) => [g.nama, g.jenjang, g.golongan])).toEqual([['ANI', 'ahli-pertama', 'III/a']]);
  });

  it('a jabatan-like column that is not read stops the file at its header instead of assuming', async () => {
    const b = await readBerkas(
      new TextEncoder().encode(
        `NIP,Nama,Golongan,Nama Jabatan Sekarang,Tahun,Predikat\n${NIP},A,III/b,Pengawas,2024,Baik\n`,
      ),
    );
    if (!b.success) throw new Error('read');
    const r = await pakBerkas(b.data, memori().tujuan);
    expect(!r.success && r.issues[0]!.code).toBe('kolom-jabatan-tidak-terbaca');
    expect(!r.success && r.issues[0]!.message).toContain('"Nama Jabatan Sekarang"');
  });

  it('a jenjang taken from the golongan is written on each page of that guru, and on no other', async () => {
    const teks = `NIP,Nama,Golongan,Tahun,Predikat\n${NIP},SITI,III/b,2024,Baik\n`;
    const { isi } = await jalan(teks);
    const halaman = isi.get(`pak/${NIP}.html`)!;
    // A Konversi for the one period, the Akumulasi and the Penetapan: the note on each of the three pages.
    expect(halaman.match(/<section class="halaman/g)).toHaveLength(3);
    expect(halaman.match(/Jenjang dari golongan/g)).toHaveLength(3);
    const gabung = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n${NIP},SITI,III/b,,2024,Baik\n${NIP2},ANI,III/b,Guru Ahli Pertama,2024,Baik\n`,
      { html: 'gabung' },
    );
    const semua = gabung.isi.get('pak.html')!;
    expect(semua.match(/<section class="halaman/g)).toHaveLength(6);
    expect(semua.match(/Jenjang dari golongan/g)).toHaveLength(3);
    expect(
      semua
        .split('<section')
        .filter((x) => x.includes('Jenjang dari golongan'))
        .every((x) => x.includes('SITI')),
    ).toBe(true);
  });

  it('a title whose jenjang is not settled in a combined cell (Guru Madya/01-04-2022): jenjang from the golongan, said on the page', async () => {
    const { guru, isi } = await jalan(
      `NIP,NAMA,PANGKAT/GOLONGAN RUANG/TMT,JABATAN/TMT,TAHUN,PREDIKAT\n${NIP},MARULI,Pembina tk 1 / IVb /01-04-2022,Guru Madya/01-04-2022,2023,Baik\n`,
    );
    expect(guru.map((g) => [g.status, g.jenjang, g.golongan])).toEqual([['lengkap', 'ahli-madya', 'IV/b']]);
    expect(isi.get(`pak/${NIP}.html`)).toContain('Jenjang dari golongan');
  });
});

describe('months as files write them', () => {
  it('the konversi form: PERIODIK (BULAN) 6 at Ahli Muda, Baik gives 12,50, and its own 12,5 agrees', async () => {
    const { r, guru } = await jalan(
      `NO,NAMA,NIP,PANGKAT/GOLONGAN RUANG/TMT,JABATAN/TMT,TAHUN,PERIODIK (BULAN),PREDIKAT,PROSENTASE,KOEFISIEN PER TAHUN,ANGKA KREDIT YANG DIDAPAT\n1,SITI,${NIP},Penata / IIIc / 01-04-2020,Guru Ahli Muda / 01-04-2020,2024,6,Baik,100%,25,"12,5"\n`,
    );
    expect(r.success && r.data.ditolak).toBe(0);
    expect(guru[0]).toMatchObject({ status: 'lengkap', akKonversi: '12.5' });
  });

  it("the file's own AK that differs holds the guru, with both figures and the likely cause", async () => {
    const { guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,ANGKA KREDIT YANG DIDAPAT\n${NIP},SITI,III/c,Guru Ahli Muda,2024,Baik,"12,5"\n`,
    );
    expect(guru[0]!.status).toBe('ditunda');
    expect(guru[0]!.alasan[0]!.code).toBe('ak-berkas-berbeda');
    expect(guru[0]!.alasan[0]!.message).toContain('12,5');
    expect(guru[0]!.alasan[0]!.message).toContain('25,00');
    expect(guru[0]!.alasan[0]!.message).toContain('6 bulan');
  });

  it('two counts of six months in one year: January–June, then July–December', async () => {
    const { guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Jumlah Bulan,Predikat\n${NIP},SITI,III/c,Guru Ahli Muda,2024,6,Baik\n${NIP},SITI,III/c,Guru Ahli Muda,2024,6,Sangat Baik\n`,
    );
    expect(guru[0]).toMatchObject({ status: 'lengkap', akKonversi: '31.25' });
  });
});

describe('short headers, column numbers, an AK column not read', () => {
  it('a row of column numbers under the header is skipped; PANGKAT/GOL and AK KONVENSIONAL S.D. 2022 are read', async () => {
    const { r, guru } = await jalan(
      `NO,NIP,NAMA,PANGKAT/GOL,JABATAN,TAHUN,PREDIKAT,AK KONVENSIONAL S.D. 2022\n1,2,3,4,5,6,7,8\n1,${NIP},SITI,III/c,Guru Ahli Muda,2024,Baik,250.5\n`,
    );
    expect(r.success && [r.data.diterima, r.data.ditolak]).toEqual([1, 0]);
    expect(guru.map((g) => [g.status, g.akIntegrasi, g.akKonversi])).toEqual([['lengkap', '50.5', '25']]);
  });

  it('a number row that is data (a NIP, a name) is not skipped', async () => {
    const { nomorKolom } = await import('../../src/berkas/data');
    expect(nomorKolom(['1', '2', '3', '4'])).toBe(true);
    expect(nomorKolom(['(1)', '(2)', '', '(3)'])).toBe(true);
    expect(nomorKolom(['1', '2'])).toBe(false);
    expect(nomorKolom(['1', NIP, 'SITI', 'III/c'])).toBe(false);
    expect(nomorKolom(['2', '3', '4'])).toBe(false);
  });

  it('an AK INTEGRASI column with no conventional AK column read stops the file at its header', async () => {
    const b = await readBerkas(
      new TextEncoder().encode(
        `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,AK INTEGRASI\n${NIP},A,III/c,Guru Ahli Muda,2024,Baik,50.5\n`,
      ),
    );
    if (!b.success) throw new Error('read');
    const r = await pakBerkas(b.data, memori().tujuan);
    expect(!r.success && r.issues[0]!.code).toBe('kolom-ak-tidak-terbaca');
    expect(!r.success && r.issues[0]!.message).toContain('{ "akKonvensional": "AK INTEGRASI" }');
    const flag = await readBerkas(
      new TextEncoder().encode(
        `NIP,Nama,Golongan,Jabatan,Tahun,Predikat,isIntegrasi\n${NIP},A,III/c,Guru Ahli Muda,2024,Baik,false\n`,
      ),
    );
    if (!flag.success) throw new Error('read');
    expect((await pakBerkas(flag.data, memori().tujuan)).success).toBe(true);
  });
});

describe('SIASN kuadran codes in a column named predikat', () => {
  it('1–5 are read as the kuadran (1 Sangat Baik … 5 Sangat Kurang) and said as read; 6 is refused', async () => {
    const { r, guru } = await jalan(
      `NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n${NIP},SITI,III/c,Guru Ahli Muda,2024,1\n${NIP2},ANI,III/b,Guru Ahli Pertama,2024,6\n`,
    );
    expect(r.success && r.data.asumsi['predikat-dari-kuadran']).toBe(1);
    expect(guru.map((g) => [g.status, g.akKonversi])).toEqual([
      ['lengkap', '37.5'],
      ['ditunda', '0'],
    ]);
  });
});
