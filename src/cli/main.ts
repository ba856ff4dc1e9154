#!/usr/bin/env node
// The command line for the dinas operator: a spreadsheet in, PAK pages, a summary, SIASN bodies and a reconciliation
// out. The one place with fs and process; it uses only the library's public entry points and adds no rule of its own.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getKetentuan, isKinerjaError, type KetentuanBerlaku } from 'pengelolaan-kinerja';
import {
  buildPetaKolom,
  formatRingkasanPak,
  kenaikanBerkas,
  MEDAN_BERKAS,
  MEDAN_SIASN,
  pakBerkas,
  rekonsiliasiBerkas,
  validatePetaKolom,
  type PetaKolom,
} from 'pengelolaan-kinerja/berkas';
import type { Result } from 'pengelolaan-kinerja';
import { bukaMasukan, GalatPemakaian } from './masukan';
import { batalkanSemua, kemajuan, Keluaran, kompak } from './keluaran';
import { bacaKopBerkas } from './kop';
import { bacaDataPegawai } from './pegawai';
import { ringkasKolom } from './laporan';
import { pilih, type Bahasa } from './teks';

/** The data of a run, or its refusal (a header the run cannot use) as a usage error: exit 2, nothing written. */
function hasil<T>(r: Result<T>): T {
  if (r.success) return r.data;
  const i = r.issues[0]!;
  throw new GalatPemakaian(i.code, i.message, i.messageEn);
}

