// The PAK documents as PDF, drawn from the same layout as the HTML page (tata-letak.ts) with pdf-lib: pure
// JavaScript, the same in Node and in the browser, no file read at run time. The font is Tinos (Times metrics,
// SIL Open Font License 1.1), embedded whole (a Latin subset of 26 kB; huruf-pdf.ts).
import { type PDFDocument as DokumenPdf, type PDFFont, PDFName, PDFPage, type PDFRef } from 'pdf-lib';
import { KinerjaError } from '../core/error';
import type { DokumenPak } from '../pak/schema';
import { dokumenPdf, hurufPdf } from './huruf-pdf';
import type { KopSurat } from './kop-surat';
import { A4, BATAS_SIMPANAN, Bentuk, kodeGlif, Lembar } from './lembar-pdf';
import { periksaCetakan, type OpsiPakHtml } from './opsi-cetak';
import { Simpanan, simpananDi } from './simpanan';
import { type LogoPdf, logoPdf } from './logo-pdf';
import { simpanPdf } from './penulis-pdf';
import { type Akhir, type Blok, type Halaman, halamanDokumen, type Isi, type Sel, TANDA_TANGAN } from './tata-letak';

/**
 * Options of {@link formatPakPdf}: those of {@link formatPakHtml} (`judul`, `kop`, `tandaTangan`, `draf`), and the
 * creation date written in the PDF's information (`yyyy-mm-dd`; the library has no clock, so by default the PDF has
 * none and the same documents give the same bytes).
 *
 * @category Cetak
 * @example
 * import type { OpsiPakPdf } from 'pengelolaan-kinerja/cetak';
 * const opsi: OpsiPakPdf = { judul: 'PAK Siti Aminah', tandaTangan: 'elektronik', tanggalDibuat: '2027-01-20' };
 */
export interface OpsiPakPdf extends OpsiPakHtml {
  /** The creation date of the PDF's information (`yyyy-mm-dd`); none by default. */
  readonly tanggalDibuat?: string;
}

const MM = 72 / 25.4;
const KIRI = 18 * MM;
const ATAS = 18 * MM;
const BAWAH = 20 * MM;
const LEBAR = A4[0] - 2 * KIRI;
/** Line height, as a multiple of the font size. */
const TINGGI_BARIS = 1.2;

const AKSARA = new Map<string, ReadonlySet<number>>();

/** The code points `font` has a glyph for, read once per font. */
function aksaraFont(font: PDFFont): ReadonlySet<number> {
  let a = AKSARA.get(font.name);
  if (a === undefined) AKSARA.set(font.name, (a = new Set(font.getCharacterSet())));
  return a;
}

interface Gaya {
  readonly font: PDFFont;
  readonly ukuran: number;
}

/** Text widths at size 1 per font: laying text out (fontkit's shaping) is the costly part of a page. */
const LEBAR_TEKS = new WeakMap<PDFFont, Simpanan<string, number>>();

/** The width of `teks` in points, measured once per font and text. */
function ukur(font: PDFFont, teks: string, ukuran: number): number {
  const m = simpananDi(LEBAR_TEKS, font, BATAS_SIMPANAN);
  return (m.ambil(teks) ?? m.taruh(teks, font.widthOfTextAtSize(teks, 1))) * ukuran;
}

/** A drawing kept as a form: where it was drawn (the cursor then) and how far it moved the cursor. */
interface Rekaman {
  readonly bentuk: Bentuk;
  readonly y0: number;
  readonly tinggi: number;
}

/**
 * Forms the same in every PDF of a run (the letterhead, the signature block), by what they draw: made and compressed
 * once for the run.
 */
const BENTUK_RUN = new Simpanan<string, Rekaman>(64);

