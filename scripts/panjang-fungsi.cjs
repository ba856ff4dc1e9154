// Lists every function in src/ longer than a page (80 lines) and exits 1 when there is one (a step of .ci/run,
// `npm run panjang`). A function is read by the TypeScript compiler's own parser (a dependency already), so a
// declaration, a method, an accessor, an arrow function and a function expression are all seen, nested ones too.
//
// Data tables are not counted: the lines of an object, array or template literal that holds no function (a table of
// messages, a help text, a map of codes) are data, not code to read. What is left is the function's length.
'use strict';
const { readdirSync, readFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const ts = require('typescript');

const BATAS = 80;
const root = join(__dirname, '..');

function berkasTs(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return berkasTs(p);
    return /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

const FUNGSI = new Set([
  ts.SyntaxKind.FunctionDeclaration,
  ts.SyntaxKind.FunctionExpression,
  ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration,
  ts.SyntaxKind.Constructor,
  ts.SyntaxKind.GetAccessor,
  ts.SyntaxKind.SetAccessor,
]);
const DATA = new Set([
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.ArrayLiteralExpression,
  ts.SyntaxKind.TemplateExpression,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
]);

/** Whether a node holds a function anywhere below it. */
function memuatFungsi(node) {
  let ada = false;
  const lihat = (n) => {
    if (ada) return;
    if (FUNGSI.has(n.kind)) ada = true;
    else ts.forEachChild(n, lihat);
  };
  ts.forEachChild(node, lihat);
  return ada;
}

/** The lines of a function that are code: its lines less those inside literals that hold no function. */
function panjang(sf, fn) {
  const baris = (pos) => sf.getLineAndCharacterOfPosition(pos).line;
  const awal = baris(fn.getStart(sf));
  const akhir = baris(fn.getEnd());
  const data = new Set();
  const lihat = (n) => {
    if (DATA.has(n.kind) && !memuatFungsi(n)) {
      // The literal's inner lines; its first and last lines also carry code (`const x = {`, `};`).
      for (let l = baris(n.getStart(sf)) + 1; l < baris(n.getEnd()); l++) data.add(l);
      return;
    }
    ts.forEachChild(n, lihat);
  };
  ts.forEachChild(fn, lihat);
  return akhir - awal + 1 - data.size;
}

function nama(fn) {
  if (fn.name !== undefined) return fn.name.getText();
  if (fn.kind === ts.SyntaxKind.Constructor) return 'constructor';
  const induk = fn.parent;
  if (induk !== undefined && (ts.isVariableDeclaration(induk) || ts.isPropertyAssignment(induk)))
    return induk.name.getText();
  return '(anonymous)';
}

const panjangan = [];
for (const file of berkasTs(join(root, 'src'))) {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const lihat = (n) => {
    if (FUNGSI.has(n.kind)) {
      const p = panjang(sf, n);
      if (p > BATAS) {
        const l = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
        panjangan.push({ tempat: `${relative(root, file)}:${l}`, nama: nama(n), p });
      }
    }
    ts.forEachChild(n, lihat);
  };
  lihat(sf);
}

panjangan.sort((a, b) => b.p - a.p);
for (const x of panjangan) console.log(`${x.tempat} ${x.nama}: ${x.p} lines`);
if (panjangan.length > 0) {
  console.log(`${panjangan.length} function(s) over ${BATAS} lines in src/ (data tables not counted): split them.`);
  process.exitCode = 1;
} else console.log(`no function in src/ over ${BATAS} lines (data tables not counted)`);
