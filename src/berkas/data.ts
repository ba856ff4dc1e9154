// Row → library input: the rows of a pak / kenaikan / rekonsiliasi file read into the library's records, one refusal
// per refused cell. Shared by the CLI and the web page: one implementation.
import { issueOf, type Bahasa, type Issue } from '../core/issue';
import { isKinerjaError } from '../core/error';
import { getGolongan } from '../ketentuan/lookup';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { safeParseGolongan, safeParseJenjang, safeParseKode, safeParsePredikat } from '../ketentuan/label';
import type { Golongan, Jenjang, Predikat } from '../ketentuan/kode';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { angkaKreditIntegrasi, type HasilIntegrasi } from '../pak/integrasi';
import { createRekamAngkaKredit, type RekamAngkaKredit } from '../penilaian/rekam-ak';
import type { BacaanBerkas as Masukan, BarisBerkas as BarisMasukan } from '../format/dialek';
import { tarikBaris } from '../format/baca';
import {
  kolomWajibKurang,
  matchKolom,
  normalizeKolom,
  type CocokKolom,
  type LaporanKolom,
  type Medan,
  type PetaKolom,
} from '../format/kolom';
import { parseBulanBerkas, parseDesimalBerkas, parseNipBerkas, parseTanggalBerkas } from '../format/nilai';

/**
 * A file refused whole before its rows are read (a column map naming a header the file lacks, a required field not
 * found): the run's public functions turn it into a failed `Result` with this one issue.
 */
export class GalatKolom extends Error {
  constructor(
    readonly kode: string,
    readonly pesan: string,
    readonly pesanEn: string,
  ) {
    super(pesanEn);
  }
  get issue(): Issue {
    return issueOf(this.kode, [], this.pesan, this.pesanEn);
  }
}

/**
 * A refusal: one per refused cell or line, with the line, the column, a code, the message in both languages, who
 * (NIP and nama as written, '' when unknown), the value as written, and its kind: `baris` (the row is refused),
 * `siasn` (only the row's SIASN body was skipped; the row was accepted), `guru` (a whole NIP), `berkas` (a line the
 * reader could not split).
 */
export interface Galat {
  readonly baris: number;
  readonly kolom: string;
  readonly kode: string;
  readonly pesan: string;
  readonly pesanEn: string;
  readonly nip: string;
  readonly nama: string;
  readonly nilai: string;
  readonly jenis: 'baris' | 'siasn' | 'guru' | 'berkas';
}

/**
 * An accepted row, as `diterima.csv` lists it: who (NIP, nama and unit kerja as written), what, and what was assumed
 * for it (`asumsi`: 'periode-setahun-diasumsikan', 'jenjang-dari-golongan', 'ketentuan-ditimpa').
 */
export interface Diterima {
  readonly baris: number;
  readonly nip: string;
  readonly nama: string;
  readonly unitKerja: string;
  readonly asumsi: readonly string[];
  readonly jenis: 'konversi' | 'integrasi' | 'ak-dasar';
  readonly rekam: RekamAngkaKredit | null;
  readonly integrasi: HasilIntegrasi | null;
  readonly akDasar: string | null;
  readonly siasn: SiasnBaris | null;
}

/** What the CLI keeps of one NIP while reading: who, the latest golongan and jenjang, and where its rows are. */
export interface Guru {
  readonly nip: string;
  nama: string;
  golongan: Golongan;
  jenjang: Jenjang;
  unitKerja: string | undefined;
  /** Who the person is, as the file writes it, for the PAK pages (only the columns the file has). */
  identitas: Readonly<
    Partial<
      Record<
        | 'gelarDepan'
        | 'gelarBelakang'
        | 'tempatLahir'
        | 'tanggalLahir'
        | 'jenisKelamin'
        | 'karpeg'
        | 'tmtGolongan'
        | 'jabatan'
        | 'tmtJabatan'
        | 'instansi',
        string
      >
    >
  >;
  /** The period of the row that set golongan and jenjang (the latest one wins). */
  terakhir: number;
  /** The first and last of this NIP's konversi rows in the {@link Simpanan} (a linked list; -1 when none). */
  kepala: number;
  ekor: number;
  akDasar: { nilai: string; baris: number } | undefined;
  integrasi: { hasil: HasilIntegrasi; baris: number } | undefined;
  readonly barisPertama: number;
}

export interface OpsiBaca {
  readonly bahasa: Bahasa;
  readonly ketentuan: KetentuanBerlaku | undefined;
  readonly peta: PetaKolom;
  /** Called between the phases of a large file and every 200 000 rows (the CLI collects garbage there). */
  readonly kompak?: (() => void) | undefined;
}

/**
 * Every accepted konversi row, column by column: the record (frozen and shared: rows with the same period, jenjang and
 * predikat have the same record, so a row costs a pointer), its line, and the next row of the same NIP. A million rows
 * take ~16 MB here instead of three small arrays per NIP.
 */
