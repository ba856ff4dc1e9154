import { describe, expect, it } from 'vitest';
import { getKetentuan } from '../../src';
import {
  formatRingkasanPak,
  pakBerkas,
  readBerkas,
  type BacaanBerkas,
  type HasilPak,
  type SelLembar,
  type TujuanKeluaran,
} from '../../src/berkas';

// The runs the CLI and the web page share live in pengelolaan-kinerja/berkas and write
// through a TujuanKeluaran the caller implements (the CLI's golden outputs through the built bin are test/cli; the
// page's ZIP against the CLI is test/web). Here: the interface itself, on a destination in memory.

/** A destination in memory that records every call, as the page's is. */
function memori(opsi: { lembar?: boolean } = {}) {
  const teks = new Map<string, string[]>();
  const lembar = new Map<string, (readonly SelLembar[])[]>();
  const log: string[] = [];
  const tujuan: TujuanKeluaran = {
    write: (nama, isi) => void (log.push(`write ${nama}`), teks.set(nama, [isi])),
    open: (nama) => {
      log.push(`open ${nama}`);
      const b: string[] = [];
      teks.set(nama, b);
      return {
        write: (t) => void b.push(t),
        drain: () => void log.push(`drain ${nama}`),
        close: () => void log.push(`close ${nama}`),
      };
    },
    folder: (nama) => void log.push(`folder ${nama}`),
    ...(opsi.lembar === true
      ? {
          openSheet: (nama: string) => {
            log.push(`openSheet ${nama}`);
            const rows: (readonly SelLembar[])[] = [];
            lembar.set(nama, rows);
            return {
              row: (sel: readonly SelLembar[]) => void rows.push(sel),
              close: () => void log.push(`close ${nama}`),
            };
          },
        }
      : {}),
  };
  return {
    tujuan,
    log,
    lembar,
    isi: (nama: string) => teks.get(nama)?.join(''),
    potongan: (nama: string) => teks.get(nama) ?? [],
  };
}

async function baca(teks: string | Uint8Array): Promise<BacaanBerkas> {
  const r = await readBerkas(typeof teks === 'string' ? new TextEncoder().encode(teks) : teks);
  if (!r.success) throw new Error(r.issues[0]!.message);
  return r.data;
}

const NIP = '198703122010012004';
const NIP2 = '197505152000032004';

