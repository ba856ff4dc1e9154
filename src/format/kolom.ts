// The columns of operators' files: the fields the reader knows, the headers real exports and templates write for
// each (with where each was found), the match of a file's header to fields, the report of every column (used, or
// ignored with the field it might be), the header error, and the column map an operator can write (--kolom).
import { fail, ok, type Result } from '../core/result';
import { issueOf, type Issue } from '../core/issue';
import { KinerjaError } from '../core/error';
import { periksaDaftar, periksaObjek, periksaTeks } from '../core/periksa';

/**
 * The fields a row of an operator's file can carry. Required: `nip`, `nama`, `golongan`. The rest are read when a
 * column has them: the period (`tahun` with `bulanMulai`/`bulanSelesai`, or `tanggalMulai`/`tanggalSelesai`),
 * a count of months (`jumlahBulan`, with the year, a semester or a start month), `predikat` (a label) or `kuadran`
 * (SIASN's code 1–5), the file's own figures checked against the computed ones (`angkaKredit`, `persentase`,
 * `koefisien`), `jenjang` or `jabatan` (a combined cell `Guru Ahli Pertama / 01-03-2020` read), AK Dasar and the conventional AK
 * of the integrasi (`akKonvensional`, `golongan2022`), the SIASN body (`pnsId`, `rwJabatanId`, `nomorSk`,
 * `tanggalSk`), and who the person is for the PAK pages (`unitKerja`, `gelarDepan` … `instansi`).
 *
 * @category Berkas
 * @example
 * import type { Medan } from 'pengelolaan-kinerja/berkas';
 * const m: Medan = 'kuadran';
 */
export type Medan =
  | 'nip'
  | 'nama'
  | 'golongan'
  | 'jenjang'
  | 'jabatan'
  | 'predikat'
  | 'kuadran'
  | 'tahun'
  | 'bulanMulai'
  | 'bulanSelesai'
  | 'semester'
  | 'jumlahBulan'
  | 'tanggalMulai'
  | 'tanggalSelesai'
  | 'angkaKredit'
  | 'persentase'
  | 'koefisien'
  | 'akDasar'
  | 'akKonvensional'
  | 'golongan2022'
  | 'unitKerja'
  | 'pnsId'
  | 'rwJabatanId'
  | 'nomorSk'
  | 'tanggalSk'
  | 'gelarDepan'
  | 'gelarBelakang'
  | 'tempatLahir'
  | 'tanggalLahir'
  | 'jenisKelamin'
  | 'karpeg'
  | 'tmtGolongan'
  | 'tmtJabatan'
  | 'instansi';

/** The fields of who the person is, as the file writes them, for the PAK pages (besides `jabatan` and `unitKerja`). */
export const MEDAN_IDENTITAS = [
  'gelarDepan',
  'gelarBelakang',
  'tempatLahir',
  'tanggalLahir',
  'jenisKelamin',
  'karpeg',
  'tmtGolongan',
  'tmtJabatan',
  'instansi',
] as const satisfies readonly Medan[];

/**
 * A header as a real export or template writes it, and where it was found.
 *
 * @category Berkas
 * @example
 * import type { AliasKolom } from 'pengelolaan-kinerja/berkas';
 * const a: AliasKolom = { judul: 'NIP BARU', sumber: 'SIASN Data Pegawai' };
 */
export interface AliasKolom {
  /** The field's name for people. */
  readonly judul: string;
  /** Where the accepted headers come from (the export that writes them). */
  readonly sumber: string;
}

// Where the headers come from. SIASN publishes no file spec: its exports are known from the community code that
// reads them.
const S = {
  pk: 'pengelolaan-kinerja: the CLI template (docs/cli.md, examples/data/guru.csv)',
  pegawai: 'SIASN Data Pegawai CSV: kanekescom/laravel-siasn-simpeg src/Transformers/PegawaiCsvTransformer.php',
  angkakredit:
    'SIASN rw-angkakredit: kanekescom/laravel-siasn-simpeg database/migrations/2024_01_02_000010_create_siasn_simpeg_pns_rw_angkakredit_table.php',
  skp22:
    'SIASN rw-skp22: kanekescom/laravel-siasn-simpeg database/migrations/2024_01_02_000027_create_siasn_simpeg_pns_rw_skp22_table.php',
  periodik:
    'SIASN rw-kinerjaperiodik: kanekescom/laravel-siasn-simpeg database/migrations/2024_01_02_000017_create_siasn_simpeg_pns_rw_kinerjaperiodik_table.php',
  save: 'SIASN angkakredit/save body: black-coffee04/ws-siasn-php README (docs/sumber.md#siasn)',
  pak: 'regional PAK app import template as operators hold it (no public copy found, 2026-12-03)',
  pakForm: 'PerBKN 3/2023 lampiran: the PAK form fields (docs/sumber.md#pak)',
  umum: 'common spelling in dinas templates',
  form: 'Peraturan BKN Nomor 3 Tahun 2023, lampiran: the form "Konversi Predikat Kinerja ke Angka Kredit" as schools keep it in a spreadsheet',
  ekinerja:
    'e-Kinerja BKN "Penilaian SKP Tahunan" export (kinerja.bkn.go.id), as operators download it; no public copy found',
  pendek: 'short and upper-case headers of dinas sheets (PANGKAT/GOL, AK KONVENSIONAL S.D. 2022)',
  sianis:
    "a school information system's staff tables (SIANIS, selamethanafi/sianis: p_pegawai tempat, tanggallahir, jenkel; p_kepegawaian gol), found in public code 2026-12-06",
  karierku:
    'a regional PAK generator\'s sheet headers (Google Apps Script "KarierKu": Tahun; Semester; Periode; Jenis Periode; …), found in public code 2026-12-03',
} as const;

