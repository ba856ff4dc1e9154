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
import type { Guru } from './data';
import { parseNipBerkas, parseTanggalBerkas } from '../format/nilai';

const teks = (maks: number) => z.string().trim().min(1).max(maks);

/** The letterhead file: every key optional; keys starting with `_` are notes. */
const skemaKop = () =>
  z.strictObject({
    instansi: teks(300).optional(),
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
 * A run's letterhead (the CLI's `kop.json`): the instansi, the number pattern of each guru's documents (`{urut}` a
 * counter from `urutMulai`, `{urut:4}` zero-padded, `{nip}`), the place and date, the penetap and the tembusan. Every
 * key optional; read it with {@link validateKopBerkas}.
 *
 * @category Berkas
 * @example
 * import type { KopBerkas } from 'pengelolaan-kinerja/berkas';
 * const kop: KopBerkas = { instansi: 'Dinas Pendidikan Kota Kupang', nomor: '800.1.11.1/{urut:4}/PAK/2027', tanggal: '2027-01-20' };
 */
export interface KopBerkas {
  /** The instansi at the head of the pages. */
  readonly instansi?: string;
  /** The number pattern of each guru's documents: `{urut}`, `{urut:4}`, `{nip}`. */
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

/** The number of one guru's documents: `{urut}` (the counter, `{urut:4}` zero-padded to 4), `{nip}`. */
export function nomorDari(pola: string, urut: number, nip: string): string {
  return pola
    .replace(POLA_URUT, (_, lebar: string | undefined) =>
      String(urut).padStart(lebar === undefined ? 0 : Number(lebar), '0'),
    )
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
      `nomor "${kop.nomor}" tidak memuat {urut}: setiap guru akan mendapat nomor yang sama. Tulis misalnya "800.1.11.1/{urut:4}/PAK/2027" (urutan per guru, mulai dari urutMulai).`,
      `nomor "${kop.nomor}" has no {urut}: every guru would get the same number. Write e.g. "800.1.11.1/{urut:4}/PAK/2027" (a counter per guru, from urutMulai).`,
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
 * The page's identity of one guru from the columns the file has (values as written): dates read as the reader
 * reads them, the sex as L/P, Laki-laki/Perempuan, Pria/Wanita, M/F or SIASN's 1/2. A value that cannot be read
 * prints as an empty line and is counted (`catatan`), never guessed. The jabatan printed is the guru's jabatan
 * fungsional from the jenjang (a legacy title in the file is not printed on a PAK of today's rules).
 */
export function identitasHalaman(
  g: Pick<Guru, 'identitas'>,
  catatan: CatatanIdentitas,
  dariPegawai?: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  const i: Readonly<Record<string, string | undefined>> =
    dariPegawai === undefined ? g.identitas : { ...dariPegawai, ...g.identitas };
  const out: Record<string, string> = {};
  const tidak = (m: string) => catatan.tidakTerbaca.set(m, (catatan.tidakTerbaca.get(m) ?? 0) + 1);
  for (const m of ['gelarDepan', 'gelarBelakang', 'karpeg', 'tempatLahir', 'instansi', 'unitKerja'] as const) {
    const v = i[m]?.trim();
    if (v !== undefined && v !== '' && v !== '-')
      out[m] = v.slice(0, m === 'instansi' || m === 'unitKerja' ? 300 : m === 'karpeg' ? 50 : 100);
  }
  for (const m of ['tanggalLahir', 'tmtGolongan', 'tmtJabatan'] as const) {
    const v = i[m]?.trim();
    if (v === undefined || v === '' || v === '-') continue;
    const t = parseTanggalBerkas(v);
    if (t.success) out[m] = t.data;
    else tidak(m);
  }
  const jk = i['jenisKelamin']?.trim().toLowerCase();
  if (jk !== undefined && jk !== '') {
    const j = JENIS_KELAMIN[jk];
    if (j === undefined) tidak('jenisKelamin');
    else out['jenisKelamin'] = j;
  }
  return out;
}

/** The letterhead of one guru's documents: the run's kop with this guru's number. */
export function kopGuru(kop: KopBerkas | undefined, urut: number, nip: string): KopPak {
  if (kop === undefined) return {};
  return {
    ...(kop.nomor === undefined ? {} : { nomor: nomorDari(kop.nomor, (kop.urutMulai ?? 1) + urut - 1, nip) }),
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
