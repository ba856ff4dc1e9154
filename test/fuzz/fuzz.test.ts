import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PAKET_UJI } from '../paket-uji';
import { SUBPATH } from '../subpath';

// Every export of the BUILT package and every method of its exported classes, found by Object.keys (nothing
// hand-listed), called with hostile argument lists in a worker with a per-call watchdog; every promise returned is
// awaited. Asserts: only KinerjaError escapes, thrown or as a rejection (or the caller's own getter/proxy error), no
// hang, no input changed or frozen, no prototype touched. The build is the slow project's one build of the package
// (test/paket-uji.ts), its CommonJS files.
const outDir = join(PAKET_UJI, 'dist');
// A call that answers nothing for this long hangs (a pure function's loop that never ends); a loaded 2-core machine
// takes seconds over a 100 000-element list. Loading the package and listing the calls get longer.
const BATAS_MS = 30_000;
const BATAS_AWAL_MS = 60_000;

interface Hasil {
  panggilan: number;
  janji: number;
  untyped: string[];
  berubah: string[];
  beku: string[];
  prototipe: string[];
}

function jalankan(modul: string, sub: readonly string[]): Promise<{ hasil?: Hasil; hang?: string }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(join(__dirname, 'worker.cjs'), { workerData: { modul, sub } });
    let terakhir = 'mulai';
    let timer: NodeJS.Timeout | undefined;
    const jaga = (ms = BATAS_MS) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void w.terminate();
        resolve({ hang: terakhir });
      }, ms);
    };
    jaga(BATAS_AWAL_MS);
    w.on('message', (m: { jenis: string; name?: string; label?: string; hasil?: Hasil }) => {
      if (m.jenis === 'panggil') terakhir = `${m.name}${m.label}`;
      if (m.jenis === 'selesai') {
        if (timer) clearTimeout(timer);
        void w.terminate();
        resolve({ hasil: m.hasil! });
      } else jaga();
    });
    w.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
  });
}

describe('hostile input on the built package', () => {
  it('gives only coded errors, never hangs, never changes or freezes an input, never touches a prototype', async () => {
    const r = await jalankan(
      join(outDir, 'index.js'),
      Object.keys(SUBPATH).map((n) => join(outDir, `${n}.js`)),
    );
    expect(r.hang).toBeUndefined();
    const h = r.hasil!;
    writeFileSync(join(outDir, 'hasil.json'), JSON.stringify(h, null, 1));
    console.log(
      `fuzz: ${h.panggilan} calls (${h.janji} promises awaited); untyped throws ${h.untyped.length}, changed inputs ${h.berubah.length}, frozen inputs ${h.beku.length}, prototypes ${h.prototipe.length}`,
    );
    expect(h.panggilan).toBeGreaterThan(10000);
    expect(h.untyped.slice(0, 40)).toEqual([]);
    expect(h.berubah.slice(0, 40)).toEqual([]);
    expect(h.beku.slice(0, 40)).toEqual([]);
    expect(h.prototipe).toEqual([]);
  }, 1_500_000);
});
