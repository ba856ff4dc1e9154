// A page of a PDF written as one content stream of PDF operators, instead of pdf-lib's drawText/drawLine calls (each
// of which checks its options, builds operator objects and adds a font to the page's resources): the lines and boxes
// in one path section, then every text of the page in one text object, each placed relative to the one before.
// Only what the PAK documents draw: black text in two fonts, black lines and boxes, a logo, the rotated draft mark.
import { type PDFContext, type PDFFont, PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import { Bait } from './bait';
import type { LogoPdf } from './logo-pdf';
import { mampatkan } from './mampat';
import { type Simpanan, simpananDi } from './simpanan';

/**
 * How many texts a memo of a run's PDFs keeps per font (and size) in its newer generation ({@link Simpanan}): more
 * than the words of the form, fewer than a run's names.
 */
export const BATAS_SIMPANAN = 1_000;

/** The size of an A4 page in points (210 × 297 mm): the page and a form's bounding box. */
export const A4: readonly [number, number] = [595.28, 841.89];

/** The glyph ids of a text as the bytes of a PDF string, per font and text: encoding (fontkit's shaping) is costly. */
const KODE_TEKS = new WeakMap<PDFFont, Simpanan<string, Uint8Array>>();

/**
 * `teks` in `font` as the inside of a literal PDF string of its glyph ids (two bytes each, Identity-H), half the
 * length of the hex string pdf-lib writes: less to compress. Parentheses, the backslash and line ends are escaped, so
 * the glyphs of words written one after another are those of the words together.
 */
export function kodeGlif(font: PDFFont, teks: string): Uint8Array {
  const m = simpananDi(KODE_TEKS, font, BATAS_SIMPANAN);
  const ada = m.ambil(teks);
  if (ada !== undefined) return ada;
  const heks = font.encodeText(teks).toString();
  const b: number[] = [];
  for (let i = 1; i + 2 < heks.length; i += 2) {
    const x = Number.parseInt(heks.slice(i, i + 2), 16);
    if (x === 0x28 || x === 0x29 || x === 0x5c) b.push(0x5c, x);
    else if (x === 0x0a) b.push(0x5c, 0x6e);
    else if (x === 0x0d) b.push(0x5c, 0x72);
    else b.push(x);
  }
  return m.taruh(teks, Uint8Array.from(b));
}

/** A number of a content stream in thousandths of a point (three decimals), never an exponent. */
const ribu = (v: number): number => Math.round(v * 1000);
/** A factor of a matrix (a logo's scale, the draft mark's rotation), with the precision a large drawing needs. */
const n6 = (v: number): string => String(Math.round(v * 1e6) / 1e6);
/** A number written as text (the rare operators: the draft mark, a logo). */
const n = (v: number): string => String(ribu(v) / 1000);

const BT = new Uint8Array([0x42, 0x54, 0x0a]); // 'BT\n'
const ET = new Uint8Array([0x45, 0x54]); // 'ET'

/** Where a drawing's fonts and images are named: a page's resources, or a form's. */
interface Sumber {
  font(font: PDFFont): string;
  gambar(logo: LogoPdf): string;
}

/** A page's resources: `/F1`, `/F2`, … and the logo, registered on first use. */
class SumberHalaman implements Sumber {
  private readonly kunci = new Map<PDFFont, string>();
  constructor(private readonly halaman: PDFPage) {}
  font(font: PDFFont): string {
    let k = this.kunci.get(font);
    if (k === undefined) {
      k = `F${this.kunci.size + 1}`;
      this.halaman.node.setFontDictionary(PDFName.of(k), font.ref);
      this.kunci.set(font, (k = `/${k}`));
    }
    return k;
  }
  gambar(logo: LogoPdf): string {
    return this.halaman.node.newXObject(logo.jenis === 'Image' ? 'Image' : 'Logo', logo.ref).toString();
  }
}

/**
 * A form's resources, by fixed names (`/F1`, `/F2` in the order the fonts are first used, `/L` the logo), so that
 * the form's operators are the same in every PDF of a run and its resources are named there ({@link Bentuk}).
 */
class SumberBentuk implements Sumber {
  readonly daftarFont: PDFFont[] = [];
  logo = false;
  font(font: PDFFont): string {
    let i = this.daftarFont.indexOf(font);
    if (i < 0) i = this.daftarFont.push(font) - 1;
    return `/F${i + 1}`;
  }
  gambar(): string {
    this.logo = true;
    return '/L';
  }
}

/**
 * A drawing made once and placed again (a form XObject): its operators compressed, and what names its resources.
 * The same for every PDF of a run; {@link Bentuk.pasang} makes it an object of one PDF.
 */
export class Bentuk {
  private constructor(
    private readonly isi: Uint8Array,
    private readonly font: readonly PDFFont[],
    private readonly logo: boolean,
  ) {}

  /** What `gambar` draws with a {@link Lembar}, as a form. */
  static rekam(gambar: (l: Lembar) => void): Bentuk {
    const sumber = new SumberBentuk();
    const l = new Lembar(sumber);
    gambar(l);
    return new Bentuk(mampatkan(...l.bagian()), sumber.daftarFont, sumber.logo);
  }

  /** The form as an object of the PDF of `konteks` (its logo that of this PDF). */
  pasang(konteks: PDFContext, logo: LogoPdf | null): PDFRef {
    const font = Object.fromEntries(this.font.map((f, i) => [`F${i + 1}`, f.ref]));
    const xobjek = this.logo && logo !== null ? { L: logo.ref } : {};
    return konteks.register(
      konteks.stream(this.isi, {
        Type: 'XObject',
        Subtype: 'Form',
        BBox: [0, 0, A4[0], A4[1]],
        Resources: { Font: font, XObject: xobjek },
        Filter: 'FlateDecode',
      }),
    );
  }
}

/** The operators of one page (or form), compressed into its content stream by {@link Lembar.tutup}. */
export class Lembar {
  /** What is drawn under the rest (the draft mark). */
  private readonly bawah: string[] = [];
  private readonly jalur = new Bait();
  private readonly teksnya = new Bait();
  private tebalGaris = -1;
  /** The font and size of the text object so far. */
  private font: PDFFont | undefined;
  private ukuran = 0;
  /** The start of the last line of text, in thousandths of a point. */
  private x = 0;
  private y = 0;

  private readonly sumber: Sumber;
  private readonly halaman: PDFPage | null;

  /** A page's drawing (a PDFPage), or a form's (its resources by fixed names). */
  constructor(tempat: PDFPage | Sumber) {
    this.halaman = tempat instanceof SumberBentuk ? null : (tempat as PDFPage);
    this.sumber = this.halaman === null ? (tempat as Sumber) : new SumberHalaman(this.halaman);
  }

  /** The resource name of `font` here. */
  private nama(font: PDFFont): string {
    return this.sumber.font(font);
  }

  /**
   * A form drawn here, moved down by `turun` points from where it was drawn. On a page only: a form being recorded has
   * no resource for another form (the library never nests them; doing so is a fault of the library, said so).
   */
  bentuk(ref: PDFRef, turun: number): void {
    if (this.halaman === null) throw new Error('Lembar.bentuk: a form cannot be placed inside a form being recorded.');
    const key = this.halaman.node.newXObject('Bentuk', ref).toString();
    this.jalur.teks(`q 1 0 0 1 0 ${n(-turun)} cm ${key} Do Q\n`);
  }

  /** Black text with its baseline at (x, y), on one line. */
  teks(t: string, x: number, y: number, ukuran: number, font: PDFFont): void {
    this.kata([kodeGlif(font, t)], x, y, ukuran, font);
  }

  /** Black text given as the glyphs of its words ({@link kodeGlif}), with its baseline at (x, y). */
  kata(glif: readonly Uint8Array[], x: number, y: number, ukuran: number, font: PDFFont): void {
    if (font !== this.font || ukuran !== this.ukuran) {
      this.teksnya.teks(`${this.nama(font)} ${n(ukuran)} Tf\n`);
      this.font = font;
      this.ukuran = ukuran;
    }
    const X = ribu(x);
    const Y = ribu(y);
    this.teksnya
      .ribuan(X - this.x)
      .ribuan(Y - this.y)
      .teks('Td (');
    for (const g of glif) this.teksnya.bait(g);
    this.teksnya.teks(') Tj\n');
    this.x = X;
    this.y = Y;
  }

  /** `teks` in grey, turned `derajat` degrees about its start, under everything else of the page. */
  tanda(teks: string, x: number, y: number, ukuran: number, font: PDFFont, abu: number, derajat: number): void {
    const r = (derajat * Math.PI) / 180;
    const [c, s] = [n6(Math.cos(r)), n6(Math.sin(r))];
    const m = `${c} ${s} ${n6(-Math.sin(r))} ${c} ${n(x)} ${n(y)} Tm`;
    const k = `(${String.fromCharCode(...kodeGlif(font, teks))})`;
    this.bawah.push(`q ${abu} g BT ${this.nama(font)} ${n(ukuran)} Tf ${m} ${k} Tj ET Q\n`);
  }

  private lebar(tebal: number): void {
    const w = ribu(tebal);
    if (w === this.tebalGaris) return;
    this.jalur.ribuan(w).teks('w\n');
    this.tebalGaris = w;
  }

  /** A black line from (x1, y1) to (x2, y2). */
  garis(x1: number, y1: number, x2: number, y2: number, tebal: number): void {
    this.lebar(tebal);
    this.jalur.ribuan(ribu(x1)).ribuan(ribu(y1)).teks('m ').ribuan(ribu(x2)).ribuan(ribu(y2)).teks('l S\n');
  }

  /** The black border of a rectangle. */
  kotak(x: number, y: number, w: number, h: number, tebal: number): void {
    this.lebar(tebal);
    this.jalur.ribuan(ribu(x)).ribuan(ribu(y)).ribuan(ribu(w)).ribuan(ribu(h)).teks('re S\n');
  }

  /** An image or a form placed in the rectangle (x, y, w, h). */
  gambar(logo: LogoPdf, x: number, y: number, w: number, h: number): void {
    const gambar = logo.jenis === 'Image';
    const key = this.sumber.gambar(logo);
    const [sx, sy] = gambar ? [w, h] : [w / logo.width, h / logo.height];
    this.jalur.teks(`q ${n6(sx)} 0 0 ${n6(sy)} ${n(x)} ${n(y)} cm ${key} Do Q\n`);
  }

  /** The operators drawn, in order and uncompressed: the draft mark, the lines, forms and logo, the text object. */
  bagian(): Uint8Array[] {
    const bawah = new Bait();
    for (const b of this.bawah) bawah.teks(b);
    return [bawah.isi(), this.jalur.isi(), BT, this.teksnya.isi(), ET];
  }

  /** The page's content stream, compressed, as its only one. */
  tutup(): void {
    if (this.halaman === null) return;
    const ctx = this.halaman.doc.context;
    const isi = mampatkan(...this.bagian());
    this.halaman.node.addContentStream(ctx.register(ctx.stream(isi, { Filter: 'FlateDecode' })));
  }
}
