import { fail, ok, type Result } from '../core/result';
import { formatNilai, KinerjaError } from '../core/error';
import { issueOf } from '../core/issue';
import { periksaProtokol } from '../core/periksa';
import type { BacaanBerkas, BarisBerkas, Dialek, FormatBerkas } from './dialek';
import { PembacaCsv, tebakPemisah, type Rekaman } from './csv';
import { Dekoder } from './encoding';
import { barisHtml } from './html';
import { pesanTolak, sniff, type JenisBerkas } from './sniff';
import type { BarisXlsx } from './xlsx';
import { countKolomDikenal } from './kolom';

/**
 * A stream of bytes as browsers and Node (`stream/web`, `Readable.toWeb`) give it: what {@link readBerkas} needs of
 * a `ReadableStream<Uint8Array>`.
 *
 * @category Berkas
 * @example
 * import type { AliranByte } from 'pengelolaan-kinerja/berkas';
 * const aliran: AliranByte = new Blob(['NIP;Nama\n']).stream();
 */
export interface AliranByte {
  /**
   * A reader of the stream's chunks, released when done.
   *
   * @returns A reader of the stream's chunks.
   */
  getReader(): {
    /** The next chunk, or `done`. */
    read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
    /** Lets the stream go. */
    releaseLock(): void;
  };
}

/**
 * What {@link readBerkas} reads: all the bytes (`Uint8Array`, `ArrayBuffer`), a byte stream, or an async iterable of
 * chunks (a Node `fs.createReadStream`).
 *
 * @category Berkas
 * @example
 * import type { SumberBerkas } from 'pengelolaan-kinerja/berkas';
 * const sumber: SumberBerkas = new TextEncoder().encode('NIP;Nama\n');
 */
export type SumberBerkas = Uint8Array | ArrayBuffer | AsyncIterable<Uint8Array> | AliranByte;

/**
 * Options of {@link readBerkas}: the file's size in bytes (for progress; known when bytes are given), and how much a
 * row looks like the header (by default the count of known column names, {@link countKolomDikenal}), used to skip an
 * export's title lines above it.
 *
 * @category Berkas
 * @example
 * import type { OpsiBacaBerkas } from 'pengelolaan-kinerja/berkas';
 * const opsi: OpsiBacaBerkas = { total: 1024, skorJudul: (sel) => sel.filter((s) => /nip/i.test(s)).length };
 */
export interface OpsiBacaBerkas {
  /** The file's size in bytes, where known (for the progress). */
  readonly total?: number;
  /** How much a row looks like the header (default: the count of known column names). */
  readonly skorJudul?: (sel: readonly string[]) => number;
  /**
   * The largest `.xlsx` to take, in bytes of its sheet (and shared strings) once inflated, as the workbook's ZIP
   * directory states them (default: no limit). A larger workbook is refused with `xlsx-terlalu-besar` before it is
   * inflated, saying both sizes and to save the sheet as CSV (read as a stream, without such a limit). For a browser
   * tab, where the compressed file and the shared strings are held in memory.
   */
  readonly batasXlsx?: number;
}

const SAMPEL = 64 * 1024;
const JENDELA_JUDUL = 30;

type Potongan = AsyncIterator<Uint8Array>;

