/**
 * The shapes of a read file: its dialect, its rows and a refused line. No I/O here: the reader is handed bytes.
 */

/**
 * A file's format as sniffed from its bytes (never from its name): a delimited text (`csv`, also Excel's "Unicode
 * text", tab-separated), an Office Open XML workbook (`xlsx`), or an HTML table saved as `.xls` by a web app (`html`).
 *
 * @category Berkas
 * @example
 * import type { FormatBerkas } from 'pengelolaan-kinerja/berkas';
 * const f: FormatBerkas = 'csv';
 */
export type FormatBerkas = 'csv' | 'xlsx' | 'html';

/**
 * The text encoding of a file: UTF-8 (with or without BOM), UTF-16 little or big endian (Excel's "Unicode text"), or
 * Windows-1252 (Excel's "CSV (comma delimited)" on a Western Windows; chosen when the bytes are not valid UTF-8 or their UTF-8 text holds a C1 control or a CJK character).
 *
 * @category Berkas
 * @example
 * import type { EncodingBerkas } from 'pengelolaan-kinerja/berkas';
 * const e: EncodingBerkas = 'windows-1252';
 */
export type EncodingBerkas = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * How a file is written, so that what is written back for the operator opens the same way in their spreadsheet:
 * format, encoding, byte order mark, delimiter, decimal mark and line ending. For an XLSX the text fields describe
 * what a CSV written for it should use (`,`, `.`, UTF-8 with BOM, CRLF).
 *
 * @category Berkas
 * @example
 * import type { Dialek } from 'pengelolaan-kinerja/berkas';
 * const excelIndonesia: Dialek = { format: 'csv', encoding: 'utf-8', bom: true, pemisah: ';', desimal: ',', akhirBaris: '\r\n' };
 */
export interface Dialek {
  /** The file's format: CSV or tab-separated text, XLSX or an HTML table. */
  readonly format: FormatBerkas;
  /** The text encoding found. */
  readonly encoding: EncodingBerkas;
  /** Whether the file starts with a byte order mark. */
  readonly bom: boolean;
  /** The delimiter of the cells. */
  readonly pemisah: ',' | ';' | '\t';
  /** The decimal mark of its numbers. */
  readonly desimal: ',' | '.';
  /** The line ending. */
  readonly akhirBaris: '\n' | '\r\n';
}

/**
 * A line the reader could not split into cells (an unterminated quote, text after a closing quote): its code, the
 * message in both languages and the line as written. The rest of the file is still read.
 *
 * @category Berkas
 * @example
 * import type { BarisRusak } from 'pengelolaan-kinerja/berkas';
 * const r: BarisRusak = { code: 'kutip-tidak-ditutup', message: 'Tanda kutip tidak ditutup.', messageEn: 'Unterminated quote.', mentah: '1,"ANDI' };
 */
export interface BarisRusak {
  /** Why the line could not be split. */
  readonly code: 'kutip-tidak-ditutup' | 'kutip-tidak-valid';
  /** What to do, in Bahasa Indonesia. */
  readonly message: string;
  /** The same in English. */
  readonly messageEn: string;
  /** The line as written in the file (its first physical line). */
  readonly mentah: string;
}

/**
 * One data row of a file: its line (the header is line 1 of a CSV, row 1 of a sheet or an HTML table; a row spanning
 * several lines has the line it starts on) and its cells as text. A line that could not be split has `rusak` and no
 * cells.
 *
 * @category Berkas
 * @example
 * import type { BarisBerkas } from 'pengelolaan-kinerja/berkas';
 * const b: BarisBerkas = { baris: 2, sel: ['198703122010012004', 'ANDI "ACO" RAHMAN'] };
 */
export interface BarisBerkas {
  /** The row's line number in the file (1 is the first line). */
  readonly baris: number;
  /** The row's cells as text. */
  readonly sel: readonly string[];
  /** Why the row could not be read whole, when it could not. */
  readonly rusak?: BarisRusak;
}

/**
 * A file opened by {@link readBerkas}: the header row, the dialect, the data rows (an async iterable, read once) and
 * the progress in bytes. `prolog` holds the title rows above the header (an export's "DAFTAR PEGAWAI ..." lines).
 * `dialek` is final once `baris` has been read through (a Windows-1252 byte met late switches the encoding).
 *
 * @category Berkas
 * @example
 * import type { BacaanBerkas } from 'pengelolaan-kinerja/berkas';
 * async function nama(b: BacaanBerkas) {
 *   for await (const r of b.baris) if (r.rusak === undefined) return r.sel[1];
 *   return undefined;
 * }
 */
export interface BacaanBerkas {
  /** The header's cells. */
  readonly header: readonly string[];
  /** How the file is written (format, encoding, delimiter, decimal mark). */
  readonly dialek: Dialek;
  /** The lines above the header (an export's title lines). */
  readonly prolog: readonly BarisBerkas[];
  /** The rows after the header, read as they are pulled. */
  readonly baris: AsyncIterable<BarisBerkas>;
  /** Progress: the bytes read so far and the file's size (0 when unknown). */
  readonly kemajuan: () => { readonly dibaca: number; readonly total: number };
}
