import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as lib from '../../src';
import * as cetak from '../../src/cetak';
import * as siasn from '../../src/siasn';
import * as berkasModul from '../../src/berkas';
import { SUBPATH } from '../subpath';
import { contohMarkdown, contohTsdoc, ROOT, type Contoh } from './contoh';

// The examples as files a user would write (importing 'pengelolaan-kinerja'), and their type-check as one program.
// Shared by doctest.test.ts (runs them) and doctest-tipe.slow.test.ts (type-checks them).

const index = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
export const MODUL: Record<string, unknown> = {
  'pengelolaan-kinerja': lib,
  'pengelolaan-kinerja/cetak': cetak,
  'pengelolaan-kinerja/siasn': siasn,
  'pengelolaan-kinerja/berkas': berkasModul,
};
export const indexSemua = [index, ...Object.values(SUBPATH).map((f) => readFileSync(join(ROOT, f), 'utf8'))].join('\n');
const namaTipe = [...index.matchAll(/type (\w+)/g)].map((m) => m[1]!);
const namaNilai = Object.keys(lib);
const PEMBUKA = `import { ${namaNilai.join(', ')} } from 'pengelolaan-kinerja';\nimport type { ${namaTipe.join(', ')} } from 'pengelolaan-kinerja';\n`;

/** Whether the code has an `await` (or `for await`) outside any function: a top-level await. */
function adaAwaitAtas(kode: string): boolean {
  const sf = ts.createSourceFile('a.ts', kode, ts.ScriptTarget.ES2022, true);
  let ada = false;
  const kunjungi = (n: ts.Node): void => {
    if (ada || ts.isFunctionLike(n)) return;
    if (ts.isAwaitExpression(n) || (ts.isForOfStatement(n) && n.awaitModifier !== undefined)) ada = true;
    else ts.forEachChild(n, kunjungi);
  };
  kunjungi(sf);
  return ada;
}

export function berkas(c: Contoh): string {
  const impor = [...c.kode.matchAll(/^import\s[\s\S]*?from\s+'[^']+';/gm)].map((m) => m[0]);
  const isi = c.kode.replace(/^import\s[\s\S]*?from\s+'[^']+';/gm, '');
  // TSDoc examples see the whole public API (as date-fns' do); Markdown snippets carry their own imports. A Markdown
  // snippet with `await` at its top level (docs/berkas.md) runs as the body of an async function the runner awaits.
  if (c.markdown && adaAwaitAtas(isi))
    return `${impor.join('\n')}\nexport const __selesai = (async () => {\n${isi}\n})();\n`;
  return `${c.markdown ? '' : PEMBUKA}${impor.join('\n')}\nexport {};\n${isi}\n`;
}

export const semua = [...contohTsdoc(), ...contohMarkdown()];

/** The type errors of each example (by its `lokasi`), from one TypeScript program over all of them. */
export function diagnosa(daftar: readonly Contoh[] = semua): Map<string, string[]> {
  const virt = new Map(daftar.map((c, i) => [join(ROOT, '.doctest', `contoh-${i}.ts`), berkas(c)]));
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
    paths: {
      'pengelolaan-kinerja': ['./src/index.ts'],
      ...Object.fromEntries(Object.entries(SUBPATH).map(([n, f]) => [`pengelolaan-kinerja/${n}`, [`./${f}`]])),
    },
  };
  const host = ts.createCompilerHost(opsi);
  const asli = {
    getSourceFile: host.getSourceFile.bind(host),
    fileExists: host.fileExists.bind(host),
    readFile: host.readFile.bind(host),
  };
  host.getSourceFile = (f, v) => (virt.has(f) ? ts.createSourceFile(f, virt.get(f)!, v) : asli.getSourceFile(f, v));
  host.fileExists = (f) => virt.has(f) || asli.fileExists(f);
  host.readFile = (f) => virt.get(f) ?? asli.readFile(f);
  const program = ts.createProgram([...virt.keys()], opsi, host);
  const out = new Map<string, string[]>();
  [...virt.keys()].forEach((f, i) => {
    const d = [
      ...program.getSyntacticDiagnostics(program.getSourceFile(f)),
      ...program.getSemanticDiagnostics(program.getSourceFile(f)),
    ];
    out.set(
      daftar[i]!.lokasi,
      d.map((x) => ts.flattenDiagnosticMessageText(x.messageText, '\n')),
    );
  });
  return out;
}