function potongan(sumber: SumberBerkas): Potongan {
  if (sumber instanceof Uint8Array || sumber instanceof ArrayBuffer) {
    const b = sumber instanceof ArrayBuffer ? new Uint8Array(sumber) : sumber;
    let habis = false;
    return {
      next: async () => {
        if (habis) return { done: true, value: undefined };
        habis = true;
        return { done: false, value: b };
      },
    };
  }
  // A caller's stream or iterator that breaks its protocol (no reader, a result that is not an object) is refused with
  // KinerjaError `argumen-tidak-valid` where the language would throw a TypeError.
  if (typeof (sumber as AliranByte).getReader === 'function') {
    const r: unknown = (sumber as AliranByte).getReader();
    periksaProtokol(r, 'read', 'sumber.getReader()');
    return {
      next: async () => {
        const x: unknown = await (r as ReturnType<AliranByte['getReader']>).read();
        periksaProtokol(x, null, 'sumber.getReader().read()');
        if (x.done || x.value === undefined) {
          (r as ReturnType<AliranByte['getReader']>).releaseLock();
          return { done: true, value: undefined };
        }
        return { done: false, value: periksaPotongan(x.value) };
      },
    };
  }
  // The caller's chunks are checked where they are used (periksaPotongan in Aliran), not through a wrapper: a promise
  // more per chunk is felt with small chunks.
  const it: unknown = (sumber as AsyncIterable<Uint8Array>)[Symbol.asyncIterator]();
  periksaProtokol(it, 'next', 'sumber[Symbol.asyncIterator]()');
  return it as unknown as Potongan;
}

function gagal(code: string, message: string, messageEn: string): Result<never> {
  return fail([issueOf(code, [], message, messageEn)]);
}

/** Whether every cell is blank (`;;;;`): not a row. A loop, not a callback: it runs once per row. */
function kosong(sel: readonly string[]): boolean {
  for (let i = 0; i < sel.length; i++) if (sel[i]!.trim() !== '') return false;
  return true;
}
const isiSel = (sel: readonly string[]): number => sel.reduce((n, s) => n + (s.trim() === '' ? 0 : 1), 0);

/** The header among the first rows: the best score if a scorer says any row looks like one, else the first row as wide as most. */
function pilihJudul(calon: readonly { sel: readonly string[] }[], skor: OpsiBacaBerkas['skorJudul']): number {
  if (calon.length === 0) return -1;
  if (skor !== undefined) {
    let terbaik = -1;
    let nilai = 0;
    calon.forEach((c, i) => {
      const s = skor(c.sel);
      if (s > nilai) {
        nilai = s;
        terbaik = i;
      }
    });
    if (terbaik >= 0 && nilai >= 2) return terbaik;
  }
  const lebar = Math.max(...calon.map((c) => isiSel(c.sel)));
  const i = calon.findIndex((c) => isiSel(c.sel) >= Math.max(Math.min(2, lebar), Math.ceil(lebar / 2)));
  return i < 0 ? 0 : i;
}

const RE_KOMA = /^-?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const RE_TITIK = /^-?(\d{1,3}(,\d{3})+|\d+)\.\d+$/;

/** The decimal mark the cells use: the one most numbers are written with; else what goes with the delimiter. */
function tebakDesimal(baris: readonly { sel: readonly string[] }[], pemisah: Dialek['pemisah']): Dialek['desimal'] {
  let koma = 0;
  let titik = 0;
  for (const b of baris) {
    for (const s of b.sel) {
      const t = s.trim();
      if (t.length > 24 || t.length < 3) continue;
      if (RE_KOMA.test(t)) koma++;
      else if (RE_TITIK.test(t)) titik++;
    }
  }
  if (koma > titik) return ',';
  if (titik > koma) return '.';
  return pemisah === ';' ? ',' : '.';
}

/**
 * The rows of a delimited text pulled without a promise per row (the runs' row reading, data.ts): `ambil` the next row
 * already read (null when the text read so far is used up), then `isi` to read on (false at the end). The rows are
 * the reader's own records, not frozen copies. Internal: not exported by the entry point.
 */
export interface TarikBaris {
  ambil(): BarisBerkas | null;
  isi(): Promise<boolean>;
}

const TARIK = Symbol('tarik');

/** The rows of the reader's own files (their cells already checked), as against a caller's own iterable. */
const DARI_PEMBACA = new WeakSet<object>();

/**
 * The first data rows of each file opened by {@link readBerkas} (read already, to find its header), by the file's
 * header array: a run checks them before it writes anything (a column whose values are jabatan titles under a header
 * it does not know). Held weakly: gone with the file. The same rows still come from `baris`.
 */
