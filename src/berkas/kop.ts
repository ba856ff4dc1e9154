// The run's letterhead (the CLI's `--kop kop.json`, checked here) and each guru's identity on the PAK pages. The fields
// are those of PerBKN 3/2023's lampiran forms (Contoh Penetapan Angka Kredit; mirror
// https://fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/48): the document's nomor, tempat and tanggal,
// the penetap's name, NIP, pangkat and jabatan, the tembusan; per guru nama with gelar, NIP, nomor seri Karpeg,
// tempat/tanggal lahir, jenis kelamin, pangkat/golongan ruang/TMT, jabatan/TMT, unit kerja, instansi.
// The CLI reads the file and prefixes its messages.
import { z } from 'zod';
import { issueOf } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import type { KopPak } from '../pak/kop';
import { createPakKonversi } from '../pak/konversi';
import type { DokumenPak, PakAkumulasi, PakPenetapan } from '../pak/schema';
import { jenisGambar, type KopSurat } from '../cetak/kop-surat';
import type { OpsiPakHtml } from '../cetak/opsi-cetak';
import { KinerjaError } from '../core/error';
import { periksaTeks } from '../core/periksa';
import type { TujuanKeluaran } from '../format/keluaran';
import type { Guru } from './data';
import { parseNipBerkas, parseTanggalBerkas } from '../format/nilai';

const teks = (maks: number) => z.string().trim().min(1).max(maks);

/** The letterhead file: every key optional; keys starting with `_` are notes. */
const skemaKop = () =>
  z.strictObject({
    pemerintah: teks(300).optional(),
    instansi: teks(300).optional(),
    alamat: teks(300).optional(),
    telepon: teks(100).optional(),
    laman: teks(200).optional(),
    email: teks(200).optional(),
    logo: teks(1000).optional(),
    tandaTangan: z.enum(['basah', 'elektronik']).optional(),
    nomor: teks(200).optional(),
    urutMulai: z.number().int().min(1).max(999_999).optional(),
    tempat: teks(200).optional(),
    tanggal: z.string().optional(),
    penetap: z
      .strictObject({ nama: teks(200), nip: z.string(), pangkat: teks(200).optional(), jabatan: teks(300) })
      .optional(),
    tembusan: z.array(teks(300)).max(10).optional(),
  });

/**
 * A run's letterhead (the CLI's `kop.json`): the letterhead of the Tata Naskah Dinas (the government line, the
 * instansi, the address, telephone, laman and email, the logo's file name), the number pattern of the documents
 * (`{urut}` a running number per document from `urutMulai`, `{urut:4}` zero-padded, `{guru}` the guru's running
 * number, `{nip}`), the place and date, the penetap, the tembusan and the signature block (`basah` or `elektronik`).
 * Every key optional; read it with {@link validateKopBerkas}.
 *
 * @category Berkas
 * @example
 * import type { KopBerkas } from 'pengelolaan-kinerja/berkas';
 * const kop: KopBerkas = { instansi: 'Dinas Pendidikan Kota Kupang', nomor: '800.1.11.1/{urut:4}/PAK/2027', tanggal: '2027-01-20' };
 */
export interface KopBerkas extends Omit<KopSurat, 'logo'> {
  /** The logo's image file (PNG, JPEG or SVG), as named in the file; the caller reads it (`OpsiPak.logo`). */
  readonly logo?: string;
  /** The signature block: `basah` (default) or `elektronik` (TTE). */
  readonly tandaTangan?: 'basah' | 'elektronik';
  /** The number pattern of the documents: `{urut}` (per document), `{urut:4}`, `{guru}`, `{nip}`. */
  readonly nomor?: string;
  /** The first `{urut}` (default 1). */
  readonly urutMulai?: number;
  /** Where the documents are set. */
  readonly tempat?: string;
  /** `yyyy-mm-dd` once checked. */
  readonly tanggal?: string;
  /** Who sets the documents: name, NIP (18 digits once checked), pangkat, jabatan. */
  readonly penetap?: {
    readonly nama: string;
    readonly nip: string;
    readonly pangkat?: string;
    readonly jabatan: string;
  };
  /** Copies to (at most 10). */
  readonly tembusan?: readonly string[];
}

const POLA_URUT = /\{urut(?::(\d))?\}/g;

/**
 * The number of one document: `{urut}` the document's running number in the run (`{urut:4}` zero-padded to 4),
 * `{guru}` the guru's running number (`{guru:3}`), `{nip}`.
 */
