// The XLSX part of the benchmark alone (node bench/xlsx.cjs): `pak` without pages on the same 100 000 rows as a CSV and
// as an .xlsx (XLSX in, XLSX tables out), as processes, alternating, best of 3 each; the time ratio and each side's
// peak RSS. Needs a build (npm run build). bench/run.ts runs the same measure (section 6).
'use strict';
const { existsSync, mkdirSync, writeFileSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const dir = join(root, 'node_modules', '.cache', 'pengelolaan-kinerja-bench');

/** The rows of the CLI bench (bench/cli.cjs): n rows, four periods per guru. */
function baris(n) {
  const pred = ['Baik', 'Sangat Baik', 'Butuh Perbaikan', 'BAIK'];
  const gol = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c'];
  const per = [
    [2024, 1, 6],
    [2024, 7, 12],
    [2025, 1, 12],
    [2026, 1, 12],
  ];
  const out = [['NIP', 'Nama', 'Golongan', 'Tahun', 'Bulan Mulai', 'Bulan Selesai', 'Predikat']];
  for (let i = 0; i < n / 4; i++)
    for (const [t, a, b] of per)
      out.push([
        `1980010120${String(i).padStart(8, '0')}`,
        `Guru ${i}`,
        gol[i % 7],
        t,
        a,
        b,
        pred[(i * 7 + t + a) % 4],
      ]);
  return out;
}

/** The same rows as a CSV and as an .xlsx (written once, with write-excel-file: NIP as text, numbers as numbers). */
async function berkas(n) {
  mkdirSync(dir, { recursive: true });
  const csv = join(dir, `guru-${n}.csv`);
  const xlsx = join(dir, `guru-${n}.xlsx`);
  if (!existsSync(csv) || !existsSync(xlsx)) {
    const b = baris(n);
    writeFileSync(csv, `${b.map((r) => r.join(',')).join('\n')}\n`);
    const { default: tulis } = await import('write-excel-file/node');
    await tulis(
      b.map((r) => r.map((v) => (typeof v === 'number' ? { type: Number, value: v } : { type: String, value: v }))),
    ).toFile(xlsx);
  }
  return { csv, xlsx };
}

function jalan(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['-r', join(__dirname, 'rss.cjs'), ...args], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { ms: performance.now() - t, rss: Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}

/** CSV and XLSX runs of `pak` (no pages), alternating: the best of each and the median of the rounds' ratios. */
async function ukurXlsx(n = 100_000, putaran = 3) {
  const { csv, xlsx } = await berkas(n);
  const cli = join(root, 'dist', 'cli.js');
  const out = join(dir, 'keluaran-xlsx');
  let a = { ms: Infinity, rss: 0 };
  let b = { ms: Infinity, rss: 0 };
  const rasio = [];
  for (let i = 0; i < putaran; i++) {
    const x = jalan([cli, 'pak', csv, '--keluar', out, '--tanpa-html']);
    const y = jalan([cli, 'pak', xlsx, '--keluar', out, '--tanpa-html']);
    rasio.push(y.ms / x.ms);
    if (x.ms < a.ms) a = { ms: x.ms, rss: Math.max(a.rss, x.rss) };
    else a.rss = Math.max(a.rss, x.rss);
    if (y.ms < b.ms) b = { ms: y.ms, rss: Math.max(b.rss, y.rss) };
    else b.rss = Math.max(b.rss, y.rss);
  }
  rasio.sort((p, q) => p - q);
  return { csv: a, xlsx: b, rasio: rasio[Math.floor(rasio.length / 2)] };
}

module.exports = { ukurXlsx };

if (require.main === module) {
  ukurXlsx().then(({ csv, xlsx, rasio }) => {
    if (process.argv.includes('--json')) console.log(JSON.stringify({ csv, xlsx, rasio }));
    else
      console.log(
        `CLI pak, 100 000 rows, no pages: .xlsx in and out ${(xlsx.ms / 1000).toFixed(2)} s, peak RSS ${xlsx.rss.toFixed(0)} MiB; ` +
          `CSV ${(csv.ms / 1000).toFixed(2)} s, ${csv.rss.toFixed(0)} MiB; ratio ${rasio.toFixed(2)}× (goal ≤ 3×, RSS < 300 MiB)`,
      );
  });
}
