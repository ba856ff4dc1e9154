import { describe, expect, it } from 'vitest';
import { readBerkas, type BarisBerkas, type SumberBerkas } from '../../src/berkas';

const enc = (s: string) => new TextEncoder().encode(s);

async function baca(sumber: SumberBerkas) {
  const r = await readBerkas(sumber);
  if (!r.success) return { gagal: r.issues };
  const baris: BarisBerkas[] = [];
  for await (const b of r.data.baris) baris.push(b);
  return { header: r.data.header, dialek: { ...r.data.dialek }, prolog: r.data.prolog, baris };
}

describe('readBerkas: CSV', () => {
  it('reads an Indonesian Excel CSV: BOM, ;, decimal comma, CRLF', async () => {
    const r = await baca(
      enc('\uFEFFNIP;Nama;AK\r\n198703122010012004;ANDI "ACO" RAHMAN;12,5\r\n199001012015011001;"B; C";1.234,5\r\n'),
    );
    expect(r.header).toEqual(['NIP', 'Nama', 'AK']);
    expect(r.dialek).toEqual({
      format: 'csv',
      encoding: 'utf-8',
      bom: true,
      pemisah: ';',
      desimal: ',',
      akhirBaris: '\r\n',
    });
    expect(r.baris).toEqual([
      { baris: 2, sel: ['198703122010012004', 'ANDI "ACO" RAHMAN', '12,5'] },
      { baris: 3, sel: ['199001012015011001', 'B; C', '1.234,5'] },
    ]);
  });
  it('refuses an unterminated quote on its line and reads the rest', async () => {
    const r = await baca(enc('nip,nama\n1,"ANDI RAHMAN\n2,x\n3,y\n'));
    expect(r.baris?.map((b) => [b.baris, b.rusak?.code ?? b.sel])).toEqual([
      [2, 'kutip-tidak-ditutup'],
      [3, ['2', 'x']],
      [4, ['3', 'y']],
    ]);
    expect(r.baris?.[0]?.rusak?.mentah).toBe('1,"ANDI RAHMAN');
  });
  it('refuses text after a closing quote, keeps a quoted line break', async () => {
    const r = await baca(enc('nip,nama\n1,"ANDI "ACO" RAHMAN"\n2,"baris\nkedua"\n3,y'));
    expect(r.baris?.map((b) => [b.baris, b.rusak?.code ?? b.sel])).toEqual([
      [2, 'kutip-tidak-valid'],
      [3, ['2', 'baris\nkedua']],
      [5, ['3', 'y']],
    ]);
  });
  it('reads UTF-16 LE tab-separated (Excel "Unicode text") and Windows-1252', async () => {
    const teks = 'NIP\tNama\r\n198703122010012004\tMUH. SYAMSU’ALAM Â\r\n';
    const u16 = new Uint8Array(2 + teks.length * 2);
    u16.set([0xff, 0xfe]);
    for (let i = 0; i < teks.length; i++) {
      u16[2 + i * 2] = teks.charCodeAt(i) & 0xff;
      u16[3 + i * 2] = teks.charCodeAt(i) >> 8;
    }
    const a = await baca(u16);
    expect(a.dialek).toMatchObject({ encoding: 'utf-16le', bom: true, pemisah: '\t' });
    expect(a.baris?.[0]?.sel[1]).toBe('MUH. SYAMSU’ALAM Â');
    const cp = Uint8Array.from(
      [...'NIP;Nama\r\n198703122010012004;MUH. SYAMSU']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0x92],
          [...'ALAM '].map((c) => c.charCodeAt(0)),
          [0xc2],
        ),
    );
    const b = await baca(cp);
    expect(b.dialek).toMatchObject({ encoding: 'windows-1252', bom: false, pemisah: ';' });
    expect(b.baris?.[0]?.sel[1]).toBe('MUH. SYAMSU’ALAM Â');
  });
  it('reads Windows-1252 bytes that happen to be valid UTF-8 (Â Š = C2 8A, a C1 control in UTF-8) as Windows-1252', async () => {
    // Found by the property test: no spreadsheet writes C1 controls, so such a file is Windows-1252.
    for (const potong of [1, 3, 1 << 16]) {
      const cp = Uint8Array.from(
        [...'NIP;Nama\r\n198703122010012004;'].map((c) => c.charCodeAt(0)).concat([0xc2, 0x8a]),
      );
      const aliran = (async function* () {
        for (let i = 0; i < cp.length; i += potong) yield cp.slice(i, i + potong);
      })();
      const b = await baca(aliran);
      expect(b.dialek).toMatchObject({ encoding: 'windows-1252' });
      expect(b.baris?.[0]?.sel[1]).toBe('ÂŠ');
    }
  });
  it('reads Windows-1252 bytes whose UTF-8 reading is CJK (é Š Š = E9 8A 8A, 銊 in UTF-8) as Windows-1252', async () => {
    // Found by the reader property: an accented letter ã–ï then two of Windows-1252's symbols € – ¿ is valid UTF-8
    // for a character from U+3000 up, which a staff file in Latin script does not hold (the rule: src/format/encoding.ts).
    for (const potong of [1, 2, 3, 1 << 16]) {
      const cp = Uint8Array.from(
        [...'NIP;Nama\r\n198703122010012004;'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x8a, 0x8a, 0x0d, 0x0a]),
      );
      const aliran = (async function* () {
        for (let i = 0; i < cp.length; i += potong) yield cp.slice(i, i + potong);
      })();
      const b = await baca(aliran);
      expect(b.dialek).toMatchObject({ encoding: 'windows-1252' });
      expect(b.baris?.[0]?.sel[1]).toBe('éŠŠ');
    }
  });
  it('keeps the UTF-8 reading of accented letters, punctuation and currency (é – ’ € …), and of an emoji', async () => {
    const teks = 'NIP;Nama\r\n198703122010012004;José – Sa’diyah € 5… ☺ 😀\r\n';
    const b = await baca(enc(teks));
    expect(b.dialek).toMatchObject({ encoding: 'utf-8' });
    expect(b.baris?.[0]?.sel[1]).toBe('José – Sa’diyah € 5… ☺ 😀');
  });
  it('refuses a BIFF .xls with one coded message saying how to save it', async () => {
    const r = await baca(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(r.gagal?.map((i) => i.code)).toEqual(['format-tidak-didukung']);
    expect(r.gagal?.[0]?.message).toMatch(/Simpan Sebagai/);
  });
  it('refuses JSON (a SIASN API response saved as a file) with the way to make a table of it; a CSV that starts with [ or { is still read', async () => {
    for (const json of [
      '{"code":1,"data":[{"pns":"A5E","tahunMulaiPenailan":"2024"}]}',
      '\uFEFF  [\r\n  {\r\n    "nip": "198703122010012004"\r\n  }\r\n]',
      '[]',
      '{}',
      '[["NIP","Nama"],["198703122010012004","Andi"]]',
    ]) {
      const r = await baca(enc(json));
      expect(r.gagal?.map((i) => i.code)).toEqual(['format-tidak-didukung']);
      expect(r.gagal?.[0]?.message).toMatch(/^Berkas ini JSON .*Dari JSON.*Simpan Sebagai/);
      expect(r.gagal?.[0]?.messageEn).toMatch(/^This file is JSON .*From JSON.*Save As/);
    }
    for (const csv of ['[No];Nama\r\n1;Andi\r\n', '{NIP},Nama\n198703122010012004,Andi\n']) {
      const r = await baca(enc(csv));
      expect(r.gagal).toBeUndefined();
      expect(r.baris).toHaveLength(1);
    }
  });
  it('reads an HTML table saved as .xls, skipping its title row', async () => {
    const r = await baca(
      enc(
        '<html><body><table border="1"><tr><td colspan="3">DAFTAR PEGAWAI</td></tr><tr><th>NIP</th><th>NAMA</th><th>AK</th></tr><tr><td style="mso-number-format:\'\\@\'">198703122010012004</td><td>ANDI &amp; ACO</td><td>12,5</td></tr></table></body></html>',
      ),
    );
    expect(r.header).toEqual(['NIP', 'NAMA', 'AK']);
    expect(r.prolog?.length).toBe(1);
    expect(r.baris).toEqual([{ baris: 3, sel: ['198703122010012004', 'ANDI & ACO', '12,5'] }]);
    expect(r.dialek).toMatchObject({ format: 'html', desimal: ',', pemisah: ';' });
  });
  it('streams: chunks split anywhere give the same rows', async () => {
    const teks = 'nip;nama\r\n1;"a""b\r\nc"\r\n2;Ã©\r\n';
    const bytes = enc(teks);
    const satu = await baca(bytes);
    for (let k = 1; k < bytes.length; k++) {
      const potong = (async function* () {
        for (let i = 0; i < bytes.length; i += k) yield bytes.slice(i, i + k);
      })();
      expect(await baca(potong)).toEqual(satu);
    }
  });
});

