import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { once } from 'node:events';
import { GalatPemakaian } from './masukan';
import type { AliranKeluaran, LembarKeluaran, SelLembar, TujuanKeluaran } from 'pengelolaan-kinerja/berkas';

/** A file of the run as a stream: the text comes in 64 KB chunks from pengelolaan-kinerja/berkas. */
function aliranBerkas(path: string): AliranKeluaran & { hentikan(): void } {
  const s: WriteStream = createWriteStream(path);
  return {
    write: (teks) => void s.write(teks),
    // The stream's own flag: a 'drain' that already happened must not be waited for.
    drain: async () => {
      if (s.writableNeedDrain) await once(s, 'drain');
    },
    close: () => new Promise<void>((res, rej) => s.end((e?: Error | null) => (e ? rej(e) : res()))),
    hentikan: () => s.destroy(),
  };
}

/** The fixed parts of a one-sheet workbook: the sheet is `xl/worksheets/sheet1.xml`; style 1 shows an AK figure with
 * two decimals (built-in format 2, `0.00`), style 2 is the header's bold. */
const BAGIAN_TETAP: readonly (readonly [string, string])[] = [
  [
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  ],
  [
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  [
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  ],
  [
    'xl/styles.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>',
  ],
];

const KEPALA_LEMBAR =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const EKOR_LEMBAR = '</sheetData></worksheet>';

/** Column letters by index (A, B, …, Z, AA, …), built as needed. */
const HURUF: string[] = [];
function huruf(k: number): string {
  for (let i = HURUF.length; i <= k; i++) {
    let n = i + 1;
    let s = '';
    while (n > 0) {
      s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      n = Math.floor((n - 1) / 26);
    }
    HURUF.push(s);
  }
  return HURUF[k]!;
}

/** Text as XML character data: the five escapes, and the characters XML 1.0 cannot carry left out. */
function xml(s: string): string {
  const t = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)
    ? s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    : s;
  return /[&<>"]/.test(t)
    ? t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    : t;
}

/** One row of the sheet as XML: text as an inline string (a NIP stays text), numbers and AK figures as numbers. Every
 * cell names its place (`r`): the standard lets it follow the one before, but some readers require it. */
function barisXml(nomor: number, sel: readonly SelLembar[]): string {
  let out = `<row r="${nomor}">`;
  for (let k = 0; k < sel.length; k++) {
    const v = sel[k]!;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) out += `<c r="${huruf(k)}${nomor}"><v>${v}</v></c>`;
    } else if (typeof v === 'object') {
      if (v.angka !== '') out += `<c r="${huruf(k)}${nomor}" s="1"><v>${v.angka}</v></c>`;
    } else if (v !== '') {
      const ruang = v.trim() === v ? '' : ' xml:space="preserve"';
      out += `<c r="${huruf(k)}${nomor}" t="inlineStr"${nomor === 1 ? ' s="2"' : ''}><is><t${ruang}>${xml(v)}</t></is></c>`;
    }
  }
  return `${out}</row>`;
}

/**
 * A table of an XLSX input written as an `.xlsx` sheet while its rows come: each row's XML is deflated by fflate
 * (streaming ZIP) and written out in 64 KB pieces, so memory holds one piece, not the sheet. Text cells are inline
 * strings (no shared-string table to hold), so a NIP is a text cell and a spreadsheet keeps its 18 digits.
 */
function lembarBerkas(path: string): LembarKeluaran & { hentikan(): void } {
  let fflate: typeof import('fflate');
  try {
    // An optional peer, loaded only for an XLSX input (as the reader loads it).
    fflate = require('fflate') as typeof import('fflate');
  } catch {
    throw new GalatPemakaian(
      'xlsx-tanpa-penulis',
      'Menulis keluaran .xlsx (masukan .xlsx) memerlukan paket fflate dan saxes: npm install fflate saxes (atau simpan masukan sebagai CSV).',
      'Writing .xlsx output (for an .xlsx input) needs the fflate and saxes packages: npm install fflate saxes (or save the input as CSV).',
    );
  }
  const s: WriteStream = createWriteStream(path);
  let galat: Error | null = null;
  const zip = new fflate.Zip((e, data, akhir) => {
    if (e !== null) {
      galat = e;
      return;
    }
    s.write(data);
    if (akhir) s.end();
  });
  const enc = new TextEncoder();
  for (const [nama, isi] of BAGIAN_TETAP) {
    const f = new fflate.ZipDeflate(nama, { level: 6 });
    zip.add(f);
    f.push(enc.encode(isi), true);
  }
  // Level 1: the sheet is most of the work, and its XML compresses well at the fastest level.
  const lembar = new fflate.ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(lembar);
  zip.end();
  let buf = KEPALA_LEMBAR;
  let nomor = 0;
  const siram = (akhir: boolean) => {
    lembar.push(enc.encode(buf), akhir);
    buf = '';
  };
  return {
    row: (sel) => {
      nomor += 1;
      buf += barisXml(nomor, sel);
      if (buf.length >= 65536) siram(false);
    },
    drain: async () => {
      if (s.writableNeedDrain) await once(s, 'drain');
    },
    close: async () => {
      buf += EKOR_LEMBAR;
      siram(true);
      if (!s.writableFinished) await once(s, 'finish');
      if (galat !== null) throw galat;
    },
    hentikan: () => s.destroy(),
  };
}