const a = (sumber: string, ...judul: string[]): AliasKolom[] => judul.map((j) => Object.freeze({ judul: j, sumber }));

/**
 * The headers known for each field, each with its source, in order of preference (when two columns of a file match
 * one field, the earlier header wins and the other is reported as ignored). Matched case-insensitively, ignoring
 * spaces and punctuation (`NIP BARU` = `nip_baru` = `NipBaru`).
 *
 * @category Berkas
 * @example
 * import { KOLOM_DIKENAL } from 'pengelolaan-kinerja/berkas';
 * KOLOM_DIKENAL.nip.map((x) => x.judul).includes('NIP BARU'); //=> true
 */
export const KOLOM_DIKENAL: Readonly<Record<Medan, readonly AliasKolom[]>> = Object.freeze({
  nip: [...a(S.pk, 'NIP'), ...a(S.pegawai, 'NIP BARU'), ...a(S.periodik, 'nip'), ...a(S.umum, 'NIP Pegawai')],
  nama: [...a(S.pk, 'Nama'), ...a(S.pegawai, 'NAMA'), ...a(S.umum, 'Nama Pegawai', 'Nama Lengkap')],
  golongan: [
    ...a(S.pk, 'Golongan'),
    ...a(S.pegawai, 'GOL AKHIR NAMA'),
    ...a(S.umum, 'Golongan Ruang', 'Gol Ruang', 'Pangkat/Golongan', 'Pangkat/Gol.Ruang', 'Pangkat Golongan'),
    ...a(S.form, 'PANGKAT/GOLONGAN RUANG/TMT'),
    ...a(S.pendek, 'PANGKAT/GOL'),
    ...a(S.sianis, 'gol'),
  ],
  jenjang: [...a(S.pk, 'Jenjang'), ...a(S.umum, 'Jenjang Jabatan')],
  jabatan: [
    ...a(S.pk, 'Jabatan'),
    ...a(S.pegawai, 'JABATAN NAMA'),
    ...a(S.angkakredit, 'namaJabatan'),
    ...a(S.umum, 'Jabatan Fungsional', 'Nama Jabatan'),
    ...a(S.form, 'JABATAN/TMT'),
    ...a(S.ekinerja, 'skp_jabatan'),
  ],
  predikat: [
    ...a(S.pk, 'Predikat'),
    ...a(S.umum, 'Predikat Kinerja'),
    ...a(S.skp22, 'kuadranKinerja'),
    ...a(S.ekinerja, 'hasil_akhir'),
  ],
  kuadran: [...a(S.skp22, 'KuadranKinerjaNilai'), ...a(S.periodik, 'kuadranKinerjaNilai', 'kuadranNilai')],
  tahun: [
    ...a(S.pk, 'Tahun'),
    ...a(S.skp22, 'tahun'),
    ...a(S.angkakredit, 'tahunMulaiPenailan'),
    ...a(S.umum, 'Tahun Penilaian'),
  ],
  bulanMulai: [
    ...a(S.pk, 'Bulan Mulai'),
    ...a(S.angkakredit, 'bulanMulaiPenailan'),
    ...a(S.umum, 'Bulan Awal', 'bulanMulaiPenilaian'),
  ],
  bulanSelesai: [
    ...a(S.pk, 'Bulan Selesai'),
    ...a(S.angkakredit, 'bulanSelesaiPenailan'),
    ...a(S.umum, 'Bulan Akhir', 'bulanSelesaiPenilaian'),
  ],
  semester: [...a(S.karierku, 'Semester'), ...a(S.umum, 'Smt')],
  jumlahBulan: [
    ...a(S.form, 'PERIODIK (BULAN)'),
    ...a(S.umum, 'Jumlah Bulan', 'Masa Penilaian (bulan)', 'customMonths'),
  ],
  tanggalMulai: [
    ...a(S.pk, 'Tanggal Mulai'),
    ...a(S.umum, 'Periode Mulai', 'Periode Awal', 'Tgl Mulai', 'Awal Periode', 'Periode Penilaian Mulai'),
    ...a(S.ekinerja, 'periode_awal'),
  ],
  tanggalSelesai: [
    ...a(S.pk, 'Tanggal Selesai'),
    ...a(S.umum, 'Periode Selesai', 'Periode Akhir', 'Tgl Selesai', 'Akhir Periode', 'Periode Penilaian Selesai'),
    ...a(S.ekinerja, 'periode_akhir'),
  ],
  angkaKredit: [...a(S.form, 'ANGKA KREDIT YANG DIDAPAT'), ...a(S.umum, 'creditEarned', 'AK', 'Angka Kredit')],
  persentase: [...a(S.form, 'PROSENTASE'), ...a(S.umum, 'Persentase')],
  koefisien: [...a(S.form, 'KOEFISIEN PER TAHUN'), ...a(S.umum, 'Koefisien')],
  akDasar: [...a(S.pk, 'AK Dasar'), ...a(S.umum, 'Angka Kredit Dasar')],
  akKonvensional: [
    ...a(S.pk, 'AK Kumulatif 2022'),
    ...a(S.pak, 'Jumlah AK Konvensional s.d. 2022'),
    ...a(S.umum, 'AK Konvensional', 'AK Kumulatif Konvensional', 'AK Integrasi Kumulatif'),
    ...a(S.pendek, 'AK KONVENSIONAL S.D. 2022'),
  ],
  golongan2022: [...a(S.pk, 'Golongan 2022'), ...a(S.umum, 'Golongan 31 Desember 2022')],
  unitKerja: [
    ...a(S.pk, 'Unit Kerja'),
    ...a(S.pegawai, 'UNOR NAMA'),
    ...a(S.periodik, 'unorNama'),
    ...a(S.umum, 'Satuan Pendidikan', 'Sekolah', 'Unor'),
  ],
  pnsId: [
    ...a(S.pk, 'PNS ID'),
    ...a(S.angkakredit, 'pns'),
    ...a(S.skp22, 'pnsDinilaiId'),
    ...a(S.save, 'pnsId'),
    ...a(S.umum, 'ID PNS', 'pnsOrangId'),
  ],
  rwJabatanId: [
    ...a(S.pk, 'RW Jabatan ID'),
    ...a(S.pak, 'ID Riwayat Jabatan'),
    ...a(S.angkakredit, 'rwJabatan'),
    ...a(S.save, 'rwJabatanId'),
    ...a(S.umum, 'ID RW Jabatan'),
  ],
  nomorSk: [...a(S.pk, 'Nomor SK'), ...a(S.angkakredit, 'nomorSk'), ...a(S.umum, 'No SK', 'Nomor PAK')],
  tanggalSk: [...a(S.pk, 'Tanggal SK'), ...a(S.angkakredit, 'tanggalSk'), ...a(S.umum, 'Tgl SK', 'Tanggal PAK')],
  gelarDepan: [...a(S.pegawai, 'GELAR DEPAN')],
  gelarBelakang: [...a(S.pegawai, 'GELAR BELAKANG')],
  tempatLahir: [...a(S.pegawai, 'TEMPAT LAHIR NAMA'), ...a(S.pakForm, 'Tempat Lahir')],
  tanggalLahir: [...a(S.pegawai, 'TANGGAL LAHIR'), ...a(S.umum, 'Tgl Lahir')],
  jenisKelamin: [...a(S.pegawai, 'JENIS KELAMIN'), ...a(S.sianis, 'jenkel')],
  karpeg: [...a(S.pakForm, 'Nomor Seri Karpeg', 'Karpeg'), ...a(S.umum, 'No Karpeg', 'Nomor Karpeg')],
  tmtGolongan: [...a(S.pegawai, 'TMT GOLONGAN'), ...a(S.umum, 'TMT Pangkat', 'TMT Golongan Akhir')],
  tmtJabatan: [...a(S.pegawai, 'TMT JABATAN')],
  instansi: [...a(S.pegawai, 'INSTANSI INDUK NAMA', 'INSTANSI KERJA NAMA'), ...a(S.pakForm, 'Instansi')],
} satisfies Record<Medan, AliasKolom[]>);

