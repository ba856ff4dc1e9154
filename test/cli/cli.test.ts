import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fc } from '@fast-check/vitest';
import writeXlsxFile from 'write-excel-file/node';
import { createPakPenetapan, createRekamAngkaKredit, formatAngkaKredit, PREDIKAT, type Predikat } from '../../src';

// Issue #19: the built bin, spawned on fixtures, compared with golden files (UPDATE_GOLDEN=1 rewrites them).
const root = join(__dirname, '..', '..');
const paket = join(root, 'node_modules', '.cache', 'pengelolaan-kinerja-e2e');
const bin = join(paket, 'dist', 'cli.js');
const fixtures = join(__dirname, 'fixtures');
const golden = join(__dirname, 'golden');

beforeAll(() => {
  rmSync(paket, { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), '--out-dir', join(paket, 'dist'), '--silent'], { cwd: root, stdio: 'pipe' });
  cpSync(join(root, 'package.json'), join(paket, 'package.json'));
  cpSync(join(root, 'schemas'), join(paket, 'schemas'), { recursive: true });
}, 120_000);

function jalankan(args: string[], env: Record<string, string> = {}): { kode: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
  return { kode: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function isi(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const jalan = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, f.name);
      if (f.isDirectory()) jalan(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  jalan(dir);
  return out;
}

function cocokGolden(nama: string, dir: string): void {
  const g = join(golden, nama);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    rmSync(g, { recursive: true, force: true });
    mkdirSync(g, { recursive: true });
    cpSync(dir, g, { recursive: true });
  }
  expect(isi(dir)).toEqual(isi(g));
}

const keluar = () => mkdtempSync(join(tmpdir(), 'pk-cli-'));

describe('pengelolaan-kinerja (bin)', () => {
  it('pak on a comma CSV matches the golden files, and exits 0', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', o]);
    expect(r.stderr).toBe('');
    expect(r.kode).toBe(0);
    expect(r.stdout).toMatch(/^pak: 3 guru, 6 baris diterima, 0 galat, 0 badan SIASN → /);
    cocokGolden('koma', o);
    // Every user string is escaped in the pages.
    expect(readFileSync(join(o, 'pak', '198701012010012001.html'), 'utf8')).toContain('Yohanes &lt;Bena&gt; &amp; &quot;Putra&quot;');
  });
  it('the same data as Indonesian Excel saves it (; decimal comma, BOM, CRLF, capitals) gives byte-identical output', () => {
    const a = keluar();
    const b = keluar();
    expect(jalankan(['pak', join(fixtures, 'titik-koma.csv'), '--keluar', a]).kode).toBe(0);
    expect(jalankan(['pak', join(fixtures, 'titik-koma.csv'), '--keluar', b]).kode).toBe(0);
    expect(isi(a)).toEqual(isi(b)); // re-running gives byte-identical output
    cocokGolden('koma', a);
  });
  it('reads an XLSX written in the test (NIP as text) to the same output', async () => {
    const baris = readFileSync(join(fixtures, 'koma.csv'), 'utf8').trim().split('\n').map((l) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, 11));
    const f = join(keluar(), 'guru.xlsx');
    await writeXlsxFile(baris.map((r) => r.map((v) => ({ value: v, type: String }))), {}).toFile(f);
    const o = keluar();
    expect(jalankan(['pak', f, '--keluar', o]).kode).toBe(0);
    cocokGolden('koma', o);
  });
  it('rejects bad rows with line, column, code and message, writes the good ones, and exits 1', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'buruk.csv'), '--keluar', o]);
    expect(r.kode).toBe(1);
    cocokGolden('buruk', o);
    const en = keluar();
    expect(jalankan(['pak', join(fixtures, 'buruk.csv'), '--keluar', en, '--lang', 'en']).kode).toBe(1);
    expect(readFileSync(join(en, 'galat.csv'), 'utf8')).toContain('is not 18 digits');
  });
  it('a 40 000-row file (streams under back-pressure) finishes with its summary and every row accounted for', () => {
    const dir = keluar();
    const baris = ['NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat'];
    for (let i = 0; i < 10_000; i++) for (const [t, a, b] of [[2024, 1, 6], [2024, 7, 12], [2025, 1, 12], [2026, 1, 12]]) baris.push(`1980010120100${String(i).padStart(5, '0')},Guru ${i},III/c,${t},${a},${b},${i % 97 === 0 && t === 2025 ? 'Hebat' : 'Baik'}`);
    writeFileSync(join(dir, 'besar.csv'), baris.join('\n'));
    const r = jalankan(['pak', join(dir, 'besar.csv'), '--keluar', join(dir, 'o'), '--tanpa-html']);
    expect(r.stdout).toMatch(/^pak: 10000 guru, 39896 baris diterima, 104 galat/);
    expect(r.kode).toBe(1);
  }, 60_000);
  it('misuse exits 2 with a message; --help explains each subcommand with an example', () => {
    expect(jalankan(['pak']).kode).toBe(2);
    expect(jalankan(['pak', 'tidak-ada.csv']).stderr).toContain('tidak ada');
    expect(jalankan(['lain', 'x']).kode).toBe(2);
    expect(jalankan(['pak', join(fixtures, 'koma.csv'), '--ketentuan', '2099']).kode).toBe(2);
    expect(jalankan(['pak', join(fixtures, 'koma.csv'), '--tidak-ada']).kode).toBe(2);
    for (const p of ['pak', 'rekonsiliasi', 'kenaikan', 'skema']) {
      const h = jalankan([p, '--help']);
      expect(h.kode).toBe(0);
      expect(h.stdout).toMatch(/Contoh: npx pengelolaan-kinerja /);
    }
  });
  it('--ketentuan overrides the rule set of every row and says so', () => {
    const o = keluar();
    const r = jalankan(['pak', join(fixtures, 'koma.csv'), '--keluar', o, '--ketentuan', '2024']);
    expect(r.stdout).toContain('(ketentuan 2024 untuk semua baris, --ketentuan)');
    expect(r.stderr).toContain('ketentuan 2024 dipakai untuk semua baris');
    expect(readFileSync(join(o, 'diterima.csv'), 'utf8').trim().split('\n').slice(1).every((l) => l.endsWith(',2024'))).toBe(true);
  });
  it('kenaikan, rekonsiliasi and skema on the shipped sample', () => {
    const o = keluar();
    const k = jalankan(['kenaikan', join(fixtures, 'koma.csv'), '--keluar', o]);
    expect(k.kode).toBe(0);
    expect(readFileSync(join(o, 'kenaikan.csv'), 'utf8')).toContain('198701012010012001,"Yohanes <Bena> & ""Putra""",III/d,ahli-muda,150.00,jenjang,IV/a,200,-50.00');
    const r = jalankan(['rekonsiliasi', 'examples/data/guru.csv', 'examples/data/siasn-angkakredit.csv', '--keluar', o]);
    expect(r.kode).toBe(1); // the sample's own bad rows
    const rek = readFileSync(join(o, 'rekonsiliasi.csv'), 'utf8');
    expect(rek).toContain(',angka-kredit-berbeda,siasn,');
    expect(rek).toContain(',baris-ganda,siasn,');
    const s = jalankan(['skema', join(o, 'skema')]);
    expect(s.kode).toBe(0);
    expect(existsSync(join(o, 'skema', 'pak-penetapan.json'))).toBe(true);
  });
});

