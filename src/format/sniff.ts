// What a file is, from its first bytes (never from its name: operators rename .xlsx and HTML to .xls).
import type { EncodingBerkas } from './dialek';
import { dekodeCp1252, utf8Sah } from './encoding';

/** The kinds a file's first bytes can show. */
export type JenisBerkas =
  | {
      readonly jenis: 'teks';
      readonly encoding: EncodingBerkas;
      readonly bom: boolean;
      readonly lompat: number;
      readonly html: boolean;
    }
  | { readonly jenis: 'xlsx' }
  | {
      readonly jenis: 'tolak';
      readonly apa: 'biff' | 'ods' | 'zip' | 'pdf' | 'xml-spreadsheet' | 'json' | 'biner' | 'kosong';
    };

const mulaiDengan = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((x, i) => b[i] === x);

function latin(b: Uint8Array, n: number): string {
  return dekodeCp1252(b.subarray(0, Math.min(n, b.length)));
}

/** UTF-16 without a BOM: ASCII text has a zero in every other byte. */
function utf16TanpaBom(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 1024) & ~1;
  if (n < 4) return null;
  let nolGenap = 0;
  let nolGanjil = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) nolGenap++;
    if (b[i + 1] === 0) nolGanjil++;
  }
  const pasang = n / 2;
  if (nolGanjil > pasang * 0.4 && nolGenap < pasang * 0.05) return 'utf-16le';
  if (nolGenap > pasang * 0.4 && nolGanjil < pasang * 0.05) return 'utf-16be';
  return null;
}

/**
 * The kind of a file from its first bytes (`lengkap`: these are all of its bytes). Zip → XLSX (unless an
 * OpenDocument), OLE (D0 CF 11 E0) → refused (Excel 97–2003 BIFF, or an encrypted workbook), JSON → refused, text →
 * its encoding and whether it is an HTML table.
 */