const BANTUAN: Record<string, [string, string]> = {
  umum: [
    `pengelolaan-kinerja <perintah> [opsi]

Perintah:
  pak <berkas>                        halaman PAK per guru siap tanda tangan (HTML), ringkasan, diterima, galat, badan SIASN
  kenaikan <berkas>                   siapa memenuhi AK untuk pangkat/jenjang berikutnya, siapa kurang berapa
  rekonsiliasi <lokal> <ekspor-siasn> selisih data lokal dan SIASN rw-angkakredit (dicocokkan dengan NIP atau PNS ID)
  kolom <berkas>                      peta kolom yang dipakai untuk berkas itu (JSON siap disunting untuk --kolom)
  skema <folder>                      menulis JSON Schema dokumen pustaka ke folder

Berkas: CSV (, ; atau tab; UTF-8, UTF-16 "Unicode text", Windows-1252), XLSX, tabel HTML yang disimpan sebagai .xls:
ekspor SIASN (Data Pegawai, rw-angkakredit, rw-skp22, rw-kinerjaperiodik), e-Kinerja, templat aplikasi PAK, templat sendiri.
Keluaran ditulis seperti masukannya (pemisah, desimal koma, BOM, akhir baris; XLSX untuk XLSX).
Opsi umum: --keluar <folder> (bawaan ./keluaran), --kolom <peta.json>, --ketentuan <2023|2024|2025|2026>, --lang en, --help
Kode keluar: 0 semua baik; 1 ada baris ditolak atau selisih (yang baik tetap ditulis); 2 tidak dijalankan (salah pakai,
berkas tak terbaca, galat internal): tidak ada keluaran yang ditulis.
Contoh: npx pengelolaan-kinerja pak guru.csv --kop kop.json --keluar pak-2027`,
    `pengelolaan-kinerja <command> [options]

Commands:
  pak <file>                          PAK pages per guru ready to sign (HTML), summary, accepted, errors, SIASN bodies
  kenaikan <file>                     who meets the AK of the next pangkat/jenjang, who is short by how much
  rekonsiliasi <local> <siasn-export> differences between local data and SIASN rw-angkakredit (matched by NIP or PNS ID)
  kolom <file>                        the column map used for that file (JSON, ready to edit for --kolom)
  skema <folder>                      writes the library's JSON Schemas to a folder

Files: CSV (, ; or tab; UTF-8, UTF-16 "Unicode text", Windows-1252), XLSX, HTML tables saved as .xls: SIASN exports
(Data Pegawai, rw-angkakredit, rw-skp22, rw-kinerjaperiodik), e-Kinerja, PAK app templates, your own template.
Output is written as the input was (separator, decimal comma, BOM, line ending; XLSX for XLSX).
Common options: --keluar <folder> (default ./keluaran), --kolom <map.json>, --ketentuan <2023|2024|2025|2026>, --lang en, --help
Exit code: 0 all good; 1 some rows refused or differences found (the good ones still written); 2 not run (misuse,
unreadable file, internal error): no output written.
Example: npx pengelolaan-kinerja pak guru.csv --kop kop.json --keluar pak-2027`,
  ],
  pak: [
    `pengelolaan-kinerja pak <berkas> [--keluar folder] [--kop kop.json] [--pegawai data-pegawai.csv] [--gabung | --tanpa-html]
                        [--kolom peta.json] [--ketentuan id] [--lang en]

Satu baris per periode konversi: NIP, Nama, Golongan (IV/b, IV b, Pembina Tk.I, …), Jabatan/Jenjang, Tahun dan Bulan
Mulai/Selesai (atau Tanggal Mulai/Selesai), Predikat (atau kuadran SIASN 1–5); opsional AK Dasar, AK Kumulatif 2022 /
Jumlah AK Konvensional (+ Golongan 2022) untuk integrasi, Unit Kerja, identitas (Gelar, Tempat/Tanggal Lahir, Jenis
Kelamin, Karpeg, TMT Golongan/Jabatan, Instansi); untuk badan SIASN: PNS ID, ID Riwayat Jabatan, Nomor SK, Tanggal SK.
Ketentuan mengikuti periode tiap baris; --ketentuan menimpanya (dan menyebut berapa baris yang berubah).
--kop kop.json: kop halaman: {"instansi", "nomor": "800.1.11.1/{urut:4}/PAK/2027", "urutMulai", "tempat", "tanggal",
  "penetap": {"nama", "nip", "pangkat", "jabatan"}, "tembusan": [...]} ({urut} bertambah per guru).
--pegawai: identitas per NIP dari berkas lain (ekspor Data Pegawai SIASN); kolom berkas utama didahulukan.
Keluaran: pak/<nip>.html (atau pak.html dengan --gabung), ringkasan.csv (per unit kerja lalu NIP), ringkasan-unit.csv,
diterima.csv (dengan nama, unit kerja, asumsi), galat.csv (NIP, nama, nilai tertulis, kolom, kode, pesan, jenis),
siasn-angkakredit.jsonl (bila ada kolom SIASN). Setiap kolom berkas disebut: dipakai atau diabaikan.
Kode keluar: 0 semua baris diterima, 1 ada baris ditolak (yang baik tetap ditulis), 2 tidak dijalankan (tanpa keluaran).
Contoh: npx pengelolaan-kinerja pak examples/data/guru.csv --kop examples/data/kop.json --keluar keluaran-pak`,
    `pengelolaan-kinerja pak <file> [--keluar folder] [--kop kop.json] [--pegawai employees.csv] [--gabung | --tanpa-html]
                        [--kolom map.json] [--ketentuan id] [--lang en]

One row per konversi period: NIP, Nama, Golongan (IV/b, IV b, Pembina Tk.I, …), Jabatan/Jenjang, Tahun and Bulan
Mulai/Selesai (or Tanggal Mulai/Selesai), Predikat (or SIASN kuadran 1–5); optional AK Dasar, AK Kumulatif 2022 /
Jumlah AK Konvensional (+ Golongan 2022) for integrasi, Unit Kerja, identity (gelar, place/date of birth, sex, Karpeg,
TMT of golongan/jabatan, Instansi); for SIASN bodies: PNS ID, ID Riwayat Jabatan, Nomor SK, Tanggal SK.
The rule set follows each row's period; --ketentuan overrides it (and says how many rows it changed).
--kop kop.json: the pages' letterhead: {"instansi", "nomor": "800.1.11.1/{urut:4}/PAK/2027", "urutMulai", "tempat",
  "tanggal", "penetap": {"nama", "nip", "pangkat", "jabatan"}, "tembusan": [...]} ({urut} counts up per guru).
--pegawai: identity by NIP from another file (SIASN's Data Pegawai export); the main file's columns come first.
Output: pak/<nip>.html (or pak.html with --gabung), ringkasan.csv (by unit kerja, then NIP), ringkasan-unit.csv,
diterima.csv (with name, unit kerja, assumptions), galat.csv (NIP, name, value as written, column, code, message, kind),
siasn-angkakredit.jsonl (with SIASN columns). Every column of the file is named: used or ignored.
Exit code: 0 all rows accepted, 1 some refused (the good ones still written), 2 not run (no output).
Example: npx pengelolaan-kinerja pak examples/data/guru.csv --kop examples/data/kop.json --keluar keluaran-pak`,
  ],
  rekonsiliasi: [
    `pengelolaan-kinerja rekonsiliasi <lokal> <ekspor-siasn> [--keluar folder] [--kolom peta.json] [--lang en]

<lokal> seperti masukan pak; <ekspor-siasn> ekspor rw-angkakredit SIASN apa adanya (pns, tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi), dengan kolom NIP atau, seperti ekspor SIASN sendiri, hanya PNS ID
(kolom pns; dicocokkan dengan kolom PNS ID berkas lokal); atau ekspor rw-skp22 (predikat tahunan sebagai kode kuadran
1–5, pnsDinilaiId) dibandingkan dengan baris Januari–Desember berkas lokal. --kolom berlaku untuk kedua berkas.
Keluaran rekonsiliasi.csv: nip, pns_id, nama, kode, sisi, baris, medan, pesan; galat.csv.
Kode keluar: 0 tidak ada selisih, 1 ada selisih atau baris ditolak, 2 tidak dijalankan.
Contoh: npx pengelolaan-kinerja rekonsiliasi examples/data/guru.csv examples/data/siasn-rw-angkakredit.csv`,
    `pengelolaan-kinerja rekonsiliasi <local> <siasn-export> [--keluar folder] [--kolom map.json] [--lang en]

<local> as the pak input; <siasn-export> SIASN's rw-angkakredit export as it comes (pns, tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi), with a NIP column or, as SIASN's own export, only the PNS ID
(column pns; matched with the local file's PNS ID column); or an rw-skp22 export (the yearly predikat as kuadran codes
1–5, pnsDinilaiId) compared with the local file's January–December rows. --kolom applies to both files.
Output rekonsiliasi.csv: nip, pns_id, nama, kode, sisi, baris, medan, pesan; galat.csv.
Exit code: 0 no differences, 1 differences or refused rows, 2 not run.
Example: npx pengelolaan-kinerja rekonsiliasi examples/data/guru.csv examples/data/siasn-rw-angkakredit.csv`,
  ],
  kenaikan: [
    `pengelolaan-kinerja kenaikan <berkas> [--keluar folder] [--kolom peta.json] [--lang en]

Masukan seperti pak. Keluaran kenaikan.csv: per guru (per unit kerja lalu NIP) kenaikan pangkat dan jenjang berikutnya,
AK syarat, selisih (negatif = kekurangan), predikat, status, prasyarat lain (uji kompetensi, formasi, masa kerja).
Contoh: npx pengelolaan-kinerja kenaikan examples/data/guru.csv`,
    `pengelolaan-kinerja kenaikan <file> [--keluar folder] [--kolom map.json] [--lang en]

Input as for pak. Output kenaikan.csv: per guru (by unit kerja, then NIP) the next pangkat and jenjang, the AK needed,
the difference (negative = shortfall), predikat, status and the other preconditions (uji kompetensi, formasi, masa kerja).
Example: npx pengelolaan-kinerja kenaikan examples/data/guru.csv`,
  ],
  kolom: [
    `pengelolaan-kinerja kolom <berkas> [--kolom peta.json]

Menulis (ke layar) peta kolom yang akan dipakai untuk berkas itu: setiap medan dengan judul kolomnya, medan yang tidak
ditemukan sebagai "" (isi judulnya), kolom yang diabaikan di "_diabaikan". Kode nilai: { "predikat": { "kolom": "Nilai",
"nilai": { "SB": "Sangat Baik" } } }. Simpan, sunting, lalu pakai dengan --kolom.
Contoh: npx pengelolaan-kinerja kolom guru.csv > peta.json`,
    `pengelolaan-kinerja kolom <file> [--kolom map.json]

Writes (to the screen) the column map used for that file: each field with its header, fields not found as "" (fill in
the header), ignored columns under "_diabaikan". Value codes: { "predikat": { "kolom": "Nilai", "nilai": { "SB":
"Sangat Baik" } } }. Save it, edit it, then use it with --kolom.
Example: npx pengelolaan-kinerja kolom guru.csv > map.json`,
  ],
  skema: [
    'pengelolaan-kinerja skema <folder>\n\nMenulis JSON Schema (draft 2020-12) dokumen pustaka ke <folder>.\nContoh: npx pengelolaan-kinerja skema ./skema',
    "pengelolaan-kinerja skema <folder>\n\nWrites the JSON Schemas (draft 2020-12) of the library's documents to <folder>.\nExample: npx pengelolaan-kinerja skema ./schemas",
  ],
};