describe('readBerkas: XLSX (read-excel-file/universal)', () => {
  it('reads the first sheet whatever the name; a NIP typed as a number is not read as a wrong NIP', async () => {
    const { default: tulis } = await import('write-excel-file/node');
    const buf = (await tulis([
      [{ value: 'NIP' }, { value: 'Nama' }, { value: 'AK' }, { value: 'Tanggal' }],
      [
        { value: '198703122010012004', type: String },
        { value: 'ANDI' },
        { value: 12.5, type: Number },
        { value: new Date('2023-09-01T00:00:00Z'), type: Date, format: 'yyyy-mm-dd' },
      ],
      [{ value: 198703122010012004, type: Number }, { value: 'BUDI' }, { value: 0.1 + 0.2, type: Number }, null],
    ] as never).toBuffer()) as Uint8Array;
    const r = await baca(new Uint8Array(buf));
    expect(r.gagal).toBeUndefined();
    expect(r.dialek).toMatchObject({ format: 'xlsx' });
    expect(r.header).toEqual(['NIP', 'Nama', 'AK', 'Tanggal']);
    expect(r.baris).toEqual([
      { baris: 2, sel: ['198703122010012004', 'ANDI', '12.5', '2023-09-01'] },
      { baris: 3, sel: ['1.98703122010012e+17', 'BUDI', '0.3', ''] },
    ]);
  });
  it('an .xlsx larger once opened than batasXlsx is refused before it is inflated, with both sizes and what to do', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { readBerkas } = await import('../../src/berkas');
    // The fixture's sheet and shared strings take 1 674 bytes once inflated (its ZIP directory says so).
    const xlsx = readFileSync(join(__dirname, '..', 'cli', 'fixtures', 'xlsx-bernama-xls.xls'));
    const besar = await readBerkas(xlsx, { batasXlsx: 1_000 });
    expect(besar.success).toBe(false);
    expect(!besar.success && besar.issues.map((i) => i.code)).toEqual(['xlsx-terlalu-besar']);
    expect(!besar.success && besar.issues[0]!.message).toMatch(
      /batasnya 0,1 MB\. Simpan lembar itu sebagai "CSV UTF-8/,
    );
    expect(!besar.success && besar.issues[0]!.message).not.toMatch(/\d\.\d/);
    expect((await readBerkas(xlsx, { batasXlsx: 1_674 })).success).toBe(true);
    expect((await readBerkas(xlsx)).success).toBe(true);
    // A CSV is never held to it.
    expect((await readBerkas(new TextEncoder().encode('NIP,Nama\n1,A\n'), { batasXlsx: 1 })).success).toBe(true);
    await expect(readBerkas(xlsx, { batasXlsx: 0 })).rejects.toMatchObject({ code: 'argumen-tidak-valid' });
  });
});
