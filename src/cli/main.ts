#!/usr/bin/env node
// The command line for the dinas operator: a spreadsheet in, PAK pages, a summary, SIASN bodies and a reconciliation
// out. The one place with fs and process; it uses only the library's public entry points and adds no rule of its own.
// Every command is one row of PERINTAH: its arguments, its options, its help text and its handler.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { getKetentuan, isKinerjaError, type KetentuanBerlaku, type Result } from 'pengelolaan-kinerja';
import {
  buildPetaKolom,
  formatRingkasanPak,
  kenaikanBerkas,
  MEDAN_BERKAS,
  MEDAN_SIASN,
  type PetaKolom,
  pakBerkas,
  rekonsiliasiBerkas,
  validatePetaKolom,
} from 'pengelolaan-kinerja/berkas';
import { batalkanSemua, Keluaran, kemajuan } from './keluaran';
import { bacaKopBerkas, bacaLogo } from './kop';
import { ringkasKolom } from './laporan';
import { bacaJson, bukaMasukan, GalatPemakaian } from './masukan';
import { kompak } from './memori';
import { bacaSemuaDataPegawai } from './pegawai';
import { type Bahasa, jalurContoh, pilih } from './teks';

/** A text in Bahasa Indonesia and in English. */
type Teks = readonly [id: string, en: string];

const PROGRAM = 'pengelolaan-kinerja';

/** An option: its kind for parseArgs, a one-letter form, and the value its help shows. */
interface Opsi {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** Given more than once (its value is then a list). */
  readonly multiple?: boolean;
  readonly nilai?: Teks;
}

/** The options a command may take. */
const OPSI = {
  keluar: { type: 'string', short: 'o', nilai: ['folder', 'folder'] },
  kolom: { type: 'string', nilai: ['peta.json', 'map.json'] },
  ketentuan: { type: 'string', nilai: ['id', 'id'] },
  kop: { type: 'string', nilai: ['kop.json', 'kop.json'] },
  pegawai: { type: 'string', multiple: true, nilai: ['data-pegawai.csv', 'employees.csv'] },
  pdf: { type: 'boolean' },
  gabung: { type: 'boolean' },
  'tanpa-html': { type: 'boolean' },
  draf: { type: 'boolean' },
} as const satisfies Record<string, Opsi>;
type NamaOpsi = keyof typeof OPSI;

/** The options of every command: the language (`--bahasa`, with `--lang` kept as its alias), help and version. */
const OPSI_UMUM = {
  bahasa: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type Nilai = {
  readonly [K in NamaOpsi]?: (typeof OPSI)[K] extends { multiple: true }
    ? readonly string[]
    : (typeof OPSI)[K]['type'] extends 'string'
      ? string
      : boolean;
};

/** What a handler gets: the language, the file arguments and the values of its options. */
interface Konteks {
  readonly bahasa: Bahasa;
  readonly berkas: readonly string[];
  readonly nilai: Nilai;
}

/** One command: its arguments, options, one-line summary, help text and handler (returns the exit code). */
interface Perintah {
  /** The arguments as the help shows them. */
  readonly argumen: Teks;
  /** How many file arguments: at least, at most. */
  readonly jumlah: readonly [number, number];
  readonly opsi: readonly NamaOpsi[];
  readonly ringkas: Teks;
  readonly bantuan: Teks;
  /** The example the help ends with: a command line after `npx pengelolaan-kinerja`. */
  readonly contoh: Teks;
  readonly jalankan: (k: Konteks) => Promise<number>;
}

/** The data of a run, or its refusal (a header the run cannot use) as a usage error: exit 2, nothing written. */
function hasil<T>(r: Result<T>): T {
  if (r.success) return r.data;
  const i = r.issues[0]!;
  // The library speaks of "the column map"; here it is a file given with --kolom.
  if (i.code.startsWith('kolom-'))
    throw new GalatPemakaian(
      i.code,
      `${i.message}\nPeta kolom yang siap disunting: ${PROGRAM} kolom <berkas>; pakai dengan --kolom peta.json.`,
      `${i.messageEn}\nA column map ready to edit: ${PROGRAM} kolom <file>; use it with --kolom map.json.`,
    );
  throw new GalatPemakaian(i.code, i.message, i.messageEn);
}

/** An input the operator named is a file that is there: else what to check (the folder it was looked for in). */
function pastikanAda(file: string, awalan = ''): void {
  if (!existsSync(file))
    throw new GalatPemakaian(
      'berkas',
      `${awalan}Berkas ${file} tidak ada. Periksa nama dan foldernya (dicari dari folder ${process.cwd()}); nama yang berspasi ditulis dalam tanda kutip.`,
      `${awalan}File ${file} does not exist. Check its name and folder (looked for from ${process.cwd()}); quote a name with spaces.`,
    );
  if (statSync(file).isDirectory())
    throw new GalatPemakaian(
      'berkas',
      `${awalan}${file} adalah folder, bukan berkas. Sebutkan berkasnya, mis. ${join(file, 'guru.csv')}.`,
      `${awalan}${file} is a folder, not a file. Name the file, e.g. ${join(file, 'guru.csv')}.`,
    );
}

/**
 * Reads `--kolom peta.json`: fields of the reader (a header, or { kolom, nilai } to map codes; checked by berkas'
 * validatePetaKolom) and, for `rekonsiliasi`, SIASN's rw-angkakredit field names (a header each). Keys starting with
 * `_` are notes.
 */
export function bacaPeta(file: string | undefined): { peta: PetaKolom; siasn: Readonly<Record<string, string>> } {
  if (file === undefined) return { peta: {}, siasn: {} };
  const isi = bacaJson(
    file,
    (sebab) =>
      new GalatPemakaian(
        'peta-kolom',
        `Peta kolom ${file} bukan JSON yang dapat dibaca (${sebab}). Buat yang siap disunting: ${PROGRAM} kolom <berkas> > ${file}`,
        `Column map ${file} is not readable JSON (${sebab}). Make one ready to edit: ${PROGRAM} kolom <file> > ${file}`,
      ),
  );
  const siasn: Record<string, string> = {};
  let utama: unknown = isi;
  if (isi !== null && typeof isi === 'object' && !Array.isArray(isi)) {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(isi)) {
      if ((MEDAN_SIASN as readonly string[]).includes(k) && !(MEDAN_BERKAS as readonly string[]).includes(k)) {
        if (typeof v !== 'string')
          throw new GalatPemakaian(
            'peta-kolom-tidak-valid',
            `Peta kolom: ${k} harus teks (judul kolom ekspor SIASN).`,
            `Column map: ${k} must be text (a header of the SIASN export).`,
          );
        siasn[k] = v;
      } else o[k] = v;
    }
    utama = o;
  }
  const r = validatePetaKolom(utama);
  if (!r.success) {
    throw new GalatPemakaian(
      r.issues[0]!.code,
      `${file}: ${r.issues.map((i) => i.message).join(' ')} (untuk rekonsiliasi juga: ${MEDAN_SIASN.join(', ')})`,
      `${file}: ${r.issues.map((i) => i.messageEn).join(' ')} (for rekonsiliasi also: ${MEDAN_SIASN.join(', ')})`,
    );
  }
  return { peta: r.data, siasn };
}