/**
 * The fields of {@link KOLOM_DIKENAL} in order.
 *
 * @category Berkas
 * @example
 * import { MEDAN_BERKAS } from 'pengelolaan-kinerja/berkas';
 * MEDAN_BERKAS.slice(0, 3); //=> ['nip', 'nama', 'golongan']
 */
export const MEDAN_BERKAS: readonly Medan[] = Object.freeze(Object.keys(KOLOM_DIKENAL) as Medan[]);

/** The fields without which no row can be read. */
const WAJIB: readonly Medan[] = ['nip', 'nama', 'golongan'];

/** Misuse guards of the public functions here: a header is a list of texts; a column map is checked like --kolom's. */
function periksaHeader(header: unknown, nama = 'header'): asserts header is readonly string[] {
  periksaDaftar(header, nama);
  if (!Array.isArray(header) || !header.every((h) => typeof h === 'string')) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `${nama} harus daftar teks (judul kolom).`,
      `${nama} must be a list of texts (column headers).`,
    );
  }
}
function periksaPeta(peta: unknown): void {
  if (peta === undefined) return;
  const r = validatePetaKolom(peta);
  if (!r.success)
    throw new KinerjaError(
      'argumen-tidak-valid',
      `peta kolom tidak valid: ${r.issues[0]!.message}`,
      `invalid column map: ${r.issues[0]!.messageEn}`,
      r.issues,
    );
}

