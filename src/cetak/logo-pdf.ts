// The letterhead's logo in a PDF, made once per logo file for a whole run: pdf-lib decodes a PNG, or draws an SVG on
// a page and turns it into a form, and compresses the result, for every PDF it is embedded in. Here that is done once
// in a document of its own, and each PDF gets a copy of the finished image or form (bytes, already compressed).
import { PDFDocument, PDFObjectCopier, type PDFRawStream, type PDFRef } from 'pdf-lib';
import { jenisGambar } from './kop-surat';
import { gambarSvg } from './svg';

/** A logo ready to place: an image (PNG, JPEG) or a form (SVG), and its size (pixels, or the SVG's user units). */
export interface LogoPdf {
  readonly ref: PDFRef;
  readonly jenis: 'Image' | 'Form';
  readonly width: number;
  readonly height: number;
}

interface Cetakan extends LogoPdf {
  readonly asal: PDFDocument;
  /** The bytes it was made from, to see that the caller's array still holds them. */
  readonly bytes: Uint8Array;
}

/** Per logo file (the caller's array), the document holding the logo made once. */
const CETAKAN = new WeakMap<Uint8Array, Promise<Cetakan | null>>();

const sama = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

async function buatCetakan(data: Uint8Array): Promise<Cetakan | null> {
  const bytes = new Uint8Array(data);
  const jenis = jenisGambar(bytes);
  if (jenis === null) return null;
  const asal = await PDFDocument.create({ updateMetadata: false });
  // A copy at offset 0: pdf-lib reads a JPEG through its buffer, ignoring a view's offset (a Node Buffer's pool).
  const g =
    jenis === 'png'
      ? await asal.embedPng(bytes)
      : jenis === 'jpeg'
        ? await asal.embedJpg(bytes)
        : await gambarSvg(asal, bytes);
  await asal.flush();
  return { asal, bytes, ref: g.ref, jenis: jenis === 'svg' ? 'Form' : 'Image', width: g.width, height: g.height };
}

/** The logo `data` (PNG, JPEG or SVG) embedded in `pdf`, or null for any other bytes. */
export async function logoPdf(pdf: PDFDocument, data: Uint8Array): Promise<LogoPdf | null> {
  let c = CETAKAN.get(data);
  if (c === undefined || !sama((await c)?.bytes ?? new Uint8Array(), data)) CETAKAN.set(data, (c = buatCetakan(data)));
  const cetakan = await c;
  if (cetakan === null) return null;
  const asal = cetakan.asal.context;
  // The image or form made above, always there: lookup's undefined is for a ref of another document.
  const salinan = PDFObjectCopier.for(asal, pdf.context).copy(asal.lookup(cetakan.ref) as PDFRawStream);
  return { jenis: cetakan.jenis, width: cetakan.width, height: cetakan.height, ref: pdf.context.register(salinan) };
}
