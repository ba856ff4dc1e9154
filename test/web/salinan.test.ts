import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue #30: the page reads an operator's file with the CLI's own code. The CLI's row reader and output logic (src/cli/
// data.ts, pak.ts and what they import) use only the package's public entry points, but live under src/cli/, which
// nothing may import: the page holds verbatim copies in examples/web/src/cli/ (with stand-ins for the two files that
// touch node:fs). This test keeps the copies equal to the CLI's files until that code moves into src/berkas
// (docs/web.md, "One implementation"); when it fails, copy the CLI's file again (or move the code).
const root = join(__dirname, '..', '..');
const SALINAN = ['data.ts', 'pak.ts', 'laporan.ts', 'kolom.ts', 'teks.ts', 'kop.ts', 'pegawai.ts'];

describe("the page's copy of the CLI's row reader and outputs", () => {
  it.each(SALINAN)('examples/web/src/cli/%s equals src/cli/%s', (f) => {
    const sama = readFileSync(join(root, 'examples', 'web', 'src', 'cli', f), 'utf8') === readFileSync(join(root, 'src', 'cli', f), 'utf8');
    expect(sama, `src/cli/${f} changed: copy it again (cp src/cli/${f} examples/web/src/cli/${f}), then npx vitest run test/web`).toBe(true);
  });
});

// ENGINEERING "The layers": the page's own dependencies are imported only under examples/web/; a library entry point
// that pulled one in fails here. The page reaches the package only by its public names (no deep import into src/).
function berkas(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? berkas(join(dir, f)) : /\.(ts|mts|mjs)$/.test(f) ? [join(dir, f)] : []));
}
const impor = (f: string) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]!);

describe('the page stays apart from the library', () => {
  it('no library file imports the page, fflate, axe-core or vite', () => {
    const salah = berkas(join(root, 'src')).flatMap((f) => impor(f).filter((m) => /examples\/web|^(fflate|axe-core|vite)(\/|$)/.test(m)).map((m) => `${relative(root, f)} → ${m}`));
    expect(salah).toEqual([]);
  });
  it('the page imports the package by its public names only', () => {
    const salah = berkas(join(root, 'examples', 'web', 'src')).flatMap((f) => impor(f).filter((m) => /(^|\/)src\//.test(m) || (m.startsWith('.') && m.includes('../..'))).map((m) => `${relative(root, f)} → ${m}`));
    expect(salah).toEqual([]);
  });
});