describe('pakBerkas through a TujuanKeluaran', () => {
  it("writes the CLI's files in the input's dialect (;, decimal comma, BOM, CRLF), each table closed, pak/ as a folder", async () => {
    const m = memori();
    const b = await baca(
      `\uFEFFNIP;Nama;Golongan;Jabatan;Tahun;Predikat;Unit Kerja\r\n${NIP};ANDI "ACO";III/c;Guru Ahli Muda;2024;Baik;SMP 1\r\n${NIP2};B;III/c;Guru Ahli Muda;2024;Istimewa;SMP 1\r\n`,
    );
    const r = await pakBerkas(b, m.tujuan);
    expect(r.success).toBe(true);
    if (!r.success) return;
    const h = r.data;
    // B's only row is refused: B is a guru of the run, held (no page).
    expect([h.guru, h.guruDitunda, h.diterima, h.ditolak, h.berkas]).toEqual([
      2,
      1,
      1,
      1,
      ['ringkasan.csv', 'ringkasan-unit.csv', 'diterima.csv', 'galat.csv', 'pak/'],
    ]);
    expect(m.log.filter((l) => !l.startsWith('drain'))).toEqual([
      'folder pak',
      'open diterima.csv',
      'open galat.csv',
      'open ringkasan.csv',
      'open ringkasan-unit.csv',
      `write pak/${NIP}.html`,
      'close diterima.csv',
      'close galat.csv',
      'close ringkasan.csv',
      'close ringkasan-unit.csv',
    ]);
    const diterima = m.isi('diterima.csv')!;
    expect(diterima.startsWith('\uFEFFbaris;nip;nama;')).toBe(true);
    // PerBKN 3/2023: Baik (100%) at Ahli Muda (koefisien 25 a year), 12 months: 25, written with the input's decimal comma.
    expect(diterima.split('\r\n')[1]).toBe(
      `2;"=""${NIP}""";"ANDI ""ACO""";SMP 1;konversi;2024;1;12;ahli-muda;baik;25,00;25;2024;periode-setahun-diasumsikan`,
    );
    expect(m.isi('galat.csv')!.split('\r\n')[1]).toMatch(
      new RegExp(`^3;"=""${NIP2}""";B;Predikat;Istimewa;label-tidak-dikenal;`),
    );
    expect(m.isi(`pak/${NIP}.html`)).toContain('ANDI');
  });

  it('refuses a header without a required field as a failed Result, before anything is opened', async () => {
    const m = memori();
    const r = await pakBerkas(await baca(`NIP,Nama,Tahun,Predikat\n${NIP},A,2024,Baik\n`), m.tujuan, { bahasa: 'en' });
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues[0]!.code).toBe('kolom-wajib');
      expect(r.issues[0]!.message).toContain('Baris judul berkas: "NIP", "Nama", "Tahun", "Predikat".');
      expect(r.issues[0]!.messageEn).toContain('write it in a column map');
      expect(r.issues[0]!.messageEn).not.toContain('--');
    }
    expect(m.log).toEqual([]);
  });

  it('sends large tables on in 64 KB pieces with drain between batches; the BOM goes with the first piece only', async () => {
    const m = memori();
    // Windows-1252 input (a byte that is not UTF-8): the output is UTF-8 with a BOM.
    const nip = (i: number) =>
      `198703${String(1 + (i % 28)).padStart(2, '0')}2010011${String(1 + Math.floor(i / 28)).padStart(3, '0')}`;
    const baris = Array.from({ length: 5000 }, (_, i) => `${nip(i)},Nam\xe9 ${i},III/c,2024,Baik`).join('\n');
    const bytes = Uint8Array.from(`NIP,Nama,Golongan,Tahun,Predikat\n${baris}\n`, (c) => c.charCodeAt(0));
    const r = await pakBerkas(await baca(bytes), m.tujuan, { html: 'tidak' });
    expect(r.success && r.data.diterima).toBe(5000);
    const potongan = m.potongan('diterima.csv');
    expect(potongan.length).toBeGreaterThan(2);
    expect(potongan.slice(0, -1).every((p) => p.length >= 65536)).toBe(true);
    expect(potongan.filter((p) => p.includes('\uFEFF')).map((p) => p.indexOf('\uFEFF'))).toEqual([0]);
    expect(m.log.some((l) => l === 'drain diterima.csv')).toBe(true);
    expect(m.isi('diterima.csv')!.split('\n')[1]).toContain('Namé 0');
  });

  it('writes the tables of an XLSX input as sheets when the destination takes them (AK figures as numbers), else as CSV with CRLF', async () => {
    const xlsx = (): BacaanBerkas => ({
      header: ['NIP', 'Nama', 'Golongan', 'Jabatan', 'Tahun', 'Predikat'],
      dialek: { format: 'xlsx', encoding: 'utf-8', bom: true, pemisah: ',', desimal: '.', akhirBaris: '\r\n' },
      prolog: [],
      kemajuan: () => ({ dibaca: 1, total: 1 }),
      baris: (async function* () {
        yield { baris: 2, sel: [NIP, 'A', 'III/c', 'Guru Ahli Muda', '2024', 'Baik'] };
      })(),
    });
    const lembar = memori({ lembar: true });
    const r = await pakBerkas(xlsx(), lembar.tujuan, { html: 'tidak' });
    expect(r.success && r.data.berkas).toEqual([
      'ringkasan.xlsx',
      'ringkasan-unit.xlsx',
      'diterima.xlsx',
      'galat.xlsx',
    ]);
    expect(lembar.lembar.get('diterima.xlsx')).toEqual([
      [
        'baris',
        'nip',
        'nama',
        'unit_kerja',
        'jenis',
        'tahun',
        'bulan_mulai',
        'bulan_selesai',
        'jenjang',
        'predikat',
        'angka_kredit',
        'angka_kredit_tepat',
        'ketentuan',
        'asumsi',
      ],
      [
        2,
        NIP,
        'A',
        '',
        'konversi',
        2024,
        1,
        12,
        'ahli-muda',
        'baik',
        { angka: '25.00' },
        '25',
        '2024',
        'periode-setahun-diasumsikan',
      ],
    ]);
    const csv = memori();
    const r2 = await pakBerkas(xlsx(), csv.tujuan, { html: 'tidak' });
    expect(r2.success && r2.data.berkas[0]).toBe('ringkasan.csv');
    expect(csv.isi('diterima.csv')!.split('\r\n')[1]).toBe(
      `2,"=""${NIP}""",A,,konversi,2024,1,12,ahli-muda,baik,25.00,25,2024,periode-setahun-diasumsikan`,
    );
  });

  it('reports progress per row and once at the end; an override of the rule set is counted and said', async () => {
    let tiap = 0;
    let selesai = 0;
    const m = memori();
    const r = await pakBerkas(
      await baca(`NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n${NIP},A,III/c,Guru Ahli Muda,2024,Baik\n`),
      m.tujuan,
      {
        html: 'gabung',
        ketentuan: getKetentuan('2025'),
        kemajuan: { tiap: () => void (tiap += 1), selesai: () => void (selesai += 1) },
      },
    );
    expect([tiap, selesai]).toEqual([1, 1]);
    expect(r.success && [r.data.ditimpa, r.data.berkas.at(-1)]).toEqual([1, 'pak.html']);
    if (r.success)
      expect(formatRingkasanPak(r.data, { ketentuan: '2025', keluar: 'keluar' }).split('\n').at(-1)).toBe(
        'ketentuan 2025: 1 baris dihitung dengan ketentuan lain dari ketentuan periodenya',
      );
  });
});

