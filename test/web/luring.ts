/// <reference lib="dom" />
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ARGUMEN_CHROMIUM, CHROMIUM, root, sajikan, situs } from './situs';

// Offline and installable: the site's service worker (Workbox, written at build time) precaches every file, so after
// one visit the calculator and the operator view (its chunk, its worker) work with the network off; the web app
// manifest and the worker make Chromium report the page installable; a new version waits for the user.

async function siapLuring(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null)
      await new Promise<void>((r) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
      );
    return reg.active?.state;
  });
}

async function konteksPolos(): Promise<BrowserContext> {
  return situs().browser.newContext({ viewport: { width: 1280, height: 900 } });
}

export function ujiLuring(): void {
  describe('offline and installable', () => {
    it('after one load, offline: a reload shows both views and the operator view processes a file', async () => {
      const c = await konteksPolos();
      const page = await c.newPage();
      const galat: string[] = [];
      page.on('pageerror', (e) => galat.push(e.message));
      await page.goto(`${situs().asal}/#kalkulator`);
      await page.locator('#hasil h2').waitFor();
      await siapLuring(page);
      // Every file of the build is in the precache: the operator's chunk, its worker, the XLSX reader.
      const dipakai = await page.evaluate(async () => {
        const nama = await caches.keys();
        const isi: string[] = [];
        for (const n of nama) for (const r of await (await caches.open(n)).keys()) isi.push(new URL(r.url).pathname);
        return isi;
      });
      for (const pola of [/operator-.*\.js$/, /pekerja-.*\.js$/, /xlsx-.*\.js$/, /cetak-.*\.js$/, /index\.html$/])
        expect(
          dipakai.some((x) => pola.test(x)),
          String(pola),
        ).toBe(true);
      await c.setOffline(true);
      await page.reload();
      await page.locator('#hasil h2').waitFor();
      expect(await page.locator('#ringkas-ak').innerText()).toMatch(/\d,\d\d$/);
      await page.click('nav a[data-tampilan="berkas"]');
      await page.locator('#berkas-masukan').setInputFiles(join(root, 'examples', 'data', 'guru.csv'));
      await page.locator('#tabel-guru tbody tr').first().waitFor({ timeout: 60_000 });
      expect(await page.locator('#jumlah-guru strong').innerText()).not.toBe('0');
      // A fresh navigation (not a reload) to the operator view, offline.
      const kedua = await c.newPage();
      await kedua.goto(`${situs().asal}/#berkas`);
      await kedua.locator('#berkas-masukan').waitFor();
      expect(galat).toEqual([]);
      await c.close();
    }, 120_000);

    it('the manifest and the service worker are valid: Chromium reports the page installable', async () => {
      // A browser profile on disk, as a person's: Chromium never offers to install from an incognito context.
      const profil = mkdtempSync(join(tmpdir(), 'pk-web-profil-'));
      const c = await chromium.launchPersistentContext(profil, {
        executablePath: CHROMIUM,
        args: ARGUMEN_CHROMIUM,
        viewport: { width: 1280, height: 900 },
      });
      const page = c.pages()[0] ?? (await c.newPage());
      await page.goto(`${situs().asal}/`);
      await page.locator('#hasil h2').waitFor();
      await siapLuring(page);
      const cdp = await c.newCDPSession(page);
      const m = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; data?: string };
      expect(m.errors).toEqual([]);
      const manifest = JSON.parse(m.data ?? '{}') as { icons: { sizes: string; purpose?: string }[]; display: string };
      expect(manifest.display).toBe('standalone');
      expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
      const r = (await cdp.send('Page.getInstallabilityErrors' as never)) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(r.installabilityErrors.map((e) => e.errorId)).toEqual([]);
      await c.close();
      rmSync(profil, { recursive: true, force: true });
    }, 60_000);

    it('a new version waits for the user: "a new version is ready", then a click loads it', async () => {
      // A copy of the site served on its own port, whose sw.js then changes as a new deployment's would.
      const dir = mkdtempSync(join(tmpdir(), 'pk-web-versi-'));
      cpSync(situs().dir, dir, { recursive: true });
      const { server, asal } = await sajikan(dir);
      const c = await situs().browser.newContext();
      const page = await c.newPage();
      await page.goto(`${asal}/`);
      await page.locator('#hasil h2').waitFor();
      await siapLuring(page);
      expect(await page.locator('#versi-muat').count()).toBe(0);
      writeFileSync(join(dir, 'sw.js'), `${readFileSync(join(dir, 'sw.js'), 'utf8')}\n// versi berikutnya\n`);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.locator('#versi-muat').waitFor({ timeout: 30_000 });
      expect(await page.locator('#pemberitahuan').innerText()).toContain('Versi baru');
      await Promise.all([page.waitForEvent('load'), page.click('#versi-muat')]);
      await page.locator('#hasil h2').waitFor();
      expect(await page.locator('#versi-muat').count()).toBe(0);
      await c.close();
      await new Promise((r) => server.close(r));
      rmSync(dir, { recursive: true, force: true });
    }, 90_000);
  });
}
