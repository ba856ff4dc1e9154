// The row parser: one row of a pak / kenaikan / rekonsiliasi file and the file's column map in, a typed row (the
// library's records) or the row's coded refusals out. Adds no rule: every figure comes from the library; what it
// assumes (a whole-year period, a jenjang taken from the golongan, a rule set given for the run) is said on the row.
import { desimal } from '../core/desimal';
import { isKinerjaError } from '../core/error';
import type { BarisBerkas } from '../format/dialek';
import { MEDAN_IDENTITAS, type Medan } from '../format/kolom';
import { parseNipBerkas } from '../format/nilai';
import type { Golongan, Jenjang, Predikat } from '../ketentuan/kode';
import { angkaKreditIntegrasi, type HasilIntegrasi } from '../pak/integrasi';
import type { RekamAngkaKredit } from '../penilaian/rekam-ak';
import { BacaSel, type OpsiBacaSel } from './baca-sel';
import { cekAngkaBerkas } from './cek-angka';
import { bacaPeriode, type Periode } from './periode';
import { ASUMSI, DAFTAR_ASUMSI, type Galat, type KolomBaris, SelBaris } from './sel';

export type { Galat } from './sel';

/** The SIASN body's cells of a row, as written (the row was accepted; a missing one skips only this body). */
export type SiasnBaris = {
  readonly pnsId: string;
  readonly rwJabatanId: string;
  readonly nomorSk: string;
  readonly tanggalSk: string;
};

/** Who the person is, as the file writes it, for the PAK pages (only the cells the row has). */
export type IdentitasBaris = Readonly<Partial<Record<(typeof MEDAN_IDENTITAS)[number] | 'jabatan', string>>>;

/** A row read whole: who, the konversi record (or null), AK Dasar, the integrasi, its SIASN cells, what it assumed. */
export interface BarisData {
  readonly baris: number;
  readonly nip: string;
  readonly nama: string;
  readonly unitKerja: string;
  readonly golongan: Golongan;
  readonly jenjang: Jenjang;
  readonly rekam: RekamAngkaKredit | null;
  /** Only a count of months placed the record (from January): the accumulator may move it after the guru's last. */
  readonly dariJumlah: boolean;
  readonly predikat: Predikat | null;
  readonly akDasar: string | null;
  /** The conventional AK as read (exact) and the integrasi computed from it. */
  readonly integrasi: { readonly ak: string; readonly hasil: HasilIntegrasi } | null;
  readonly siasn: SiasnBaris | null;
  /** What the row assumed, as bits of {@link ASUMSI}. */
  readonly asumsi: number;
  readonly identitas: IdentitasBaris | null;
}

/** Who a refused row is about, when its NIP, name, golongan and jenjang could be read: a guru held, not unknown. */
export type SiapaBaris = Pick<BarisData, 'baris' | 'nip' | 'nama' | 'unitKerja' | 'golongan' | 'jenjang'>;

/**
 * A row's outcome: the row (null when refused), its refusals (`baris`, `berkas`) or skipped SIASN bodies, and for a
 * refused row who it is about (when readable).
 */
export interface HasilBaris {
  readonly data: BarisData | null;
  readonly galat: readonly Galat[];
  readonly siapa?: SiapaBaris;
}

const SIASN: readonly Medan[] = ['pnsId', 'rwJabatanId', 'nomorSk', 'tanggalSk'];

/**
 * The parser of a file's rows: built once per file from its header and column map (each distinct cell text is read
 * by the library once), then `parse` per row. A row's result depends only on the row.
 */
export class PembacaBaris {
  readonly baca: BacaSel;
  private readonly denganSiasn: boolean;
  private readonly denganIdentitas: boolean;
  constructor(
    readonly kolomBaris: KolomBaris,
    opsi: OpsiBacaSel,
  ) {
    this.baca = new BacaSel(kolomBaris, opsi);
    const { indeks } = kolomBaris.cocok;
    this.denganSiasn = SIASN.every((m) => indeks[m] !== undefined);
    this.denganIdentitas = MEDAN_IDENTITAS.some((m) => indeks[m] !== undefined) || indeks.jabatan !== undefined;
  }

