import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as lib from '../../src';
import * as cetak from '../../src/cetak';
import * as siasn from '../../src/siasn';
import * as berkasModul from '../../src/berkas';
import { SUBPATH } from '../subpath';
import { contohMarkdown, contohTsdoc, denganCek, ROOT, type Contoh } from './contoh';

// Every @example of the public API and every ```ts block of README.md and docs/*.md is type-checked against the
// library (as a user's file importing 'pengelolaan-kinerja') and run; each `//=>` result is compared.

const index = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
const MODUL: Record<string, unknown> = { 'pengelolaan-kinerja': lib, 'pengelolaan-kinerja/cetak': cetak, 'pengelolaan-kinerja/siasn': siasn, 'pengelolaan-kinerja/berkas': berkasModul };
const indexSemua = [index, ...Object.values(SUBPATH).map((f) => readFileSync(join(ROOT, f), 'utf8'))].join('\n');
const namaTipe = [...index.matchAll(/type (\w+)/g)].map((m) => m[1]!);
const namaNilai = Object.keys(lib);
const PEMBUKA = `import { ${namaNilai.join(', ')} } from 'pengelolaan-kinerja';\nimport type { ${namaTipe.join(', ')} } from 'pengelolaan-kinerja';\n`;

function berkas(c: Contoh): string {
  const impor = [...c.kode.matchAll(/^import\s[\s\S]*?from\s+'[^']+';/gm)].map((m) => m[0]);
  const isi = c.kode.replace(/^import\s[\s\S]*?from\s+'[^']+';/gm, '');
  // TSDoc examples see the whole public API (as date-fns' do); Markdown snippets carry their own imports.
  return `${c.markdown ? '' : PEMBUKA}${impor.join('\n')}\nexport {};\n${isi}\n`;
}

const semua = [...contohTsdoc(), ...contohMarkdown()];

function diagnosa(): Map<string, string[]> {
  const virt = new Map(semua.map((c, i) => [join(ROOT, '.doctest', `contoh-${i}.ts`), berkas(c)]));
  const opsi: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2020,
    lib: ['lib.es2022.d.ts'],
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    esModuleInterop: true,
    skipLibCheck: true,
    types: ['node'],
    noEmit: true,
    baseUrl: ROOT,
    paths: { 'pengelolaan-kinerja': ['./src/index.ts'], ...Object.fromEntries(Object.entries(SUBPATH).map(([n, f]) => [`pengelolaan-kinerja/${n}`, [`./${f}`]])) },
  };
  const host = ts.createCompilerHost(opsi);
  const asli = { getSourceFile: host.getSourceFile.bind(host), fileExists: host.fileExists.bind(host), readFile: host.readFile.bind(host) };
  host.getSourceFile = (f, v) => (virt.has(f) ? ts.createSourceFile(f, virt.get(f)!, v) : asli.getSourceFile(f, v));
  host.fileExists = (f) => virt.has(f) || asli.fileExists(f);
  host.readFile = (f) => virt.get(f) ?? asli.readFile(f);
  const program = ts.createProgram([...virt.keys()], opsi, host);
  const out = new Map<string, string[]>();
  [...virt.keys()].forEach((f, i) => {
    const d = [...program.getSyntacticDiagnostics(program.getSourceFile(f)), ...program.getSemanticDiagnostics(program.getSourceFile(f))];
    out.set(semua[i]!.lokasi, d.map((x) => ts.flattenDiagnosticMessageText(x.messageText, '\n')));
  });
  return out;
}

const SEMBARANG = Symbol('sembarang');
function cocok(aktual: unknown, harap: unknown, sebagian: boolean): boolean {
  if (harap === SEMBARANG) return typeof aktual === 'string';
  if (harap === null || typeof harap !== 'object') return Object.is(aktual, harap);
  if (aktual === null || typeof aktual !== 'object') return false;
  if (Array.isArray(harap)) {
    if (!Array.isArray(aktual) || (sebagian ? aktual.length < harap.length : aktual.length !== harap.length)) return false;
    return harap.every((h, i) => cocok(aktual[i], h, sebagian));
  }
  const kh = Object.keys(harap);
  const ka = Object.keys(aktual).filter((k) => (aktual as Record<string, unknown>)[k] !== undefined);
  if (!sebagian && ka.length !== kh.length) return false;
  return kh.every((k) => cocok((aktual as Record<string, unknown>)[k], (harap as Record<string, unknown>)[k], sebagian));
}

function jalankan(c: Contoh): number {
  const { kode, jumlah } = denganCek(berkas(c));
  const js = ts.transpileModule(kode, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } }).outputText;
  const req = (m: string) => {
    if (m in MODUL) return MODUL[m];
    if (m === 'zod') return z;
    throw new Error(`modul ${m} tidak tersedia dalam contoh`);
  };
  let dijalankan = 0;
  const cek = (aktual: unknown, harap: unknown, sebagian: boolean, baris: number) => {
    dijalankan += 1;
    if (!cocok(aktual, harap, sebagian)) throw new Error(`baris ${baris}: //=> ${JSON.stringify(harap)}, nyatanya ${JSON.stringify(aktual, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`);
    return aktual;
  };
  const log = console.log;
  console.log = () => {};
  try {
    new Function('require', 'exports', '__cek', '__SEMBARANG', js)(req, {}, cek, SEMBARANG);
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
          const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:declare )?(?:function|class|const|interface|type) (\w+)/g;
          for (const m of readFileSync(p, 'utf8').matchAll(re)) punya.set(m[2]!, (punya.get(m[2]!) ?? false) || (m[1]?.includes('@example') ?? false));
        }
      }
    };
    cari(join(ROOT, 'src'));
    const publik = [...indexSemua.matchAll(/export \{([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((x) => x.replace(/^\s*type\s+/, '').trim())).filter(Boolean);
    expect(publik.filter((n) => punya.get(n) !== true)).toEqual([]);
  });
  const diag = diagnosa();
  it('fails when a result differs, when a //=> is never reached, and when an example does not compile', () => {
    expect(() => jalankan({ lokasi: 'uji', kode: "desimal('1').toString(); //=> '2'", markdown: false })).toThrow(/nyatanya "1"/);
    expect(() => jalankan({ lokasi: 'uji', kode: "if (false as boolean) desimal('1').toString(); //=> '1'", markdown: false })).toThrow(/tidak pernah dijalankan/);
    expect(jalankan({ lokasi: 'uji', kode: "const x = { a: 1, b: 'z' }; x; //=> { a: 1, … }", markdown: false })).toBe(1);
    expect(() => denganCek('const x = 1;\n//=> 1')).not.toThrow();
    expect(() => denganCek('//=> 1')).toThrow(/tanpa pernyataan/);
  });
  it('finds the examples', () => {
    expect(semua.filter((c) => !c.markdown).length).toBeGreaterThan(200);
  });
  for (const c of semua) {
    it(`${c.lokasi}`, () => {
      expect(diag.get(c.lokasi)).toEqual([]);
      jalankan(c);
    });
  }
});
