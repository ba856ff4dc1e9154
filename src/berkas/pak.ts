// `pak`: per row a konversi, per NIP the akumulasi and Penetapan, pages, a summary and SIASN bodies, written through
// a TujuanKeluaran (the CLI's folder, the page's ZIP). Moved here from src/cli/pak.ts and laporan.ts (#30/#26: one
// implementation).
import { formatPakHtml } from '../cetak/pak-html';
import { sumDesimal } from '../core/desimal';
import { periksaObjek } from '../core/periksa';
import { KinerjaError } from '../core/error';
import { formatIssue, type Bahasa, type Issue } from '../core/issue';
import { fail, ok, type Result } from '../core/result';
import { ketentuanUntuk } from '../ketentuan/pilih';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { createPakAkumulasi } from '../pak/akumulasi';
import type { KopPak } from '../pak/kop';
import { createPakPenetapan } from '../pak/penetapan';
import type { DokumenPak, PakPenetapan } from '../pak/schema';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { toAngkaKreditSiasn } from '../siasn/angka-kredit';
import {
  adaKolomSiasn,
  bacaData,
  cocokkanKolom,
  GalatKolom,
  type Diterima,
  type Galat,
  type Guru,
  type OpsiBaca,
  type Simpanan,
} from './data';
import type { BacaanBerkas } from './dialek';
import { AngkaSel, angka, dialekDari, Keluaran, pilih, selCsv, type TujuanKeluaran } from './keluaran';
import { identitasHalaman, kopGuru, type CatatanIdentitas, type KopBerkas } from './kop';
import { matchKolom, type LaporanKolom, type PetaKolom } from './kolom';
import { parseNipBerkas } from './nilai';
import type { DataPegawai } from './pegawai';

/**
 * Progress of a run: `tiap` once per row read, `selesai` when every row is read (the CLI's progress bar, the page's
 * progress events; the bytes read are the reader's `kemajuan()`).
 *
 * @category Berkas
 * @example
 * import type { KemajuanBerkas } from 'pengelolaan-kinerja/berkas';
 * let n = 0;
 * const kemajuan: KemajuanBerkas = { tiap: () => void (n += 1), selesai: () => {} };
 * kemajuan.tiap();
 * n;
 * //=> 1
 */
export interface KemajuanBerkas {
  /** Once per row read. */
  readonly tiap: () => void;
  /** Once, when every row is read. */
  readonly selesai: () => void;
}

/**
 * Options of a run over an operator's file ({@link pakBerkas}, {@link kenaikanBerkas}, {@link rekonsiliasiBerkas}):
 * the messages' language (default `id`), a rule set for every row (default: each row's own period's, and the run
 * says how many rows an override changed), the column map (the CLI's `--kolom`), progress, and `kompak`, called
 * between the phases of a large file and every 200 000 rows (the CLI collects garbage there).
 *
 * @category Berkas
 * @example
 * import type { OpsiBerkas } from 'pengelolaan-kinerja/berkas';
 * const opsi: OpsiBerkas = { bahasa: 'en', peta: { nip: 'NIP Baru' } };
 */
export interface OpsiBerkas {
  /** The language of the messages written (default `id`). */
  readonly bahasa?: Bahasa;
  /** A rule set for every row (default: each row's own period's). */
  readonly ketentuan?: KetentuanBerlaku;
  /** The column map (the CLI's `--kolom`). */
  readonly peta?: PetaKolom;
  /** Progress while the rows are read. */
  readonly kemajuan?: KemajuanBerkas;
  /** Called between the phases of a large file and every 200 000 rows. */
  readonly kompak?: () => void;
}

