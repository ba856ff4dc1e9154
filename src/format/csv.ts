// A delimited-text reader that never loses a file. Why not csv-parse (still the baseline of the speed goal): with
// `skip_records_with_error` an unterminated quote swallows every line after it into one skipped record (checked on
// csv-parse 7.0.3: `1,"ANDI RAHMAN\n2,x\n3,y\n` gives no row at all), it works on Node Buffers (its browser build
// carries a 120–215 kB Buffer/stream polyfill), and it cannot decode Windows-1252. Here the text is split by a small
// state machine that, at a quote it cannot close, refuses only the line the quote is on and reads on from the next.
//
// Rules (RFC 4180 as Excel writes it, read leniently):
// - a field that starts with `"` is quoted: `""` is a quote, line breaks inside are kept; after the closing quote
//   only the delimiter or a line end may follow, else the record's line is refused (`kutip-tidak-valid`);
// - a quote inside an unquoted field is text as written (`ANDI "ACO" RAHMAN`);
// - a quote that is not closed before the end of the file, or within {@link BATAS_KUTIP} characters, or that joins
//   lines into a record with another number of cells than the header, refuses its first line
//   (`kutip-tidak-ditutup`) and the reading goes on from the line after it;
// - CRLF, LF and a lone CR end a line; lines with only empty cells (`;;;;`) are not rows.

import type { BarisRusak } from './dialek';

/** The longest quoted text waited for before its quote is taken as unterminated (Excel's cell limit is 32 767). */
export const BATAS_KUTIP = 1 << 20;

export interface Rekaman {
  readonly baris: number;
  readonly sel: string[];
  readonly rusak?: BarisRusak;
  /** Physical lines the record spans beyond its first (line breaks inside quotes). */
  readonly lebih: number;
}

const KUTIP = 34;
const LF = 10;
const CR = 13;
/** A quoted field's closing quote may still come with more text. */
const MENUNGGU = -2;

function rusak(code: BarisRusak['code'], mentah: string): BarisRusak {
  return code === 'kutip-tidak-ditutup'
    ? Object.freeze({
        code,
        message:
          'Tanda kutip (") dibuka tetapi tidak ditutup; baris ini tidak dapat dibaca. Perbaiki tanda kutipnya atau hapus, lalu jalankan ulang.',
        messageEn:
          'A quote (") is opened but never closed; this line cannot be read. Fix or remove the quote and run again.',
        mentah,
      })
    : Object.freeze({
        code,
        message:
          'Ada teks setelah tanda kutip penutup ("); baris ini tidak dapat dibaca. Tulis tanda kutip di dalam sel sebagai "" atau hapus, lalu jalankan ulang.',
        messageEn:
          'There is text after a closing quote ("); this line cannot be read. Write a quote inside a cell as "" or remove it, and run again.',
        mentah,
      });
}