export function nomorDari(pola: string, urut: number, nip: string, guru = urut): string {
  const isi = (n: number) => (_: string, lebar: string | undefined) =>
    String(n).padStart(lebar === undefined ? 0 : Number(lebar), '0');
  return pola
    .replace(POLA_URUT, isi(urut))
    .replace(/\{guru(?::(\d))?\}/g, isi(guru))
    .replace(/\{nip\}/g, nip);
}

const gagal = (kode: string, id: string, en: string): Result<never> => fail([issueOf(kode, [], id, en)]);

/** Each of zod's issues with a letterhead in the operator's words (Indonesian and English), keys named by `kunci`. */
function uraiKop(issues: readonly z.core.$ZodIssue[], kunci: string): { id: string[]; en: string[] } {
  const id: string[] = [];
  const en: string[] = [];
  for (const i of issues) {
    const jalur = i.path.join('.') || '(akar)';
    if (i.code === 'unrecognized_keys') {
      id.push(`kunci tidak dikenal ${i.keys.join(', ')} (kunci: ${kunci})`);
      en.push(`unknown keys ${i.keys.join(', ')} (keys: ${kunci})`);
    } else if (i.code === 'invalid_type') {
      const apa =
        i.expected === 'number'
          ? 'bilangan'
          : i.expected === 'array'
            ? 'daftar teks'
            : i.expected === 'object'
              ? 'objek'
              : 'teks';
      id.push(`${jalur} harus ${apa}`);
      en.push(
        `${jalur} must be ${i.expected === 'array' ? 'a list of text' : `a ${i.expected === 'string' ? 'text' : i.expected}`}`,
      );
    } else if (i.code === 'too_small') {
      id.push(`${jalur} kosong atau terlalu kecil`);
      en.push(`${jalur} is empty or too small`);
    } else if (i.code === 'too_big') {
      id.push(`${jalur} terlalu panjang (paling banyak ${String(i.maximum)})`);
      en.push(`${jalur} is too long (at most ${String(i.maximum)})`);
    } else {
      id.push(`${jalur} tidak valid`);
      en.push(`${jalur} is not valid`);
    }
  }
  return { id, en };
}

/**
 * Checks a letterhead (the parsed `kop.json`; keys starting with `_` are notes and dropped): the date read as the
 * reader reads dates (`yyyy-mm-dd`, `dd-mm-yyyy`), the penetap's NIP as written (spaces, Excel's quote). Coded
 * refusals: `kop-tidak-valid` (each wrong key named, with what it should be), `kop-nomor-tanpa-urut` (a number pattern
 * every guru would share).
 *
 * @param json - Anything: the parsed `kop.json`.
 * @returns The letterhead, or a failed result with `kop-tidak-valid` or `kop-nomor-tanpa-urut`.
 * @category Berkas
 * @example
 * import { validateKopBerkas } from 'pengelolaan-kinerja/berkas';
 * const r = validateKopBerkas({ _catatan: 'kop 2027', nomor: '800/{urut:3}/PAK/2027', tanggal: '20-01-2027' });
 * r.success && r.data;
 * //=> { nomor: '800/{urut:3}/PAK/2027', tanggal: '2027-01-20' }
 * validateKopBerkas({ nomor: '800/PAK/2027' }).success;
 * //=> false
 */