/**
 * Options of {@link pakBerkas}: besides {@link OpsiBerkas}, the PAK pages (`per-guru`: `pak/<nip>.html`, the default;
 * `gabung`: one `pak.html`; `tidak`: none), the run's letterhead ({@link validateKopBerkas}) and each guru's identity
 * by NIP from a second file ({@link dataPegawai}).
 *
 * @category Berkas
 * @example
 * import type { OpsiPak } from 'pengelolaan-kinerja/berkas';
 * const opsi: OpsiPak = { html: 'gabung', kop: { nomor: '800/{urut:3}/PAK/2027' } };
 */
export interface OpsiPak extends OpsiBerkas {
  /** The PAK pages: `per-guru` (default), `gabung` or `tidak`. */
  readonly html?: 'per-guru' | 'gabung' | 'tidak';
  /** The run's letterhead. */
  readonly kop?: KopBerkas;
  /** Each guru's identity by NIP from a second file. */
  readonly pegawai?: DataPegawai;
}

/**
 * What a run of {@link pakBerkas} counted: guru, rows accepted and refused (distinct rows, not messages), SIASN bodies
 * written and skipped (the row's PAK stands), assumptions by code, the rows a rule-set override changed, every column
 * of the file (used or ignored), identity cells the pages could not print, guru missing from the employee file, and the
 * files written.
 *
 * @category Berkas
 * @example
 * import type { HasilPak } from 'pengelolaan-kinerja/berkas';
 * const lihat = (h: HasilPak) => `${h.diterima} diterima, ${h.ditolak} ditolak`;
 */
export interface HasilPak {
  /** Guru read (each NIP once). */
  readonly guru: number;
  /** Guru without a PAK (their rows accepted one by one, refused as a whole, e.g. an integrasi of another jenjang). */
  readonly guruDitolak: number;
  /** Rows accepted (lines of `diterima.csv`). */
  readonly diterima: number;
  /** Distinct input rows refused (a row with three bad cells counts once). */
  readonly ditolak: number;
  /** Accepted rows whose SIASN body was skipped (the row's PAK stands). */
  readonly siasnDilewati: number;
  /** SIASN bodies written (lines of `siasn-angkakredit.jsonl`). */
  readonly siasn: number;
  /** Rows per assumption code (`periode-setahun-diasumsikan`, `jenjang-dari-golongan`, `ketentuan-ditimpa`). */
  readonly asumsi: Readonly<Record<string, number>>;
  /** Rows whose rule set the `ketentuan` option changed from the one of their period. */
  readonly ditimpa: number;
  /** Every column of the file: used (by which field) or ignored (with the field it might be). */
  readonly kolom: LaporanKolom;
  /** Identity cells the pages could not print (a date or sex not readable), per field: printed as empty lines. */
  readonly identitasTidakTerbaca: ReadonlyMap<string, number>;
  /** With `pegawai`: guru of the konversi file the identity file does not have. */
  readonly tanpaDataPegawai: number;
  /** The files written, as the summary names them (`pak/` for the pages). */
  readonly berkas: readonly string[];
}

/** The options with their defaults, as the row reader takes them. */
export function opsiBaca(opsi: OpsiBerkas): OpsiBaca {
  return { bahasa: opsi.bahasa ?? 'id', ketentuan: opsi.ketentuan, peta: opsi.peta ?? {}, kompak: opsi.kompak };
}

/** The header checked before any output is opened: a refusal is a failed Result, nothing written. */
export function tolakKolom(header: readonly string[], peta: PetaKolom): Result<never> | null {
  try {
    cocokkanKolom(header, peta);
    return null;
  } catch (e) {
    if (e instanceof GalatKolom) return fail([e.issue]);
    throw e;
  }
}

/** The reader's column report with the operator's map: every column, used or ignored. */
export function laporanKolom(header: readonly string[], peta: PetaKolom): LaporanKolom {
  const r = matchKolom(header, peta);
  if (r.success) return r.data.laporan;
  // The map names a header the file lacks: the run is refused with that message; report without the map.
  const s = matchKolom(header);
  return s.success ? s.data.laporan : { dipakai: [], diabaikan: header.map((kolom, indeks) => ({ kolom, indeks })) };
}

