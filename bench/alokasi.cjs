// Where a `pak` run allocates (node bench/alokasi.cjs [rows] [dist folder]): the built package's pakBerkas on the
// bench file, the tables written to nowhere, and per phase (reading the rows; the Penetapan per guru) the bytes
// allocated on V8's heap, the bytes that survived a young-generation collection (promoted: what grows the old
// generation between full collections, i.e. the peak), the collections and the time. Reader alone for comparison.
// Needs a build (npm run build) and the bench file (node bench/cli.cjs makes it).
'use strict';
const { createReadStream } = require('node:fs');
const { join, resolve } = require('node:path');
const v8 = require('node:v8');
const n = Number(process.argv[2] ?? 100_000);
const dist = resolve(process.argv[3] ?? join(__dirname, '..', 'dist'));
const { pakBerkas, readBerkas } = require(join(dist, 'berkas.js'));
const file = join(__dirname, '..', 'node_modules', '.cache', 'pengelolaan-kinerja-bench', `guru-${n}.csv`);

/** Allocated bytes since the last mark: heap growth between collections plus what each collection freed. */
function pengukur() {
  const prof = new v8.GCProfiler();
  prof.start();
  let awal = v8.getHeapStatistics().used_heap_size;
  let t = performance.now();
  return () => {
    const { statistics } = prof.stop();
    const kini = v8.getHeapStatistics().used_heap_size;
    let alokasi = 0;
    let promosi = 0;
    let minor = 0;
    let major = 0;
    let sebelum = awal;
    for (const s of statistics) {
      const a = s.beforeGC.heapStatistics.usedHeapSize;
      const b = s.afterGC.heapStatistics.usedHeapSize;
      alokasi += a - sebelum;
      sebelum = b;
      if (s.gcType === 'Scavenge' || s.gcType === 'MinorMarkSweep') {
        minor += 1;
        const muda = (x) =>
          x.heapSpaceStatistics.filter((sp) => sp.spaceName !== 'new_space').reduce((m, sp) => m + sp.spaceUsedSize, 0);
        promosi += Math.max(0, muda(s.afterGC) - muda(s.beforeGC));
      } else major += 1;
    }
    alokasi += kini - sebelum;
    const ms = performance.now() - t;
    prof.start();
    awal = kini;
    t = performance.now();
    return `${(alokasi / 1048576).toFixed(0).padStart(5)} MB allocated (${(alokasi / n).toFixed(0)} B/row), ${(promosi / 1048576).toFixed(0).padStart(4)} MB promoted, ${minor} minor + ${major} major GC, ${ms.toFixed(0)} ms`;
  };
}

const buang = { write() {}, drain() {}, close() {} };
const tujuan = { write() {}, open: () => buang, folder() {} };

(async () => {
  {
    const ukur = pengukur();
    const r = await readBerkas(createReadStream(file, { highWaterMark: 256 * 1024 }));
    let k = 0;
    for await (const b of r.data.baris) k += b.sel.length;
    console.log(`reader alone:  ${ukur()} (${k} cells)`);
  }
  const r = await readBerkas(createReadStream(file, { highWaterMark: 256 * 1024 }));
  const ukur = pengukur();
  let baca = '';
  const h = await pakBerkas(r.data, tujuan, {
    html: 'tidak',
    kemajuan: { tiap() {}, selesai: () => void (baca = ukur()) },
  });
  const akhir = ukur();
  if (!h.success) throw new Error(JSON.stringify(h.issues));
  console.log(`pak, rows:     ${baca}`);
  console.log(`pak, per guru: ${akhir}`);
  console.log(
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB; ${h.data.guru} guru, ${h.data.diterima} rows accepted`,
  );
})();
