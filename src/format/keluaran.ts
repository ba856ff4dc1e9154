/**
 * The outputs of a run (`pakBerkas`, `kenaikanBerkas`, `rekonsiliasiBerkas`): tables written as the input was (the
 * reader's {@link Dialek}: delimiter, decimal mark, BOM, line ending), through a {@link TujuanKeluaran} that the caller
 * implements: the CLI with files in a temporary folder moved in place at the end, a web page in memory (a ZIP).
 */
import type { Dialek } from './dialek';

/**
 * One file of a run written in pieces (a table, JSON Lines): text in order, then `close`. `drain` (optional) waits
 * while the destination is behind; the run calls it between batches of rows, so memory stays bounded.
 *
 * @category Berkas
 * @example
 * import type { AliranKeluaran } from 'pengelolaan-kinerja/berkas';
 * const bagian: string[] = [];
 * const aliran: AliranKeluaran = { write: (t) => void bagian.push(t) };
 * aliran.write('a,b\n');
 * bagian.join('');
 * //=> 'a,b\n'
 */
export interface AliranKeluaran {
  /**
   * The next piece of the file's text (a 64 KB chunk of a table, a JSON line).
   *
   * @param teks - The next piece of text.
   * @returns Nothing.
   */
  write(teks: string): void;
  /**
   * Resolves when the destination can take more (a Node stream's `drain`).
   *
   * @returns Nothing, or a promise that settles when the destination can take more.
   */
  drain?(): Promise<void> | void;
  /**
   * The file is complete.
   *
   * @returns Nothing, or a promise that settles when the file is complete.
   */
  close?(): Promise<void> | void;
}

/**
 * A cell of a table written as a sheet: text, a whole number, or an AK figure `{ angka }` (an exact decimal with a
 * point, as the library gives it; `''` when absent).
 *
 * @category Berkas
 * @example
 * import type { SelLembar } from 'pengelolaan-kinerja/berkas';
 * const sel: SelLembar[] = ['198703122010012004', 2024, { angka: '12.50' }];
 * sel.length;
 * //=> 3
 */
export type SelLembar = string | number | { readonly angka: string };

/**
 * A table of a run written as a sheet, row by row (the header first), then `close`: how the CLI writes `.xlsx` tables
 * for an XLSX input.
 *
 * @category Berkas
 * @example
 * import type { LembarKeluaran, SelLembar } from 'pengelolaan-kinerja/berkas';
 * const baris: (readonly SelLembar[])[] = [];
 * const lembar: LembarKeluaran = { row: (sel) => void baris.push(sel) };
 * lembar.row(['nip', 'nama']);
 * baris.length;
 * //=> 1
 */
export interface LembarKeluaran {
  /**
   * The next row (the header first).
   *
   * @param sel - The row's cells.
   * @returns Nothing.
   */
  row(sel: readonly SelLembar[]): void;
  /**
   * Resolves when the destination can take more rows (a Node stream's `drain`).
   *
   * @returns Nothing, or a promise that settles when more rows can be written.
   */
  drain?(): Promise<void> | void;
  /**
   * The sheet is complete: write it.
   *
   * @returns Nothing, or a promise that settles when the sheet is complete.
   */
  close?(): Promise<void> | void;
}

/**
 * Where a run writes its files, by their path in the output folder (`diterima.csv`, `siasn-angkakredit.jsonl`,
 * `pak/<nip>.html`). `write` takes a whole file at once; `open` a file written in pieces (the run closes it);
 * `folder` (optional) names a folder the run writes as a whole (`pak/`, made even when empty); `openSheet` (optional)
 * takes the tables of an XLSX input as sheets (`.xlsx`): without it they are CSV (`,`, `.`, CRLF) and named `.csv`.
 * Every text is UTF-8; a table starts with a BOM (`\uFEFF`) when the input had one or was not UTF-8.
 *
 * @category Berkas
 * @example
 * import type { TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * const berkas = new Map<string, string>();
 * const tujuan: TujuanKeluaran = {
 *   write: (nama, isi) => void berkas.set(nama, isi),
 *   open: (nama) => ({ write: (t) => void berkas.set(nama, (berkas.get(nama) ?? '') + t) }),
 * };
 * tujuan.open('galat.csv').write('baris,kode\n');
 * berkas.get('galat.csv');
 * //=> 'baris,kode\n'
 */