export class Simpanan {
  readonly rekam: RekamAngkaKredit[] = [];
  private baris = new Int32Array(1024);
  private lanjut = new Int32Array(1024);
  /** Rows handed out by {@link dari} (the per-NIP phase), to call `kompak` every 200 000 of them. */
  private diambil = 0;
  /** `kompak`: called every 200 000 rows handed out (the per-NIP phase makes a Penetapan per NIP: V8 would otherwise let
   * its dead objects grow the heap to about three times the live data before collecting). */
  constructor(private readonly kompak?: () => void) {}
  tambah(g: Guru, r: RekamAngkaKredit, baris: number): void {
    const i = this.rekam.length;
    if (i === this.baris.length) {
      const b = new Int32Array(i * 2);
      b.set(this.baris);
      this.baris = b;
      const l = new Int32Array(i * 2);
      l.set(this.lanjut);
      this.lanjut = l;
    }
    this.rekam.push(r);
    this.baris[i] = baris;
    this.lanjut[i] = -1;
    if (g.ekor >= 0) this.lanjut[g.ekor] = i;
    else g.kepala = i;
    g.ekor = i;
  }
  /** A NIP's konversi rows with their lines, in input order. */
  dari(g: Guru): { r: RekamAngkaKredit; baris: number }[] {
    const out: { r: RekamAngkaKredit; baris: number }[] = [];
    for (let i = g.kepala; i >= 0; i = this.lanjut[i]!) out.push({ r: this.rekam[i]!, baris: this.baris[i]! });
    const sebelum = this.diambil;
    this.diambil += out.length;
    if (this.kompak !== undefined && Math.floor(this.diambil / 200_000) > Math.floor(sebelum / 200_000)) this.kompak();
    return out;
  }
  /** Whether a NIP already has a row covering one of these months. */
  tumpang(g: Guru, r: RekamAngkaKredit): boolean {
    for (let i = g.kepala; i >= 0; i = this.lanjut[i]!) {
      const x = this.rekam[i]!;
      if (x.tahun === r.tahun && x.bulanMulai <= r.bulanAkhir && r.bulanMulai <= x.bulanAkhir) return true;
    }
    return false;
  }
}

/** The SIASN body's cells of a row, as written (the row was accepted; a missing one skips only this body). */
export type SiasnBaris = {
  readonly pnsId: string;
  readonly rwJabatanId: string;
  readonly nomorSk: string;
  readonly tanggalSk: string;
};

/** Whether the header carries the four columns a SIASN angkakredit/save body needs. */
export function adaKolomSiasn(header: readonly string[], opsi: Pick<OpsiBaca, 'peta'>): boolean {
  const r = matchKolom(header, opsi.peta);
  return (
    r.success &&
    (['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'] as const).every((m) => r.data.indeks[m] !== undefined)
  );
}

/** Every column of the file: used (by which field) or ignored (with the field it might be). */
export function laporanKolom(header: readonly string[], opsi: Pick<OpsiBaca, 'peta'>): LaporanKolom {
  const r = matchKolom(header, opsi.peta);
  return r.success ? r.data.laporan : { dipakai: [], diabaikan: header.map((kolom, indeks) => ({ kolom, indeks })) };
}

/**
 * The columns of a header, or a refusal of the file ({@link GalatKolom}) that says what to do: a map naming a column the file lacks,
 * every required field missing with the headers accepted and the `--kolom` line to write.
 */
export function cocokkanKolom(header: readonly string[], peta: PetaKolom): CocokKolom {
  const r = matchKolom(header, peta);
  if (!r.success)
    throw new GalatKolom(
      'kolom-peta-tidak-ada',
      r.issues.map((i) => i.message).join('\n'),
      r.issues.map((i) => i.messageEn).join('\n'),
    );
  const kurang = kolomWajibKurang(r.data, header);
  if (kurang.length > 0) {
    const id = `Baris judul berkas: ${header.map((h) => `"${h}"`).join(', ')}.\n${kurang.map((i) => `- ${i.message}`).join('\n')}\nPeta kolom yang siap disunting: pengelolaan-kinerja kolom <berkas>.`;
    const en = `The file's header: ${header.map((h) => `"${h}"`).join(', ')}.\n${kurang.map((i) => `- ${i.messageEn}`).join('\n')}\nA column map ready to edit: pengelolaan-kinerja kolom <file>.`;
    throw new GalatKolom('kolom-wajib', id, en);
  }
  return r.data;
}

const IDENTITAS: readonly (keyof Guru['identitas'] & Medan)[] = [
  'gelarDepan',
  'gelarBelakang',
  'tempatLahir',
  'tanggalLahir',
  'jenisKelamin',
  'karpeg',
  'tmtGolongan',
  'tmtJabatan',
  'instansi',
];

/** Semester values as files write them (normalized like headers): 1 = January–June, 2 = July–December. */
const SEMESTER: ReadonlyMap<string, 1 | 2> = new Map([
  ['1', 1],
  ['i', 1],
  ['ganjil', 1],
  ['semester1', 1],
  ['semesteri', 1],
  ['2', 2],
  ['ii', 2],
  ['genap', 2],
  ['semester2', 2],
  ['semesterii', 2],
] as const);

/** Headers (normalized) that name a period in a form not read here: with one in the file, no year is assumed. */
const KOLOM_PERIODE_LAIN: ReadonlySet<string> = new Set([
  'periode',
  'jenisperiode',
  'periodepenilaian',
  'masapenilaian',
  'bulan',
  'periodeskp',
  'masaperiode',
]);

