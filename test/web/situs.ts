/// <reference lib="dom" />
// Shared setup of the web tests: build the package and the site as `npm run web` does, serve the site's
// files from a tiny static server on 127.0.0.1 (closed after), and drive Debian's chromium with playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const wajib = process.env['PK_BROWSER'] === '1';
export const jalan = wajib || existsSync(CHROMIUM);
export const root = join(__dirname, '..', '..');

/** Builds the package (tsup, as `npm run build`) and the site into a fresh folder; returns that folder. */
export function bangunSitus(): string {
  execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), '--silent'], {
    cwd: root,
    stdio: 'pipe',
  });
  const out = mkdtempSync(join(tmpdir(), 'pk-web-'));
  execFileSync(process.execPath, [join(root, 'examples', 'web', 'build.mjs'), '--out', out], {
    cwd: root,
    stdio: 'pipe',
  });
  return out;
}

const JENIS: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** A static server of `dir` on 127.0.0.1 (any free port): files only, nothing else. */
export async function sajikan(dir: string): Promise<{ server: Server; asal: string; dilayani: string[] }> {
  const dilayani: string[] = [];
  const server = createServer((req, res) => {
    const jalur = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(dir, jalur.endsWith('/') ? `${jalur}index.html` : jalur));
    dilayani.push(`${req.method} ${jalur}`);
    if (req.method !== 'GET' || !(file + sep).startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': JENIS[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, asal: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, dilayani };
}

/** Headless, no sandbox (root), and none of the background connections the closed network refuses. */
export const ARGUMEN_CHROMIUM = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function luncurkan(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGUMEN_CHROMIUM });
}

export interface Situs {
  readonly dir: string;
  readonly asal: string;
  readonly server: Server;
  readonly browser: Browser;
  /** Every request the server answered (method and path). */
  readonly dilayani: string[];
  /** Every request a page tried to send anywhere else (aborted). */
  readonly keluar: string[];
}

let aktif: Situs | null = null;

export function situs(): Situs {
  if (aktif === null) throw new Error('the site is not built (siapkan() in beforeAll)');
  return aktif;
}

export async function siapkan(): Promise<void> {
  const dir = bangunSitus();
  const { server, asal, dilayani } = await sajikan(dir);
  aktif = { dir, asal, server, dilayani, keluar: [], browser: await luncurkan() };
}

export async function bersihkan(): Promise<void> {
  if (aktif === null) return;
  const { browser, server, dir } = aktif;
  aktif = null;
  await browser.close();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
}

/** A context whose every request to anything but the site's own server is aborted and recorded. */
export async function konteks(opsi: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const s = situs();
  const c = await s.browser.newContext({ viewport: { width: 1280, height: 900 }, ...opsi });
  await c.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${s.asal}/`)) return route.continue();
    s.keluar.push(url);
    return route.abort();
  });
  return c;
}

/** A page of the site at `hash`, with its uncaught errors and console errors collected. */
export async function halaman(c: BrowserContext, hash = ''): Promise<{ page: Page; galat: string[] }> {
  const page = await c.newPage();
  const galat: string[] = [];
  page.on('pageerror', (e) => galat.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') galat.push(m.text());
  });
  await page.goto(`${situs().asal}/${hash}`);
  return { page, galat };
}

/** axe-core's violations of the page, of any impact (injected as a script: the context must bypass the CSP). */
export async function axeBerat(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  const hasil = await page.evaluate(async () => {
    const w = window as unknown as {
      axe: {
        run: (
          c: unknown,
          o: unknown,
        ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
      };
    };
    const r = await w.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return hasil;
}

/** Whether the page is wider than its viewport (a 360 px phone must not scroll sideways; tables scroll inside). */
export function lebarBerlebih(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