const AKTIF = new Set<Keluaran>();

/**
 * The output folder of one run (pengelolaan-kinerja/berkas' TujuanKeluaran), written in a temporary folder beside it
 * and moved in place only when the run ends well (`selesai`): a refused run (exit 2) or an internal fault leaves
 * nothing behind, neither empty files nor half a file. Files of an earlier run with the same names are replaced;
 * `pak/` is replaced as a whole (pages of guru no longer in the file do not linger). Other files in the folder are left
 * alone.
 */
export class Keluaran implements TujuanKeluaran {
  readonly sementara: string;
  private readonly aliran: { hentikan(): void }[] = [];
  constructor(readonly tempat: string) {
    const folder = tempat;
    const tujuan = resolve(folder);
    if (existsSync(tujuan) && !statSync(tujuan).isDirectory()) {
      throw new GalatPemakaian(
        'keluar-bukan-folder',
        `--keluar ${folder} adalah berkas, bukan folder.`,
        `--keluar ${folder} is a file, not a folder.`,
      );
    }
    mkdirSync(dirname(tujuan), { recursive: true });
    this.sementara = mkdtempSync(join(dirname(tujuan), `.${basename(tujuan)}.sementara-`));
    AKTIF.add(this);
  }
  private jalur(nama: string): string {
    const p = join(this.sementara, nama);
    if (nama.includes('/')) mkdirSync(dirname(p), { recursive: true });
    return p;
  }
  write(nama: string, isi: string): void {
    writeFileSync(this.jalur(nama), isi);
  }
  writeBytes(nama: string, isi: Uint8Array): void {
    writeFileSync(this.jalur(nama), isi);
  }
  open(nama: string): AliranKeluaran {
    const a = aliranBerkas(this.jalur(nama));
    this.aliran.push(a);
    return a;
  }
  openSheet(nama: string): LembarKeluaran {
    const l = lembarBerkas(this.jalur(nama));
    this.aliran.push(l);
    return l;
  }
  folder(nama: string): void {
    mkdirSync(join(this.sementara, nama), { recursive: true });
  }
  /** Moves the run's output (its files closed by the run) into the folder. */
  async selesai(): Promise<void> {
    const tujuan = resolve(this.tempat);
    if (!existsSync(tujuan)) {
      // A new folder: one rename, all or nothing.
      renameSync(this.sementara, tujuan);
      AKTIF.delete(this);
      return;
    }
    for (const nama of readdirSync(this.sementara)) {
      const dari = join(this.sementara, nama);
      const ke = join(tujuan, nama);
      if (statSync(dari).isDirectory() && existsSync(ke)) {
        const lama = `${dari}.lama`;
        renameSync(ke, lama);
        renameSync(dari, ke);
        rmSync(lama, { recursive: true, force: true });
      } else renameSync(dari, ke);
    }
    rmSync(this.sementara, { recursive: true, force: true });
    AKTIF.delete(this);
  }
  batal(): void {
    for (const a of this.aliran) a.hentikan();
    rmSync(this.sementara, { recursive: true, force: true, maxRetries: 3 });
    AKTIF.delete(this);
  }
}

/** Cancels every output folder still open (a refused run, an internal fault, Ctrl-C): nothing half-done is left. */
export function batalkanSemua(): void {
  for (const k of [...AKTIF]) {
    try {
      k.batal();
    } catch {
      // Best effort: the temporary folder is hidden (a dot name) and says what it is.
    }
  }
}

/** A progress bar on stderr, only on a terminal and never under CI; silent when piped. */
export function kemajuan(
  label: string,
  baca: () => { dibaca: number; total: number },
): { tiap: () => void; selesai: () => void } {
  const aktif = process.stderr.isTTY === true && process.env['CI'] === undefined;
  let n = 0;
  let terakhir = 0;
  const gambar = () => {
    const { dibaca, total } = baca();
    const p = total > 0 ? Math.min(1, dibaca / total) : 0;
    const isi = Math.round(p * 30);
    process.stderr.write(
      `\r${label} [${'#'.repeat(isi)}${'.'.repeat(30 - isi)}] ${String(Math.round(p * 100)).padStart(3)}% ${n} baris`,
    );
  };
  return {
    tiap: () => {
      n += 1;
      if (!aktif) return;
      const t = Date.now();
      if (t - terakhir > 100) {
        terakhir = t;
        gambar();
      }
    },
    selesai: () => {
      if (aktif) process.stderr.write('\r\x1b[K');
    },
  };
}