export interface TujuanKeluaran {
  /**
   * A whole file at once (a PAK page).
   *
   * @param nama - The file's name within the destination.
   * @param isi - The whole content.
   * @returns Nothing, or a promise when the write is asynchronous.
   */
  write(nama: string, isi: string): Promise<void> | void;
  /**
   * A file written in pieces (a table, JSON Lines); the run closes it.
   *
   * @param nama - The file's name within the destination.
   * @returns A stream to write the file in pieces.
   */
  open(nama: string): AliranKeluaran;
  /**
   * A folder the run writes as a whole (`pak/`), made even when empty.
   *
   * @param nama - The folder's name within the destination.
   * @returns Nothing.
   */
  folder?(nama: string): void;
  /**
   * A table of an XLSX input as a sheet (`nama` ends in `.xlsx`); the run closes it.
   *
   * @param nama - The spreadsheet's name within the destination.
   * @returns A sheet to write row by row.
   */
  openSheet?(nama: string): LembarKeluaran;
  /**
   * A whole binary file at once (a PDF); needed only by runs that write one.
   *
   * @param nama - The file's name within the destination (`pak/<nip>.pdf`, `pak.pdf`).
   * @param isi - The file's bytes.
   * @returns Nothing, or a promise the run awaits before it writes the next file.
   */
  writeBytes?(nama: string, isi: Uint8Array): Promise<void> | void;
}

/**
 * How the output tables are written: as the input was (the reader's `Dialek`), so that the operator's Excel opens them
 * as it opened the input. The encoding is always UTF-8 (with a BOM when the input had one or was not UTF-8: Excel
 * reads a BOM'd UTF-8 file correctly whatever its locale).
 */
export interface DialekKeluaran {
  readonly format: 'csv' | 'xlsx' | 'html';
  readonly encoding?: string;
  readonly bom: boolean;
  readonly pemisah: ',' | ';' | '\t';
  readonly desimal: ',' | '.';
  readonly akhirBaris: '\n' | '\r\n';
}

/** Today's output when the input says nothing: `,`, decimal point, no BOM, LF. */
export const DIALEK_BAWAAN: DialekKeluaran = /* @__PURE__ */ Object.freeze({
  format: 'csv',
  encoding: 'utf-8',
  bom: false,
  pemisah: ',',
  desimal: '.',
  akhirBaris: '\n',
});

/** The output dialect of an input's dialect (absent until the reader gives one: today's default). */
export function dialekDari(d: Partial<DialekKeluaran> | Partial<Dialek> | undefined): DialekKeluaran {
  if (d === undefined) return DIALEK_BAWAAN;
  const pemisah = d.pemisah ?? DIALEK_BAWAAN.pemisah;
  // A decimal comma under a comma separator would need quotes in every figure: keep the point there.
  const desimal = d.desimal === ',' && pemisah !== ',' ? ',' : '.';
  const bom = d.bom === true || (d.encoding !== undefined && d.encoding !== 'utf-8');
  return Object.freeze({
    format: d.format === 'xlsx' ? 'xlsx' : 'csv',
    encoding: 'utf-8',
    bom,
    pemisah,
    desimal,
    akhirBaris: d.akhirBaris ?? '\n',
  });
}

/** An AK figure (a decimal with a point, as the library gives it) in the dialect's decimal mark. */
export function angka(s: string, d: DialekKeluaran): string {
  return d.desimal === ',' ? s.replace('.', ',') : s;
}

/** An AK figure in a table: written with the dialect's decimal mark in a CSV, a number cell in a sheet. */
export class AngkaSel {
  constructor(readonly angka: string) {}
}

/** A text of digits that a spreadsheet would open as a number and change: more than 11 digits (a NIP, a NIK, a NUPTK:
 * shown in exponent form, saved back with digits lost) or a leading zero (dropped). */
const RE_ANGKA_TEKS = /^(\d{12,}|0\d+)$/;

/**
 * A text of digits as a CSV field that spreadsheets open as text. A NIP (18 digits) written bare is read by Excel and
 * LibreOffice as a number (1,98001E+17) and saved back with its last digits lost; written as the formula of its own
 * text (`="198001012000000001"`, quoted as CSV asks) it opens as that text, shows every digit, and is saved back
 * whole. Any other text is returned as it is.
 */
