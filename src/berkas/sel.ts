// One row's cells as the row parser reads them: by field (through the column map and its value codes), with the
// refusals of that row collected as they are found.
import type { Issue } from '../core/issue';
import type { BarisBerkas } from '../format/dialek';
import { KOLOM_DIKENAL, type CocokKolom, type Medan } from '../format/kolom';

/**
 * A refusal: one per refused cell or line, with the line, the column, a code, the message in both languages, who
 * (NIP and nama as written, '' when unknown), the value as written, and its kind: `baris` (the row is refused),
 * `siasn` (only the row's SIASN body was skipped; the row was accepted), `guru` (a whole NIP), `berkas` (a line the
 * reader could not split).
 */
export interface Galat {
  readonly baris: number;
  readonly kolom: string;
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
  readonly nip: string;
  readonly nama: string;
  readonly nilai: string;
  readonly jenis: 'baris' | 'siasn' | 'guru' | 'berkas';
}

/** The header of a file as the row parser reads it: the columns matched to fields, and the headers as written. */
export interface KolomBaris {
  readonly header: readonly string[];
  readonly cocok: CocokKolom;
}

/** The cells of one row by field, and the row's refusals (`galat`: refuse the row; `galatSiasn`: skip its SIASN body). */
export class SelBaris {
  readonly galat: Galat[] = [];
  readonly galatSiasn: Galat[] = [];
  /** What the row assumed, as bits ({@link ASUMSI}). */
  asumsi = 0;
  constructor(
    readonly kolomBaris: KolomBaris,
    readonly b: BarisBerkas,
  ) {}

  /** The header of a field's column ('' when the file has no such column: a refusal never names a field as a column). */
  kolom(m: Medan): string {
    const i = this.kolomBaris.cocok.indeks[m];
    return i === undefined ? '' : (this.kolomBaris.header[i] ?? '');
  }

  /** Whether the file has a column for this field. */
  ada(m: Medan): boolean {
    return this.kolomBaris.cocok.indeks[m] !== undefined;
  }

  /** The cell as written (trimmed), through the map's value codes when it has some for this field. */
  sel(m: Medan): string {
    const i = this.kolomBaris.cocok.indeks[m];
    if (i === undefined) return '';
    const v = (this.b.sel[i] ?? '').trim();
    const peta = this.kolomBaris.cocok.nilai[m];
    return peta === undefined ? v : (peta.get(v.toLowerCase()) ?? v);
  }

  /** The cell exactly as written (trimmed), without the map's value codes. */
  mentah(m: Medan): string {
    const i = this.kolomBaris.cocok.indeks[m];
    return i === undefined ? '' : (this.b.sel[i] ?? '').trim();
  }

  /** A refusal of this row's cell (or of its SIASN body only, `jenis` `siasn`). */
  salah(m: Medan, code: string, id: string, en: string, jenis: Galat['jenis'] = 'baris'): void {
    (jenis === 'siasn' ? this.galatSiasn : this.galat).push({
      baris: this.b.baris,
      kolom: this.kolom(m),
      code,
      message: id,
      messageEn: en,
      nip: this.mentah('nip'),
      nama: this.mentah('nama'),
      nilai: this.mentah(m),
      jenis,
    });
  }

  /** The first issue of a failed parse, as a refusal of this cell. */
  dariIssue(m: Medan, r: { readonly issues: readonly Issue[] }, jenis: Galat['jenis'] = 'baris'): void {
    const i = r.issues[0]!;
    this.salah(m, i.code, i.message, i.messageEn, jenis);
  }

  /** A cell that must not be empty: its text, or null with the refusal said (naming the file's own column). */
  wajib(m: Medan, jenis: Galat['jenis'] = 'baris'): string | null {
    const v = this.sel(m);
    if (v === '') {
      this.kosong(m, jenis);
      return null;
    }
    return v;
  }

  /**
   * The refusal of a cell that is needed and empty: `kolom-kosong` naming the file's own column, or, when the file has
   * no such column, `kolom-tidak-ada` naming the header to add (never a field's name as if it were the file's column).
   */
  kosong(m: Medan, jenis: Galat['jenis'] = 'baris'): void {
    if (this.ada(m)) {
      this.salah(m, 'kolom-kosong', `Kolom ${this.kolom(m)} kosong.`, `Column ${this.kolom(m)} is empty.`, jenis);
      return;
    }
    const judul = KOLOM_DIKENAL[m][0]!.judul;
    this.salah(
      m,
      'kolom-tidak-ada',
      `Berkas tidak punya kolom "${judul}", yang diperlukan baris ini: tambahkan kolom itu, atau petakan kolom berkas yang berisi itu di peta kolom.`,
      `The file has no column "${judul}", which this row needs: add that column, or map the file's column that holds it in the column map.`,
      jenis,
    );
  }
}

/** What a row assumed, as bits, and the codes `diterima.csv` writes for them (in this order). */
export const ASUMSI = {
  jenjang: 1,
  periode: 2,
  ketentuan: 4,
  bulanDariJumlah: 8,
  kuadran: 16,
} as const;
const KODE_ASUMSI: readonly string[] = [
  'jenjang-dari-golongan',
  'periode-setahun-diasumsikan',
  'ketentuan-ditimpa',
  'bulan-dari-jumlah',
  'predikat-dari-kuadran',
];
/** The frozen list of codes for each combination of bits (shared by every row that assumed the same). */
export const DAFTAR_ASUMSI: readonly (readonly string[])[] = /* @__PURE__ */ Array.from({ length: 32 }, (_, bit) =>
  Object.freeze(KODE_ASUMSI.filter((_k, i) => (bit & (1 << i)) !== 0)),
);