const CONTOH = new WeakMap<object, readonly BarisBerkas[]>();

/** The first data rows of the file whose header this is (at most {@link JENDELA_JUDUL}), when {@link readBerkas} read it. Internal. */
export function contohBaris(header: readonly string[]): readonly BarisBerkas[] | undefined {
  return CONTOH.get(header);
}

/** The header of a file, remembered with its first data rows. */
function judulDengan(header: readonly string[], contoh: readonly BarisBerkas[]): readonly string[] {
  const h = Object.freeze(header);
  CONTOH.set(h, Object.freeze(contoh.slice(0, JENDELA_JUDUL)));
  return h;
}

/** Whether these rows come from {@link readBerkas} itself. Internal: not exported by the entry point. */
export function dariPembaca(baris: object): boolean {
  return DARI_PEMBACA.has(baris);
}

/** The pull of a delimited text's rows from {@link readBerkas}, or undefined for any other iterable (a table, the caller's own). */
export function tarikBaris(baris: AsyncIterable<BarisBerkas>): TarikBaris | undefined {
  return (baris as { [TARIK]?: () => TarikBaris })[TARIK]?.();
}

function milikPembaca<T extends object>(baris: T): T {
  DARI_PEMBACA.add(baris);
  return baris;
}

function baris(b: number, sel: readonly string[]): BarisBerkas {
  return Object.freeze({ baris: b, sel: Object.freeze(sel) });
}

function dariRekaman(r: Rekaman): BarisBerkas {
  return r.rusak === undefined
    ? baris(r.baris, r.sel)
    : Object.freeze({ baris: r.baris, sel: Object.freeze([] as string[]), rusak: r.rusak });
}

/** A whole table read at once (XLSX, HTML): header chosen, title rows kept apart, empty rows dropped. */
function dariTabel(
  rows: readonly { baris: number; sel: string[] }[],
  dialek: Dialek,
  skor: OpsiBacaBerkas['skorJudul'],
  total: number,
): Result<BacaanBerkas> {
  const isi = rows.filter((r) => !kosong(r.sel));
  const i = pilihJudul(isi.slice(0, JENDELA_JUDUL), skor);
  if (i < 0) return gagal('berkas-kosong', pesanTolak('kosong').message, pesanTolak('kosong').messageEn);
  const data = isi.slice(i + 1).map((r) => baris(r.baris, r.sel));
  const d = Object.freeze({
    ...dialek,
    desimal: dialek.format === 'xlsx' ? dialek.desimal : tebakDesimal(data.slice(0, 200), dialek.pemisah),
  });
  const pemisah = d.format === 'html' && d.desimal === ',' ? ';' : d.pemisah;
  const akhir = Object.freeze({ ...d, pemisah });
  return ok(
    Object.freeze({
      header: judulDengan(
        isi[i]!.sel.map((s) => s.trim()),
        data.slice(0, JENDELA_JUDUL),
      ),
      dialek: akhir,
      prolog: Object.freeze(isi.slice(0, i).map((r) => baris(r.baris, r.sel))),
      baris: milikPembaca({
        async *[Symbol.asyncIterator]() {
          yield* data;
        },
      }),
      kemajuan: () => ({ dibaca: total, total }),
    }),
  );
}