/** Guru grouped by unit kerja, then by NIP: the order a dinas hands the pages out in. */
export const urutanGuru = (guru: ReadonlyMap<string, Guru>): (readonly [string, string])[] =>
  [...guru.values()]
    .map((g) => [g.unitKerja ?? '', g.nip] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));

/** The Penetapan of one NIP from its kept rows: only the rows of the current jenjang count (AK restarts at a new jenjang). */
export function penetapanGuru(
  g: Guru,
  simpanan: Simpanan,
  opsi: Pick<OpsiBaca, 'ketentuan'>,
  denganAkumulasi = true,
  kop: KopPak = {},
  identitas: Readonly<Record<string, string>> = {},
): {
  akumulasi: ReturnType<typeof createPakAkumulasi> | null;
  penetapan: ReturnType<typeof createPakPenetapan>;
  dihitung: number;
} {
  const kini = simpanan.dari(g).filter((x) => x.r.jenjang === g.jenjang);
  const pegawai = {
    ...identitas,
    nama: g.nama,
    nip: g.nip,
    golongan: g.golongan,
    jenjang: g.jenjang,
    ...(g.unitKerja === undefined ? {} : { unitKerja: g.unitKerja }),
  };
  const k = opsi.ketentuan === undefined ? {} : { ketentuan: opsi.ketentuan };
  const akumulasi = denganAkumulasi ? createPakAkumulasi({ pegawai, rekam: kini.map((x) => x.r), ...kop }, k) : null;
  const penetapan = createPakPenetapan(
    {
      pegawai,
      konversi: kini.map((x) => x.r),
      ...(g.akDasar === undefined ? {} : { akDasar: g.akDasar.nilai }),
      ...(g.integrasi === undefined || g.integrasi.hasil.jenjang !== g.jenjang ? {} : { integrasi: g.integrasi.hasil }),
      ...kop,
    },
    k,
  );
  return { akumulasi, penetapan, dihitung: kini.length };
}

export const KOLOM_RINGKASAN: readonly string[] = [
  'unit_kerja',
  'nip',
  'nama',
  'golongan',
  'jenjang',
  'baris_dihitung',
  'ak_dasar',
  'ak_integrasi',
  'ak_konversi',
  'ak_kumulatif',
  'pangkat_ke',
  'pangkat_syarat',
  'pangkat_selisih',
  'jenjang_ke',
  'jenjang_syarat',
  'jenjang_selisih',
  'predikat_cukup',
  'prasyarat_lain',
];
export const KOLOM_RINGKASAN_UNIT: readonly string[] = [
  'unit_kerja',
  'guru',
  'baris_dihitung',
  'ak_konversi',
  'memenuhi_ak_pangkat',
  'memenuhi_ak_jenjang',
];
export const KOLOM_DITERIMA: readonly string[] = [
  'baris',
  'nip',
  'nama',
  'unit_kerja',
  'jenis',
  'tahun',
  'bulan_mulai',
  'bulan_selesai',
  'jenjang',
  'predikat',
  'angka_kredit',
  'angka_kredit_tepat',
  'ketentuan',
  'asumsi',
];
export const KOLOM_GALAT: readonly string[] = ['baris', 'nip', 'nama', 'kolom', 'nilai', 'kode', 'pesan', 'jenis'];

/**
 * A summary row: AK figures as {@link AngkaSel} (decimal mark of the dialect). An AK Integrasi that was not computed
 * (no conventional AK in the file) is left empty, not 0.
 */