export function teksAngkaCsv(s: string): string {
  return RE_ANGKA_TEKS.test(s) ? `"=""${s}"""` : s;
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; formulas neutralised for spreadsheets; a
 * long text of digits (a NIP) in the form spreadsheets keep as text ({@link teksAngkaCsv}). */
export function selCsv(v: unknown, d: DialekKeluaran = DIALEK_BAWAAN): string {
  if (typeof v === 'number') return String(v);
  if (v instanceof AngkaSel) return angka(v.angka, d);
  if (typeof v === 'string' && RE_ANGKA_TEKS.test(v)) return `"=""${v}"""`;
  if (typeof v === 'string' && /^[\w./:|]*$/.test(v)) return v;
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r;\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const barisCsv = (sel: readonly unknown[], d: DialekKeluaran = DIALEK_BAWAAN): string =>
  `${sel.map((v) => selCsv(v, d)).join(d.pemisah)}${d.akhirBaris}`;

const selLembar = (v: unknown): SelLembar =>
  v instanceof AngkaSel
    ? { angka: v.angka }
    : typeof v === 'number'
      ? v
      : v === null || v === undefined
        ? ''
        : String(v);

/**
 * A table or text file of the run: text sent on in 64 KB chunks (no promise per line), or rows to a sheet. The BOM is
 * decided when the first bytes go out, not before: the reader's dialect is final only once the input has been read
 * through (a Windows-1252 byte met late switches its encoding, and a non-UTF-8 input gets a BOM'd output).
 */
export class TabelKeluaran {
  private buf: string[] = [];
  private ukuran = 0;
  private awal = true;
  jumlah = 0;
  constructor(
    private readonly aliran: AliranKeluaran | null,
    private readonly lembar: LembarKeluaran | null,
    readonly dialek: DialekKeluaran,
    private readonly bom: () => boolean,
  ) {}
  /** A line already built in the dialect (the fast path of `diterima.csv`); text only. */
  tulis(teks: string): void {
    this.jumlah += 1;
    this.buf.push(teks);
    this.ukuran += teks.length;
    if (this.ukuran >= 65536) this.siram();
  }
  csv(sel: readonly unknown[]): void {
    if (this.lembar !== null) {
      this.jumlah += 1;
      this.lembar.row(sel.map(selLembar));
    } else this.tulis(barisCsv(sel, this.dialek));
  }
  /** The header line: written first, not counted among the rows. */
  kepala(sel: readonly string[]): void {
    this.csv(sel);
    this.jumlah -= 1;
  }
  private siram(): void {
    if (this.aliran === null) return;
    if (this.awal) {
      this.awal = false;
      if (this.bom()) this.buf.unshift('\uFEFF');
    }
    if (this.buf.length === 0) return;
    this.aliran.write(this.buf.join(''));
    this.buf = [];
    this.ukuran = 0;
  }
  async jeda(): Promise<void> {
    await (this.aliran === null ? this.lembar?.drain?.() : this.aliran.drain?.());
  }
  async tutup(): Promise<void> {
    if (this.lembar !== null) {
      await this.lembar.close?.();
      return;
    }
    this.siram();
    await this.aliran!.close?.();
  }
}

/** The files of one run on a {@link TujuanKeluaran}, in the input's dialect; `selesai` closes them all. */
export class Keluaran {
  private readonly berkas: TabelKeluaran[] = [];
  private readonly dialekTabel: DialekKeluaran;
  private readonly lembar: boolean;
  constructor(
    private readonly tujuan: TujuanKeluaran,
    readonly dialek: DialekKeluaran,
    /** Whether the tables start with a BOM, asked when their first bytes go out. */
    private readonly bom: () => boolean = () => dialek.bom,
  ) {
    this.lembar = dialek.format === 'xlsx' && tujuan.openSheet !== undefined;
    // Without sheets, an XLSX input's tables are CSV in the dialect the reader gives an XLSX (`,`, `.`, CRLF).
    this.dialekTabel =
      dialek.format === 'xlsx' && !this.lembar ? { ...dialek, format: 'csv', akhirBaris: '\r\n' } : dialek;
  }
  /** The extension of a table file: `.xlsx` when written as sheets, else `.csv`. */
  get ekstensi(): string {
    return this.lembar ? '.xlsx' : '.csv';
  }
  /** A table (`nama` without extension) in the dialect. */
  tabel(nama: string): TabelKeluaran {
    const f = `${nama}${this.ekstensi}`;
    const b = this.lembar
      ? new TabelKeluaran(null, this.tujuan.openSheet!(f), this.dialekTabel, this.bom)
      : new TabelKeluaran(this.tujuan.open(f), null, this.dialekTabel, this.bom);
    this.berkas.push(b);
    return b;
  }
  /** A text file written as it is (JSON Lines). */
  teks(nama: string): TabelKeluaran {
    const b = new TabelKeluaran(
      this.tujuan.open(nama),
      null,
      { ...this.dialek, format: 'csv', bom: false, akhirBaris: '\n' },
      () => false,
    );
    this.berkas.push(b);
    return b;
  }
  folder(nama: string): void {
    this.tujuan.folder?.(nama);
  }
  async tulisLangsung(nama: string, isi: string): Promise<void> {
    await this.tujuan.write(nama, isi);
  }
  /** Whether the destination takes binary files. */
  get biner(): boolean {
    return typeof this.tujuan.writeBytes === 'function';
  }
  async tulisBiner(nama: string, isi: Uint8Array): Promise<void> {
    await this.tujuan.writeBytes?.(nama, isi);
  }
  /** Closes every file of the run. */
  async selesai(): Promise<void> {
    await Promise.all(this.berkas.map((b) => b.tutup()));
  }
}

/** The Indonesian or the English text. */
export const pilih = (bahasa: 'id' | 'en', id: string, en: string): string => (bahasa === 'en' ? en : id);