/** What the three runs share: the files exist, the rule set named by `--ketentuan`, the column map, the output folder. */
function siapkanRun(k: Konteks) {
  for (const f of k.berkas) pastikanAda(f);
  let ketentuan: KetentuanBerlaku | undefined;
  if (k.nilai.ketentuan !== undefined) {
    try {
      ketentuan = getKetentuan(k.nilai.ketentuan);
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      throw new GalatPemakaian('ketentuan', `--ketentuan: ${e.message}`, `--ketentuan: ${e.messageEn}`);
    }
  }
  const { peta, siasn } = bacaPeta(k.nilai.kolom);
  const opsi = { bahasa: k.bahasa, peta, kompak, ...(ketentuan === undefined ? {} : { ketentuan }) };
  return { opsi, petaSiasn: siasn, ketentuan, keluar: k.nilai.keluar ?? 'keluaran' };
}

async function jalankanPak(k: Konteks): Promise<number> {
  // --gabung joins the pages of a run; without HTML pages only the PDF can be joined.
  if (k.nilai.gabung === true && k.nilai['tanpa-html'] === true && k.nilai.pdf !== true)
    throw new GalatPemakaian(
      'opsi',
      '--gabung dan --tanpa-html tidak dapat dipakai bersama tanpa --pdf (satu pak.pdf saja: --pdf --gabung --tanpa-html).',
      '--gabung and --tanpa-html cannot be used together without --pdf (one pak.pdf only: --pdf --gabung --tanpa-html).',
    );
  const { opsi, ketentuan, keluar } = siapkanRun(k);
  if (k.nilai.kop !== undefined) pastikanAda(k.nilai.kop, '--kop: ');
  const kop = k.nilai.kop === undefined ? undefined : bacaKopBerkas(k.nilai.kop);
  const logo = k.nilai.kop === undefined || kop === undefined ? undefined : bacaLogo(k.nilai.kop, kop);
  for (const f of k.nilai.pegawai ?? []) pastikanAda(f, '--pegawai: ');
  const pegawai = await bacaSemuaDataPegawai(k.nilai.pegawai ?? [], (f) => bukaMasukan(f), k.bahasa);
  const m = await bukaMasukan(k.berkas[0]!);
  const out = new Keluaran(keluar);
  const h = hasil(
    await pakBerkas(m, out, {
      ...opsi,
      html: k.nilai['tanpa-html'] === true ? 'tidak' : k.nilai.gabung === true ? 'gabung' : 'per-guru',
      kemajuan: kemajuan('pak', m.kemajuan),
      ...(kop === undefined ? {} : { kop }),
      ...(pegawai === undefined ? {} : { pegawai }),
      ...(k.nilai.draf === true ? { draf: true } : {}),
      ...(logo === undefined ? {} : { logo }),
      pdf: k.nilai.pdf !== true ? 'tidak' : k.nilai.gabung === true ? 'gabung' : 'per-guru',
    }),
  );
  await out.selesai();
  const ringkasan = formatRingkasanPak(h, {
    bahasa: k.bahasa,
    keluar,
    ...(ketentuan === undefined ? {} : { ketentuan: ketentuan.id }),
  });
  process.stdout.write(`${ringkasKolom(h.kolom, k.bahasa)}\n${ringkasan}\n`);
  return h.ditolak > 0 || h.guruDitunda > 0 ? 1 : 0;
}