export function barisRingkasan(p: PakPenetapan, dihitung: number): unknown[] {
  const a = (s: string) => new AngkaSel(formatAngkaKredit(s));
  const k = (x: PakPenetapan['kenaikanPangkat']) => (x === null ? ['', '', ''] : [x.ke, x.syarat, a(x.selisih)]);
  const kj = p.kenaikanJenjang;
  return [
    p.pegawai.unitKerja ?? '',
    p.pegawai.nip,
    p.pegawai.nama,
    p.pegawai.golongan,
    p.pegawai.jenjang,
    dihitung,
    a(p.akDasar),
    p.integrasi === undefined || p.integrasi === null ? '' : a(p.integrasi.akIntegrasi),
    a(p.akKonversi),
    a(p.akKumulatif),
    ...k(p.kenaikanPangkat),
    ...k(kj),
    kj?.predikatCukup === null || kj === null ? '' : kj.predikatCukup ? 'ya' : 'tidak',
    kj === null ? '' : kj.prasyarat.join(' '),
  ];
}

/** A refusal as `galat.csv` writes it: the NIP as read when it can be read (the value as written is in `nilai`). */
export function barisGalat(g: Galat, bahasa: Bahasa): unknown[] {
  const nip = g.nip === undefined || g.nip === '' ? '' : ((r) => (r.success ? r.data : g.nip))(parseNipBerkas(g.nip));
  return [
    g.baris,
    nip,
    g.nama ?? '',
    g.kolom,
    g.nilai ?? '',
    g.kode,
    pilih(bahasa, g.pesan, g.pesanEn),
    g.jenis ?? 'baris',
  ];
}

/** A refusal of a whole NIP (its rows were accepted one by one): at the NIP's first line, each issue's path as the column. */
export function galatGuru(g: Guru, issues: readonly Issue[]): Galat[] {
  return issues.map((i) => ({
    baris: g.barisPertama,
    nip: g.nip,
    nama: g.nama,
    kolom: i.path.join('.'),
    nilai: '',
    kode: i.code,
    pesan: formatIssue(i),
    pesanEn: formatIssue(i, { bahasa: 'en' }),
    jenis: 'guru' as const,
  }));
}

/** Counts the refusals by row (not by message) and by kind. */
export class HitungGalat {
  private readonly baris = new Set<number>();
  private readonly siasn = new Set<number>();
  readonly guru = new Set<string>();
  catat(g: Galat): void {
    if (g.jenis === 'siasn') this.siasn.add(g.baris);
    else if (g.jenis === 'guru') this.guru.add(g.nip ?? String(g.baris));
    else this.baris.add(g.baris);
  }
  get ditolak(): number {
    return this.baris.size;
  }
  get siasnDilewati(): number {
    return this.siasn.size;
  }
}

/** The rows `--ketentuan` moved off the rule set of their own period. */
export function hitungTimpa(opsi: Pick<OpsiBaca, 'ketentuan'>): { catat: (d: Diterima) => void; jumlah: () => number } {
  let n = 0;
  const memo = new Map<string, string | null>();
  return {
    catat: (d) => {
      if (opsi.ketentuan === undefined) return;
      if (d.asumsi !== undefined) {
        if (d.asumsi.includes('ketentuan-ditimpa')) n += 1;
        return;
      }
      const r = d.rekam;
      if (r === null) return;
      const kunci = `${r.tahun}-${String(r.bulanMulai).padStart(2, '0')}-01`;
      let id = memo.get(kunci);
      if (id === undefined) {
        try {
          id = ketentuanUntuk(kunci).id;
        } catch {
          id = null;
        }
        memo.set(kunci, id);
      }
      if (id !== opsi.ketentuan.id) n += 1;
    },
    jumlah: () => n,
  };
}