/** The last day of a month (yyyy-mm). */
const hariTerakhir = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * Reads the rows of a pak / kenaikan / rekonsiliasi input: each row is either accepted (handed to `terima`, kept per
 * NIP) or refused with one message per cell (its line, column, value as written, code and message). Adds no rule:
 * every figure comes from the library; what it assumes (a whole-year period, a jenjang taken from the golongan, a
 * rule set given by --ketentuan) is written on the row (`asumsi`).
 */
export async function bacaData(
  masukan: Masukan,
  opsi: OpsiBaca,
  terima: (d: Diterima) => void,
  tolak: (g: Galat) => void,
  tiap?: () => void,
  jeda?: () => Promise<void>,
): Promise<{ guru: Map<string, Guru>; simpanan: Simpanan; kolom: LaporanKolom }> {
  const cocok = cocokkanKolom(masukan.header, opsi.peta);
  const { indeks } = cocok;
  const desimalBerkas = masukan.dialek.desimal;
  const denganSiasn = (['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'] as const).every((m) => indeks[m] !== undefined);
  const adaBulan = indeks.bulanMulai !== undefined || indeks.bulanSelesai !== undefined;
  const adaTanggal = indeks.tanggalMulai !== undefined || indeks.tanggalSelesai !== undefined;
  const adaSemester = indeks.semester !== undefined;
  // A column that names the period in a way this reader does not read (e.g. "Periode": "Januari - Juni 2024",
  // "Jenis Periode": "Bulanan"): with it in the file, a whole year is never assumed (it would be a wrong AK).
  const dipakaiKolom = new Set(Object.values(indeks));
  const periodeLain =
    adaBulan || adaTanggal || adaSemester
      ? undefined
      : masukan.header.find((h, i) => !dipakaiKolom.has(i) && KOLOM_PERIODE_LAIN.has(normalizeKolom(h)));
  const guru = new Map<string, Guru>();
  const simpanan = new Simpanan(opsi.kompak);
  const k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
  // The library's record for a (period, jenjang, predikat), made once: records are immutable values. Keyed by numbers
  // (the period, then the jenjang and predikat codes' order of appearance), so that a row builds no key string.
  const rekamMemo = new Map<number, Map<number, RekamAngkaKredit>>();
  const urutKode = new Map<string, number>();
  const nomorKode = (kode: string): number => {
    let i = urutKode.get(kode);
    if (i === undefined) urutKode.set(kode, (i = urutKode.size));
    return i;
  };
  const buatRekam = (
    tahun: number,
    bulanMulai: number,
    bulanAkhir: number,
    jenjang: Jenjang,
    predikat: Predikat,
  ): RekamAngkaKredit => {
    const kunci = (tahun * 13 + bulanMulai) * 13 + bulanAkhir;
    let per = rekamMemo.get(kunci);
    if (per === undefined) rekamMemo.set(kunci, (per = new Map()));
    const jp = nomorKode(jenjang) * 4096 + nomorKode(predikat);
    let r = per.get(jp);
    if (r === undefined) {
      r = createRekamAngkaKredit({ tahun, bulanMulai, bulanAkhir, jenjang, predikat }, k);
      per.set(jp, r);
    }
    return r;
  };
  let n = 0;
  // The row being read and its refusals: the helpers below are made once, not per row, and the arrays are reused (a
  // refusal is handed on before the next row; what an accepted row assumed is a shared frozen list).
  let b: BarisMasukan = { baris: 0, sel: [] };
  const galat: Galat[] = [];
  const galatSiasn: Galat[] = [];
  let asumsi = 0;
  // The period read by periode() (no object per row).
  let perTahun = 0;
  let perMulai = 0;
  let perAkhir = 0;
  function kolom(m: Medan): string {
    const i = indeks[m];
    return i === undefined ? m : (masukan.header[i] ?? m);
  }
  /** The cell as written (trimmed), through the map's value codes when it has some for this field. */
  function sel(m: Medan): string {
    const i = indeks[m];
    if (i === undefined) return '';
    const v = (b.sel[i] ?? '').trim();
    const peta = cocok.nilai[m];
    return peta === undefined ? v : (peta.get(v.toLowerCase()) ?? v);
  }
  function mentah(m: Medan): string {
    const i = indeks[m];
    return i === undefined ? '' : (b.sel[i] ?? '').trim();
  }
  function salah(m: Medan, kode: string, id: string, en: string, jenis: Galat['jenis'] = 'baris'): void {
    (jenis === 'siasn' ? galatSiasn : galat).push({
      baris: b.baris,
      kolom: kolom(m),
      kode,
      pesan: id,
      pesanEn: en,
      nip: mentah('nip'),
      nama: mentah('nama'),
      nilai: mentah(m),
      jenis,
    });
  }
  function dariIssue(m: Medan, r: { readonly issues: readonly Issue[] }, jenis: Galat['jenis'] = 'baris'): void {
    const i = r.issues[0]!;
    salah(m, i.code, i.message, i.messageEn, jenis);
  }
  function wajib(m: Medan, jenis: Galat['jenis'] = 'baris'): string | null {
    const v = sel(m);
    if (v === '') {
      salah(m, 'kolom-kosong', `Kolom ${kolom(m)} kosong.`, `Column ${kolom(m)} is empty.`, jenis);
      return null;
    }
    return v;
  }

  // Labels repeat down a column: each distinct spelling is read by the library once (one map per kind, keyed by the
  // text itself: no key string, no closure per cell). A column of mostly distinct values (dates, decimals) is bounded.
  const memoGol = new Map<string, ReturnType<typeof safeParseGolongan>>();
  const memoJenjang = new Map<string, ReturnType<typeof safeParseJenjang>>();
  const memoPredikat = new Map<string, ReturnType<typeof safeParsePredikat>>();
  const memoKuadran = new Map<string, ReturnType<typeof safeParsePredikat>>();
  const memoJenjangGol = new Map<Golongan, Jenjang>();
  const memoTahun = new Map<string, number | null>();
  const memoBulan = new Map<string, ReturnType<typeof parseBulanBerkas>>();
  const memoTanggal = new Map<string, ReturnType<typeof parseTanggalBerkas>>();
  const memoDesimal = new Map<string, ReturnType<typeof parseDesimalBerkas>>();
  const memoAsli = new Map<number, string>();
  const golonganDari = (t: string) => sekali(memoGol, t, safeParseGolongan);
  const jenjangDari = (t: string) => sekali(memoJenjang, t, safeParseJenjang);
  const predikatDari = (t: string) => sekali(memoPredikat, t, safeParsePredikat);
  const kuadranDari = (t: string) => sekali(memoKuadran, t, kuadran);
  const jenjangGolongan = (g: Golongan) => sekali(memoJenjangGol, g, jenjangDariGolongan);
  const tahunDari = (t: string) => sekali(memoTahun, t, bacaTahun);
  const bulanDari = (t: string) => sekali(memoBulan, t, parseBulanBerkas);
  const tanggalDari = (t: string) => sekali(memoTanggal, t, parseTanggalBerkas);
  const desimalDari = (t: string) => sekali(memoDesimal, t, (x) => parseDesimalBerkas(x, desimalBerkas));
  // Which rule set the row's own period takes, to say when --ketentuan changed it.
  const asli = (tahun: number, bulan: number) =>
    sekali(memoAsli, tahun * 13 + bulan, () => ketentuanAsli(tahun, bulan));
  const tarik = tarikBaris(masukan.baris);
  if (tarik !== undefined) {
    // The reader's own rows, pulled one at a time: a row is parsed when it is read, so it dies young.
    for (;;) {
      for (let r = tarik.ambil(); r !== null; r = tarik.ambil()) {
        tiap?.();
        bacaSatu(r);
        if (++n % 4096 === 0 && jeda !== undefined) await jeda();
        if (n % 200_000 === 0) opsi.kompak?.();
      }
      if (!(await tarik.isi())) break;
    }
  } else {
    for await (const baris of masukan.baris) {
      tiap?.();
      bacaSatu(baris);
      if (++n % 4096 === 0 && jeda !== undefined) await jeda();
      if (n % 200_000 === 0) opsi.kompak?.();
    }
  }
  if (n >= 200_000) opsi.kompak?.();
  return { guru, simpanan, kolom: cocok.laporan };

  /** The row's period: from start and end dates, from month columns, or the whole year (assumed, and said so). */
  function periode(): boolean {
    const galatAwal = galat.length;
    let tahun: number | null = null;
    const tahunTeks = sel('tahun');
    if (tahunTeks !== '') {
      const t = tahunDari(tahunTeks);
      if (t === null)
        salah(
          'tahun',
          'tahun-tidak-valid',
          `Tahun "${tahunTeks}" tidak valid (contoh 2024).`,
          `Invalid year "${tahunTeks}" (e.g. 2024).`,
        );
      else tahun = t;
    }
    if (adaTanggal && (sel('tanggalMulai') !== '' || sel('tanggalSelesai') !== '')) {
      const mulaiTeks = wajib('tanggalMulai');
      const selesaiTeks = wajib('tanggalSelesai');
      const mulai = mulaiTeks === null ? null : tanggalDari(mulaiTeks);
      const selesai = selesaiTeks === null ? null : tanggalDari(selesaiTeks);
      if (mulai !== null && !mulai.success) dariIssue('tanggalMulai', mulai);
      if (selesai !== null && !selesai.success) dariIssue('tanggalSelesai', selesai);
      if (mulai?.success !== true || selesai?.success !== true) return false;
      const [y1, m1, d1] = mulai.data.split('-').map(Number) as [number, number, number];
      const [y2, m2, d2] = selesai.data.split('-').map(Number) as [number, number, number];
      // Konversi counts whole months: a period that starts or ends inside a month is refused, never rounded.
      if (d1 !== 1)
        salah(
          'tanggalMulai',
          'periode-bulan-sebagian',
          `Tanggal mulai ${mulaiTeks} bukan awal bulan: konversi dihitung per bulan penuh. Tulis tanggal 1 (mis. 01-${String(m1).padStart(2, '0')}-${y1}) bila bulan itu dinilai utuh.`,
          `Start date ${mulaiTeks} is not the first of a month: konversi counts whole months. Write the 1st (e.g. ${y1}-${String(m1).padStart(2, '0')}-01) if that month is rated whole.`,
        );
      if (d2 !== hariTerakhir(y2, m2))
        salah(
          'tanggalSelesai',
          'periode-bulan-sebagian',
          `Tanggal selesai ${selesaiTeks} bukan akhir bulan: konversi dihitung per bulan penuh. Tulis tanggal ${hariTerakhir(y2, m2)} bila bulan itu dinilai utuh.`,
          `End date ${selesaiTeks} is not the last day of a month: konversi counts whole months. Write the ${hariTerakhir(y2, m2)}th if that month is rated whole.`,
        );
      if (y1 !== y2)
        salah(
          'tanggalSelesai',
          'periode-lintas-tahun',
          `Periode ${mulaiTeks} s.d. ${selesaiTeks} melewati akhir tahun: tulis satu baris per tahun.`,
          `Period ${mulaiTeks} to ${selesaiTeks} crosses a year end: write one row per year.`,
        );
      else if (m2 < m1 || (m1 === m2 && d2 < d1))
        salah(
          'tanggalSelesai',
          'periode-terbalik',
          `Tanggal selesai ${selesaiTeks} sebelum tanggal mulai ${mulaiTeks}.`,
          `End date ${selesaiTeks} is before start date ${mulaiTeks}.`,
        );
      if (tahun !== null && tahun !== y1)
        salah(
          'tahun',
          'tahun-tidak-sesuai-periode',
          `Tahun ${tahun} berbeda dengan tanggal mulai ${mulaiTeks}.`,
          `Year ${tahun} differs from the start date ${mulaiTeks}.`,
        );
      if (galat.length > galatAwal) return false;
      return tetapkan(y1, m1, m2);
    }
    if (tahunTeks === '') {
      salah('tahun', 'kolom-kosong', `Kolom ${kolom('tahun')} kosong.`, `Column ${kolom('tahun')} is empty.`);
      return false;
    }
    if (adaSemester && !adaBulan && sel('semester') !== '') {
      // A semester (1, 2, I, II, ganjil, genap) or the months as such sheets write them ("Januari - Desember", "Mei").
      const teks = sel('semester');
      const ke = SEMESTER.get(normalizeKolom(teks));
      let rentang: readonly [number, number] | undefined = ke === 1 ? [1, 6] : ke === 2 ? [7, 12] : undefined;
      if (rentang === undefined) {
        const bagian = teks.split(/\s*(?:-|–|s\.?\s?d\.?|s\/d|sampai)\s*/i).filter((x) => x !== '');
        const bulan = bagian.length === 1 || bagian.length === 2 ? bagian.map((x) => parseBulanBerkas(x)) : [];
        if (bulan.length > 0 && bulan.every((x) => x.success)) {
          const [m1, m2] = [
            bulan[0]!.success ? bulan[0]!.data : 0,
            bulan[bulan.length - 1]!.success ? bulan[bulan.length - 1]!.data : 0,
          ];
          if (m1 <= m2) rentang = [m1, m2];
        }
      }
      if (rentang === undefined) {
        salah(
          'semester',
          'semester-tidak-valid',
          `Semester "${teks}" tidak dikenal: tulis 1 (Januari–Juni), 2 (Juli–Desember) atau bulannya (mis. Januari - Desember, Mei).`,
          `Semester "${teks}" is not known: write 1 (January–June), 2 (July–December) or its months (e.g. Januari - Desember, Mei).`,
        );
        return false;
      }
      if (tahun === null) return false;
      return tetapkan(tahun, rentang[0], rentang[1]);
    }
    if (adaBulan) {
      const bmTeks = wajib('bulanMulai');
      const baTeks = wajib('bulanSelesai');
      const bm = bmTeks === null ? null : bulanDari(bmTeks);
      const ba = baTeks === null ? null : bulanDari(baTeks);
      if (bm !== null && !bm.success) dariIssue('bulanMulai', bm);
      if (ba !== null && !ba.success) dariIssue('bulanSelesai', ba);
      if (tahun === null || bm?.success !== true || ba?.success !== true) return false;
      return tetapkan(tahun, bm.data, ba.data);
    }
    if (tahun === null) return false;
    if (periodeLain !== undefined) {
      salah(
        'tahun',
        'periode-tidak-terbaca',
        `Kolom "${periodeLain}" menyebut periode yang tidak dapat dibaca, jadi Januari–Desember tidak diasumsikan (angka kredit bisa salah). Tambahkan kolom Bulan Mulai dan Bulan Selesai, Tanggal Mulai dan Tanggal Selesai, atau Semester (1 atau 2), atau petakan kolom itu dengan --kolom (lihat perintah kolom).`,
        `Column "${periodeLain}" names a period this reader cannot read, so January–December is not assumed (the angka kredit could be wrong). Add Bulan Mulai and Bulan Selesai, Tanggal Mulai and Tanggal Selesai, or Semester (1 or 2) columns, or map that column with --kolom (see the kolom command).`,
      );
      return false;
    }
    asumsi |= ASUMSI_PERIODE;
    return tetapkan(tahun, 1, 12);
  }

  function tetapkan(tahun: number, bulanMulai: number, bulanAkhir: number): true {
    perTahun = tahun;
    perMulai = bulanMulai;
    perAkhir = bulanAkhir;
    return true;
  }

  function bacaSatu(baris: BarisMasukan): void {
    b = baris;
    galat.length = 0;
    galatSiasn.length = 0;
    asumsi = 0;
    if (baris.rusak !== undefined) {
      tolak({
        baris: baris.baris,
        kolom: '',
        kode: baris.rusak.code,
        pesan: baris.rusak.message,
        pesanEn: baris.rusak.messageEn,
        nip: '',
        nama: '',
        nilai: baris.rusak.mentah,
        jenis: 'berkas',
      });
      return;
    }
    const nipTeks = wajib('nip');
    const nipR =
      nipTeks === null
        ? null
        : nipTeks.length === 18 && delapanBelasAngka(nipTeks)
          ? NIP_SIAP
          : parseNipBerkas(nipTeks);
    if (nipR !== null && !nipR.success) dariIssue('nip', nipR);
    const nip = nipR === NIP_SIAP ? nipTeks : nipR?.success === true ? nipR.data : null;
    const nama = wajib('nama');
    const golTeks = wajib('golongan');
    const golongan = golTeks === null ? null : golonganDari(golTeks);
    if (golongan !== null && !golongan.success) dariIssue('golongan', golongan);
    const jenjangGol = golongan?.success === true ? jenjangGolongan(golongan.data) : null;
    // Jenjang: from its column, else from the jabatan (a guru's, or refused), else from the golongan (assumed, said).
    let jenjang: Jenjang | null = null;
    const jenjangTeks = sel('jenjang');
    const jabatanTeks = sel('jabatan');
    if (jenjangTeks !== '') {
      const j = jenjangDari(jenjangTeks);
      if (!j.success) dariIssue('jenjang', j);
      else jenjang = j.data;
    } else if (jabatanTeks !== '') {
      const j = jenjangDari(jabatanTeks);
      if (j.success) jenjang = j.data;
      else if (j.issues[0]?.code === 'jabatan-ambigu' && jenjangGol !== null) {
        jenjang = jenjangGol;
        asumsi |= ASUMSI_JENJANG;
      } else if (j.issues[0]?.code === 'jabatan-ambigu') dariIssue('jabatan', j);
      else {
        salah(
          'jabatan',
          'jabatan-bukan-guru',
          `Jabatan "${jabatanTeks}" bukan jabatan fungsional guru (Guru Ahli Pertama/Muda/Madya/Utama atau sebutan lamanya): angka kredit guru tidak dihitung untuk baris ini.`,
          `Jabatan "${jabatanTeks}" is not a guru's functional position (Guru Ahli Pertama/Muda/Madya/Utama or its former title): no guru angka kredit is computed for this row.`,
        );
      }
    } else if (jenjangGol !== null) {
      jenjang = jenjangGol;
      asumsi |= ASUMSI_JENJANG;
    }
    if (jenjang !== null && jenjangGol !== null && jenjang !== jenjangGol && (asumsi & ASUMSI_JENJANG) === 0) {
      const m: Medan = jenjangTeks !== '' ? 'jenjang' : 'jabatan';
      salah(
        m,
        'jenjang-tidak-sesuai-golongan',
        `Golongan ${golTeks} termasuk jenjang ${jenjangGol}, bukan ${jenjang}.`,
        `Golongan ${golTeks} belongs to jenjang ${jenjangGol}, not ${jenjang}.`,
      );
      jenjang = null;
    }
    // A konversi row: a period and a predikat (a label, or SIASN's kuadran code 1–5 in a kuadran column).
    const kuadranTeks = sel('kuadran');
    const predTeks = sel('predikat');
    const adaKonversi =
      sel('tahun') !== '' ||
      predTeks !== '' ||
      kuadranTeks !== '' ||
      sel('tanggalMulai') !== '' ||
      sel('tanggalSelesai') !== '';
    let rekam: RekamAngkaKredit | null = null;
    if (adaKonversi) {
      const per = periode();
      let predikat: Predikat | null = null;
      if (kuadranTeks !== '') {
        const p = kuadranDari(kuadranTeks);
        if (p.success) predikat = p.data;
        else dariIssue('kuadran', p);
      } else if (predTeks !== '') {
        const p = predikatDari(predTeks);
        if (p.success) predikat = p.data;
        else dariIssue('predikat', p);
      } else
        salah(
          indeks.kuadran !== undefined && indeks.predikat === undefined ? 'kuadran' : 'predikat',
          'kolom-kosong',
          `Kolom ${kolom(indeks.kuadran !== undefined && indeks.predikat === undefined ? 'kuadran' : 'predikat')} kosong.`,
          `Column ${kolom(indeks.kuadran !== undefined && indeks.predikat === undefined ? 'kuadran' : 'predikat')} is empty.`,
        );
      if (galat.length === 0 && per && predikat !== null && jenjang !== null) {
        try {
          rekam = buatRekam(perTahun, perMulai, perAkhir, jenjang, predikat);
          if (opsi.ketentuan !== undefined && asli(perTahun, perMulai) !== rekam.ketentuan) asumsi |= ASUMSI_KETENTUAN;
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
          salah(
            'tahun',
            e.issues[0]?.code ?? e.code,
            e.issues[0]?.message ?? e.message,
            e.issues[0]?.messageEn ?? e.messageEn,
          );
        }
      }
    }
    const dasarTeks = sel('akDasar');
    const akDasarR = dasarTeks === '' ? null : desimalDari(dasarTeks);
    if (akDasarR !== null && !akDasarR.success) dariIssue('akDasar', akDasarR);
    const akDasar = akDasarR?.success === true ? akDasarR.data : null;
    const konvTeks = sel('akKonvensional');
    let integrasi: HasilIntegrasi | null = null;
    if (konvTeks !== '') {
      const ak = desimalDari(konvTeks);
      const g22Teks = sel('golongan2022');
      const g22 = g22Teks === '' ? golongan : golonganDari(g22Teks);
      if (!ak.success) dariIssue('akKonvensional', ak);
      else if (g22 !== null && !g22.success) {
        if (g22Teks !== '') dariIssue('golongan2022', g22);
      } else if (g22?.success === true) {
        const r = angkaKreditIntegrasi({ golongan: g22.data, akKumulatif: ak.data }, k);
        if (r.success) integrasi = r.data;
        else dariIssue('akKonvensional', r);
      }
    }
    if (!adaKonversi && akDasar === null && konvTeks === '' && dasarTeks === '' && galat.length === 0) {
      salah(
        'predikat',
        'baris-tanpa-isi',
        'Baris tanpa konversi (tahun, predikat), AK Dasar, atau AK konvensional.',
        'A row without a konversi (tahun, predikat), AK Dasar or conventional AK.',
      );
    }
    // The SIASN body: its own cells, its own messages; a missing one never refuses the row's PAK.
    let siasn: SiasnBaris | null = null;
    if (denganSiasn && rekam !== null) {
      const pnsId = wajib('pnsId', 'siasn');
      const rwJabatanId = wajib('rwJabatanId', 'siasn');
      const nomorSk = wajib('nomorSk', 'siasn');
      const tglTeks = wajib('tanggalSk', 'siasn');
      const tgl = tglTeks === null ? null : tanggalDari(tglTeks);
      if (tgl !== null && !tgl.success) dariIssue('tanggalSk', tgl, 'siasn');
      if (pnsId !== null && rwJabatanId !== null && nomorSk !== null && tgl?.success === true)
        siasn = { pnsId, rwJabatanId, nomorSk, tanggalSk: tgl.data };
    }
    // Per NIP: the same person, months not counted twice, one AK Dasar and one integrasi.
    const ada = nip === null ? undefined : guru.get(nip);
    if (ada !== undefined && nama !== null && ada.nama !== nama) {
      salah(
        'nama',
        'data-pegawai-berbeda',
        `Nama "${nama}" berbeda dengan baris ${ada.barisPertama} ("${ada.nama}") untuk NIP yang sama.`,
        `Name "${nama}" differs from line ${ada.barisPertama} ("${ada.nama}") for the same NIP.`,
      );
    }
    if (ada !== undefined && rekam !== null && simpanan.tumpang(ada, rekam)) {
      salah(
        adaTanggal ? 'tanggalMulai' : 'bulanMulai',
        'periode-tumpang-tindih',
        `Bulan ${rekam.bulanMulai}–${rekam.bulanAkhir} ${rekam.tahun} sudah ada di baris lain untuk NIP ini.`,
        `Months ${rekam.bulanMulai}–${rekam.bulanAkhir} ${rekam.tahun} are already in another row for this NIP.`,
      );
    }
    if (ada?.akDasar !== undefined && akDasar !== null)
      salah(
        'akDasar',
        'ak-dasar-ganda',
        `AK Dasar sudah diberikan di baris ${ada.akDasar.baris}.`,
        `AK Dasar was already given on line ${ada.akDasar.baris}.`,
      );
    if (ada?.integrasi !== undefined && integrasi !== null)
      salah(
        'akKonvensional',
        'integrasi-ganda',
        `AK konvensional sudah diberikan di baris ${ada.integrasi.baris}.`,
        `Conventional AK was already given on line ${ada.integrasi.baris}.`,
      );
    if (
      galat.length > 0 ||
      nip === null ||
      nama === null ||
      golongan === null ||
      !golongan.success ||
      jenjang === null
    ) {
      for (const g of galat) tolak(g);
      return;
    }
    for (const g of galatSiasn) tolak(g);
    const unitKerja = sel('unitKerja');
    const g: Guru =
      ada ??
      ({
        nip: milikNip(nip),
        nama: milik(nama),
        golongan: golongan.data,
        jenjang,
        unitKerja: unitKerja === '' ? undefined : milik(unitKerja),
        identitas: TANPA_IDENTITAS,
        terakhir: -1,
        kepala: -1,
        ekor: -1,
        akDasar: undefined,
        integrasi: undefined,
        barisPertama: b.baris,
      } satisfies Guru);
    if (ada === undefined) guru.set(g.nip, g);
    const kapan = rekam === null ? -1 : rekam.tahun * 12 + rekam.bulanAkhir;
    if (kapan >= g.terakhir) {
      g.golongan = golongan.data;
      g.jenjang = jenjang;
      g.terakhir = kapan;
      if (unitKerja !== '' && unitKerja !== g.unitKerja) g.unitKerja = milik(unitKerja);
    }
    // Who the person is, for the PAK pages: the first value a column gives (the latest row's, when it has one).
    let identitas: Record<string, string> | null = null;
    for (const m of IDENTITAS) {
      if (indeks[m] === undefined) continue;
      const v = sel(m);
      if (v !== '' && g.identitas[m] !== v && (kapan >= g.terakhir || g.identitas[m] === undefined))
        (identitas ??= { ...g.identitas })[m] = milik(v);
    }
    if (
      jabatanTeks !== '' &&
      g.identitas.jabatan !== jabatanTeks &&
      (kapan >= g.terakhir || g.identitas.jabatan === undefined)
    )
      (identitas ??= { ...g.identitas }).jabatan = milik(jabatanTeks);
    if (identitas !== null) g.identitas = Object.freeze(identitas);
    const daftarAsumsi = DAFTAR_ASUMSI[asumsi]!;
    // One object per accepted row, built whole (no spread: the same shape every time).
    if (rekam !== null) {
      simpanan.tambah(g, rekam, b.baris);
      terima({
        baris: b.baris,
        nip,
        nama,
        unitKerja,
        asumsi: daftarAsumsi,
        jenis: 'konversi',
        rekam,
        integrasi: null,
        akDasar: null,
        siasn,
      });
    }
    if (akDasar !== null) {
      g.akDasar = { nilai: akDasar, baris: b.baris };
      if (rekam === null)
        terima({
          baris: b.baris,
          nip,
          nama,
          unitKerja,
          asumsi: daftarAsumsi,
          jenis: 'ak-dasar',
          rekam: null,
          integrasi: null,
          akDasar,
          siasn: null,
        });
    }
    if (integrasi !== null) {
      g.integrasi = { hasil: integrasi, baris: b.baris };
      if (rekam === null && akDasar === null)
        terima({
          baris: b.baris,
          nip,
          nama,
          unitKerja,
          asumsi: daftarAsumsi,
          jenis: 'integrasi',
          rekam: null,
          integrasi,
          akDasar: null,
          siasn: null,
        });
    }
  }
}

