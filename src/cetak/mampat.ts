// Compressing a PDF's streams (FlateDecode, RFC 1950) with one deflate state kept for the whole run. pdf-lib compresses
// each stream with a new one, which allocates and clears about 256 kB (the window, the hash chains, the pending
// buffer) for a page's few kilobytes: in a run of 2 000 PDFs that was a quarter of the time spent compressing.
// The same zlib port pdf-lib uses (pako), in the same pure JavaScript in Node and in the browser, so both give the
// same bytes.
import * as zlib from 'pako/lib/zlib/deflate.js';
import ZStream from 'pako/lib/zlib/zstream.js';

const Z_NO_FLUSH = 0;
const Z_FINISH = 4;
/**
 * The compression level: zlib's 1 rather than its default 6 (pdf-lib's). On the five page streams of a PAK PDF
 * (28 562 bytes of operators) it takes less than half the time, for 9 946 bytes against 9 021: about 2 % of a 48 kB
 * PDF, whose fonts are compressed once at level 6.
 */
const TINGKAT = 1;

let strm: zlib.ZStream | undefined;

/** The output buffer, kept between streams and grown as needed: the result is copied out of it. */
let keluaran = new Uint8Array(0);

/**
 * `bagian`, one after another, compressed as one zlib stream (a PDF's FlateDecode), with the run's one deflate state.
 */
export function mampatkan(...bagian: Uint8Array[]): Uint8Array {
  if (strm === undefined) {
    const s = new ZStream();
    // deflate, a 32 kB window, zlib's default strategy; memory level 6 (zlib's default is 8): a hash table of 8 192
    // entries rather than 32 768, cleared for every stream, is enough for streams of a few kilobytes.
    zlib.deflateInit2(s, TINGKAT, 8, 15, 6, 0);
    strm = s;
  } else zlib.deflateReset(strm);
  const s = strm;
  const panjang = bagian.reduce((a, b) => a + b.length, 0);
  // zlib's compressBound, and a block's end per part: the output never needs more, so nothing is left pending.
  const batas = panjang + (panjang >>> 12) + (panjang >>> 14) + (panjang >>> 25) + 13 + 6 * bagian.length;
  if (keluaran.length < batas) keluaran = new Uint8Array(Math.max(batas, 2 * keluaran.length));
  s.output = keluaran;
  s.next_out = 0;
  s.avail_out = keluaran.length;
  bagian.forEach((b, i) => {
    s.input = b;
    s.next_in = 0;
    s.avail_in = b.length;
    zlib.deflate(s, i === bagian.length - 1 ? Z_FINISH : Z_NO_FLUSH);
  });
  if (bagian.length === 0) zlib.deflate(s, Z_FINISH);
  const hasil = keluaran.slice(0, s.next_out);
  // Let go of the run's last input.
  s.input = null;
  return hasil;
}