/** One drawing of a PDF: the fonts, the current page and the position on it (from the top, in points). */
class Kanvas {
  lembar!: Lembar;
  y = 0;
  readonly semua: Lembar[] = [];
  readonly aksara: ReadonlySet<number>;
  /** The letterhead's logo in this PDF (named by the forms that draw it). */
  logo: LogoPdf | null = null;
  /** While a form is drawn: no page break (the form is placed as a whole). */
  private merekam = false;
  private readonly bentukPdf = new Map<
    string,
    { readonly ref: PDFRef; readonly y0: number; readonly tinggi: number }
  >();
  constructor(
    readonly pdf: DokumenPdf,
    readonly biasa: PDFFont,
    readonly tebal: PDFFont,
    readonly draf: boolean,
    readonly tte: boolean,
  ) {
    this.aksara = aksaraFont(biasa);
  }
  baru(): void {
    // A page made with its size (pdf-lib's addPage(size) sets it through its five boxes, each read back first).
    const halaman = PDFPage.create(this.pdf);
    halaman.node.set(PDFName.of('MediaBox'), this.pdf.context.obj([0, 0, A4[0], A4[1]]));
    this.lembar = new Lembar(this.pdf.addPage(halaman));
    this.semua.push(this.lembar);
    this.y = ATAS;
    if (this.draf) {
      this.lembar.tanda('DRAF', A4[0] / 2 - 150, A4[1] / 2 - 120, 110, this.tebal, 0.85, 30);
      const t = this.bersih(TANDA_TANGAN.draf);
      const w = ukur(this.tebal, t, 10);
      this.lembar.kotak(KIRI, this.dasar(7 * MM), LEBAR, 7 * MM, 1.2);
      this.lembar.teks(t, KIRI + (LEBAR - w) / 2, this.dasar(4.6 * MM), 10, this.tebal);
    }
    this.y = this.awalHalaman;
  }
  /** The PDF's y of a point `turun` below the cursor. */
  dasar(turun: number): number {
    return A4[1] - this.y - turun;
  }
  /** Where a page's content starts: under the draft banner on a draft. */
  private get awalHalaman(): number {
    return ATAS + (this.draf ? 10 * MM : 0);
  }
  /** Where a page's content ends: above the electronic signature's note on a TTE document. */
  private get akhirHalaman(): number {
    return A4[1] - BAWAH - (this.tte ? 8 * MM : 0);
  }
  /** Room for `tinggi` points on this page, or a new page. */
  muat(tinggi: number): void {
    if (this.merekam) return;
    if (this.y + tinggi > this.akhirHalaman) this.baru();
  }
  /**
   * What `gambar` draws, as a form kept under `kunci` (for this PDF, or with `run` for every PDF of the run) and placed
   * at the cursor: on a new page when it does not fit on this one; drawn as it is when it is taller than a page.
   */
  bentuk(kunci: string, run: boolean, gambar: () => void): void {
    let b = this.bentukPdf.get(kunci);
    if (b === undefined) {
      let r = run ? BENTUK_RUN.ambil(kunci) : undefined;
      if (r === undefined) {
        const y0 = this.y;
        const lembar = this.lembar;
        this.merekam = true;
        try {
          const bentuk = Bentuk.rekam((l) => {
            this.lembar = l;
            gambar();
          });
          r = { bentuk, y0, tinggi: this.y - y0 };
        } finally {
          this.lembar = lembar;
          this.merekam = false;
          this.y = y0;
        }
        if (run) BENTUK_RUN.taruh(kunci, r);
      }
      if (r.tinggi > this.akhirHalaman - this.awalHalaman) return gambar();
      b = { ref: r.bentuk.pasang(this.pdf.context, this.logo), y0: r.y0, tinggi: r.tinggi };
      this.bentukPdf.set(kunci, b);
    }
    this.muat(b.tinggi);
    this.lembar.bentuk(b.ref, this.y - b.y0);
    this.y += b.tinggi;
  }
  /**
   * A text the font can draw: a line break or a tab is a space (as the HTML page lays it out), letters it lacks lose
   * their accents, or become '?'.
   */
  bersih(t: string): string {
    let out = '';
    for (const c of t.normalize('NFC')) {
      const k = c.codePointAt(0) ?? 63;
      if (c === '\n' || c === '\r' || c === '\t') out += ' ';
      else if (this.aksara.has(k)) out += c;
      else {
        const dasar = c.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        out += [...dasar].every((x) => this.aksara.has(x.codePointAt(0) ?? 0)) && dasar !== '' ? dasar : '?';
      }
    }
    return out;
  }
}