  /** One row: the typed row, or its refusals. */
  parse(b: BarisBerkas): HasilBaris {
    if (b.rusak !== undefined) return { data: null, galat: [galatBerkas(b)] };
    const s = new SelBaris(this.kolomBaris, b);
    const nip = this.nip(s);
    const nama = s.wajib('nama');
    const golongan = this.golongan(s);
    const jenjang = this.jenjang(s, golongan);
    const konversi = this.konversi(s, jenjang);
    const akDasar = this.akDasar(s);
    const integrasi = this.integrasi(s, golongan);
    if (konversi === null && akDasar === null && integrasi === null && s.galat.length === 0 && kosongAk(s)) tanpaIsi(s);
    if (nip === null || nama === null || golongan === null || jenjang === null) return { data: null, galat: s.galat };
    if (s.galat.length > 0)
      return {
        data: null,
        galat: s.galat,
        siapa: { baris: b.baris, nip, nama, unitKerja: s.sel('unitKerja'), golongan, jenjang },
      };
    const siasn = this.denganSiasn && konversi?.rekam != null ? this.siasn(s) : null;
    const data: BarisData = {
      baris: b.baris,
      nip,
      nama,
      unitKerja: s.sel('unitKerja'),
      golongan,
      jenjang,
      rekam: konversi?.rekam ?? null,
      dariJumlah: konversi?.periode.dariJumlah ?? false,
      predikat: konversi?.predikat ?? null,
      akDasar,
      integrasi,
      siasn,
      asumsi: s.asumsi,
      identitas: this.denganIdentitas ? this.identitas(s) : null,
    };
    return { data, galat: s.galatSiasn.length === 0 ? TANPA_GALAT : s.galatSiasn };
  }

  /** The file's header of a field (`periode`: the column the period was read from), or '' when the file has none. */
  kolom(m: Medan | 'periode'): string {
    const { header, cocok } = this.kolomBaris;
    const medan =
      m !== 'periode'
        ? m
        : (['tanggalMulai', 'bulanMulai', 'semester', 'jumlahBulan', 'tahun'] as const).find(
            (x) => cocok.indeks[x] !== undefined,
          );
    const i = medan === undefined ? undefined : cocok.indeks[medan];
    return i === undefined ? '' : (header[i] ?? '');
  }

  /** The record of a period, a jenjang and a predikat (one shared frozen value per distinct triple). */
  rekam(p: Periode, jenjang: Jenjang, predikat: Predikat): RekamAngkaKredit {
    return this.baca.rekam(p.tahun, p.mulai, p.akhir, jenjang, predikat);
  }

  private nip(s: SelBaris): string | null {
    const t = s.wajib('nip');
    if (t === null) return null;
    if (t.length === 18 && delapanBelasAngka(t)) return t;
    const r = parseNipBerkas(t);
    if (r.success) return r.data;
    s.dariIssue('nip', r);
    return null;
  }

  private golongan(s: SelBaris): Golongan | null {
    const t = s.wajib('golongan');
    if (t === null) return null;
    const r = this.baca.golongan(t);
    if (r.success) return r.data;
    s.dariIssue('golongan', r);
    return null;
  }

  /** Jenjang: from its column, else from the jabatan (a guru's, or refused), else from the golongan (assumed, said). */
  private jenjang(s: SelBaris, golongan: Golongan | null): Jenjang | null {
    const dariGol = golongan === null ? null : this.baca.jenjangGolongan(golongan);
    const jenjangTeks = s.sel('jenjang');
    const jabatanTeks = s.sel('jabatan');
    let jenjang: Jenjang | null = null;
    if (jenjangTeks !== '') {
      const j = this.baca.jenjang(jenjangTeks);
      if (!j.success) s.dariIssue('jenjang', j);
      else jenjang = j.data;
    } else if (jabatanTeks !== '') {
      const j = this.baca.jabatan(jabatanTeks);
      if (j.success) jenjang = j.data;
      else if (j.issues[0]?.code === 'jabatan-ambigu' && dariGol !== null) {
        s.asumsi |= ASUMSI.jenjang;
        return dariGol;
      } else if (j.issues[0]?.code === 'jabatan-ambigu') s.dariIssue('jabatan', j);
      else
        s.salah(
          'jabatan',
          'jabatan-bukan-guru',
          `Jabatan "${jabatanTeks}" bukan jabatan fungsional guru (Guru Ahli Pertama/Muda/Madya/Utama atau sebutan lamanya): angka kredit guru tidak dihitung untuk baris ini.`,
          `Jabatan "${jabatanTeks}" is not a guru's functional position (Guru Ahli Pertama/Muda/Madya/Utama or its former title): no guru angka kredit is computed for this row.`,
        );
    } else if (dariGol !== null) {
      s.asumsi |= ASUMSI.jenjang;
      return dariGol;
    }
    if (jenjang === null || dariGol === null || jenjang === dariGol) return jenjang;
    s.salah(
      jenjangTeks !== '' ? 'jenjang' : 'jabatan',
      'jenjang-tidak-sesuai-golongan',
      `Golongan ${s.sel('golongan')} termasuk jenjang ${dariGol}, bukan ${jenjang}.`,
      `Golongan ${s.sel('golongan')} belongs to jenjang ${dariGol}, not ${jenjang}.`,
    );
    return null;
  }

