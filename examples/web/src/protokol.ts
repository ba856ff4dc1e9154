// The messages between the operator view and its Web Worker (the file is read and checked off the main thread, so the
// page stays responsive with a 10 000-row file). Types, and the one time both sides agree on.
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

/** One guru of the run: the line an operator reads first. Figures are the library's exact decimals ('' when none). */
export interface BarisGuru {
  readonly nip: string;
  readonly nama: string;
  readonly unitKerja: string;
  readonly golongan: string;
  readonly jenjang: string;
  /** 'lengkap': every row accepted, the PAK is written; 'ditunda': a row was refused, nothing is written for them. */
  readonly status: 'lengkap' | 'ditunda';
  /** Why a guru is ditunda: the refused lines and their messages (in the page's words). */
  readonly alasan: readonly { readonly baris: number; readonly pesan: string }[];
  readonly akDasar: string;
  readonly akIntegrasi: string;
  readonly akKonversi: string;
  readonly akKumulatif: string;
  readonly pangkatKe: string;
  readonly pangkatSelisih: string;
  readonly jenjangKe: string;
  readonly jenjangSelisih: string;
}

/** The field names of the column map, with the file's header and the column each field uses now. */
export interface PetaSekarang {
  readonly header: readonly string[];
  readonly dipakai: Readonly<Record<string, string>>;
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
  /** Each guru's documents by NIP, as paths in the output (`pak/<nip>.html`; a PDF when the run writes one): the
   * bytes stay in the worker until one is opened. */
  readonly dokumen: Readonly<Record<string, readonly string[]>>;
  readonly peta: PetaSekarang;
  /** The guru whose PDF the worker makes after the tables (`pak/<nip>.pdf`, one per guru with a PAK page). */
  readonly pdf: number;
  /** The outputs in one ZIP (fflate), and their names. */
  readonly isiZip: readonly string[];
  /** The summary the CLI prints for the same run (counts of rows, assumptions said once, identity notes). */
  readonly ringkasanCli: readonly string[];
}

export type Permintaan =
  | {
      readonly jenis: 'periksa';
      readonly nama: string;
      readonly bytes: ArrayBuffer;
      readonly bahasa: Bahasa;
      readonly peta: PetaKolom;
      /** Each guru's PDF too, after the tables (the CLI's `--pdf`). */
      readonly pdf: boolean;
    }
  /** The last run's files as one ZIP: made when the operator asks for it, not before the tables are shown. */
  | { readonly jenis: 'zip' }
  /** One output file of the last run (a guru's PAK page or PDF), when the operator opens it. */
  | { readonly jenis: 'dokumen'; readonly nama: string }
  /**
   * The page has drawn what it was sent and shown it: the worker goes on (the per-row table after the summary, the PDFs
   * after the per-row table). The worker waits for it so that the page's drawing has a core of its own on a 2-core
   * machine; it goes on by itself after {@link TUNGGU_GAMBAR_MS} if this never comes (a tab in the background).
   */
  | { readonly jenis: 'lanjut' };

/** How long the worker waits at most for the page's `lanjut` after a step the page draws (ms). */
export const TUNGGU_GAMBAR_MS = 1000;

/** A header without a required field: the file's headers, the fields missing, the column each might be, and the column
 * map the reader would use (the CLI's `--kolom` file), so the operator can map the columns and check again. */
export interface KolomKurang {
  readonly header: readonly string[];
  readonly kurang: readonly Medan[];
  readonly mungkin: Readonly<Partial<Record<Medan, string>>>;
  readonly petaJson: string;
}

/** The steps of a run, in order: rows read and checked, PAK pages written per guru, tables, the ZIP. */
export type Tahap = 'baris' | 'guru' | 'tabel';

/**
 * A run's result reaches the page in pieces, each a short task on the page's main thread to receive: the per-guru lines
 * in batches (`guru`), then the summary (`selesai`, when the page shows the per-guru table), then the per-row lines in
 * batches (`baris`, the last with `akhir`). One message of 10 000 rows would hold the page while it is unpacked.
 */
export type Jawaban =
  | { readonly jenis: 'kemajuan'; readonly dibaca: number; readonly total: number }
  | { readonly jenis: 'tahap'; readonly tahap: Tahap; readonly n?: number }
  | { readonly jenis: 'guru'; readonly baris: readonly BarisGuru[] }
  | { readonly jenis: 'selesai'; readonly hasil: HasilOlah }
  | { readonly jenis: 'baris'; readonly baris: readonly BarisTabel[]; readonly akhir: boolean }
  /** The PDFs, made after the tables: how many so far; `selesai` at the end (`gagal`: none could be made). */
  | {
      readonly jenis: 'pdf';
      readonly n: number;
      readonly total: number;
      readonly selesai: boolean;
      readonly gagal?: true;
    }
  | { readonly jenis: 'zip'; readonly zip: ArrayBuffer }
  | { readonly jenis: 'dokumen'; readonly nama: string; readonly isi: ArrayBuffer }
  /** The whole file refused (format, header): the library's messages, nothing else. */
  | { readonly jenis: 'ditolak'; readonly pesan: readonly string[]; readonly kolom?: KolomKurang };
