import { KinerjaError } from '../core/error';
import { fromZodIssues } from '../core/zod-issues';
import { parseSalinan } from '../core/salinan';
import { periksaOpsi } from '../core/opsi';
import { PakSchema, type DokumenPak } from '../pak/schema';
import { periksaKopSurat, type KopSurat } from './kop-surat';

/**
 * Options of {@link formatPakHtml} and {@link formatPakPdf}: the title, the letterhead of the Tata Naskah Dinas, the
 * signature block (`basah`: a wet signature, the default; `elektronik`: the block of an electronic signature (TTE) with
 * the space where the signing application stamps its specimen, and the note at the foot of the page), and `draf`: a
 * visible draft mark on every page (a guru whose rows are not all accepted).
 *
 * @category Cetak
 * @example
 * import type { OpsiPakHtml } from 'pengelolaan-kinerja/cetak';
 * const opsi: OpsiPakHtml = { judul: 'PAK Guru SMPN 1 Kupang 2026', tandaTangan: 'elektronik', kop: { pemerintah: 'Pemerintah Kota Kupang' } };
 */
export interface OpsiPakHtml {
  /**
   * The page title (the browser tab and the PDF's title). Default from the documents: their kinds, then the guru's nama
   * and NIP when they are one guru's, else how many guru ("PAK konversi, penetapan: 2 guru").
   */
  readonly judul?: string;
  /** The letterhead: government line, instansi, address, telephone, laman, email, logo. */
  readonly kop?: KopSurat;
  /** The signature block: `basah` (default) or `elektronik` (TTE). */
  readonly tandaTangan?: 'basah' | 'elektronik';
  /** Marks every page as a draft (not to be signed). */
  readonly draf?: boolean;
  /**
   * A note printed at the top of the page of each document (a text for every document, or a list: one per document,
   * `''` for none): what the reader assumed for this guru, which the penetap must check before signing (for example
   * a jenjang taken from the golongan).
   */
  readonly catatan?: string | readonly string[];
}

/** The options and documents of a print, checked. */
export interface Cetakan {
  readonly dokumen: readonly DokumenPak[];
  readonly judul: string;
  readonly kop: KopSurat | undefined;
  readonly tte: boolean;
  readonly draf: boolean;
  /** The note of each document (`''` for none), one per document. */
  readonly catatan: readonly string[];
}

const KUNCI = ['judul', 'kop', 'tandaTangan', 'draf', 'catatan'];

/** Checks the documents and the options of a print; misuse throws `KinerjaError` `argumen-tidak-valid`. */
export function periksaCetakan(dokumen: unknown, opsi: OpsiPakHtml | undefined, fungsi: string): Cetakan {
  const { judul, kop, tandaTangan, draf, catatan } = periksaOpsi(opsi, fungsi, KUNCI);
  const salah = (id: string, en: string) => new KinerjaError('argumen-tidak-valid', id, en);
  if (judul !== undefined && typeof judul !== 'string')
    throw salah('opsi.judul harus berupa teks.', 'opsi.judul must be a string.');
  if (tandaTangan !== undefined && tandaTangan !== 'basah' && tandaTangan !== 'elektronik')
    throw salah(
      "opsi.tandaTangan harus 'basah' atau 'elektronik'.",
      "opsi.tandaTangan must be 'basah' or 'elektronik'.",
    );
  if (draf !== undefined && typeof draf !== 'boolean')
    throw salah('opsi.draf harus true atau false.', 'opsi.draf must be true or false.');
  if (
    catatan !== undefined &&
    typeof catatan !== 'string' &&
    !(Array.isArray(catatan) && catatan.every((c) => typeof c === 'string'))
  )
    throw salah('opsi.catatan harus teks atau daftar teks.', 'opsi.catatan must be a text or a list of texts.');
  const k = periksaKopSurat(kop, fungsi);
  const daftar: readonly unknown[] = Array.isArray(dokumen) ? dokumen : [dokumen];
  if (daftar.length === 0) throw salah('Berikan paling sedikit satu dokumen PAK.', 'Give at least one PAK document.');
  const sah = daftar.map((d, i) => {
    const r = parseSalinan(PakSchema, d);
    if (!r.success) {
      // A Result of createPak… given as it is: say how to take its document out.
      const hasil = adaKunci(d, 'success');
      throw new KinerjaError(
        'argumen-tidak-valid',
        hasil
          ? `Dokumen ${i} adalah Result, bukan dokumen PAK: berikan unwrap(hasil).`
          : `Dokumen ${i} bukan dokumen PAK yang valid.`,
        hasil
          ? `Document ${i} is a Result, not a PAK document: give unwrap(result).`
          : `Document ${i} is not a valid PAK document.`,
        fromZodIssues(r.error.issues, Array.isArray(dokumen) ? [i] : []),
      );
    }
    return r.data;
  });
  return {
    dokumen: sah,
    judul: judul ?? judulBawaan(sah),
    kop: k,
    tte: tandaTangan === 'elektronik',
    draf: draf === true,
    catatan: sah.map((_, i) =>
      typeof catatan === 'string' ? catatan : ((catatan as string[] | undefined)?.[i] ?? ''),
    ),
  };
}

/** Whether `x` is an object with the key `k` (false for anything else, and for an object whose lookup throws). */
function adaKunci(x: unknown, k: string): boolean {
  try {
    return typeof x === 'object' && x !== null && Object.prototype.hasOwnProperty.call(x, k);
  } catch {
    return false;
  }
}

/** The default title: the kinds of the documents in order, then the one guru's nama and NIP, or how many guru. */
function judulBawaan(dokumen: readonly DokumenPak[]): string {
  const jenis = [...new Set(dokumen.map((d) => d.jenis))].join(', ');
  const guru = new Set(dokumen.map((d) => d.pegawai.nip));
  const pertama = dokumen[0] as DokumenPak;
  return guru.size === 1
    ? `PAK ${jenis} ${pertama.pegawai.nama} ${pertama.pegawai.nip}`
    : `PAK ${jenis}: ${guru.size} guru`;
}
