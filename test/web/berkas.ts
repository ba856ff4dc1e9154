/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import writeXlsxFile from 'write-excel-file/node';
import { NAMA_KODE, TITIK_DESIMAL } from './periode';
import { axeBerat, halaman, konteks, lebarBerlebih, root, situs } from './situs';

// The operator's file check in Chromium. The file goes through the page's worker (the package's reader,
// the library's figures); the ZIP it offers is compared with what the built CLI writes for the same file, and every
// data line must be accounted for in diterima.csv or galat.csv.

const KEPALA =
  'NIP;Nama;Golongan;Jabatan;Tahun;Bulan Mulai;Bulan Selesai;Predikat;AK Dasar;AK Kumulatif 2022;Unit Kerja';
const nip = (i: number) =>
  `19${String(70 + (i % 25)).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}20${String(5 + (i % 15)).padStart(2, '0')}01${1 + (i % 2)}${String(i).padStart(4, '0').slice(-3)}`;

/**
 * An Indonesian Excel CSV (`;`, decimal comma, BOM, CRLF) of `guru` teachers × 4 rows, with hostile lines: stray quotes
 * inside an unquoted name, unknown predikat, a bad NIP, and a last line whose quote never closes.
 */
function berkasBesar(guru: number): { teks: string; baris: number } {
  const gol = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
  const pred = ['Baik', 'Sangat Baik', 'Butuh Perbaikan', 'Baik'];
  const baris: string[] = [KEPALA];
  for (let i = 0; i < guru; i++) {
    const g = gol[i % gol.length]!;
    const nama = i % 211 === 7 ? `ANDI "ACO" RAHMAN ${i}` : `Guru ${i}`;
    const n = i % 503 === 11 ? `${nip(i).slice(0, 17)}X` : nip(i);
    const unit = `SD Negeri ${1 + (i % 40)} Kupang`;
    const dasar = i % 5 === 0 ? '12,5' : '';
    baris.push(`${n};${nama};${g};;2024;1;6;${pred[i % 4]};${dasar};;${unit}`);
    baris.push(`${n};${nama};${g};;2024;7;12;${i % 97 === 3 ? 'Luar Biasa' : pred[(i + 1) % 4]};;;${unit}`);
    baris.push(`${n};${nama};${g};;2025;1;12;${pred[(i + 2) % 4]};;;${unit}`);
    baris.push(`${n};${nama};${g};;2026;1;12;${pred[(i + 3) % 4]};;;${unit}`);
  }
  baris.push(`${nip(guru + 1)};"Tanpa Tutup;III/a;;2025;1;12;Baik;;;SD Negeri 1 Kupang`);
  return { teks: `\uFEFF${baris.join('\r\n')}\r\n`, baris: baris.length - 1 };
}

/** The run is over and on screen: its result (or refusal) drawn, every row of the tables' pages added. */
export async function selesai(page: Page, timeout = 120_000): Promise<void> {
  await page.locator('#berkas-hasil[data-keadaan="selesai"]').waitFor({ timeout });
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout });
}

async function periksa(page: Page, file: string): Promise<void> {
  await page.locator('#berkas-masukan').setInputFiles(file);
  await selesai(page);
  await page.locator('#berkas-hasil h2').first().waitFor();
}

/** The page's ZIP: its text files decoded (keeping a BOM, part of the dialect compared), its PDFs as bytes. */
async function unduhZipPdf(page: Page): Promise<{ teks: Record<string, string>; pdf: Record<string, Uint8Array> }> {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('#unduh-zip')]);
  const path = await dl.path();
  const isi = unzipSync(new Uint8Array(readFileSync(path)));
  const teks = new TextDecoder('utf-8', { ignoreBOM: true });
  const pdf = Object.fromEntries(Object.entries(isi).filter(([k]) => k.endsWith('.pdf')));
  return {
    teks: Object.fromEntries(
      Object.entries(isi)
        .filter(([k]) => !k.endsWith('.pdf'))
        .map(([k, v]) => [k, teks.decode(v)]),
    ),
    pdf,
  };
}