/**
 * Reads `--kolom peta.json`: fields of the reader (a header, or { kolom, nilai } to map codes; checked by berkas'
 * validatePetaKolom) and, for `rekonsiliasi`, SIASN's rw-angkakredit field names (a header each). Keys starting with
 * `_` are notes.
 */
export function bacaPeta(file: string | undefined): { peta: PetaKolom; siasn: Readonly<Record<string, string>> } {
  if (file === undefined) return { peta: {}, siasn: {} };
  let isi: unknown;
  try {
    isi = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    const sebab = e instanceof SyntaxError ? e.message : String((e as { code?: unknown }).code ?? e);
    throw new GalatPemakaian(
      'peta-kolom',
      `Peta kolom ${file} bukan JSON yang dapat dibaca (${sebab}). Buat yang siap disunting: pengelolaan-kinerja kolom <berkas> > ${file}`,
      `Column map ${file} is not readable JSON (${sebab}). Make one ready to edit: pengelolaan-kinerja kolom <file> > ${file}`,
    );
  }
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

/** A CSV the parser could not read as a whole (the reader turns a bad line into a refused row; this is the rest). */
function galatCsv(e: unknown): string | null {
  if (e === null || typeof e !== 'object') return null;
  const x = e as { name?: unknown; code?: unknown; message?: unknown };
  const kode = typeof x.code === 'string' ? x.code : '';
  return x.name === 'CsvError' || kode.startsWith('CSV_') || /^(INVALID_|CSV_|NON_TRIMABLE|UNEXPECTED_)/.test(kode)
    ? String(x.message)
    : null;
}

export async function main(argv: readonly string[]): Promise<number> {
  let bahasa: Bahasa = argv.includes('--lang') && argv[argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'id';
  try {
    return await jalankan(argv, (b) => (bahasa = b));
  } catch (e) {
    batalkanSemua();
    if (e instanceof GalatPemakaian) {
      process.stderr.write(`${pilih(bahasa, 'galat', 'error')}: ${pilih(bahasa, e.pesan, e.pesanEn)}\n`);
      return 2;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true) {
      // Node's parseArgs speaks English: say it in the operator's language, with the option it named.
      const kode = (e as unknown as { code: string }).code;
      const opsi = /'([^']+)'/.exec(e.message)?.[1] ?? '';
      const pesan =
        kode === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
          ? pilih(bahasa, `opsi ${opsi} tidak dikenal.`, `unknown option ${opsi}.`)
          : kode === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
            ? pilih(
                bahasa,
                `opsi ${opsi} memerlukan nilai (mis. --keluar folder).`,
                `option ${opsi} needs a value (e.g. --keluar folder).`,
              )
            : pilih(bahasa, `perintah tidak dapat dibaca (${e.message}).`, e.message);
      process.stderr.write(
        `${pilih(bahasa, 'galat', 'error')}: ${pesan}\n${pilih(bahasa, 'Lihat --help.', 'See --help.')}\n`,
      );
      return 2;
    }
    const csv = galatCsv(e);
    if (csv !== null) {
      process.stderr.write(
        `${pilih(bahasa, 'galat: CSV tidak dapat dibaca', 'error: the CSV cannot be read')}: ${csv.replace(/\s+/g, ' ')}. ${pilih(bahasa, 'Tidak ada keluaran yang ditulis. Simpan ulang dari Excel sebagai "CSV UTF-8" lalu jalankan lagi.', 'No output was written. Save it again from Excel as "CSV UTF-8" and run again.')}\n`,
      );
      return 2;
    }
    if (
      e !== null &&
      typeof e === 'object' &&
      ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EROFS', 'EBUSY'].includes(
        String((e as { code?: unknown }).code),
      )
    ) {
      const x = e as NodeJS.ErrnoException;
      process.stderr.write(
        `${pilih(bahasa, 'galat', 'error')}: ${pilih(bahasa, `tidak dapat membaca atau menulis ${x.path ?? ''} (${x.code}). Periksa izin folder, ruang disk, atau tutup berkas itu di Excel, lalu jalankan lagi. Tidak ada keluaran yang ditulis.`, `cannot read or write ${x.path ?? ''} (${x.code}). Check the folder's permissions, the disk space, or close the file in Excel, and run again. No output was written.`)}\n`,
      );
      return 2;
    }
    process.stderr.write(`${pesanInternal(e, bahasa)}\n`);
    return 2;
  }
}

