/**
 * Benchmarks: each figure is a ratio against a baseline measured in the same run, never a timed test.
 * Run: npm run bench   (add `-- --write` to record the figures in docs/performance.md)
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import {
  JENJANG,
  RATING,
  KETENTUAN_2024,
  sumAngkaKredit,
  angkaKredit,
  formatAngkaKredit,
  predikatKinerja,
  progresSekolah,
  RencanaKinerjaSchema,
  replaySiklus,
  validateRencana,
  type DataPegawaiSekolah,
  type Jenjang,
} from 'pengelolaan-kinerja';
import { rencanaSeed } from '../test/perencanaan/fixtures';
import { DATA, LANGKAH_ISIAN, PADA, PELAKU, alurDisepakati, siklusBaru } from '../test/pelaksanaan/fixtures';
import { transitionSiklus, unwrap } from 'pengelolaan-kinerja';

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

/** Best of `runs` wall-clock milliseconds of `fn`. */
function time(fn: () => unknown, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return best;
}

/**
 * A baseline and ours measured in alternation (`runs` rounds, one run of each per round), so that a slow phase of this
 * shared machine weighs on both sides alike: the best milliseconds of each, and the median of the rounds' ratios
 * (ours / baseline), which one lucky or unlucky run cannot move. (No forced GC between runs: it shrinks the heap and
 * charges the side that allocates with collections a long-running process would not make.)
 */
function timePair(base: () => unknown, ours: () => unknown, runs = 7): [number, number, number] {
  let a = Infinity;
  let b = Infinity;
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ta = time(base, 1);
    const tb = time(ours, 1);
    a = Math.min(a, ta);
    b = Math.min(b, tb);
    ratios.push(tb / ta);
  }
  ratios.sort((x, y) => x - y);
  return [a, b, ratios[Math.floor(ratios.length / 2)] as number];
}

const rows: string[][] = [];
const report = (name: string, ours: string, base: string, ratio: string, goal: string, met: boolean) => {
  rows.push([name, ours, base, ratio, goal, met ? 'yes' : 'no']);
  console.log(`${name}: ${ours} vs ${base} → ${ratio} (goal ${goal}) ${met ? '✓' : '✗'}`);
};

/** N random teachers (ratings, jenjang, months), and the rule set's figures as plain floats for the baselines. */
function guru(N: number) {
  const JEN: readonly Jenjang[] = JENJANG;
  return {
    hk: Array.from({ length: N }, () => pick(RATING)),
    pk: Array.from({ length: N }, () => pick(RATING)),
    jj: Array.from({ length: N }, () => pick(JEN)),
    bl: Array.from({ length: N }, () => 1 + Math.floor(rand() * 12)),
    M: KETENTUAN_2024.matriksPredikat,
    KOEF: Object.fromEntries(KETENTUAN_2024.jenjang.map((j) => [j.kode, Number(j.koefisienTahunan)])) as Record<string, number>,
    PCT: Object.fromEntries(KETENTUAN_2024.predikat.map((p) => [p.kode, p.persentase])) as Record<string, number>,
  };
}

// 1. predikat + angka kredit for 3.4 million teachers vs a hand-written float loop.
{
  const N = 3_400_000;
  // The baseline reads the same rule set, as plain floats.
  const { hk, pk, jj, bl, M, KOEF, PCT } = guru(N);
  let floatSum = 0;
  let exact = '';
  const [base, ours, ratio] = timePair(
    () => {
      let s = 0;
      for (let i = 0; i < N; i++) {
        const p = M[hk[i]!][pk[i]!];
        s += ((KOEF[jj[i]!]! * PCT[p]!) / 100) * (bl[i]! / 12);
      }
      floatSum = s;
    },
    // The path users write: predikat per teacher, then the exact national total through the public sumAngkaKredit.
    () => {
      function* items() {
        for (let i = 0; i < N; i++) yield { jenjang: jj[i]!, predikat: predikatKinerja(hk[i]!, pk[i]!), bulan: bl[i]! };
      }
      exact = sumAngkaKredit(items()).toString();
    },
  );
  const drift = Math.abs(floatSum - Number(exact));
  report(`predikat + AK, ${N.toLocaleString('en')} teachers`, `${ours.toFixed(0)} ms`, `${base.toFixed(0)} ms (float loop)`, `${ratio.toFixed(2)}×`, '≤ 1.5× (#13)', ratio <= 1.5);
  console.log(`  exact total ${exact}; float total ${floatSum} (drift ${drift.toExponential(2)})`);
  rows.push(['  exact total vs float sum', exact, String(floatSum), `drift ${drift.toExponential(2)}`, 'no drift', drift === 0 ? 'float drifts 0' : 'float drifts, ours exact']);
}

