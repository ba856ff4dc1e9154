import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { GalatPemakaian } from './masukan';
import { AngkaSel, DIALEK_BAWAAN, barisCsv, type DialekKeluaran } from './teks';

/**
 * A file of the run, written as a stream in 64 KB chunks (bounded memory, no promise per line) in the input's dialect
 * (separator, decimal mark, BOM, line ending); `jeda()` waits while the disk is behind, and the reader calls it between
 * batches of rows. For an XLSX input (`dialek.format === 'xlsx'`) the rows are kept and written as an `.xlsx` sheet at
 * the end (operators' XLSX files are small: the reader holds the whole sheet anyway).
 */
export class Berkas {
  private readonly s: WriteStream | null;
  private buf: string[] = [];
  private ukuran = 0;
  private readonly sel: unknown[][] | null;
  private awal = true;
  jumlah = 0;
  /**
   * `bom` is asked when the first bytes go out, not before: the reader's dialect is final only once the input has been
   * read through (a Windows-1252 byte met late switches its encoding, and a non-UTF-8 input gets a BOM'd output).
   */
  constructor(
    readonly path: string,
    readonly dialek: DialekKeluaran = DIALEK_BAWAAN,
    private readonly bom: () => boolean = () => dialek.bom,
  ) {
    this.sel = dialek.format === 'xlsx' ? [] : null;
    this.s = this.sel === null ? createWriteStream(path) : null;
  }
  /** A line already built in the dialect (the fast path of `diterima.csv`); CSV only. */
  tulis(teks: string): void {
    this.jumlah += 1;
    this.buf.push(teks);
    this.ukuran += teks.length;
    if (this.ukuran >= 65536) this.siram();
  }
  csv(sel: readonly unknown[]): void {
    if (this.sel !== null) {
      this.jumlah += 1;
      this.sel.push([...sel]);
    } else this.tulis(barisCsv(sel, this.dialek));
  }
  /** The header line: written first, not counted among the rows. */
  kepala(sel: readonly string[]): void {
    this.csv(sel);
    this.jumlah -= 1;
  }
  private siram(): void {
    if (this.s === null) return;
    if (this.awal) {
      this.awal = false;
      if (this.bom()) this.buf.unshift('\uFEFF');
    }
    if (this.buf.length === 0) return;
    this.s.write(this.buf.join(''));
    this.buf = [];
    this.ukuran = 0;
  }
  async jeda(): Promise<void> {
    // The stream's own flag: a 'drain' that already happened must not be waited for.
    if (this.s?.writableNeedDrain === true) await once(this.s, 'drain');
  }
  async tutup(): Promise<void> {
    if (this.sel !== null) {
      await tulisXlsx(this.path, this.sel);
      return;
    }
    this.siram();
    const s = this.s!;
    await new Promise<void>((res, rej) => s.end((e?: Error | null) => (e ? rej(e) : res())));
  }
  /** Stops writing at once (a refused or failed run); the file goes with the temporary folder. */
  hentikan(): void {
    this.s?.destroy();
  }
}

async function tulisXlsx(path: string, baris: readonly unknown[][]): Promise<void> {
  let tulis: (data: unknown[][], opsi?: object) => { toFile: (f: string) => Promise<void> };
  try {
    // Loaded only for an XLSX input: an optional peer, like read-excel-file for reading.
    tulis = (require('write-excel-file/node') as { default: typeof tulis }).default;
  } catch {
    throw new GalatPemakaian(
      'xlsx-tanpa-penulis',
      'Menulis keluaran .xlsx (masukan .xlsx) memerlukan paket write-excel-file: npm install write-excel-file (atau simpan masukan sebagai CSV).',
      'Writing .xlsx output (for an .xlsx input) needs the write-excel-file package: npm install write-excel-file (or save the input as CSV).',
    );
  }
  const data = baris.map((r, i) =>
    r.map((v) => {
      if (v instanceof AngkaSel) return v.nilai === '' ? null : { type: Number, value: Number(v.nilai), format: '0.00' };
      if (typeof v === 'number') return { type: Number, value: v };
      const t = v === null || v === undefined ? '' : String(v);
      return t === '' ? null : { type: String, value: t, ...(i === 0 ? { fontWeight: 'bold' } : {}) };
    }),
  );
  await tulis(data).toFile(path);
}

const AKTIF = new Set<Keluaran>();