/** Counts line breaks (CRLF, LF, lone CR) in s. */
function hitungBaris(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

/** End of the physical line starting at p (the index of its CR/LF, or s.length). */
function akhirBaris(s: string, p: number): number {
  for (let i = p; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return s.length;
}

/** Index just after the line break at e (CRLF counts as one). */
function setelahBaris(s: string, e: number): number {
  if (e >= s.length) return e;
  return s.charCodeAt(e) === CR && s.charCodeAt(e + 1) === LF ? e + 2 : e + 1;
}

/**
 * Pulled one record at a time (`muat` the text as it comes, then `berikut` until it answers null): a record is split
 * only when it is asked for, so that a chunk's rows are never all alive at once (they die young, before the garbage
 * collector would move them to the old generation). `dorong` splits all it can at once (the header window, tests).
 */
export class PembacaCsv {
  /** The text being split (what was left of the last one and the new text) and the position in it. */
  private s = '';
  private p = 0;
  /** Whether `s` may hold a complete record (false until a line break or the end of the text comes). */
  private siap = false;
  private selesai = false;
  /** The line number of s[p]. */
  private garis = 1;
  /** The header's number of cells, once known: a quoted line join that changes it is an unterminated quote. */
  jumlahKolom = 0;
  /** The first line ending met ('' until then). */
  akhir: '' | '\n' | '\r\n' = '';
  private readonly d: number;
  /** Where the quoted field last read by {@link kutipan} closed (see there). */
  private tutup = -1;

  constructor(pemisah: string) {
    this.d = pemisah.charCodeAt(0);
  }

  /** Splits the text received so far; `selesai` when no more text follows. Pushes complete records to `keluar`. */
  dorong(teks: string, selesai: boolean, keluar: (r: Rekaman) => void): void {
    this.muat(teks, selesai);
    for (let r = this.berikut(); r !== null; r = this.berikut()) keluar(r);
  }

  /** The next text (`selesai` when no more follows): records are then taken with {@link berikut}. */
  muat(teks: string, selesai: boolean): void {
    const sisa = this.p === 0 ? this.s : this.p < this.s.length ? this.s.slice(this.p) : '';
    this.s = sisa === '' ? teks : sisa + teks;
    this.p = 0;
    this.selesai = selesai;
    // A record ends only at a line break: text without one is kept until one comes (long cells stay linear).
    this.siap = selesai || teks.indexOf('\n') >= 0 || teks.indexOf('\r') >= 0;
  }

  /** The next complete record, or null when more text is needed (or none is left). */
  berikut(): Rekaman | null {
    if (!this.siap) return null;
    const s = this.s;
    const n = s.length;
    const d = this.d;
    const selesai = this.selesai;
    let p = this.p;
    const garis = this.garis;
    if (p >= n) {
      this.siap = false;
      return null;
    }
    const mulai = p;
    const sel: string[] = [];
    let lebih = 0;
    for (;;) {
      // One field at p.
      if (p < n && s.charCodeAt(p) === KUTIP) {
        const isi = this.kutipan(p, mulai);
        const tutup = this.tutup;
        if (tutup === MENUNGGU) return this.tunggu();
        if (tutup < 0) return this.tolakTerbuka(mulai);
        if (isi.indexOf('\n') >= 0 || isi.indexOf('\r') >= 0) lebih += hitungBaris(isi);
        p = tutup + 1;
        if (p < n) {
          const c = s.charCodeAt(p);
          if (c !== d && c !== LF && c !== CR) return this.tolakSetelahKutip(mulai, p, lebih);
        }
        sel.push(isi);
      } else {
        let k = p;
        while (k < n) {
          const c = s.charCodeAt(k);
          if (c === d || c === LF || c === CR) break;
          k++;
        }
        if (k >= n && !selesai) return this.tunggu();
        sel.push(s.slice(p, k));
        p = k;
      }
      // After a field: the delimiter, a line end or the end of the text.
      if (p >= n) {
        if (!selesai) return this.tunggu();
        break;
      }
      const c = s.charCodeAt(p);
      if (c === d) {
        p++;
        if (p >= n && !selesai) return this.tunggu();
        if (p >= n) {
          sel.push('');
          break;
        }
        continue;
      }
      if (c === CR) {
        if (p + 1 >= n && !selesai) return this.tunggu();
        if (s.charCodeAt(p + 1) === LF) {
          if (this.akhir === '') this.akhir = '\r\n';
          p += 2;
        } else p++;
      } else {
        if (this.akhir === '') this.akhir = '\n';
        p++;
      }
      break;
    }
    // A quote that joined lines into a record of another width than the header: taken as unterminated.
    if (lebih > 0 && this.jumlahKolom > 0 && sel.length !== this.jumlahKolom)
      return this.tolak('kutip-tidak-ditutup', mulai, akhirBaris(s, mulai));
    this.p = p;
    this.garis = garis + lebih + 1;
    return { baris: garis, sel, lebih };
  }

  /**
   * The text of the quoted field whose opening quote is at p (`""` read as one quote), the index of its closing quote
   * left in {@link tutup}: -1 when the quote is not closed, {@link MENUNGGU} when more text may still close it.
   */
  private kutipan(p: number, mulai: number): string {
    const s = this.s;
    const n = s.length;
    const selesai = this.selesai;
    let isi = '';
    let q = p + 1;
    for (;;) {
      const k = s.indexOf('"', q);
      if (k < 0 || (k + 1 >= n && !selesai)) {
        this.tutup = !selesai && n - mulai <= BATAS_KUTIP ? MENUNGGU : -1;
        return isi;
      }
      if (s.charCodeAt(k + 1) === KUTIP) {
        isi += s.slice(q, k + 1);
        q = k + 2;
        continue;
      }
      this.tutup = k;
      return isi + s.slice(q, k);
    }
  }

  /** A quote never closed: the first line of the record is refused, the reading goes on from the next. */
  private tolakTerbuka(mulai: number): Rekaman | null {
    const e = akhirBaris(this.s, mulai);
    if (e >= this.s.length && !this.selesai) return this.tunggu();
    return this.tolak('kutip-tidak-ditutup', mulai, e);
  }

  /**
   * Text after a closing quote at p. If the record is still on its first line, that line is refused; if a quote
   * joined lines, the quote was never meant to close there: the first line is refused (an unterminated quote) and
   * the reading goes on from the next line, so that no line is swallowed.
   */
  private tolakSetelahKutip(mulai: number, p: number, lebih: number): Rekaman | null {
    const e1 = akhirBaris(this.s, mulai);
    if (lebih === 0 && e1 >= p) {
      const e = akhirBaris(this.s, p);
      if (e >= this.s.length && !this.selesai) return this.tunggu();
      return this.tolak('kutip-tidak-valid', mulai, e);
    }
    return this.tolak('kutip-tidak-ditutup', mulai, e1);
  }

  /** The record at p needs more text: wait for it (p stays). */
  private tunggu(): null {
    this.siap = false;
    return null;
  }

  /** The line starting at `mulai` (ending at `e`) refused; the reading goes on from the next line. */
  private tolak(code: BarisRusak['code'], mulai: number, e: number): Rekaman {
    const garis = this.garis;
    this.p = setelahBaris(this.s, e);
    this.garis = garis + 1;
    return { baris: garis, sel: [], rusak: rusak(code, this.s.slice(mulai, e)), lebih: 0 };
  }
}

/**
 * The delimiter of a text: the one of `;`, `,` and tab that splits the first lines (outside quotes) into the same
 * number of cells most often. Indonesian Excel writes `;` (the decimal mark is a comma), Excel's "Unicode text" tab.
 */
export function tebakPemisah(teks: string): ',' | ';' | '\t' {
  // The first records, each as its counts of tab, `;` and `,` outside quotes: a line break inside quotes does not end
  // a record (a quoted cell `"\n,"` must not count its comma on a line of its own). The last, cut-off record only
  // counts when it is the only one.
  const CALON = ['\t', ';', ','] as const;
  const rekaman: number[][] = [];
  let n = [0, 0, 0];
  let dalam = false;
  let isi = false;
  for (let i = 0; i < teks.length && rekaman.length < 30; i++) {
    const ch = teks[i]!;
    if (ch === '"') dalam = !dalam;
    else if (!dalam && (ch === '\n' || ch === '\r')) {
      if (isi) rekaman.push(n);
      n = [0, 0, 0];
      isi = false;
      continue;
    } else if (!dalam) {
      const k = CALON.indexOf(ch as (typeof CALON)[number]);
      if (k >= 0) n[k]!++;
    }
    if (ch.trim() !== '') isi = true;
  }
  if (isi && rekaman.length === 0) rekaman.push(n);
  let terbaik: ',' | ';' | '\t' = ',';
  let nilai = -1;
  CALON.forEach((c, k) => {
    const hitung = new Map<number, number>();
    let total = 0;
    for (const r of rekaman) {
      const x = r[k]!;
      total += x;
      if (x > 0) hitung.set(x, (hitung.get(x) ?? 0) + 1);
    }
    // Records agreeing on one count weigh most; the total breaks ties.
    const skor = Math.max(0, ...hitung.values()) * 1e6 + total;
    if (skor > nilai) {
      nilai = skor;
      terbaik = c;
    }
  });
  return nilai <= 0 ? ',' : terbaik;
}