export function validateKopBerkas(json: unknown): Result<KopBerkas> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return gagal(
      'kop-tidak-valid',
      'harus objek JSON { "instansi": …, "nomor": …, … }.',
      'must be a JSON object { "instansi": …, "nomor": …, … }.',
    );
  }
  const tanpaCatatan = Object.fromEntries(
    Object.entries(json as Record<string, unknown>).filter(([k]) => !k.startsWith('_')),
  );
  // Made per call (a run reads one letterhead): no schema is built when the module loads.
  const KopBerkasSchema = skemaKop();
  const r = KopBerkasSchema.safeParse(tanpaCatatan);
  const kunci = Object.keys(KopBerkasSchema.shape).join(', ');
  if (!r.success) {
    const { id, en } = uraiKop(r.error.issues, kunci);
    return gagal('kop-tidak-valid', `${id.join('; ')}.`, `${en.join('; ')}.`);
  }
  // JSON has no undefined: the optional keys zod gives are absent, never undefined.
  const kop = r.data as KopBerkas;
  if (kop.nomor !== undefined && kop.nomor.match(POLA_URUT) === null) {
    return gagal(
      'kop-nomor-tanpa-urut',
      `nomor "${kop.nomor}" tidak memuat {urut}: dokumen-dokumen akan mendapat nomor yang sama. Tulis misalnya "800.1.11.1/{urut:4}/PAK/2027" (urutan per dokumen, mulai dari urutMulai).`,
      `nomor "${kop.nomor}" has no {urut}: documents would share a number. Write e.g. "800.1.11.1/{urut:4}/PAK/2027" (a running number per document, from urutMulai).`,
    );
  }
  let tanggal: string | undefined;
  if (kop.tanggal !== undefined) {
    const t = parseTanggalBerkas(kop.tanggal);
    if (!t.success)
      return gagal(
        'kop-tidak-valid',
        `tanggal "${kop.tanggal}" bukan tanggal (yyyy-mm-dd atau dd-mm-yyyy).`,
        `tanggal "${kop.tanggal}" is not a date (yyyy-mm-dd or dd-mm-yyyy).`,
      );
    tanggal = t.data;
  }
  let penetap = kop.penetap;
  if (penetap !== undefined) {
    const n = parseNipBerkas(penetap.nip);
    if (!n.success)
      return gagal(
        'kop-tidak-valid',
        `penetap.nip "${penetap.nip}" bukan NIP 18 angka.`,
        `penetap.nip "${penetap.nip}" is not an 18-digit NIP.`,
      );
    penetap = { ...penetap, nip: n.data };
  }
  return ok({ ...kop, ...(tanggal === undefined ? {} : { tanggal }), ...(penetap === undefined ? {} : { penetap }) });
}

const JENIS_KELAMIN: Readonly<Record<string, 'laki-laki' | 'perempuan'>> = {
  l: 'laki-laki',
  lk: 'laki-laki',
  'laki-laki': 'laki-laki',
  lakilaki: 'laki-laki',
  'laki laki': 'laki-laki',
  pria: 'laki-laki',
  m: 'laki-laki',
  male: 'laki-laki',
  '1': 'laki-laki',
  p: 'perempuan',
  pr: 'perempuan',
  perempuan: 'perempuan',
  wanita: 'perempuan',
  f: 'perempuan',
  female: 'perempuan',
  '2': 'perempuan',
};

/** What a guru's identity cells hold that could not be printed (a date or sex the page cannot read): said once. */
export interface CatatanIdentitas {
  readonly tidakTerbaca: Map<string, number>;
}

/**
 * An identity cell with something in it: trimmed; an empty cell, `-` and a database's `NULL` (an export of a SIMPEG
 * mirror table writes it for an empty field) are nothing.
 */
function isian(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t === undefined || t === '' || t === '-' || /^null$/i.test(t) ? undefined : t;
}

/**
 * The page's identity of one guru from the columns the file has (values as written): dates read as the reader
 * reads them, the sex as L/P, Laki-laki/Perempuan, Pria/Wanita, M/F or SIASN's 1/2; an empty cell, `-` or `NULL` is
 * an empty line. A value that cannot be read
 * prints as an empty line and is counted (`catatan`), never guessed. The jabatan printed is the guru's jabatan
 * fungsional from the jenjang (a legacy title in the file is not printed on a PAK of today's rules).
 */
export function identitasHalaman(
  g: Pick<Guru, 'identitas'> & { readonly golongan?: string },
  catatan: CatatanIdentitas,
  dariPegawai?: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  // The TMT of another golongan than the one on the PAK is not its TMT: an employee file older or newer than the
  // konversi file gives no TMT golongan (counted, printed as an empty line).
  let pegawai = dariPegawai;
  const golLain = pegawai?.['golongan'];
  const kode = golLain === undefined ? null : kodeGolongan(golLain);
  if (pegawai !== undefined && kode !== null && g.golongan !== undefined && kode !== g.golongan) {
    const { tmtGolongan: tmt, ...tanpa } = pegawai;
    const m = 'tmtGolongan (golongan lain)';
    if (tmt !== undefined) catatan.tidakTerbaca.set(m, (catatan.tidakTerbaca.get(m) ?? 0) + 1);
    pegawai = tanpa;
  }
  const i: Readonly<Record<string, string | undefined>> =
    pegawai === undefined ? g.identitas : { ...pegawai, ...g.identitas };
  const out: Record<string, string> = {};
  const tidak = (m: string) => catatan.tidakTerbaca.set(m, (catatan.tidakTerbaca.get(m) ?? 0) + 1);
  for (const m of ['gelarDepan', 'gelarBelakang', 'karpeg', 'tempatLahir', 'instansi', 'unitKerja'] as const) {
    const v = isian(i[m]);
    if (v !== undefined) out[m] = v.slice(0, m === 'instansi' || m === 'unitKerja' ? 300 : m === 'karpeg' ? 50 : 100);
  }
  for (const m of ['tanggalLahir', 'tmtGolongan', 'tmtJabatan'] as const) {
    const v = isian(i[m]);
    if (v === undefined) continue;
    const t = parseTanggalBerkas(v);
    if (t.success) out[m] = t.data;
    else tidak(m);
  }
  const jk = isian(i['jenisKelamin'])?.toLowerCase();
  if (jk !== undefined) {
    const j = JENIS_KELAMIN[jk];
    if (j === undefined) tidak('jenisKelamin');
    else out['jenisKelamin'] = j;
  }
  return out;
}

