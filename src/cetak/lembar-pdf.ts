// A page of a PDF written as one content stream of PDF operators, instead of pdf-lib's drawText/drawLine calls (each
// of which checks its options, builds operator objects and adds a font to the page's resources): the lines and boxes
// in one path section, then every text of the page in one text object, each placed relative to the one before.
// Only what the PAK documents draw: black text in two fonts, black lines and boxes, a logo, the rotated draft mark.
import { type PDFEmbeddedPage, type PDFFont, PDFImage, PDFName, type PDFPage } from 'pdf-lib';

/** The glyph ids of a text as a PDF string, per font and text: encoding (fontkit's shaping) is costly. */
const KODE_TEKS = new Map<string, Map<string, string>>();

/**
 * `teks` in `font` as a literal PDF string of its glyph ids (two bytes each, Identity-H), half the length of the hex
 * string pdf-lib writes: less to compress. Parentheses, the backslash and line ends are escaped.
 */
function kode(font: PDFFont, teks: string): string {
  let m = KODE_TEKS.get(font.name);
  if (m === undefined) KODE_TEKS.set(font.name, (m = new Map()));
  let k = m.get(teks);
  if (k === undefined) {
    const heks = font.encodeText(teks).toString();
    k = '(';
    for (let i = 1; i + 2 < heks.length; i += 2) {
      const b = Number.parseInt(heks.slice(i, i + 2), 16);
      k +=
        b === 0x28 || b === 0x29 || b === 0x5c
          ? `\\${String.fromCharCode(b)}`
          : b === 0x0a
            ? '\\n'
            : b === 0x0d
              ? '\\r'
              : String.fromCharCode(b);
    }
    k += ')';
    // Bounded: names and places differ per guru; the form's own words stay.
    if (m.size > 20_000) m.clear();
    m.set(teks, k);
  }
  return k;
}

/** A number of a content stream: three decimals (a thousandth of a point), never an exponent. */
const n = (v: number): string => String(Math.round(v * 1000) / 1000);
/** A factor of a matrix (a logo's scale, the draft mark's rotation), with the precision a large drawing needs. */
const n6 = (v: number): string => String(Math.round(v * 1e6) / 1e6);

/** The operators of one page, compressed into its content stream by {@link Lembar.tutup}. */
export class Lembar {
  /** What is drawn under the rest (the draft mark). */
  private readonly bawah: string[] = [];
  private readonly jalur: string[] = [];
  private readonly teksnya: string[] = [];
  private readonly kunci = new Map<PDFFont, string>();
  private tebalGaris = '';
  private fontUkuran = '';
  /** The start of the last line of text, in thousandths of a point. */
  private x = 0;
  private y = 0;

  constructor(readonly halaman: PDFPage) {}

  /** The resource name of `font` on this page (`/F1`, `/F2`, …), registered on first use. */
  private nama(font: PDFFont): string {
    let k = this.kunci.get(font);
    if (k === undefined) {
      k = `F${this.kunci.size + 1}`;
      this.halaman.node.setFontDictionary(PDFName.of(k), font.ref);
      this.kunci.set(font, (k = `/${k}`));
    }
    return k;
  }

  /** Black text with its baseline at (x, y); a line break starts a line 24 points lower (as pdf-lib draws it). */
  teks(t: string, x: number, y: number, ukuran: number, font: PDFFont): void {
    const f = `${this.nama(font)} ${n(ukuran)} Tf`;
    if (f !== this.fontUkuran) this.teksnya.push((this.fontUkuran = f));
    t.split('\n').forEach((s, i) => {
      const X = Math.round(x * 1000);
      const Y = Math.round((y - 24 * i) * 1000);
      this.teksnya.push(`${(X - this.x) / 1000} ${(Y - this.y) / 1000} Td ${kode(font, s)} Tj`);
      this.x = X;
      this.y = Y;
    });
  }

  /** `teks` in grey, turned `derajat` degrees about its start, under everything else of the page. */
  tanda(teks: string, x: number, y: number, ukuran: number, font: PDFFont, abu: number, derajat: number): void {
    const r = (derajat * Math.PI) / 180;
    const [c, s] = [n6(Math.cos(r)), n6(Math.sin(r))];
    const m = `${c} ${s} ${n6(-Math.sin(r))} ${c} ${n(x)} ${n(y)} Tm`;
    this.bawah.push(`q ${abu} g BT ${this.nama(font)} ${n(ukuran)} Tf ${m} ${kode(font, teks)} Tj ET Q`);
  }

  private lebar(tebal: number): void {
    const w = `${n(tebal)} w`;
    if (w !== this.tebalGaris) this.jalur.push((this.tebalGaris = w));
  }

  /** A black line from (x1, y1) to (x2, y2). */
  garis(x1: number, y1: number, x2: number, y2: number, tebal: number): void {
    this.lebar(tebal);
    this.jalur.push(`${n(x1)} ${n(y1)} m ${n(x2)} ${n(y2)} l S`);
  }

  /** The black border of a rectangle. */
  kotak(x: number, y: number, w: number, h: number, tebal: number): void {
    this.lebar(tebal);
    this.jalur.push(`${n(x)} ${n(y)} ${n(w)} ${n(h)} re S`);
  }

  /** An image or an embedded page (a form) placed in the rectangle (x, y, w, h). */
  gambar(logo: PDFImage | PDFEmbeddedPage, x: number, y: number, w: number, h: number): void {
    const gambar = logo instanceof PDFImage;
    const key = this.halaman.node.newXObject(gambar ? 'Image' : 'EmbeddedPdfPage', logo.ref).toString();
    const [sx, sy] = gambar ? [w, h] : [w / logo.width, h / logo.height];
    this.jalur.push(`q ${n6(sx)} 0 0 ${n6(sy)} ${n(x)} ${n(y)} cm ${key} Do Q`);
  }

  /** The page's content stream, compressed, as its only one. */
  tutup(): void {
    const ctx = this.halaman.doc.context;
    const ops = [...this.bawah, ...this.jalur, 'BT', ...this.teksnya, 'ET'].join('\n');
    this.halaman.node.addContentStream(ctx.register(ctx.flateStream(ops)));
  }
}