async function jalankanKenaikan(k: Konteks): Promise<number> {
  const { opsi, keluar } = siapkanRun(k);
  const m = await bukaMasukan(k.berkas[0]!);
  const out = new Keluaran(keluar);
  const h = hasil(await kenaikanBerkas(m, out, { ...opsi, keluar, kemajuan: kemajuan('kenaikan', m.kemajuan) }));
  await out.selesai();
  process.stdout.write(`${ringkasKolom(h.kolom, k.bahasa)}\n${h.ringkas}\n`);
  return h.ditolak > 0 ? 1 : 0;
}

async function jalankanRekonsiliasi(k: Konteks): Promise<number> {
  const { opsi, keluar, petaSiasn } = siapkanRun(k);
  const lokal = await bukaMasukan(k.berkas[0]!);
  const siasn = await bukaMasukan(k.berkas[1]!);
  const out = new Keluaran(keluar);
  const h = hasil(await rekonsiliasiBerkas({ lokal, siasn }, out, { ...opsi, keluar, petaSiasn }));
  await out.selesai();
  process.stdout.write(`${h.ringkas}\n`);
  // Documented: 1 when differences were found (or rows refused), 0 when the two sides agree.
  return h.selisih > 0 || h.ditolak > 0 ? 1 : 0;
}

async function jalankanKolom(k: Konteks): Promise<number> {
  const file = k.berkas[0]!;
  pastikanAda(file);
  const { peta: awal } = bacaPeta(k.nilai.kolom);
  const m = await bukaMasukan(file);
  process.stdout.write(`${JSON.stringify(buildPetaKolom(m.header, awal), null, 2)}\n`);
  const lanjut = pilih(
    k.bahasa,
    `kolom: peta kolom untuk ${file} di atas. Simpan (${PROGRAM} kolom ${file} > peta.json), isi judul kolom untuk medan yang kosong, lalu jalankan dengan --kolom peta.json.`,
    `kolom: the column map for ${file} above. Save it (${PROGRAM} kolom ${file} > map.json), fill in the headers of the empty fields, then run with --kolom map.json.`,
  );
  process.stderr.write(`${lanjut}\n`);
  return 0;
}

async function jalankanSkema(k: Konteks): Promise<number> {
  const tujuan = k.berkas[0]!;
  const sumber = join(__dirname, '..', 'schemas');
  mkdirSync(tujuan, { recursive: true });
  const daftar = readdirSync(sumber).filter((f) => f.endsWith('.json'));
  for (const f of daftar) copyFileSync(join(sumber, f), join(tujuan, f));
  const n = daftar.length;
  process.stdout.write(
    `${pilih(k.bahasa, `skema: ${n} JSON Schema → ${tujuan}/`, `skema: ${n} JSON Schemas → ${tujuan}/`)}\n`,
  );
  return 0;
}

async function jalankanHelp(k: Konteks): Promise<number> {
  const nama = k.berkas[0];
  process.stdout.write(`${bantuan(nama === undefined ? undefined : perintahBernama(nama), k.bahasa)}\n`);
  return 0;
}

const BERKAS_MASUKAN: Teks = ['<berkas>', '<file>'];