/** A table whose rows come as they are read (XLSX): the header chosen among the first rows, the rest streamed. */
async function dariTabelAliran(
  rows: AsyncIterable<BarisXlsx>,
  dialek: Dialek,
  skor: OpsiBacaBerkas['skorJudul'],
  total: number,
): Promise<Result<BacaanBerkas>> {
  const it = rows[Symbol.asyncIterator]();
  const awal: BarisXlsx[] = [];
  let habis = false;
  while (awal.length < JENDELA_JUDUL) {
    const r = await it.next();
    if (r.done === true) {
      habis = true;
      break;
    }
    if (!kosong(r.value.sel)) awal.push(r.value);
  }
  const i = pilihJudul(awal, skor);
  if (i < 0) return gagal('berkas-kosong', pesanTolak('kosong').message, pesanTolak('kosong').messageEn);
  // A sheet leaves out empty cells: a row is as wide as the widest of the header and itself, like a CSV's.
  const n = awal[i]!.sel.length;
  const lebar = (sel: string[]): string[] => {
    while (sel.length < n) sel.push('');
    return sel;
  };
  const depan = awal.slice(i + 1).map((r) => baris(r.baris, lebar(r.sel)));
  let dipakai = false;
  return ok(
    Object.freeze({
      header: judulDengan(
        awal[i]!.sel.map((s) => s.trim()),
        depan,
      ),
      dialek: Object.freeze({ ...dialek }),
      prolog: Object.freeze(awal.slice(0, i).map((r) => baris(r.baris, r.sel))),
      baris: {
        async *[Symbol.asyncIterator]() {
          if (dipakai) return;
          dipakai = true;
          yield* depan;
          depan.length = 0;
          if (habis) return;
          for (let r = await it.next(); r.done !== true; r = await it.next())
            if (!kosong(r.value.sel)) yield baris(r.value.baris, lebar(r.value.sel));
        },
      },
      kemajuan: () => ({ dibaca: total, total }),
    }),
  );
}

function satukan(bagian: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(bagian.reduce((s, b) => s + b.length, 0));
  let p = 0;
  for (const b of bagian) {
    out.set(b, p);
    p += b.length;
  }
  return out;
}

/** The bytes of a source, pulled a chunk at a time, with how many were read and whether the source has ended. */
class Aliran {
  dibaca = 0;
  habis = false;
  constructor(private readonly it: Potongan) {}

  /** The next chunk, or `null` at the end. */
  async berikut(): Promise<Uint8Array | null> {
    if (this.habis) return null;
    const r: unknown = await this.it.next();
    periksaProtokol(r, null, 'sumber: next()');
    if (r.done === true) {
      this.habis = true;
      return null;
    }
    const b = periksaPotongan(r.value);
    this.dibaca += b.length;
    return b;
  }

  /** `awal` and every chunk still to come, as one array. */
  async semua(awal: Uint8Array): Promise<Uint8Array> {
    const bagian = [awal];
    for (let b = await this.berikut(); b !== null; b = await this.berikut()) bagian.push(b);
    return bagian.length === 1 ? awal : satukan(bagian);
  }
}

/**
 * Opens an operator's file: the format is sniffed from the bytes (CSV or tab-separated text, XLSX read as a stream
 * through the optional peers `fflate` and `saxes`, an HTML table saved as `.xls`), the encoding too (UTF-8 with or
 * without BOM, UTF-16 LE/BE, Windows-1252 when the bytes are not valid UTF-8 or hold a character a staff file does not
 * write, such as a C1 control or CJK), then the delimiter, decimal mark and line ending
 * ({@link Dialek}). Text is read as a stream: rows come out while the bytes come in. A line that cannot be split
 * (an unterminated quote) comes out as a row with `rusak` and the rest of the file is read. A file that is not one of
 * these formats (an Excel 97–2003 BIFF `.xls`, an OpenDocument sheet, a PDF) is refused with one coded issue
 * (`format-tidak-didukung`) saying how to save it; an empty file with `berkas-kosong`; an XLSX without
 * `fflate` and `saxes` installed with `xlsx-tanpa-pembaca`; an XLSX it cannot open with `xlsx-tidak-terbaca`.
 *
 * @param sumber - The file: bytes, a Node read stream, a web `ReadableStream` or any async iterable of bytes.
 * @param opsi - The column map, the rule set, the language and a progress callback.
 * @returns The header, the dialect and the rows to pull, or a failed result with `berkas-kosong`,
 *   `format-tidak-didukung`, `xlsx-tanpa-pembaca` or `xlsx-tidak-terbaca`; wrong arguments reject with `KinerjaError`
 *   `argumen-tidak-valid`.
 * @category Berkas
 * @example
 * import { readBerkas } from 'pengelolaan-kinerja/berkas';
 * async function contoh() {
 *   const r = await readBerkas(new TextEncoder().encode('\uFEFFNIP;Nama;AK\r\n198703122010012004;ANDI "ACO" RAHMAN;12,5\r\n'));
 *   if (!r.success) return r.issues[0]?.message;
 *   for await (const b of r.data.baris) console.log(b.baris, b.sel); // 2 [ '198703122010012004', 'ANDI "ACO" RAHMAN', '12,5' ]
 *   return r.data.dialek; // { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' }
 * }
 */