// What a row assumed, as bits (set in this order while the row is read), and the frozen lists `diterima.csv` writes.
const ASUMSI_JENJANG = 1;
const ASUMSI_PERIODE = 2;
const ASUMSI_KETENTUAN = 4;
const KODE_ASUMSI: readonly string[] = ['jenjang-dari-golongan', 'periode-setahun-diasumsikan', 'ketentuan-ditimpa'];
const DAFTAR_ASUMSI: readonly (readonly string[])[] = /* @__PURE__ */ Array.from({ length: 8 }, (_, bit) =>
  Object.freeze(KODE_ASUMSI.filter((_k, i) => (bit & (1 << i)) !== 0)),
);

const TANPA_IDENTITAS: Guru['identitas'] = /* @__PURE__ */ Object.freeze({});

/** The shared answer "the cell is already 18 digits" (the NIP is the cell itself, no Result per row). */
const NIP_SIAP: { readonly success: true; readonly data: string } = /* @__PURE__ */ Object.freeze({
  success: true as const,
  data: '',
});

/** Whether a string of 18 characters is 18 ASCII digits: then parseNipBerkas would return it unchanged. */
function delapanBelasAngka(s: string): boolean {
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The memo of one kind of cell: the library reads each distinct text once (at most 4096 kept; then it starts over). */
function sekali<K, T>(memo: Map<K, T>, kunci: K, f: (k: K) => T): T {
  let v = memo.get(kunci);
  if (v === undefined) {
    v = f(kunci);
    if (memo.size >= 4096) memo.clear();
    memo.set(kunci, v);
  }
  return v;
}

const kuadran = (t: string) => safeParseKode('kuadranKinerja', t) as ReturnType<typeof safeParsePredikat>;
const jenjangDariGolongan = (g: Golongan): Jenjang => getGolongan(g).jenjang;
/** A year as written: four digits (`2024`, or `2024.0` from a sheet); else null (refused by the caller). */
function bacaTahun(t: string): number | null {
  const n = Number(t);
  return /^\d{4}(\.0+)?$/.test(t) && Number.isInteger(n) ? n : null;
}
function ketentuanAsli(tahun: number, bulan: number): string {
  try {
    return ketentuanUntuk(`${String(tahun).padStart(4, '0')}-${String(bulan).padStart(2, '0')}-01`).id;
  } catch {
    return '';
  }
}

/**
 * A string of its own: a cell cut from a chunk of text may keep the whole chunk alive in V8 (a sliced string);
 * what is kept per NIP for the whole run is copied, so that a million rows do not keep the file's text in memory.
 */
const milik = (s: string): string => (s.length < 13 ? s : (s + ' ').slice(0, -1));

/** A NIP (18 ASCII digits) of its own, flat: 40 bytes instead of {@link milik}'s slice of a copy (72); escaping
 * leaves digits as they are and always builds a new string. */
const milikNip = (nip: string): string => encodeURIComponent(nip);
