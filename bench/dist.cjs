// The benchmarks measure the built package, as users run it: `pengelolaan-kinerja` resolves to dist/ (the package
// itself), and so does the test fixtures' `../../src`, so that one copy of the library serves both.
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const dist = path.join(__dirname, '..', 'dist', 'index.js');
if (!fs.existsSync(dist)) throw new Error('npm run bench measures the built package: run `npm run build` first.');
const src = path.join(__dirname, '..', 'src', 'index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const r = resolve.call(this, request, ...rest);
  return r === src ? dist : r;
};
