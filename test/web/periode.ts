/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createRekamAngkaKredit, proyeksiKenaikan } from '../../src';
import { halaman, konteks, root, situs } from './situs';

// Every period, messages in the teacher's words, the summary on a phone, the chart, saved scenarios and print.

async function buka(c: Parameters<typeof halaman>[0], hash = ''): Promise<Page> {
  const { page } = await halaman(c, hash);
  await page.locator('#hasil h2').waitFor();
  return page;
}

/** Decimal points as in `37.5` (one dot between digits; a dotted nomor SK or a date is not one). */
export const TITIK_DESIMAL = /(?<![\d.])\d+\.\d+(?![.\d])/g;
/** A function or property name as developers write them (camelCase), a pattern, a command-line flag. */
export const NAMA_KODE = /\b[a-z]+[A-Z][A-Za-z]*\b|\/\^|--[a-z]{3,}|\bnpx\b/g;

export function ujiPeriode(): void {
  describe('every period, messages, phone first, scenarios, print', () => {
    it('Ahli Madya, Baik, Januari–April: 12,50 (an end month for the last year)', async () => {
      const c = await konteks();
      const page = await buka(c, '#kalkulator?g=IV%2Fa&m=baru&t0=2025&t1=2025&p2025=baik&pr=baik');
      await page.selectOption('#bulan-akhir', '4');
      const r = createRekamAngkaKredit({
        tahun: 2025,
        bulanMulai: 1,
        bulanAkhir: 4,
        jenjang: 'ahli-madya',
        predikat: 'baik',
      });
      expect(r.angkaKredit).toBe('12.5');
      await expect.poll(() => page.locator('#ak-konversi').getAttribute('data-tepat')).toBe('12.5');
      expect(await page.locator('#ak-konversi').innerText()).toContain('12,50');
      expect(await page.locator('#predikat-2025-1-bantuan').innerText()).toBe('Januari–April');
      expect(await page.locator('#tautan').inputValue()).toContain('b1=4');
      await c.close();
    }, 60_000);

    it('a projection with 2027 Sangat Baik and 2028 Baik (the later years follow the last): the hand figures', async () => {
      const c = await konteks();
      // III/d, AK Dasar 100 + Baik 2024–2026 = 175 at the end of 2026.
      const page = await buka(c, '#kalkulator?g=III%2Fd&m=perpindahan&dasar=golongan&t0=2024&t1=2026&pr=baik');
      await page.selectOption('#predikat-proyeksi', 'sangat-baik');
      await page.selectOption('#predikat-proyeksi-1', 'baik');
      expect(await page.locator('#tautan').inputValue()).toContain('pr=sangat-baik%2Cbaik');
      // By hand: 175 + 25 × 150% = 212,5 ≥ 200 in 2027: IV/a (Ahli Madya, AK from 0); then 37,5 a year at Baik,
      // 150 after four years: IV/b in 2031.
      const li = page.locator('#daftar-proyeksi li');
      await expect
        .poll(() =>
          li.evaluateAll((x) => x.map((e) => `${e.getAttribute('data-ke')}@${e.getAttribute('data-periode')}`)),
        )
        .toEqual(expect.arrayContaining(['IV/a@2027-1', 'IV/b@2031-1']));
      expect(await li.nth(0).getAttribute('data-ak')).toBe('212.5');
      expect(await li.nth(1).getAttribute('data-ak')).toBe('150');
      const y = proyeksiKenaikan({
        golongan: 'III/d',
        akKumulatif: '175',
        predikat: ['sangat-baik', 'baik'],
        mulai: { tahun: 2027, ke: 1 },
        maksimumPeriode: 16,
      });
      expect(await li.evaluateAll((x) => x.map((e) => e.getAttribute('data-ke')))).toEqual(y.kenaikan.map((k) => k.ke));
      await c.close();
    }, 60_000);

    it('a shared link with ak=1e9, an AK Dasar of 99 999 or an unknown golongan: a message next to the field, never a silent default', async () => {
      const c = await konteks();
      const page = await buka(c, '#kalkulator?g=IV%2Fb&m=integrasi&ak=1e9&t0=2025&t1=2025&pr=baik');
      expect(await page.locator('#ak-konvensional').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#ak-konvensional-galat').innerText()).toContain('Tulis angka saja');
      expect(await page.locator('#ak-konvensional').getAttribute('aria-describedby')).toContain(
        'ak-konvensional-galat',
      );
      expect(await page.locator('#ringkas-atas').innerText()).toContain('Belum dapat dihitung');
      await page.fill('#ak-konvensional', '99999');
      await expect.poll(() => page.locator('#ak-konvensional-galat').innerText()).toContain('antara 0 dan 2\u00a0000');
      await page.fill('#ak-konvensional', '550,63');
      await expect.poll(() => page.locator('#ak-konvensional').getAttribute('aria-invalid')).toBe(null);
      expect(await page.locator('#ak-integrasi').getAttribute('data-tepat')).toBe('150.63');
      // Out of the golongan's range: the library's refusal, in the page's words, next to the field.
      await page.fill('#ak-konvensional', '0');
      await expect.poll(() => page.locator('#ak-konvensional-galat').innerText()).toContain('di luar rentang');
      expect(await page.locator('#ak-konvensional-galat').innerText()).not.toMatch(TITIK_DESIMAL);
      const kedua = await buka(c, '#kalkulator?g=XYZ&m=perpindahan&dasar=99999&t0=2025&t1=2025&pr=baik');
      expect(await kedua.locator('#catatan-tautan').innerText()).toContain('"XYZ"');
      expect(await kedua.locator('#ak-dasar').getAttribute('aria-invalid')).toBe('true');
      expect(await kedua.locator('#ak-dasar-galat').innerText()).toContain('antara 0 dan 1\u00a0000');
      await c.close();
    }, 60_000);

    it('a link never overwrites the saved calculation without asking; clearing clears the link too', async () => {
      const c = await konteks();
      const page = await buka(c, '#kalkulator?g=III%2Fd&m=perpindahan&dasar=golongan&t0=2024&t1=2026&pr=baik');
      const simpanan = () => page.evaluate(() => localStorage.getItem('pengelolaan-kinerja:kalkulator'));
      const milikku = await simpanan();
      expect(milikku).toContain('g=III%2Fd');
      await page.goto(`${situs().asal}/#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2025&t1=2025&pr=baik`);
      await page.locator('#tautan-beda').waitFor();
      expect(await page.locator('#ak-integrasi').getAttribute('data-tepat')).toBe('150.63');
      await page.selectOption('#golongan', 'IV/c');
      expect(await simpanan()).toBe(milikku);
      await page.click('#tautan-tolak');
      await page.locator('#tautan-beda').waitFor({ state: 'detached' });
      expect(await page.locator('#golongan').inputValue()).toBe('III/d');
      await page.goto(`${situs().asal}/#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2025&t1=2025&pr=baik`);
      await page.click('#tautan-pakai');
      await page.locator('#tautan-beda').waitFor({ state: 'detached' });
      expect(await simpanan()).toContain('g=IV%2Fb');
      await Promise.all([page.waitForEvent('load'), page.click('#hapus-simpanan')]);
      await page.locator('#hasil h2').waitFor();
      expect(page.url()).not.toContain('ak=');
      expect(await page.locator('#golongan').inputValue()).toBe('III/a');
      await page.reload();
      await page.locator('#hasil h2').waitFor();
      expect(await page.locator('#golongan').inputValue()).toBe('III/a');
      await c.close();
    }, 60_000);

    it('several named scenarios on the device, exported and imported as a file', async () => {
      const c = await konteks({ acceptDownloads: true });
      const page = await buka(c, '#kalkulator?g=III%2Fd&m=perpindahan&dasar=golongan&t0=2024&t1=2026&pr=baik');
      await page.fill('#skenario-nama', 'Baik terus');
      await page.click('#skenario-simpan');
      await page.selectOption('#predikat-proyeksi', 'sangat-baik');
      await page.fill('#skenario-nama', 'Sangat Baik 2027');
      await page.click('#skenario-simpan');
      expect(await page.locator('#skenario-pilih option').allInnerTexts()).toEqual(['Baik terus', 'Sangat Baik 2027']);
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#skenario-ekspor')]);
      const berkas = await dl.path();
      const isi = JSON.parse(readFileSync(berkas, 'utf8')) as { skenario: Record<string, string> };
      expect(Object.keys(isi.skenario)).toEqual(['Baik terus', 'Sangat Baik 2027']);
      // On another device (a fresh context): import, then open one.
      const c2 = await konteks();
      const lain = await buka(c2);
      await lain.locator('#skenario-impor').setInputFiles(berkas);
      await expect.poll(() => lain.locator('#skenario-pilih option').count()).toBe(2);
      await lain.selectOption('#skenario-pilih', 'Baik terus');
      await lain.click('#skenario-buka');
      await expect.poll(() => lain.locator('#ak-kumulatif').getAttribute('data-tepat')).toBe('175');
      await c.close();
      await c2.close();
    }, 60_000);

    it('phone first: at 360×740 the summary is in the first screen; the chart has axis titles, ticks of at least 11 px, nothing clipped', async () => {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 900 },
      ]) {
        const c = await konteks({ viewport });
        const page = await buka(
          c,
          '#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2023&t1=2025&p2023=sangat-baik&p2024=baik,sangat-baik&pr=baik',
        );
        const ringkas = await page.locator('#ringkas-atas').boundingBox();
        expect(ringkas).not.toBeNull();
        expect(ringkas!.y + ringkas!.height).toBeLessThanOrEqual(viewport.height);
        expect(await page.locator('#ringkas-ak').innerText()).toBe(
          (await page.locator('#ak-kumulatif td').first().innerText()).trim(),
        );
        const grafik = await page.locator('svg.grafik').evaluate((s) => {
          const svg = s as SVGSVGElement;
          const kotak = svg.getBoundingClientRect();
          const teks = Array.from(svg.querySelectorAll('text')).map((t) => {
            const r = t.getBoundingClientRect();
            return {
              isi: t.textContent ?? '',
              kelas: t.getAttribute('class') ?? '',
              px: Number.parseFloat(getComputedStyle(t).fontSize) * (svg.getScreenCTM()?.a ?? 1),
              di:
                r.left >= kotak.left - 0.5 &&
                r.right <= kotak.right + 0.5 &&
                r.top >= kotak.top - 0.5 &&
                r.bottom <= kotak.bottom + 0.5,
            };
          });
          return teks;
        });
        expect(grafik.filter((t) => t.kelas === 'judul-sumbu').map((t) => t.isi)).toEqual([
          'Akhir periode penilaian',
          'Angka kredit',
        ]);
        for (const t of grafik) {
          expect(t.px, `${t.isi} at ${viewport.width}`).toBeGreaterThanOrEqual(11);
          expect(t.di, `${t.isi} clipped at ${viewport.width}`).toBe(true);
        }
        if (viewport.width === 360) {
          const ke = process.env['PK_WEB_SCREENSHOTS'] === '1' ? join(root, 'docs') : join(situs().dir, 'gambar');
          mkdirSync(ke, { recursive: true });
          await page.screenshot({ path: join(ke, 'web-kalkulator-ponsel-layar.png') });
        }
        await c.close();
      }
    }, 60_000);

    it('print: one clean A4 of the result (no navigation, form or buttons)', async () => {
      const c = await konteks();
      const page = await buka(
        c,
        '#kalkulator?g=IV%2Fb&m=integrasi&ak=550.63&t0=2023&t1=2025&p2023=sangat-baik&p2024=baik,sangat-baik&pr=baik',
      );
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      expect(await page.locator('#form-kalkulator').isVisible()).toBe(false);
      expect(await page.locator('#ak-kumulatif').isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
      await c.close();
    }, 60_000);
  });
}