/** A word or an empty line to fill, with its width, laid out in lines. */
type Token =
  | { readonly teks: string; readonly lebar: number; readonly lebarPolos: number; readonly glif: Uint8Array }
  | { readonly isian: number };

const kata = (teks: string, g: Gaya): Token => ({
  teks,
  lebar: ukur(g.font, teks, g.ukuran),
  lebarPolos: ukur(g.font, teks.trimEnd(), g.ukuran),
  glif: kodeGlif(g.font, teks),
});

/** The words of a text per font and size: the form's own texts come back in every document. */
const KATA_TEKS = new WeakMap<PDFFont, Map<number, Simpanan<string, readonly Token[]>>>();

/** The cache of {@link token} for a font and size. */
function kataGaya(g: Gaya): Simpanan<string, readonly Token[]> {
  let perUkuran = KATA_TEKS.get(g.font);
  if (perUkuran === undefined) KATA_TEKS.set(g.font, (perUkuran = new Map()));
  return simpananDi(perUkuran, g.ukuran, BATAS_SIMPANAN);
}

function token(isi: Isi, g: Gaya, k: Kanvas): Token[] {
  const out: Token[] = [];
  const kataIni = kataGaya(g);
  for (const p of isi) {
    if (typeof p !== 'string') {
      out.push({ isian: (p.isian === 'pendek' ? 25 : 45) * MM });
      continue;
    }
    // Words with the space that follows them, so a line break falls between words.
    const ts =
      kataIni.ambil(p) ??
      kataIni.taruh(
        p,
        (k.bersih(p).match(/\S+\s*|\s+/g) ?? []).map((w) => kata(w, g)),
      );
    for (const t of ts) out.push(t);
  }
  return out;
}

/** Lines of tokens within `lebar` points (a word longer than the line is cut by characters). */
function baris(tokens: readonly Token[], lebar: number, g: Gaya): Token[][] {
  const hasil: Token[][] = [[]];
  let x = 0;
  for (const t of tokens) {
    const w = 'isian' in t ? Math.min(t.isian, lebar) : t.lebar;
    const lebarTanpaSpasi = 'isian' in t ? w : t.lebarPolos;
    if (x > 0 && x + lebarTanpaSpasi > lebar) {
      hasil.push([]);
      x = 0;
      if (!('isian' in t) && t.teks.trim() === '') continue;
    }
    if (!('isian' in t) && lebarTanpaSpasi > lebar) {
      // A word wider than the line: cut it.
      let sisa = t.teks;
      while (sisa !== '') {
        let n = sisa.length;
        while (n > 1 && ukur(g.font, sisa.slice(0, n), g.ukuran) > lebar - x) n -= 1;
        const bagian = sisa.slice(0, n);
        hasil[hasil.length - 1]?.push(kata(bagian, g));
        sisa = sisa.slice(n);
        if (sisa !== '') {
          hasil.push([]);
          x = 0;
        } else x += ukur(g.font, bagian, g.ukuran);
      }
      continue;
    }
    hasil[hasil.length - 1]?.push('isian' in t ? { isian: w } : t);
    x += w;
  }
  return hasil;
}

const lebarBaris = (b: readonly Token[]): number =>
  b.reduce((s, t, i) => s + ('isian' in t ? t.isian : i === b.length - 1 ? t.lebarPolos : t.lebar), 0);

