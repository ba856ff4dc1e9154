import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse';

/** A data row of the input: its line in the file (the header is line 1 of a CSV, row 1 of a sheet) and its cells. */
export interface BarisMasukan {
  readonly baris: number;
  readonly sel: readonly string[];
}

export interface Masukan {
  readonly header: readonly string[];
  readonly baris: AsyncIterable<BarisMasukan>;
  /** Bytes read so far and the file's size, for the progress bar. */
  readonly kemajuan: () => { dibaca: number; total: number };
}

/** The separator of an Excel CSV: Indonesian Excel writes `;` (decimal comma), others `,`; read off the header. */
function pemisah(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const awal = buf.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '');
    const kepala = awal.split(/\r?\n/, 1)[0] ?? '';
    const hitung = (c: string) => kepala.split(c).length - 1;
    return hitung(';') > hitung(',') ? ';' : hitung('\t') > hitung(',') ? '\t' : ',';
  } finally {
    closeSync(fd);
  }
}

async function* barisCsv(file: string, delimiter: string, dibaca: { n: number }): AsyncGenerator<{ record: string[]; lines: number }> {
  const stream = createReadStream(file);
  stream.on('data', (c) => {
    dibaca.n += c.length;
  });
  const parser = stream.pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: false }));
  for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) yield { record: r.record, lines: r.info.lines };
}

function selTeks(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Opens a CSV (streamed) or an XLSX (the first sheet; loaded with read-excel-file, only for .xlsx). */
export async function bukaMasukan(file: string): Promise<Masukan> {
  const total = statSync(file).size;
  if (extname(file).toLowerCase() === '.xlsx') {
    let readSheet: (input: string) => Promise<unknown[][]>;
    try {
      ({ readSheet } = (await import('read-excel-file/node')) as unknown as { readSheet: typeof readSheet });
    } catch {
      throw new GalatPemakaian('xlsx-tanpa-pembaca', 'Membaca .xlsx memerlukan paket read-excel-file: npm install read-excel-file (atau simpan sebagai CSV).', 'Reading .xlsx needs the read-excel-file package: npm install read-excel-file (or save as CSV).');
    }
    const rows = await readSheet(file);
    const [kepala = [], ...isi] = rows;
    return {
      header: kepala.map(selTeks),
      baris: (async function* () {
        for (let i = 0; i < isi.length; i++) {
          const sel = (isi[i] ?? []).map(selTeks);
          if (sel.some((s) => s.trim() !== '')) yield { baris: i + 2, sel };
        }
      })(),
      kemajuan: () => ({ dibaca: total, total }),
    };
  }
  const dibaca = { n: 0 };
  const it = barisCsv(file, pemisah(file), dibaca)[Symbol.asyncIterator]();
  const pertama = await it.next();
  const header = pertama.done === true ? [] : pertama.value.record;
  return {
    header,
    baris: (async function* () {
      for (let r = await it.next(); r.done !== true; r = await it.next()) yield { baris: r.value.lines, sel: r.value.record };
    })(),
    kemajuan: () => ({ dibaca: dibaca.n, total }),
  };
}

/** Misuse of the command line (exit code 2), with its message in both languages. */
export class GalatPemakaian extends Error {
  constructor(
    readonly kode: string,
    readonly pesan: string,
    readonly pesanEn: string,
  ) {
    super(pesanEn);
  }
}