export async function readBerkas(sumber: SumberBerkas, opsi: OpsiBacaBerkas = {}): Promise<Result<BacaanBerkas>> {
  periksaSumber(sumber, opsi);
  return baca(sumber, { skorJudul: countKolomDikenal, ...opsi });
}

function salahBaca(id: string, en: string): KinerjaError {
  return new KinerjaError('argumen-tidak-valid', id, en);
}

/** readBerkas's arguments: bytes, a byte stream or an async iterable of chunks; options with a size and a scorer. */
function periksaSumber(sumber: unknown, opsi: unknown): void {
  const s = sumber as { getReader?: unknown; [Symbol.asyncIterator]?: unknown } | null;
  if (
    !(sumber instanceof Uint8Array) &&
    !(sumber instanceof ArrayBuffer) &&
    (s === null ||
      typeof s !== 'object' ||
      (typeof s.getReader !== 'function' && typeof s[Symbol.asyncIterator] !== 'function'))
  ) {
    throw salahBaca(
      `sumber harus berupa byte (Uint8Array, ArrayBuffer), ReadableStream byte, atau AsyncIterable Uint8Array, bukan ${formatNilai(sumber)}.`,
      `sumber must be bytes (Uint8Array, ArrayBuffer), a byte ReadableStream or an AsyncIterable of Uint8Array, not ${formatNilai(sumber)}.`,
    );
  }
  if (opsi === null || typeof opsi !== 'object' || Array.isArray(opsi))
    throw salahBaca(
      `opsi harus berupa objek, bukan ${formatNilai(opsi)}.`,
      `opsi must be an object, not ${formatNilai(opsi)}.`,
    );
  const { total, skorJudul, batasXlsx } = opsi as { total?: unknown; skorJudul?: unknown; batasXlsx?: unknown };
  if (batasXlsx !== undefined && !(typeof batasXlsx === 'number' && Number.isFinite(batasXlsx) && batasXlsx > 0))
    throw salahBaca(
      `opsi.batasXlsx harus berupa bilangan byte lebih dari 0, bukan ${formatNilai(batasXlsx)}.`,
      `opsi.batasXlsx must be a number of bytes above 0, not ${formatNilai(batasXlsx)}.`,
    );
  if (total !== undefined && !(typeof total === 'number' && Number.isFinite(total) && total >= 0))
    throw salahBaca(
      `opsi.total harus berupa bilangan byte, bukan ${formatNilai(total)}.`,
      `opsi.total must be a number of bytes, not ${formatNilai(total)}.`,
    );
  if (skorJudul !== undefined && typeof skorJudul !== 'function')
    throw salahBaca(
      `opsi.skorJudul harus berupa fungsi, bukan ${formatNilai(skorJudul)}.`,
      `opsi.skorJudul must be a function, not ${formatNilai(skorJudul)}.`,
    );
}

/** A chunk of the caller's stream: bytes, or misuse (a stream of text, say). */
function periksaPotongan(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  throw salahBaca(
    `Potongan aliran harus berupa Uint8Array, bukan ${formatNilai(v)} (buka berkas sebagai byte, bukan teks).`,
    `A chunk of the stream must be a Uint8Array, not ${formatNilai(v)} (open the file as bytes, not text).`,
  );
}

