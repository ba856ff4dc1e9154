// XLSX read as a stream: the workbook's parts are found through the ZIP's central directory, the shared strings and
// styles read first, then the first sheet inflated and parsed a slice at a time while its rows are asked for. The
// compressed file is held whole (a ZIP is read from its end), never the sheet's XML nor all its rows. Two optional
// peers, loaded only when a file is an XLSX: fflate (inflate, streaming) and saxes (a streaming XML parser). Neither
// uses a Node built-in, so the same code runs in a browser.
import { fail, ok, type Result } from '../core/result';
import { issueOf } from '../core/issue';
import { KinerjaError } from '../core/error';

/** A cell as text. Numbers as Excel shows them (15 significant digits); a number too large to be exact (a NIP typed
 * as a number: Excel keeps 15 digits) is written in exponent form, so that it is refused as a NIP rather than read
 * as a wrong one. Dates as yyyy-mm-dd. */
export function selXlsx(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return String(v);
    if (Math.abs(v) >= 1e15) return v.toExponential();
    return String(Number(v.toPrecision(15)));
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/** A row of the first sheet: its number in the sheet (1 = the first row) and its cells as text. */
export interface BarisXlsx {
  readonly baris: number;
  readonly sel: string[];
}

/** The first sheet of a workbook, its rows read as they are asked for (once). */
export interface LembarXlsx {
  readonly baris: AsyncIterable<BarisXlsx>;
}

type Fflate = typeof import('fflate');
type Saxes = typeof import('saxes');

interface Entri {
  readonly metode: number;
  readonly ukuran: number;
  /** The entry's size once inflated, as the central directory states it. */
  readonly asli: number;
  readonly lokal: number;
}

const u16 = (b: Uint8Array, p: number): number => b[p]! | (b[p + 1]! << 8);
const u32 = (b: Uint8Array, p: number): number => (u16(b, p) + u16(b, p + 2) * 65536) >>> 0;

/** A fault of the workbook's structure: refused as `xlsx-tidak-terbaca` with this detail. */
class Rusak extends Error {}

/** The ZIP's entries by name, from its central directory (the end record is searched in the last 64 KB). */
function daftarEntri(b: Uint8Array): Map<string, Entri> {
  let akhir = -1;
  for (let p = b.length - 22; p >= Math.max(0, b.length - 65557); p--) {
    if (u32(b, p) === 0x06054b50) {
      akhir = p;
      break;
    }
  }
  if (akhir < 0) throw new Rusak('ZIP tanpa direktori pusat');
  const jumlah = u16(b, akhir + 10);
  let p = u32(b, akhir + 16);
  if (jumlah === 0xffff || p === 0xffffffff) throw new Rusak('ZIP64');
  const td = new TextDecoder();
  const out = new Map<string, Entri>();
  for (let i = 0; i < jumlah; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw new Rusak('direktori pusat rusak');
    const n = u16(b, p + 28);
    const nama = td
      .decode(b.subarray(p + 46, p + 46 + n))
      .replace(/\\/g, '/')
      .replace(/^\//, '');
    out.set(nama, { metode: u16(b, p + 10), ukuran: u32(b, p + 20), asli: u32(b, p + 24), lokal: u32(b, p + 42) });
    p += 46 + n + u16(b, p + 30) + u16(b, p + 32);
  }
  return out;
}

/** The compressed bytes of an entry. */
function isiEntri(b: Uint8Array, e: Entri): Uint8Array {
  if (e.lokal + 30 > b.length || u32(b, e.lokal) !== 0x04034b50) throw new Rusak('entri ZIP rusak');
  const awal = e.lokal + 30 + u16(b, e.lokal + 26) + u16(b, e.lokal + 28);
  if (awal + e.ukuran > b.length) throw new Rusak('entri ZIP terpotong');
  return b.subarray(awal, awal + e.ukuran);
}

const IRISAN = 256 * 1024;

/**
 * An entry's XML through a SAX parser, one compressed slice per call of `lanjut` (false once all is parsed): memory
 * holds one slice's text, not the part.
 */
function aliranXml(
  lib: { fflate: Fflate; saxes: Saxes },
  b: Uint8Array,
  e: Entri,
  on: {
    buka(nama: string, atribut: Record<string, string>): void;
    tutup(nama: string): void;
    teks(t: string): void;
  },
): () => boolean {
  if (e.metode !== 0 && e.metode !== 8) throw new Rusak(`kompresi ${e.metode}`);
  const data = isiEntri(b, e);
  const parser = new lib.saxes.SaxesParser();
  const lokal = (n: string): string => {
    const i = n.indexOf(':');
    return i < 0 ? n : n.slice(i + 1);
  };
  parser.on('opentag', (t) => on.buka(lokal(t.name), t.attributes as Record<string, string>));
  parser.on('closetag', (t) => on.tutup(lokal(t.name)));
  parser.on('text', on.teks);
  parser.on('cdata', on.teks);
  parser.on('error', (err) => {
    throw new Rusak(err.message);
  });
  const td = new TextDecoder();
  const ke = (u: Uint8Array, akhir: boolean) => {
    const t = td.decode(u, { stream: !akhir });
    if (t !== '') parser.write(t);
    if (akhir) parser.close();
  };
  const inflate = e.metode === 8 ? new lib.fflate.Inflate((u, akhir) => ke(u, akhir)) : null;
  let p = 0;
  let selesai = false;
  return () => {
    if (selesai) return false;
    const q = Math.min(data.length, p + IRISAN);
    const potong = data.subarray(p, q);
    p = q;
    selesai = q >= data.length;
    if (inflate !== null) inflate.push(potong, selesai);
    else ke(potong, selesai);
    return !selesai;
  };
}

function semuaXml(...a: Parameters<typeof aliranXml>): void {
  const lanjut = aliranXml(...a);
  while (lanjut());
}

// Built-in number formats that are dates (ECMA-376 part 1, 18.8.30), and a format code that shows a date or a time
// once its literals, colours and locales are left out.
const FORMAT_TANGGAL = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
]);
const kodeTanggal = (kode: string): boolean =>
  /[dmyhs]/i.test(kode.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '')) && !/^general$/i.test(kode.trim());

