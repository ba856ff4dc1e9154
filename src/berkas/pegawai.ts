// Who each guru is, from a second file (SIASN's Data Pegawai export, Dapodik's Daftar Guru, or any table with a NIP
// column and identity columns), joined by NIP: the konversi file says what each guru earned; this one says what the
// PAK page prints about them (gelar, Karpeg, tempat/tanggal lahir, jenis kelamin, golongan and its TMT, TMT jabatan,
// unit kerja, instansi). The konversi file's own identity columns win where both have a value.
import { periksaBacaan } from './periksa';
import { issueOf } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import type { BacaanBerkas } from '../format/dialek';
import { MEDAN_IDENTITAS, matchKolom, type Medan, normalizeKolom } from '../format/kolom';
import { parseNipBerkas } from '../format/nilai';
import { daftarDari } from '../core/periksa';
import { formatNilai, KinerjaError } from '../core/error';

/** The identity fields read from the file, as written. */
const MEDAN_PEGAWAI = ['golongan', ...MEDAN_IDENTITAS, 'unitKerja'] as const satisfies readonly Medan[];

/** Headers of identity exports the column map does not know, by field. */
const ALIAS_PEGAWAI: readonly (readonly [string, Medan])[] = [
  ['jk', 'jenisKelamin'],
  ['tempat lahir', 'tempatLahir'],
  ['tanggal lahir', 'tanggalLahir'],
];

/**
 * Headers of one column holding both the place and the date of birth (`Banyuwangi, 15-05-1975`), as school and
 * staff tables write them (TTL: tempat, tanggal lahir), compared as every header is ({@link normalizeKolom}: letters
 * and digits, lower case): `TTL`, `Tempat, Tanggal Lahir`, `Tempat/Tgl. Lahir`, `Tmp. Tgl. Lahir`, ….
 */
const JUDUL_TTL = new Set(['ttl', 'tempattanggallahir', 'tempattgllahir', 'tempatdantanggallahir', 'tmptgllahir']);

/**
 * A TTL cell split at its last comma into the place and the date (`Kab. Banyuwangi, 15 Mei 1975`), or null when it
 * has no comma with text on both sides: then neither is taken.
 */
function pisahTtl(sel: string): { readonly tempatLahir: string; readonly tanggalLahir: string } | null {
  const i = sel.lastIndexOf(',');
  const tempat = sel.slice(0, Math.max(0, i)).trim();
  const tanggal = sel.slice(i + 1).trim();
  return i < 0 || tempat === '' || tanggal === '' ? null : { tempatLahir: tempat, tanggalLahir: tanggal };
}

/**
 * The identity of each guru by NIP from an employee file (SIASN's Data Pegawai export): the identity cells as written
 * (only the columns the file has), the rows skipped for want of a readable NIP, and the headers used.
 *
 * @category Berkas
 * @example
 * import type { DataPegawai } from 'pengelolaan-kinerja/berkas';
 * const d: DataPegawai = { perNip: new Map([['198703122010012004', { gelarDepan: 'Drs.' }]]), tanpaNip: 0, kolom: ['GELAR DEPAN'] };
 * d.perNip.get('198703122010012004')?.gelarDepan;
 * //=> 'Drs.'
 */
export interface DataPegawai {
  /** The identity cells of each NIP as written, by field (`gelarDepan`, `tanggalLahir`, `unitKerja`, …). */
  readonly perNip: ReadonlyMap<string, Readonly<Partial<Record<Medan, string>>>>;
  /** Rows without a readable NIP (skipped, counted). */
  readonly tanpaNip: number;
  /** The headers of the identity columns used. */
  readonly kolom: readonly string[];
}

/**
 * Reads an employee file (a NIP column is required, the identity columns are those it has) for
 * {@link OpsiPak.pegawai}. Coded refusals: `pegawai-tanpa-nip`, `pegawai-tanpa-identitas`, each with the file's headers.
 *
 * @param bacaan - The employee file as {@link readBerkas} opened it.
 * @returns The identity of each NIP, or a failed result with `pegawai-tanpa-nip` or `pegawai-tanpa-identitas`; wrong
 *   arguments reject with `KinerjaError` `argumen-tidak-valid`.
 * @category Berkas
 * @example
 * import { dataPegawai, readBerkas } from 'pengelolaan-kinerja/berkas';
 * async function contoh() {
 *   const b = await readBerkas(new TextEncoder().encode('NIP BARU,GELAR DEPAN\n198703122010012004,Drs.\n'));
 *   if (!b.success) return;
 *   const d = await dataPegawai(b.data);
 *   return d.success ? d.data.perNip.get('198703122010012004') : d.issues; // { gelarDepan: 'Drs.' }
 * }
 */
export async function dataPegawai(bacaan: BacaanBerkas): Promise<Result<DataPegawai>> {
  return bacaPegawai(periksaBacaan(bacaan));
}

