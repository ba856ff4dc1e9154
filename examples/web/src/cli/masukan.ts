// The page's stand-in for src/cli/masukan.ts (which opens a file with node:fs): the same types and usage error, no
// I/O. The page hands the reader the file's bytes itself (olah.ts).
import type { BacaanBerkas, BarisBerkas, Dialek } from 'pengelolaan-kinerja/berkas';

export type { Dialek };

export type BarisMasukan = BarisBerkas;

export type Masukan = BacaanBerkas;

/** A file the run refuses whole (exit 2 in the CLI), with its message in both languages. */
export class GalatPemakaian extends Error {
  constructor(
    readonly kode: string,
    readonly pesan: string,
    readonly pesanEn: string,
  ) {
    super(pesanEn);
  }
}