/** The commands. The general help lists them in this order. */
const PERINTAH = {
  pak: {
    argumen: BERKAS_MASUKAN,
    jumlah: [1, 1],
    opsi: ['keluar', 'kop', 'pegawai', 'pdf', 'gabung', 'tanpa-html', 'draf', 'kolom', 'ketentuan'],
    ringkas: [
      'halaman PAK per guru siap tanda tangan (HTML), ringkasan, diterima, galat, badan SIASN',
      'PAK pages per guru ready to sign (HTML), summary, accepted, errors, SIASN bodies',
    ],
    bantuan: [
      `Satu baris per periode konversi: NIP, Nama, Golongan (IV/b, IV b, Pembina Tk.I, …), Jabatan/Jenjang, Tahun dan Bulan
Mulai/Selesai (atau Tanggal Mulai/Selesai), Predikat (atau kuadran SIASN 1–5); opsional AK Dasar, AK Kumulatif 2022 /
Jumlah AK Konvensional (+ Golongan 2022) untuk integrasi, Unit Kerja, identitas (Gelar, Tempat/Tanggal Lahir, Jenis
Kelamin, Karpeg, TMT Golongan/Jabatan, Instansi); untuk badan SIASN: PNS ID, ID Riwayat Jabatan, Nomor SK, Tanggal SK.
Ketentuan mengikuti periode tiap baris; --ketentuan menimpanya (dan menyebut berapa baris yang berubah).
--kop kop.json: kop naskah dinas: {"pemerintah", "instansi", "alamat", "telepon", "laman", "email", "logo": "logo.png",
  "nomor": "800.1.11.1/{urut:4}/PAK/2027", "urutMulai", "tempat", "tanggal", "penetap": {"nama", "nip", "pangkat",
  "jabatan"}, "tembusan": [...], "tandaTangan": "basah" | "elektronik"} ({urut} bertambah per dokumen).
--pegawai: identitas per NIP dari berkas lain (ekspor Data Pegawai SIASN, Daftar Guru Dapodik; boleh diulang, yang
  pertama didahulukan); kolom berkas utama didahulukan.
--pdf: juga PDF tiap guru (Konversi, Akumulasi, Penetapan) di pak/<nip>.pdf, atau satu pak.pdf dengan --gabung.
--gabung: semua halaman dalam satu pak.html; --tanpa-html: tanpa halaman (--pdf --gabung --tanpa-html: satu pak.pdf saja).
--draf: cetak juga halaman guru yang ditunda (ada barisnya yang ditolak), bertanda DRAF di halaman, tanpa badan SIASN.
Keluaran: pak/<nip>.html (atau pak.html dengan --gabung), ringkasan.csv (per unit kerja lalu NIP), ringkasan-unit.csv,
diterima.csv (dengan nama, unit kerja, asumsi), galat.csv (NIP, nama, nilai tertulis, kolom, kode, pesan, jenis),
siasn-angkakredit.jsonl (bila ada kolom SIASN). Setiap kolom berkas disebut: dipakai atau diabaikan.
Kode keluar: 0 semua baris diterima, 1 ada baris ditolak (yang baik tetap ditulis), 2 tidak dijalankan (tanpa keluaran).`,
      `One row per konversi period: NIP, Nama, Golongan (IV/b, IV b, Pembina Tk.I, …), Jabatan/Jenjang, Tahun and Bulan
Mulai/Selesai (or Tanggal Mulai/Selesai), Predikat (or SIASN kuadran 1–5); optional AK Dasar, AK Kumulatif 2022 /
Jumlah AK Konvensional (+ Golongan 2022) for integrasi, Unit Kerja, identity (gelar, place/date of birth, sex, Karpeg,
TMT of golongan/jabatan, Instansi); for SIASN bodies: PNS ID, ID Riwayat Jabatan, Nomor SK, Tanggal SK.
The rule set follows each row's period; --ketentuan overrides it (and says how many rows it changed).
--kop kop.json: the letterhead: {"pemerintah", "instansi", "alamat", "telepon", "laman", "email", "logo": "logo.png",
  "nomor": "800.1.11.1/{urut:4}/PAK/2027", "urutMulai", "tempat", "tanggal", "penetap": {"nama", "nip", "pangkat",
  "jabatan"}, "tembusan": [...], "tandaTangan": "basah" | "elektronik"} ({urut} counts up per document).
--pegawai: identity by NIP from other files (SIASN's Data Pegawai export, Dapodik's Daftar Guru; may be repeated, the
  first one wins); the main file's columns come first.
--pdf: a PDF per guru too (Konversi, Akumulasi, Penetapan) in pak/<nip>.pdf, or one pak.pdf with --gabung.
--gabung: all pages in one pak.html; --tanpa-html: no pages (--pdf --gabung --tanpa-html: one pak.pdf only).
--draf: also print the pages of held guru (a line of theirs refused), marked DRAF on the page, without SIASN bodies.
Output: pak/<nip>.html (or pak.html with --gabung), ringkasan.csv (by unit kerja, then NIP), ringkasan-unit.csv,
diterima.csv (with name, unit kerja, assumptions), galat.csv (NIP, name, value as written, column, code, message, kind),
siasn-angkakredit.jsonl (with SIASN columns). Every column of the file is named: used or ignored.
Exit code: 0 all rows accepted, 1 some refused (the good ones still written), 2 not run (no output).`,
    ],
    contoh: [
      'pak examples/data/guru.csv --kop examples/data/kop.json --pegawai examples/data/data-pegawai.csv --keluar keluaran-pak',
      'pak examples/data/guru.csv --kop examples/data/kop.json --pegawai examples/data/data-pegawai.csv --keluar keluaran-pak',
    ],
    jalankan: jalankanPak,
  },
  kenaikan: {
    argumen: BERKAS_MASUKAN,
    jumlah: [1, 1],
    opsi: ['keluar', 'kolom', 'ketentuan'],
    ringkas: [
      'siapa memenuhi AK untuk pangkat/jenjang berikutnya, siapa kurang berapa',
      'who meets the AK of the next pangkat/jenjang, who is short by how much',
    ],
    bantuan: [
      `Masukan seperti pak. Keluaran kenaikan.csv: per guru (per unit kerja lalu NIP) kenaikan pangkat dan jenjang berikutnya,
AK syarat, selisih (negatif = kekurangan), predikat, status, prasyarat lain (uji kompetensi, formasi, masa kerja).`,
      `Input as for pak. Output kenaikan.csv: per guru (by unit kerja, then NIP) the next pangkat and jenjang, the AK needed,
the difference (negative = shortfall), predikat, status and the other preconditions (uji kompetensi, formasi, masa kerja).`,
    ],
    contoh: ['kenaikan examples/data/guru.csv', 'kenaikan examples/data/guru.csv'],
    jalankan: jalankanKenaikan,
  },
  rekonsiliasi: {
    argumen: ['<lokal> <ekspor-siasn>', '<local> <siasn-export>'],
    jumlah: [2, 2],
    opsi: ['keluar', 'kolom', 'ketentuan'],
    ringkas: [
      'selisih data lokal dan SIASN rw-angkakredit (dicocokkan dengan NIP atau PNS ID)',
      'differences between local data and SIASN rw-angkakredit (matched by NIP or PNS ID)',
    ],
    bantuan: [
      `<lokal> seperti masukan pak; <ekspor-siasn> ekspor rw-angkakredit SIASN apa adanya (pns, tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi), dengan kolom NIP atau, seperti ekspor SIASN sendiri, hanya PNS ID
(kolom pns; dicocokkan dengan kolom PNS ID berkas lokal); atau ekspor rw-skp22 (predikat tahunan sebagai kode kuadran
1–5, pnsDinilaiId) dibandingkan dengan baris Januari–Desember berkas lokal. --kolom berlaku untuk kedua berkas.
Keluaran rekonsiliasi.csv: nip, pns_id, nama, kode, sisi, baris, medan, pesan; galat.csv.
Kode keluar: 0 tidak ada selisih, 1 ada selisih atau baris ditolak, 2 tidak dijalankan.`,
      `<local> as the pak input; <siasn-export> SIASN's rw-angkakredit export as it comes (pns, tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi), with a NIP column or, as SIASN's own export, only the PNS ID
(column pns; matched with the local file's PNS ID column); or an rw-skp22 export (the yearly predikat as kuadran codes
1–5, pnsDinilaiId) compared with the local file's January–December rows. --kolom applies to both files.
Output rekonsiliasi.csv: nip, pns_id, nama, kode, sisi, baris, medan, pesan; galat.csv.
Exit code: 0 no differences, 1 differences or refused rows, 2 not run.`,
    ],
    contoh: [
      'rekonsiliasi examples/data/guru.csv examples/data/siasn-rw-angkakredit.csv',
      'rekonsiliasi examples/data/guru.csv examples/data/siasn-rw-angkakredit.csv',
    ],
    jalankan: jalankanRekonsiliasi,
  },
  kolom: {
    argumen: BERKAS_MASUKAN,
    jumlah: [1, 1],
    opsi: ['kolom'],
    ringkas: [
      'peta kolom yang dipakai untuk berkas itu (JSON siap disunting untuk --kolom)',
      'the column map used for that file (JSON, ready to edit for --kolom)',
    ],
    bantuan: [
      `Menulis (ke layar) peta kolom yang akan dipakai untuk berkas itu: setiap medan dengan judul kolomnya, medan yang tidak
ditemukan sebagai "" (isi judulnya), kolom yang diabaikan di "_diabaikan". Kode nilai: { "predikat": { "kolom": "Nilai",
"nilai": { "SB": "Sangat Baik" } } }. Simpan, sunting, lalu pakai dengan --kolom.`,
      `Writes (to the screen) the column map used for that file: each field with its header, fields not found as "" (fill in
the header), ignored columns under "_diabaikan". Value codes: { "predikat": { "kolom": "Nilai", "nilai": { "SB":
"Sangat Baik" } } }. Save it, edit it, then use it with --kolom.`,
    ],
    contoh: ['kolom guru.csv > peta.json', 'kolom guru.csv > map.json'],
    jalankan: jalankanKolom,
  },
  skema: {
    argumen: ['<folder>', '<folder>'],
    jumlah: [1, 1],
    opsi: [],
    ringkas: ['menulis JSON Schema dokumen pustaka ke folder', "writes the library's JSON Schemas to a folder"],
    bantuan: [
      'Menulis JSON Schema (draft 2020-12) dokumen pustaka ke <folder>.',
      "Writes the JSON Schemas (draft 2020-12) of the library's documents to <folder>.",
    ],
    contoh: ['skema ./skema', 'skema ./schemas'],
    jalankan: jalankanSkema,
  },
  help: {
    argumen: ['[perintah]', '[command]'],
    jumlah: [0, 1],
    opsi: [],
    ringkas: ['bantuan umum, atau bantuan satu perintah', 'this help, or the help of one command'],
    bantuan: ['Sama dengan --help.', 'The same as --help.'],
    contoh: ['help pak', 'help pak'],
    jalankan: jalankanHelp,
  },
} as const satisfies Record<string, Perintah>;
type NamaPerintah = keyof typeof PERINTAH;