/**
 * The CLI's `pak` on an operator's file read by {@link readBerkas}: per row a konversi (or an AK Dasar, an integrasi),
 * per NIP the akumulasi and the Penetapan; written through `tujuan` in the input's dialect: `ringkasan.csv` (by unit
 * kerja, then NIP), `ringkasan-unit.csv`, `diterima.csv` (with name, unit kerja, assumptions), `galat.csv` (one line per
 * refused cell: line, NIP, name, column, value as written, code, message, kind), `siasn-angkakredit.jsonl` (with SIASN
 * columns), and the PAK pages `pak/<nip>.html` (or `pak.html`). Adds no rule: every figure comes from the library.
 * A header without a required field (or a column map naming a header the file lacks) is a failed `Result`, with the
 * file's headers and what to do, and nothing written.
 *
 * @category Berkas
 * @example
 * import { pakBerkas, readBerkas, type TujuanKeluaran } from 'pengelolaan-kinerja/berkas';
 * async function contoh() {
 *   const b = await readBerkas(new TextEncoder().encode('NIP,Nama,Golongan,Jabatan,Tahun,Predikat\n198703122010012004,Andi,III/c,Guru Ahli Muda,2024,Baik\n'));
 *   if (!b.success) return;
 *   const berkas = new Map<string, string>();
 *   const tujuan: TujuanKeluaran = { write: (n, isi) => void berkas.set(n, isi), open: (n) => ({ write: (t) => void berkas.set(n, (berkas.get(n) ?? '') + t) }) };
 *   const h = await pakBerkas(b.data, tujuan, { html: 'tidak' });
 *   return h.success && h.data.berkas; // [ 'ringkasan.csv', 'ringkasan-unit.csv', 'diterima.csv', 'galat.csv' ]
 * }
 */
export function pakBerkas(bacaan: BacaanBerkas, tujuan: TujuanKeluaran, opsi: OpsiPak = {}): Promise<Result<HasilPak>> {
  return jalankanPak(bacaan, tujuan, opsi);
}

