#!/usr/bin/env node
// Runs every examples/*.ts with `npx ts-node`, as a user would, and fails on the first that fails.
'use strict';
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const dir = join(__dirname, '..', 'examples');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
let failed = 0;
for (const f of files) {
  process.stdout.write(`\n=== npx ts-node examples/${f}\n`);
  const r = spawnSync('npx', ['ts-node', join('examples', f)], { stdio: 'inherit', cwd: join(__dirname, '..') });
  if (r.status !== 0) {
    failed += 1;
    process.stderr.write(`example ${f} failed (exit ${r.status})\n`);
  }
}
process.stdout.write(`\nexamples: ${files.length - failed} ran, ${failed} failed\n`);
process.exit(failed === 0 && files.length > 0 ? 0 : 1);
