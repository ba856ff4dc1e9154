import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { GalatPemakaian } from './masukan';
import type { AliranKeluaran, LembarKeluaran, SelLembar, TujuanKeluaran } from 'pengelolaan-kinerja/berkas';

/** A file of the run as a stream: the text comes in 64 KB chunks from pengelolaan-kinerja/berkas. */
function aliranBerkas(path: string): AliranKeluaran & { hentikan(): void } {
  const s: WriteStream = createWriteStream(path);
  return {
    write: (teks) => void s.write(teks),
    // The stream's own flag: a 'drain' that already happened must not be waited for.
    drain: async () => {
      if (s.writableNeedDrain) await once(s, 'drain');
    },
    close: () => new Promise<void>((res, rej) => s.end((e?: Error | null) => (e ? rej(e) : res()))),
    hentikan: () => s.destroy(),
  };
}

/** A table of an XLSX input: its rows kept and written as an `.xlsx` sheet when it is closed (operators' XLSX files
 * are small: the reader holds the whole sheet anyway). */
function lembarBerkas(path: string): LembarKeluaran {
  const baris: (readonly SelLembar[])[] = [];
  return { row: (sel) => void baris.push(sel), close: () => tulisXlsx(path, baris) };
}

async function tulisXlsx(path: string, baris: readonly (readonly SelLembar[])[]): Promise<void> {
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
      if (typeof v === 'object')
        return v.angka === '' ? null : { type: Number, value: Number(v.angka), format: '0.00' };
      if (typeof v === 'number') return { type: Number, value: v };
      return v === '' ? null : { type: String, value: v, ...(i === 0 ? { fontWeight: 'bold' } : {}) };
    }),
  );
  await tulis(data).toFile(path);
}

const AKTIF = new Set<Keluaran>();

/**
 * The output folder of one run (pengelolaan-kinerja/berkas' TujuanKeluaran), written in a temporary folder beside it
 * and moved in place only when the run ends well (`selesai`): a refused run (exit 2) or an internal fault leaves
 * nothing behind, neither empty files nor half a file. Files of an earlier run with the same names are replaced;
 * `pak/` is replaced as a whole (pages of guru no longer in the file do not linger). Other files in the folder are left
 * alone.
 */
export class Keluaran implements TujuanKeluaran {
  readonly sementara: string;
  private readonly aliran: { hentikan(): void }[] = [];
  constructor(readonly tempat: string) {
    const folder = tempat;
    const tujuan = resolve(folder);
    if (existsSync(tujuan) && !statSync(tujuan).isDirectory()) {
      throw new GalatPemakaian(
        'keluar-bukan-folder',
        `--keluar ${folder} adalah berkas, bukan folder.`,
        `--keluar ${folder} is a file, not a folder.`,
      );
    }
    mkdirSync(dirname(tujuan), { recursive: true });
    this.sementara = mkdtempSync(join(dirname(tujuan), `.${basename(tujuan)}.sementara-`));
    AKTIF.add(this);
  }
  private jalur(nama: string): string {
    const p = join(this.sementara, nama);
    if (nama.includes('/')) mkdirSync(dirname(p), { recursive: true });
    return p;
  }
  write(nama: string, isi: string): void {
    writeFileSync(this.jalur(nama), isi);
  }
  writeBytes(nama: string, isi: Uint8Array): void {
    writeFileSync(this.jalur(nama), isi);
  }
  open(nama: string): AliranKeluaran {
    const a = aliranBerkas(this.jalur(nama));
    this.aliran.push(a);
    return a;
  }
  openSheet(nama: string): LembarKeluaran {
    return lembarBerkas(this.jalur(nama));
  }
  folder(nama: string): void {
    mkdirSync(join(this.sementara, nama), { recursive: true });
  }
  /** Moves the run's output (its files closed by the run) into the folder. */
  async selesai(): Promise<void> {
    const tujuan = resolve(this.tempat);
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
    for (const a of this.aliran) a.hentikan();
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
export function kemajuan(
  label: string,
  baca: () => { dibaca: number; total: number },
): { tiap: () => void; selesai: () => void } {
  const aktif = process.stderr.isTTY === true && process.env['CI'] === undefined;
  let n = 0;
  let terakhir = 0;
  const gambar = () => {
    const { dibaca, total } = baca();
    const p = total > 0 ? Math.min(1, dibaca / total) : 0;
    const isi = Math.round(p * 30);
    process.stderr.write(
      `\r${label} [${'#'.repeat(isi)}${'.'.repeat(30 - isi)}] ${String(Math.round(p * 100)).padStart(3)}% ${n} baris`,
    );
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
