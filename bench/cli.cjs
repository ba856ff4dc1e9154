// The CLI part of the benchmark alone (node bench/cli.cjs [--besar]): `pak` on 100 000 rows without pages against
// csv-parse alone reading the same file (processes, best of 3, alternating), and the peak RSS of 1 000 000 rows
// (--besar). Needs a build (npm run build). The same method as section 5 of bench/run.ts.
'use strict';
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');
const root = join(__dirname, '..');
// --dist <folder>: another build's cli.js (a baseline build copied aside), to compare builds run for run.
const iDist = process.argv.indexOf('--dist');
const cli =
  iDist > 0 ? join(require('node:path').resolve(process.argv[iDist + 1]), 'cli.js') : join(root, 'dist', 'cli.js');
const dir = join(root, 'node_modules', '.cache', 'pengelolaan-kinerja-bench');
mkdirSync(dir, { recursive: true });
function berkas(n) {
  const f = join(dir, `guru-${n}.csv`);
  if (!existsSync(f)) {
    const pred = ['Baik', 'Sangat Baik', 'Butuh Perbaikan', 'BAIK'];
    const gol = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c'];
    const per = [
      [2024, 1, 6],
      [2024, 7, 12],
      [2025, 1, 12],
      [2026, 1, 12],
    ];
    const baris = ['NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat'];
    for (let i = 0; i < n / 4; i++)
      for (const [t, a, b] of per)
        baris.push(
          `1980010120${String(i).padStart(8, '0')},Guru ${i},${gol[i % 7]},${t},${a},${b},${pred[(i * 7 + t + a) % 4]}`,
        );
    writeFileSync(f, `${baris.join('\n')}\n`);
  }
  return f;
}
function jalan(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(__dirname, 'rss.cjs'), ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms: performance.now() - t, rss: Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}
const f = berkas(100_000);
const out = join(dir, 'keluaran');
let base = { ms: Infinity };
let ours = { ms: Infinity };
for (let i = 0; i < 3; i++) {
  const a = jalan([join(__dirname, 'csv-saja.cjs'), f]);
  const b = jalan([cli, 'pak', f, '--keluar', out, '--tanpa-html']);
  if (a.ms < base.ms) base = a;
  if (b.ms < ours.ms) ours = b;
}
console.log(
  `CLI pak, 100 000 rows, no pages: ${(ours.ms / 1000).toFixed(2)} s, ${ours.rss.toFixed(0)} MiB; csv-parse alone ${(base.ms / 1000).toFixed(2)} s; ratio ${(ours.ms / base.ms).toFixed(2)}× (goal ≤ 3×)`,
);
if (process.argv.includes('--besar')) {
  const besar = jalan([cli, 'pak', berkas(1_000_000), '--keluar', out, '--tanpa-html']);
  console.log(
    `CLI pak, 1 000 000 rows: peak RSS ${besar.rss.toFixed(0)} MiB (${(besar.ms / 1000).toFixed(1)} s) (goal < 300 MiB)`,
  );
}