// Property (issue #19): for generated rows, every row is in exactly one output (diterima.csv or galat.csv), and the
// summary's totals equal the library's functions called directly.
describe('pak: every row accounted for, totals as the library computes them', () => {
  const baris = fc.array(
    fc.record({
      guru: fc.integer({ min: 0, max: 4 }),
      tahun: fc.integer({ min: 2023, max: 2027 }),
      mulai: fc.integer({ min: 1, max: 13 }),
      panjang: fc.integer({ min: 0, max: 11 }),
      predikat: fc.oneof(fc.constantFrom(...PREDIKAT), fc.constant('Luar Biasa' as Predikat)),
    }),
    { minLength: 1, maxLength: 25 },
  );
  it('holds for generated files', () => {
    fc.assert(
      fc.property(baris, (rows) => {
        const dir = keluar();
        const csv = ['NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat', ...rows.map((r) => `19900101201503200${r.guru},Guru ${r.guru},III/c,${r.tahun},${r.mulai},${Math.min(13, r.mulai + r.panjang)},${r.predikat}`)].join('\n');
        writeFileSync(join(dir, 'in.csv'), csv);
        const hasil = jalankan(['pak', join(dir, 'in.csv'), '--keluar', join(dir, 'out'), '--tanpa-html']);
        expect([0, 1]).toContain(hasil.kode);
        const baca = (f: string) => readFileSync(join(dir, 'out', f), 'utf8').trim().split('\n').slice(1).filter(Boolean);
        const diterima = baca('diterima.csv').map((l) => Number(l.split(',')[0]));
        const ditolak = [...new Set(baca('galat.csv').map((l) => Number(l.split(',')[0])))];
        expect([...diterima, ...ditolak].sort((a, b) => a - b)).toEqual(rows.map((_, i) => i + 2));
        // The totals: the accepted rows, through the library directly.
        for (const l of baca('ringkasan.csv')) {
          const nip = l.split(',')[0]!;
          const rekam = baca('diterima.csv').filter((x) => x.split(',')[1] === nip).map((x) => {
            const c = x.split(',');
            return createRekamAngkaKredit({ tahun: Number(c[3]), bulanMulai: Number(c[4]), bulanAkhir: Number(c[5]), jenjang: 'ahli-muda', predikat: c[7] as Predikat });
          });
          const p = createPakPenetapan({ pegawai: { nama: 'x', nip, golongan: 'III/c' }, konversi: rekam });
          expect(p.success && formatAngkaKredit(p.data.akKumulatif)).toBe(l.split(',')[8]);
        }
        hasil.kode === 1 ? expect(ditolak.length).toBeGreaterThan(0) : expect(ditolak).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