async function jalankan(argv: readonly string[], setBahasa: (b: Bahasa) => void): Promise<number> {
  let bahasa: Bahasa = 'id';
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      keluar: { type: 'string', short: 'o' },
      kolom: { type: 'string' },
      ketentuan: { type: 'string' },
      lang: { type: 'string' },
      gabung: { type: 'boolean' },
      'tanpa-html': { type: 'boolean' },
      kop: { type: 'string' },
      pegawai: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en')
    throw new GalatPemakaian('opsi', '--lang harus id atau en.', '--lang must be id or en.');
  bahasa = values.lang === 'en' ? 'en' : 'id';
  setBahasa(bahasa);
  const [perintah, ...berkas] = positionals;
  const bantuan = BANTUAN[perintah ?? 'umum'] ?? BANTUAN['umum']!;
  if (values.help === true || perintah === undefined) {
    process.stdout.write(`${pilih(bahasa, bantuan[0], bantuan[1])}\n`);
    return perintah === undefined && values.help !== true ? 2 : 0;
  }
  if (!(perintah in BANTUAN) || perintah === 'umum')
    throw new GalatPemakaian('perintah', `Perintah "${perintah}" tidak dikenal.`, `Unknown command "${perintah}".`);
  const butuh = perintah === 'rekonsiliasi' ? 2 : 1;
  if (berkas.length !== butuh)
    throw new GalatPemakaian(
      'argumen',
      `${perintah} memerlukan ${butuh} berkas. Lihat --help.`,
      `${perintah} takes ${butuh} file(s). See --help.`,
    );
  if (perintah === 'kolom') {
    if (!existsSync(berkas[0]!))
      throw new GalatPemakaian('berkas', `Berkas ${berkas[0]} tidak ada.`, `File ${berkas[0]} does not exist.`);
    const { peta: awal } = bacaPeta(values.kolom);
    const m = await bukaMasukan(berkas[0]!);
    process.stdout.write(`${JSON.stringify(buildPetaKolom(m.header, awal), null, 2)}\n`);
    process.stderr.write(
      `${pilih(bahasa, `kolom: peta kolom untuk ${berkas[0]} di atas. Simpan (pengelolaan-kinerja kolom ${berkas[0]} > peta.json), isi judul kolom untuk medan yang kosong, lalu jalankan dengan --kolom peta.json.`, `kolom: the column map for ${berkas[0]} above. Save it (pengelolaan-kinerja kolom ${berkas[0]} > map.json), fill in the headers of the empty fields, then run with --kolom map.json.`)}\n`,
    );
    return 0;
  }
  if (perintah === 'skema') {
    const sumber = join(__dirname, '..', 'schemas');
    mkdirSync(berkas[0]!, { recursive: true });
    const daftar = readdirSync(sumber).filter((f) => f.endsWith('.json'));
    for (const f of daftar) copyFileSync(join(sumber, f), join(berkas[0]!, f));
    process.stdout.write(
      `${pilih(bahasa, `skema: ${daftar.length} JSON Schema → ${berkas[0]}/`, `skema: ${daftar.length} JSON Schemas → ${berkas[0]}/`)}\n`,
    );
    return 0;
  }
  for (const f of berkas)
    if (!existsSync(f)) throw new GalatPemakaian('berkas', `Berkas ${f} tidak ada.`, `File ${f} does not exist.`);
  let ketentuan: KetentuanBerlaku | undefined;
  if (values.ketentuan !== undefined) {
    try {
      ketentuan = getKetentuan(values.ketentuan);
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      throw new GalatPemakaian('ketentuan', `--ketentuan: ${e.message}`, `--ketentuan: ${e.messageEn}`);
    }
  }
  const { peta, siasn: petaSiasn } = bacaPeta(values.kolom);
  const opsi = { bahasa, peta, kompak, ...(ketentuan === undefined ? {} : { ketentuan }) };
  const keluar = values.keluar ?? 'keluaran';
  if (values.gabung === true && values['tanpa-html'] === true)
    throw new GalatPemakaian(
      'opsi',
      '--gabung dan --tanpa-html tidak dapat dipakai bersama.',
      '--gabung and --tanpa-html cannot be used together.',
    );
  if (perintah === 'pak') {
    const kop = values.kop === undefined ? undefined : bacaKopBerkas(values.kop);
    if (values.pegawai !== undefined && !existsSync(values.pegawai))
      throw new GalatPemakaian(
        'berkas',
        `--pegawai: berkas ${values.pegawai} tidak ada.`,
        `--pegawai: file ${values.pegawai} does not exist.`,
      );
    const pegawai =
      values.pegawai === undefined
        ? undefined
        : await bacaDataPegawai(values.pegawai, await bukaMasukan(values.pegawai));
    const m = await bukaMasukan(berkas[0]!);
    const out = new Keluaran(keluar);
    const h = hasil(
      await pakBerkas(m, out, {
        ...opsi,
        html: values.gabung === true ? 'gabung' : values['tanpa-html'] === true ? 'tidak' : 'per-guru',
        kemajuan: kemajuan('pak', m.kemajuan),
        ...(kop === undefined ? {} : { kop }),
        ...(pegawai === undefined ? {} : { pegawai }),
      }),
    );
    await out.selesai();
    process.stdout.write(
      `${ringkasKolom(h.kolom, bahasa)}\n${formatRingkasanPak(h, { bahasa, keluar, ...(ketentuan === undefined ? {} : { ketentuan: ketentuan.id }) })}\n`,
    );
    return h.ditolak > 0 || h.guruDitolak > 0 ? 1 : 0;
  }
  if (perintah === 'kenaikan') {
    const m = await bukaMasukan(berkas[0]!);
    const out = new Keluaran(keluar);
    const h = hasil(await kenaikanBerkas(m, out, { ...opsi, keluar, kemajuan: kemajuan('kenaikan', m.kemajuan) }));
    await out.selesai();
    process.stdout.write(`${ringkasKolom(h.kolom, bahasa)}\n${h.ringkas}\n`);
    return h.ditolak > 0 ? 1 : 0;
  }
  const lokal = await bukaMasukan(berkas[0]!);
  const siasn = await bukaMasukan(berkas[1]!);
  const out = new Keluaran(keluar);
  const h = hasil(await rekonsiliasiBerkas({ lokal, siasn }, out, { ...opsi, keluar, petaSiasn }));
  await out.selesai();
  process.stdout.write(`${h.ringkas}\n`);
  // Documented: 1 when differences were found (or rows refused), 0 when the two sides agree.
  return h.selisih > 0 || h.ditolak > 0 ? 1 : 0;
}