async function unduhZip(page: Page): Promise<Record<string, string>> {
  return (await unduhZipPdf(page)).teks;
}

/** A PDF's text as poppler's pdftotext reads it (layout kept), or null where poppler-utils is not installed. */
function teksPdf(isi: Uint8Array): string | null {
  const f = join(mkdtempSync(join(tmpdir(), 'pk-web-pdf-')), 'a.pdf');
  writeFileSync(f, isi);
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' });
  return r.error === undefined && r.status === 0 ? r.stdout : null;
}

/** The CLI's outputs for a file, as `npx pengelolaan-kinerja pak` writes them (the built bin of this checkout); with
 * `pdf`, as `pak --pdf` writes them (the PDFs as bytes, the other files as text). */
function keluaranCli(
  file: string,
  opsi: { pdf?: boolean } = {},
): { kode: number; stderr: string; berkas: Record<string, string>; pdf: Record<string, Uint8Array> } {
  const keluar = join(mkdtempSync(join(tmpdir(), 'pk-web-cli-')), 'keluar');
  const argumen = ['pak', file, '--keluar', keluar, ...(opsi.pdf === true ? ['--pdf'] : [])];
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...argumen], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CI: '1' },
  });
  expect([0, 1, 2]).toContain(r.status);
  const out: Record<string, string> = {};
  const pdf: Record<string, Uint8Array> = {};
  if (r.status === 2) return { kode: 2, stderr: r.stderr, berkas: out, pdf };
  const jalan = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true })) {
      const nama = relative(keluar, join(d, f.name));
      if (f.isDirectory()) jalan(join(d, f.name));
      else if (nama.endsWith('.pdf')) pdf[nama] = new Uint8Array(readFileSync(join(d, f.name)));
      else out[nama] = readFileSync(join(d, f.name), 'utf8');
    }
  };
  jalan(keluar);
  return { kode: r.status ?? -1, stderr: r.stderr, berkas: out, pdf };
}

/** A cell as a spreadsheet reads it: the outputs write a NIP as ="…" so that it stays text. */
const teksSel = (s: string) => s.replace(/^="(.*)"$/, '$1');

/** A CSV's rows (a light split: the figures and codes compared here hold no quoted separator but the names do). */
function barisCsv(teks: string): string[][] {
  const kepala = teks.split(/\r?\n/)[0]!;
  const pemisah = kepala.includes('\t') ? '\t' : kepala.includes(';') ? ';' : ',';
  const hasil: string[][] = [];
  for (const b of teks.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (b === '') continue;
    const sel: string[] = [];
    let s = '';
    let kutip = false;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (kutip) {
        if (c === '"' && b[i + 1] === '"') (s += '"'), i++;
        else if (c === '"') kutip = false;
        else s += c;
      } else if (c === '"') kutip = true;
      else if (c === pemisah) sel.push(teksSel(s)), (s = '');
      else s += c;
    }
    sel.push(teksSel(s));
    hasil.push(sel);
  }
  return hasil;
}

/** Every data line of the file is in diterima.csv or galat.csv (a whole-NIP refusal points at a line already counted). */
function diperhitungkan(zip: Record<string, string>, jumlah: number): void {
  const terima = barisCsv(zip['diterima.csv']!)
    .slice(1)
    .map((r) => Number(r[0]));
  const galat = barisCsv(zip['galat.csv']!).slice(1);
  const tolak = galat.filter((r) => r[7] === 'baris' || r[7] === 'berkas').map((r) => Number(r[0]));
  const semua = new Set([...terima, ...tolak]);
  const garis = Array.from({ length: jumlah }, (_, i) => i + 2);
  expect(garis.filter((g) => !semua.has(g))).toEqual([]);
  // Never both accepted and refused.
  expect(terima.filter((g) => new Set(tolak).has(g))).toEqual([]);
}

