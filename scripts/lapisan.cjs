// The layer order of src/, lowest first: written once here, read by .dependency-cruiser.cjs (the CI check) and by
// `npm run deps:graf` (the figures). docs/architecture.md explains each layer. Folders on one level are siblings:
// they may not import each other. An import may only point to a lower level (or stay inside its own folder).
'use strict';

const LAPISAN = [
  ['core'], // Result, Issue, KinerjaError, Desimal and the domain-free helpers every layer uses
  ['ketentuan', 'format'], // the versioned rule sets, periods, codes and labels; file formats (sniffing, encodings, CSV,
  // HTML tables, XLSX, values, column maps, output writers: handed bytes, no node: imports)
  ['perencanaan'], // the SKP plan
  ['pelaksanaan'], // the siklus (state machine), calendar
  ['penilaian'], // predikat, angka kredit, AK records
  ['sekolah', 'pak'], // school summaries; the AK lifecycle and PAK documents
  ['siasn', 'cetak'], // subpath entries: SIASN bodies; PAK print HTML
  ['berkas'], // the runs over an operator's file: rows → per-guru records → PAK, kenaikan, reconciliation (its own subpath)
  ['index.ts'], // src/index.ts, the main entry point
  ['cli'], // the command line: the one place with fs and process
  ['examples', 'examples/web'], // the examples and the web page: they import the package as a user does
];

// The public entry points: the only files of src/ that examples/ and examples/web/ may import (by the package name).
const ENTRI = ['src/index.ts', 'src/cetak/index.ts', 'src/siasn/index.ts', 'src/berkas/index.ts'];

// Parts outside the order: vectors/ (shipped conformance data and its JSON Schema) imports nothing and nothing in
// src/ imports it; tests check the library against it.
const LUAR = ['vectors'];

/** The node of a path in the layer graph: a folder of src/, an entry file of src/, or a part outside src/. */
function simpul(path) {
  let m = /^src\/([^/]+)\//.exec(path);
  if (m) return m[1];
  m = /^src\/([^/]+)$/.exec(path);
  if (m) return m[1];
  if (path.startsWith('examples/web/')) return 'examples/web';
  if (path.startsWith('examples/')) return 'examples';
  if (path.startsWith('vectors/')) return 'vectors';
  return null; // a package, a Node built-in, a file outside the layered parts
}

module.exports = { LAPISAN, ENTRI, LUAR, simpul };

// `depcruise … --output-type json | node scripts/lapisan.cjs`: the figures of the layer graph (nodes, arrows, arrows
// running back up, cycles across folders), as docs/architecture.md reports them.
if (require.main === module) {
  let teks = '';
  process.stdin.on('data', (d) => (teks += d));
  process.stdin.on('end', () => {
    const hasil = JSON.parse(teks);
    const tingkat = new Map();
    LAPISAN.forEach((l, i) => l.forEach((f) => tingkat.set(f, i)));
    // A folder the order does not list yet can be placed for a measurement: LAPISAN_EXTRA=internal=0.5
    for (const p of (process.env.LAPISAN_EXTRA ?? '').split(',').filter(Boolean)) {
      const [f, t] = p.split('=');
      tingkat.set(f, Number(t));
    }
    const simpulSemua = new Set();
    const panah = new Map();
    const modul = new Map();
    for (const m of hasil.modules) {
      const a = simpul(m.source);
      if (a === null) continue;
      simpulSemua.add(a);
      const ke = [];
      for (const d of m.dependencies) {
        const b = simpul(d.resolved);
        if (b === null) continue;
        ke.push(d.resolved);
        if (a !== b) panah.set(`${a} -> ${b}`, [a, b]);
      }
      modul.set(m.source, ke);
    }
    const balik = [...panah.values()].filter(([a, b]) => !(tingkat.get(a) > tingkat.get(b)));
    // Elementary cycles between modules (the graph is small), split by whether they cross a folder.
    const siklus = [];
    const urut = [...modul.keys()].sort();
    const indeks = new Map(urut.map((s, i) => [s, i]));
    for (const awal of urut) {
      const i0 = indeks.get(awal);
      const jalan = [awal];
      const di = new Set([awal]);
      const telusur = (u) => {
        for (const v of modul.get(u) ?? []) {
          if (!indeks.has(v) || indeks.get(v) < i0) continue;
          if (v === awal) siklus.push([...jalan]);
          else if (!di.has(v)) {
            di.add(v);
            jalan.push(v);
            telusur(v);
            jalan.pop();
            di.delete(v);
          }
        }
      };
      telusur(awal);
    }
    const pasang = [...panah.values()].filter(([a, b]) => a < b && panah.has(`${b} -> ${a}`));
    const lintas = siklus.filter((c) => new Set(c.map(simpul)).size > 1);
    console.log(`${simpulSemua.size} nodes (folders and entry files): ${[...simpulSemua].sort().join(', ')}`);
    console.log(`${panah.size} arrows between them`);
    console.log(
      `${balik.length} arrows running back up or sideways${balik.length ? `: ${balik.map((p) => p.join(' -> ')).join('; ')}` : ''}`,
    );
    console.log(
      `${pasang.length} pairs of folders importing each other${pasang.length ? `: ${pasang.map((p) => p.join(' <-> ')).join('; ')}` : ''}`,
    );
    console.log(`${lintas.length} module cycles across folders, ${siklus.length - lintas.length} inside one folder`);
    for (const c of siklus) console.log(`  cycle: ${[...c, c[0]].join(' -> ')}`);
  });
}
