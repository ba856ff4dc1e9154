// The rows of a pak / kenaikan / rekonsiliasi file read into guru: each row through the row parser (baris.ts), then
// the per-guru accumulator (guru.ts); an accepted row is handed on as `diterima.csv` lists it, a refusal as
// `galat.csv` lists it. Shared by the CLI and the web page.
import { issueOf, type Bahasa, type Issue } from '../core/issue';
import type { KetentuanBerlaku } from '../ketentuan/types';
import type { HasilIntegrasi } from '../pak/integrasi';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import type { BacaanBerkas, BarisBerkas } from '../format/dialek';
import { contohBaris, tarikBaris } from '../format/baca';
import { kolomWajibKurang, matchKolom, type CocokKolom, type LaporanKolom, type PetaKolom } from '../format/kolom';
import { DAFTAR_ASUMSI, PembacaBaris, type BarisData, type HasilBaris, type SiasnBaris } from './baris';
import { KumpulanGuru, type AlasanGuru, type Guru, type Simpanan } from './guru';
import { cekKolomAk, cekKolomJabatan, cekNilaiJabatan } from './jabatan';
import { PembacaLebar } from './lebar';
import type { Galat } from './sel';

export type { Galat } from './sel';
export type { Guru, AlasanGuru } from './guru';
export { Simpanan } from './guru';
export type { SiasnBaris } from './baris';

/**
 * A file refused whole before its rows are read (a column map naming a header the file lacks, a required field not
 * found): the run's public functions turn it into a failed `Result` with this one issue.
 */
export class GalatKolom extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
  get issue(): Issue {
    return issueOf(this.code, [], this.message, this.messageEn);
  }
}

/**
 * An accepted row, as `diterima.csv` lists it: who (NIP, nama and unit kerja as written), what, and what was assumed
 * for it (`asumsi`: 'periode-setahun-diasumsikan', 'jenjang-dari-golongan', 'ketentuan-ditimpa', 'bulan-dari-jumlah').
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

export interface OpsiBaca {
  readonly bahasa: Bahasa;
  readonly ketentuan: KetentuanBerlaku | undefined;
  readonly peta: PetaKolom;
  /** Called between the phases of a large file and every 200 000 rows (the CLI collects garbage there). */
  readonly kompak?: (() => void) | undefined;
}

/** What a file's rows gave: the guru by NIP, their konversi rows, each NIP's refused lines, the column report. */
export interface HasilBaca {
  readonly guru: Map<string, Guru>;
  readonly simpanan: Simpanan;
  readonly alasan: ReadonlyMap<string, readonly AlasanGuru[]>;
  readonly kolom: LaporanKolom;
}

/** Whether the header carries the four columns a SIASN angkakredit/save body needs. */
export function adaKolomSiasn(header: readonly string[], opsi: Pick<OpsiBaca, 'peta'>): boolean {
  const r = matchKolom(header, opsi.peta);
  return (
    r.success &&
    (['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'] as const).every((m) => r.data.indeks[m] !== undefined)
  );
}

/**
 * The columns of a header, or a refusal of the file ({@link GalatKolom}) that says what to do: a map naming a column
 * the file lacks, every required field missing with the headers accepted, a jabatan column not read (by its header,
 * or by its values in the file's first rows when the reader opened it).
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
    const judul = header.map((h) => `"${h}"`).join(', ');
    const id = `Baris judul berkas: ${judul}.\n${kurang.map((i) => `- ${i.message}`).join('\n')}`;
    const en = `The file's header: ${judul}.\n${kurang.map((i) => `- ${i.messageEn}`).join('\n')}`;
    throw new GalatKolom('kolom-wajib', id, en);
  }
  const jabatan = cekKolomJabatan(r.data) ?? cekNilaiJabatan(r.data, contohBaris(header));
  if (jabatan !== null) throw new GalatKolom(jabatan.code, jabatan.message, jabatan.messageEn);
  const ak = cekKolomAk(r.data);
  if (ak !== null) throw new GalatKolom(ak.code, ak.message, ak.messageEn);
  return r.data;
}

/** An accepted row as `diterima.csv` lists it (one object per part: the konversi, else the AK Dasar, else the integrasi). */
function diterimaDari(d: BarisData): Diterima {
  const jenis = d.rekam !== null ? 'konversi' : d.akDasar !== null ? 'ak-dasar' : 'integrasi';
  return {
    baris: d.baris,
    nip: d.nip,
    nama: d.nama,
    unitKerja: d.unitKerja,
    asumsi: DAFTAR_ASUMSI[d.asumsi]!,
    jenis,
    rekam: d.rekam,
    integrasi: jenis === 'integrasi' ? d.integrasi!.hasil : null,
    akDasar: jenis === 'ak-dasar' ? d.akDasar : null,
    siasn: d.siasn,
  };
}

