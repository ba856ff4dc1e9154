import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dataPegawai,
  buildDataPegawai,
  pakBerkas,
  readBerkas,
  validateKopBerkas,
  type TujuanKeluaran,
} from '../../src/berkas';

// A run as an office makes it: the letterhead with a logo (examples/data/kop.json, logo.svg), SIASN's Data Pegawai
// and Dapodik's Daftar Guru as identity files, PDFs per guru and combined; read back with poppler's pdftotext.
const root = join(__dirname, '..', '..');
const fixtures = join(root, 'test', 'cli', 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'pak-berkas-pdf-'));
const teks = (nama: string, pdf: Uint8Array) => {
  const f = join(dir, nama.replace(/\//g, '_'));
  writeFileSync(f, pdf);
  return execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
};
const baca = async (f: string) => {
  const r = await readBerkas(readFileSync(f));
  if (!r.success) throw new Error(r.issues[0]!.message);
  return r.data;
};

export async function jalankanPdf(pdf: 'per-guru' | 'gabung') {
  const kop = validateKopBerkas(JSON.parse(readFileSync(join(root, 'examples', 'data', 'kop.json'), 'utf8')));
  const siasn = await dataPegawai(await baca(join(fixtures, 'siasn-data-pegawai.csv')));
  const dapodik = await dataPegawai(await baca(join(fixtures, 'dapodik-daftar-guru.csv')));
  if (!kop.success || !siasn.success || !dapodik.success) throw new Error('fixtures');
  const biner = new Map<string, Uint8Array>();
  const tujuan: TujuanKeluaran = {
    write: () => undefined,
    open: () => ({ write: () => undefined }),
    writeBytes: (n, isi) => void biner.set(n, isi),
  };
  const h = await pakBerkas(await baca(join(fixtures, 'koma.csv')), tujuan, {
    html: 'tidak',
    pdf,
    kop: kop.data,
    logo: readFileSync(join(root, 'examples', 'data', 'logo.svg')),
    pegawai: buildDataPegawai([siasn.data, dapodik.data]),
  });
  return { h, biner };
}

describe('pakBerkas with pdf', () => {
  it('writes a PDF per guru with every identity field the files have, the letterhead, and a nomor per document', async () => {
    const { h, biner } = await jalankanPdf('per-guru');
    expect(h.success).toBe(true);
    if (!h.success) return;
    expect(h.data.berkas).toContain('pak/');
    expect([...biner.keys()].sort()).toEqual(
      ['197505152000032004', '198701012010012001', '199001012015032001'].map((n) => `pak/${n}.pdf`),
    );
    const siti = teks('siti.pdf', biner.get('pak/197505152000032004.pdf')!);
    // SIASN gives gelar, birth, sex, golongan's TMT, jabatan's TMT; Dapodik the Karpeg; the main file the unit.
    for (const baris of [
      'PEMERINTAH KOTA KUPANG',
      'DINAS PENDIDIKAN DAN KEBUDAYAAN',
      'Jalan Frans Seda Nomor 1, Kupang 85111',
      'Dra. Siti Aminah, M.Pd.',
      'E 123456',
      'KUPANG, 15 Mei 1975',
      'Perempuan',
      'Pembina Tingkat I, IV/b / 1 April 2018',
      'Guru Ahli Madya / 1 Januari 2019',
      'SMP Negeri 1 Kupang',
    ])
      expect(siti).toContain(baris);
    // Maria is only in Dapodik: its Karpeg, birth and sex; no file has her TMT.
    const maria = teks('maria.pdf', biner.get('pak/199001012015032001.pdf')!);
    for (const baris of ['P 777888', 'Ende, 1 Januari 1990', 'Perempuan']) expect(maria).toContain(baris);
    const nomor = [...biner.values()].flatMap((b, i) =>
      [...teks(`n${i}.pdf`, b).matchAll(/NOMOR: (\S+)/g)].map((m) => m[1]),
    );
    expect(nomor.length).toBeGreaterThanOrEqual(9);
    expect(new Set(nomor).size).toBe(nomor.length);
  });
  it('writes one combined PDF on request, and refuses a destination that cannot take bytes before writing anything', async () => {
    const { h, biner } = await jalankanPdf('gabung');
    expect(h.success && h.data.berkas).toContain('pak.pdf');
    expect([...biner.keys()]).toEqual(['pak.pdf']);
    expect(
      teks('gabung.pdf', biner.get('pak.pdf')!)
        .split('\f')
        .filter((x) => x.trim() !== '').length,
    ).toBeGreaterThanOrEqual(9);
    const ditulis: string[] = [];
    const r = await pakBerkas(
      await baca(join(fixtures, 'koma.csv')),
      { write: (n) => void ditulis.push(n), open: (n) => (ditulis.push(n), { write: () => undefined }) },
      { pdf: 'per-guru' },
    );
    expect(r.success || r.issues[0]!.code).toBe('tujuan-tanpa-biner');
    expect(ditulis).toEqual([]);
    const logo = await pakBerkas(
      await baca(join(fixtures, 'koma.csv')),
      { write: () => undefined, open: () => ({ write: () => undefined }) },
      { logo: new TextEncoder().encode('bukan gambar') },
    );
    expect(logo.success || logo.issues[0]!.code).toBe('logo-tidak-terbaca');
  });
});
