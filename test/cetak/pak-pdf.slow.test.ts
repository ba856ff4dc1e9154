import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPakPdf, type KopSurat } from '../../src/cetak';
import {
  angkaKreditIntegrasi,
  createPakAkumulasi,
  createPakKonversi,
  createPakPenetapan,
  createRekamAngkaKredit,
  isKinerjaError,
  unwrap,
  type KopPak,
} from '../../src';

// The PDF read back as a person and a signing application would: poppler's pdftotext (Debian poppler-utils, installed
// by .ci/run) for the text, pdffonts for the fonts.
const dir = mkdtempSync(join(tmpdir(), 'pak-pdf-'));
let n = 0;
function baca(pdf: Uint8Array): { teks: string; font: string } {
  const f = join(dir, `${(n += 1)}.pdf`);
  writeFileSync(f, pdf);
  return {
    teks: execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }),
    font: execFileSync('pdffonts', [f], { encoding: 'utf8' }),
  };
}
/** Every font of a pdffonts listing, with its "emb" column. */
const fonts = (daftar: string) =>
  daftar
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const k = l.trim().split(/\s+/);
      return { nama: k[0], emb: k[k.length - 5] };
    });

const NIP = '197505152000032004';
const pegawai = {
  nama: 'Siti Aminah',
  nip: NIP,
  golongan: 'IV/b' as const,
  gelarDepan: 'Dra.',
  gelarBelakang: 'M.Pd.',
  karpeg: 'E 123456',
  tempatLahir: 'Kupang',
  tanggalLahir: '1975-05-15',
  jenisKelamin: 'perempuan' as const,
  tmtGolongan: '2018-04-01',
  tmtJabatan: '2019-01-01',
  unitKerja: 'SMP Negeri 1 Kupang',
};
const kopPak = (nomor: string): KopPak => ({
  nomor,
  tanggal: '2027-01-20',
  tempat: 'Kupang',
  instansi: 'Dinas Pendidikan dan Kebudayaan',
  penetap: {
    nama: 'Drs. Yohanes Bena, M.Si.',
    nip: '196807121994031006',
    pangkat: 'Pembina Utama Muda, IV/c',
    jabatan: 'Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang',
  },
  tembusan: ['Kepala Kantor Regional X Badan Kepegawaian Negara', 'Pejabat Penilai Kinerja'],
});
const r = (tahun: number, bulanMulai = 1, bulanAkhir = 12) =>
  createRekamAngkaKredit({ tahun, bulanMulai, bulanAkhir, jenjang: 'ahli-madya', predikat: 'baik' });
const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
const dokumen = [
  unwrap(createPakKonversi({ pegawai, rekam: r(2024, 1, 6), ...kopPak('800/0001/PAK/2027') })),
  unwrap(createPakAkumulasi({ pegawai, rekam: [r(2024, 1, 6), r(2025)], ...kopPak('800/0002/PAK/2027') })),
  unwrap(
    createPakPenetapan({ pegawai, integrasi, konversi: [r(2024, 1, 6), r(2025)], ...kopPak('800/0003/PAK/2027') }),
  ),
];
const kop: KopSurat = {
  pemerintah: 'Pemerintah Kota Kupang',
  instansi: 'Dinas Pendidikan dan Kebudayaan',
  alamat: 'Jalan Frans Seda Nomor 1, Kupang 85111',
  telepon: '(0380) 821234',
  laman: 'disdikbud.kupangkota.go.id',
  email: 'disdikbud@kupangkota.go.id',
  logo: { data: readFileSync(join(__dirname, '..', '..', 'examples', 'data', 'logo.svg')) },
};