  /** A konversi: a period and a predikat (a label, or SIASN's kuadran code 1–5), then the file's own figures checked. */
  private konversi(
    s: SelBaris,
    jenjang: Jenjang | null,
  ): { rekam: RekamAngkaKredit | null; periode: Periode; predikat: Predikat } | null {
    const kuadranTeks = s.sel('kuadran');
    const predTeks = s.sel('predikat');
    const ada =
      s.sel('tahun') !== '' ||
      predTeks !== '' ||
      kuadranTeks !== '' ||
      s.sel('tanggalMulai') !== '' ||
      s.sel('tanggalSelesai') !== '';
    if (!ada) return null;
    const periode = bacaPeriode(s, this.baca);
    const predikat = this.predikat(s, kuadranTeks, predTeks);
    if (s.galat.length > 0 || periode === null || predikat === null || jenjang === null) return null;
    try {
      const rekam = this.rekam(periode, jenjang, predikat);
      if (this.baca.ditimpa(periode.tahun, periode.mulai, rekam)) s.asumsi |= ASUMSI.ketentuan;
      cekAngkaBerkas(s, rekam, this.baca);
      return { rekam, periode, predikat };
    } catch (e) {
      if (!isKinerjaError(e)) throw e;
      const i = e.issues[0];
      s.salah('tahun', i?.code ?? e.code, i?.message ?? e.message, i?.messageEn ?? e.messageEn);
      return null;
    }
  }

  private predikat(s: SelBaris, kuadranTeks: string, predTeks: string): Predikat | null {
    if (kuadranTeks !== '' || predTeks !== '') {
      const m: Medan = kuadranTeks !== '' ? 'kuadran' : 'predikat';
      // SIASN's kuadran code 1–5 written in the predikat column: read as the code, and said (an assumption).
      const kode = kuadranTeks === '' && /^[1-5]$/.test(predTeks);
      const p = kuadranTeks !== '' || kode ? this.baca.kuadran(kuadranTeks || predTeks) : this.baca.predikat(predTeks);
      if (p.success && kode) s.asumsi |= ASUMSI.kuadran;
      if (p.success) return p.data;
      s.dariIssue(m, p);
      return null;
    }
    const m: Medan = s.ada('kuadran') && !s.ada('predikat') ? 'kuadran' : 'predikat';
    s.kosong(m);
    return null;
  }

  private akDasar(s: SelBaris): string | null {
    const t = s.sel('akDasar');
    if (t === '') return null;
    const r = this.baca.desimal(t);
    if (r.success) return r.data;
    s.dariIssue('akDasar', r);
    return null;
  }

  /** The integrasi of a conventional AK, with the golongan of 2022 (its column, else the row's golongan). */
  private integrasi(s: SelBaris, golongan: Golongan | null): BarisData['integrasi'] {
    const t = s.sel('akKonvensional');
    if (t === '') return null;
    const ak = this.baca.desimal(t);
    if (!ak.success) {
      s.dariIssue('akKonvensional', ak);
      return null;
    }
    const g22Teks = s.sel('golongan2022');
    let g22 = golongan;
    if (g22Teks !== '') {
      const r = this.baca.golongan(g22Teks);
      if (!r.success) {
        s.dariIssue('golongan2022', r);
        return null;
      }
      g22 = r.data;
    }
    if (g22 === null) return null;
    const r = angkaKreditIntegrasi({ golongan: g22, akKumulatif: ak.data }, this.baca.k);
    if (r.success) return { ak: desimal(ak.data).toJSON(), hasil: r.data };
    s.dariIssue('akKonvensional', r);
    return null;
  }