/** Draws lines of tokens from (x, the cursor + `turun`), aligned in `lebar`; returns the height used. */
function tulisBaris(
  k: Kanvas,
  lines: readonly Token[][],
  x: number,
  turun: number,
  lebar: number,
  g: Gaya,
  rata: 'kiri' | 'kanan' | 'tengah',
): number {
  const tinggi = g.ukuran * TINGGI_BARIS;
  const glif: Uint8Array[] = [];
  for (let i = 0; i < lines.length; i++) {
    const b = lines[i] as readonly Token[];
    const w = lebarBaris(b);
    let cx = rata === 'kiri' ? x : rata === 'kanan' ? x + lebar - w : x + (lebar - w) / 2;
    const y = k.dasar(turun + tinggi * i + g.ukuran);
    // The words between two blanks to fill, drawn as one text.
    let awal = cx;
    for (const t of b) {
      if ('isian' in t) {
        if (glif.length > 0) k.lembar.kata(glif, awal, y, g.ukuran, g.font);
        glif.length = 0;
        k.lembar.garis(cx, y - 1.5, cx + t.isian, y - 1.5, 0.55);
        cx += t.isian;
        awal = cx;
      } else {
        if (glif.length === 0) awal = cx;
        glif.push(t.glif);
        cx += t.lebar;
      }
    }
    if (glif.length > 0) k.lembar.kata(glif, awal, y, g.ukuran, g.font);
    glif.length = 0;
  }
  return tinggi * lines.length;
}

/** A paragraph at the cursor across `lebar` from `x`; moves the cursor. */
function paragraf(
  k: Kanvas,
  isi: Isi,
  g: Gaya,
  x = KIRI,
  lebar = LEBAR,
  rata: 'kiri' | 'kanan' | 'tengah' = 'kiri',
): void {
  const lines = baris(token(isi, g, k), lebar, g);
  k.muat(lines.length * g.ukuran * TINGGI_BARIS);
  k.y += tulisBaris(k, lines, x, 0, lebar, g, rata);
}

function kop(k: Kanvas, kopSurat: KopSurat | undefined, instansi: string | undefined, logo: LogoPdf | null): void {
  const nama = kopSurat?.instansi ?? instansi;
  const kontak = [
    kopSurat?.telepon === undefined ? null : `Telepon ${kopSurat.telepon}`,
    kopSurat?.laman === undefined ? null : `Laman ${kopSurat.laman}`,
    kopSurat?.email === undefined ? null : `Pos-el ${kopSurat.email}`,
  ].filter((x): x is string => x !== null);
  const lengkap =
    kopSurat !== undefined &&
    (kopSurat.pemerintah !== undefined || kopSurat.alamat !== undefined || kontak.length > 0 || logo !== null);
  if (!lengkap) {
    if (nama === undefined) return;
    paragraf(k, [nama.toUpperCase()], { font: k.tebal, ukuran: 11 }, KIRI, LEBAR, 'tengah');
    k.y += 2 * MM;
    k.lembar.garis(KIRI, k.dasar(0), KIRI + LEBAR, k.dasar(0), 1.7);
    k.y += 3 * MM;
    return;
  }
  const awal = k.y;
  const sisi = logo === null ? 0 : 26 * MM;
  const x = KIRI + sisi;
  const lebar = LEBAR - 2 * sisi;
  if (kopSurat.pemerintah !== undefined)
    paragraf(k, [kopSurat.pemerintah.toUpperCase()], { font: k.tebal, ukuran: 13 }, x, lebar, 'tengah');
  if (nama !== undefined) paragraf(k, [nama.toUpperCase()], { font: k.tebal, ukuran: 15 }, x, lebar, 'tengah');
  if (kopSurat.alamat !== undefined) paragraf(k, [kopSurat.alamat], { font: k.biasa, ukuran: 9.5 }, x, lebar, 'tengah');
  if (kontak.length > 0) paragraf(k, [kontak.join(', ')], { font: k.biasa, ukuran: 9.5 }, x, lebar, 'tengah');
  if (logo !== null) {
    const skala = Math.min((22 * MM) / logo.width, (24 * MM) / logo.height);
    const w = logo.width * skala;
    const h = logo.height * skala;
    const tinggi = Math.max(k.y - awal, h);
    k.lembar.gambar(logo, KIRI + (22 * MM - w) / 2, A4[1] - awal - (tinggi + h) / 2, w, h);
    k.y = awal + tinggi;
  }
  k.y += 2 * MM;
  // The rule under the letterhead: a thick line over a thin one.
  k.lembar.garis(KIRI, k.dasar(0), KIRI + LEBAR, k.dasar(0), 2);
  k.lembar.garis(KIRI, k.dasar(3), KIRI + LEBAR, k.dasar(3), 0.6);
  k.y += 5 * MM;
}