describe('formatPakPdf', () => {
  it('prints every field of the three documents, each its own nomor, the letterhead and the figures in Indonesian format', async () => {
    const { teks, font } = baca(await formatPakPdf(dokumen, { kop }));
    const halaman = teks.split('\f').filter((h) => h.trim() !== '');
    expect(halaman).toHaveLength(3);
    for (const h of halaman) {
      for (const baris of [
        'PEMERINTAH KOTA KUPANG',
        'DINAS PENDIDIKAN DAN KEBUDAYAAN',
        'Jalan Frans Seda Nomor 1, Kupang 85111',
        'Telepon (0380) 821234',
        'disdikbud.kupangkota.go.id',
        'Dra. Siti Aminah, M.Pd.',
        NIP,
        'E 123456',
        'Kupang, 15 Mei 1975',
        'Perempuan',
        'Pembina Tingkat I, IV/b / 1 April 2018',
        'Guru Ahli Madya / 1 Januari 2019',
        'SMP Negeri 1 Kupang',
        'Ditetapkan di Kupang',
        'pada tanggal 20 Januari 2027',
        'Drs. Yohanes Bena, M.Si.',
        'Pembina Utama Muda, IV/c',
        'NIP 196807121994031006',
        'Kepala Kantor Regional X Badan Kepegawaian Negara',
      ])
        expect(h).toContain(baris);
    }
    expect(halaman.map((h) => h.match(/NOMOR: (\S+)/)?.[1])).toEqual([
      '800/0001/PAK/2027',
      '800/0002/PAK/2027',
      '800/0003/PAK/2027',
    ]);
    expect(halaman[0]).toContain('KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT');
    expect(halaman[0]).toMatch(/Januari s\.d\. Juni 2024\s+Baik\s+100%\s+37,50\s+18,75/);
    expect(halaman[1]).toMatch(/Jumlah angka kredit\s+56,25/);
    expect(halaman[2]).toMatch(/Jumlah angka kredit kumulatif dalam jenjang\s+206,88/);
    // Nothing for developers: no exact value, no rule-set id, no decimal point in a figure.
    expect(teks).not.toMatch(/\d\.\d|ketentuan 20|nilai tepat|dibulatkan/);
    const f = fonts(font);
    expect(f.length).toBeGreaterThan(0);
    expect(f.every((x) => x.emb === 'yes')).toBe(true);
    expect(f.map((x) => x.nama).sort()).toEqual(['Tinos', 'Tinos-Bold']);
  });
  it('gives the same bytes for the same documents (no clock), and a creation date only when given', async () => {
    const a = await formatPakPdf(dokumen, { kop });
    const b = await formatPakPdf(dokumen, { kop });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const info = (pdf: Uint8Array) => {
      const f = join(dir, `${(n += 1)}.pdf`);
      writeFileSync(f, pdf);
      return execFileSync('pdfinfo', ['-isodates', f], { encoding: 'utf8' });
    };
    expect(info(await formatPakPdf(dokumen[0]!, { tanggalDibuat: '2027-01-20' }))).toMatch(
      /CreationDate:\s+2027-01-20/,
    );
    expect(info(a)).not.toMatch(/CreationDate/);
    expect(info(a)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });
  it('prints the electronic-signature block with room for the specimen and its note, and the draft mark', async () => {
    const teks = baca(await formatPakPdf(dokumen[2]!, { tandaTangan: 'elektronik', draf: true })).teks.replace(
      /\s+/g,
      ' ',
    );
    expect(teks).toContain('Ditandatangani secara elektronik oleh:');
    expect(teks).toContain('Balai Besar Sertifikasi Elektronik (BSrE)');
    expect(teks).toContain('DRAF: data guru ini belum lengkap; bukan untuk ditandatangani.');
    const basah = baca(await formatPakPdf(dokumen[2]!)).teks;
    expect(basah).not.toContain('elektronik');
    expect(basah).not.toContain('DRAF');
  });
  it('prints the note of each document under the letterhead (one text for all, or one per document), and refuses another type', async () => {
    const catatan = 'Jenjang dari golongan: periksa jabatan guru ini sebelum ditandatangani.';
    const semua = baca(await formatPakPdf(dokumen, { kop, catatan })).teks.replace(/\s+/g, ' ');
    expect(semua.split(`Catatan: ${catatan}`)).toHaveLength(4);
    const satu = baca(await formatPakPdf(dokumen, { catatan: ['', catatan, ''] })).teks;
    const halaman = satu.split('\f');
    expect(halaman.map((h) => h.replace(/\s+/g, ' ').includes(catatan))).toEqual([false, true, false, false]);
    await expect(formatPakPdf(dokumen, { catatan: 3 as never })).rejects.toMatchObject({ code: 'argumen-tidak-valid' });
  });
  it('lays a line break or a tab inside a field out as a space, as the HTML page does', async () => {
    const teks = baca(
      await formatPakPdf(dokumen[0]!, {
        kop: { instansi: 'Dinas Pendidikan', alamat: 'Jalan Merdeka 1\nKupang\t85111' },
      }),
    ).teks;
    expect(teks).toContain('Jalan Merdeka 1 Kupang 85111');
  });
  it('draws the logo the bytes hold at each call (made once per logo, read again when the array changed)', async () => {
    const svg = (warna: string) =>
      new TextEncoder().encode(
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="${warna}"/></svg>`,
      );
    const sama = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
    const data = svg('#ff0000');
    const merah = await formatPakPdf(dokumen[0]!, { kop: { logo: { data } } });
    expect(sama(merah, await formatPakPdf(dokumen[0]!, { kop: { logo: { data } } }))).toBe(true);
    data.set(svg('#0000ff'));
    const biru = await formatPakPdf(dokumen[0]!, { kop: { logo: { data } } });
    expect(sama(biru, merah)).toBe(false);
    expect(sama(biru, await formatPakPdf(dokumen[0]!, { kop: { logo: { data: svg('#0000ff') } } }))).toBe(true);
  });
  it('embeds a PNG or JPEG logo and refuses a file that is no image, coded', async () => {
    // A PNG and a JPEG drawn by poppler from a PDF of ours.
    const f = join(dir, 'logo.pdf');
    writeFileSync(f, await formatPakPdf(dokumen[0]!));
    execFileSync('pdftoppm', ['-r', '4', '-singlefile', '-png', f, join(dir, 'logo')]);
    execFileSync('pdftoppm', ['-r', '4', '-singlefile', '-jpeg', f, join(dir, 'logo')]);
    const png = readFileSync(join(dir, 'logo.png'));
    const jpeg = readFileSync(join(dir, 'logo.jpg'));
    for (const data of [png, jpeg]) {
      const pdf = await formatPakPdf(dokumen[0]!, { kop: { ...kop, logo: { data } } });
      expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Subtype \/Image/);
    }
    const salah = await formatPakPdf(dokumen[0]!, { kop: { logo: { data: new TextEncoder().encode('GIF89a') } } }).then(
      () => 'no error',
      (e: unknown) => (isKinerjaError(e) ? e.code : 'untyped'),
    );
    expect(salah).toBe('argumen-tidak-valid');
  });
});