async function baca(sumber: SumberBerkas, opsi: OpsiBacaBerkas): Promise<Result<BacaanBerkas>> {
  const aliran = new Aliran(potongan(sumber));
  const totalAwal =
    opsi.total ?? (sumber instanceof Uint8Array || sumber instanceof ArrayBuffer ? sumber.byteLength : 0);
  // The first bytes, enough to sniff.
  const awal: Uint8Array[] = [];
  let n = 0;
  for (let b = n < SAMPEL ? await aliran.berikut() : null; b !== null; b = n < SAMPEL ? await aliran.berikut() : null) {
    awal.push(b);
    n += b.length;
  }
  const sampel = awal.length === 1 ? awal[0]! : satukan(awal);
  const jenis: JenisBerkas = sniff(sampel, aliran.habis);
  if (jenis.jenis === 'tolak') {
    const p = pesanTolak(jenis.apa);
    return gagal(jenis.apa === 'kosong' ? 'berkas-kosong' : 'format-tidak-didukung', p.message, p.messageEn);
  }
  if (jenis.jenis === 'xlsx') return dariXlsx(await aliran.semua(sampel), opsi);
  const dekoder = new Dekoder(jenis.encoding);
  const tanpaBom = sampel.subarray(jenis.lompat);
  if (jenis.html) {
    const teks = dekoder.dekode(await aliran.semua(tanpaBom), true);
    return dariTabel(
      barisHtml(teks),
      { format: 'html', encoding: dekoder.encoding, bom: jenis.bom, pemisah: ',', desimal: '.', akhirBaris: '\r\n' },
      opsi.skorJudul,
      opsi.total ?? aliran.dibaca,
    );
  }
  return dariTeks(aliran, dekoder, dekoder.dekode(tanpaBom, aliran.habis), { bom: jenis.bom, totalAwal, opsi });
}

async function dariXlsx(bytes: Uint8Array, opsi: OpsiBacaBerkas): Promise<Result<BacaanBerkas>> {
  // A ZIP is read from its end: the compressed file is held, its sheet is not (see xlsx.ts). The XLSX reader is loaded
  // only for an XLSX (as its peers are), so a CSV reader does not carry it.
  const { bacaXlsx } = await import('./xlsx');
  const h = await bacaXlsx(bytes, opsi.batasXlsx === undefined ? {} : { batas: opsi.batasXlsx });
  if (!h.success) return h;
  return dariTabelAliran(
    h.data.baris,
    { format: 'xlsx', encoding: 'utf-8', bom: true, pemisah: ',', desimal: '.', akhirBaris: '\r\n' },
    opsi.skorJudul,
    opsi.total ?? bytes.length,
  );
}

/**
 * The header of delimited text, found on the first lines alone (a title row may sit above it): reads on until
 * {@link JENDELA_JUDUL} non-empty records are there or the file ends. Returns the text read and those records.
 */
async function cariJudul(
  aliran: Aliran,
  dekoder: Dekoder,
  teksAwal: string,
  pemisah: string,
): Promise<{ teks: string; calon: Rekaman[] }> {
  let teks = teksAwal;
  const jendela = (): Rekaman[] => {
    const uji = new PembacaCsv(pemisah);
    const out: Rekaman[] = [];
    uji.dorong(teks, aliran.habis, (r) => {
      if (r.rusak === undefined && !kosong(r.sel) && out.length < JENDELA_JUDUL) out.push(r);
    });
    return out;
  };
  let calon = jendela();
  while (!aliran.habis && calon.length < JENDELA_JUDUL) {
    const b = await aliran.berikut();
    const t = b === null ? dekoder.dekode(new Uint8Array(0), true) : dekoder.dekode(b, false);
    teks += t;
    // A new row can only have come with a line break (or the end of the file).
    if (b === null || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) calon = jendela();
  }
  return { teks, calon };
}