/** The first sheet's part, whether dates count from 1904, and which styles (cellXfs indexes) show a date. */
function bacaBuku(
  lib: { fflate: Fflate; saxes: Saxes },
  b: Uint8Array,
  entri: Map<string, Entri>,
): { lembar: string; strings: string | undefined; styles: string | undefined; tahun1904: boolean } {
  const buku = entri.get('xl/workbook.xml');
  if (buku === undefined) throw new Rusak('tanpa xl/workbook.xml');
  let rid: string | undefined;
  let tahun1904 = false;
  semuaXml(lib, b, buku, {
    buka: (n, a) => {
      if (n === 'sheet' && rid === undefined)
        rid = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      else if (n === 'workbookPr') tahun1904 = a['date1904'] === '1' || a['date1904'] === 'true';
    },
    tutup: () => {},
    teks: () => {},
  });
  const target = new Map<string, string>();
  let strings: string | undefined;
  let styles: string | undefined;
  const rels = entri.get('xl/_rels/workbook.xml.rels');
  const jalur = (t: string) => (t.startsWith('/') ? t.slice(1) : `xl/${t}`).replace(/\/\.\//g, '/');
  if (rels !== undefined)
    semuaXml(lib, b, rels, {
      buka: (n, a) => {
        if (n !== 'Relationship' || a['Target'] === undefined) return;
        const t = jalur(a['Target']);
        if (a['Id'] !== undefined) target.set(a['Id'], t);
        if (a['Type']?.endsWith('/sharedStrings')) strings = t;
        if (a['Type']?.endsWith('/styles')) styles = t;
      },
      tutup: () => {},
      teks: () => {},
    });
  const lembar = (rid === undefined ? undefined : target.get(rid)) ?? 'xl/worksheets/sheet1.xml';
  return {
    lembar,
    strings: strings ?? (entri.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined),
    styles: styles ?? (entri.has('xl/styles.xml') ? 'xl/styles.xml' : undefined),
    tahun1904,
  };
}

/** The shared strings (the text of each `si`, phonetic runs left out). */
function bacaStrings(lib: { fflate: Fflate; saxes: Saxes }, b: Uint8Array, e: Entri): string[] {
  const out: string[] = [];
  let isi: string[] = [];
  let dalamT = false;
  let fonetik = 0;
  semuaXml(lib, b, e, {
    buka: (n) => {
      if (n === 't') dalamT = fonetik === 0;
      else if (n === 'rPh') fonetik++;
      else if (n === 'si') isi = [];
    },
    tutup: (n) => {
      if (n === 't') dalamT = false;
      else if (n === 'rPh') fonetik--;
      else if (n === 'si') out.push(isi.length === 1 ? isi[0]! : isi.join(''));
    },
    teks: (t) => {
      if (dalamT) isi.push(t);
    },
  });
  return out;
}

/** Which cell styles (cellXfs indexes) show a date. */
function bacaStyles(lib: { fflate: Fflate; saxes: Saxes }, b: Uint8Array, e: Entri): boolean[] {
  const kode = new Map<number, string>();
  const out: boolean[] = [];
  let dalamXfs = false;
  semuaXml(lib, b, e, {
    buka: (n, a) => {
      if (n === 'numFmt') kode.set(Number(a['numFmtId']), a['formatCode'] ?? '');
      else if (n === 'cellXfs') dalamXfs = true;
      else if (n === 'xf' && dalamXfs) {
        const id = Number(a['numFmtId'] ?? 0);
        const k = kode.get(id);
        out.push(k === undefined ? FORMAT_TANGGAL.has(id) : kodeTanggal(k));
      }
    },
    tutup: (n) => {
      if (n === 'cellXfs') dalamXfs = false;
    },
    teks: () => {},
  });
  return out;
}

/** The column index of a reference (`C5` → 2), or -1. */
function kolom(ref: string): number {
  let k = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) k = k * 26 + c - 64;
    else if (c >= 97 && c <= 122) k = k * 26 + c - 96;
    else break;
  }
  return i === 0 ? -1 : k - 1;
}