/**
 * Reads the rows of a pak / kenaikan / rekonsiliasi input: each row is parsed, then added to its guru; an accepted
 * row is handed to `terima`, each refusal to `tolak` (and kept against its NIP, which holds that guru).
 */
export async function bacaData(
  masukan: BacaanBerkas,
  opsi: OpsiBaca,
  terima: (d: Diterima) => void,
  tolak: (g: Galat) => void,
  tiap?: () => void,
  jeda?: () => Promise<void>,
): Promise<HasilBaca> {
  const cocok = cocokkanKolom(masukan.header, opsi.peta);
  const opsiSel = { ketentuan: opsi.ketentuan, desimal: masukan.dialek.desimal };
  const pembaca = new PembacaBaris({ header: masukan.header, cocok }, opsiSel);
  // A sheet with one column per period: each line read as one row per period written.
  const lebar =
    cocok.laporan.perPeriode === undefined ? null : new PembacaLebar(masukan.header, cocok, pembaca, opsiSel);
  const kumpulan = new KumpulanGuru(pembaca, opsi.kompak);
  const tolakDanCatat = (g: Galat) => {
    kumpulan.catatTolak(g);
    tolak(g);
  };
  const olah = (h: HasilBaris, p: PembacaBaris) => {
    if (h.data === null) {
      if (h.siapa !== undefined) kumpulan.catatSiapa(h.siapa);
      for (const g of h.galat) tolakDanCatat(g);
      return;
    }
    const t = kumpulan.tambah(h.data, p);
    if (t.galat.length > 0) {
      for (const g of t.galat) tolakDanCatat(g);
      return;
    }
    for (const g of h.galat) tolak(g);
    terima(diterimaDari(t.data));
  };
  let pertama = true;
  const satu = (b: BarisBerkas) => {
    if (pertama) {
      pertama = false;
      // The column numbers forms print under their header (1, 2, 3, …): not a row of data.
      if (nomorKolom(b.sel)) return;
    }
    tiap?.();
    if (lebar === null) olah(pembaca.parse(b), pembaca);
    else for (const x of lebar.parse(b)) olah(x.hasil, x.pembaca);
  };
  await bacaSemua(masukan, satu, opsi.kompak, jeda);
  const kolom = lebar === null ? cocok.laporan : lebar.laporan();
  return { guru: kumpulan.guru, simpanan: kumpulan.simpanan, alasan: kumpulan.alasan, kolom };
}

/** A row of column numbers (`1, 2, 3, …` in order, or `(1), (2), …`; empty cells allowed), as forms print under the header. */
export function nomorKolom(sel: readonly string[]): boolean {
  let n = 0;
  for (const s of sel) {
    const t = s.trim();
    if (t === '') continue;
    if (t.replace(/^\((\d+)\)$/, '$1') !== String(n + 1)) return false;
    n++;
  }
  return n >= 3;
}

/** Every row of the input, in order: pulled one at a time from the reader when it can (a row dies young). */
async function bacaSemua(
  masukan: BacaanBerkas,
  satu: (b: BarisBerkas) => void,
  kompak: (() => void) | undefined,
  jeda: (() => Promise<void>) | undefined,
): Promise<void> {
  let n = 0;
  const tarik = tarikBaris(masukan.baris);
  if (tarik !== undefined) {
    for (;;) {
      for (let r = tarik.ambil(); r !== null; r = tarik.ambil()) {
        satu(r);
        if (++n % 4096 === 0 && jeda !== undefined) await jeda();
        if (n % 200_000 === 0) kompak?.();
      }
      if (!(await tarik.isi())) break;
    }
  } else {
    for await (const baris of masukan.baris) {
      satu(baris);
      if (++n % 4096 === 0 && jeda !== undefined) await jeda();
      if (n % 200_000 === 0) kompak?.();
    }
  }
  if (n >= 200_000) kompak?.();
}