/**
 * The output folder of one run, written in a temporary folder beside it and moved in place only when the run ends
 * well (`selesai`): a refused run (exit 2) or an internal fault leaves nothing behind, neither empty files nor half a
 * file. Files of an earlier run with the same names are replaced; `pak/` is replaced as a whole (pages of guru no
 * longer in the file do not linger). Other files in the folder are left alone.
 */
export class Keluaran {
  readonly sementara: string;
  private readonly berkas: Berkas[] = [];
  private readonly folderBaru: string[] = [];
  constructor(
    readonly folder: string,
    readonly dialek: DialekKeluaran = DIALEK_BAWAAN,
    /** Whether the tables start with a BOM, asked when their first bytes go out (see {@link Berkas}). */
    private readonly bom: () => boolean = () => dialek.bom,
  ) {
    const tujuan = resolve(folder);
    if (existsSync(tujuan) && !statSync(tujuan).isDirectory()) {
      throw new GalatPemakaian('keluar-bukan-folder', `--keluar ${folder} adalah berkas, bukan folder.`, `--keluar ${folder} is a file, not a folder.`);
    }
    mkdirSync(dirname(tujuan), { recursive: true });
    this.sementara = mkdtempSync(join(dirname(tujuan), `.${basename(tujuan)}.sementara-`));
    AKTIF.add(this);
  }
  /** The extension of a table file in the dialect: `.xlsx` for an XLSX input, else `.csv`. */
  get ekstensi(): string {
    return this.dialek.format === 'xlsx' ? '.xlsx' : '.csv';
  }
  /** A table (`nama` without extension) in the dialect. */
  tabel(nama: string): Berkas {
    const b = new Berkas(join(this.sementara, `${nama}${this.ekstensi}`), this.dialek, this.bom);
    this.berkas.push(b);
    return b;
  }
  /** A text file written as it is (JSON Lines). */
  teks(nama: string): Berkas {
    const b = new Berkas(join(this.sementara, nama), { ...this.dialek, format: 'csv', bom: false, akhirBaris: '\n' }, () => false);
    this.berkas.push(b);
    return b;
  }
  subfolder(nama: string): string {
    const p = join(this.sementara, nama);
    mkdirSync(p, { recursive: true });
    this.folderBaru.push(nama);
    return p;
  }
  tulisLangsung(nama: string, isi: string): void {
    writeFileSync(join(this.sementara, nama), isi);
  }
  /** Closes every file and moves the run's output into the folder. */
  async selesai(): Promise<void> {
    await Promise.all(this.berkas.map((b) => b.tutup()));
    const tujuan = resolve(this.folder);
    if (!existsSync(tujuan)) {
      // A new folder: one rename, all or nothing.
      renameSync(this.sementara, tujuan);
      AKTIF.delete(this);
      return;
    }
    for (const nama of readdirSync(this.sementara)) {
      const dari = join(this.sementara, nama);
      const ke = join(tujuan, nama);
      if (statSync(dari).isDirectory() && existsSync(ke)) {
        const lama = `${dari}.lama`;
        renameSync(ke, lama);
        renameSync(dari, ke);
        rmSync(lama, { recursive: true, force: true });
      } else renameSync(dari, ke);
    }
    rmSync(this.sementara, { recursive: true, force: true });
    AKTIF.delete(this);
  }
  batal(): void {
    for (const b of this.berkas) b.hentikan();
    rmSync(this.sementara, { recursive: true, force: true, maxRetries: 3 });
    AKTIF.delete(this);
  }
}

/** Cancels every output folder still open (a refused run, an internal fault, Ctrl-C): nothing half-done is left. */
export function batalkanSemua(): void {
  for (const k of [...AKTIF]) {
    try {
      k.batal();
    } catch {
      // Best effort: the temporary folder is hidden (a dot name) and says what it is.
    }
  }
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

let kumpul: (() => void) | null | undefined;

/**
 * A full garbage collection, between the phases of a large file and every 200 000 rows: V8 otherwise grows its heap
 * with the read phase's dead objects (a million rows: 75 MB live, 285 MB resident) instead of reusing it. Node exposes
 * `gc` only behind a flag; a context created after setting it gets the function. Without it, nothing happens.
 */
export function kompak(): void {
  if (kumpul === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      kumpul = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      kumpul = null;
    }
  }
  kumpul?.();
}