/**
 * A header reduced to what is compared: lower case, letters and digits only (`"NIP BARU"` → `"nipbaru"`).
 *
 * @param s - A header as written.
 * @returns The header in lower case, letters and digits only.
 * @category Berkas
 * @example
 * import { normalizeKolom } from 'pengelolaan-kinerja/berkas';
 * normalizeKolom('\uFEFFJumlah AK Konvensional s.d. 2022'); //=> 'jumlahakkonvensionalsd2022'
 */
export function normalizeKolom(s: string): string {
  periksaTeks(s, 'judul');
  return s
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ALIAS_NORMAL: ReadonlyMap<string, Medan> = (() => {
  const m = new Map<string, Medan>();
  for (const medan of MEDAN_BERKAS)
    for (const x of KOLOM_DIKENAL[medan]) if (!m.has(normalizeKolom(x.judul))) m.set(normalizeKolom(x.judul), medan);
  return m;
})();

/**
 * How many cells of a row are known headers: the reader's measure of which row is the header (an export's title
 * lines above it score 0 or 1).
 *
 * @param sel - A row's cells.
 * @returns How many of them are known headers.
 * @category Berkas
 * @example
 * import { countKolomDikenal } from 'pengelolaan-kinerja/berkas';
 * countKolomDikenal(['NIP BARU', 'NAMA', 'Keterangan']); //=> 2
 */
export function countKolomDikenal(sel: readonly string[]): number {
  periksaHeader(sel, 'sel');
  let n = 0;
  for (const s of sel) if (ALIAS_NORMAL.has(normalizeKolom(s))) n++;
  return n;
}

/**
 * One field of a column map: the header of its column (when the file's header is not one the reader knows) and/or
 * the values the file writes as codes, each mapped to what the reader should read (e.g. predikat codes of a dinas
 * template: `{ "SB": "Sangat Baik", "B": "Baik" }`). Codes are matched ignoring case and surrounding spaces.
 *
 * @category Berkas
 * @example
 * import type { PetaMedan } from 'pengelolaan-kinerja/berkas';
 * const p: PetaMedan = { kolom: 'Nilai Akhir', nilai: { SB: 'Sangat Baik', B: 'Baik', C: 'Butuh Perbaikan' } };
 */
export interface PetaMedan {
  /** The file's header for the field. */
  readonly kolom?: string;
  /** The file's values mapped to the library's (`{ "B": "baik" }`). */
  readonly nilai?: Readonly<Record<string, string>>;
}

/**
 * A column map (the CLI's `--kolom peta.json`): field → the header as written in the file (today's form), or
 * field → {@link PetaMedan} to map values too. An empty header (`""`) says the file has no such column. Keys
 * starting with `_` are notes and are not read.
 *
 * @category Berkas
 * @example
 * import type { PetaKolom } from 'pengelolaan-kinerja/berkas';
 * const peta: PetaKolom = { nip: 'NIP/NRP', predikat: { kolom: 'Nilai', nilai: { SB: 'Sangat Baik' } } };
 */
export type PetaKolom = Readonly<Partial<Record<Medan, string | PetaMedan>>>;

/**
 * A column of a sheet with one column per period (`2023`, `2024 S1`, `Predikat 2025`): the period its header names
 * (a year, or a semester of it) and, once a run has read the rows, how many of its cells were empty (an empty cell
 * is no row for that period: that guru was not rated in it).
 *
 * @category Berkas
 * @example
 * import type { KolomPeriode } from 'pengelolaan-kinerja/berkas';
 * const k: KolomPeriode = { kolom: '2024 S1', indeks: 4, tahun: 2024, semester: 1, kosong: 2 };
 */
export interface KolomPeriode {
  /** The header as written. */
  readonly kolom: string;
  /** The column's position. */
  readonly indeks: number;
  /** The year the header names. */
  readonly tahun: number;
  /** The semester the header names (1 January–June, 2 July–December); absent for the whole year. */
  readonly semester?: 1 | 2;
  /** How many rows left the cell empty (counted by a run; absent before the rows are read). */
  readonly kosong?: number;
}

/**
 * Every column of a file: used (which field it feeds), read as a period of a sheet with one column per period
 * (`perPeriode`), or ignored (with the field it might be, by similarity of its header to the known ones; a row-number
 * column such as `No` or `No Urut` is marked `nomorUrut` and never offered as a field).
 *
 * @category Berkas
 * @example
 * import type { LaporanKolom } from 'pengelolaan-kinerja/berkas';
 * const l: LaporanKolom = { dipakai: [{ medan: 'nip', kolom: 'NIP BARU', indeks: 1 }], diabaikan: [{ kolom: 'No', indeks: 0, nomorUrut: true }, { kolom: 'GOL AWAL NAMA', indeks: 5, mungkin: 'golongan' }] };
 */
export interface LaporanKolom {
  /** The columns used, by field, with their header and position. */
  readonly dipakai: readonly { readonly medan: Medan; readonly kolom: string; readonly indeks: number }[];
  /** The columns ignored, with the field each might be (none for a row-number column, marked `nomorUrut`). */
  readonly diabaikan: readonly {
    readonly kolom: string;
    readonly indeks: number;
    readonly mungkin?: Medan;
    readonly nomorUrut?: true;
  }[];
  /** A sheet with one column per period: those columns, each read as the predikat of its period (one row per period). */
  readonly perPeriode?: readonly KolomPeriode[];
}

/**
 * The match of a header: the column index of each field found, the value maps, and the report of every column.
 *
 * @category Berkas
 * @example
 * import type { CocokKolom } from 'pengelolaan-kinerja/berkas';
 * const c: CocokKolom = { indeks: { nip: 0 }, nilai: {}, laporan: { dipakai: [], diabaikan: [] } };
 */
export interface CocokKolom {
  /** The position of each field's column. */
  readonly indeks: Readonly<Partial<Record<Medan, number>>>;
  /** Per field, its value map with the codes normalised (trimmed, lower case). */
  readonly nilai: Readonly<Partial<Record<Medan, ReadonlyMap<string, string>>>>;
  /** What was used and what ignored. */
  readonly laporan: LaporanKolom;
}

function jarak(x: string, y: string): number {
  if (x === y) return 0;
  const d = new Array<number>(y.length + 1);
  for (let j = 0; j <= y.length; j++) d[j] = j;
  for (let i = 1; i <= x.length; i++) {
    let kiri = d[0]!;
    d[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const atas = d[j]!;
      d[j] = Math.min(atas + 1, d[j - 1]! + 1, kiri + (x[i - 1] === y[j - 1] ? 0 : 1));
      kiri = atas;
    }
  }
  return d[y.length]!;
}

/** The field a header might be: the closest known header (edit distance within a third, or one containing the other and at least half as long). */
function mirip(h: string): Medan | undefined {
  if (h.length < 2) return undefined;
  let terbaik: Medan | undefined;
  let nilai = 0;
  for (const [alias, medan] of ALIAS_NORMAL) {
    const panjang = Math.max(alias.length, h.length);
    let s = 1 - jarak(h, alias) / panjang;
    if (
      Math.min(alias.length, h.length) >= 4 &&
      Math.min(alias.length, h.length) * 2 >= panjang &&
      (h.includes(alias) || alias.includes(h))
    )
      s = Math.max(s, 0.75);
    if (s > nilai) {
      nilai = s;
      terbaik = medan;
    }
  }
  return nilai >= 0.66 ? terbaik : undefined;
}

/** Headers (normalized) of a row-number column: `NO`, `No.`, `Nomor`, `No Urut`, `Nomor Urut`, … */
const NOMOR_URUT: ReadonlySet<string> = new Set([
  'no',
  'nomor',
  'nourut',
  'nomorurut',
  'urut',
  'urutan',
  'nourutan',
  'nmr',
  'nr',
]);

/**
 * Headers (normalized) that real exports write for something no field holds, though they look like one: never offered
 * as that field. SIASN rw-skp22's ratings of hasil kerja and perilaku (1–3, not a kuadran code); Data Pegawai's NIK,
 * old NIP, kind of employee and of position, phone number, the jabatan's reference id, years and months of service,
 * year of graduation, treasury office; e-Kinerja's `jenis_pegawai`.
 */
const KOLOM_LAIN: ReadonlySet<string> = new Set([
  'hasilkinerjanilai',
  'perilakukerjanilai',
  'nik',
  'niplama',
  'jenispegawai',
  'jenispegawaiid',
  'jenispegawainama',
  'jenisjabatan',
  'jenisjabatanid',
  'jenisjabatannama',
  'nomorhp',
  'nohp',
  'jabatanid',
  'mktahun',
  'mkbulan',
  'tahunlulus',
  'kpknnama',
]);

/** The field an ignored column might be: none for a header known to be something else, nor for a code column
 * (`… ID`) but as an id field. */
function mungkin(h: string, normal: string): Medan | undefined {
  if (KOLOM_LAIN.has(normal)) return undefined;
  const m = mirip(normal);
  return m !== undefined && /\bid$/i.test(h.trim()) && m !== 'pnsId' && m !== 'rwJabatanId' ? undefined : m;
}

// A header naming a period (normalized): a year (`2023`), a year and semester (`2024 S1`, `2024 Semester II`,
// `Smt 1 2024`), optionally after a predikat word (`Predikat 2024`, `Predikat Kinerja 2024 S2`).
const AWALAN_PERIODE = '(?:predikat|predikatkinerja|predikatskp|nilaikinerja|hasilkinerja|kinerja|skp|tahun)?';
const SMT = '(?:s|smt|sem|semester)(1|2|ii|i)';
const TAHUN = '((?:19|20)\\d{2})';
const PERIODE_TAHUN_DULU = new RegExp(`^${AWALAN_PERIODE}${TAHUN}(?:${SMT})?$`);
const PERIODE_SMT_DULU = new RegExp(`^${AWALAN_PERIODE}${SMT}${TAHUN}$`);

/** The period a header names (`2024 S1` → 2024, semester 1), or undefined. */
function periodeKolom(h: string): { readonly tahun: number; readonly semester?: 1 | 2 } | undefined {
  const n = normalizeKolom(h);
  const a = PERIODE_TAHUN_DULU.exec(n);
  const b = a === null ? PERIODE_SMT_DULU.exec(n) : null;
  const tahun = a?.[1] ?? b?.[2];
  if (tahun === undefined) return undefined;
  const smt = a?.[2] ?? b?.[1];
  return smt === undefined
    ? { tahun: Number(tahun) }
    : { tahun: Number(tahun), semester: smt === '1' || smt === 'i' ? 1 : 2 };
}

/** The fields that name a period or its predikat: with none of them matched, period columns are read one per period. */
const MEDAN_PERIODE: readonly Medan[] = [
  'tahun',
  'predikat',
  'kuadran',
  'tanggalMulai',
  'tanggalSelesai',
  'bulanMulai',
  'bulanSelesai',
  'semester',
  'jumlahBulan',
];

/** The columns of a sheet with one column per period, when the header has no period or predikat column of its own. */
function kolomPerPeriode(
  header: readonly string[],
  indeks: Partial<Record<Medan, number>>,
  dipakai: ReadonlySet<number>,
): KolomPeriode[] {
  if (MEDAN_PERIODE.some((m) => indeks[m] !== undefined)) return [];
  return header.flatMap((kolom, i) => {
    const p = dipakai.has(i) ? undefined : periodeKolom(kolom);
    return p === undefined ? [] : [Object.freeze({ kolom, indeks: i, ...p })];
  });
}

function kolomPeta(p: string | PetaMedan | undefined): string | undefined {
  return typeof p === 'string' ? p : p?.kolom;
}

/**
 * Matches a file's header to the fields: the map's header for a field when given, else the first known header
 * (in {@link KOLOM_DIKENAL}'s order) found in the file. Every other column is reported as ignored, with the field it
 * might be. A map naming a header the file does not have is an issue (`kolom-peta-tidak-ada`), listing the file's
 * headers.
 *
 * @param header - The file's header.
 * @param peta - The operator's column map (default: none).
 * @returns The matched columns and the report, or a failed result with `kolom-peta-tidak-ada`.
 * @category Berkas
 * @example
 * import { matchKolom } from 'pengelolaan-kinerja/berkas';
 * const r = matchKolom(['NIP BARU', 'NAMA', 'GOL AKHIR NAMA', 'GOL AWAL NAMA']);
 * r.success && r.data.indeks; //=> { nip: 0, nama: 1, golongan: 2 }
 * r.success && r.data.laporan.diabaikan; //=> [{ kolom: 'GOL AWAL NAMA', indeks: 3, mungkin: 'golongan' }]
 */
export function matchKolom(header: readonly string[], peta: PetaKolom = {}): Result<CocokKolom> {
  periksaHeader(header);
  periksaPeta(peta);
  const norm = header.map(normalizeKolom);
  const indeks: Partial<Record<Medan, number>> = {};
  const nilai: Partial<Record<Medan, ReadonlyMap<string, string>>> = {};
  const issues: Issue[] = [];
  const dipakai = new Set<number>();
  for (const medan of MEDAN_BERKAS) {
    const p = peta[medan];
    const diminta = kolomPeta(p);
    if (typeof p === 'object' && p.nilai !== undefined)
      nilai[medan] = new Map(Object.entries(p.nilai).map(([k, v]) => [k.trim().toLowerCase(), v]));
    if (diminta !== undefined && diminta.trim() === '') continue;
    let i = -1;
    if (diminta !== undefined) {
      i = header.findIndex((h) => h.trim() === diminta.trim());
      if (i < 0) i = norm.indexOf(normalizeKolom(diminta));
      if (i < 0) {
        issues.push(
          issueOf(
            'kolom-peta-tidak-ada',
            [medan],
            `Peta kolom: kolom "${diminta}" untuk ${medan} tidak ada di berkas. Judul kolom di berkas: ${header.map((h) => `"${h}"`).join(', ')}.`,
            `Column map: column "${diminta}" for ${medan} is not in the file. The file's headers: ${header.map((h) => `"${h}"`).join(', ')}.`,
            { medan, kolom: diminta },
          ),
        );
        continue;
      }
    } else {
      for (const x of KOLOM_DIKENAL[medan]) {
        const j = norm.indexOf(normalizeKolom(x.judul));
        if (j >= 0 && !dipakai.has(j)) {
          i = j;
          break;
        }
      }
    }
    if (i >= 0) {
      indeks[medan] = i;
      dipakai.add(i);
    }
  }
  if (issues.length > 0) return fail(issues);
  const laporanDipakai = MEDAN_BERKAS.flatMap((m) =>
    indeks[m] === undefined ? [] : [Object.freeze({ medan: m, kolom: header[indeks[m]!]!, indeks: indeks[m]! })],
  );
  const perPeriode = kolomPerPeriode(header, indeks, dipakai);
  const diPeriode = new Set(perPeriode.map((p) => p.indeks));
  const diabaikan = header.flatMap((h, i): LaporanKolom['diabaikan'] => {
    if (dipakai.has(i) || diPeriode.has(i) || h.trim() === '') return [];
    if (NOMOR_URUT.has(norm[i]!)) return [Object.freeze({ kolom: h, indeks: i, nomorUrut: true as const })];
    const m = ALIAS_NORMAL.get(norm[i]!) ?? mungkin(h, norm[i]!);
    return [Object.freeze(m === undefined ? { kolom: h, indeks: i } : { kolom: h, indeks: i, mungkin: m })];
  });
  const laporan: LaporanKolom = {
    dipakai: Object.freeze(laporanDipakai),
    diabaikan: Object.freeze(diabaikan),
    ...(perPeriode.length === 0 ? {} : { perPeriode: Object.freeze(perPeriode) }),
  };
  return ok(
    Object.freeze({ indeks: Object.freeze(indeks), nilai: Object.freeze(nilai), laporan: Object.freeze(laporan) }),
  );
}

/**
 * The required fields a matched header lacks (`nip`, `nama`, `golongan`), as one issue per field
 * (`kolom-wajib-tidak-ada`): the headers accepted for it, the file's column it might be, and the `--kolom` map line
 * to write.
 *
 * @param cocok - The matched header from {@link matchKolom}.
 * @param header - The file's header.
 * @param wajib - The required fields (default: `nip`, `nama`, `golongan`).
 * @returns One `kolom-wajib-tidak-ada` issue per missing field (empty when none).
 * @category Berkas
 * @example
 * import { matchKolom, kolomWajibKurang } from 'pengelolaan-kinerja/berkas';
 * const r = matchKolom(['NIP/NRP', 'NAMA', 'Golongan']);
 * r.success && kolomWajibKurang(r.data, ['NIP/NRP', 'NAMA', 'Golongan']).map((i) => i.code); //=> ['kolom-wajib-tidak-ada']
 */
export function kolomWajibKurang(
  cocok: CocokKolom,
  header: readonly string[],
  wajib: readonly Medan[] = WAJIB,
): readonly Issue[] {
  periksaObjek(cocok, 'cocok');
  periksaObjek((cocok as { indeks?: unknown }).indeks, 'cocok.indeks');
  periksaHeader(header);
  periksaHeader(wajib, 'wajib');
  const out: Issue[] = [];
  for (const medan of wajib) {
    if (cocok.indeks[medan] !== undefined) continue;
    const diterima = KOLOM_DIKENAL[medan].map((x) => `"${x.judul}"`).join(', ');
    const calon = cocok.laporan.diabaikan.find((d) => d.mungkin === medan);
    // Without a likely column, the first column used for nothing (never a row-number or a period column).
    const bebas = cocok.laporan.diabaikan.find((d) => d.nomorUrut !== true && d.kolom.trim() !== '');
    const judul = calon?.kolom ?? bebas?.kolom ?? '…';
    const baris = `"${medan}": ${JSON.stringify(judul)}`;
    out.push(
      issueOf(
        'kolom-wajib-tidak-ada',
        [medan],
        `Kolom ${medan} tidak ditemukan. Judul yang dikenal: ${diterima}.${calon === undefined ? '' : ` Mungkin kolom "${calon.kolom}".`} Jika kolomnya ada dengan judul lain, tulis di peta kolom: { ${baris} }.`,
        `Column ${medan} was not found. Headers accepted: ${diterima}.${calon === undefined ? '' : ` Perhaps column "${calon.kolom}".`} If the file has it under another header, write it in a column map: { ${baris} }.`,
        { medan, peta: baris },
      ),
    );
  }
  return Object.freeze(out);
}

/**
 * The column map the reader would use for a file, ready to edit and pass back as `--kolom`: every field found with
 * its column, every field not found as `""` (fill in the header, or leave it), the columns ignored under
 * `_diabaikan` (with the field each might be), and a `_petunjuk` note. Value maps of `peta` are kept.
 *
 * @param header - The file's header.
 * @param peta - The operator's column map so far (default: none).
 * @returns The map as a JSON object, ready to edit; throws `KinerjaError` `argumen-tidak-valid` for a header that is
 *   not a list of texts.
 * @category Berkas
 * @example
 * import { buildPetaKolom } from 'pengelolaan-kinerja/berkas';
 * const p = buildPetaKolom(['NIP BARU', 'NAMA', 'GOL AKHIR NAMA', 'Nilai SKP']);
 * p.nip; //=> 'NIP BARU'
 * p.predikat; //=> ''
 * p._diabaikan; //=> ['Nilai SKP']
 */
export function buildPetaKolom(header: readonly string[], peta: PetaKolom = {}): Readonly<Record<string, unknown>> {
  periksaHeader(header);
  periksaPeta(peta);
  const r = matchKolom(header, peta);
  const cocok = r.success ? r.data : unwrapTanpaPeta(header);
  const out: Record<string, unknown> = {
    _petunjuk:
      'Isi judul kolom berkas untuk medan yang kosong (""), atau biarkan kosong jika tidak ada. Kode nilai: { "medan": { "kolom": "…", "nilai": { "KODE": "arti" } } }. / Fill in the file\'s header for empty ("") fields, or leave them empty. Value codes: { "field": { "kolom": "…", "nilai": { "CODE": "meaning" } } }.',
  };
  for (const medan of MEDAN_BERKAS) {
    const i = cocok.indeks[medan];
    const judul = i === undefined ? '' : header[i]!;
    const p = peta[medan];
    out[medan] = typeof p === 'object' && p.nilai !== undefined ? { kolom: judul, nilai: { ...p.nilai } } : judul;
  }
  out['_diabaikan'] = cocok.laporan.diabaikan.map((d) =>
    d.nomorUrut === true
      ? `${d.kolom} (nomor urut/row number)`
      : d.mungkin === undefined
        ? d.kolom
        : `${d.kolom} (mungkin/perhaps: ${d.mungkin})`,
  );
  if (cocok.laporan.perPeriode !== undefined) out['_perPeriode'] = cocok.laporan.perPeriode.map((p) => p.kolom);
  return Object.freeze(out);
}

function unwrapTanpaPeta(header: readonly string[]): CocokKolom {
  const r = matchKolom(header);
  if (r.success) return r.data;
  /* c8 ignore next */
  return { indeks: {}, nilai: {}, laporan: { dipakai: [], diabaikan: [] } };
}

/**
 * Checks a column map read from JSON: an object whose keys are fields (or notes starting with `_`) and whose values
 * are a header (text) or `{ kolom?, nilai? }` with text values. Issues name each wrong key (`peta-kolom-tidak-valid`).
 *
 * @param json - Anything: the parsed map.
 * @returns The map, or a failed result with `peta-kolom-tidak-valid` for each wrong key.
 * @category Berkas
 * @example
 * import { validatePetaKolom } from 'pengelolaan-kinerja/berkas';
 * validatePetaKolom({ nip: 'NIP/NRP', _catatan: 'dinas X' }).success; //=> true
 * validatePetaKolom({ nipp: 'NIP' }).success; //=> false
 */
export function validatePetaKolom(json: unknown): Result<PetaKolom> {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail([
      issueOf(
        'peta-kolom-tidak-valid',
        [],
        'Peta kolom harus objek JSON { "medan": "judul kolom" }.',
        'A column map is a JSON object { "field": "column header" }.',
      ),
    ]);
  }
  const issues: Issue[] = [];
  const out: Record<string, string | PetaMedan> = {};
  const medanTeks = MEDAN_BERKAS.join(', ');
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (k.startsWith('_')) continue;
    if (!(MEDAN_BERKAS as readonly string[]).includes(k)) {
      issues.push(
        issueOf(
          'peta-kolom-tidak-valid',
          [k],
          `Peta kolom: medan "${k}" tidak dikenal (medan: ${medanTeks}).`,
          `Column map: unknown field "${k}" (fields: ${medanTeks}).`,
        ),
      );
      continue;
    }
    if (typeof v === 'string') {
      out[k] = v;
      continue;
    }
    const o = v as { kolom?: unknown; nilai?: unknown } | null;
    const nilaiSah =
      o !== null &&
      typeof o === 'object' &&
      (o.nilai === undefined ||
        (o.nilai !== null &&
          typeof o.nilai === 'object' &&
          !Array.isArray(o.nilai) &&
          Object.values(o.nilai).every((x) => typeof x === 'string')));
    if (
      o === null ||
      typeof o !== 'object' ||
      Array.isArray(o) ||
      (o.kolom !== undefined && typeof o.kolom !== 'string') ||
      !nilaiSah
    ) {
      issues.push(
        issueOf(
          'peta-kolom-tidak-valid',
          [k],
          `Peta kolom: ${k} harus teks (judul kolom) atau { "kolom": "…", "nilai": { "KODE": "arti" } }.`,
          `Column map: ${k} must be text (a header) or { "kolom": "…", "nilai": { "CODE": "meaning" } }.`,
        ),
      );
      continue;
    }
    out[k] = Object.freeze({
      ...(o.kolom === undefined ? {} : { kolom: o.kolom as string }),
      ...(o.nilai === undefined ? {} : { nilai: Object.freeze({ ...(o.nilai as Record<string, string>) }) }),
    });
  }
  return issues.length > 0 ? fail(issues) : ok(Object.freeze(out) as PetaKolom);
}
