// The per-guru accumulator: the rows of each NIP gathered into one guru (who, the latest golongan and jenjang, the
// konversi records, one AK Dasar, one integrasi), the same fact written twice taken once, conflicting facts refused
// naming both lines, and every refused line of a NIP kept, so that a guru with one is held (no page, no SIASN body).
import type { Golongan, Jenjang } from '../ketentuan/kode';
import type { HasilIntegrasi } from '../pak/integrasi';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import type { Medan } from '../format/kolom';
import { parseNipBerkas } from '../format/nilai';
import type { BarisData, IdentitasBaris, PembacaBaris, SiapaBaris, SiasnBaris } from './baris';
import type { Galat } from './sel';

/** What a run keeps of one NIP: who, the latest golongan and jenjang, and where its rows are. */
export interface Guru {
  readonly nip: string;
  nama: string;
  golongan: Golongan;
  jenjang: Jenjang;
  unitKerja: string | undefined;
  /** Who the person is, as the file writes it, for the PAK pages (only the columns the file has). */
  identitas: IdentitasBaris;
  /** The period of the row that set golongan and jenjang (the latest one wins). */
  terakhir: number;
  /** The first and last of this NIP's konversi rows in the {@link Simpanan} (a linked list; -1 when none). */
  kepala: number;
  ekor: number;
  akDasar: { nilai: string; baris: number } | undefined;
  integrasi: { hasil: HasilIntegrasi; ak: string; baris: number } | undefined;
  /** What the guru's accepted rows assumed, as bits of `ASUMSI` (the page states the jenjang taken from the golongan). */
  asumsi: number;
  readonly barisPertama: number;
}

/** A refused line of a guru, as the guru's status names it. */
export interface AlasanGuru {
  readonly baris: number;
  readonly code: string;
  readonly message: string;
  readonly messageEn: string;
}

/** One konversi row of a guru: its record, its line and its SIASN cells (when the file has them). */
export interface RekamGuru {
  readonly r: RekamAngkaKredit;
  readonly baris: number;
  readonly siasn: SiasnBaris | null;
}

/**
 * Every accepted konversi row, column by column: the record (frozen and shared, so a row costs a pointer), its line,
 * the next row of the same NIP, and its SIASN cells when any row has them. A million rows take ~16 MB here.
 */
export class Simpanan {
  readonly rekam: RekamAngkaKredit[] = [];
  private readonly siasn: (SiasnBaris | null)[] = [];
  private baris = new Int32Array(1024);
  private lanjut = new Int32Array(1024);
  /** Rows handed out by {@link dari} (the per-NIP phase), to call `kompak` every 200 000 of them. */
  private diambil = 0;
  /** `kompak`: called every 200 000 rows handed out (the per-NIP phase makes a Penetapan per NIP: V8 would otherwise let
   * its dead objects grow the heap to about three times the live data before collecting). */
  constructor(private readonly kompak?: () => void) {}
  tambah(g: Guru, r: RekamAngkaKredit, baris: number, siasn: SiasnBaris | null): void {
    const i = this.rekam.length;
    if (i === this.baris.length) {
      this.baris = besar(this.baris);
      this.lanjut = besar(this.lanjut);
    }
    this.rekam.push(r);
    if (siasn !== null || this.siasn.length > 0) {
      while (this.siasn.length < i) this.siasn.push(null);
      this.siasn.push(siasn);
    }
    this.baris[i] = baris;
    this.lanjut[i] = -1;
    if (g.ekor >= 0) this.lanjut[g.ekor] = i;
    else g.kepala = i;
    g.ekor = i;
  }
  /** A NIP's konversi rows with their lines, in input order. */
  dari(g: Guru): RekamGuru[] {
    const out: RekamGuru[] = [];
    for (let i = g.kepala; i >= 0; i = this.lanjut[i]!)
      out.push({ r: this.rekam[i]!, baris: this.baris[i]!, siasn: this.siasn[i] ?? null });
    const sebelum = this.diambil;
    this.diambil += out.length;
    if (this.kompak !== undefined && Math.floor(this.diambil / 200_000) > Math.floor(sebelum / 200_000)) this.kompak();
    return out;
  }
  /** The line of a NIP's row covering one of these months, or -1. */
  tumpang(g: Guru, r: Pick<RekamAngkaKredit, 'tahun' | 'bulanMulai' | 'bulanAkhir'>): number {
    for (let i = g.kepala; i >= 0; i = this.lanjut[i]!) {
      const x = this.rekam[i]!;
      if (x.tahun === r.tahun && x.bulanMulai <= r.bulanAkhir && r.bulanMulai <= x.bulanAkhir) return this.baris[i]!;
    }
    return -1;
  }
  /** The last month of a year a NIP's rows already cover (0 when none). */
  akhirTahun(g: Guru, tahun: number): number {
    let m = 0;
    for (let i = g.kepala; i >= 0; i = this.lanjut[i]!) {
      const x = this.rekam[i]!;
      if (x.tahun === tahun && x.bulanAkhir > m) m = x.bulanAkhir;
    }
    return m;
  }
}

