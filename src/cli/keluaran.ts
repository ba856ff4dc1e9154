import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { barisCsv } from './teks';

/** A file written as a stream (bounded memory), with back-pressure. */
export class Berkas {
  private readonly s: WriteStream;
  private tunggu: Promise<unknown> | null = null;
  jumlah = 0;
  constructor(readonly path: string) {
    this.s = createWriteStream(path);
  }
  /** Writes in call order; when the stream's buffer is full, every writer waits for the same drain. */
  async tulis(teks: string): Promise<void> {
    this.jumlah += 1;
    if (!this.s.write(teks) && this.tunggu === null) {
      this.tunggu = once(this.s, 'drain').finally(() => {
        this.tunggu = null;
      });
    }
    if (this.tunggu !== null) await this.tunggu;
  }
  csv(sel: readonly unknown[]): Promise<void> {
    return this.tulis(barisCsv(sel));
  }
  tutup(): Promise<void> {
    return new Promise((resolve, reject) => this.s.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}

export function siapkanFolder(dir: string, ...sub: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const s of sub) mkdirSync(join(dir, s), { recursive: true });
}

/** A progress bar on stderr, only on a terminal and never under CI; silent when piped. */
export function kemajuan(label: string, baca: () => { dibaca: number; total: number }): { tiap: () => void; selesai: () => void } {
  const aktif = process.stderr.isTTY === true && process.env['CI'] === undefined;
  let n = 0;
  let terakhir = 0;
  const gambar = () => {
    const { dibaca, total } = baca();
    const p = total > 0 ? Math.min(1, dibaca / total) : 0;
    const isi = Math.round(p * 30);
    process.stderr.write(`\r${label} [${'#'.repeat(isi)}${'.'.repeat(30 - isi)}] ${String(Math.round(p * 100)).padStart(3)}% ${n} baris`);
  };
  return {
    tiap: () => {
      n += 1;
      if (!aktif) return;
      const t = Date.now();
      if (t - terakhir > 100) {
        terakhir = t;
        gambar();
      }
    },
    selesai: () => {
      if (aktif) process.stderr.write('\r\x1b[K');
    },
  };
}
