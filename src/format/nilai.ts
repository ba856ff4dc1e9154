// Cell values as operators' files write them: NIPs with spaces or Excel's leading quote, dates in the Indonesian
// order, months by number or name, decimals with a comma or a point. Each parse returns a Result with one coded issue
// in both languages; nothing is rounded or guessed.
import { fail, ok, type Result } from '../core/result';
import { isTanggalValid, tulisTanggal } from '../core/tanggal';
import { issueOf } from '../core/issue';
import { periksaTeks } from '../core/periksa';

const gagal = (code: string, message: string, messageEn: string, input: string): Result<never> =>
  fail([issueOf(code, [], message, messageEn, { input })]);

/**
 * A NIP as written: spaces, dots, hyphens, quotes and Excel's leading `'` are dropped; what is left must be 18
 * digits (`nip-tidak-valid` otherwise; a NIP Excel turned into a number, `1.98703E+17`, says to keep NIPs as text).
 *
 * @param teks - The NIP as written in the file.
 * @returns The 18 digits, or a failed result with `nip-tidak-valid`.
 * @category Berkas
 * @example
 * import { parseNipBerkas } from 'pengelolaan-kinerja/berkas';
 * parseNipBerkas("'19870312 201001 2 004"); //=> { success: true, data: '198703122010012004' }
 * parseNipBerkas('1.98703122010012E+17').success; //=> false
 */