export function sniff(b: Uint8Array, lengkap: boolean): JenisBerkas {
  if (b.length === 0) return { jenis: 'tolak', apa: 'kosong' };
  if (mulaiDengan(b, [0x50, 0x4b, 0x03, 0x04])) {
    const kepala = latin(b, 4096);
    if (kepala.includes('mimetypeapplication/vnd.oasis.opendocument')) return { jenis: 'tolak', apa: 'ods' };
    return kepala.includes('xl/') || kepala.includes('[Content_Types].xml')
      ? { jenis: 'xlsx' }
      : { jenis: 'tolak', apa: 'zip' };
  }
  if (mulaiDengan(b, [0xd0, 0xcf, 0x11, 0xe0])) return { jenis: 'tolak', apa: 'biff' };
  if (mulaiDengan(b, [0x25, 0x50, 0x44, 0x46])) return { jenis: 'tolak', apa: 'pdf' };
  let encoding: EncodingBerkas;
  let bom = true;
  let lompat = 0;
  if (mulaiDengan(b, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    lompat = 3;
  } else if (mulaiDengan(b, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    lompat = 2;
  } else if (mulaiDengan(b, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    lompat = 2;
  } else {
    bom = false;
    const u16 = utf16TanpaBom(b);
    if (u16 !== null) encoding = u16;
    else {
      // NUL or other C0 controls than tab, CR, LF, FF in the first bytes: not text.
      let kontrol = 0;
      const n = Math.min(b.length, 4096);
      for (let i = 0; i < n; i++) {
        const c = b[i]!;
        if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) kontrol++;
      }
      if (kontrol > 0) return { jenis: 'tolak', apa: 'biner' };
      encoding = utf8Sah(b, !lengkap) ? 'utf-8' : 'windows-1252';
    }
  }
  if (encoding === 'utf-8' && bom && !utf8Sah(b.subarray(3), !lengkap)) encoding = 'windows-1252';
  const awal = teksAwal(b.subarray(lompat), encoding).trimStart().slice(0, 4096).toLowerCase();
  if (
    awal.startsWith('<?xml') &&
    (awal.includes('urn:schemas-microsoft-com:office:spreadsheet') || awal.includes('<workbook'))
  )
    return { jenis: 'tolak', apa: 'xml-spreadsheet' };
  // JSON (an API's response saved as a file): an object, or a list of values. A CSV header does not start so.
  if (/^(\{\s*("|\})|\[\s*[[{"\]])/.test(awal)) return { jenis: 'tolak', apa: 'json' };
  const html =
    awal.startsWith('<') &&
    (awal.includes('<table') || awal.startsWith('<!doctype html') || awal.startsWith('<html') || awal.includes('<tr'));
  return { jenis: 'teks', encoding, bom, lompat, html };
}

function teksAwal(b: Uint8Array, e: EncodingBerkas): string {
  const potong = b.subarray(0, Math.min(b.length, 8192));
  if (e === 'windows-1252') return dekodeCp1252(potong);
  if (e === 'utf-8') return new TextDecoder('utf-8').decode(potong);
  if (e === 'utf-16le') return new TextDecoder('utf-16le').decode(potong);
  const t = new Uint8Array(potong.length & ~1);
  for (let i = 0; i + 1 < potong.length; i += 2) {
    t[i] = potong[i + 1]!;
    t[i + 1] = potong[i]!;
  }
  return new TextDecoder('utf-16le').decode(t);
}

/** The one refusal message per kind: what the file is and how to save it so it can be read. */
export function pesanTolak(apa: Extract<JenisBerkas, { jenis: 'tolak' }>['apa']): {
  message: string;
  messageEn: string;
} {
  const simpan =
    'Buka di Excel, lalu File > Simpan Sebagai > "CSV UTF-8 (Dibatasi koma) (*.csv)" atau "Buku Kerja Excel (*.xlsx)".';
  const simpanEn =
    'Open it in Excel, then File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)" or "Excel Workbook (*.xlsx)".';
  switch (apa) {
    case 'biff':
      return {
        message: `Berkas ini buku kerja Excel 97-2003 (.xls biner) atau buku kerja yang berkata sandi; formatnya tidak dibaca. ${simpan}`,
        messageEn: `This file is an Excel 97-2003 workbook (binary .xls) or a password-protected workbook; that format is not read. ${simpanEn}`,
      };
    case 'ods':
      return {
        message:
          'Berkas ini lembar kerja OpenDocument (.ods); formatnya tidak dibaca. Di LibreOffice: File > Simpan Sebagai > "Excel 2007-365 (.xlsx)" atau "Teks CSV".',
        messageEn:
          'This file is an OpenDocument spreadsheet (.ods); that format is not read. In LibreOffice: File > Save As > "Excel 2007-365 (.xlsx)" or "Text CSV".',
      };
    case 'zip':
      return {
        message: `Berkas ini arsip zip, bukan buku kerja Excel. Ekstrak dulu, atau ${simpan.charAt(0).toLowerCase()}${simpan.slice(1)}`,
        messageEn: `This file is a zip archive, not an Excel workbook. Extract it first, or ${simpanEn.charAt(0).toLowerCase()}${simpanEn.slice(1)}`,
      };
    case 'pdf':
      return {
        message:
          'Berkas ini PDF; tabel di PDF tidak dibaca. Unduh ekspornya sebagai Excel atau CSV dari aplikasi asalnya.',
        messageEn:
          'This file is a PDF; tables in a PDF are not read. Download the export as Excel or CSV from the app it came from.',
      };
    case 'xml-spreadsheet':
      return {
        message: `Berkas ini "Lembar Kerja XML 2003" (.xls/.xml dari aplikasi web); formatnya tidak dibaca. ${simpan}`,
        messageEn: `This file is an "XML Spreadsheet 2003" (.xls/.xml from a web app); that format is not read. ${simpanEn}`,
      };
    case 'json':
      return {
        message:
          'Berkas ini JSON (misalnya jawaban API SIASN yang disimpan), bukan tabel; formatnya tidak dibaca. Di Excel: Data > Dapatkan Data > Dari File > Dari JSON, ubah menjadi tabel, lalu Simpan Sebagai "CSV UTF-8 (Dibatasi koma) (*.csv)" atau "Buku Kerja Excel (*.xlsx)".',
        messageEn:
          'This file is JSON (a SIASN API response saved as a file, for instance), not a table; that format is not read. In Excel: Data > Get Data > From File > From JSON, convert it to a table, then Save As "CSV UTF-8 (Comma delimited) (*.csv)" or "Excel Workbook (*.xlsx)".',
      };
    case 'kosong':
      return {
        message: 'Berkas kosong: tidak ada baris judul atau data.',
        messageEn: 'The file is empty: no header row or data.',
      };
    default:
      return {
        message: `Berkas ini bukan teks, CSV, XLSX, atau tabel HTML. ${simpan}`,
        messageEn: `This file is not text, CSV, XLSX or an HTML table. ${simpanEn}`,
      };
  }
}
