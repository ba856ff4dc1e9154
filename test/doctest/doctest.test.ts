import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { denganCek, ROOT, type Contoh } from './contoh';
import { berkas, indexSemua, MODUL, semua } from './program';

// Every @example of the public API and every ```ts block of README.md and docs/*.md is run; each `//=>` result is
// compared. Their type-check against the library (as a user's file importing 'pengelolaan-kinerja') is the slow half:
// doctest-tipe.slow.test.ts, in `npm run test:all`.

const SEMBARANG = Symbol('sembarang');
function cocok(aktual: unknown, harap: unknown, sebagian: boolean): boolean {
  if (harap === SEMBARANG) return typeof aktual === 'string';
  if (harap === null || typeof harap !== 'object') return Object.is(aktual, harap);
  if (aktual === null || typeof aktual !== 'object') return false;
  if (Array.isArray(harap)) {
    if (!Array.isArray(aktual) || (sebagian ? aktual.length < harap.length : aktual.length !== harap.length))
      return false;
    return harap.every((h, i) => cocok(aktual[i], h, sebagian));
  }
  const kh = Object.keys(harap);
  const ka = Object.keys(aktual).filter((k) => (aktual as Record<string, unknown>)[k] !== undefined);
  if (!sebagian && ka.length !== kh.length) return false;
  return kh.every((k) =>
    cocok((aktual as Record<string, unknown>)[k], (harap as Record<string, unknown>)[k], sebagian),
  );
}

async function jalankan(c: Contoh): Promise<number> {
  const { kode, jumlah } = denganCek(berkas(c));
  const js = ts.transpileModule(kode, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  }).outputText;
  const req = (m: string) => {
    if (m in MODUL) return MODUL[m];
    if (m === 'zod') return z;
    // Node's own modules, for the docs that show reading a file in Node (docs/berkas.md).
    if (m.startsWith('node:')) return require(m) as unknown;
    throw new Error(`modul ${m} tidak tersedia dalam contoh`);
  };
  let dijalankan = 0;
  const cek = (aktual: unknown, harap: unknown, sebagian: boolean, baris: number) => {
    dijalankan += 1;
    if (!cocok(aktual, harap, sebagian))
      throw new Error(
        `baris ${baris}: //=> ${JSON.stringify(harap)}, nyatanya ${JSON.stringify(aktual, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`,
      );
    return aktual;
  };
  const log = console.log;
  console.log = () => {};
  const ekspor: { __selesai?: Promise<unknown> } = {};
  try {
    new Function('require', 'exports', '__cek', '__SEMBARANG', js)(req, ekspor, cek, SEMBARANG);
    // A snippet with a top-level await (program.ts wraps it) finishes when its promise does.
    await ekspor.__selesai;
  } finally {
    console.log = log;
  }
  // A //=> inside a branch that was not taken would check nothing: every one must run.
  if (dijalankan < jumlah) throw new Error(`${jumlah - dijalankan} dari ${jumlah} //=> tidak pernah dijalankan`);
  return jumlah;
}

describe('doctest: examples in TSDoc, README.md and docs/', () => {
  it('has an @example on every public export (src/index.ts and the subpath entries)', () => {
    const punya = new Map<string, boolean>();
    const cari = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) cari(p);
        else if (p.endsWith('.ts')) {
          const re =
            /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:declare )?(?:async )?(?:function|class|const|interface|type) (\w+)/g;
          for (const m of readFileSync(p, 'utf8').matchAll(re))
            punya.set(m[2]!, (punya.get(m[2]!) ?? false) || (m[1]?.includes('@example') ?? false));
        }
      }
    };
    cari(join(ROOT, 'src'));
    const publik = [...indexSemua.matchAll(/export \{([^}]*)\}/g)]
      .flatMap((m) => m[1]!.split(',').map((x) => x.replace(/^\s*type\s+/, '').trim()))
      .filter(Boolean);
    expect(publik.filter((n) => punya.get(n) !== true)).toEqual([]);
  });
  it('fails when a result differs, when a //=> is never reached, and when an example does not compile', async () => {
    await expect(
      jalankan({ lokasi: 'uji', kode: "desimal('1').toString(); //=> '2'", markdown: false }),
    ).rejects.toThrow(/nyatanya "1"/);
    await expect(
      jalankan({ lokasi: 'uji', kode: "if (false as boolean) desimal('1').toString(); //=> '1'", markdown: false }),
    ).rejects.toThrow(/tidak pernah dijalankan/);
    await expect(
      jalankan({ lokasi: 'uji', kode: "const x = { a: 1, b: 'z' }; x; //=> { a: 1, … }", markdown: false }),
    ).resolves.toBe(1);
    // A Markdown snippet with a top-level await: its checks run after the awaits, and a wrong one fails.
    const tunggu =
      "import { desimal } from 'pengelolaan-kinerja';\nconst s = await Promise.resolve(desimal('1').toString());\ns; //=> ";
    await expect(jalankan({ lokasi: 'uji', kode: `${tunggu}'1'`, markdown: true })).resolves.toBe(1);
    await expect(jalankan({ lokasi: 'uji', kode: `${tunggu}'2'`, markdown: true })).rejects.toThrow(/nyatanya "1"/);
    expect(() => denganCek('const x = 1;\n//=> 1')).not.toThrow();
    expect(() => denganCek('//=> 1')).toThrow(/tanpa pernyataan/);
  });
  it('finds the examples', () => {
    expect(semua.filter((c) => !c.markdown).length).toBeGreaterThan(200);
  });
  for (const c of semua) {
    it(`${c.lokasi}`, async () => {
      await jalankan(c);
    });
  }
});
