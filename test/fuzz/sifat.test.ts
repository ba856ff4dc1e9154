import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PAKET_UJI } from '../paket-uji';

// The property fuzz of the built package (sifat-worker.mjs says what it calls and what passes): every function export
// of every JavaScript entry point of package.json "exports", under `import` and `require`, with argument lists
// fast-check draws from the run's seed (FC_SEED, printed by vitest.config.mts; `FC_SEED=<seed> npx vitest run
// --project lambat test/fuzz/sifat.test.ts` runs the same calls again; FUZZ_HANYA=<pattern> narrows them to the
// targets whose name matches, FUZZ_RUNS=<n> sets the runs per target). The worker reports each call before making it:
// a call after which nothing is heard for BATAS_MS never returned (a hang), and the test names it.
const BATAS_MS = 90_000;
const BATAS_JANJI_MS = 30_000;
const BATAS_AWAL_MS = 120_000;
const seed = Number.isSafeInteger(Number(process.env.FC_SEED))
  ? Number(process.env.FC_SEED)
  : Math.floor(Math.random() * 0x7fffffff);
const numRuns = Number(process.env.FUZZ_RUNS ?? 60);

interface Hasil {
  entri: string[];
  ekspor: number;
  sasaran: number;
  panggilan: number;
  janji: number;
  gagal: string[];
}

function jalankan(): Promise<{ hasil?: Hasil; hang?: string }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(join(__dirname, 'sifat-worker.mjs'), {
      workerData: { paket: PAKET_UJI, seed, numRuns, batasJanjiMs: BATAS_JANJI_MS, hanya: process.env.FUZZ_HANYA },
    });
    let terakhir = 'loading the entry points';
    let timer: NodeJS.Timeout | undefined;
    const jaga = (ms = BATAS_MS) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        void w.terminate();
        resolve({ hang: terakhir });
      }, ms);
    };
    jaga(BATAS_AWAL_MS);
    w.on('message', (m: { jenis: string; label?: string; hasil?: Hasil }) => {
      if (m.jenis === 'panggil') terakhir = m.label!;
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

/** The JavaScript entry points of the built package's "exports", each under both conditions. */
function entriPaket(): string[] {
  const pj = JSON.parse(readFileSync(join(PAKET_UJI, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
  };
  return Object.entries(pj.exports).flatMap(([sub, t]) =>
    t !== null && typeof t === 'object' ? ['import', 'require'].map((k) => `${pj.name}${sub.slice(1)} (${k})`) : [],
  );
}

describe('fast-check fuzz of every export of the built package', () => {
  it('returns, or throws or rejects only a coded KinerjaError; never hangs; never changes an input', async () => {
    console.log(`fuzz (fast-check): seed ${seed}, ${numRuns} runs per target`);
    const r = await jalankan();
    expect(r.hang, `no answer after ${r.hang} (FC_SEED=${seed})`).toBeUndefined();
    const h = r.hasil!;
    console.log(
      `fuzz (fast-check): seed ${seed}; ${h.entri.length / 2} entry points under import and require, ${h.ekspor} function exports, ${h.sasaran} targets (constructors, statics and instance methods included, one per function per build), ${h.panggilan} calls, ${h.janji} promises awaited, ${h.gagal.length} failures`,
    );
    expect(h.entri).toEqual(entriPaket());
    expect(h.gagal, `FC_SEED=${seed}`).toEqual([]);
    if (process.env.FUZZ_HANYA === undefined) expect(h.ekspor).toBeGreaterThan(200);
  }, 3_000_000);
});
