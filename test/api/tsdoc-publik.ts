// What the public entry points leave undocumented, read from the source with the TypeScript compiler: every
// exported function (and class method or constructor) needs an `@param` per parameter and an `@returns`; every
// member of an exported interface or class needs a comment. Shared by tsdoc.test.ts; no dependency beyond TypeScript.
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

/** The entry points: `pengelolaan-kinerja` and its subpaths, by their source file. */
export const ENTRI = {
  'pengelolaan-kinerja': 'src/index.ts',
  'pengelolaan-kinerja/siasn': 'src/siasn/index.ts',
  'pengelolaan-kinerja/berkas': 'src/berkas/index.ts',
  'pengelolaan-kinerja/cetak': 'src/cetak/index.ts',
} as const;

export interface Kekurangan {
  /** The entry point that exports it. */
  readonly entri: keyof typeof ENTRI;
  /** `Siklus.langkah`, `transitionSiklus`. */
  readonly nama: string;
  /** `src/pelaksanaan/siklus.ts:120`. */
  readonly lokasi: string;
  /** What is missing: `comment`, `@param opsi`, `@returns`. */
  readonly kurang: string;
}

function lokasi(n: ts.Node): string {
  const sf = n.getSourceFile();
  return `${relative(ROOT, sf.fileName)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
}

function punyaKomentar(n: ts.Node): boolean {
  return ts.getJSDocCommentsAndTags(n).some((d) => ts.isJSDoc(d));
}

/** The `@param` names and whether an `@returns` is there, in the TSDoc block of a declaration. */
function tag(n: ts.Node): { param: Set<string>; returns: boolean } {
  const param = new Set<string>();
  let returns = false;
  for (const t of ts.getJSDocTags(n)) {
    if (ts.isJSDocParameterTag(t)) param.add(t.name.getText());
    else if (t.tagName.text === 'returns' || t.tagName.text === 'return') returns = true;
  }
  return { param, returns };
}

function cekFungsi(
  d: ts.SignatureDeclaration,
  nama: string,
  entri: keyof typeof ENTRI,
  out: Kekurangan[],
  perluReturns: boolean,
): void {
  const { param, returns } = tag(d);
  for (const p of d.parameters) {
    const n = ts.isIdentifier(p.name) ? p.name.text : p.name.getText();
    if (!param.has(n)) out.push({ entri, nama, lokasi: lokasi(d), kurang: `@param ${n}` });
  }
  if (perluReturns && !returns) out.push({ entri, nama, lokasi: lokasi(d), kurang: '@returns' });
}

function cekAnggota(
  members: ts.NodeArray<ts.ClassElement | ts.TypeElement>,
  induk: string,
  entri: keyof typeof ENTRI,
  out: Kekurangan[],
): void {
  for (const m of members) {
    if (ts.isClassElement(m) && ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Private) continue;
    if (ts.isIndexSignatureDeclaration(m) || ts.isClassStaticBlockDeclaration(m as ts.Node)) continue;
    const n = m.name === undefined ? 'constructor' : m.name.getText();
    if (n.startsWith('#')) continue;
    const nama = `${induk}.${n}`;
    if (!punyaKomentar(m) && !ts.isConstructorDeclaration(m))
      out.push({ entri, nama, lokasi: lokasi(m), kurang: 'comment' });
    if (ts.isMethodDeclaration(m) || ts.isMethodSignature(m) || ts.isConstructorDeclaration(m))
      cekFungsi(m, nama, entri, out, !ts.isConstructorDeclaration(m));
  }
}

/** Everything the public entry points export without the documentation the project asks for. */
export function kekurangan(): Kekurangan[] {
  const program = ts.createProgram(
    Object.values(ENTRI).map((f) => join(ROOT, f)),
    { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true },
  );
  const checker = program.getTypeChecker();
  const out: Kekurangan[] = [];
  const dilihat = new Set<ts.Node>();
  for (const [entri, file] of Object.entries(ENTRI) as [keyof typeof ENTRI, string][]) {
    const sf = program.getSourceFile(join(ROOT, file))!;
    const modul = checker.getSymbolAtLocation(sf)!;
    for (const ekspor of checker.getExportsOfModule(modul)) {
      const s = ekspor.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(ekspor) : ekspor;
      for (const d of s.declarations ?? []) {
        if (dilihat.has(d)) continue;
        dilihat.add(d);
        const nama = ekspor.name;
        if (ts.isFunctionDeclaration(d)) {
          // An overloaded function is documented on each signature; its implementation is not public.
          if (d.body !== undefined && (s.declarations ?? []).some((x) => x !== d && ts.isFunctionDeclaration(x)))
            continue;
          cekFungsi(d, nama, entri, out, true);
        } else if (ts.isInterfaceDeclaration(d) || ts.isClassDeclaration(d)) {
          cekAnggota(d.members, nama, entri, out);
        }
      }
    }
  }
  return out;
}
