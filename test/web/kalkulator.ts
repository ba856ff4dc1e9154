/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  angkaKreditIntegrasi,
  createPakPenetapan,
  createRekamAngkaKredit,
  ketentuanUntuk,
  proyeksiKenaikan,
  unwrap,
  type Jenjang,
  type Predikat,
} from '../../src';
import { axeBerat, halaman, konteks, lebarBerlebih, root, situs } from './situs';

// The teacher's calculator, built as `npm run web` builds it, driven in Debian's chromium. Every figure the
// page shows is compared with the library's own result for the same input (the worked cases of test/pak and
// test/penilaian).

/** The calculator's JS (min+gzip, every script the calculator view loads): the budget CI enforces. */
const BUDGET_KALKULATOR_GZIP = 70 * 1024;

const NIP = '198701012010012001';

/** 2023, the first konversi year, is computed once the library has its rule set; refused until then. */
const ada2023 = (() => {
  try {
    ketentuanUntuk('2023-01-01');
    return true;
  } catch {
    return false;
  }
})();

/** A context whose every request to anything but the site's own server is aborted and recorded. */
async function buka(c: BrowserContext, hash = ''): Promise<{ page: Page; galat: string[] }> {
  const { page, galat } = await halaman(c, hash);
  await page.locator('#hasil h2').waitFor();
  return { page, galat };
}

const tepat = (page: Page, sel: string) => page.locator(sel).getAttribute('data-tepat');

function rekam(tahun: number, jenjang: Jenjang, predikat: Predikat, bulanMulai = 1, bulanAkhir = 12) {
  return createRekamAngkaKredit({ tahun, bulanMulai, bulanAkhir, jenjang, predikat });
}

