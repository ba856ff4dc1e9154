import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBerkas } from '../../src/berkas';
import { PAKET_UJI } from '../paket-uji';

// The outputs an operator opens in a spreadsheet, opened and saved back by a real one: LibreOffice Calc, headless
// (Debian's libreoffice-calc-nogui). Every NIP must read back whole. .ci/run installs it and sets PK_BROWSER=1, which
// makes this test required; elsewhere it runs when soffice is on the machine and says why when it is not.
const wajib = process.env['PK_BROWSER'] === '1';
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) =>
  existsSync(p),
);
const root = join(__dirname, '..', '..');
const bin = join(PAKET_UJI, 'dist', 'cli.js');
const fixtures = join(__dirname, 'fixtures');

function jalankan(args: string[]): number {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  return r.status ?? -1;
}

/** The cells of column `nip` of a table (none without one), as our reader gives them (`="…"` is the CSV form of a NIP kept as text). */
async function nipDari(file: string): Promise<string[]> {
  const r = await readBerkas(readFileSync(file));
  if (!r.success) throw new Error(`${file}: ${r.issues[0]?.message}`);
  const k = r.data.header.indexOf('nip');
  if (k < 0) return [];
  const out: string[] = [];
  for await (const b of r.data.baris) out.push((b.sel[k] ?? '').replace(/^="(.*)"$/, '$1'));
  return out;
}

/** LibreOffice opens each file and saves it back in its own format (a CSV with its delimiter, UTF-8). */
function simpanUlang(files: readonly string[], ke: string, profil: string, pemisah?: ',' | ';'): void {
  const csv = pemisah === undefined ? [] : [`--infilter=CSV:${pemisah.charCodeAt(0)},34,76,1`];
  const keluar = pemisah === undefined ? 'xlsx' : `csv:Text - txt - csv (StarCalc):${pemisah.charCodeAt(0)},34,76,1`;
  execFileSync(
    soffice!,
    [
      '--headless',
      '--norestore',
      `-env:UserInstallation=file://${profil}`,
      ...csv,
      '--convert-to',
      keluar,
      '--outdir',
      ke,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
}

describe.runIf(soffice !== undefined)('the outputs opened and saved back by LibreOffice Calc', () => {
  it('every NIP of every table reads back whole (CSV with , and ;, XLSX)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-libreoffice-'));
    const profil = join(dir, 'profil');
    // The runs: a comma file, an Indonesian-Excel file (; and a decimal comma), the same rows as an .xlsx, and kenaikan.
    const baris = readFileSync(join(fixtures, 'koma.csv'), 'utf8')
      .trim()
      .split('\n')
      .map((l) =>
        [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)]
          .map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
          .slice(0, 11),
      );
    const { default: tulis } = await import('write-excel-file/node');
    await tulis(
      baris.map((r) => r.map((v) => ({ value: v, type: String }))),
      {},
    ).toFile(join(dir, 'guru.xlsx'));
    const run: [string, string[], ',' | ';' | undefined][] = [
      ['koma', ['pak', join(fixtures, 'koma.csv')], ','],
      ['titik-koma', ['pak', join(fixtures, 'titik-koma.csv')], ';'],
      ['xlsx', ['pak', join(dir, 'guru.xlsx')], undefined],
      ['kenaikan', ['kenaikan', join(fixtures, 'koma.csv')], ','],
    ];
    const kelompok = new Map<string, string[]>();
    const asli = new Map<string, string[]>();
    for (const [nama, args, pemisah] of run) {
      const o = join(dir, nama);
      // --tanpa-html is an option of pak only (each command takes its own options).
      const tanpaHtml = args[0] === 'pak' ? ['--tanpa-html'] : [];
      expect(jalankan([...args, '--keluar', o, ...tanpaHtml]), nama).toBeLessThanOrEqual(1);
      for (const f of readdirSync(o).filter((f) => /\.(csv|xlsx)$/.test(f))) {
        const nip = (await nipDari(join(o, f))).filter((n) => n !== '');
        if (nip.length === 0) continue;
        // One folder per delimiter, the files renamed apart (LibreOffice names its output after its input).
        const k = pemisah === undefined ? 'xlsx' : pemisah === ',' ? 'koma' : 'titik-koma';
        const salinan = join(dir, `masuk-${k}`, `${nama}-${f}`);
        mkdirSync(join(salinan, '..'), { recursive: true });
        copyFileSync(join(o, f), salinan);
        kelompok.set(k, [...(kelompok.get(k) ?? []), salinan]);
        asli.set(`${nama}-${f}`, nip);
      }
    }
    // What is checked: the pak tables with NIPs (diterima, ringkasan) of each run, and kenaikan's.
    expect([...asli.keys()].sort()).toEqual(
      expect.arrayContaining([
        'koma-diterima.csv',
        'koma-ringkasan.csv',
        'titik-koma-diterima.csv',
        'xlsx-diterima.xlsx',
        'xlsx-ringkasan.xlsx',
        'kenaikan-kenaikan.csv',
      ]),
    );
    for (const [k, files] of kelompok) {
      const ke = join(dir, `kembali-${k}`);
      simpanUlang(files, ke, profil, k === 'xlsx' ? undefined : k === 'koma' ? ',' : ';');
      for (const f of files) {
        const nama = f.split('/').pop()!;
        const kembali = (await nipDari(join(ke, nama))).filter((n) => n !== '');
        expect(kembali, nama).toEqual(asli.get(nama));
        for (const n of kembali) expect(n, nama).toMatch(/^\d{18}$/);
      }
    }
  }, 300_000);

  it('a NIP written as a bare number does not survive (what the form above prevents)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-libreoffice-'));
    writeFileSync(join(dir, 'polos.csv'), 'nip,nama\r\n198001012000000001,A\r\n');
    simpanUlang([join(dir, 'polos.csv')], join(dir, 'kembali'), join(dir, 'profil'), ',');
    expect(readFileSync(join(dir, 'kembali', 'polos.csv'), 'utf8')).not.toContain('198001012000000001');
  }, 300_000);
});

describe.runIf(soffice === undefined)('the outputs opened and saved back by LibreOffice Calc', () => {
  it.runIf(wajib)('needs Debian libreoffice-calc-nogui when PK_BROWSER=1', () => {
    expect(soffice).toBeDefined();
  });
  it.skipIf(wajib)('skipped: LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui', () => {});
});
