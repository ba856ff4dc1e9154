import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The page reads an operator's file with the same code as the CLI: `pengelolaan-kinerja/berkas` (the reader
// and the runs, `pakBerkas`), imported by its public name as a user imports it. No copy of the CLI's files remains.
const root = join(__dirname, '..', '..');

// docs/architecture.md: the page's own dependencies are imported only under examples/web/; a library entry point
// that pulled one in fails here. The page reaches the package only by its public names (no deep import into src/).
function berkas(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? berkas(join(dir, f)) : /\.(ts|mts|mjs)$/.test(f) ? [join(dir, f)] : [],
  );
}
const impor = (f: string) => [...readFileSync(f, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]!);

describe('the page stays apart from the library', () => {
  it('no library file imports the page, axe-core or vite; fflate only where XLSX is read or written', () => {
    // fflate is the optional XLSX peer: the file formats load it lazily (src/format/xlsx.ts), the CLI writes with it.
    const xlsx = /^src\/(format\/xlsx|cli\/keluaran)\.ts$/;
    const salah = berkas(join(root, 'src')).flatMap((f) =>
      impor(f)
        .filter(
          (m) =>
            /examples\/web|^(axe-core|vite)(\/|$)/.test(m) ||
            (/^fflate(\/|$)/.test(m) && !xlsx.test(relative(root, f))),
        )
        .map((m) => `${relative(root, f)} → ${m}`),
    );
    expect(salah).toEqual([]);
  });
  it('the page holds no copy of the CLI (its runs come from pengelolaan-kinerja/berkas)', () => {
    const salah = berkas(join(root, 'examples', 'web', 'src')).filter((f) =>
      relative(join(root, 'examples', 'web', 'src'), f).startsWith('cli'),
    );
    expect(salah).toEqual([]);
    expect(readFileSync(join(root, 'examples', 'web', 'src', 'olah.ts'), 'utf8')).toMatch(/\bpakBerkas\(/);
  });
  it('the page imports the package by its public names only', () => {
    const salah = berkas(join(root, 'examples', 'web', 'src')).flatMap((f) =>
      impor(f)
        .filter((m) => /(^|\/)src\//.test(m) || (m.startsWith('.') && m.includes('../..')))
        .map((m) => `${relative(root, f)} → ${m}`),
    );
    expect(salah).toEqual([]);
  });
});
