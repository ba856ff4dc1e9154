// The two faces of the PAK PDFs (Tinos and Tinos Bold, embedded whole: a Latin subset of 26 kB each), embedded once
// for a run: the objects pdf-lib makes for a font (the font file, its descriptor, its widths, its ToUnicode map) are
// the same in every PDF, so they are made once, in a document of their own, and placed at the same object numbers
// in each PDF (every PDF starts as that document did). The writer (penulis-pdf.ts) then writes them as they are,
// compressed once.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFObject, type PDFRef } from 'pdf-lib';
import { KinerjaError } from '../core/error';
import { TINOS_BOLD, TINOS_REGULAR } from './huruf';

/** The faces made once, and their objects with the numbers they take in every PDF. */
export interface HurufPdf {
  readonly biasa: PDFFont;
  readonly tebal: PDFFont;
  /** The fonts' objects, at the numbers after those of a new document (its page tree and catalog). */
  readonly objek: readonly (readonly [PDFRef, PDFObject])[];
  /** The largest object number of a new document, before the fonts. */
  readonly awal: number;
}

let dibuat: Promise<HurufPdf> | undefined;

async function buat(): Promise<HurufPdf> {
  const dari = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const asal = await PDFDocument.create({ updateMetadata: false });
  const awal = asal.context.largestObjectNumber;
  asal.registerFontkit(fontkit);
  const biasa = await asal.embedFont(dari(TINOS_REGULAR), { subset: false, customName: 'Tinos' });
  const tebal = await asal.embedFont(dari(TINOS_BOLD), { subset: false, customName: 'Tinos-Bold' });
  await asal.flush();
  const objek = asal.context.enumerateIndirectObjects().filter(([ref]) => ref.objectNumber > awal);
  return { biasa, tebal, objek, awal };
}

/** The faces, embedded once for the run. */
export function hurufPdf(): Promise<HurufPdf> {
  dibuat ??= buat();
  return dibuat;
}

/** A new document with the faces' objects in place: `huruf.biasa.ref` and `huruf.tebal.ref` name them in it. */
export async function dokumenPdf(huruf: HurufPdf): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // Always equal (pdf-lib makes a new document the same way each time); a later pdf-lib that did not would renumber.
  if (pdf.context.largestObjectNumber !== huruf.awal)
    throw new KinerjaError('argumen-tidak-valid', 'Versi pdf-lib tidak didukung.', 'Unsupported pdf-lib version.');
  for (const [ref, obj] of huruf.objek) pdf.context.assign(ref, obj);
  return pdf;
}