function tabel(k: Kanvas, b: Extract<Blok, { jenis: 'tabel' }>): void {
  const lebar = b.lebar.map((w) => w * MM);
  const g: Gaya = { font: k.biasa, ukuran: 10.5 };
  const gTebal: Gaya = { font: k.tebal, ukuran: 10.5 };
  const PAD_X = 2 * MM;
  const PAD_Y = 0.8 * MM;
  const baris1 = (r: readonly Sel[], gaya: Gaya, kepala: boolean) => {
    let kolom = 0;
    const sel = r.map((s) => {
      const n = s.rentang ?? 1;
      const x = KIRI + lebar.slice(0, kolom).reduce((a, c) => a + c, 0);
      const w = lebar.slice(kolom, kolom + n).reduce((a, c) => a + c, 0);
      kolom += n;
      const lines = baris(token(s.isi, gaya, k), w - 2 * PAD_X, gaya);
      const rata: 'kiri' | 'kanan' | 'tengah' =
        s.kanan === true ? 'kanan' : s.tengah === true || kepala ? 'tengah' : 'kiri';
      return { x, w, lines, rata };
    });
    const tinggi = Math.max(...sel.map((s) => s.lines.length)) * gaya.ukuran * TINGGI_BARIS + 2 * PAD_Y;
    k.muat(tinggi);
    for (const s of sel) {
      k.lembar.kotak(s.x, k.dasar(tinggi), s.w, tinggi, 0.85);
      tulisBaris(k, s.lines, s.x + PAD_X, PAD_Y - 1, s.w - 2 * PAD_X, gaya, s.rata);
    }
    k.y += tinggi;
  };
  if (b.kepala !== undefined) baris1(b.kepala, gTebal, true);
  b.baris.forEach((r, i) => baris1(r, b.jumlah === true && i === b.baris.length - 1 ? gTebal : g, false));
}

function blok(k: Kanvas, b: Blok): void {
  const g: Gaya = { font: k.biasa, ukuran: 11 };
  switch (b.jenis) {
    case 'judul':
      for (const t of b.baris) paragraf(k, [t], { font: k.tebal, ukuran: 12 }, KIRI, LEBAR, 'tengah');
      k.y += 2 * MM;
      return;
    case 'nomor':
      paragraf(k, b.isi, g, KIRI, LEBAR, 'tengah');
      k.y += 4 * MM;
      return;
    case 'kepala': {
      const kiri = baris(token(b.kiri, g, k), LEBAR * 0.55, g);
      const kanan = baris(token(b.kanan, g, k), LEBAR * 0.45, g);
      const t1 = tulisBaris(k, kiri, KIRI, 0, LEBAR * 0.55, g, 'kiri');
      const t2 = tulisBaris(k, kanan, KIRI + LEBAR * 0.55, 0, LEBAR * 0.45, g, 'kanan');
      k.y += Math.max(t1, t2) + 2 * MM;
      return;
    }
    case 'subjudul':
      k.muat(14 * MM);
      k.y += 3 * MM;
      paragraf(k, [b.teks], { font: k.tebal, ukuran: 11 });
      k.y += 1.5 * MM;
      return;
    case 'paragraf':
      paragraf(k, [b.teks], g);
      return;
    case 'tabel':
      tabel(k, b);
      return;
  }
}

