import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/architecture.md: the CLI's dependencies (write-excel-file, node:fs, process; csv-parse, a dev dependency) are
// imported only under src/cli/; nothing imports src/cli/. A library entry point that pulled one in fails here.
// One exception, by design: the file formats (src/format/, part of the entry point pengelolaan-kinerja/berkas) load
// the optional peers of the XLSX reader (fflate, saxes) lazily, with import(), only when it meets an XLSX; never
// statically.
const PEMBACA_XLSX = /^format\/[^/]+\.ts$/;
const src = join(__dirname, '..', '..', 'src');
function berkas(dir: string): string[] {
  return readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? berkas(join(dir, f)) : f.endsWith('.ts') ? [join(dir, f)] : [],
  );
}

describe('the command line stays apart from the library', () => {
  const pustaka = berkas(src).filter((f) => !relative(src, f).startsWith('cli'));
  it('no library file imports the CLI, its dependencies, or Node built-ins', () => {
    const salah = pustaka.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(from|import\(|import)\s*'([^']+)'/g)]
        .filter(
          ([, cara, m]) => !(cara === 'import(' && /^(fflate|saxes)$/.test(m!) && PEMBACA_XLSX.test(relative(src, f))),
        )
        .map((m) => m[2]!)
        .filter(
          (m) =>
            /(^|\/)cli(\/|$)/.test(m) ||
            /^(csv-parse|read-excel-file|write-excel-file|fflate|saxes|playwright-core)/.test(m) ||
            m.startsWith('node:') ||
            ['fs', 'path', 'process', 'child_process'].includes(m),
        )
        .map((m) => `${relative(src, f)} → ${m}`),
    );
    expect(salah).toEqual([]);
  });
  it('no library file touches process or the clock', () => {
    const salah = pustaka
      .filter((f) => /\bprocess\.|Date\.now\(|new Date\(\)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    expect(salah).toEqual([]);
  });
  it('the CLI reaches the library only through its public entry points', () => {
    const salah = berkas(join(src, 'cli')).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from\s*'(\.\.\/[^']+)'/g)].map((m) => `${relative(src, f)} → ${m[1]}`),
    );
    expect(salah).toEqual([]);
  });
});