/** The letterhead of one guru's documents: the run's kop (each document's nomor is given by {@link dokumenCetak}). */
export function kopGuru(kop: KopBerkas | undefined, _urut: number, _nip: string): KopPak {
  if (kop === undefined) return {};
  return {
    ...(kop.tanggal === undefined ? {} : { tanggal: kop.tanggal }),
    ...(kop.tempat === undefined ? {} : { tempat: kop.tempat }),
    ...(kop.instansi === undefined ? {} : { instansi: kop.instansi }),
    ...(kop.penetap === undefined
      ? {}
      : {
          penetap: {
            nama: kop.penetap.nama,
            nip: kop.penetap.nip,
            jabatan: kop.penetap.jabatan,
            ...(kop.penetap.pangkat === undefined ? {} : { pangkat: kop.penetap.pangkat }),
          },
        }),
    ...(kop.tembusan === undefined ? {} : { tembusan: kop.tembusan }),
  };
}

/** The letterhead of the Tata Naskah Dinas of a run, for the renderers. */
export function kopSuratDari(kop: KopBerkas | undefined, logo: Uint8Array | undefined): KopSurat | undefined {
  if (kop === undefined && logo === undefined) return undefined;
  const k = kop ?? {};
  return {
    ...(k.pemerintah === undefined ? {} : { pemerintah: k.pemerintah }),
    ...(k.instansi === undefined ? {} : { instansi: k.instansi }),
    ...(k.alamat === undefined ? {} : { alamat: k.alamat }),
    ...(k.telepon === undefined ? {} : { telepon: k.telepon }),
    ...(k.laman === undefined ? {} : { laman: k.laman }),
    ...(k.email === undefined ? {} : { email: k.email }),
    ...(logo === undefined ? {} : { logo: { data: logo } }),
  };
}

/**
 * Checks a letterhead's logo (`OpsiPak.logo`): the bytes of a PNG, JPEG or SVG file, told apart by their first bytes.
 * Coded refusal `logo-tidak-terbaca`, naming the file and what to do.
 *
 * @param logo - The bytes of the image file as read.
 * @param nama - The file's name as the letterhead writes it, for the message.
 * @returns The bytes, or the refusal.
 *
 * @category Berkas
 * @example
 * import { validateLogoBerkas } from 'pengelolaan-kinerja/berkas';
 * validateLogoBerkas(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])).success;
 * //=> true
 * const r = validateLogoBerkas(new TextEncoder().encode('bukan gambar'), 'logo.png');
 * r.success ? '' : r.issues[0]?.code;
 * //=> 'logo-tidak-terbaca'
 */
export function validateLogoBerkas(logo: unknown, nama?: string): Result<Uint8Array> {
  if (nama !== undefined) periksaTeks(nama, 'nama');
  const r = periksaLogo(logo ?? null, nama);
  return r.success && r.data !== undefined
    ? ok(r.data)
    : r.success
      ? gagal('logo-tidak-terbaca', 'logo kosong.', 'empty logo.')
      : r;
}

