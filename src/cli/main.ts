#!/usr/bin/env node
// The command line for the dinas operator: a spreadsheet in, PAK pages, a summary, SIASN bodies and a reconciliation
// out. The one place with fs and process; it uses only the library's public entry points and adds no rule of its own.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getKetentuan, isKinerjaError, type Ketentuan } from 'pengelolaan-kinerja';
import { MEDAN, type Medan } from './kolom';
import { jalankanKenaikan } from './kenaikan';
import { bukaMasukan, GalatPemakaian } from './masukan';
import { batalkanSemua } from './keluaran';
import { ringkasKolom } from './laporan';
import { jalankanPak, ringkasPak } from './pak';
import { jalankanRekonsiliasi, MEDAN_SIASN } from './rekonsiliasi';
import { pilih, type Bahasa } from './teks';

const BANTUAN: Record<string, [string, string]> = {
  umum: [
    `pengelolaan-kinerja <perintah> [opsi]

Perintah:
  pak <berkas>                       PAK per guru (HTML), ringkasan.csv, diterima.csv, galat.csv, badan SIASN (JSON Lines)
  rekonsiliasi <lokal> <ekspor-siasn> selisih data lokal dan SIASN (rekonsiliasi.csv)
  kenaikan <berkas>                  siapa memenuhi AK untuk pangkat/jenjang berikutnya, siapa kurang berapa
  skema <folder>                     menulis JSON Schema dokumen pustaka ke folder

Opsi umum: --keluar <folder> (bawaan ./keluaran), --kolom <peta.json>, --ketentuan <2024|2025|2026>, --lang en, --help
Contoh: npx pengelolaan-kinerja pak guru.csv --keluar pak-2026`,
    `pengelolaan-kinerja <command> [options]

Commands:
  pak <file>                         PAK per guru (HTML), ringkasan.csv, diterima.csv, galat.csv, SIASN bodies (JSON Lines)
  rekonsiliasi <local> <siasn-export> differences between local data and SIASN (rekonsiliasi.csv)
  kenaikan <file>                    who meets the AK of the next pangkat/jenjang, who is short by how much
  skema <folder>                     writes the library's JSON Schemas to a folder

Common options: --keluar <folder> (default ./keluaran), --kolom <map.json>, --ketentuan <2024|2025|2026>, --lang en, --help
Example: npx pengelolaan-kinerja pak guru.csv --keluar pak-2026`,
  ],
  pak: [
    `pengelolaan-kinerja pak <berkas.csv|berkas.xlsx> [--keluar folder] [--gabung | --tanpa-html] [--kolom peta.json] [--ketentuan id] [--lang en]

Satu baris per periode konversi: NIP, Nama, Golongan, (Jabatan/Jenjang), Tahun, Predikat, (Bulan Mulai, Bulan Selesai);
opsional AK Dasar, AK Kumulatif 2022 (+ Golongan 2022) untuk integrasi, Unit Kerja; untuk badan SIASN: PNS ID,
RW Jabatan ID, Nomor SK, Tanggal SK. CSV dengan , atau ; (desimal koma 12,5), UTF-8 dengan BOM, CRLF; atau XLSX
(memerlukan paket read-excel-file). Ketentuan mengikuti periode tiap baris; --ketentuan menimpanya.
Keluaran: pak/<nip>.html (atau pak.html dengan --gabung), ringkasan.csv, diterima.csv, galat.csv, siasn-angkakredit.jsonl.
Kode keluar: 0 semua baris diterima, 1 ada baris ditolak (yang baik tetap ditulis), 2 salah pakai.
Contoh: npx pengelolaan-kinerja pak examples/data/guru.csv --keluar keluaran-pak`,
    `pengelolaan-kinerja pak <file.csv|file.xlsx> [--keluar folder] [--gabung | --tanpa-html] [--kolom map.json] [--ketentuan id] [--lang en]

One row per konversi period: NIP, Nama, Golongan, (Jabatan/Jenjang), Tahun, Predikat, (Bulan Mulai, Bulan Selesai);
optional AK Dasar, AK Kumulatif 2022 (+ Golongan 2022) for integrasi, Unit Kerja; for SIASN bodies: PNS ID,
RW Jabatan ID, Nomor SK, Tanggal SK. CSV with , or ; (decimal comma 12,5), UTF-8 with BOM, CRLF; or XLSX (needs the
read-excel-file package). The rule set follows each row's period; --ketentuan overrides it.
Output: pak/<nip>.html (or pak.html with --gabung), ringkasan.csv, diterima.csv, galat.csv, siasn-angkakredit.jsonl.
Exit code: 0 all rows accepted, 1 some rejected (the good ones still written), 2 misuse.
Example: npx pengelolaan-kinerja pak examples/data/guru.csv --keluar keluaran-pak`,
  ],
  rekonsiliasi: [
    `pengelolaan-kinerja rekonsiliasi <lokal.csv> <ekspor-siasn.csv> [--keluar folder] [--lang en]

<lokal> seperti masukan pak; <ekspor-siasn> berisi kolom NIP dan medan rw-angkakredit SIASN (tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi). Keluaran rekonsiliasi.csv: nip, kode, sisi, baris, medan, pesan.
Contoh: npx pengelolaan-kinerja rekonsiliasi examples/data/guru.csv examples/data/siasn-angkakredit.csv`,
    `pengelolaan-kinerja rekonsiliasi <local.csv> <siasn-export.csv> [--keluar folder] [--lang en]

<local> as the pak input; <siasn-export> with a NIP column and SIASN's rw-angkakredit fields (tahunMulaiPenailan,
bulanMulaiPenailan, …, kreditBaruTotal, isKonversi). Output rekonsiliasi.csv: nip, kode, sisi, baris, medan, pesan.
Example: npx pengelolaan-kinerja rekonsiliasi examples/data/guru.csv examples/data/siasn-angkakredit.csv`,
  ],
  kenaikan: [
    `pengelolaan-kinerja kenaikan <berkas> [--keluar folder] [--lang en]

Masukan seperti pak. Keluaran kenaikan.csv: per guru kenaikan pangkat dan jenjang berikutnya, AK syarat, selisih
(negatif = kekurangan), predikat, status, prasyarat lain (uji kompetensi, formasi, masa kerja).
Contoh: npx pengelolaan-kinerja kenaikan examples/data/guru.csv`,
    `pengelolaan-kinerja kenaikan <file> [--keluar folder] [--lang en]

Input as for pak. Output kenaikan.csv: per guru the next pangkat and jenjang, the AK needed, the difference
(negative = shortfall), predikat, status and the other preconditions (uji kompetensi, formasi, masa kerja).
Example: npx pengelolaan-kinerja kenaikan examples/data/guru.csv`,
  ],
  skema: [
    'pengelolaan-kinerja skema <folder>\n\nMenulis JSON Schema (draft 2020-12) dokumen pustaka ke <folder>.\nContoh: npx pengelolaan-kinerja skema ./skema',
    'pengelolaan-kinerja skema <folder>\n\nWrites the JSON Schemas (draft 2020-12) of the library\'s documents to <folder>.\nExample: npx pengelolaan-kinerja skema ./schemas',
  ],
};