/**
 * Delimited text, streamed: the header first, then the reading proper from the start, knowing the header's width (a
 * quote that joins lines into a row of another width is an unterminated quote, refused on its line).
 */
async function dariTeks(
  aliran: Aliran,
  dekoder: Dekoder,
  teksAwal: string,
  o: { readonly bom: boolean; readonly totalAwal: number; readonly opsi: OpsiBacaBerkas },
): Promise<Result<BacaanBerkas>> {
  const pemisah = tebakPemisah(teksAwal);
  const { teks, calon } = await cariJudul(aliran, dekoder, teksAwal, pemisah);
  const iJudul = pilihJudul(calon, o.opsi.skorJudul);
  if (iJudul < 0) return gagal('berkas-kosong', pesanTolak('kosong').message, pesanTolak('kosong').messageEn);
  const judul = calon[iJudul]!;
  const pembaca = new PembacaCsv(pemisah);
  pembaca.jumlahKolom = judul.sel.length;
  const antre: Rekaman[] = [];
  pembaca.dorong(teks, aliran.habis, (r) => {
    if (r.rusak !== undefined || !kosong(r.sel)) antre.push(r);
  });
  // Rows above the header are its title lines; the header's own line is not data.
  const depan = antre.filter((r) => r.baris > judul.baris);
  const desimal = tebakDesimal(depan, pemisah);
  return ok(
    Object.freeze({
      header: judulDengan(
        judul.sel.map((s) => s.trim()),
        // Copies: the records themselves go on to the run.
        depan.slice(0, JENDELA_JUDUL).map((r) => dariRekaman({ ...r, sel: [...r.sel] })),
      ),
      get dialek(): Dialek {
        const akhirBaris = pembaca.akhir === '' ? '\r\n' : pembaca.akhir;
        const format: FormatBerkas = 'csv';
        return Object.freeze({ format, encoding: dekoder.encoding, bom: o.bom, pemisah, desimal, akhirBaris });
      },
      prolog: Object.freeze(antre.filter((r) => r.baris < judul.baris).map(dariRekaman)),
      baris: milikPembaca(barisTeks(aliran, dekoder, pembaca, depan)),
      kemajuan: () => ({ dibaca: aliran.dibaca, total: Math.max(o.totalAwal, aliran.dibaca) }),
    }),
  );
}

/**
 * The data rows of delimited text, pulled: a record is split from the text when it is asked for (see PembacaCsv),
 * the bytes read when the text runs out. The public async iterator and the runs' own loop (tarikBaris) share this
 * one path. Read once: a second reading (or pull) gets no rows.
 */
function barisTeks(
  aliran: Aliran,
  dekoder: Dekoder,
  pembaca: PembacaCsv,
  depan: Rekaman[],
): AsyncIterable<BarisBerkas> & { readonly [TARIK]: () => TarikBaris } {
  let i = 0;
  const ambil = (): Rekaman | null => {
    if (i < depan.length) return depan[i++]!;
    if (i > 0) {
      depan.length = 0;
      i = 0;
    }
    for (let r = pembaca.berikut(); r !== null; r = pembaca.berikut())
      if (r.rusak !== undefined || !kosong(r.sel)) return r;
    return null;
  };
  const isi = async (): Promise<boolean> => {
    if (aliran.habis) return false;
    const b = await aliran.berikut();
    if (b === null) pembaca.muat(dekoder.dekode(new Uint8Array(0), true), true);
    else pembaca.muat(dekoder.dekode(b, false), false);
    return true;
  };
  let dipakai = false;
  const pakai = (): boolean => !dipakai && (dipakai = true);
  return {
    [TARIK]: (): TarikBaris => (pakai() ? { ambil, isi } : { ambil: () => null, isi: async () => false }),
    async *[Symbol.asyncIterator]() {
      if (!pakai()) return;
      do for (let r = ambil(); r !== null; r = ambil()) yield dariRekaman(r);
      while (await isi());
    },
  };
}
