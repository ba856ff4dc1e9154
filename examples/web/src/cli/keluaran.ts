// The page's stand-in for src/cli/keluaran.ts (which writes a folder with node:fs): the same API, the files kept in
// memory for the ZIP. Tables are written in the dialect by the CLI's own teks.ts; for an XLSX input, where the CLI
// writes .xlsx sheets, the page writes CSV in the dialect the reader gives an XLSX (`,`, `.`, CRLF, BOM).
import { AngkaSel, DIALEK_BAWAAN, barisCsv, type DialekKeluaran } from './teks';

const teks = new TextEncoder();

/** The last run's output, for the page (the CLI's jalankanPak creates its Keluaran itself). */
export let keluaranTerakhir: Keluaran | null = null;

export class Berkas {
  private readonly bagian: string[] = [];
  jumlah = 0;
  /** `bom` is asked when the file is taken, as the CLI asks it when the first bytes go out (the reader's dialect is
   * final only once the input has been read through). */
  constructor(
    readonly path: string,
    readonly dialek: DialekKeluaran = DIALEK_BAWAAN,
    private readonly bom: () => boolean = () => dialek.bom,
  ) {}
  private get csvDialek(): DialekKeluaran {
    return this.dialek.format === 'xlsx' ? { ...this.dialek, format: 'csv', akhirBaris: '\r\n' } : this.dialek;
  }
  tulis(t: string): void {
    this.jumlah += 1;
    this.bagian.push(t);
  }
  csv(sel: readonly unknown[]): void {
    this.tulis(barisCsv(sel, this.csvDialek));
  }
  kepala(sel: readonly string[]): void {
    this.csv(sel);
    this.jumlah -= 1;
  }
  async jeda(): Promise<void> {}
  isi(): Uint8Array {
    return teks.encode((this.bom() ? '\uFEFF' : '') + this.bagian.join(''));
  }
  hentikan(): void {
    this.bagian.length = 0;
  }
}

export class Keluaran {
  private readonly berkas: Berkas[] = [];
  private readonly langsung = new Map<string, string>();
  constructor(
    readonly folder: string,
    readonly dialek: DialekKeluaran = DIALEK_BAWAAN,
    private readonly bom: () => boolean = () => dialek.bom,
  ) {
    keluaranTerakhir = this;
  }
  /** Always `.csv` in the page (no XLSX writer is loaded into it). */
  get ekstensi(): string {
    return '.csv';
  }
  tabel(nama: string): Berkas {
    const b = new Berkas(`${nama}${this.ekstensi}`, this.dialek, this.bom);
    this.berkas.push(b);
    return b;
  }
  teks(nama: string): Berkas {
    const b = new Berkas(nama, { ...this.dialek, format: 'csv', bom: false, akhirBaris: '\n' }, () => false);
    this.berkas.push(b);
    return b;
  }
  subfolder(nama: string): string {
    return nama;
  }
  tulisLangsung(nama: string, isi: string): void {
    this.langsung.set(nama, isi);
  }
  async selesai(): Promise<void> {}
  batal(): void {
    for (const b of this.berkas) b.hentikan();
    this.langsung.clear();
  }
  /** Every file of the run, by its path in the output folder. */
  isi(): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    for (const b of this.berkas) out[b.path] = b.isi();
    for (const [nama, isi] of this.langsung) out[nama] = teks.encode(isi);
    return out;
  }
}


let lapor: ((dibaca: number, total: number) => void) | null = null;

/** Where the rows' progress goes (the worker posts it to the page). */
export function setKemajuan(f: ((dibaca: number, total: number) => void) | null): void {
  lapor = f;
}

export function kemajuan(_label: string, baca: () => { dibaca: number; total: number }): { tiap: () => void; selesai: () => void } {
  let n = 0;
  return {
    tiap: () => {
      n += 1;
      if (n % 512 === 0 && lapor !== null) {
        const { dibaca, total } = baca();
        lapor(dibaca, total);
      }
    },
    selesai: () => {
      const { total } = baca();
      lapor?.(total, total);
    },
  };
}

/** A garbage collection in the CLI; nothing to do in a browser. */
export function kompak(): void {}

export { AngkaSel };
