#!/usr/bin/env node
// Builds examples/web with Vite from the package's public entry points, resolved as a user's import resolves them:
// Node's own resolver, through this package's `exports` (the `import` condition: dist/*.mjs). Build the package
// first (`npm run build`). `npm run web` does both and serves the result locally with `vite preview`.
//
//   node examples/web/build.mjs                 build into examples/web/dist
//   node examples/web/build.mjs --out DIR       build into DIR
//   node examples/web/build.mjs --preview       build, then serve on http://127.0.0.1:4173
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const root = dirname(fileURLToPath(import.meta.url));
const NAMA = 'pengelolaan-kinerja';

/** Resolves `pengelolaan-kinerja` and its subpaths with Node's resolver (the package refers to itself by name). */
function paket() {
  return {
    name: 'pengelolaan-kinerja-exports',
    enforce: 'pre',
    resolveId(id) {
      if (id !== NAMA && !id.startsWith(`${NAMA}/`)) return null;
      let url;
      try {
        url = import.meta.resolve(id);
      } catch (e) {
        throw new Error(`${id} is not an entry point of the package (${e instanceof Error ? e.message : e}).`);
      }
      const file = fileURLToPath(url);
      if (!existsSync(file))
        throw new Error(`${id} resolves to ${file}, which is missing: run \`npm run build\` first.`);
      return file;
    },
  };
}

// Nothing may leave the page: no connection of any kind (connect-src 'none'), scripts and workers from the site only.
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "frame-src 'self'",
  "connect-src 'none'",
  "manifest-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

function csp() {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      return html.replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
      );
    },
  };
}

/** The web app manifest: installable on a phone or a desktop, opens on the calculator, works offline. */
const MANIFEST = {
  name: 'Pengelolaan Kinerja Guru: kalkulator angka kredit dan periksa berkas',
  short_name: 'Kinerja Guru',
  description:
    'Kalkulator angka kredit dan kenaikan pangkat guru, dan pemeriksa berkas operator. Semua dihitung di perangkat Anda, juga tanpa internet.',
  lang: 'id',
  dir: 'ltr',
  id: './',
  start_url: './#kalkulator',
  scope: './',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5394',
  icons: [
    { src: 'ikon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'ikon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'ikon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/** Offline: Workbox (through vite-plugin-pwa) writes sw.js, which precaches every file of the build (both views, the
 * operator's chunk, its worker and the XLSX reader) and answers navigations with index.html. A new version waits
 * until the user says so (registerType 'prompt': the page shows "a new version is ready", see pasang.ts). */
function pwa() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: MANIFEST,
    workbox: {
      globPatterns: ['**/*.{js,css,html,png,webmanifest}'],
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    },
  });
}

export function konfigurasi(outDir) {
  return {
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [paket(), csp(), pwa()],
    worker: { format: 'es', plugins: () => [paket()] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      sourcemap: false,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 2000,
    },
  };
}

const args = process.argv.slice(2);
const i = args.indexOf('--out');
const outDir = resolve(i >= 0 && args[i + 1] !== undefined ? args[i + 1] : resolve(root, 'dist'));
await build(konfigurasi(outDir));
process.stdout.write(`examples/web built into ${outDir}\n`);
if (args.includes('--preview')) {
  const server = await preview({ ...konfigurasi(outDir), preview: { host: '127.0.0.1', port: 4173, open: false } });
  const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
  process.stdout.write(`serving ${outDir} at ${url} (Ctrl-C to stop)\n`);
}