const NAMA_PERINTAH = Object.keys(PERINTAH) as NamaPerintah[];

/** The command of that name, or a usage error that lists the commands. */
function perintahBernama(nama: string): NamaPerintah {
  if (Object.hasOwn(PERINTAH, nama)) return nama as NamaPerintah;
  const daftar = NAMA_PERINTAH.join(', ');
  throw new GalatPemakaian(
    'perintah',
    `Perintah "${nama}" tidak dikenal. Perintah: ${daftar}. Lihat: ${PROGRAM} help`,
    `Unknown command "${nama}". Commands: ${daftar}. See: ${PROGRAM} help`,
  );
}

/** A command's first help line: its name, arguments and options. */
function pemakaian(nama: NamaPerintah, bahasa: Bahasa): string {
  const p: Perintah = PERINTAH[nama];
  const opsi = p.opsi.map((o) => {
    const d: Opsi = OPSI[o];
    return d.nilai === undefined ? `[--${o}]` : `[--${o} ${pilih(bahasa, ...d.nilai)}]`;
  });
  const baris = [`${PROGRAM} ${nama} ${pilih(bahasa, ...p.argumen)}`];
  for (const o of [...opsi, '[--bahasa en]']) {
    if (baris.at(-1)!.length + o.length < 118) baris[baris.length - 1] += ` ${o}`;
    else baris.push(`${' '.repeat(PROGRAM.length + nama.length + 2)}${o}`);
  }
  return baris.join('\n');
}