/** The room the signature block asks for before it starts. */
const ruangAkhir = (k: Kanvas): number => (k.tte ? 20 : 16) * MM + (k.tte ? 43 : 38) * MM;

function akhir(k: Kanvas, a: Akhir): void {
  const g: Gaya = { font: k.biasa, ukuran: 11 };
  const kecil: Gaya = { font: k.biasa, ukuran: 9.5 };
  const ruang = (k.tte ? 20 : 16) * MM;
  k.muat(ruangAkhir(k));
  k.y += 4 * MM;
  const awal = k.y;
  // The signature block on the right.
  const x = KIRI + LEBAR - 78 * MM;
  const w = 78 * MM;
  paragraf(k, ['Ditetapkan di ', ...a.tempat], g, x, w);
  paragraf(k, ['pada tanggal ', ...a.tanggal], g, x, w);
  if (k.tte) paragraf(k, [TANDA_TANGAN.tte], g, x, w);
  paragraf(k, [`${a.jabatan},`], g, x, w);
  k.y += ruang;
  paragraf(k, a.nama, { font: k.tebal, ukuran: 11 }, x, w);
  paragraf(k, a.pangkat, g, x, w);
  paragraf(k, ['NIP ', ...a.nip], g, x, w);
  const akhirTtd = k.y;
  // The copies on the left, level with the bottom of the signature block.
  const lebarKiri = 88 * MM;
  const isiKiri: Isi[] = [
    ['ASLI Penetapan Angka Kredit untuk: Jabatan Fungsional yang bersangkutan.'],
    ['Tembusan disampaikan kepada:'],
    ...a.tembusan.map((t, i): Isi => [`${i + 1}. `, ...t]),
  ];
  const lines = isiKiri.map((i) => baris(token(i, kecil, k), lebarKiri, kecil));
  const tinggi = lines.reduce((s, l) => s + l.length, 0) * kecil.ukuran * TINGGI_BARIS;
  k.y = Math.max(awal, akhirTtd - tinggi);
  for (const l of lines) k.y += tulisBaris(k, l, KIRI, 0, lebarKiri, kecil, 'kiri');
  k.y = Math.max(k.y, akhirTtd);
}

function catatanTte(k: Kanvas): void {
  const kecil: Gaya = { font: k.biasa, ukuran: 8.5 };
  const lines = baris(token([TANDA_TANGAN.catatanTte], kecil, k), LEBAR, kecil);
  for (const p of k.semua) {
    const y = BAWAH - 2 * MM;
    p.garis(KIRI, y, KIRI + LEBAR, y, 0.5);
    lines.forEach((l, i) => {
      const t = l
        .map((x) => ('isian' in x ? '' : x.teks))
        .join('')
        .trimEnd();
      p.teks(t, KIRI, y - 10 - i * 10.5, 8.5, kecil.font);
    });
  }
}