function besar(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The guru of a file, row by row: {@link tambah} takes a parsed row (refusing it when it conflicts with the NIP's
 * earlier rows), {@link catatTolak} keeps a refused line against its NIP.
 */
export class KumpulanGuru {
  readonly guru = new Map<string, Guru>();
  readonly simpanan: Simpanan;
  /** The refused lines of each NIP (a guru with any is held). */
  readonly alasan = new Map<string, AlasanGuru[]>();
  constructor(
    private readonly pembaca: PembacaBaris,
    kompak?: () => void,
  ) {
    this.simpanan = new Simpanan(kompak);
  }

  /** A refused line, kept against its NIP (as read, when it can be read). */
  catatTolak(g: Galat): void {
    if (g.jenis === 'siasn' || g.nip === '') return;
    const r = g.nip.length === 18 ? null : parseNipBerkas(g.nip);
    const nip = r === null ? g.nip : r.success ? r.data : g.nip;
    let daftar = this.alasan.get(nip);
    if (daftar === undefined) this.alasan.set(nip, (daftar = []));
    daftar.push({ baris: g.baris, code: g.code, message: g.message, messageEn: g.messageEn });
  }

  /** Who a refused row is about: a guru of the run (held), even when none of its rows is accepted. */
  catatSiapa(d: SiapaBaris): void {
    if (!this.guru.has(d.nip)) this.baru(d);
  }

  /**
   * A parsed row added to its guru: its refusals when it conflicts with the NIP's earlier rows (another name, months
   * already counted, another AK Dasar or conventional AK), else the row as kept (a count of months moved after the
   * guru's last months of that year) and no refusal. `pembaca` is the reader of the row (a sheet with one column
   * per period has one per column), whose headers the refusals name.
   */
  tambah(
    d: BarisData,
    pembaca: PembacaBaris = this.pembaca,
  ): { readonly data: BarisData; readonly galat: readonly Galat[] } {
    const ada = this.guru.get(d.nip);
    const dipindah = ada === undefined || !d.dariJumlah || d.rekam === null ? d : this.pindahkan(ada, d);
    const galat = ada === undefined ? [] : this.bentrok(ada, dipindah, pembaca);
    if (galat.length > 0) return { data: d, galat };
    const g = ada ?? this.baru(dipindah);
    this.perbarui(g, dipindah);
    g.asumsi |= dipindah.asumsi;
    if (dipindah.rekam !== null) this.simpanan.tambah(g, dipindah.rekam, d.baris, dipindah.siasn);
    if (dipindah.akDasar !== null && g.akDasar === undefined) g.akDasar = { nilai: dipindah.akDasar, baris: d.baris };
    if (dipindah.integrasi !== null && g.integrasi === undefined)
      g.integrasi = { ...dipindah.integrasi, baris: d.baris };
    return { data: dipindah, galat: [] };
  }

  /** A count of months placed after the months of that year the guru's earlier rows cover. */
  private pindahkan(g: Guru, d: BarisData): BarisData {
    const r = d.rekam!;
    const akhir = this.simpanan.akhirTahun(g, r.tahun);
    const n = r.bulanAkhir - r.bulanMulai + 1;
    if (akhir === 0 || akhir + n > 12) return d;
    const rekam = this.pembaca.baca.rekam(r.tahun, akhir + 1, akhir + n, r.jenjang, r.predikat);
    return { ...d, rekam };
  }

  /** The conflicts of a row with the guru's earlier rows, at the columns of the reader that read it. */
  private bentrok(g: Guru, d: BarisData, pembaca: PembacaBaris): Galat[] {
    const galat: Galat[] = [];
    const salah = (m: Medan | 'periode', code: string, id: string, en: string) =>
      galat.push({
        baris: d.baris,
        kolom: pembaca.kolom(m),
        code,
        message: id,
        messageEn: en,
        nip: d.nip,
        nama: d.nama,
        nilai: '',
        jenis: 'baris',
      });
    if (g.nama !== d.nama)
      salah(
        'nama',
        'data-pegawai-berbeda',
        `Nama "${d.nama}" berbeda dengan baris ${g.barisPertama} ("${g.nama}") untuk NIP yang sama.`,
        `Name "${d.nama}" differs from line ${g.barisPertama} ("${g.nama}") for the same NIP.`,
      );
    const r = d.rekam;
    const lain = r === null ? -1 : this.simpanan.tumpang(g, r);
    if (r !== null && lain >= 0)
      salah(
        'periode',
        'periode-tumpang-tindih',
        `Bulan ${r.bulanMulai}–${r.bulanAkhir} ${r.tahun} sudah ada di baris ${lain} untuk NIP ini.`,
        `Months ${r.bulanMulai}–${r.bulanAkhir} ${r.tahun} are already on line ${lain} for this NIP.`,
      );
    if (g.akDasar !== undefined && d.akDasar !== null && g.akDasar.nilai !== d.akDasar)
      salah(
        'akDasar',
        'ak-dasar-berbeda',
        `AK Dasar ${koma(d.akDasar)} berbeda dengan ${koma(g.akDasar.nilai)} di baris ${g.akDasar.baris} untuk NIP yang sama: tulis satu nilai.`,
        `AK Dasar ${d.akDasar} differs from ${g.akDasar.nilai} on line ${g.akDasar.baris} for the same NIP: write one value.`,
      );
    const i = g.integrasi;
    if (
      i !== undefined &&
      d.integrasi !== null &&
      (i.ak !== d.integrasi.ak || i.hasil.golongan !== d.integrasi.hasil.golongan)
    )
      salah(
        'akKonvensional',
        'integrasi-berbeda',
        `AK konvensional ${koma(d.integrasi.ak)} (${d.integrasi.hasil.golongan}) berbeda dengan ${koma(i.ak)} (${i.hasil.golongan}) di baris ${i.baris} untuk NIP yang sama: tulis satu nilai.`,
        `Conventional AK ${d.integrasi.ak} (${d.integrasi.hasil.golongan}) differs from ${i.ak} (${i.hasil.golongan}) on line ${i.baris} for the same NIP: write one value.`,
      );
    return galat;
  }

  private baru(d: SiapaBaris): Guru {
    const g: Guru = {
      nip: milikNip(d.nip),
      nama: milik(d.nama),
      golongan: d.golongan,
      jenjang: d.jenjang,
      unitKerja: d.unitKerja === '' ? undefined : milik(d.unitKerja),
      identitas: TANPA_IDENTITAS,
      terakhir: -1,
      kepala: -1,
      ekor: -1,
      akDasar: undefined,
      integrasi: undefined,
      asumsi: 0,
      barisPertama: d.baris,
    };
    this.guru.set(g.nip, g);
    return g;
  }

  /** The latest row (by its period) sets golongan, jenjang and unit; identity cells: the latest row's, else the first. */
  private perbarui(g: Guru, d: BarisData): void {
    const r = d.rekam;
    const kapan = r === null ? -1 : r.tahun * 12 + r.bulanAkhir;
    const terbaru = kapan >= g.terakhir;
    if (terbaru) {
      g.golongan = d.golongan;
      g.jenjang = d.jenjang;
      g.terakhir = kapan;
      if (d.unitKerja !== '' && d.unitKerja !== g.unitKerja) g.unitKerja = milik(d.unitKerja);
    }
    if (d.identitas === null) return;
    let baru: Record<string, string> | null = null;
    for (const [m, v] of Object.entries(d.identitas) as [keyof IdentitasBaris, string][])
      if (g.identitas[m] !== v && (terbaru || g.identitas[m] === undefined))
        (baru ??= { ...g.identitas })[m] = milik(v);
    if (baru !== null) g.identitas = Object.freeze(baru);
  }
}

const koma = (s: string): string => s.replace('.', ',');

const TANPA_IDENTITAS: IdentitasBaris = /* @__PURE__ */ Object.freeze({});

/**
 * A string of its own: a cell cut from a chunk of text may keep the whole chunk alive in V8 (a sliced string);
 * what is kept per NIP for the whole run is copied, so that a million rows do not keep the file's text in memory.
 */
const milik = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

/** A NIP (18 ASCII digits) of its own, flat: 40 bytes instead of {@link milik}'s slice of a copy (72); escaping
 * leaves digits as they are and always builds a new string. */
const milikNip = (nip: string): string => encodeURIComponent(nip);