/** A date serial as yyyy-mm-dd (the 1900 system, or 1904). */
function tanggal(serial: number, tahun1904: boolean): string {
  const ms = Math.round((serial - 25569 + (tahun1904 ? 1462 : 0)) * 86400000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

/** A cell's text from its value pieces, by its type (`t`) and whether its style is a date. */
function teksSel(
  nilai: readonly string[],
  jenis: string,
  gayaTanggal: boolean,
  strings: readonly string[],
  tahun1904: boolean,
): string {
  const v = nilai.length === 1 ? nilai[0]! : nilai.join('');
  switch (jenis) {
    case 's':
      return strings[Number(v)] ?? '';
    case 'inlineStr':
    case 'str':
    case 'e':
      return v;
    case 'b':
      return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
    case 'd':
      return v.slice(0, 10);
    default: {
      if (v.trim() === '') return '';
      const x = Number(v);
      if (Number.isNaN(x)) return v;
      if (gayaTanggal) return tanggal(x, tahun1904);
      // Most cells are whole numbers (a year, a month): their text without toPrecision.
      return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : selXlsx(x);
    }
  }
}

/** The rows parsed a slice at a time (`lanjut` until it answers false), each slice's rows taken from `antre`. */
function tarikBaris(lanjut: () => boolean, antre: BarisXlsx[]): AsyncIterable<BarisXlsx> {
  let dipakai = false;
  return {
    async *[Symbol.asyncIterator]() {
      if (dipakai) return;
      dipakai = true;
      let lagi = true;
      while (lagi) {
        try {
          lagi = lanjut();
        } catch (e) {
          const i = tidakTerbaca(e instanceof Error ? e.message : String(e));
          throw new KinerjaError('validasi-gagal', i.message, i.messageEn, [i]);
        }
        for (let i = 0; i < antre.length; i++) yield antre[i]!;
        antre.length = 0;
      }
    },
  };
}

/** The rows of a sheet, parsed a slice at a time as they are asked for. */
function barisLembar(
  lib: { fflate: Fflate; saxes: Saxes },
  b: Uint8Array,
  e: Entri,
  strings: readonly string[],
  gayaTanggal: readonly boolean[],
  tahun1904: boolean,
): AsyncIterable<BarisXlsx> {
  const antre: BarisXlsx[] = [];
  let sel: string[] = [];
  let nomor = 0;
  let k = -1;
  let jenis = '';
  let gaya = 0;
  let nilai: string[] = [];
  let dalam = false;
  let fonetik = 0;
  const lanjut = aliranXml(lib, b, e, {
    buka: (n, a) => {
      switch (n) {
        case 'row':
          nomor = a['r'] === undefined ? nomor + 1 : Number(a['r']);
          sel = [];
          k = -1;
          return;
        case 'c': {
          const r = a['r'] === undefined ? -1 : kolom(a['r']);
          k = r < 0 ? k + 1 : r;
          jenis = a['t'] ?? 'n';
          gaya = a['s'] === undefined ? 0 : Number(a['s']);
          nilai = [];
          return;
        }
        case 'v':
          dalam = true;
          return;
        case 't':
          dalam = fonetik === 0 && jenis === 'inlineStr';
          return;
        case 'rPh':
          fonetik++;
          return;
      }
    },
    tutup: (n) => {
      switch (n) {
        case 'v':
        case 't':
          dalam = false;
          return;
        case 'rPh':
          fonetik--;
          return;
        case 'c': {
          const v = teksSel(nilai, jenis, gayaTanggal[gaya] === true, strings, tahun1904);
          if (v !== '') {
            while (sel.length < k) sel.push('');
            sel[k] = v;
          }
          return;
        }
        case 'row':
          antre.push({ baris: nomor, sel });
          return;
      }
    },
    teks: (t) => {
      if (dalam) nilai.push(t);
    },
  });
  return tarikBaris(lanjut, antre);
}

/**
 * Opens a workbook's first sheet (the first in the workbook's order, whatever its name): its rows come out as they
 * are read. A workbook that cannot be opened is a failed Result (`xlsx-tidak-terbaca`), and so is one met without the
 * optional peers installed (`xlsx-tanpa-pembaca`). A fault met later in the sheet (a corrupt stream) ends the rows
 * with a `KinerjaError` (`validasi-gagal`) carrying the `xlsx-tidak-terbaca` issue.
 */
export async function bacaXlsx(bytes: Uint8Array, opsi: { readonly batas?: number } = {}): Promise<Result<LembarXlsx>> {
  let lib: { fflate: Fflate; saxes: Saxes };
  try {
    const [fflate, saxes] = await Promise.all([import('fflate'), import('saxes')]);
    lib = { fflate, saxes };
  } catch {
    return fail([
      issueOf(
        'xlsx-tanpa-pembaca',
        [],
        'Membaca .xlsx memerlukan paket fflate dan saxes: npm install fflate saxes (atau simpan sebagai CSV UTF-8).',
        'Reading .xlsx needs the fflate and saxes packages: npm install fflate saxes (or save as CSV UTF-8).',
      ),
    ]);
  }
  try {
    const entri = daftarEntri(bytes);
    const buku = bacaBuku(lib, bytes, entri);
    const eLembar = entri.get(buku.lembar);
    if (eLembar === undefined) throw new Rusak(`tanpa ${buku.lembar}`);
    const eStrings = buku.strings === undefined ? undefined : entri.get(buku.strings);
    // What the sheet and its shared strings take once inflated, before anything is inflated.
    const besar = eLembar.asli + (eStrings?.asli ?? 0);
    if (opsi.batas !== undefined && besar > opsi.batas) return fail([terlaluBesar(besar, opsi.batas)]);
    const eStyles = buku.styles === undefined ? undefined : entri.get(buku.styles);
    const strings = eStrings === undefined ? [] : bacaStrings(lib, bytes, eStrings);
    const gaya = eStyles === undefined ? [] : bacaStyles(lib, bytes, eStyles);
    return ok({ baris: barisLembar(lib, bytes, eLembar, strings, gaya, buku.tahun1904) });
  } catch (e) {
    return fail([tidakTerbaca(e instanceof Error ? e.message : String(e))]);
  }
}

/** A size in megabytes as people read it: a whole number from 10 MB up, else one decimal (a comma in Indonesian). */
function mb(n: number, koma: boolean): string {
  const x = n / 1_000_000;
  const t = x >= 10 ? String(Math.ceil(x)) : (Math.ceil(x * 10) / 10).toFixed(1);
  return `${koma ? t.replace('.', ',') : t} MB`;
}

/** The issue of a workbook larger, once inflated, than the reader was told to take: the sizes and what to do. */
export function terlaluBesar(besar: number, batas: number) {
  return issueOf(
    'xlsx-terlalu-besar',
    [],
    `Buku kerja .xlsx ini terlalu besar untuk dibaca di sini: lembarnya ${mb(besar, true)} setelah dibuka, batasnya ${mb(batas, true)}. Simpan lembar itu sebagai "CSV UTF-8 (dipisahkan koma)" di Excel (File > Simpan Sebagai) dan pilih berkas CSV itu: CSV dibaca sepotong demi sepotong, tanpa batas ini.`,
    `This .xlsx workbook is too large to read here: its sheet is ${mb(besar, false)} once opened, the limit is ${mb(batas, false)}. Save the sheet as "CSV UTF-8 (comma delimited)" in Excel (File > Save As) and choose that CSV file: a CSV is read a piece at a time, without this limit.`,
  );
}

/** The issue of a workbook that cannot be opened, with what was wrong. */
export function tidakTerbaca(detail: string) {
  return issueOf(
    'xlsx-tidak-terbaca',
    [],
    `Buku kerja .xlsx ini tidak dapat dibuka (${detail}). Buka di Excel lalu simpan ulang sebagai "Buku Kerja Excel (*.xlsx)" atau "CSV UTF-8".`,
    `This .xlsx workbook cannot be opened (${detail}). Open it in Excel and save it again as "Excel Workbook (*.xlsx)" or "CSV UTF-8".`,
  );
}
