// The library's readings of a file's cells, each distinct text read once (labels repeat down a column), and the
// records of (period, jenjang, predikat) made once (records are immutable values shared by every row that has them).
import type { KetentuanBerlaku } from '../ketentuan/types';
import type { Golongan, Jenjang, Predikat } from '../ketentuan/kode';
import { getGolongan } from '../ketentuan/lookup';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { safeParseGolongan, safeParseJenjang, safeParseKode, safeParsePredikat } from '../ketentuan/label';
import { normalizeKolom } from '../format/kolom';
import { parseBulanBerkas, parseDesimalBerkas, parseTanggalBerkas } from '../format/nilai';
import { createRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';
import { bacaTahun, KOLOM_PERIODE_LAIN, type BacaPeriode } from './periode';
import type { KolomBaris } from './sel';

/** What the cell readers need besides the header: the run's rule set (if given) and the file's decimal mark. */
export interface OpsiBacaSel {
  readonly ketentuan: KetentuanBerlaku | undefined;
  readonly desimal: ',' | '.';
}

/** The memo of one kind of cell: each distinct text read once (at most 4096 kept; then it starts over). */
function sekali<K, T>(memo: Map<K, T>, kunci: K, f: (k: K) => T): T {
  let v = memo.get(kunci);
  if (v === undefined) {
    v = f(kunci);
    if (memo.size >= 4096) memo.clear();
    memo.set(kunci, v);
  }
  return v;
}

/** The parts of a combined cell (`Penata Muda / IIIa / 01-03-2020`): the texts, and the one that reads as a date. */
function pisah(t: string): { teks: string[]; tanggal: string | undefined } {
  const teks: string[] = [];
  let tanggal: string | undefined;
  for (const x of t.split(/\s*[/|;]\s*|\s+-\s+|,\s+/)) {
    const p = x.trim();
    if (p === '') continue;
    if (
      tanggal === undefined &&
      /\d{1,4}[-./]\d{1,2}[-./]\d{1,4}|\d{4}-\d{2}-\d{2}/.test(p) &&
      parseTanggalBerkas(p).success
    )
      tanggal = p;
    else teks.push(p);
  }
  return { teks, tanggal };
}

/** A label read whole, else from the parts of a combined cell (each part, then two adjacent parts as `III/a`). */
function dariGabungan<R extends { readonly success: boolean }>(t: string, parse: (x: string) => R): R {
  const r = parse(t);
  if (r.success || !/[/|;,]|\s-\s/.test(t)) return r;
  const { teks } = pisah(t);
  // A part that names a title whose jenjang is not settled (`Guru Madya/01-04-2022`) says so, rather than the whole cell.
  let ambigu: R | undefined;
  for (const p of teks) {
    const x = parse(p);
    if (x.success) return x;
    if ((x as { issues?: readonly { code: string }[] }).issues?.[0]?.code === 'jabatan-ambigu') ambigu ??= x;
  }
  for (let i = 0; i + 1 < teks.length; i++) {
    const x = parse(`${teks[i]}/${teks[i + 1]}`);
    if (x.success) return x;
  }
  return ambigu ?? r;
}

/** A jabatan as written, whole or in a combined cell (`Guru Ahli Pertama / 01-03-2020`): its jenjang, or why not. */
export const bacaJabatan = (t: string): ReturnType<typeof safeParseJenjang> => dariGabungan(t, safeParseJenjang);

const kuadran = (t: string) => safeParseKode('kuadranKinerja', t) as ReturnType<typeof safeParsePredikat>;

/** The cell readers of one file: memoised library parses, the records, and the column that names a period otherwise. */
export class BacaSel implements BacaPeriode {
  readonly k: { readonly ketentuan?: KetentuanBerlaku };
  readonly periodeLain: string | undefined;
  private readonly memo = {
    golongan: new Map<string, ReturnType<typeof safeParseGolongan>>(),
    jenjang: new Map<string, ReturnType<typeof safeParseJenjang>>(),
    jabatan: new Map<string, ReturnType<typeof safeParseJenjang>>(),
    predikat: new Map<string, ReturnType<typeof safeParsePredikat>>(),
    kuadran: new Map<string, ReturnType<typeof safeParsePredikat>>(),
    jenjangGol: new Map<Golongan, Jenjang>(),
    tahun: new Map<string, number | null>(),
    bulan: new Map<string, ReturnType<typeof parseBulanBerkas>>(),
    tanggal: new Map<string, ReturnType<typeof parseTanggalBerkas>>(),
    desimal: new Map<string, ReturnType<typeof parseDesimalBerkas>>(),
    asli: new Map<number, string>(),
    rekam: new Map<number, Map<number, RekamAngkaKredit>>(),
    kode: new Map<string, number>(),
  };
  constructor(
    kolom: KolomBaris,
    private readonly opsi: OpsiBacaSel,
  ) {
    this.k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
    const { indeks } = kolom.cocok;
    const dipakai = new Set(Object.values(indeks));
    const adaPeriode = (
      ['bulanMulai', 'bulanSelesai', 'tanggalMulai', 'tanggalSelesai', 'semester', 'jumlahBulan'] as const
    ).some((m) => indeks[m] !== undefined);
    // A column that names the period in a way this reader does not read (e.g. "Periode": "Januari - Juni 2024"):
    // with it in the file, a whole year is never assumed (it would be a wrong AK).
    this.periodeLain = adaPeriode
      ? undefined
      : kolom.header.find((h, i) => !dipakai.has(i) && KOLOM_PERIODE_LAIN.has(normalizeKolom(h)));
  }
  golongan = (t: string) => sekali(this.memo.golongan, t, (x) => dariGabungan(x, safeParseGolongan));
  jenjang = (t: string) => sekali(this.memo.jenjang, t, safeParseJenjang);
  jabatan = (t: string) => sekali(this.memo.jabatan, t, bacaJabatan);
  predikat = (t: string) => sekali(this.memo.predikat, t, safeParsePredikat);
  kuadran = (t: string) => sekali(this.memo.kuadran, t, kuadran);
  jenjangGolongan = (g: Golongan) => sekali(this.memo.jenjangGol, g, (x) => getGolongan(x).jenjang);
  tahun = (t: string) => sekali(this.memo.tahun, t, bacaTahun);
  bulan = (t: string) => sekali(this.memo.bulan, t, parseBulanBerkas);
  tanggal = (t: string) => sekali(this.memo.tanggal, t, parseTanggalBerkas);
  desimal = (t: string) => sekali(this.memo.desimal, t, (x) => parseDesimalBerkas(x, this.opsi.desimal));

  /** A combined jabatan cell's title and TMT (`Guru Ahli Pertama / 01-03-2020`); a plain cell as it is. */
  pisahJabatan(t: string): readonly [string, string | undefined] {
    if (!/[/|;,]|\s-\s/.test(t)) return [t, undefined];
    const { teks, tanggal } = pisah(t);
    return tanggal === undefined ? [t, undefined] : [teks.join(' / '), tanggal];
  }

  /** The TMT written in a combined golongan cell (`Penata Muda / IIIa / 01-03-2020`), if any. */
  tmtGolongan(t: string): string | undefined {
    return /[/|;,]|\s-\s/.test(t) && /\d/.test(t) ? pisah(t).tanggal : undefined;
  }

  /** The record of a (period, jenjang, predikat), made once: keyed by numbers so that a row builds no key string. */
  rekam(tahun: number, mulai: number, akhir: number, jenjang: Jenjang, predikat: Predikat): RekamAngkaKredit {
    const kunci = (tahun * 13 + mulai) * 13 + akhir;
    let per = this.memo.rekam.get(kunci);
    if (per === undefined) this.memo.rekam.set(kunci, (per = new Map()));
    const jp = this.nomor(jenjang) * 4096 + this.nomor(predikat);
    let r = per.get(jp);
    if (r === undefined) {
      r = createRekamAngkaKredit({ tahun, bulanMulai: mulai, bulanAkhir: akhir, jenjang, predikat }, this.k);
      per.set(jp, r);
    }
    return r;
  }

  /** Whether the run's rule set changed this record from the one of its own period. */
  ditimpa(tahun: number, bulan: number, r: RekamAngkaKredit): boolean {
    if (this.opsi.ketentuan === undefined) return false;
    return sekali(this.memo.asli, tahun * 13 + bulan, () => ketentuanAsli(tahun, bulan)) !== r.ketentuan;
  }

  private nomor(kode: string): number {
    let i = this.memo.kode.get(kode);
    if (i === undefined) this.memo.kode.set(kode, (i = this.memo.kode.size));
    return i;
  }
}

function ketentuanAsli(tahun: number, bulan: number): string {
  try {
    return ketentuanUntuk(`${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-01`).id;
  } catch {
    return '';
  }
}
