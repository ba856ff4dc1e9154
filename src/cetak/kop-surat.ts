import { KinerjaError } from '../core/error';

/**
 * The logo of a letterhead: the image file's bytes as read (PNG, JPEG or SVG, told apart by their first bytes).
 *
 * @category Cetak
 * @example
 * import type { LogoKop } from 'pengelolaan-kinerja/cetak';
 * const logo: LogoKop = { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) };
 */
export interface LogoKop {
  /** The image file as read. */
  readonly data: Uint8Array;
}

/**
 * The letterhead (kop naskah dinas) of the issuing office, as the Tata Naskah Dinas of the pemerintah daerah lays it
 * out (Permendagri 1/2023): the logo at the left, then centred the government line ("PEMERINTAH KOTA KUPANG"), the
 * instansi ("DINAS PENDIDIKAN DAN KEBUDAYAAN"), the address with telephone, the laman and the email, and a rule under
 * them. Every field optional; the instansi defaults to the document's own.
 *
 * @category Cetak
 * @example
 * import type { KopSurat } from 'pengelolaan-kinerja/cetak';
 * const kop: KopSurat = {
 *   pemerintah: 'Pemerintah Kota Kupang',
 *   instansi: 'Dinas Pendidikan dan Kebudayaan',
 *   alamat: 'Jalan Frans Seda Nomor 1, Kupang 85111',
 *   telepon: '(0380) 821234',
 *   laman: 'disdikbud.kupangkota.go.id',
 *   email: 'disdikbud@kupangkota.go.id',
 * };
 */
export interface KopSurat {
  /** The government line: "Pemerintah Provinsi/Kabupaten/Kota …" (printed in capitals). */
  readonly pemerintah?: string;
  /** The instansi (printed in capitals, larger); default the document's instansi. */
  readonly instansi?: string;
  /** The street address (with the postal code). */
  readonly alamat?: string;
  /** The telephone. */
  readonly telepon?: string;
  /** The website (laman). */
  readonly laman?: string;
  /** The email (pos-el). */
  readonly email?: string;
  /** The logo of the daerah. */
  readonly logo?: LogoKop;
}

/** The kind of an image file from its first bytes, or `null` when it is none of PNG, JPEG or SVG. */
export function jenisGambar(data: Uint8Array): 'png' | 'jpeg' | 'svg' | null {
  if (data.length >= 8 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png';
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  const awal = new TextDecoder('utf-8').decode(data.subarray(0, 2048)).replace(/^\uFEFF/, '');
  return /<svg[\s>]/i.test(awal) && /^\s*(<\?xml|<!--|<!doctype|<svg)/i.test(awal) ? 'svg' : null;
}

/** Checks a letterhead option: its texts, and a logo that is a PNG, JPEG or SVG. */
export function periksaKopSurat(kop: unknown, fungsi: string): KopSurat | undefined {
  if (kop === undefined) return undefined;
  const salah = (apa: string, en: string) =>
    new KinerjaError(
      'argumen-tidak-valid',
      `${fungsi}: opsi.kop${apa.startsWith('.') ? '' : ' '}${apa}.`,
      `${fungsi}: opsi.kop${en.startsWith('.') ? '' : ' '}${en}.`,
    );
  if (kop === null || typeof kop !== 'object' || Array.isArray(kop)) throw salah('harus objek', 'must be an object');
  const k = kop as Record<string, unknown>;
  const kunci = ['pemerintah', 'instansi', 'alamat', 'telepon', 'laman', 'email', 'logo'];
  const asing = Object.keys(k).filter((x) => !kunci.includes(x));
  if (asing.length > 0)
    throw salah(`memuat kunci tidak dikenal ${asing.join(', ')}`, `has unknown keys ${asing.join(', ')}`);
  for (const x of kunci.slice(0, 6)) {
    if (k[x] !== undefined && typeof k[x] !== 'string') throw salah(`.${x} harus teks`, `.${x} must be a string`);
  }
  const logo = k['logo'];
  if (logo !== undefined) {
    const data = (logo as { data?: unknown } | null)?.data;
    if (!(data instanceof Uint8Array))
      throw salah('.logo harus { data: Uint8Array }', '.logo must be { data: Uint8Array }');
    if (jenisGambar(data) === null)
      throw salah('.logo bukan gambar PNG, JPEG atau SVG', '.logo is not a PNG, JPEG or SVG image');
  }
  return k as KopSurat;
}