// 1b. per teacher, the SIASN string: predikatKinerja → angkaKredit → formatAngkaKredit(…, { untuk: 'siasn' }),
// against a float loop that does the same (float, Math.round to 3 decimals, toFixed(3)); on 340,000 teachers.
{
  const N = 340_000;
  const { hk, pk, jj, bl, M, KOEF, PCT } = guru(N);
  const outBase: string[] = new Array<string>(N);
  const outOurs: string[] = new Array<string>(N);
  const [base, ours, ratio] = timePair(
    () => {
      for (let i = 0; i < N; i++) {
        const x = ((KOEF[jj[i]!]! * PCT[M[hk[i]!][pk[i]!]]!) / 100) * (bl[i]! / 12);
        outBase[i] = (Math.round(x * 1000) / 1000).toFixed(3);
      }
    },
    () => {
      for (let i = 0; i < N; i++) {
        outOurs[i] = formatAngkaKredit(angkaKredit({ jenjang: jj[i]!, predikat: predikatKinerja(hk[i]!, pk[i]!), bulan: bl[i]! }), { untuk: 'siasn' });
      }
    },
  );
  let beda = 0;
  for (let i = 0; i < N; i++) if (outBase[i] !== outOurs[i]) beda += 1;
  report(`per teacher, SIASN string, ${N.toLocaleString('en')} teachers`, `${ours.toFixed(0)} ms`, `${base.toFixed(0)} ms (float + toFixed)`, `${ratio.toFixed(2)}×`, '≤ 3× (#13)', ratio <= 3);
  console.log(`  strings that differ from the float loop's: ${beda} (float rounding of halves)`);
}
const rss = process.resourceUsage().maxRSS / 1024;
console.log(`  peak memory (max RSS) after the 3.4 million run: ${rss.toFixed(0)} MiB`);
rows.push(['  peak memory (max RSS) after the 3.4M run', `${rss.toFixed(0)} MiB`, '', '', '', '']);

// 2. plan validation vs a bare zod parse of the same document.
{
  const N = 20_000;
  const docs = Array.from({ length: N }, () => JSON.parse(JSON.stringify(rencanaSeed())) as unknown);
  // Ours as users call it: the rule set found from the plan itself.
  const [base, ours, ratio] = timePair(
    () => {
      for (const d of docs) RencanaKinerjaSchema.safeParse(d);
    },
    () => {
      for (const d of docs) validateRencana(d);
    },
  );
  report(`validateRencana, ${N.toLocaleString('en')} plans`, `${ours.toFixed(0)} ms`, `${base.toFixed(0)} ms (zod safeParse)`, `${ratio.toFixed(2)}×`, '≤ 1.5× (#13)', ratio <= 1.5);
}