describe('formatRingkasanPak', () => {
  const h: HasilPak = {
    guru: 2,
    guruDitunda: 1,
    guruDitolak: 1,
    diterima: 1,
    ditolak: 2,
    siasnDilewati: 1,
    siasn: 3,
    asumsi: { 'jenjang-dari-golongan': 2, 'ketentuan-ditimpa': 1 },
    ditimpa: 1,
    kolom: { dipakai: [], diabaikan: [] },
    identitasTidakTerbaca: new Map([['tanggalLahir', 1]]),
    tanpaDataPegawai: 1,
    berkas: ['ringkasan.csv', 'pak/'],
  };
  it('says the counts, each assumption once (the override apart), the identity notes, in either language', () => {
    expect(formatRingkasanPak(h).split('\n')).toEqual([
      'pak: 2 guru, 1 baris diterima, 2 baris ditolak, 1 guru ditunda (tanpa halaman PAK: status dan alasannya di ringkasan), 3 badan SIASN (1 baris tanpa badan SIASN, PAK-nya tetap) (ringkasan.csv, pak/)',
      'asumsi: 2 baris jenjang diambil dari golongan (tanpa jabatan yang menentukan jenjangnya) (kolom asumsi di diterima)',
      'data pegawai: 1 guru tidak ada di berkas data pegawai (identitasnya dari berkas utama saja)',
      'identitas tidak terbaca (dicetak sebagai baris kosong untuk diisi tangan): tanggalLahir 1 guru',
    ]);
    expect(formatRingkasanPak(h, { bahasa: 'en', keluar: 'ZIP' }).split('\n')[0]).toBe(
      'pak: 2 guru, 1 row accepted, 2 rows refused, 1 guru held (no PAK page: status and reasons in ringkasan), 3 SIASN bodies (1 rows without a SIASN body, their PAK stands) → ZIP/ (ringkasan.csv, pak/)',
    );
  });
});
