import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { PAKET_UJI, perbaruiGolden } from '../paket-uji';
import { keGolden, tulisGolden } from './golden';

// Every real-format fixture (test/cli/fixtures, README.md there says where each format comes from) through
// the built bin against golden outputs (the terminal too), and a property over generated files of every shape an
// operator's file takes. UPDATE_GOLDEN=1 rewrites the goldens (the PAK pages as their data, test/cli/golden.ts).
const root = join(__dirname, '..', '..');
const bin = join(PAKET_UJI, 'dist', 'cli.js');
const fixtures = join(__dirname, 'fixtures');
const golden = join(__dirname, 'golden');

function jalankan(args: string[]): { kode: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return { kode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A folder's files as text; a sheet as its rows (an .xlsx's bytes carry a timestamp). */
async function isi(dir: string): Promise<Record<string, string>> {
  const { readSheet } = (await import('read-excel-file/node')) as unknown as {
    readSheet: (f: string) => Promise<unknown[][]>;
  };
  const out: Record<string, string> = {};
  const jalan = async (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, f.name);
      if (f.isDirectory()) await jalan(p);
      else
        out[relative(dir, p)] = f.name.endsWith('.xlsx') ? JSON.stringify(await readSheet(p)) : readFileSync(p, 'utf8');
    }
  };
  await jalan(dir);
  return out;
}

const DIURUS_LAIN = ['README.md', 'koma.csv', 'titik-koma.csv', 'buruk.csv'];
const daftar = readdirSync(fixtures)
  .filter((f) => !DIURUS_LAIN.includes(f))
  .sort();

describe('every real-format fixture through the bin', () => {
  it.each(daftar)(
    'pak %s matches its golden output (files and terminal), exit 0, 1 or 2, no stack trace',
    async (nama) => {
      const kerja = mkdtempSync(join(tmpdir(), 'pk-fix-'));
      const o = join(kerja, 'keluaran');
      const r = jalankan(['pak', join(fixtures, nama), '--keluar', o]);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      if (r.kode === 2) expect(existsSync(o)).toBe(false);
      const terminal = `kode keluar ${r.kode}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`
        .split(o)
        .join('<keluar>')
        .split(fixtures)
        .join('<fixtures>');
      writeFileSync(join(o, '..', 'terminal.txt'), terminal);
      const namaGolden = `berkas-${nama.replace(/\./g, '-')}`;
      const g = join(golden, namaGolden);
      perbaruiGolden(() => {
        rmSync(g, { recursive: true, force: true });
        mkdirSync(g, { recursive: true });
        if (existsSync(o)) tulisGolden(`${namaGolden}/keluaran`, o);
        writeFileSync(join(g, 'terminal.txt'), terminal);
      });
      // The golden terminal's first line holds the exit code, so the code is compared exactly.
      expect(terminal).toBe(readFileSync(join(g, 'terminal.txt'), 'utf8'));
      const kosong = async (d: string) => (existsSync(d) ? isi(d) : {});
      expect(keGolden(`${namaGolden}/keluaran`, await kosong(o))).toEqual(await kosong(join(g, 'keluaran')));
    },
    60_000,
  );
});