function peta(file: string | undefined): Partial<Record<Medan, string>> {
  if (file === undefined) return {};
  let isi: unknown;
  try {
    isi = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new GalatPemakaian('peta-kolom', `Peta kolom ${file} bukan JSON yang dapat dibaca.`, `Column map ${file} is not readable JSON.`);
  }
  if (isi === null || typeof isi !== 'object' || Array.isArray(isi)) throw new GalatPemakaian('peta-kolom', 'Peta kolom harus objek { medan: "judul kolom" }.', 'A column map is an object { field: "column header" }.');
  const dikenal = [...Object.keys(MEDAN), ...MEDAN_SIASN];
  const salah = Object.entries(isi).filter(([k, v]) => !dikenal.includes(k) || typeof v !== 'string');
  if (salah.length > 0) throw new GalatPemakaian('peta-kolom', `Peta kolom: medan tidak dikenal atau bukan teks: ${salah.map(([k]) => k).join(', ')} (medan: ${dikenal.join(', ')}).`, `Column map: unknown fields or non-text values: ${salah.map(([k]) => k).join(', ')} (fields: ${dikenal.join(', ')}).`);
  return isi as Partial<Record<Medan, string>>;
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
  return x.name === 'CsvError' || kode.startsWith('CSV_') || /^(INVALID_|CSV_|NON_TRIMABLE|UNEXPECTED_)/.test(kode) ? String(x.message) : null;
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
      process.stderr.write(`${pilih(bahasa, 'galat', 'error')}: ${e.message}\n${pilih(bahasa, 'Lihat --help.', 'See --help.')}\n`);
      return 2;
    }
    const csv = galatCsv(e);
    if (csv !== null) {
      process.stderr.write(`${pilih(bahasa, 'galat: CSV tidak dapat dibaca', 'error: the CSV cannot be read')}: ${csv.replace(/\s+/g, ' ')}. ${pilih(bahasa, 'Tidak ada keluaran yang ditulis. Simpan ulang dari Excel sebagai "CSV UTF-8" lalu jalankan lagi.', 'No output was written. Save it again from Excel as "CSV UTF-8" and run again.')}\n`);
      return 2;
    }
    if (e !== null && typeof e === 'object' && ['ENOENT', 'EACCES', 'EPERM', 'ENOSPC', 'EISDIR', 'ENOTDIR', 'EROFS', 'EBUSY'].includes(String((e as { code?: unknown }).code))) {
      const x = e as NodeJS.ErrnoException;
      process.stderr.write(`${pilih(bahasa, 'galat', 'error')}: ${pilih(bahasa, `tidak dapat membaca atau menulis ${x.path ?? ''} (${x.code}). Periksa izin folder, ruang disk, atau tutup berkas itu di Excel, lalu jalankan lagi. Tidak ada keluaran yang ditulis.`, `cannot read or write ${x.path ?? ''} (${x.code}). Check the folder's permissions, the disk space, or close the file in Excel, and run again. No output was written.`)}\n`);
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.lang !== undefined && values.lang !== 'id' && values.lang !== 'en') throw new GalatPemakaian('opsi', '--lang harus id atau en.', '--lang must be id or en.');
  bahasa = values.lang === 'en' ? 'en' : 'id';
  setBahasa(bahasa);
  const [perintah, ...berkas] = positionals;
  const bantuan = BANTUAN[perintah ?? 'umum'] ?? BANTUAN['umum']!;
  if (values.help === true || perintah === undefined) {
    process.stdout.write(`${pilih(bahasa, bantuan[0], bantuan[1])}\n`);
    return perintah === undefined && values.help !== true ? 2 : 0;
  }
  if (!(perintah in BANTUAN) || perintah === 'umum') throw new GalatPemakaian('perintah', `Perintah "${perintah}" tidak dikenal.`, `Unknown command "${perintah}".`);
  const butuh = perintah === 'rekonsiliasi' ? 2 : 1;
  if (berkas.length !== butuh) throw new GalatPemakaian('argumen', `${perintah} memerlukan ${butuh} berkas. Lihat --help.`, `${perintah} takes ${butuh} file(s). See --help.`);
  if (perintah === 'skema') {
    const sumber = join(__dirname, '..', 'schemas');
    mkdirSync(berkas[0]!, { recursive: true });
    const daftar = readdirSync(sumber).filter((f) => f.endsWith('.json'));
    for (const f of daftar) copyFileSync(join(sumber, f), join(berkas[0]!, f));
    process.stdout.write(`${pilih(bahasa, `skema: ${daftar.length} JSON Schema → ${berkas[0]}/`, `skema: ${daftar.length} JSON Schemas → ${berkas[0]}/`)}\n`);
    return 0;
  }
  for (const f of berkas) if (!existsSync(f)) throw new GalatPemakaian('berkas', `Berkas ${f} tidak ada.`, `File ${f} does not exist.`);
  let ketentuan: Ketentuan | undefined;
  if (values.ketentuan !== undefined) {
    try {
      ketentuan = getKetentuan(values.ketentuan);
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      throw new GalatPemakaian('ketentuan', `--ketentuan: ${e.message}`, `--ketentuan: ${e.messageEn}`);
    }
  }
  const opsi = { bahasa, ketentuan, peta: peta(values.kolom), keluar: values.keluar ?? 'keluaran' };
  if (values.gabung === true && values['tanpa-html'] === true) throw new GalatPemakaian('opsi', '--gabung dan --tanpa-html tidak dapat dipakai bersama.', '--gabung and --tanpa-html cannot be used together.');
  if (perintah === 'pak') {
    const h = await jalankanPak(await bukaMasukan(berkas[0]!), { ...opsi, html: values.gabung === true ? 'gabung' : values['tanpa-html'] === true ? 'tidak' : 'per-guru' });
    process.stdout.write(`${ringkasKolom(h.kolom, bahasa)}\n${ringkasPak(h, opsi.keluar, bahasa, ketentuan?.id)}\n`);
    return h.ditolak > 0 || h.guruDitolak > 0 ? 1 : 0;
  }
  if (perintah === 'kenaikan') {
    const h = await jalankanKenaikan(await bukaMasukan(berkas[0]!), opsi);
    process.stdout.write(`${h.ringkas}\n`);
    return h.ditolak > 0 ? 1 : 0;
  }
  const h = await jalankanRekonsiliasi(await bukaMasukan(berkas[0]!), await bukaMasukan(berkas[1]!), opsi);
  process.stdout.write(`${h.ringkas}\n`);
  // Documented: 1 when differences were found (or rows refused), 0 when the two sides agree.
  return h.selisih > 0 || h.ditolak > 0 ? 1 : 0;
}

if (require.main === module) {
  let selesai = false;
  const bahasaProses: Bahasa = process.argv.indexOf('--lang') > 0 && process.argv[process.argv.indexOf('--lang') + 1] === 'en' ? 'en' : 'id';
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
    process.stderr.write(`${pilih(bahasaProses, 'dihentikan: tidak ada keluaran yang ditulis.', 'stopped: no output was written.')}\n`);
    process.exit(2);
  });
  // A promise that never settles would let Node exit with 0 and no output: never let that pass silently.
  process.on('exit', () => {
    if (!selesai) {
      batalkanSemua();
      process.stderr.write(`${pilih(bahasaProses, 'galat internal: proses berhenti sebelum selesai; tidak ada keluaran yang ditulis. Laporkan dengan baris pertama berkas.', 'internal error: the process stopped before finishing; no output was written. Report it with the file\'s first line.')}\n`);
      process.exitCode = 2;
    }
  });
  main(process.argv.slice(2)).then(
    (kode) => {
      selesai = true;
      process.exitCode = kode;
    },
    gagal,
  );
}
