import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { build } from 'esbuild';
import { HARAPAN, type HasilBaca } from './fixtures';
import { cocokHarapan } from './cocok';

// The same reader reads every fixture in Chromium. The reader (pengelolaan-kinerja/berkas, with the
// optional read-excel-file/universal for XLSX) is bundled for the browser platform (a `node:` import would fail the
// bundle), loaded into a blank page, and handed each fixture's bytes. .ci/run sets PK_BROWSER=1 (then Debian's
// chromium is required); elsewhere the test runs when /usr/bin/chromium exists.
const CHROMIUM = '/usr/bin/chromium';
const wajib = process.env['PK_BROWSER'] === '1';
const jalan = wajib || existsSync(CHROMIUM);
const FIXTURES = join(__dirname, '..', 'cli', 'fixtures');

describe.runIf(jalan)('the file reader in Chromium', () => {
  it('reads every fixture as Node does', async () => {
    const bundel = await build({
      entryPoints: [join(__dirname, '..', '..', 'src', 'berkas', 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'PKBerkas',
      write: false,
      target: 'es2020',
      logLevel: 'silent',
    });
    const kode = bundel.outputFiles[0]!.text;
    expect(kode).not.toMatch(/require\(["']node:/);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><title>berkas</title>');
      await page.addScriptTag({ content: kode });
      expect(
        readdirSync(FIXTURES)
          .filter((f) => !f.endsWith('.md'))
          .sort(),
      ).toEqual(HARAPAN.map((h) => h.berkas).sort());
      for (const h of HARAPAN) {
        const bytes = [...readFileSync(join(FIXTURES, h.berkas))];
        const hasil = (await page.evaluate(async (b: number[]) => {
          const lib = (globalThis as unknown as { PKBerkas: typeof import('../../src/berkas') }).PKBerkas;
          // Through a ReadableStream in small chunks, as a file picker's File.stream() gives it.
          const data = new Uint8Array(b);
          const aliran = new ReadableStream<Uint8Array>({
            start(c) {
              for (let i = 0; i < data.length; i += 97) c.enqueue(data.slice(i, i + 97));
              c.close();
            },
          });
          const r = await lib.readBerkas(aliran);
          if (!r.success) return { ditolak: r.issues[0]!.code };
          const baris: [number, string[] | string][] = [];
          for await (const x of r.data.baris) baris.push([x.baris, x.rusak?.code ?? [...x.sel]]);
          return { header: [...r.data.header], dialek: { ...r.data.dialek }, prolog: r.data.prolog.length, baris };
        }, bytes)) as HasilBaca;
        cocokHarapan(h, hasil);
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe.runIf(wajib && !existsSync(CHROMIUM))('the file reader in Chromium', () => {
  it('needs Debian chromium when PK_BROWSER=1', () => {
    expect(existsSync(CHROMIUM)).toBe(true);
  });
});
