// dependency-cruiser's rules for `npm run deps` (and .ci/run): the layer order of scripts/lapisan.cjs, turned into
// forbidden arrows. docs/architecture.md explains the order; change it there and in scripts/lapisan.cjs together.
'use strict';

const { LAPISAN, ENTRI } = require('./scripts/lapisan.cjs');

const regex = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const folder = (f) =>
  f === 'index.ts'
    ? '^src/[^/]+\\.ts$'
    : f === 'examples'
      ? '^examples/(?!web/)'
      : f.startsWith('examples')
        ? `^${regex(f)}/`
        : `^src/${regex(f)}/`;
const dikenal = LAPISAN.flat().filter((f) => f !== 'index.ts' && !f.startsWith('examples'));
const tanpaTempat = `^src/(?!(${dikenal.map(regex).join('|')})/)[^/]+/`;
// Packages the library layers may import: its dependencies and peers (the CLI and the file reader have their own).
const PAKET_PUSTAKA = ['zod'];
// The library layers below the runs, apart from the file formats (which load the optional XLSX peers lazily).
const PUSTAKA = LAPISAN.slice(
  0,
  LAPISAN.findIndex((l) => l.includes('berkas')),
)
  .flat()
  .filter((f) => f !== 'format');

/** One rule per folder: it may import only folders on a lower level (siblings on its own level included). */
const lapisan = LAPISAN.flatMap((tingkat, i) =>
  tingkat.map((f) => {
    const atas = LAPISAN.slice(i)
      .flat()
      .filter((g) => g !== f);
    return {
      name: `lapisan-${f.replace(/[/.]/g, '-')}`,
      severity: 'error',
      comment:
        `${f} is on level ${i} of the layer order (scripts/lapisan.cjs, docs/architecture.md): it may import only a lower ` +
        `level, never ${atas.join(', ')}. Move the shared piece down to the lowest layer that uses it.`,
      from: { path: folder(f) },
      to: { path: atas.map(folder).join('|') },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...lapisan,
    {
      name: 'tanpa-siklus',
      severity: 'error',
      comment: 'An import cycle (type-only imports count too). Move what both files need into a third file below both.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'folder-tanpa-tempat',
      severity: 'error',
      comment:
        'A folder of src/ that the layer order does not list: give it its level in scripts/lapisan.cjs and docs/architecture.md.',
      from: { path: tanpaTempat },
      to: {},
    },
    {
      name: 'ke-folder-tanpa-tempat',
      severity: 'error',
      comment:
        'An import of a folder of src/ that the layer order does not list: place it in scripts/lapisan.cjs and docs/architecture.md.',
      from: {},
      to: { path: tanpaTempat },
    },
    {
      name: 'entri-utama-tanpa-subpath',
      severity: 'error',
      comment:
        'The main entry (src/index.ts) must not pull in a part that has its own subpath (siasn, cetak, berkas), the file formats or the CLI.',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/(siasn|cetak|berkas|format|cli)/' },
    },
    {
      name: 'contoh-lewat-nama-paket',
      severity: 'error',
      comment:
        'examples/ and examples/web/ import the package as a user does (pengelolaan-kinerja, /siasn, /cetak, /berkas): an entry point only.',
      from: { path: '^examples/' },
      to: { path: '^src/', pathNot: `^(${ENTRI.map(regex).join('|')})$` },
    },
    {
      name: 'vektor-tanpa-impor',
      severity: 'error',
      comment:
        'vectors/ is data and a JSON Schema: it imports nothing, and the library does not import it (tests check the library against it).',
      from: { path: '^vectors/' },
      to: { pathNot: '^vectors/' },
    },
    {
      name: 'tidak-ke-vektor',
      severity: 'error',
      comment:
        'vectors/ is data and a JSON Schema: it imports nothing, and the library does not import it (tests check the library against it).',
      from: { path: '^(src|examples)/' },
      to: { path: '^vectors/' },
    },
    {
      name: 'pustaka-tanpa-node',
      severity: 'error',
      comment:
        'Only src/cli/ may import a Node built-in (fs, path, process…): the library is pure and runs in a browser.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'pustaka-paket-sendiri',
      severity: 'error',
      comment:
        `The library layers import only ${PAKET_PUSTAKA.join(' and ')}: a package for reading files belongs to src/format/, ` +
        'one for the command line to src/cli/ (a size check would fail too).',
      from: { path: `${PUSTAKA.map(folder).join('|')}|^src/index\\.ts$` },
      to: {
        dependencyTypes: ['npm', 'npm-peer', 'npm-dev', 'npm-optional', 'npm-no-pkg', 'npm-unknown'],
        pathNot: `^node_modules/(${PAKET_PUSTAKA.map(regex).join('|')}|pdf-lib|@pdf-lib/fontkit|pako)/`,
      },
    },
    {
      name: 'pdf-di-cetak',
      severity: 'error',
      comment:
        'The PDF library (pdf-lib, @pdf-lib/fontkit, and pako, its compressor) stays inside src/cetak/ (docs/architecture.md): ' +
        'the runs reach it only through src/cetak/, loaded on demand.',
      from: { pathNot: '^src/cetak/' },
      to: { path: '^node_modules/(pdf-lib|@pdf-lib/fontkit|pako)/' },
    },
    {
      name: 'tidak-terselesaikan',
      severity: 'error',
      comment: 'An import that does not resolve to a file or a package listed in package.json.',
      // examples/web/ has its own packages (Vite, …), installed in its own folder, not by the root's npm ci.
      from: { pathNot: '^examples/web/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^examples/web/(node_modules|dist)/|(^|/)dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
