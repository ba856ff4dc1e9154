// Shared setup of the web tests (issue #30): build the package and the site as `npm run web` does, serve the site's
// files from a tiny static server on 127.0.0.1 (closed after), and drive Debian's chromium with playwright-core.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const wajib = process.env['PK_BROWSER'] === '1';
export const jalan = wajib || existsSync(CHROMIUM);
export const root = join(__dirname, '..', '..');

/** Builds the package (tsup, as `npm run build`) and the site into a fresh folder; returns that folder. */
export function bangunSitus(): string {
  execFileSync(process.execPath, [require.resolve('tsup/dist/cli-default.js'), '--silent'], { cwd: root, stdio: 'pipe' });
  const out = mkdtempSync(join(tmpdir(), 'pk-web-'));
  execFileSync(process.execPath, [join(root, 'examples', 'web', 'build.mjs'), '--out', out], { cwd: root, stdio: 'pipe' });
  return out;
}

const JENIS: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

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

export function luncurkan(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