export function ujiBerkas(): void {
  describe("the operator's file check in Chromium", () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-web-berkas-'));

    it("gives the CLI's outputs, byte for byte, for every fixture of the CLI and the shipped sample (or refuses what it refuses)", async () => {
      const c = await konteks({ acceptDownloads: true });
      const { page, galat } = await halaman(c, '#berkas');
      const fixtures = readdirSync(join(root, 'test', 'cli', 'fixtures'))
        .filter((f) => f !== 'README.md' && f !== 'xlsx-bernama-xls.xls')
        .map((f) => `test/cli/fixtures/${f}`);
      let pdfDibaca = 0;
      for (const file of [...fixtures, 'examples/data/guru.csv']) {
        const cli = keluaranCli(join(root, file), { pdf: true });
        await page.locator('#berkas-masukan').setInputFiles(join(root, file));
        await selesai(page, 60_000);
        if (cli.kode === 2) {
          // Refused whole by the CLI (exit 2): refused by the page; a header without a field gives the page's column
          // map with the fields named in the page's words, any other refusal the CLI's message.
          const pesan = (await page.locator('#berkas-ditolak li').first().innerText()).trim();
          if ((await page.locator('#peta-kolom').count()) > 0) {
            expect(cli.stderr, file).toContain('tidak ditemukan');
            expect(pesan, file).toContain('tidak ditemukan');
          } else expect(cli.stderr, file).toContain(pesan.split(/[.\n]/)[0]!); // the page words the rest its own way
          continue;
        }
        const { teks: web, pdf } = await unduhZipPdf(page);
        expect(Object.keys(web).sort(), file).toEqual(Object.keys(cli.berkas).sort());
        for (const [nama, isi] of Object.entries(cli.berkas)) expect(web[nama], `${file}: ${nama}`).toBe(isi);
        // Each guru's PDF as `pak --pdf` writes it: the same text (pdftotext), and the same bytes.
        expect(Object.keys(pdf).sort(), file).toEqual(Object.keys(cli.pdf).sort());
        for (const [nama, isi] of Object.entries(cli.pdf)) {
          const teks = teksPdf(isi);
          if (teks !== null) {
            expect(teksPdf(pdf[nama]!), `${file}: ${nama}`).toBe(teks);
            expect(teks, `${file}: ${nama}`).toContain(nama.replace(/^pak\/|\.pdf$/g, ''));
            pdfDibaca += 1;
          }
          expect(Buffer.from(pdf[nama]!).equals(Buffer.from(isi)), `${file}: ${nama}`).toBe(true);
        }
        // Each guru's total in the per-guru table is the run's ak_kumulatif.
        // A UTF-16 output (an Excel "Unicode text" input) decoded above as UTF-8: its ASCII (NIPs, figures, headers)
        // is every other byte.
        const isiRingkasan = web['ringkasan.csv'] ?? '';
        const ringkasan = barisCsv(
          isiRingkasan.includes('\u0000') ? isiRingkasan.replace(/\u0000/g, '').replace(/^\uFFFD+/, '') : isiRingkasan,
        );
        expect(ringkasan.length === 0 || ringkasan[0]!.includes('ak_kumulatif'), file).toBe(true);
        const kolomJumlah = ringkasan[0]?.indexOf('ak_kumulatif') ?? -1;
        const tabel = await page
          .locator('#tabel-guru tbody tr')
          .evaluateAll((tr) => tr.map((x) => [x.getAttribute('data-nip'), x.getAttribute('data-jumlah')]));
        if (ringkasan.length > 1 && ringkasan.length <= 101) {
          const jumlah = Object.fromEntries(tabel);
          // Rows the light split reads whole (a quoted line break in a name splits a row there).
          const utuh = ringkasan.slice(1).filter((r) => r.length === ringkasan[0]!.length);
          expect(utuh.length, file).toBeGreaterThan(0);
          for (const r of utuh) expect(jumlah[r[1]!], `${file}: ${r[1]}`).toBe(r[kolomJumlah]!.replace(',', '.'));
        }
      }
      // poppler-utils is installed where the PDFs are compared by their text (CI installs it).
      if (process.env['PK_BROWSER'] === '1') expect(pdfDibaca).toBeGreaterThan(0);
      // What the page shows is in the operator's words: no decimal point, no function or property name, no command
      // flag (what the file itself holds, its headers and values as written, excepted).
      const teksFixture = fixtures.map((f) => readFileSync(join(root, f), 'latin1')).join('\n');
      for (const file of [...fixtures.filter((f) => !/\.xls$/.test(f)), 'examples/data/guru.csv']) {
        await page.locator('#berkas-masukan').setInputFiles(join(root, file));
        await selesai(page, 60_000);
        await expect.poll(() => page.locator('#berkas-masukan').isDisabled()).toBe(false);
        const sumber = `${teksFixture}\n${readFileSync(join(root, file), 'latin1')}`;
        const teks = await page.locator('body').innerText();
        const asing = [...teks.matchAll(TITIK_DESIMAL), ...teks.matchAll(NAMA_KODE)]
          .map((m) => m[0])
          .filter((x) => !sumber.includes(x));
        expect(asing, file).toEqual([]);
      }
      expect(galat).toEqual([]);
      await c.close();
    }, 600_000);

    it("the shipped sample: each guru's total in the per-guru table, a held guru ditunda with its refused line", async () => {
      const file = join(root, 'examples', 'data', 'guru.csv');
      const cli = barisCsv(keluaranCli(file).berkas['ringkasan.csv']!);
      const kepala = cli[0]!;
      const kol = (k: string) => kepala.indexOf(k);
      const c = await konteks();
      const { page, galat } = await halaman(c, '#berkas');
      await periksa(page, file);
      const tabel = await page
        .locator('#tabel-guru tbody tr')
        .evaluateAll((tr) =>
          tr.map((x) => [
            x.getAttribute('data-nip'),
            [x.getAttribute('data-status'), x.getAttribute('data-jumlah'), x.textContent],
          ]),
        );
      const perNip = new Map(tabel as [string, [string, string, string]][]);
      const baris = cli.slice(1).filter((r) => r.length === kepala.length);
      expect(perNip.size).toBe(baris.length);
      const ditunda = baris.filter((r) => r[kol('status')] === 'ditunda');
      expect(ditunda.length).toBeGreaterThan(0);
      for (const r of baris) {
        const [status, jumlah, teks] = perNip.get(r[kol('nip')]!)!;
        expect(status, r[kol('nip')]).toBe(r[kol('status')]);
        expect(jumlah, r[kol('nip')]).toBe(r[kol('ak_kumulatif')]!.replace(',', '.'));
        if (status === 'lengkap') {
          // The total on screen, with a decimal comma.
          expect(teks).toContain(r[kol('ak_kumulatif')]!);
          continue;
        }
        // Held: "Ditunda" with each refused line (its number; the message in the page's words), no figure.
        expect(teks).toContain('Ditunda');
        for (const m of r[kol('alasan')]!.matchAll(/baris (\d+):/g)) expect(teks).toContain(`baris ${m[1]}:`);
        expect(jumlah).toBe('');
      }
      // The sample's held guru for an unknown predikat says which label it was.
      const lusia = perNip.get('197007222004031001')!;
      expect(lusia[0]).toBe('ditunda');
      expect(lusia[2]).toContain('Luar Biasa');
      // A guru's PAK one click away, as HTML and as PDF (a held guru has neither).
      const lengkap = baris.find((r) => r[kol('status')] === 'lengkap')![kol('nip')]!;
      expect(await page.locator(`#tabel-guru tr[data-nip="${lengkap}"] button.buka-pak`).allInnerTexts()).toEqual([
        'HTML',
        'PDF',
      ]);
      expect(await page.locator('#tabel-guru tr[data-nip="197007222004031001"] button.buka-pak').count()).toBe(0);
      await expect.poll(() => page.locator('#berkas-pdf').innerText(), { timeout: 60_000 }).toMatch(/dibuat\.$/);
      const [tab] = await Promise.all([
        page.context().waitForEvent('page'),
        page.click(`#tabel-guru tr[data-nip="${lengkap}"] button[data-berkas="${lengkap}.pdf"]`),
      ]);
      await expect.poll(() => tab.url()).toMatch(/^blob:/);
      expect(galat).toEqual([]);
      await c.close();
    }, 120_000);

    it('a hostile 10 000-row file: stray quotes, unknown labels, a bad NIP, an unclosed quote; the page stays responsive, every line accounted for', async () => {
      const { teks, baris } = berkasBesar(2500);
      const file = join(dir, 'guru-besar.csv');
      writeFileSync(file, teks);
      const c = await konteks({ acceptDownloads: true });
      const { page, galat } = await halaman(c, '#berkas');
      await page.locator('#berkas-masukan').waitFor();
      // Long tasks on the main thread while the worker reads the file.
      await page.evaluate(() => {
        (window as unknown as { panjang: number[] }).panjang = [];
        new PerformanceObserver((l) =>
          (window as unknown as { panjang: number[] }).panjang.push(...l.getEntries().map((e) => e.duration)),
        ).observe({ type: 'longtask', buffered: false });
      });
      // 2 500 PDFs take minutes: this file is checked as `pak` without --pdf.
      await page.uncheck('#berkas-dengan-pdf');
      const t0 = Date.now();
      await page.locator('#berkas-masukan').setInputFiles(file);
      // The page answers while the file is read.
      const jeda: number[] = [];
      const kemajuan = new Set<number>();
      while ((await page.locator('#berkas-hasil[data-keadaan="selesai"]').count()) === 0 && Date.now() - t0 < 120_000) {
        const a = Date.now();
        kemajuan.add(await page.evaluate(() => (document.getElementById('kemajuan') as HTMLProgressElement).value));
        jeda.push(Date.now() - a);
        await page.waitForTimeout(25);
      }
      await selesai(page);
      // The progress bar moved through the file (not only 0 and 1).
      expect([...kemajuan].some((v) => v > 0 && v < 1)).toBe(true);
      const lama = Date.now() - t0;
      expect(Math.max(0, ...jeda)).toBeLessThan(1000);
      const panjang = await page.evaluate(() => (window as unknown as { panjang: number[] }).panjang);
      process.stdout.write(
        `10 000-row file: ${lama} ms in the worker; main-thread answers ≤ ${Math.max(0, ...jeda)} ms; long tasks ${panjang.map(Math.round).join(', ') || 'none'}\n`,
      );
      expect(await page.locator('#jumlah-baris strong').innerText()).toBe(String(baris));
      expect(await page.locator('#kemajuan').evaluate((e) => (e as HTMLProgressElement).value)).toBe(1);
      const { teks: zip, pdf } = await unduhZipPdf(page);
      diperhitungkan(zip, baris);
      // No PDF asked for (the CLI's run below has no --pdf either; the PDFs are compared on the fixtures and the sample).
      expect(Object.keys(pdf)).toEqual([]);
      // The same outputs as the CLI for the same file.
      const cli = keluaranCli(file);
      expect(Object.keys(zip).sort()).toEqual(Object.keys(cli.berkas).sort());
      for (const [nama, isi] of Object.entries(cli.berkas)) expect(zip[nama] === isi, nama).toBe(true);
      // The CLI's own summary of the run, as it prints it: rows (not messages), the assumption said once.
      const ringkas = await page.locator('#ringkasan-cli').innerText();
      expect(ringkas).toContain(`${barisCsv(zip['diterima.csv']!).length - 1} baris diterima`);
      expect(ringkas).toContain('jenjang diambil dari golongan');
      const g = barisCsv(zip['galat.csv']!);
      expect(g.some((r) => r[5] === 'kutip-tidak-ditutup' || r[5] === 'kutip-tidak-valid')).toBe(true);
      expect(g.some((r) => r[5] === 'label-tidak-dikenal' && r[3] === 'Predikat')).toBe(true);
      expect(g.some((r) => r[5] === 'nip-tidak-valid')).toBe(true);
      expect(barisCsv(zip['diterima.csv']!).some((r) => r[2]?.includes('"ACO"'))).toBe(true);
      // The dialect of the input: ';', decimal comma, BOM, CRLF.
      expect(zip['ringkasan.csv']!.startsWith('\uFEFFunit_kerja;nip;')).toBe(true);
      expect(zip['ringkasan.csv']!.includes('\r\n')).toBe(true);
      // The table: filter by a NIP, sort by name.
      await page.fill('#baris-saring', nip(12));
      await expect.poll(() => page.locator('#tabel-baris tbody tr').count()).toBe(4);
      await page.fill('#baris-saring', '');
      await page.selectOption('#baris-status', 'ditolak');
      const status = await page
        .locator('#tabel-baris tbody tr')
        .evaluateAll((tr) => tr.map((x) => x.getAttribute('data-status')));
      expect(status.length).toBeGreaterThan(0);
      expect(new Set(status)).toEqual(new Set(['ditolak']));
      await page.click('#tabel-baris button.urut[data-kolom="nama"]');
      expect(await page.locator('#tabel-baris th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
      // The per-guru table: one line per NIP of ringkasan.csv, the guru with a refused row ditunda.
      const ringkasanGuru = barisCsv(zip['ringkasan.csv']!).slice(1);
      await page.fill('#guru-saring', nip(12));
      await expect.poll(() => page.locator('#tabel-guru tbody tr').count()).toBe(1);
      const satu = ringkasanGuru.find((r) => r[1] === nip(12))!;
      expect(await page.locator('#tabel-guru tbody tr').getAttribute('data-jumlah')).toBe(satu[9]!.replace(',', '.'));
      expect(galat).toEqual([]);
      await c.close();
    }, 240_000);

    it('an HTML table saved as .xls, an XLSX, and a file that is no table: read, or refused with a message, never an uncaught error', async () => {
      const html = join(dir, 'ekspor.xls');
      writeFileSync(
        html,
        `<html><head><meta charset="utf-8"></head><body><table border="1"><tr><th>NIP</th><th>Nama</th><th>Golongan</th><th>Tahun</th><th>Bulan Mulai</th><th>Bulan Selesai</th><th>Predikat</th></tr>` +
          `<tr><td>197505152000032004</td><td>Siti &amp; Aminah</td><td>IV/b</td><td>2025</td><td>1</td><td>12</td><td>Baik</td></tr>` +
          `<tr><td>19750515200003200</td><td>NIP pendek</td><td>IV/b</td><td>2025</td><td>1</td><td>12</td><td>Baik</td></tr></table></body></html>`,
      );
      const xlsx = join(dir, 'guru.xlsx');
      await writeXlsxFile([
        ['NIP', 'Nama', 'Golongan', 'Tahun', 'Bulan Mulai', 'Bulan Selesai', 'Predikat'].map((value) => ({
          type: String,
          value,
        })),
        ['198701012010012001', 'Budi', 'III/d', 2025, 1, 12, 'Sangat Baik'].map((value) =>
          typeof value === 'number' ? { type: Number, value } : { type: String, value },
        ),
      ]).toFile(xlsx);
      const pdf = join(dir, 'bukan.csv');
      writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x8f)]));
      const c = await konteks({ acceptDownloads: true });
      const { page, galat } = await halaman(c, '#berkas');
      await periksa(page, html);
      expect(await page.locator('#jumlah-diterima strong').innerText()).toBe('1');
      expect(await page.locator('#jumlah-ditolak strong').innerText()).toBe('1');
      diperhitungkan(await unduhZip(page), 2);
      await periksa(page, xlsx);
      expect(await page.locator('#jumlah-diterima strong').innerText()).toBe('1');
      await page.locator('#berkas-masukan').setInputFiles(pdf);
      await page.locator('#berkas-ditolak').waitFor();
      expect((await page.locator('#berkas-ditolak').innerText()).length).toBeGreaterThan(20);
      expect(galat).toEqual([]);
      expect(situs().keluar).toEqual([]);
      expect(situs().dilayani.every((r) => r.startsWith('GET '))).toBe(true);
      await c.close();
    }, 120_000);

    it("a header without the required fields: the page's column map (the CLI's --kolom), chosen by the operator, then the CLI's outputs", async () => {
      const file = join(dir, 'template.csv');
      writeFileSync(
        file,
        'Nomor Induk;Nama Guru;Pangkat Gol;Tahun;Predikat\n198701012010012001;Budi;III/d;2025;Baik\n197505152000032004;Siti;IV/b;2025;Sangat Baik\n',
      );
      const c = await konteks({ acceptDownloads: true });
      const { page, galat } = await halaman(c, '#berkas');
      await page.locator('#berkas-masukan').setInputFiles(file);
      await page.locator('#peta-kolom').waitFor();
      const kurang = await page.locator('#peta-kolom select').evaluateAll((s) => s.map((x) => x.id));
      const pilihan: Record<string, string> = { nip: 'Nomor Induk', nama: 'Nama Guru', golongan: 'Pangkat Gol' };
      for (const id of kurang) await page.selectOption(`#${id}`, pilihan[id.replace('peta-', '')]!);
      await page.click('#peta-periksa');
      await selesai(page);
      expect(await page.locator('#jumlah-diterima strong').innerText()).toBe('2');
      const web = await unduhZip(page);
      const peta = join(dir, 'peta.json');
      writeFileSync(peta, JSON.stringify(pilihan));
      const keluar = join(mkdtempSync(join(tmpdir(), 'pk-web-cli-')), 'keluar');
      const r = spawnSync(
        process.execPath,
        [join(root, 'dist', 'cli.js'), 'pak', file, '--kolom', peta, '--keluar', keluar],
        { cwd: root, encoding: 'utf8', env: { ...process.env, CI: '1' } },
      );
      expect(r.status).toBe(0);
      for (const f of ['diterima.csv', 'galat.csv', 'ringkasan.csv'])
        expect(web[f], f).toBe(readFileSync(join(keluar, f), 'utf8'));
      expect(galat).toEqual([]);
      await c.close();
    }, 120_000);

    it('axe-core: no violation of any impact in the operator view (results, a refusal with the column map); no sideways scroll at 360 px; screenshots', async () => {
      const ke = process.env['PK_WEB_SCREENSHOTS'] === '1' ? join(root, 'docs') : join(situs().dir, 'gambar');
      mkdirSync(ke, { recursive: true });
      const template = join(dir, 'template-axe.csv');
      writeFileSync(
        template,
        'Nomor Induk;Nama Guru;Pangkat Gol;Tahun;Predikat\n198701012010012001;Budi;III/d;2025;Baik\n',
      );
      for (const [nama, viewport] of [
        ['ponsel', { width: 360, height: 1400 }],
        ['desktop', { width: 1280, height: 1200 }],
      ] as const) {
        const c = await konteks({ viewport, bypassCSP: true });
        const { page } = await halaman(c, '#berkas');
        await periksa(page, join(root, 'examples', 'data', 'guru.csv'));
        expect(await axeBerat(page)).toEqual([]);
        expect(await lebarBerlebih(page)).toBe(0);
        await page.screenshot({ path: join(ke, `web-berkas-${nama}.png`) });
        await page.locator('#berkas-masukan').setInputFiles(template);
        await page.locator('#peta-kolom').waitFor();
        expect(await axeBerat(page)).toEqual([]);
        expect(await lebarBerlebih(page)).toBe(0);
        await c.close();
      }
    }, 120_000);
  });
}
