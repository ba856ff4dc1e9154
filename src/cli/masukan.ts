// The Node side of reading an operator's file: open it as a stream and hand the bytes to the reader of
// pengelolaan-kinerja/berkas (the same reader a web page uses). A file the reader refuses is a usage error (exit 2)
// with the reader's one message.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { readBerkas, type BacaanBerkas, type BarisBerkas, type Dialek } from 'pengelolaan-kinerja/berkas';

export type { Dialek };

/** A data row of the input: its line (the header is line 1 of a CSV, row 1 of a sheet), its cells, or why the line could not be split (`rusak`). */
export type BarisMasukan = BarisBerkas;

/** An opened input file: header, dialect, rows (read once), title rows above the header, progress in bytes. */
export type Masukan = BacaanBerkas;

/** Opens a file (CSV, tab-separated "Unicode text", XLSX, HTML table saved as .xls) whatever its name says. */
export async function bukaMasukan(file: string, skorJudul?: (sel: readonly string[]) => number): Promise<Masukan> {
  const total = statSync(file).size;
  const r = await readBerkas(createReadStream(file, { highWaterMark: 256 * 1024 }), {
    total,
    ...(skorJudul === undefined ? {} : { skorJudul }),
  });
  if (!r.success) {
    const i = r.issues[0]!;
    throw new GalatPemakaian(i.code, `${file}: ${i.message}`, `${file}: ${i.messageEn}`);
  }
  return r.data;
}

/**
 * Reads a JSON file the operator wrote (a byte order mark allowed). One that cannot be read or parsed is refused with
 * the usage error `tolak` builds from the cause (the parser's message, or the file system's code).
 */
export function bacaJson(file: string, tolak: (sebab: string) => GalatPemakaian): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw tolak(e instanceof SyntaxError ? e.message : String((e as { code?: unknown }).code ?? e));
  }
}

/** Misuse of the command line (exit code 2): a code and its message in Bahasa Indonesia and in English. */
export class GalatPemakaian extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