export function parseNipBerkas(teks: string): Result<string> {
  periksaTeks(teks, 'teks');
  const t = teks.trim();
  const nip = t.replace(/[\s.\-'"‘’`]/g, '');
  if (/^\d{18}$/.test(nip)) return ok(nip);
  if (/e\+?\d+$/i.test(t)) {
    return gagal(
      'nip-tidak-valid',
      `NIP "${t}" ditulis Excel sebagai angka dan digit terakhirnya hilang. Di Excel, format kolom NIP sebagai Teks dan ketik ulang NIP-nya (atau awali dengan ').`,
      `NIP "${t}" was written by Excel as a number and its last digits are lost. In Excel, format the NIP column as Text and type the NIPs again (or start them with ').`,
      t,
    );
  }
  return gagal(
    'nip-tidak-valid',
    `NIP "${t}" bukan 18 angka (spasi, titik dan tanda kutip boleh; di Excel, simpan NIP sebagai teks).`,
    `NIP "${t}" is not 18 digits (spaces, dots and quotes are fine; in Excel, keep NIPs as text).`,
    t,
  );
}

const BULAN: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  feb: 2,
  pebruari: 2,
  peb: 2,
  february: 2,
  maret: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  august: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  nop: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

/**
 * A month as written: `1`–`12` (`01` too) or its name in Indonesian or English (`September`, `Sept`, `Agt`).
 *
 * @param teks - The month as written.
 * @returns The month (1–12), or a failed result with `bulan-tidak-valid`.
 * @category Berkas
 * @example
 * import { parseBulanBerkas } from 'pengelolaan-kinerja/berkas';
 * parseBulanBerkas('09'); //=> { success: true, data: 9 }
 * parseBulanBerkas('Agustus'); //=> { success: true, data: 8 }
 */
export function parseBulanBerkas(teks: string): Result<number> {
  periksaTeks(teks, 'teks');
  const t = teks.trim();
  const n = /^\d{1,2}(\.0+)?$/.test(t) ? Number(t) : (BULAN[t.toLowerCase().replace(/\.$/, '')] ?? NaN);
  if (Number.isInteger(n) && n >= 1 && n <= 12) return ok(n);
  return gagal(
    'bulan-tidak-valid',
    `Bulan "${t}" harus 1..12 atau nama bulan.`,
    `Month "${t}" must be 1..12 or a month's name.`,
    t,
  );
}

/**
 * A date as written: `2023-09-01`, `01/09/2023`, `01-09-2023`, `1.9.2023` (day first, the Indonesian order) or
 * `1 September 2023`; the result is `yyyy-mm-dd`. A day that does not exist (`31-02-2023`) is refused.
 *
 * @param teks - The date as written.
 * @returns The date as `yyyy-mm-dd`, or a failed result with `tanggal-tidak-valid`.
 * @category Berkas
 * @example
 * import { parseTanggalBerkas } from 'pengelolaan-kinerja/berkas';
 * parseTanggalBerkas('01/09/2023'); //=> { success: true, data: '2023-09-01' }
 * parseTanggalBerkas('31 Desember 2023'); //=> { success: true, data: '2023-12-31' }
 * parseTanggalBerkas('31-02-2023').success; //=> false
 */
export function parseTanggalBerkas(teks: string): Result<string> {
  periksaTeks(teks, 'teks');
  const t = teks.trim();
  let y: string | undefined;
  let m: string | number | undefined;
  let d: string | undefined;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(t);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const nama = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(t);
  if (iso !== null) [, y, m, d] = iso;
  else if (dmy !== null) [, d, m, y] = dmy;
  else if (nama !== null) {
    d = nama[1];
    m = BULAN[nama[2]!.toLowerCase()];
    y = nama[3];
  }
  if (y !== undefined && m !== undefined && d !== undefined) {
    if (isTanggalValid(Number(y), Number(m), Number(d))) return ok(tulisTanggal(Number(y), Number(m), Number(d)));
  }
  return gagal(
    'tanggal-tidak-valid',
    `"${t}" bukan tanggal (contoh 2023-09-01, 01/09/2023, 01-09-2023 atau 1 September 2023).`,
    `"${t}" is not a date (e.g. 2023-09-01, 01/09/2023, 01-09-2023 or 1 September 2023).`,
    t,
  );
}

/**
 * A decimal as written, to the library's exact form (`.` as the decimal point, no grouping): `12,5`, `12.5`,
 * `1.234,5`, `1234`; `1,234.5` (and `1.234.567`'s mirror `1,234,567`) only when the file's decimal mark is `.` (`desimal`, from its {@link Dialek}). A value
 * that reads two ways (`1.234` in a file with a decimal comma: 1234 or 1,234?) is refused (`desimal-ambigu`), never
 * guessed.
 *
 * @param teks - The number as written.
 * @param desimal - The file's decimal mark.
 * @returns The exact decimal string, or a failed result with `desimal-tidak-valid` or `desimal-ambigu`.
 * @category Berkas
 * @example
 * import { parseDesimalBerkas } from 'pengelolaan-kinerja/berkas';
 * parseDesimalBerkas('1.234,5', ','); //=> { success: true, data: '1234.5' }
 * parseDesimalBerkas('12.5', ','); //=> { success: true, data: '12.5' }
 * parseDesimalBerkas('1,234.5', '.'); //=> { success: true, data: '1234.5' }
 * parseDesimalBerkas('1.234', ',').success; //=> false
 */
export function parseDesimalBerkas(teks: string, desimal: ',' | '.'): Result<string> {
  periksaTeks(teks, 'teks');
  if (desimal !== ',' && desimal !== '.') periksaTeks(undefined, "desimal (',' atau '.')");
  const t = teks.trim().replace(/\s/g, '');
  const bersih = (bulat: string, pecahan: string | undefined): Result<string> => {
    const b = bulat.replace(/^0+(?=\d)/, '');
    return ok(pecahan === undefined || pecahan === '' ? b : `${b}.${pecahan}`);
  };
  const salah = () =>
    gagal(
      'desimal-tidak-valid',
      `"${teks.trim()}" bukan angka (contoh 12,5 atau 12.5 atau 1.234,5).`,
      `"${teks.trim()}" is not a number (e.g. 12,5 or 12.5 or 1.234,5).`,
      teks.trim(),
    );
  const ambigu = () =>
    gagal(
      'desimal-ambigu',
      `"${teks.trim()}" dapat dibaca dua cara (ribuan atau desimal). Tulis tanpa pemisah ribuan (misalnya 1234) atau dengan tanda desimal berkas ini.`,
      `"${teks.trim()}" reads two ways (thousands or decimals). Write it without a thousands separator, e.g. 1234, or with the file's decimal mark.`,
      teks.trim(),
    );
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)$/.exec(t)) !== null) return bersih(m[1]!, undefined);
  // One separator: a decimal mark, unless it groups exactly three digits after 1–3 (then it may be thousands).
  if ((m = /^(\d+),(\d+)$/.exec(t)) !== null) {
    if (desimal === '.' && /^\d{1,3},\d{3}$/.test(t)) return ambigu();
    return bersih(m[1]!, m[2]);
  }
  if ((m = /^(\d+)\.(\d+)$/.exec(t)) !== null) {
    if (desimal === ',' && /^\d{1,3}\.\d{3}$/.test(t)) return ambigu();
    return bersih(m[1]!, m[2]);
  }
  // Grouped thousands: `1.234,5` is Indonesian whatever the file; `1,234.5` only in a file whose decimal mark is `.`.
  if ((m = /^(\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(t)) !== null) return bersih(m[1]!.replace(/\./g, ''), m[2]);
  if ((m = /^(\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(t)) !== null)
    return desimal === '.' ? bersih(m[1]!.replace(/,/g, ''), m[2]) : ambigu();
  if (desimal === ',' && (m = /^(\d{1,3}(?:\.\d{3}){2,})$/.exec(t)) !== null)
    return bersih(m[1]!.replace(/\./g, ''), undefined);
  if (desimal === '.' && (m = /^(\d{1,3}(?:,\d{3}){2,})$/.exec(t)) !== null)
    return bersih(m[1]!.replace(/,/g, ''), undefined);
  return salah();
}
