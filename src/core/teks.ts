import { periksaTeks } from './periksa';

/**
 * The length of a text in Unicode characters (code points), as a 500-character limit counts them; cheap for texts
 * whose UTF-16 length is already within `batas` (a code point is one or two UTF-16 units).
 *
 * @internal
 * @example
 * panjangTeks('é'.repeat(3)); //=> 3
 */
export function panjangTeks(teks: string, batas = 0): number {
  periksaTeks(teks, 'teks');
  if (teks.length <= batas) return teks.length;
  let n = 0;
  for (const _ of teks) n += 1;
  return n;
}
