// Writing a PDF as pdf-lib's own stream writer does (PDF 1.7, the objects that are not streams packed fifty to an
// object stream, a cross-reference stream), but with the object streams compressed by the run's one deflate state
// (mampat.ts) instead of a new one each, the fonts' object stream compressed once for the run, and the
// cross-reference stream (a few bytes per object) left as it is.
import {
  PDFCrossRefStream,
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  type PDFObject,
  PDFObjectStream,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFTrailer,
  PDFWriter,
  type PDFContext,
  type PDFDocument,
} from 'pdf-lib';
import { mampatkan } from './mampat';

/** What pdf-lib's writer serializes (its `SerializationInfo`, which pdf-lib does not export). */
interface Susunan {
  size: number;
  header: PDFHeader;
  indirectObjects: [PDFRef, PDFObject][];
  trailer: PDFTrailer;
}

/** pdf-lib's default number of objects in one object stream. */
const PER_ALIRAN = 50;

/** `aliran` (a stream pdf-lib made uncompressed) as a raw stream of its contents compressed, with its dictionary. */
function mampat(konteks: PDFContext, aliran: PDFObjectStream): PDFRawStream {
  aliran.updateDict();
  const kamus = aliran.dict.clone(konteks);
  kamus.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(kamus, mampatkan(aliran.getUnencodedContents()));
}

/** Objects every PDF of a run shares (the fonts'): those that are not streams, in one object stream compressed once. */
type Bersama = readonly (readonly [PDFRef, PDFObject])[];
const ALIRAN_BERSAMA = new WeakMap<Bersama, PDFRawStream>();

class PenulisPdf extends PDFWriter {
  private readonly bersama: ReadonlySet<PDFObject>;
  // No pause between objects (pdf-lib's writer waits a timer tick every 50 objects): a PAK PDF has about forty.
  constructor(
    konteks: PDFContext,
    private readonly objekBersama: Bersama,
  ) {
    super(konteks, Number.POSITIVE_INFINITY);
    this.bersama = new Set(objekBersama.filter(([, o]) => !(o instanceof PDFStream)).map(([, o]) => o));
  }

  /** The shared objects' object stream, compressed on the run's first PDF. */
  private aliranBersama(isi: [PDFRef, PDFObject][]): PDFRawStream {
    let a = ALIRAN_BERSAMA.get(this.objekBersama);
    if (a === undefined) {
      a = mampat(this.context, PDFObjectStream.withContextAndObjects(this.context, isi, false));
      ALIRAN_BERSAMA.set(this.objekBersama, a);
    }
    return a;
  }

  protected override async computeBufferSize(): Promise<Susunan> {
    const ctx = this.context;
    let nomor = ctx.largestObjectNumber + 1;
    const header = PDFHeader.forVersion(1, 7);
    let size = header.sizeInBytes() + 2;
    const xref = PDFCrossRefStream.create(this.createTrailerDict(), false);
    const lepas: [PDFRef, PDFObject][] = [];
    // The shared objects' stream first (the same bytes in every PDF), then the others fifty to a stream.
    const kelompok: [PDFRef, PDFObject][][] = [[]];
    const refKelompok: PDFRef[] = [this.bersama.size > 0 ? PDFRef.of(nomor++) : PDFRef.of(0)];
    for (const objek of ctx.enumerateIndirectObjects()) {
      const [ref, obj] = objek;
      if (
        ref === ctx.trailerInfo.Encrypt ||
        obj instanceof PDFStream ||
        obj instanceof PDFInvalidObject ||
        ref.generationNumber !== 0
      ) {
        lepas.push(objek);
        xref.addUncompressedEntry(ref, size);
        size += this.computeIndirectObjectSize(objek);
        continue;
      }
      if (this.bersama.has(obj)) {
        xref.addCompressedEntry(ref, refKelompok[0] as PDFRef, kelompok[0]?.length ?? 0);
        kelompok[0]?.push(objek);
        continue;
      }
      let isi = kelompok[kelompok.length - 1];
      let refIsi = refKelompok[refKelompok.length - 1];
      if (kelompok.length === 1 || isi === undefined || refIsi === undefined || isi.length % PER_ALIRAN === 0) {
        kelompok.push((isi = []));
        refKelompok.push((refIsi = PDFRef.of(nomor++)));
      }
      xref.addCompressedEntry(ref, refIsi, isi.length);
      isi.push(objek);
    }
    kelompok.forEach((isi, i) => {
      const ref = refKelompok[i] as PDFRef;
      if (isi.length === 0) return;
      const aliran =
        i === 0 ? this.aliranBersama(isi) : mampat(ctx, PDFObjectStream.withContextAndObjects(ctx, isi, false));
      xref.addUncompressedEntry(ref, size);
      size += this.computeIndirectObjectSize([ref, aliran]);
      lepas.push([ref, aliran]);
    });
    const refXref = PDFRef.of(nomor++);
    xref.dict.set(PDFName.of('Size'), ctx.obj(nomor));
    xref.addUncompressedEntry(refXref, size);
    const offsetXref = size;
    // Left uncompressed: a PAK PDF's is under 150 bytes.
    size += this.computeIndirectObjectSize([refXref, xref]);
    lepas.push([refXref, xref]);
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(offsetXref);
    size += trailer.sizeInBytes();
    return { size, header, indirectObjects: lepas, trailer };
  }
}

/**
 * The bytes of `pdf`, as `pdf.save({ useObjectStreams: true })` writes them, its streams compressed once each, and
 * `bersama` (objects at the same numbers in every PDF of the run) in an object stream of their own compressed once.
 */
export async function simpanPdf(pdf: PDFDocument, bersama: Bersama): Promise<Uint8Array> {
  await pdf.flush();
  return new PenulisPdf(pdf.context, bersama).serializeToBuffer();
}
