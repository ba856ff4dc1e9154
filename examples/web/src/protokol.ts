// The messages between the operator view and its Web Worker (the file is read and checked off the main thread, so the
// page stays responsive with a 10 000-row file). Types only: nothing here is bundled.
import type { Bahasa } from 'pengelolaan-kinerja';
import type { Medan, PetaKolom } from 'pengelolaan-kinerja/berkas';

export type StatusBaris = 'diterima' | 'ditolak' | 'siasn-dilewati';

/** One line of the table: an accepted row, or one refusal of a row (line, column and message). */
export interface BarisTabel {
  readonly baris: number;
  readonly status: StatusBaris;
  readonly nip: string;
  readonly nama: string;
  readonly unitKerja: string;
  readonly kolom: string;
  readonly nilai: string;
  readonly pesan: string;
  /** The row's angka kredit (exact) for an accepted konversi row, else ''. */
  readonly ak: string;
  /** The same, rounded once by the library's display policy (`formatAngkaKredit`). */
  readonly akTampil: string;
}

export interface RingkasanUnit {
  readonly unitKerja: string;
  readonly guru: number;
  readonly baris: number;
  readonly akKonversi: string;
  readonly memenuhiPangkat: number;
  readonly memenuhiJenjang: number;
}

export interface HasilOlah {
  readonly namaBerkas: string;
  /** How the file is written (format, encoding, delimiter, decimal mark, line ending): the outputs follow it. */
  readonly dialek: string;
  readonly barisData: number;
  readonly diterima: number;
  readonly ditolak: number;
  readonly siasnDilewati: number;
  readonly guru: number;
  readonly pak: number;
  readonly siasn: number;
  readonly kolomDipakai: readonly string[];
  readonly kolomDiabaikan: readonly string[];
  readonly unit: readonly RingkasanUnit[];
  readonly tabel: readonly BarisTabel[];
  /** The outputs in one ZIP (fflate), and their names. */
  readonly zip: ArrayBuffer;
  readonly isiZip: readonly string[];
  /** The summary the CLI prints for the same run (counts of rows, assumptions said once, identity notes). */
  readonly ringkasanCli: readonly string[];
}

export type Permintaan = {
  readonly jenis: 'periksa';
  readonly nama: string;
  readonly bytes: ArrayBuffer;
  readonly bahasa: Bahasa;
  readonly peta: PetaKolom;
};

/** A header without a required field: the file's headers, the fields missing, the column each might be, and the column
 * map the reader would use (the CLI's `--kolom` file), so the operator can map the columns and check again. */
export interface KolomKurang {
  readonly header: readonly string[];
  readonly kurang: readonly Medan[];
  readonly mungkin: Readonly<Partial<Record<Medan, string>>>;
  readonly petaJson: string;
}

export type Jawaban =
  | { readonly jenis: 'kemajuan'; readonly dibaca: number; readonly total: number }
  | { readonly jenis: 'selesai'; readonly hasil: HasilOlah }
  /** The whole file refused (format, header): the library's messages, nothing else. */
  | { readonly jenis: 'ditolak'; readonly pesan: readonly string[]; readonly kolom?: KolomKurang };