// 3. replaying a semester's cycle events.
{
  let s = siklusBaru();
  for (const l of LANGKAH_ISIAN) {
    s = unwrap(transitionSiklus(s, { jenis: 'simpan-draf', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T08:00:00+07:00`, data: DATA[l] }));
    s = unwrap(transitionSiklus(s, { jenis: 'kumpulkan', langkah: l, oleh: PELAKU[l], pada: `${PADA[l]}T09:00:00+07:00` }));
  }
  const tersimpan = JSON.stringify(s.riwayat);
  const riwayat = JSON.parse(tersimpan) as unknown[];
  const N = 2_000;
  // Baseline: reading the same stored history with JSON.parse, which every replay from storage pays first.
  for (const validasi of ['penuh', 'tepercaya'] as const) {
    const [json, ms, ratio] = timePair(
      () => {
        for (let i = 0; i < N; i++) JSON.parse(tersimpan);
      },
      () => {
        for (let i = 0; i < N; i++) replaySiklus(riwayat, { validasi });
      },
      5,
    );
    const perSec = (N / ms) * 1000;
    report(
      `replaySiklus, validasi ${validasi} (${riwayat.length} events)`,
      `${Math.round(perSec).toLocaleString('en')} cycles/s (${((ms / N) * 1000).toFixed(0)} µs)`,
      `${Math.round((N / json) * 1000).toLocaleString('en')}/s JSON.parse (${((json / N) * 1000).toFixed(0)} µs)`,
      `${ratio.toFixed(2)}×`,
      validasi === 'penuh' ? '≤ 2× JSON.parse (#13)' : '≤ 1× JSON.parse (#13)',
      ratio <= (validasi === 'penuh' ? 2 : 1),
    );
  }
}

// 4. the school view over 150k and 300k pegawai: linear.
{
  const palette: DataPegawaiSekolah[] = [{ id: 'x', nama: 'x' }, { id: 'x', nama: 'x', alur: alurDisepakati() }, { id: 'x', nama: 'x', alur: alurDisepakati(), siklus: siklusBaru() }];
  const make = (n: number) => Array.from({ length: n }, (_, i) => ({ ...pick(palette), id: `p-${i}`, nama: `Guru ${i}` }));
  const a = make(150_000);
  const b = make(300_000);
  const ta = time(() => progresSekolah(a, { hariIni: '2024-03-05', periode: { tahun: 2024, ke: 1 } }), 3);
  const tb = time(() => progresSekolah(b, { hariIni: '2024-03-05', periode: { tahun: 2024, ke: 1 } }), 3);
  report('progresSekolah 300k vs 150k pegawai', `${tb.toFixed(0)} ms`, `${ta.toFixed(0)} ms`, `${(tb / ta).toFixed(2)}×`, '≈ 2× (linear)', tb / ta < 2.6);
}

// 5. the operator's command line (#19): 100 000 rows through `pak` without pages, against csv-parse alone reading the
// same file (both as processes, best of 3), and the peak RSS of 1 000 000 rows (with `-- --besar`).
{
  const root = join(__dirname, '..');
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  const dir = join(root, 'node_modules', '.cache', 'pengelolaan-kinerja-bench');
  mkdirSync(dir, { recursive: true });
  const berkas = (n: number) => {
    const f = join(dir, `guru-${n}.csv`);
    if (!existsSync(f)) {
      const pred = ['Baik', 'Sangat Baik', 'Butuh Perbaikan', 'BAIK'];
      const gol = ['III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b', 'IV/c'];
      const per = [[2024, 1, 6], [2024, 7, 12], [2025, 1, 12], [2026, 1, 12]] as const;
      const baris = ['NIP,Nama,Golongan,Tahun,Bulan Mulai,Bulan Selesai,Predikat'];
      for (let i = 0; i < n / 4; i++) for (const [t, a, b] of per) baris.push(`1980010120${String(i).padStart(8, '0')},Guru ${i},${gol[i % 7]},${t},${a},${b},${pred[(i * 7 + t + a) % 4]}`);
      writeFileSync(f, `${baris.join('\n')}\n`);
    }
    return f;
  };
  const jalan = (args: string[]) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['-r', join(__dirname, 'rss.cjs'), ...args], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
    return { ms: performance.now() - t, rss: Number(/maxRSS (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
  };
  const f = berkas(100_000);
  const out = join(dir, 'keluaran');
  const terbaik = (args: string[]) => [0, 1, 2].map(() => jalan(args)).reduce((a, b) => (b.ms < a.ms ? b : a));
  const base = terbaik([join(__dirname, 'csv-saja.cjs'), f]);
  const ours = terbaik([cli, 'pak', f, '--keluar', out, '--tanpa-html']);
  report('CLI pak, 100 000 rows, no pages (process)', `${(ours.ms / 1000).toFixed(2)} s, ${ours.rss.toFixed(0)} MiB`, `${(base.ms / 1000).toFixed(2)} s csv-parse alone`, `${(ours.ms / base.ms).toFixed(2)}×`, '≤ 3×', ours.ms / base.ms <= 3);
  if (process.argv.includes('--besar')) {
    const besar = jalan([cli, 'pak', berkas(1_000_000), '--keluar', out, '--tanpa-html']);
    report('CLI pak, 1 000 000 rows: peak RSS', `${besar.rss.toFixed(0)} MiB (${(besar.ms / 1000).toFixed(1)} s)`, '—', '—', '< 300 MiB', besar.rss < 300);
  }
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
console.log(`\nmachine: ${machine}`);
if (process.argv.includes('--write')) {
  const table = ['| benchmark | ours | baseline | ratio | goal | met |', '|---|---|---|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const md = `---
title: Performance
---

# Performance

Measured by \`npm run bench\` (\`bench/run.ts\`): every figure is a ratio against a baseline measured in the same run
(best of several runs, wall clock), never a timed test.

- Machine: ${machine}
- Date: ${new Date().toISOString().slice(0, 10)}

${table}

## Notes

- **Angka kredit in bulk** runs through the public path a dinas writes: \`predikatKinerja\` per teacher, then
  \`sumAngkaKredit\` over a generator. It shares the one formula of \`angkaKredit\` (a table per rule set, every figure
  an integer count of 1/(1200 × the koefisien's common denominator), 1/2400 for the built-in figures), so the total is
  integer additions converted to an exact \`Desimal\` once (1.3–1.8× over runs on this machine: #13's ≤ 1.5× is met
  only in some runs). The float loop drifts (by about 5·10⁻⁶ over 3.4 million
  teachers); the exact total does not. (0.1.0 measured the internal counter directly: 0.90×; the public path, with
  the argument guards of 0.2.0, is about 1.8×.)
- **Per teacher** (the SIASN string a dinas writes for each guru: \`predikatKinerja\` → \`angkaKredit\` →
  \`formatAngkaKredit(…, { untuk: 'siasn' })\`) on 340,000 teachers: \`toFixed\` rounds small fractions in exact integer
  arithmetic on numbers (property-tested against the bigint path for every mode and magnitude), and the defaults
  allocate nothing per call. 0.1.0 was about 10× the float loop (#13's figure), 0.2.0 3–4×. Now each rule set's
  table holds one immutable \`Desimal\` per cell and month count, and the formatted string of each such value is kept
  per rounding rule, so the per-teacher path is two lookups and the guards: about 1.7× (goal ≤ 3× met). The
  representation of \`Desimal\` is still the bigint rational (#13's number-first representation is not built).
- **Plan validation** is a plain copy of the input (so that a refused document is never frozen, #18), a strict zod
  parse and the rule checks (catalogue, role, points, text limits, NIP). 0.2.0 costs about 0.3× more than 0.1.0 (the
  copy and the unknown-key checks of strict schemas): the 1.5× goal is **not met** (about 1.9×); #13 carries it.
- **Replaying a cycle** (11 events, the seeds' semester; the history is 4.3 kB of JSON) is measured against
  \`JSON.parse\` of the same stored history, which every replay from storage pays first. With \`validasi: 'penuh'\`
  (the default) every event is checked again: the plan by \`validateRencana\`, each draft and submission by its zod
  schema and the step checks; zod is about half of that time. With \`validasi: 'tepercaya'\` (opt-in, for histories
  the library wrote and the app stored unchanged) the order, steps, actors and times are still checked and every
  payload is copied frozen, but not validated again. In 0.2.0 the full replay also checks strict schemas, deep drafts
  and unfrozen inputs (5.5× JSON.parse at 0.2.0; with the label index and the marked records of this release 2.8–4.5×
  over runs on this noisy machine; #13's goal ≤ 2× is **not met**). The trusted replay stays under \`JSON.parse\` (#13: ≤ 1×). #13 withdrew the
  100k cycles/s goal: copying the history's 59 objects into frozen library values alone takes about 7 µs.
- **The school view** is one pass with one due-date table per call; doubling the pegawai roughly doubles the time.
- **The operator's command line** (#19) is measured as a process, as an operator runs it: \`pak\` on 100 000 rows
  (25 000 guru, four periods each) without pages, against \`csv-parse\` alone reading the same file with the same
  options (best of 3 each; this machine's timings vary by ±20% between runs, the ratio over runs was 2.4–3.0×). About
  0.15 s of the CLI's time is loading the library and zod. From 31× to here: the PAK functions built a zod schema per
  call and copied the records beside the letterhead (now one schema, only the letterhead copied), label lookups
  rebuilt their spellings per call (now indexed once per frozen rule-set list), records the library built were
  validated again (now marked), short decimal strings are parsed once (a bounded memo of immutable values), and the
  CLI shares one record per (period, jenjang, predikat), keeps rows column-wise and writes in 64 kB chunks.
- **A million rows** (\`-- --besar\`): the live data after reading is about 75 MB, but V8 grows its heap with the
  read phase's dead objects; the CLI asks for a full collection every 200 000 rows and between phases (Node's \`gc\`,
  reached through a fresh context), which keeps the peak resident set under the 300 MiB goal.

## Size

Measured by \`npm run size\` (size-limit, esbuild, **minified and gzipped**, zod and date-fns excluded) and enforced
by CI; figures of this release (0.1.0 in brackets):

| import | size | budget |
|---|---|---|
| \`{ Desimal }\` | 2.02 kB (1.50) | 2.05 kB |
| \`{ angkaKredit }\` | 3.04 kB (1.98) | 3.05 kB |
| \`{ predikatKinerja, angkaKredit, formatAngkaKredit }\` | 4.03 kB (2.51) | 4.1 kB (#13 asks 2.5 kB: **not met**) |
| \`{ validateRencana, startAlurRencana, transitionRencana }\` | 18.2 kB (14.7) | 18.5 kB (#13 asks 12 kB: **not met**) |
| \`{ startSiklus, transitionSiklus, replaySiklus, statusSiklus }\` | 21.3 kB (17.8) | 21.5 kB (#13 asks 15 kB: **not met**) |
| everything (\`import *\`) | 41.5 kB (31.2) | 42 kB |
| \`{ createPakPenetapan }\` (PAK documents, #15) | 17.6 kB | 18 kB |
| \`pengelolaan-kinerja/cetak\` \`{ formatPakHtml }\` | 7.5 kB | 8 kB |
| \`pengelolaan-kinerja/siasn\` (\`import *\`) | 12.1 kB | 12.5 kB |

A calculator app (\`predikatKinerja\`, \`angkaKredit\`, \`formatAngkaKredit\`) pays nothing for the PAK pages, SIASN or
the command line: they are separate entry points, and a test keeps the CLI's dependencies out of the library.

0.2.0 grew by its argument and option guards (no \`TypeError\`, no frozen input, strict options), the shared angka
kredit table, the number path of \`toFixed\`, and the sourced rule data of #14, #20 and the integrasi figures.

The whole library does not fit 12 kB: its code without a single string literal is 16.3 kB gzipped, and the 2024
rule set's data (catalogue, BERAKHLAK, guiding questions, sources) is 6.7 kB on its own. What an app imports is what it
pays for: every module-level table is pure, so bundlers drop what is not used, and the defaults of the penilaian
functions are the numbers on their own (the koefisien and persentase, the matrix, the rounding policy), not the whole
rule set.
`;
  writeFileSync(join(__dirname, '..', 'docs', 'performance.md'), md);
  console.log('written docs/performance.md');
}