async function bacaPegawai(bacaan: BacaanBerkas): Promise<Result<DataPegawai>> {
  const c = matchKolom(bacaan.header);
  const judul = bacaan.header.map((h) => `"${h}"`).join(', ');
  if (!c.success || c.data.indeks.nip === undefined) {
    return fail([
      issueOf(
        'pegawai-tanpa-nip',
        [],
        `tidak ada kolom NIP (judul yang dikenal: NIP, NIP BARU, NIP Pegawai). Judul kolom berkas: ${judul}.`,
        `no NIP column (headers accepted: NIP, NIP BARU, NIP Pegawai). The file's headers: ${judul}.`,
      ),
    ]);
  }
  const indeks: Partial<Record<Medan, number>> = { ...c.data.indeks };
  // Dapodik's Daftar Guru writes the sex as `JK` (L/P); the other identity headers of that export (Tempat Lahir,
  // Tanggal Lahir, NIP, Pangkat Golongan, Karpeg) are known headers.
  for (const [judul, medan] of ALIAS_PEGAWAI) {
    const i = bacaan.header.findIndex((h) => h.trim().toLowerCase() === judul);
    if (i >= 0 && indeks[medan] === undefined) indeks[medan] = i;
  }
  const iNip = indeks.nip!;
  // One TTL column gives the place and the date of birth, where the file has no column of its own for them.
  const iTtl =
    indeks.tempatLahir === undefined && indeks.tanggalLahir === undefined
      ? bacaan.header.findIndex((h) => JUDUL_TTL.has(normalizeKolom(h)))
      : -1;
  const ada = MEDAN_PEGAWAI.filter((m) => indeks[m] !== undefined);
  if (ada.length === 0 && iTtl < 0) {
    return fail([
      issueOf(
        'pegawai-tanpa-identitas',
        [],
        `tidak ada kolom identitas (Data Pegawai SIASN: GELAR DEPAN, GELAR BELAKANG, TEMPAT LAHIR NAMA, TANGGAL LAHIR, JENIS KELAMIN, GOL AKHIR NAMA, TMT GOLONGAN, TMT JABATAN, UNOR NAMA, INSTANSI INDUK NAMA; Daftar Guru Dapodik: JK, Tempat Lahir, Tanggal Lahir, Pangkat Golongan, Karpeg; tabel sekolah: TTL).`,
        `no identity column (SIASN Data Pegawai: GELAR DEPAN, GELAR BELAKANG, TEMPAT LAHIR NAMA, TANGGAL LAHIR, JENIS KELAMIN, GOL AKHIR NAMA, TMT GOLONGAN, TMT JABATAN, UNOR NAMA, INSTANSI INDUK NAMA; Dapodik Daftar Guru: JK, Tempat Lahir, Tanggal Lahir, Pangkat Golongan, Karpeg; school tables: TTL).`,
      ),
    ]);
  }
  const perNip = new Map<string, Partial<Record<(typeof MEDAN_PEGAWAI)[number], string>>>();
  let tanpaNip = 0;
  for await (const b of bacaan.baris) {
    if (b.rusak !== undefined) {
      tanpaNip += 1;
      continue;
    }
    const nip = parseNipBerkas(b.sel[iNip] ?? '');
    if (!nip.success) {
      tanpaNip += 1;
      continue;
    }
    const isi: Partial<Record<(typeof MEDAN_PEGAWAI)[number], string>> = {};
    for (const m of ada) {
      const v = (b.sel[indeks[m]!] ?? '').trim();
      if (v !== '') isi[m] = v;
    }
    const ttl = iTtl < 0 ? null : pisahTtl(b.sel[iTtl] ?? '');
    if (ttl !== null) Object.assign(isi, ttl);
    perNip.set(nip.data, { ...perNip.get(nip.data), ...isi });
  }
  const kolom = ada.map((m) => bacaan.header[indeks[m]!] ?? m);
  return ok({ perNip, tanpaNip, kolom: iTtl < 0 ? kolom : [...kolom, bacaan.header[iTtl] ?? 'TTL'] });
}

/**
 * Builds one employee table from several files (SIASN's Data Pegawai and Dapodik's Daftar Guru, say): for each NIP, each field from
 * the first file that has it. The counts and headers are those of all the files.
 *
 * @param data - The files read by {@link dataPegawai}, the one to trust first first.
 * @returns One {@link DataPegawai} for {@link OpsiPak.pegawai}.
 *
 * @category Berkas
 * @example
 * import { buildDataPegawai } from 'pengelolaan-kinerja/berkas';
 * const siasn = { perNip: new Map([['198703122010012004', { tmtGolongan: '01-04-2020' }]]), tanpaNip: 0, kolom: ['TMT GOLONGAN'] };
 * const dapodik = { perNip: new Map([['198703122010012004', { jenisKelamin: 'P', tmtGolongan: '2019-01-01' }]]), tanpaNip: 1, kolom: ['JK'] };
 * buildDataPegawai([siasn, dapodik]).perNip.get('198703122010012004');
 * //=> { jenisKelamin: 'P', tmtGolongan: '01-04-2020' }
 */
export function buildDataPegawai(data: readonly DataPegawai[]): DataPegawai {
  const daftar = [...daftarDari(data, 'data')];
  daftar.forEach((d, i) => {
    periksaDataPegawai(d, `data[${i}]`);
  });
  const perNip = new Map<string, Partial<Record<Medan, string>>>();
  for (const d of [...daftar].reverse())
    for (const [nip, isi] of d.perNip) perNip.set(nip, { ...perNip.get(nip), ...isi });
  return {
    perNip,
    tanpaNip: daftar.reduce((s, d) => s + d.tanpaNip, 0),
    kolom: daftar.flatMap((d) => d.kolom),
  };
}

/** Guards one identity file as `dataPegawai` returns it; misuse throws `KinerjaError` `argumen-tidak-valid`. */
function periksaDataPegawai(d: unknown, nama: string): asserts d is DataPegawai {
  const x = d as Partial<DataPegawai> | null;
  if (
    x === null ||
    typeof x !== 'object' ||
    !(x.perNip instanceof Map) ||
    typeof x.tanpaNip !== 'number' ||
    !Array.isArray(x.kolom)
  )
    throw new KinerjaError(
      'argumen-tidak-valid',
      `${nama} harus data pegawai hasil dataPegawai, bukan ${formatNilai(d)}.`,
      `${nama} must be identity data as dataPegawai returns it, not ${formatNilai(d)}.`,
    );
}