/** A run's logo option: absent, or the bytes of an image. */
function periksaLogo(logo: unknown, nama: string | undefined): Result<Uint8Array | undefined> {
  if (logo === undefined) return ok(undefined);
  if (logo instanceof Uint8Array && jenisGambar(logo) !== null) return ok(logo);
  const berkas = nama === undefined ? 'logo' : `logo ${nama}`;
  return gagal(
    'logo-tidak-terbaca',
    `${berkas} bukan gambar PNG, JPEG atau SVG yang dapat dibaca. Simpan logo sebagai PNG (misalnya dengan "Simpan sebagai" di aplikasi gambar) lalu jalankan lagi.`,
    `${berkas} is not a readable PNG, JPEG or SVG image. Save the logo as PNG (e.g. "Save as" in an image application) and run again.`,
  );
}

/**
 * The documents printed for one guru, in order: a Konversi per period, the Akumulasi, the Penetapan, each with its
 * own nomor from the run's pattern (`{urut}` counts documents, from `urutMulai + mulai`). Returns the documents and
 * how many numbers they used.
 */
export function dokumenCetak(
  akumulasi: PakAkumulasi,
  penetapan: PakPenetapan,
  kop: KopBerkas | undefined,
  mulai: number,
  guru: number,
): DokumenPak[] {
  const nomor = (i: number): { nomor?: string } =>
    kop?.nomor === undefined
      ? {}
      : {
          nomor: nomorDari(
            kop.nomor,
            (kop.urutMulai ?? 1) + mulai + i,
            penetapan.pegawai.nip,
            (kop.urutMulai ?? 1) + guru,
          ),
        };
  const { jenis: _j, pegawai, baris: _b, total: _t, nomor: _n, ...kopDokumen } = akumulasi;
  // Each record is already in the accepted Akumulasi: its Konversi is made under the record's own rule set.
  const konversi = akumulasi.baris.flatMap((rekam, i): DokumenPak[] => {
    const d = createPakKonversi({ pegawai, rekam, ...(kopDokumen as KopPak), ...nomor(i) });
    return d.success ? [d.data] : [];
  });
  const n = konversi.length;
  return [...konversi, { ...akumulasi, ...nomor(n) }, { ...penetapan, ...nomor(n + 1) }];
}

/** What a run prints with: the letterhead and signature block of both renderers, and the PDF renderer when asked. */
export interface Cetak {
  readonly gaya: { readonly kop?: KopSurat; readonly tandaTangan?: 'basah' | 'elektronik' };
  readonly buat: ((dokumen: readonly DokumenPak[], opsi: OpsiPakHtml) => Promise<Uint8Array>) | null;
}

/**
 * The printing of a run's options: the letterhead with its logo (`logo-tidak-terbaca` when the bytes are no image),
 * and with `pdf` the PDF renderer, loaded only then (`tujuan-tanpa-biner` when the destination cannot take a PDF).
 */
export async function cetakPdf(
  opsi: { readonly kop?: KopBerkas; readonly logo?: Uint8Array; readonly pdf?: string },
  tujuan: TujuanKeluaran,
): Promise<Result<Cetak>> {
  if (opsi.pdf !== undefined && !['per-guru', 'gabung', 'tidak'].includes(opsi.pdf)) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      "opsi.pdf harus 'per-guru', 'gabung' atau 'tidak'.",
      "opsi.pdf must be 'per-guru', 'gabung' or 'tidak'.",
    );
  }
  const logo = periksaLogo(opsi.logo, opsi.kop?.logo);
  if (!logo.success) return logo;
  const kop = kopSuratDari(opsi.kop, logo.data);
  const gaya = {
    ...(kop === undefined ? {} : { kop }),
    ...(opsi.kop?.tandaTangan === undefined ? {} : { tandaTangan: opsi.kop.tandaTangan }),
  };
  if (opsi.pdf === undefined || opsi.pdf === 'tidak') return ok({ gaya, buat: null });
  if (typeof tujuan.writeBytes !== 'function') {
    return gagal(
      'tujuan-tanpa-biner',
      'Tujuan keluaran tidak dapat menulis berkas PDF (tidak ada writeBytes).',
      'The output destination cannot write a PDF file (no writeBytes).',
    );
  }
  const { formatPakPdf } = await import('../cetak/pak-pdf');
  return ok({ gaya, buat: (d, o) => formatPakPdf(d, o) });
}

/** A golongan as an employee file writes it (`IV/b`, `IV/B`, `Penata Tk. I, III/d`) as the library's code, or null. */
function kodeGolongan(teks: string): string | null {
  const m = /\b(I{1,3}|IV)\s*\/\s*([a-e])\b/i.exec(teks);
  return m === null ? null : `${m[1]!.toUpperCase()}/${m[2]!.toLowerCase()}`;
}
