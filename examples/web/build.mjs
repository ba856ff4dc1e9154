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

export function konfigurasi(outDir) {
  return {
    root,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [paket(), csp()],
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