/**
 * The PAK documents as one PDF (A4, a page per document, more when a document runs over): the same layout as
 * {@link formatPakHtml} (the letterhead with its logo embedded, the fields of PerBKN 3/2023's lampiran forms, the
 * figures in Indonesian format, the tembusan and the signature block for a wet or an electronic signature), the font
 * (Tinos, with the metrics of Times New Roman) embedded (a Latin subset of Tinos), the text extractable (copy, search, a screen
 * reader). The same documents and options give the same bytes: no clock is read. Throws `KinerjaError`
 * `argumen-tidak-valid` for anything that is not a PAK document and for a logo that is not a PNG, JPEG or SVG.
 *
 * @param dokumen - One PAK document or several (`PakKonversi`, `PakAkumulasi`, `PakPenetapan` from the main entry).
 * @param opsi - The title, the letterhead, the signature block, the draft mark, the creation date.
 * @returns The bytes of the PDF file.
 *
 * @category Cetak
 * @example
 * import { formatPakPdf } from 'pengelolaan-kinerja/cetak';
 * async function contoh() {
 *   const d = unwrap(createPakKonversi({
 *     pegawai: { nama: 'Siti Aminah', nip: '198701012010012001', golongan: 'III/c' },
 *     rekam: createRekamAngkaKredit({ tahun: 2025, bulanMulai: 1, bulanAkhir: 12, jenjang: 'ahli-muda', predikat: 'sangat-baik' }),
 *   }));
 *   const pdf = await formatPakPdf(d, { kop: { pemerintah: 'Pemerintah Kota Kupang', instansi: 'Dinas Pendidikan' } });
 *   return new TextDecoder().decode(pdf.subarray(0, 5)); // '%PDF-'
 * }
 */
export async function formatPakPdf(
  dokumen: DokumenPak | readonly DokumenPak[],
  opsi?: OpsiPakPdf,
): Promise<Uint8Array> {
  const { tanggalDibuat, ...lain } = opsi ?? {};
  const c = periksaCetakan(dokumen, opsi === undefined ? undefined : lain, 'formatPakPdf');
  const tanggal = periksaTanggal(tanggalDibuat);
  const huruf = await hurufPdf();
  const pdf = await dokumenPdf(huruf);
  pdf.setTitle(c.judul);
  pdf.setLanguage('id-ID');
  pdf.setCreator('pengelolaan-kinerja');
  pdf.setProducer('pengelolaan-kinerja (pdf-lib)');
  if (tanggal !== undefined) pdf.setCreationDate(tanggal);
  const logo = c.kop?.logo === undefined ? null : await logoPdf(pdf, c.kop.logo.data);
  const k = new Kanvas(pdf, huruf.biasa, huruf.tebal, c.draf, c.tte);
  k.logo = logo;
  for (const [i, d] of c.dokumen.entries()) {
    const h: Halaman = halamanDokumen(d);
    k.baru();
    // The letterhead: one form for the run.
    const kunciKop = JSON.stringify([
      { ...c.kop, logo: undefined },
      h.instansi,
      logo === null ? null : [logo.jenis, logo.width, logo.height],
      k.draf,
    ]);
    k.bentuk(`kop ${kunciKop}`, true, () => kop(k, c.kop, h.instansi, logo));
    const catatan = c.catatan[i] ?? '';
    if (catatan !== '') {
      paragraf(k, [`Catatan: ${catatan}`], { font: k.tebal, ukuran: 9.5 });
      k.y += 2 * MM;
    }
    for (const b of h.blok) {
      // The guru's identity is the same in each of their documents: one form per PDF.
      if (b.jenis === 'tabel' && b.kelas === 'perorangan')
        k.bentuk(`perorangan ${JSON.stringify(b)}`, false, () => blok(k, b));
      else blok(k, b);
    }
    // The signature block: one form for the run (a page break before it, as akhir() asks room for it).
    k.muat(ruangAkhir(k));
    k.bentuk(`akhir ${JSON.stringify(h.akhir)} ${k.tte}`, true, () => akhir(k, h.akhir));
  }
  if (c.tte) catatanTte(k);
  for (const l of k.semua) l.tutup();
  return simpanPdf(pdf, huruf.objek);
}

function periksaTanggal(t: unknown): Date | undefined {
  if (t === undefined) return undefined;
  if (typeof t === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const d = new Date(`${t}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(t)) return d;
  }
  throw new KinerjaError(
    'argumen-tidak-valid',
    'opsi.tanggalDibuat harus tanggal yyyy-mm-dd.',
    'opsi.tanggalDibuat must be a yyyy-mm-dd date.',
  );
}