export function ujiKalkulator(): void {
  describe('the teacher calculator in Chromium', () => {
    it('the page typechecks against the built package (as a user imports it)', () => {
      execFileSync(
        process.execPath,
        [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', join(root, 'examples', 'web')],
        { cwd: root, stdio: 'pipe' },
      );
    }, 120_000);

    it('PAK Integrasi 550.63 at IV/b: 150.63, then konversi into a Penetapan, as the library computes it (typed in by hand)', async () => {
      const c = await konteks();
      const { page, galat } = await buka(c);
      await page.selectOption('#golongan', 'IV/b');
      await page.check('#mulai-integrasi');
      await page.fill('#ak-konvensional', '550,63');
      await page.selectOption('#golongan-2022', 'IV/b');
      const awal = ada2023 ? 2023 : 2024;
      await page.selectOption('#tahun-akhir', '2025');
      await page.selectOption('#tahun-awal', String(awal));
      if (ada2023) await page.selectOption('#predikat-2023-1', 'sangat-baik');
      await page.selectOption('#predikat-2024-2', 'sangat-baik');
      await page.selectOption('#predikat-proyeksi', 'baik');

      const integrasi = unwrap(angkaKreditIntegrasi({ golongan: 'IV/b', akKumulatif: '550.63' }));
      const konversi = [
        ...(ada2023 ? [rekam(2023, 'ahli-madya', 'sangat-baik')] : []),
        rekam(2024, 'ahli-madya', 'baik', 1, 6),
        rekam(2024, 'ahli-madya', 'sangat-baik', 7, 12),
        rekam(2025, 'ahli-madya', 'baik'),
      ];
      const p = unwrap(
        createPakPenetapan({ pegawai: { nama: 'Budi', nip: NIP, golongan: 'IV/b' }, integrasi, konversi }),
      );
      expect(await tepat(page, '#ak-integrasi')).toBe('150.63');
      await expect.poll(() => page.locator('#ak-integrasi').innerText()).toContain('150,63');
      expect(await tepat(page, '#ak-konversi')).toBe(p.akKonversi);
      expect(await tepat(page, '#ak-kumulatif')).toBe(p.akKumulatif);
      expect(await page.locator('#kenaikan-pangkat').getAttribute('data-selisih')).toBe(p.kenaikanPangkat?.selisih);
      expect(await page.locator('#kenaikan-jenjang').getAttribute('data-selisih')).toBe(p.kenaikanJenjang?.selisih);
      expect(await page.locator('#pembulatan').innerText()).toContain('2 desimal, setengah ke atas');
      expect(
        await page.locator('#syarat-lain li').evaluateAll((li) => li.map((x) => x.getAttribute('data-kode'))),
      ).toEqual(['masa-kerja', 'uji-kompetensi', 'formasi']);
      // The projection is the library's, from the Penetapan's akKumulatif at Baik.
      const y = proyeksiKenaikan({
        golongan: 'IV/b',
        akKumulatif: p.akKumulatif,
        predikat: 'baik',
        mulai: { tahun: 2026, ke: 1 },
        maksimumPeriode: 16,
      });
      expect(
        await page
          .locator('#daftar-proyeksi li')
          .evaluateAll((li) => li.map((x) => `${x.getAttribute('data-ke')}@${x.getAttribute('data-periode')}`)),
      ).toEqual(y.kenaikan.map((k) => `${k.ke}@${k.periode.tahun}-${k.periode.ke}`));
      expect(await page.locator('svg.grafik').getAttribute('role')).toBe('img');

      // The PAK pages from pengelolaan-kinerja/cetak: one per konversi record, the akumulasi and the Penetapan.
      await page.fill('#nama', 'Dra. Siti Aminah, M.Pd.');
      await page.fill('#nip', '19870101 201001 2 001');
      await page.click('#pak-tampilkan');
      const frame = page.frameLocator('#pak-bingkai');
      await expect.poll(() => frame.locator('section.halaman').count()).toBe(konversi.length + 2);
      expect(await frame.locator('section.halaman').last().innerText()).toContain('150,63');
      // Printed as the browser prints it: one A4 page per document.
      const cetak = await c.newPage();
      await cetak.setContent(await page.locator('#pak-bingkai').evaluate((f) => (f as HTMLIFrameElement).srcdoc));
      await cetak.emulateMedia({ media: 'print' });
      const pdf = await cetak.pdf({ format: 'A4', preferCSSPageSize: true });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(konversi.length + 2);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/);
      await cetak.close();

      // The link the page offers, opened in a fresh browser (no storage): the same figures.
      const tautan = await page.locator('#tautan').inputValue();
      expect(tautan).not.toContain(NIP);
      expect(tautan).not.toContain('Aminah');
      const c2 = await konteks();
      const kedua = await buka(c2, tautan.slice(situs().asal.length + 1));
      expect(await tepat(kedua.page, '#ak-kumulatif')).toBe(p.akKumulatif);
      expect(await kedua.page.locator('#nama').inputValue()).toBe('');
      expect([...galat, ...kedua.galat]).toEqual([]);
      await c.close();
      await c2.close();
    }, 60_000);

    it("PerBKN 3/2023's 175 (AK Dasar III/d + three years Baik) through a shared URL, and the shortfall made up in 2027", async () => {
      const c = await konteks();
      // Golongan and predikat as people write them ("Penata Tk.I", "Baik"), read by the library's parsers.
      const { page, galat } = await buka(
        c,
        '#kalkulator?g=Penata%20Tk.I&m=perpindahan&dasar=golongan&t0=2024&t1=2026&p2025=Baik&pr=Baik',
      );
      expect(await page.locator('#golongan').inputValue()).toBe('III/d');
      const p = unwrap(
        createPakPenetapan({
          pegawai: { nama: 'Siti', nip: NIP, golongan: 'III/d' },
          akDasar: 'golongan',
          konversi: [
            rekam(2024, 'ahli-muda', 'baik', 1, 6),
            rekam(2024, 'ahli-muda', 'baik', 7, 12),
            rekam(2025, 'ahli-muda', 'baik'),
            rekam(2026, 'ahli-muda', 'baik'),
          ],
        }),
      );
      expect(p.akKumulatif).toBe('175');
      expect(await tepat(page, '#ak-dasar-hasil')).toBe('100');
      // No PAK Integrasi: absent, not 0.
      expect(await tepat(page, '#ak-integrasi')).toBe('');
      expect(await page.locator('#ak-integrasi').innerText()).toContain('tidak ada');
      expect(await tepat(page, '#ak-kumulatif')).toBe('175');
      expect(await page.locator('#ak-kumulatif').innerText()).toContain('175,00');
      expect(await page.locator('#kenaikan-pangkat').getAttribute('data-syarat')).toBe('200');
      expect(await page.locator('#kenaikan-pangkat').getAttribute('data-selisih')).toBe('-25');
      expect(await page.locator('#kenaikan-pangkat').innerText()).toContain('Kekurangan 25,00');
      expect(await page.locator('#daftar-proyeksi li').first().getAttribute('data-periode')).toBe('2027-1');
      expect(await page.locator('#daftar-proyeksi li').first().getAttribute('data-ke')).toBe('IV/a');
      expect(galat).toEqual([]);
      await c.close();
    }, 60_000);

    it('a jenjang reset: the promotion into Ahli Muda starts the AK again at 0 (PerBKN 11/2022 Pasal 37), as proyeksiKenaikan says', async () => {
      const c = await konteks();
      // 82.5 AK Dasar + 2025 Baik (12.5) = 95 at III/b; Sangat Baik from 2026 (test/penilaian: the same start).
      const { page, galat } = await buka(
        c,
        '#kalkulator?g=III%2Fb&m=perpindahan&dasar=82.5&t0=2025&t1=2025&pr=sangat-baik',
      );
      expect(await tepat(page, '#ak-kumulatif')).toBe('95');
      const y = proyeksiKenaikan({
        golongan: 'III/b',
        akKumulatif: '95',
        predikat: 'sangat-baik',
        mulai: { tahun: 2026, ke: 1 },
        maksimumPeriode: 16,
      });
      expect(y.kenaikan[0]).toMatchObject({
        jenis: 'jenjang',
        ke: 'III/c',
        periode: { tahun: 2026, ke: 1 },
        akJenjang: '113.75',
      });
      expect(y.kenaikan[1]).toMatchObject({
        jenis: 'pangkat',
        ke: 'III/d',
        periode: { tahun: 2029, ke: 1 },
        akPangkat: '112.5',
      });
      const li = page.locator('#daftar-proyeksi li');
      expect([
        await li.nth(0).getAttribute('data-ke'),
        await li.nth(0).getAttribute('data-periode'),
        await li.nth(0).getAttribute('data-ak'),
      ]).toEqual(['III/c', '2026-1', '113.75']);
      // In Ahli Muda from 0 (III/c has no AK Dasar): the cumulative at III/d is the library's akPangkat.
      expect([
        await li.nth(1).getAttribute('data-ke'),
        await li.nth(1).getAttribute('data-periode'),
        await li.nth(1).getAttribute('data-ak'),
      ]).toEqual(['III/d', '2029-1', '112.5']);

      // A PAK Integrasi made in the earlier jenjang (III/b in 2022, III/c now) is not counted, with the library's reason.
      await page.goto(`${situs().asal}/#kalkulator?g=III%2Fc&m=integrasi&ak=180&g22=III%2Fb&t0=2025&t1=2025&pr=baik`);
      await page.locator('#integrasi-tidak-dihitung').waitFor();
      expect(await page.locator('#integrasi-tidak-dihitung').innerText()).toContain(
        'sesudah kenaikan jenjang angka kredit dihitung dari awal',
      );
      expect(await tepat(page, '#ak-kumulatif')).toBe('25');
      expect(galat).toEqual([]);
      await c.close();
    }, 60_000);

    it(ada2023
      ? '2023 is computed under its own rule set'
      : "2023 is refused with the library's own message until the library has its rule set", async () => {
      const c = await konteks();
      const { page } = await buka(c, '#kalkulator?g=III%2Fa&m=baru&t0=2023&t1=2023&pr=baik');
      if (ada2023) {
        expect(await tepat(page, '#ak-kumulatif')).toBe(rekam(2023, 'ahli-pertama', 'baik').angkaKredit);
      } else {
        let pesan = '';
        try {
          ketentuanUntuk('2023-01-01');
        } catch (e) {
          pesan = (e as Error).message;
        }
        expect(await page.locator('#galat-hasil').innerText()).toContain(pesan);
      }
      await c.close();
    }, 60_000);

    it('English on a button, kept for the next visit; the library messages switch too', async () => {
      const c = await konteks();
      const { page } = await buka(c, '#kalkulator?g=III%2Fd&m=perpindahan&dasar=golongan&t0=2024&t1=2026&pr=baik');
      await page.click('#ganti-bahasa');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').innerText()).toBe('When is my next promotion?');
      expect(await page.locator('#ak-kumulatif').innerText()).toContain('175.00');
      await page.reload();
      await page.locator('#hasil h2').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      // A message of the library, in English (messageEn).
      await page.goto(`${situs().asal}/#kalkulator?g=III%2Fc&m=integrasi&ak=180&g22=III%2Fb&t0=2025&t1=2025&pr=baik`);
      await page.locator('#integrasi-tidak-dihitung').waitFor();
      expect(await page.locator('#integrasi-tidak-dihitung').innerText()).toContain(
        'after a jenjang promotion angka kredit starts again',
      );
      await c.close();
    }, 60_000);

    it('axe-core finds no violation of any impact (both languages, phone and desktop); no sideways scroll at 360 px', async () => {
      for (const viewport of [
        { width: 360, height: 780 },
        { width: 1280, height: 900 },
      ]) {
        // axe is injected as a script, which the page's CSP forbids: only this context bypasses it.
        const c = await konteks({ viewport, bypassCSP: true });
        const { page } = await buka(c, '#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2023&t1=2025&pr=baik');
        await page.fill('#nama', 'Budi');
        await page.fill('#nip', NIP);
        await page.click('#pak-tampilkan');
        await page.locator('#pak-bingkai').waitFor();
        for (const _ of ['id', 'en']) {
          expect(await axeBerat(page)).toEqual([]);
          expect(await lebarBerlebih(page)).toBe(0);
          await page.click('#ganti-bahasa');
          await page.locator('#hasil h2').waitFor();
        }
        await c.close();
      }
    }, 120_000);

    it('keyboard: skip link, every control reachable by Tab, results update without a mouse', async () => {
      const c = await konteks();
      const { page } = await buka(c);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('lewati');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi');
      const dicapai = new Set<string>();
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        dicapai.add(await page.evaluate(() => document.activeElement?.id ?? ''));
      }
      for (const id of [
        'ganti-bahasa',
        'golongan',
        'jenjang',
        'mulai-baru',
        'tahun-awal',
        'bulan-awal',
        'tahun-akhir',
        'predikat-2024-1',
        'predikat-2024-2',
        'predikat-proyeksi',
        'nama',
        'nip',
        'pak-tampilkan',
        'tautan-salin',
      ]) {
        expect(dicapai).toContain(id);
      }
      // The radio group moves with the arrow keys and shows the chosen start's fields.
      await page.focus('#mulai-baru');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => page.locator('#isian-perpindahan').isVisible()).toBe(true);
      await page.focus('#golongan');
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('#golongan').inputValue()).toBe('III/b');
      expect(await page.locator('#ringkasan-hasil').innerText()).toContain('kumulatif');
      await c.close();
    }, 60_000);

    it('no request leaves the page, and after load the calculator makes none at all; its JS stays within budget', async () => {
      const c = await konteks();
      const page = await c.newPage();
      const js: string[] = [];
      const semua: string[] = [];
      page.on('request', (r) => semua.push(`${r.method()} ${r.url()}`));
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) js.push(new URL(r.url()).pathname);
      });
      await page.goto(`${situs().asal}/#kalkulator?g=III%2Fd&m=perpindahan&dasar=golongan&t0=2024&t1=2026&pr=baik`);
      await page.locator('#hasil h2').waitFor();
      await page.waitForLoadState('networkidle');
      const dimuat = semua.length;
      await page.selectOption('#golongan', 'IV/a');
      await page.selectOption('#tahun-akhir', '2025');
      await page.fill('#nama', 'Budi');
      await page.fill('#nip', NIP);
      await page.click('#pak-tampilkan');
      await page.locator('#pak-bingkai').waitFor();
      await page.click('#ganti-bahasa');
      await page.waitForTimeout(300);
      // After load only the favicon and, once a PAK page is asked for, its code (both precached for offline use).
      expect(semua.slice(dimuat).filter((r) => !/^GET \S+\/(ikon-\d+\.png|assets\/cetak-[\w-]+\.js)$/.test(r))).toEqual(
        [],
      );
      expect(semua.every((r) => r.startsWith(`GET ${situs().asal}/`))).toBe(true);
      // The calculator loads no reader, worker or zip code: those are the operator view's chunks.
      expect(js.some((f) => /operator|pekerja|worker/i.test(f))).toBe(false);
      // Nor does the calculator's script carry the reader's code (its refusal codes) or the ZIP's.
      for (const f of js)
        expect(readFileSync(join(situs().dir, f), 'utf8')).not.toMatch(/kutip-tidak-ditutup|zipSync|readSheet/);
      // The calculator's budget: what its view loads; the PAK page's code (loaded on request) is reported apart.
      const gz = (f: string) => gzipSync(readFileSync(join(situs().dir, f)), { level: 9 }).length;
      const pak = js.filter((f) => /\/cetak-[\w-]+\.js$/.test(f));
      const ukuran = js.filter((f) => !pak.includes(f)).reduce((n, f) => n + gz(f), 0);
      process.stdout.write(
        `calculator JS: ${js.length - pak.length} file(s), ${(ukuran / 1024).toFixed(1)} kB min+gzip (budget ${BUDGET_KALKULATOR_GZIP / 1024} kB); the PAK page's code on request ${(pak.reduce((n, f) => n + gz(f), 0) / 1024).toFixed(1)} kB\n`,
      );
      expect(ukuran).toBeLessThanOrEqual(BUDGET_KALKULATOR_GZIP);
      expect(situs().keluar).toEqual([]);
      expect(situs().dilayani.every((r) => r.startsWith('GET '))).toBe(true);
      await c.close();
    }, 60_000);

    it('screenshots of the calculator, phone and desktop (docs/ with PK_WEB_SCREENSHOTS=1)', async () => {
      const ke = process.env['PK_WEB_SCREENSHOTS'] === '1' ? join(root, 'docs') : join(situs().dir, 'gambar');
      mkdirSync(ke, { recursive: true });
      for (const [nama, viewport] of [
        ['ponsel', { width: 360, height: 780 }],
        ['desktop', { width: 1280, height: 1300 }],
      ] as const) {
        const c = await konteks({ viewport });
        const { page } = await buka(
          c,
          '#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2023&t1=2025&p2023=sangat-baik&p2024=baik,sangat-baik&pr=baik',
        );
        // The phone's whole page (form, then results, chart and the PAK section), the desktop's first screen.
        await page.screenshot({ path: join(ke, `web-kalkulator-${nama}.png`), fullPage: nama === 'ponsel' });
        await c.close();
      }
    }, 60_000);
  });
}
