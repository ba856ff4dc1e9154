// A sheet with one column per period (`2023`, `2024 S1`, `Predikat 2025`, predikat values in the cells), as dinas
// recap sheets keep it, read as one row per period (wide to long) without a column map. Each row it gives keeps the
// line of the sheet, and its period and predikat are read from that period's column, so that a message names the
// line and the column as written. An empty cell gives no row for its period (that guru was not rated then): the run
// counts the empty cells per column and says so; no predikat is ever taken for it.
import type { BarisBerkas } from '../format/dialek';
import type { CocokKolom, KolomPeriode, LaporanKolom } from '../format/kolom';
import type { OpsiBacaSel } from './baca-sel';
import { PembacaBaris, type HasilBaris } from './baris';
import type { Galat } from './sel';

/** One period column: its reader (the period's year and semester as cells of their own, named by the column). */
interface PeriodeLebar {
  readonly kolom: KolomPeriode;
  readonly pembaca: PembacaBaris;
  /** The cells added to each row: the year, and the semester when the header names one. */
  readonly tambahan: readonly string[];
  kosong: number;
}

/** A row the sheet's line gives, with the reader that read it (its column names the period). */
export interface BarisPeriode {
  readonly hasil: HasilBaris;
  readonly pembaca: PembacaBaris;
}

/** The reader of a sheet with one column per period. */
export class PembacaLebar {
  private readonly periode: PeriodeLebar[];
  constructor(
    private readonly header: readonly string[],
    private readonly cocok: CocokKolom,
    private readonly dasar: PembacaBaris,
    opsi: OpsiBacaSel,
  ) {
    const n = header.length;
    this.periode = (cocok.laporan.perPeriode ?? []).map((k) => {
      const semester = k.semester === undefined ? {} : { semester: n + 1 };
      const judul = k.semester === undefined ? [k.kolom] : [k.kolom, k.kolom];
      const pembaca = new PembacaBaris(
        {
          header: [...header, ...judul],
          cocok: { ...cocok, indeks: { ...cocok.indeks, predikat: k.indeks, tahun: n, ...semester } },
        },
        opsi,
      );
      const tambahan = k.semester === undefined ? [String(k.tahun)] : [String(k.tahun), String(k.semester)];
      return { kolom: k, pembaca, tambahan, kosong: 0 };
    });
  }

  /**
   * The rows of one line: one per period whose cell is written, in the sheet's order; a refusal that does not depend
   * on the period (a NIP, a golongan) is given once for the line. A line with no period written is read as it is
   * (an AK Dasar or a conventional AK alone), or refused naming the period columns.
   */
  parse(b: BarisBerkas): BarisPeriode[] {
    if (b.rusak !== undefined) return [{ hasil: this.dasar.parse(b), pembaca: this.dasar }];
    const out: BarisPeriode[] = [];
    let sel: string[] | null = null;
    const sudah = new Set<string>();
    for (const p of this.periode) {
      if ((b.sel[p.kolom.indeks] ?? '').trim() === '') {
        p.kosong++;
        continue;
      }
      sel ??= this.header.map((_, i) => b.sel[i] ?? '');
      const h = p.pembaca.parse({ baris: b.baris, sel: [...sel, ...p.tambahan] });
      out.push({ hasil: { ...h, galat: sekaliPerBaris(h.galat, sudah) }, pembaca: p.pembaca });
    }
    if (out.length > 0) return out;
    const h = this.dasar.parse(b);
    return [{ hasil: { ...h, galat: h.galat.map((g) => this.tanpaIsi(g)) }, pembaca: this.dasar }];
  }

  /** The column report with the count of empty cells per period column. */
  laporan(): LaporanKolom {
    return Object.freeze({
      ...this.cocok.laporan,
      perPeriode: Object.freeze(this.periode.map((p) => Object.freeze({ ...p.kolom, kosong: p.kosong }))),
    });
  }

  /** A line without a predikat in any period column and without an AK: refused naming those columns. */
  private tanpaIsi(g: Galat): Galat {
    if (g.code !== 'baris-tanpa-isi') return g;
    const kolom = this.periode.map((p) => p.kolom.kolom);
    const daftar = kolom.map((k) => `"${k}"`).join(', ');
    return {
      ...g,
      kolom: kolom[0] ?? '',
      message: `Baris tanpa predikat di kolom periode (${daftar}) dan tanpa AK Dasar atau AK konvensional: isi predikat periode yang dinilai.`,
      messageEn: `A row without a predikat in the period columns (${daftar}) and without an AK Dasar or conventional AK: fill in the predikat of the periods rated.`,
    };
  }
}

/** The refusals of a line not yet given for it (the same column and code from another period's row is dropped). */
function sekaliPerBaris(galat: readonly Galat[], sudah: Set<string>): readonly Galat[] {
  if (galat.length === 0) return galat;
  return galat.filter((g) => {
    const k = `${g.kolom}\u0000${g.code}\u0000${g.jenis}`;
    if (sudah.has(k)) return false;
    sudah.add(k);
    return true;
  });
}