// The property of issue #26: for generated files (quotes, separators, line breaks in cells, BOMs, encodings, empty and
// huge cells), the bin exits 0, 1 or 2, prints no stack trace, and every data line appears exactly once in
// diterima.csv or galat.csv, or the whole file is refused with one message and nothing written.
describe('generated files: every data line accounted for, or the file refused with one message', () => {
  const sel = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.constantFrom('198703122010012004', '19870312 201001 2 004', "'198703122010012004", '12345', ''),
    },
    {
      weight: 1,
      arbitrary: fc.string({
        maxLength: 12,
        unit: fc.constantFrom('a', ' ', '"', ',', ';', '\t', '\n', 'é', '’', '1'),
      }),
    },
  );
  const baris = fc.record({
    nip: sel,
    nama: fc.oneof(
      fc.constantFrom(
        'Siti Aminah',
        'ANDI "ACO" RAHMAN',
        'Dra. Siti; M.Pd.',
        'MUH. SYAMSU’ALAM',
        'Ré\nNé',
        'Yohanes, S.Pd.',
      ),
      fc.constant('x'.repeat(70_000)),
    ),
    golongan: fc.constantFrom('III/a', 'IV b', 'Pembina Tk.I, IV/b', 'X/z', ''),
    tahun: fc.constantFrom('2023', '2024', '2025', '2026', 'dua', ''),
    predikat: fc.constantFrom('Baik', 'Sangat Baik', 'BUTUH PERBAIKAN', 'Luar Biasa', '2', ''),
  });
  const berkas = fc.record({
    pemisah: fc.constantFrom(',', ';', '\t'),
    akhir: fc.constantFrom('\n', '\r\n'),
    bom: fc.boolean(),
    encoding: fc.constantFrom('utf-8', 'utf-16le', 'latin1'),
    baris: fc.array(baris, { minLength: 1, maxLength: 8 }),
  });
  const kutip = (v: string, p: string) =>
    /["\n\r]/.test(v) || v.includes(p) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;

  it('holds for generated files', () => {
    fc.assert(
      fc.property(berkas, (b) => {
        const dir = mkdtempSync(join(tmpdir(), 'pk-gen-'));
        const kepala = ['NIP', 'Nama', 'Golongan', 'Tahun', 'Predikat'];
        const teks: string[] = [kepala.join(b.pemisah)];
        // The line each data row starts on (the header is line 1; a cell with a line break spans lines).
        const awal: number[] = [];
        let baris = 2;
        for (const r of b.baris) {
          const t = [r.nip, r.nama, r.golongan, r.tahun, r.predikat]
            .map((v) => kutip(b.encoding === 'latin1' ? v.replace(/’/g, "'") : v, b.pemisah))
            .join(b.pemisah);
          if (t.replace(new RegExp(`[${b.pemisah === '\t' ? '\\t' : b.pemisah}\\s]`, 'g'), '') !== '') awal.push(baris);
          baris += 1 + (t.match(/\r\n|\n/g) ?? []).length;
          teks.push(t.replace(/\r?\n/g, (m) => (m === '\n' && b.akhir === '\r\n' ? '\n' : m)));
        }
        const isiTeks = teks.join(b.akhir) + b.akhir;
        const bytes =
          b.encoding === 'utf-16le'
            ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(isiTeks, 'utf16le')])
            : Buffer.concat([
                b.bom && b.encoding === 'utf-8' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0),
                Buffer.from(isiTeks, b.encoding === 'latin1' ? 'latin1' : 'utf8'),
              ]);
        writeFileSync(join(dir, 'in.csv'), bytes);
        const o = join(dir, 'out');
        const r = jalankan(['pak', join(dir, 'in.csv'), '--keluar', o, '--tanpa-html']);
        expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at |internal error|galat internal/);
        if (r.kode === 2) {
          // Refused whole: one message, nothing written.
          expect(r.stderr).toMatch(/^galat: /);
          expect(r.stderr.match(/^galat: /gm)).toHaveLength(1);
          expect(existsSync(o)).toBe(false);
          return;
        }
        const baca = (f: string) => {
          const t = readFileSync(join(o, f), 'utf8').replace(/^\uFEFF/, '');
          const p = t.startsWith('baris;') ? ';' : t.startsWith('baris\t') ? '\t' : ',';
          return (parseCsv(t, { delimiter: p, relax_column_count: true }) as string[][]).slice(1);
        };
        const diterima = baca('diterima.csv').map((x) => Number(x[0]));
        const galat = [
          ...new Set(
            baca('galat.csv')
              .filter((x) => x[7] === 'baris' || x[7] === 'berkas')
              .map((x) => Number(x[0])),
          ),
        ];
        expect(r.kode).toBe(baca('galat.csv').length > 0 ? 1 : 0);
        expect(new Set(diterima).size).toBe(diterima.length);
        expect(diterima.filter((x) => galat.includes(x))).toEqual([]);
        expect([...diterima, ...galat].sort((x, y) => x - y)).toEqual(awal);
      }),
      { numRuns: 20 },
    );
  }, 180_000);
});

// The page docs/cli.md shows is one the command line produced: the shipped sample with its letterhead and SIASN Data
// Pegawai export, printed by Debian's Chromium through playwright-core (one A4 page per document). Re-make the
// screenshot with PK_SCREENSHOT=docs/pak-cetak.png npx vitest run test/cli/fixtures.test.ts -t Chromium.
const CHROMIUM = '/usr/bin/chromium';
describe.runIf(process.env['PK_BROWSER'] === '1' || existsSync(CHROMIUM))(
  'a page the CLI produced, in Chromium',
  () => {
    it("prints the sample guru's Konversi, Akumulasi and Penetapan on one A4 page each, every field the files give filled", async () => {
      const { chromium } = await import('playwright-core');
      const o = join(mkdtempSync(join(tmpdir(), 'pk-halaman-')), 'o');
      const data = (f: string) => join(root, 'examples', 'data', f);
      expect(
        jalankan([
          'pak',
          data('guru.csv'),
          '--kop',
          data('kop.json'),
          '--pegawai',
          data('data-pegawai.csv'),
          '--keluar',
          o,
        ]).kode,
      ).toBe(1); // the sample's bad rows
      const file = join(o, 'pak', '197412231996122007.html');
      const h = readFileSync(file, 'utf8');
      for (const s of [
        'NOMOR: 800.1.11.1/',
        'Dra. Lusia Hidayat, S.Pd., Gr.',
        'WAINGAPU, 23 Desember 1974',
        'Perempuan',
        'Penata, III/c / 1 April 2017',
        '— (tidak ada)',
        'Pembina Utama Muda, IV/c',
      ])
        expect(h).toContain(s);
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        await page.goto(`file://${file}`);
        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const dokumen = (h.match(/<section class="halaman/g) ?? []).length;
        expect(dokumen).toBeGreaterThanOrEqual(3);
        expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(dokumen);
        if (process.env['PK_SCREENSHOT'] !== undefined) {
          await page.emulateMedia({ media: 'screen' });
          await page.setViewportSize({ width: 900, height: 1200 });
          await page.locator('section.halaman').nth(1).screenshot({ path: process.env['PK_SCREENSHOT'] });
        }
      } finally {
        await browser.close();
      }
    }, 60_000);
  },
);