const UMUM: Teks = [
  `Berkas: CSV (, ; atau tab; UTF-8, UTF-16 "Unicode text", Windows-1252), XLSX, tabel HTML yang disimpan sebagai .xls:
ekspor SIASN (Data Pegawai, rw-angkakredit, rw-skp22, rw-kinerjaperiodik), e-Kinerja, templat aplikasi PAK, templat sendiri.
Keluaran ditulis seperti masukannya (pemisah, desimal koma, BOM, akhir baris; XLSX untuk XLSX).
Opsi umum: --bahasa <id|en> (atau --lang), --help, --version. Opsi tiap perintah: ${PROGRAM} help <perintah>.
Kode keluar: 0 semua baik; 1 ada baris ditolak atau selisih (yang baik tetap ditulis); 2 tidak dijalankan (salah pakai,
berkas tak terbaca, galat internal): tidak ada keluaran yang ditulis.
Contoh: npx ${PROGRAM} pak guru.csv --kop kop.json --keluar pak-2027`,
  `Files: CSV (, ; or tab; UTF-8, UTF-16 "Unicode text", Windows-1252), XLSX, HTML tables saved as .xls: SIASN exports
(Data Pegawai, rw-angkakredit, rw-skp22, rw-kinerjaperiodik), e-Kinerja, PAK app templates, your own template.
Output is written as the input was (separator, decimal comma, BOM, line ending; XLSX for XLSX).
Common options: --bahasa <id|en> (or --lang), --help, --version. Each command's options: ${PROGRAM} help <command>.
Exit code: 0 all good; 1 some rows refused or differences found (the good ones still written); 2 not run (misuse,
unreadable file, internal error): no output written.
Example: npx ${PROGRAM} pak guru.csv --kop kop.json --keluar pak-2027`,
];

/**
 * The shipped sample's folder (it is in the package) as the operator types it from here: `examples/data` in a clone,
 * `node_modules/pengelolaan-kinerja/examples/data` in a project that installed it, the whole path otherwise (npx).
 */
