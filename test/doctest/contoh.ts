// Collects the `@example` blocks of the public API (src/, TSDoc) and the ```ts blocks of README.md and docs/*.md,
// and turns each `expr; //=> value` line into a check. Used by doctest.test.ts; no dependency beyond TypeScript.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface Contoh {
  /** `src/core/desimal.ts:120` or `README.md:40`. */
  readonly lokasi: string;
  /** The example as written. */
  readonly kode: string;
  /** Whether it comes from Markdown (then it carries its own imports). */
  readonly markdown: boolean;
}

export const ROOT = join(__dirname, '..', '..');

/**
 * The files of the project under `dir` ending in `ext`: tracked by git or new and not ignored, never what a command
 * generates into an ignored folder (`npm run docs` writes `docs/api/`, whose copies of the API reports hold code
 * blocks). Outside a git checkout (an unpacked tarball), every file of the folder.
 */
function files(dir: string, ext: string): string[] {
  let daftar: string[];
  try {
    daftar = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', relative(ROOT, dir) || '.'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    )
      .split('\0')
      .filter((f) => f !== '')
      .map((f) => join(ROOT, ...f.split('/')));
  } catch {
    return semuaBerkas(dir, ext);
  }
  return [...new Set(daftar)].filter((f) => f.endsWith(ext) && f.startsWith(dir + sep)).sort();
}

function semuaBerkas(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? semuaBerkas(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

/** Every `@example` of every TSDoc comment in src/ (a helper's, tagged `@internal`, is not public and is not checked). */
export function contohTsdoc(): Contoh[] {
  const out: Contoh[] = [];
  for (const file of files(join(ROOT, 'src'), '.ts')) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const block = m[0];
      const at = block.indexOf('@example');
      if (at < 0 || block.includes('@internal')) continue;
      const baris = text.slice(0, (m.index ?? 0) + at).split('\n').length;
      const isi = block
        .slice(at + '@example'.length)
        .split('\n')
        .map((l) => l.replace(/^\s*\*\/?\s?/, '').replace(/\*\/\s*$/, ''));
      const akhir = isi.findIndex((l) => /^@\w+/.test(l));
      const kode = (akhir < 0 ? isi : isi.slice(0, akhir)).join('\n').trim();
      if (kode !== '') out.push({ lokasi: `${relative(ROOT, file)}:${baris}`, kode, markdown: false });
    }
  }
  return out;
}

/** Every ```ts block of README.md and docs/*.md. */
export function contohMarkdown(): Contoh[] {
  const out: Contoh[] = [];
  for (const file of [join(ROOT, 'README.md'), ...files(join(ROOT, 'docs'), '.md')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
      const baris = text.slice(0, m.index ?? 0).split('\n').length + 1;
      out.push({ lokasi: `${relative(ROOT, file)}:${baris}`, kode: m[1] ?? '', markdown: true });
    }
  }
  return out;
}

/**
 * The example with every `//=>` turned into `__cek(actual, expected, partial, line)`: the statement that ends right
 * before the comment (at any depth: inside an `if`, a `try`, or as `console.log(x)`) is the actual value; the text
 * after `//=>` on that line is the expected one. `…` in the expected value means "and more" (a partial match) and
 * `'…'` any string. Throws when a `//=>` has no statement to check or its expected value does not parse.
 */
export function denganCek(kode: string): { kode: string; jumlah: number } {
  const sf = ts.createSourceFile('contoh.ts', kode, ts.ScriptTarget.ES2022, true);
  const ganti: { mulai: number; akhir: number; teks: string }[] = [];
  const pernyataan: ts.Statement[] = [];
  const kunjungi = (n: ts.Node) => {
    if (
      ts.isExpressionStatement(n) ||
      ts.isVariableStatement(n) ||
      ts.isIfStatement(n) ||
      ts.isTryStatement(n) ||
      ts.isBlock(n)
    ) {
      if (!ts.isBlock(n)) pernyataan.push(n as ts.Statement);
    }
    ts.forEachChild(n, kunjungi);
  };
  kunjungi(sf);
  let jumlah = 0;
  for (const m of kode.matchAll(/\/\/=>(.*)$/gm)) {
    const pos = m.index ?? 0;
    const barisKomentar = sf.getLineAndCharacterOfPosition(pos).line;
    // The innermost statement that ends before the comment, on its line or the line above.
    const calon = pernyataan
      .filter((s) => s.end <= pos && barisKomentar - sf.getLineAndCharacterOfPosition(s.end).line <= 1)
      .filter(
        (s) =>
          ts.isExpressionStatement(s) ||
          (ts.isVariableStatement(s) &&
            s.declarationList.declarations.length === 1 &&
            s.declarationList.declarations[0]!.initializer !== undefined),
      )
      .sort((a, b) => b.end - a.end || a.getWidth() - b.getWidth());
    const s = calon[0];
    if (s === undefined) throw new Error(`baris ${barisKomentar + 1}: //=> tanpa pernyataan ekspresi di depannya`);
    // `const x = expr; //=> v` checks the value given to x (and still gives it to x).
    let expr: ts.Expression = ts.isExpressionStatement(s)
      ? s.expression
      : (s as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
    if (ts.isCallExpression(expr) && expr.expression.getText(sf) === 'console.log' && expr.arguments.length === 1)
      expr = expr.arguments[0]!;
    let harap = (m[1] ?? '').trim();
    const sebagian = harap.includes('…');
    harap = harap
      .replace(/'…'/g, '__SEMBARANG')
      .replace(/,\s*…\s*([}\]])/g, ' $1')
      .replace(/\{\s*…\s*\}/g, '{}');
    const cekParse = ts.createSourceFile('h.ts', `(${harap});`, ts.ScriptTarget.ES2022, true);
    if ((cekParse as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0 || harap === '') {
      throw new Error(`baris ${barisKomentar + 1}: nilai //=> tidak dapat dibaca: ${m[1]}`);
    }
    ganti.push({
      mulai: expr.getStart(sf),
      akhir: expr.end,
      teks: `__cek((${expr.getText(sf)}), (${harap}), ${sebagian}, ${barisKomentar + 1})`,
    });
    jumlah += 1;
  }
  let out = kode;
  for (const g of ganti.sort((a, b) => b.mulai - a.mulai)) out = out.slice(0, g.mulai) + g.teks + out.slice(g.akhir);
  return { kode: out, jumlah };
}