if (require.main === module) {
  let selesai = false;
  const bahasaProses: Bahasa =
    process.argv.indexOf('--lang') > 0 && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'id';
  const gagal = (e: unknown) => {
    if (selesai) return;
    selesai = true;
    batalkanSemua();
    process.stderr.write(`${pesanInternal(e, bahasaProses)}\n`);
    process.exitCode = 2;
  };
  process.on('uncaughtException', gagal);
  process.on('unhandledRejection', gagal);
  // Ctrl-C: the run stops, nothing half-written is left.
  process.on('SIGINT', () => {
    batalkanSemua();
    process.stderr.write(
      `${pilih(bahasaProses, 'dihentikan: tidak ada keluaran yang ditulis.', 'stopped: no output was written.')}\n`,
    );
    process.exit(2);
  });
  // A promise that never settles would let Node exit with 0 and no output: never let that pass silently.
  process.on('exit', () => {
    if (!selesai) {
      batalkanSemua();
      process.stderr.write(
        `${pilih(bahasaProses, 'galat internal: proses berhenti sebelum selesai; tidak ada keluaran yang ditulis. Laporkan dengan baris pertama berkas.', "internal error: the process stopped before finishing; no output was written. Report it with the file's first line.")}\n`,
      );
      process.exitCode = 2;
    }
  });
  main(process.argv.slice(2)).then((kode) => {
    selesai = true;
    process.exitCode = kode;
  }, gagal);
}