async function jalankanPak(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsiPak: OpsiPak = {},
): Promise<Result<HasilPak>> {
  const opsi = { ...opsiBaca(opsiPak), html: opsiPak.html ?? 'per-guru', kop: opsiPak.kop, pegawai: opsiPak.pegawai };
  const masukan = bacaan;
  const ditolakKolom = tolakKolom(masukan.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const cetak = opsi.html === 'tidak' ? null : formatPakHtml;
  const denganSiasn = adaKolomSiasn(masukan.header, opsi);
  const dialek = dialekDari(masukan.dialek);
  const kolom = laporanKolom(masukan.header, opsi.peta);
  const out = new Keluaran(tujuan, dialek, () => dialekDari(masukan.dialek).bom);
  if (opsi.html === 'per-guru') out.folder('pak');
  const diterima = out.tabel('diterima');
  const galat = out.tabel('galat');
  const siasn = denganSiasn ? out.teks('siasn-angkakredit.jsonl') : null;
  diterima.kepala(KOLOM_DITERIMA);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const timpa = hitungTimpa(opsi);
  const asumsi: Record<string, number> = {};
  const tolak = (g: Galat) => {
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  // Records are shared immutable values: each one's rounded figure is formatted once.
  const tampil = new WeakMap<object, string>();
  const ak = (r: NonNullable<Diterima['rekam']>) => {
    let t = tampil.get(r);
    if (t === undefined) tampil.set(r, (t = angka(formatAngkaKredit(r), dialek)));
    return t;
  };
  const csv = dialek.format === 'csv';
  const p = dialek.pemisah;
  const { guru, simpanan } = await bacaData(
    masukan,
    opsi,
    (d) => {
      const r = d.rekam;
      const kode = d.asumsi;
      for (const a of kode) asumsi[a] = (asumsi[a] ?? 0) + 1;
      timpa.catat(d);
      const nilai = d.integrasi?.akIntegrasi ?? d.akDasar ?? null;
      if (csv) {
        // The fast path: every field but the name, the unit and the assumptions is a validated NIP, a library code, a
        // number or an exact decimal: nothing to quote.
        // The exact value in the file's decimal mark (9,375 in a decimal-comma file, where Indonesian Excel reads
        // 9.375 as 9375); a value without a finite decimal stays the exact fraction (25/12).
        const tepat = (x: string): string => (x.includes('/') ? x : angka(x, dialek));
        const nama = selCsv(d.nama, dialek);
        const unit = selCsv(d.unitKerja, dialek);
        const as = kode.join(' ');
        diterima.tulis(
          r === null
            ? `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}${d.jenis}${p}${p}${p}${p}${p}${p}${nilai === null ? '' : angka(formatAngkaKredit(nilai), dialek)}${p}${nilai === null ? '' : tepat(nilai)}${p}${p}${as}${dialek.akhirBaris}`
            : `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}konversi${p}${r.tahun}${p}${r.bulanMulai}${p}${r.bulanAkhir}${p}${r.jenjang}${p}${r.predikat}${p}${ak(r)}${p}${tepat(r.angkaKredit)}${p}${r.ketentuan}${p}${as}${dialek.akhirBaris}`,
        );
      } else {
        diterima.csv(
          r === null
            ? [
                d.baris,
                d.nip,
                d.nama,
                d.unitKerja,
                d.jenis,
                '',
                '',
                '',
                '',
                '',
                new AngkaSel(nilai === null ? '' : formatAngkaKredit(nilai)),
                nilai ?? '',
                '',
                kode.join(' '),
              ]
            : [
                d.baris,
                d.nip,
                d.nama,
                d.unitKerja,
                'konversi',
                r.tahun,
                r.bulanMulai,
                r.bulanAkhir,
                r.jenjang,
                r.predikat,
                new AngkaSel(formatAngkaKredit(r)),
                r.angkaKredit,
                r.ketentuan,
                kode.join(' '),
              ],
        );
      }
      if (d.siasn !== null && r !== null && siasn !== null) {
        const body = toAngkaKreditSiasn({ ...d.siasn, rekam: r });
        if (body.success) siasn.tulis(`${JSON.stringify({ baris: d.baris, nip: d.nip, body: body.data })}\n`);
        else {
          const i = body.issues[0]!;
          tolak({
            baris: d.baris,
            nip: d.nip,
            nama: d.nama,
            kolom: i.path.join('.'),
            nilai: '',
            kode: i.code,
            pesan: formatIssue(i),
            pesanEn: formatIssue(i, { bahasa: 'en' }),
            jenis: 'siasn',
          });
        }
      }
    },
    tolak,
    opsiPak.kemajuan?.tiap,
    async () => {
      await Promise.all([diterima.jeda(), galat.jeda(), siasn?.jeda()]);
    },
  );
  opsiPak.kemajuan?.selesai();
  const ringkasan = out.tabel('ringkasan');
  const perUnit = out.tabel('ringkasan-unit');
  ringkasan.kepala(KOLOM_RINGKASAN);
  perUnit.kepala(KOLOM_RINGKASAN_UNIT);
  const halaman: DokumenPak[] = [];
  const jumlahGuru = guru.size;
  const urutan = urutanGuru(guru);
  const unit = new Map<string, { guru: number; baris: number; ak: string[]; pangkat: number; jenjang: number }>();
  let urut = 0;
  const catatan: CatatanIdentitas = { tidakTerbaca: new Map() };
  let tanpaDataPegawai = 0;
  for (const [u, nip] of urutan) {
    const g = guru.get(nip)!;
    // Done with this NIP: let it go, so memory shrinks while the Penetapan are made.
    guru.delete(nip);
    const { akumulasi, penetapan, dihitung } = penetapanGuru(
      g,
      simpanan,
      opsi,
      cetak !== null,
      kopGuru(opsi.kop, urut + 1, nip),
      cetak === null ? {} : identitasHalaman(g, catatan, opsi.pegawai?.perNip.get(nip)),
    );
    if (opsi.pegawai !== undefined && !opsi.pegawai.perNip.has(nip)) tanpaDataPegawai += 1;
    if (!penetapan.success || (akumulasi !== null && !akumulasi.success)) {
      const issues = !penetapan.success
        ? penetapan.issues
        : akumulasi !== null && !akumulasi.success
          ? akumulasi.issues
          : [];
      for (const x of galatGuru(g, issues)) tolak(x);
      continue;
    }
    urut += 1;
    const pd = penetapan.data;
    ringkasan.csv(barisRingkasan(pd, dihitung));
    const s = unit.get(u) ?? { guru: 0, baris: 0, ak: [], pangkat: 0, jenjang: 0 };
    s.guru += 1;
    s.baris += dihitung;
    s.ak.push(pd.akKonversi);
    if (pd.kenaikanPangkat?.akCukup === true) s.pangkat += 1;
    if (pd.kenaikanJenjang?.akCukup === true) s.jenjang += 1;
    unit.set(u, s);
    await ringkasan.jeda();
    if (cetak === null || akumulasi === null || !akumulasi.success) continue;
    if (opsi.html === 'per-guru')
      await out.tulisLangsung(`pak/${nip}.html`, cetak([akumulasi.data, pd], { judul: `PAK ${g.nama} ${nip}` }));
    else halaman.push(akumulasi.data, pd);
  }
  for (const [u, s] of unit)
    perUnit.csv([u, s.guru, s.baris, new AngkaSel(formatAngkaKredit(sumDesimal(s.ak).toJSON())), s.pangkat, s.jenjang]);
  if (halaman.length > 0 && cetak !== null) await out.tulisLangsung('pak.html', cetak(halaman, { judul: 'PAK' }));
  await out.selesai();
  const e = out.ekstensi;
  const berkas = [
    `ringkasan${e}`,
    `ringkasan-unit${e}`,
    `diterima${e}`,
    `galat${e}`,
    ...(siasn === null ? [] : ['siasn-angkakredit.jsonl']),
    ...(opsi.html === 'per-guru' ? ['pak/'] : opsi.html === 'gabung' && halaman.length > 0 ? ['pak.html'] : []),
  ];
  return ok({
    guru: jumlahGuru,
    guruDitolak: hitung.guru.size,
    diterima: diterima.jumlah,
    ditolak: hitung.ditolak,
    siasnDilewati: hitung.siasnDilewati,
    siasn: siasn?.jumlah ?? 0,
    asumsi,
    ditimpa: timpa.jumlah(),
    kolom,
    identitasTidakTerbaca: catatan.tidakTerbaca,
    tanpaDataPegawai,
    berkas,
  });
}

const LABEL_ASUMSI: Readonly<Record<string, [string, string]>> = {
  'periode-setahun-diasumsikan': [
    'periode Januari–Desember diasumsikan (tanpa kolom bulan)',
    'period January–December assumed (no month columns)',
  ],
  'jenjang-dari-golongan': [
    'jenjang diambil dari golongan (tanpa kolom jabatan)',
    'jenjang taken from the golongan (no jabatan column)',
  ],
  'ketentuan-ditimpa': ['ketentuan ditimpa --ketentuan', 'rule set overridden by --ketentuan'],
};

/**
 * The summary of a {@link pakBerkas} run, as the CLI prints it: counts of rows (not messages), guru without a PAK, SIASN
 * bodies, each assumption said once, identity notes, and an override's reach. `keluar` names where the files went
 * (default `keluaran`); `ketentuan` the id of a rule set given for every row.
 *
 * @category Berkas
 * @example
 * import { formatRingkasanPak, type HasilPak } from 'pengelolaan-kinerja/berkas';
 * const h: HasilPak = { guru: 2, guruDitolak: 0, diterima: 3, ditolak: 1, siasnDilewati: 0, siasn: 0, asumsi: {}, ditimpa: 0, kolom: { dipakai: [], diabaikan: [] }, identitasTidakTerbaca: new Map(), tanpaDataPegawai: 0, berkas: ['ringkasan.csv'] };
 * formatRingkasanPak(h, { bahasa: 'en', keluar: 'ZIP' });
 * //=> 'pak: 2 guru, 3 rows accepted, 1 row refused → ZIP/ (ringkasan.csv)'
 */
export function formatRingkasanPak(
  h: HasilPak,
  opsi: { readonly bahasa?: Bahasa; readonly keluar?: string; readonly ketentuan?: string } = {},
): string {
  periksaObjek(h, 'hasil');
  periksaObjek(opsi, 'opsi');
  const bentuk = h as unknown as Record<string, unknown>;
  const angkaSalah = ['guru', 'guruDitolak', 'diterima', 'ditolak', 'siasnDilewati', 'siasn', 'ditimpa'].filter(
    (k) => typeof bentuk[k] !== 'number',
  );
  if (
    angkaSalah.length > 0 ||
    !Array.isArray(bentuk['berkas']) ||
    bentuk['asumsi'] === null ||
    typeof bentuk['asumsi'] !== 'object'
  ) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'formatRingkasanPak menerima hasil pakBerkas (HasilPak).',
      'formatRingkasanPak takes the result of pakBerkas (HasilPak).',
    );
  }
  const bahasa = opsi.bahasa ?? 'id';
  const keluar = opsi.keluar ?? 'keluaran';
  const ketentuan = opsi.ketentuan;
  const id: string[] = [`pak: ${h.guru} guru, ${h.diterima} baris diterima, ${h.ditolak} baris ditolak`];
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const en: string[] = [`pak: ${h.guru} guru, ${rows(h.diterima)} accepted, ${rows(h.ditolak)} refused`];
  if (h.guruDitolak > 0) {
    id.push(`${h.guruDitolak} guru tanpa PAK`);
    en.push(`${h.guruDitolak} guru without a PAK`);
  }
  if (h.siasn > 0 || h.siasnDilewati > 0) {
    id.push(
      `${h.siasn} badan SIASN${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} baris tanpa badan SIASN, PAK-nya tetap)` : ''}`,
    );
    en.push(
      `${h.siasn} SIASN bodies${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} rows without a SIASN body, their PAK stands)` : ''}`,
    );
  }
  let baris = pilih(
    bahasa,
    `${id.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`,
    `${en.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`,
  );
  const asumsi = Object.entries(h.asumsi).filter(([k]) => k !== 'ketentuan-ditimpa');
  if (asumsi.length > 0) {
    baris += `\n${pilih(bahasa, 'asumsi', 'assumed')}: ${asumsi.map(([k, n]) => `${n} ${pilih(bahasa, 'baris', 'rows')} ${pilih(bahasa, LABEL_ASUMSI[k]?.[0] ?? k, LABEL_ASUMSI[k]?.[1] ?? k)}`).join('; ')} (${pilih(bahasa, 'kolom asumsi di diterima', 'column asumsi in diterima')})`;
  }
  if (h.tanpaDataPegawai > 0) {
    baris += `\n${pilih(bahasa, `--pegawai: ${h.tanpaDataPegawai} guru tidak ada di berkas data pegawai (identitasnya dari berkas utama saja)`, `--pegawai: ${h.tanpaDataPegawai} guru are not in the employee file (their identity from the main file only)`)}`;
  }
  if (h.identitasTidakTerbaca.size > 0) {
    const d = [...h.identitasTidakTerbaca].map(([m, n]) => `${m} ${n}`).join(', ');
    baris += `\n${pilih(bahasa, `identitas tidak terbaca (dicetak sebagai baris kosong untuk diisi tangan): ${d} guru`, `identity not readable (printed as empty lines to fill by hand): ${d} guru`)}`;
  }
  if (ketentuan !== undefined) {
    baris += `\n${pilih(bahasa, `--ketentuan ${ketentuan}: ${h.ditimpa} baris dihitung dengan ketentuan lain dari ketentuan periodenya`, `--ketentuan ${ketentuan}: ${h.ditimpa} rows computed under another rule set than their period's`)}`;
  }
  return baris;
}