function folderContoh(): string {
  const dir = join(__dirname, '..', 'examples', 'data');
  const rel = relative(process.cwd(), dir);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** The help of one command, or the general help (every command with its one-line summary) when none is named. */
function bantuan(nama: NamaPerintah | undefined, bahasa: Bahasa): string {
  if (nama !== undefined) {
    const p: Perintah = PERINTAH[nama];
    const perintah = jalurContoh(pilih(bahasa, ...p.contoh), folderContoh(), sep);
    const contoh = `${pilih(bahasa, 'Contoh', 'Example')}: npx ${PROGRAM} ${perintah}`;
    return `${pemakaian(nama, bahasa)}\n\n${pilih(bahasa, ...p.bantuan)}\n${contoh}`;
  }
  const baris = NAMA_PERINTAH.map((n) => {
    const p: Perintah = PERINTAH[n];
    return `  ${`${n} ${pilih(bahasa, ...p.argumen)}`.padEnd(36)}${pilih(bahasa, ...p.ringkas)}`;
  });
  const judul = pilih(
    bahasa,
    `${PROGRAM} <perintah> [opsi]\n\nPerintah:`,
    `${PROGRAM} <command> [options]\n\nCommands:`,
  );
  return `${judul}\n${baris.join('\n')}\n\n${pilih(bahasa, ...UMUM)}`;
}

/** The package's version, from the package.json beside dist/. */
function versi(): string {
  const paket: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  return String((paket as { version?: unknown }).version);
}

/** The language asked for, read before the options are parsed (so a parse error is said in it too). */
export function bahasaDari(argv: readonly string[]): Bahasa {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--bahasa' || a === '--lang') {
      if (argv[i + 1] === 'en') return 'en';
    } else if (a === '--bahasa=en' || a === '--lang=en') return 'en';
  }
  return 'id';
}

function pilihBahasa(nilai: { readonly bahasa?: string | undefined; readonly lang?: string | undefined }): Bahasa {
  const b = nilai.bahasa ?? nilai.lang;
  if (b !== undefined && b !== 'id' && b !== 'en')
    throw new GalatPemakaian('opsi', '--bahasa harus id atau en.', '--bahasa must be id or en.');
  return b === 'en' ? 'en' : 'id';
}

/** Every option any command takes, for the first pass that only looks for the command's name. */
type OpsiParse = NonNullable<ParseArgsConfig['options']>;
const SEMUA_OPSI: OpsiParse = { ...OPSI_UMUM, ...OPSI };

/** Parses the arguments in two passes: find the command, then read strictly the options that command takes. */
function bacaArgumen(argv: readonly string[]) {
  const awal = parseArgs({ args: [...argv], allowPositionals: true, strict: false, options: SEMUA_OPSI });
  const pertama = awal.positionals[0];
  const nama = pertama === undefined ? undefined : perintahBernama(pertama);
  const options: OpsiParse = { ...OPSI_UMUM };
  for (const o of nama === undefined ? [] : (PERINTAH[nama] as Perintah).opsi) options[o] = OPSI[o];
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  const v = values as Nilai & { bahasa?: string; lang?: string; help?: boolean; version?: boolean };
  return { nama, berkas: positionals.slice(1), nilai: v, bahasa: pilihBahasa(v) };
}

async function jalankan(argv: readonly string[]): Promise<number> {
  const { nama, berkas, nilai, bahasa } = bacaArgumen(argv);
  if (nilai.version === true) {
    process.stdout.write(`${versi()}\n`);
    return 0;
  }
  if (nilai.help === true || nama === undefined) {
    process.stdout.write(`${bantuan(nama, bahasa)}\n`);
    return nama === undefined && nilai.help !== true ? 2 : 0;
  }
  const p: Perintah = PERINTAH[nama];
  const [min, max] = p.jumlah;
  if (berkas.length < min || berkas.length > max) {
    const n = min === max ? `${min}` : `${min}–${max}`;
    throw new GalatPemakaian(
      'argumen',
      `${nama} memerlukan ${n} argumen (${nama} ${p.argumen[0]}). Lihat: ${PROGRAM} help ${nama}`,
      `${nama} takes ${n} argument(s) (${nama} ${p.argumen[1]}). See: ${PROGRAM} help ${nama}`,
    );
  }
  return p.jalankan({ bahasa, berkas, nilai });
}

/** The command named among the arguments, if any. */
const perintahDi = (argv: readonly string[]): string | undefined => argv.find((a) => Object.hasOwn(PERINTAH, a));

/** An option Node's parseArgs refused, said in the operator's language (parseArgs speaks English). */
function pesanOpsi(e: TypeError & { code: string }, argv: readonly string[]): Teks {
  const opsi = /--?[\w-]+/.exec(/'([^']+)'/.exec(e.message)?.[1] ?? '')?.[0] ?? '';
  const nama = opsi.replace(/^-+/, '');
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return [
      `opsi ${opsi} memerlukan nilai (mis. --keluar folder).`,
      `option ${opsi} needs a value (e.g. --keluar folder).`,
    ];
  if (e.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return [`perintah tidak dapat dibaca (${e.message}).`, e.message];
  const perintah = perintahDi(argv);
  if (Object.hasOwn(OPSI, nama) && perintah !== undefined)
    return [`opsi --${nama} tidak berlaku untuk ${perintah}.`, `option --${nama} does not apply to ${perintah}.`];
  return [`opsi ${opsi} tidak dikenal.`, `unknown option ${opsi}.`];
}

