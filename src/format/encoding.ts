// Bytes to text, chunk by chunk, in the encodings operators' files come in. TextDecoder exists in Node and every
// browser; Windows-1252 is decoded here because Node 20's TextDecoder('windows-1252') decodes ISO-8859-1 (0x80–0x9F
// come out as C1 controls instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ).
import type { EncodingBerkas } from './dialek';

const CP1252_80: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as text (WHATWG's mapping: the five unassigned bytes map to the same C1 code points). */
export function dekodeCp1252(b: Uint8Array): string {
  let out = '';
  const n = b.length;
  const potong = 8192;
  for (let i = 0; i < n; i += potong) {
    const akhir = Math.min(n, i + potong);
    const kode = new Array<number>(akhir - i);
    for (let j = i; j < akhir; j++) {
      const c = b[j]!;
      kode[j - i] = c >= 0x80 && c < 0xa0 ? CP1252_80[c - 0x80]! : c;
    }
    out += String.fromCharCode.apply(null, kode);
  }
  return out;
}

/** How many bytes at the end of `b` start a UTF-8 sequence that the next chunk completes (0–3). */
export function ekorUtf8(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const perlu = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return perlu > k ? k : 0;
    }
  }
  return 0;
}

export function gabung(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * The encoding guess for bytes that are valid UTF-8: they are read as UTF-8 unless the text holds a character that an
 * Indonesian staff file does not write and that Windows-1252 text explains, and then they are read as Windows-1252:
 *
 * - a C1 control, U+0080–U+009F (`Â` then one of `€ ‚ … ‘ ’ “ ” • – — ™ Š`, the bytes C2 80–9F): no spreadsheet writes
 *   one;
 * - a character from U+3000 to U+FFFF other than a surrogate, U+FEFF and U+FFFD (CJK, kana, Hangul, Yi, private use,
 *   compatibility and fullwidth forms): what an accented lowercase letter `ã`–`ï` followed by two of Windows-1252's
 *   symbols `€`–`¿` reads as in UTF-8 (`éŠŠ`, the bytes E9 8A 8A, would be `銊`). The files these runs read (SIASN,
 *   e-Kinerja, Dapodik, a dinas's own sheet) are in Latin script, where such a character does not occur.
 *
 * Every other character keeps the UTF-8 reading: accented Latin letters (`é` as C3 A9, never `Ã©`), punctuation and
 * currency (`–`, `’`, `€` as E2 …), Latin Extended, and characters beyond U+FFFF (an emoji in a name is likelier than
 * `ðŸ˜€`).
 */
const BUKAN_UTF8 = /[\u0080-\u009f\u3000-\ud7ff\ue000-\ufefe\uff00-\ufffc]/;

/**
 * Whether these bytes are read as UTF-8: valid UTF-8 holding no character of {@link BUKAN_UTF8} (an incomplete
 * sequence at the end counts as valid when `potongan`).
 */
export function utf8Sah(b: Uint8Array, potongan: boolean): boolean {
  const isi = potongan ? b.subarray(0, b.length - ekorUtf8(b)) : b;
  try {
    return !BUKAN_UTF8.test(new TextDecoder('utf-8', { fatal: true }).decode(isi));
  } catch {
    return false;
  }
}

/**
 * A streaming decoder. UTF-8 is decoded strictly: at the first invalid byte or character of {@link BUKAN_UTF8} (a
 * Windows-1252 name met late in a large file) it switches to Windows-1252 from the start of that chunk's sequence on,
 * and `encoding` says so.
 */
export class Dekoder {
  encoding: EncodingBerkas;
  private utf8: InstanceType<typeof TextDecoder> | undefined;
  private utf16: InstanceType<typeof TextDecoder> | undefined;
  private ekor: Uint8Array = new Uint8Array(0);
  private ganjil = -1;

  constructor(encoding: EncodingBerkas) {
    this.encoding = encoding;
    if (encoding === 'utf-8') this.utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    else if (encoding !== 'windows-1252') this.utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
  }

  dekode(b: Uint8Array, akhir: boolean): string {
    switch (this.encoding) {
      case 'windows-1252':
        return dekodeCp1252(b);
      case 'utf-16le':
        return this.utf16!.decode(b, { stream: !akhir });
      case 'utf-16be':
        return this.utf16!.decode(this.tukar(b, akhir), { stream: !akhir });
      default:
        try {
          const s = this.utf8!.decode(b, { stream: !akhir });
          // Valid UTF-8 holding a character that Windows-1252 text explains (BUKAN_UTF8: a C1 control, a CJK
          // character…) is read as Windows-1252, like an invalid byte.
          if (BUKAN_UTF8.test(s)) throw new RangeError('Windows-1252');
          const dgn = b.length < 4 && this.ekor.length > 0 ? gabung(this.ekor, b) : b;
          const e = ekorUtf8(dgn);
          this.ekor = e === 0 ? new Uint8Array(0) : dgn.slice(dgn.length - e);
          return s;
        } catch {
          // The decoder held the previous chunk's incomplete sequence: decode it with this chunk as Windows-1252.
          this.encoding = 'windows-1252';
          this.utf8 = undefined;
          return dekodeCp1252(gabung(this.ekor, b));
        }
    }
  }

  /** UTF-16BE to LE: swap each byte pair, carrying an odd byte to the next chunk. */
  private tukar(b: Uint8Array, akhir: boolean): Uint8Array {
    const awal = this.ganjil >= 0 ? 1 : 0;
    const total = b.length + awal;
    const genap = akhir ? total : total - (total % 2);
    const out = new Uint8Array(genap);
    const at = (i: number): number => (awal === 1 ? (i === 0 ? this.ganjil : b[i - 1]!) : b[i]!);
    for (let i = 0; i + 1 < genap; i += 2) {
      out[i] = at(i + 1);
      out[i + 1] = at(i);
    }
    if (genap % 2 === 1) out[genap - 1] = at(genap - 1);
    this.ganjil = total > genap ? at(total - 1) : -1;
    return out;
  }
}