  /** The SIASN body's cells: their own messages; a missing one never refuses the row's PAK. */
  private siasn(s: SelBaris): SiasnBaris | null {
    const pnsId = s.wajib('pnsId', 'siasn');
    const rwJabatanId = s.wajib('rwJabatanId', 'siasn');
    const nomorSk = s.wajib('nomorSk', 'siasn');
    const tglTeks = s.wajib('tanggalSk', 'siasn');
    const tgl = tglTeks === null ? null : this.baca.tanggal(tglTeks);
    if (tgl !== null && !tgl.success) s.dariIssue('tanggalSk', tgl, 'siasn');
    if (pnsId === null || rwJabatanId === null || nomorSk === null || tgl?.success !== true) return null;
    return { pnsId, rwJabatanId, nomorSk, tanggalSk: tgl.data };
  }

  /** Who the person is, for the PAK pages: the identity cells the row has (a combined jabatan cell split). */
  private identitas(s: SelBaris): IdentitasBaris | null {
    let out: Record<string, string> | null = null;
    for (const m of MEDAN_IDENTITAS) {
      const v = s.sel(m);
      if (v !== '') (out ??= {})[m] = v;
    }
    const jabatan = s.sel('jabatan');
    if (jabatan !== '') {
      const [judul, tmt] = this.baca.pisahJabatan(jabatan);
      (out ??= {}).jabatan = judul;
      if (tmt !== undefined && out.tmtJabatan === undefined) out.tmtJabatan = tmt;
    }
    const gol = this.baca.tmtGolongan(s.sel('golongan'));
    if (gol !== undefined && out?.tmtGolongan === undefined) (out ??= {}).tmtGolongan = gol;
    return out;
  }
}

/** The fields whose cells give a row something to count: a konversi, an AK Dasar, a conventional AK. */
const ISI: readonly Medan[] = [
  'tahun',
  'predikat',
  'kuadran',
  'tanggalMulai',
  'tanggalSelesai',
  'akDasar',
  'akKonvensional',
];

/** A row with nothing to count, refused naming the file's own columns left empty (or the columns the file lacks). */
function tanpaIsi(s: SelBaris): void {
  const ada = ISI.filter((m) => s.ada(m)).map((m) => `"${s.kolom(m)}"`);
  if (ada.length > 0) {
    s.salah(
      s.ada('predikat') ? 'predikat' : 'tahun',
      'baris-tanpa-isi',
      `Baris tanpa isi untuk dihitung: kolom ${ada.join(', ')} kosong. Isi predikat dan periodenya (atau AK Dasar, AK konvensional), atau hapus baris ini.`,
      `A row with nothing to count: columns ${ada.join(', ')} are empty. Fill in the predikat and its period (or an AK Dasar, a conventional AK), or remove the row.`,
    );
    return;
  }
  s.salah(
    'predikat',
    'baris-tanpa-isi',
    'Berkas ini tidak punya kolom untuk dihitung: tambahkan kolom "Tahun" dan "Predikat" (konversi), "AK Dasar" atau "AK Konvensional". Data pegawai tanpa predikat dipakai sebagai data identitas di samping berkas konversi, bukan sebagai berkas konversi.',
    'This file has no column to count: add the columns "Tahun" and "Predikat" (konversi), "AK Dasar" or "AK Konvensional". Employee data without a predikat goes beside a konversi file as identity data, not as the konversi file.',
  );
}

/** Whether the row has no AK cell written at all (then it is a row without content, said so). */
const kosongAk = (s: SelBaris): boolean => s.sel('akKonvensional') === '' && s.sel('akDasar') === '';

const TANPA_GALAT: readonly Galat[] = Object.freeze([]);

/** A line the reader could not split, refused whole. */
function galatBerkas(b: BarisBerkas): Galat {
  const r = b.rusak!;
  return {
    baris: b.baris,
    kolom: '',
    code: r.code,
    message: r.message,
    messageEn: r.messageEn,
    nip: '',
    nama: '',
    nilai: r.mentah,
    jenis: 'berkas',
  };
}

/** Whether a string of 18 characters is 18 ASCII digits: then it is the NIP as it stands. */
function delapanBelasAngka(s: string): boolean {
  for (let i = 0; i < 18; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export { DAFTAR_ASUMSI };
