import {
  angkaKreditIntegrasi,
  createRekamAngkaKredit,
  getGolongan,
  formatIssue,
  isKinerjaError,
  safeParseGolongan,
  safeParseJenjang,
  safeParsePredikat,
  type Golongan,
  type HasilIntegrasi,
  type Issue,
  type Jenjang,
  type Ketentuan,
  type Predikat,
  type RekamAngkaKredit,
} from 'pengelolaan-kinerja';
import { kompak } from './keluaran';
import { petakanKolom, type Medan } from './kolom';
import { GalatPemakaian, type BarisMasukan, type Masukan } from './masukan';
import { pilih, type Bahasa } from './teks';

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

/** An accepted row, as `diterima.csv` lists it. */
export interface Diterima {
  readonly baris: number;
  readonly nip: string;
  readonly jenis: 'konversi' | 'integrasi' | 'ak-dasar';
  readonly rekam: RekamAngkaKredit | null;
  readonly integrasi: HasilIntegrasi | null;
  readonly akDasar: string | null;
  readonly siasn: { readonly pnsId: string; readonly rwJabatanId: string; readonly nomorSk: string; readonly tanggalSk: string } | null;
}

/** What the CLI keeps of one NIP while reading: who, the latest golongan and jenjang, and where its rows are. */
export interface Guru {
  readonly nip: string;
  nama: string;
  golongan: Golongan;
  jenjang: Jenjang;
  unitKerja: string | undefined;
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
  readonly ketentuan: Ketentuan | undefined;
  readonly peta: Readonly<Partial<Record<Medan, string>>>;
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

function desimal(s: string): string | null {
  const t = s.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return t;
  if (/^\d+,\d+$/.test(t)) return t.replace(',', '.');
  return null;
}

function tanggal(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const [y, m, d] = iso !== null ? [iso[1], iso[2], iso[3]] : dmy !== null ? [dmy[3], dmy[2], dmy[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  const hasil = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const dt = new Date(`${hasil}T00:00:00Z`);
  return !Number.isNaN(dt.getTime()) && dt.toISOString().slice(0, 10) === hasil ? hasil : null;
}

/** Whether the header carries the four columns a SIASN angkakredit/save body needs. */
export function adaKolomSiasn(header: readonly string[], opsi: Pick<OpsiBaca, 'peta'>): boolean {
  const { indeks } = petakanKolom(header, opsi.peta);
  return (['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'] as const).every((m) => indeks[m] !== undefined);
}

/**
 * Reads the rows of a pak / kenaikan / rekonsiliasi input: each row is either accepted (handed to `terima`, kept per
 * NIP) or rejected with its line, column, code and message. Adds no rule: every figure comes from the library.
 */
export async function bacaData(masukan: Masukan, opsi: OpsiBaca, terima: (d: Diterima) => void, tolak: (g: Galat) => void, tiap?: () => void, jeda?: () => Promise<void>): Promise<{ guru: Map<string, Guru>; simpanan: Simpanan }> {
  const { indeks, tidakDikenal } = petakanKolom(masukan.header, opsi.peta);
  if (tidakDikenal.length > 0) {
    throw new GalatPemakaian('kolom-tidak-ada', `Kolom pada peta kolom tidak ada di berkas: ${tidakDikenal.join(', ')}.`, `Columns of the column map are not in the file: ${tidakDikenal.join(', ')}.`);
  }
  for (const wajib of ['nip', 'nama', 'golongan'] as const) {
    if (indeks[wajib] === undefined) {
      throw new GalatPemakaian('kolom-wajib', `Kolom ${wajib} tidak ditemukan di baris judul (${masukan.header.join(', ')}).`, `Column ${wajib} is not in the header (${masukan.header.join(', ')}).`);
    }
  }
  const denganSiasn = adaKolomSiasn(masukan.header, opsi);
  const guru = new Map<string, Guru>();
  const simpanan = new Simpanan();
  const k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
  // The library's record for a (period, jenjang, predikat), made once: records are immutable values.
  const rekamMemo = new Map<string, RekamAngkaKredit>();
  const buatRekam = (seg: { tahun: number; bulanMulai: number; bulanAkhir: number; jenjang: Jenjang; predikat: Predikat }): RekamAngkaKredit => {
    const kunci = `${seg.tahun}|${seg.bulanMulai}|${seg.bulanAkhir}|${seg.jenjang}|${seg.predikat}`;
    let r = rekamMemo.get(kunci);
    if (r === undefined) {
      r = createRekamAngkaKredit(seg, k);
      rekamMemo.set(kunci, r);
    }
    return r;
  };
  let n = 0;
  // The row being read and its refusals: the helpers below are made once, not per row.
  let b: BarisMasukan = { baris: 0, sel: [] };
  let galat: Galat[] = [];
  function kolom(m: Medan): string {
    const i = indeks[m];
    return i === undefined ? m : (masukan.header[i] ?? m);
  }
  function sel(m: Medan): string {
    const i = indeks[m];
    return i === undefined ? '' : (b.sel[i] ?? '').trim();
  }
  function salah(m: Medan, kode: string, id: string, en: string, jenis: Galat['jenis'] = 'baris'): void {
    galat.push({ baris: b.baris, kolom: kolom(m), kode, pesan: id, pesanEn: en, nip: sel('nip'), nama: sel('nama'), nilai: sel(m), jenis });
  }
  function wajib(m: Medan): string | null {
    const v = sel(m);
    if (v === '') {
      salah(m, 'kolom-kosong', `Kolom ${kolom(m)} kosong.`, `Column ${kolom(m)} is empty.`);
      return null;
    }
    return v;
  }

  // Labels repeat down a column: each distinct spelling is read by the library once.
  const memo = new Map<string, unknown>();
  const sekali = <T>(kunci: string, f: () => T): T => {
    if (!memo.has(kunci)) memo.set(kunci, f());
    return memo.get(kunci) as T;
  };
  const golonganDari = (t: string) => sekali(`g|${t}`, () => safeParseGolongan(t));
  const jenjangDari = (t: string) => sekali(`j|${t}`, () => safeParseJenjang(t));
  const predikatDari = (t: string) => sekali(`p|${t}`, () => safeParsePredikat(t));
  const jenjangGolongan = (g: Golongan) => sekali(`jg|${g}`, () => getGolongan(g).jenjang);
  for await (const baris of masukan.baris) {
    tiap?.();
    bacaSatu(baris);
    if (++n % 4096 === 0 && jeda !== undefined) await jeda();
    if (n % 200_000 === 0) kompak();
  }
  if (n >= 200_000) kompak();
  return { guru, simpanan };

  function bacaSatu(baris: BarisMasukan): void {
    b = baris;
    galat = [];
    if (baris.rusak !== undefined) {
      tolak({ baris: baris.baris, kolom: '', kode: baris.rusak.kode, pesan: baris.rusak.pesan, pesanEn: baris.rusak.pesanEn, nip: '', nama: '', nilai: baris.rusak.mentah, jenis: 'berkas' });
      return;
    }
    const nip = wajib('nip');
    if (nip !== null && !/^\d{18}$/.test(nip)) salah('nip', 'nip-tidak-valid', `NIP "${nip}" bukan 18 angka (di Excel, simpan NIP sebagai teks).`, `NIP "${nip}" is not 18 digits (in Excel, keep NIPs as text).`);
    const nama = wajib('nama');
    const golTeks = wajib('golongan');
    const golongan = golTeks === null ? null : golonganDari(golTeks);
    if (golongan !== null && !golongan.success) salah('golongan', 'golongan-tidak-dikenal', `Golongan "${golTeks}" tidak dikenal.`, `Unknown golongan "${golTeks}".`);
    const jenjangGol = golongan?.success === true ? jenjangGolongan(golongan.data) : null;
    let jenjang: Jenjang | null = jenjangGol;
    const jenjangTeks = sel('jenjang');
    if (jenjangTeks !== '') {
      const j = jenjangDari(jenjangTeks);
      if (!j.success) salah('jenjang', 'jenjang-tidak-dikenal', `Jenjang "${jenjangTeks}" tidak dikenal.`, `Unknown jenjang "${jenjangTeks}".`);
      else if (jenjangGol !== null && j.data !== jenjangGol) {
        salah('jenjang', 'jenjang-tidak-sesuai-golongan', `Golongan ${golTeks} termasuk jenjang ${jenjangGol}, bukan ${j.data}.`, `Golongan ${golTeks} belongs to jenjang ${jenjangGol}, not ${j.data}.`);
      } else jenjang = j.data;
    }
    // A konversi row: tahun and predikat (months default to the whole year only when both month columns are absent).
    const adaKonversi = sel('tahun') !== '' || sel('predikat') !== '';
    let rekam: RekamAngkaKredit | null = null;
    if (adaKonversi) {
      const tahun = Number(wajib('tahun'));
      const predTeks = wajib('predikat');
      const p = predTeks === null ? null : predikatDari(predTeks);
      if (p !== null && !p.success) salah('predikat', 'predikat-tidak-dikenal', `Predikat "${predTeks}" tidak dikenal.`, `Unknown predikat "${predTeks}".`);
      const bulanKolom = indeks.bulanMulai !== undefined || indeks.bulanSelesai !== undefined;
      const bm = bulanKolom ? Number(wajib('bulanMulai')) : 1;
      const ba = bulanKolom ? Number(wajib('bulanSelesai')) : 12;
      if (!Number.isInteger(tahun) || tahun < 1000 || tahun > 9999) salah('tahun', 'tahun-tidak-valid', `Tahun "${sel('tahun')}" tidak valid.`, `Invalid year "${sel('tahun')}".`);
      for (const [m, v] of [['bulanMulai', bm], ['bulanSelesai', ba]] as const) {
        if (!Number.isInteger(v) || v < 1 || v > 12) salah(m, 'bulan-tidak-valid', `Bulan "${sel(m)}" harus 1..12.`, `Month "${sel(m)}" must be 1..12.`);
      }
      if (galat.length === 0 && p?.success === true && jenjang !== null) {
        try {
          rekam = buatRekam({ tahun, bulanMulai: bm, bulanAkhir: ba, jenjang, predikat: p.data });
        } catch (e) {
          if (!isKinerjaError(e)) throw e;
          salah('tahun', e.issues[0]?.code ?? e.code, e.message, e.messageEn);
        }
      }
    }
    const dasarTeks = sel('akDasar');
    const akDasar = dasarTeks === '' ? null : desimal(dasarTeks);
    if (dasarTeks !== '' && akDasar === null) salah('akDasar', 'desimal-tidak-valid', `AK Dasar "${dasarTeks}" bukan angka (contoh 12,5 atau 12.5).`, `AK Dasar "${dasarTeks}" is not a number (e.g. 12,5 or 12.5).`);
    const konvTeks = sel('akKonvensional');
    let integrasi: HasilIntegrasi | null = null;
    if (konvTeks !== '') {
      const ak = desimal(konvTeks);
      const g22Teks = sel('golongan2022');
      const g22 = g22Teks === '' ? golongan : golonganDari(g22Teks);
      if (ak === null) salah('akKonvensional', 'desimal-tidak-valid', `AK "${konvTeks}" bukan angka (contoh 550,63 atau 550.63).`, `AK "${konvTeks}" is not a number (e.g. 550,63 or 550.63).`);
      else if (g22 !== null && !g22.success) salah('golongan2022', 'golongan-tidak-dikenal', `Golongan "${g22Teks}" tidak dikenal.`, `Unknown golongan "${g22Teks}".`);
      else if (g22?.success === true) {
        const r = angkaKreditIntegrasi({ golongan: g22.data, akKumulatif: ak }, k);
        if (r.success) integrasi = r.data;
        else salah('akKonvensional', r.issues[0]!.code, r.issues[0]!.message, r.issues[0]!.messageEn);
      }
    }
    if (!adaKonversi && akDasar === null && konvTeks === '' && galat.length === 0) {
      salah('predikat', 'baris-tanpa-isi', 'Baris tanpa konversi (tahun, predikat), AK Dasar, atau AK konvensional.', 'A row without a konversi (tahun, predikat), AK Dasar or conventional AK.');
    }
    let siasn: Diterima['siasn'] = null;
    if (denganSiasn && rekam !== null) {
      const pnsId = wajib('pnsId');
      const rwJabatanId = wajib('rwJabatanId');
      const nomorSk = wajib('nomorSk');
      const tglTeks = wajib('tanggalSk');
      const tanggalSk = tglTeks === null ? null : tanggal(tglTeks);
      if (tglTeks !== null && tanggalSk === null) salah('tanggalSk', 'tanggal-tidak-valid', `Tanggal SK "${tglTeks}" bukan tanggal (yyyy-mm-dd atau dd-mm-yyyy).`, `SK date "${tglTeks}" is not a date (yyyy-mm-dd or dd-mm-yyyy).`);
      if (pnsId !== null && rwJabatanId !== null && nomorSk !== null && tanggalSk !== null) siasn = { pnsId, rwJabatanId, nomorSk, tanggalSk };
    }
    // Per NIP: the same person, months not counted twice, one AK Dasar and one integrasi.
    const ada = nip === null ? undefined : guru.get(nip);
    if (ada !== undefined && nama !== null && ada.nama !== nama) {
      salah('nama', 'data-pegawai-berbeda', `Nama "${nama}" berbeda dengan baris ${ada.barisPertama} ("${ada.nama}") untuk NIP yang sama.`, `Name "${nama}" differs from line ${ada.barisPertama} ("${ada.nama}") for the same NIP.`);
    }
    if (ada !== undefined && rekam !== null) {
      if (simpanan.tumpang(ada, rekam)) {
        salah('bulanMulai', 'periode-tumpang-tindih', `Bulan ${rekam.bulanMulai}–${rekam.bulanAkhir} ${rekam.tahun} sudah ada di baris lain untuk NIP ini.`, `Months ${rekam.bulanMulai}–${rekam.bulanAkhir} ${rekam.tahun} are already in another row for this NIP.`);
      }
    }
    if (ada?.akDasar !== undefined && akDasar !== null) salah('akDasar', 'ak-dasar-ganda', `AK Dasar sudah diberikan di baris ${ada.akDasar.baris}.`, `AK Dasar was already given on line ${ada.akDasar.baris}.`);
    if (ada?.integrasi !== undefined && integrasi !== null) salah('akKonvensional', 'integrasi-ganda', `AK konvensional sudah diberikan di baris ${ada.integrasi.baris}.`, `Conventional AK was already given on line ${ada.integrasi.baris}.`);
    if (galat.length > 0 || nip === null || nama === null || golongan === null || !golongan.success || jenjang === null) {
      for (const g of galat) tolak(g);
      return;
    }
    const g: Guru =
      ada ??
      ({ nip, nama, golongan: golongan.data, jenjang, unitKerja: sel('unitKerja') || undefined, terakhir: -1, kepala: -1, ekor: -1, akDasar: undefined, integrasi: undefined, barisPertama: b.baris } satisfies Guru);
    if (ada === undefined) guru.set(nip, g);
    const kapan = rekam === null ? -1 : rekam.tahun * 12 + rekam.bulanAkhir;
    if (kapan >= g.terakhir) {
      g.golongan = golongan.data;
      g.jenjang = jenjang;
      g.terakhir = kapan;
      if (sel('unitKerja') !== '') g.unitKerja = sel('unitKerja');
    }
    if (rekam !== null) {
      simpanan.tambah(g, rekam, b.baris);
      terima({ baris: b.baris, nip, jenis: 'konversi', rekam, integrasi: null, akDasar: null, siasn });
    }
    if (akDasar !== null) {
      g.akDasar = { nilai: akDasar, baris: b.baris };
      if (rekam === null) terima({ baris: b.baris, nip, jenis: 'ak-dasar', rekam: null, integrasi: null, akDasar, siasn: null });
    }
    if (integrasi !== null) {
      g.integrasi = { hasil: integrasi, baris: b.baris };
      if (rekam === null && akDasar === null) terima({ baris: b.baris, nip, jenis: 'integrasi', rekam: null, integrasi, akDasar: null, siasn: null });
    }
  }
}

export const bahasaPesan = (g: Galat, bahasa: Bahasa): string => pilih(bahasa, g.pesan, g.pesanEn);

/**
 * A refusal of a whole NIP (e.g. an integrasi of another jenjang): its rows were accepted one by one, so it is listed
 * at the NIP's first line, each issue with its path as the column.
 */
export function barisGalatGuru(g: Guru, issues: readonly Issue[], bahasa: Bahasa): unknown[][] {
  return issues.map((i) => [g.barisPertama, i.path.join('.'), i.code, formatIssue(i, { bahasa })]);
}