const GALAT_BERKAS = ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EROFS', 'EBUSY'];

/** What the operator reads when a run stops: a usage error, a refused option, a file the system refused, or a fault. */
function pesanGagal(e: unknown, argv: readonly string[], bahasa: Bahasa): string {
  const galat = pilih(bahasa, 'galat', 'error');
  if (e instanceof GalatPemakaian) return `${galat}: ${pilih(bahasa, e.message, e.messageEn)}`;
  const kode = e !== null && typeof e === 'object' ? String((e as { code?: unknown }).code) : '';
  if (e instanceof TypeError && kode.startsWith('ERR_PARSE_ARGS')) {
    const pesan = pilih(bahasa, ...pesanOpsi(e as TypeError & { code: string }, argv));
    // The help of the command named, where there is one: its options are there.
    const perintah = perintahDi(argv);
    const bantu = perintah === undefined ? `${PROGRAM} help` : `${PROGRAM} help ${perintah}`;
    return `${galat}: ${pesan}\n${pilih(bahasa, `Lihat: ${bantu}`, `See: ${bantu}`)}`;
  }
  if (GALAT_BERKAS.includes(kode)) {
    const p = (e as NodeJS.ErrnoException).path ?? '';
    return `${galat}: ${pilih(
      bahasa,
      `tidak dapat membaca atau menulis ${p} (${kode}). Periksa izin folder, ruang disk, atau tutup berkas itu di Excel, lalu jalankan lagi. Tidak ada keluaran yang ditulis.`,
      `cannot read or write ${p} (${kode}). Check the folder's permissions, the disk space, or close the file in Excel, and run again. No output was written.`,
    )}`;
  }
  return pesanInternal(e, bahasa);
}

const ISSUES = 'https://github.com/pengelolaan-kinerja/pengelolaan-kinerja/issues';

/** One line for a fault of the program itself (never a stack trace; PK_DEBUG=1 adds it for a developer). */
export function pesanInternal(e: unknown, bahasa: Bahasa): string {
  const inti = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ').slice(0, 300);
  const baris = pilih(
    bahasa,
    `galat internal (bukan kesalahan berkas Anda): ${inti}. Tidak ada keluaran yang ditulis. Laporkan di ${ISSUES} dengan baris pertama berkas (baris judul kolom), perintah yang dijalankan, dan pesan ini.`,
    `internal error (not a fault of your file): ${inti}. No output was written. Report it at ${ISSUES} with the file's first line (the header), the command you ran and this message.`,
  );
  return process.env['PK_DEBUG'] === '1' && e instanceof Error ? `${baris}\n${e.stack ?? ''}` : baris;
}

/** Runs the command line on its arguments and returns the exit code: 0 all good, 1 rows refused, 2 not run. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await jalankan(argv);
  } catch (e) {
    batalkanSemua();
    process.stderr.write(`${pesanGagal(e, argv, bahasaDari(argv))}\n`);
    return 2;
  }
}

/** Wires the process: faults, Ctrl-C and an exit before the run settled each end with code 2 and nothing written. */
function mulaiProses(): void {
  let selesai = false;
  const bahasa = bahasaDari(process.argv.slice(2));
  // Node's own warnings (an experimental API such as the collection in memori.ts, a deprecation) are for developers:
  // the operator cannot act on them. PK_DEBUG=1 keeps them.
  if (process.env['PK_DEBUG'] !== '1') process.removeAllListeners('warning');
  const gagal = (e: unknown) => {
    if (selesai) return;
    selesai = true;
    batalkanSemua();
    process.stderr.write(`${pesanInternal(e, bahasa)}\n`);
    process.exitCode = 2;
  };
  process.on('uncaughtException', gagal);
  process.on('unhandledRejection', gagal);
  // Ctrl-C: the run stops, nothing half-written is left.
  process.on('SIGINT', () => {
    batalkanSemua();
    process.stderr.write(
      `${pilih(bahasa, 'dihentikan: tidak ada keluaran yang ditulis.', 'stopped: no output was written.')}\n`,
    );
    process.exit(2);
  });
  // A promise that never settles would let Node exit with 0 and no output: never let that pass silently.
  process.on('exit', () => {
    if (selesai) return;
    batalkanSemua();
    process.stderr.write(
      `${pilih(bahasa, 'galat internal: proses berhenti sebelum selesai; tidak ada keluaran yang ditulis. Laporkan dengan baris pertama berkas.', "internal error: the process stopped before finishing; no output was written. Report it with the file's first line.")}\n`,
    );
    process.exitCode = 2;
  });
  main(process.argv.slice(2)).then((kode) => {
    selesai = true;
    process.exitCode = kode;
  }, gagal);
}

if (require.main === module) mulaiProses();
