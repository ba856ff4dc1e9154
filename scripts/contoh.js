#!/usr/bin/env node
// The README's main job: the operator's command line on the shipped sample (examples/data/guru.csv, 50 synthetic guru
// with a few bad rows, integrasi 2022 through konversi 2026, in Indonesian Excel's CSV: `;`, decimal comma, BOM), with
// the letterhead (examples/data/kop.json) and each guru's identity from a SIASN Data Pegawai export
// (examples/data/data-pegawai.csv). Builds the package if needed, runs the bin as `npx` would, and says where the
// pages are. The sample's bad rows are on purpose: the CLI exits 1 for them.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const bin = join(root, 'dist', 'cli.js');
if (!existsSync(bin)) {
  // Quietly: the build log is shown only when the build fails.
  process.stdout.write('Membangun paket (npm run build)… ');
  const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' });
  if (b.status !== 0) {
    console.log('gagal:');
    process.stderr.write(`${b.stdout ?? ''}${b.stderr ?? ''}${b.error ? `${b.error.message}\n` : ''}`);
    process.exit(b.status ?? 1);
  }
  console.log('selesai.');
}
const keluar = 'keluaran-contoh';
const data = (f) => join('examples', 'data', f);
const args = [
  'pak',
  data('guru.csv'),
  '--kop',
  data('kop.json'),
  '--pegawai',
  data('data-pegawai.csv'),
  '--keluar',
  keluar,
];
console.log(`$ npx pengelolaan-kinerja ${args.join(' ')}`);
const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, stdio: 'inherit' });
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 1);
console.log(`
Halaman PAK (HTML, A4; buka di peramban): ${join(keluar, 'pak')}/<nip>.html (tambahkan --pdf untuk PDF tiap guru)
Ringkasan per guru: ${join(keluar, 'ringkasan.csv')}; baris diterima: ${join(keluar, 'diterima.csv')}
Baris contoh yang sengaja salah: ${join(keluar, 'galat.csv')} (kode keluar CLI ${r.status}: ada baris ditolak)
Badan SIASN angkakredit/save: ${join(keluar, 'siasn-angkakredit.jsonl')}
Selisih dengan ekspor SIASN (rw-angkakredit, dicocokkan dengan PNS ID):
  npx pengelolaan-kinerja rekonsiliasi ${data('guru.csv')} ${data('siasn-rw-angkakredit.csv')}`);
