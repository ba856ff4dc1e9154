// `pak`: per row a konversi, per NIP the akumulasi and Penetapan, pages, a summary and SIASN bodies, written through
// a TujuanKeluaran (the CLI's folder, the page's ZIP).
import { periksaBacaan, periksaOpsiBerkas, periksaTujuan } from './periksa';
import { formatPakHtml } from '../cetak/pak-html';
import { sumDesimal } from '../core/desimal';
import { periksaObjek } from '../core/periksa';
import { KinerjaError } from '../core/error';
import type { Bahasa } from '../core/issue';
import { ok, type Result } from '../core/result';
import type { DokumenPak } from '../pak/schema';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import { toAngkaKreditSiasn } from '../siasn/angka-kredit';
import { adaKolomSiasn, bacaData, type Diterima, type Galat, type HasilBaca, type OpsiBaca } from './data';
import type { AlasanGuru, Guru, RekamGuru } from './guru';
import { ASUMSI } from './sel';
import { DASAR_ASN } from '../ketentuan/dasar-kinerja-asn';
import { barisRingkasan, ringkasanGuru, type RingkasanGuru } from './ringkasan-guru';
import type { BacaanBerkas } from '../format/dialek';
import {
  AngkaSel,
  angka,
  dialekDari,
  Keluaran,
  pilih,
  selCsv,
  teksAngkaCsv,
  type DialekKeluaran,
  type TabelKeluaran,
  type TujuanKeluaran,
} from '../format/keluaran';
import type { PakPenetapan } from '../pak/schema';
import {
  type Cetak,
  cetakPdf,
  dokumenCetak,
  identitasHalaman,
  kopGuru,
  type CatatanIdentitas,
  type KopBerkas,
} from './kop';
import type { DataPegawai } from './pegawai';
import type { LaporanKolom } from '../format/kolom';
import {
  opsiBaca,
  tolakKolom,
  urutanGuru,
  penetapanGuru,
  KOLOM_RINGKASAN,
  KOLOM_RINGKASAN_UNIT,
  KOLOM_DITERIMA,
  KOLOM_GALAT,
  barisGalat,
  galatDariIssue,
  galatGuru,
  HitungGalat,
  hitungTimpa,
  type OpsiBerkas,
} from './bersama';

export type { RingkasanGuru } from './ringkasan-guru';

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
  /**
   * Also print the pages of held guru (a refused line), each marked as a draft on the page itself (`gabung`: in
   * `pak-draf.html`), with their partial figures in `ringkasan.csv`. No SIASN body is written for them either way.
   */
  readonly draf?: boolean;
  /** Called once per guru, in output order, with the guru's summary (the page's per-guru table). */
  readonly onGuru?: (g: RingkasanGuru) => void;
  /** The PDF of the pages: `per-guru` (`pak/<nip>.pdf`), `gabung` (one `pak.pdf`) or `tidak` (default); written with `tujuan.writeBytes`. */
  readonly pdf?: 'per-guru' | 'gabung' | 'tidak';
  /** The bytes of the logo file the letterhead names (PNG, JPEG or SVG). */
  readonly logo?: Uint8Array;
}

/**
 * What a run of {@link pakBerkas} counted: guru, rows accepted and refused (distinct rows, not messages), guru held,
 * SIASN bodies written and skipped, assumptions by code, the rows a rule-set override changed, every column of the
 * file (used or ignored), identity cells the pages could not print, guru missing from the employee file, and the
 * files written.
 *
 * @category Berkas
 * @example
 * import type { HasilPak } from 'pengelolaan-kinerja/berkas';
 * const lihat = (h: HasilPak) => `${h.diterima} diterima, ${h.ditolak} ditolak, ${h.guruDitunda} guru ditunda`;
 */
export interface HasilPak {
  /** Guru read (each NIP with an accepted row once). */
  readonly guru: number;
  /** Guru held (`ditunda` in `ringkasan.csv`): a line of theirs was refused, or their Penetapan could not be made. */
  readonly guruDitunda: number;
  /** Guru whose Penetapan could not be made from rows accepted one by one (e.g. an integrasi of another jenjang). */
  readonly guruDitolak: number;
  /** Rows accepted (lines of `diterima.csv`). */
  readonly diterima: number;
  /** Distinct input rows refused (a row with three bad cells counts once). */
  readonly ditolak: number;
  /** Accepted rows whose SIASN body was skipped (the row's PAK stands). */
  readonly siasnDilewati: number;
  /** SIASN bodies written (lines of `siasn-angkakredit.jsonl`). */
  readonly siasn: number;
  /** Rows per assumption code (`periode-setahun-diasumsikan`, `jenjang-dari-golongan`, `ketentuan-ditimpa`, `bulan-dari-jumlah`, `predikat-dari-kuadran`). */
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

/**
 * The CLI's `pak` on an operator's file read by {@link readBerkas}: per row a konversi (or an AK Dasar, an integrasi),
 * per guru the akumulasi and the Penetapan; written through `tujuan` in the input's dialect: `ringkasan.csv` (by unit
 * kerja, then NIP; each guru `lengkap` or `ditunda` with the refused lines named), `ringkasan-unit.csv`,
 * `diterima.csv` (with name, unit kerja, assumptions), `galat.csv` (one line per refused cell: line, NIP, name,
 * column, value as written, code, message, kind), `siasn-angkakredit.jsonl` (with SIASN columns), and the PAK pages
 * `pak/<nip>.html` (or `pak.html`). The unit of a PAK is the guru: a guru with a refused line gets no page and no SIASN
 * body (the `draf` option prints its page marked as a draft). Adds no rule: every figure comes from the library.
 * A header without a required field (or a column map naming a header the file lacks) is a failed `Result`, with the
 * file's headers and what to do, and nothing written.
 *
 * @param bacaan - The file as {@link readBerkas} opened it.
 * @param tujuan - Where the outputs go (a folder, a ZIP, memory).
 * @param opsi - The rule set, language, letterhead, employee data and the callbacks.
 * @returns The run's counts and per-guru results (refused cells are in `galat.csv`, not failures), or a failed result
 *   with `kolom-wajib-tidak-ada` or `kolom-peta-tidak-ada` before anything is written; wrong arguments reject with
 *   `KinerjaError` `argumen-tidak-valid`.
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
export async function pakBerkas(
  bacaan: BacaanBerkas,
  tujuan: TujuanKeluaran,
  opsi: OpsiPak = {},
): Promise<Result<HasilPak>> {
  return jalankanPak(periksaBacaan(bacaan), periksaTujuan(tujuan), periksaOpsiBerkas(opsi));
}

type OpsiJalan = OpsiBaca & {
  readonly html: 'per-guru' | 'gabung' | 'tidak';
  readonly kop: KopBerkas | undefined;
  readonly pegawai: DataPegawai | undefined;
  readonly draf: boolean;
  readonly pdf: 'per-guru' | 'gabung' | 'tidak';
  readonly cetak: Cetak;
};

async function jalankanPak(masukan: BacaanBerkas, tujuan: TujuanKeluaran, opsiPak: OpsiPak): Promise<Result<HasilPak>> {
  const c = await cetakPdf(opsiPak, tujuan);
  if (!c.success) return c;
  const opsi: OpsiJalan = {
    pdf: opsiPak.pdf ?? 'tidak',
    cetak: c.data,
    ...opsiBaca(opsiPak),
    html: opsiPak.html ?? 'per-guru',
    kop: opsiPak.kop,
    pegawai: opsiPak.pegawai,
    draf: opsiPak.draf === true,
  };
  const ditolakKolom = tolakKolom(masukan.header, opsi.peta);
  if (ditolakKolom !== null) return ditolakKolom;
  const dialek = dialekDari(masukan.dialek);
  const out = new Keluaran(tujuan, dialek, () => dialekDari(masukan.dialek).bom);
  if (opsi.html === 'per-guru' || opsi.pdf === 'per-guru') out.folder('pak');
  const diterima = out.tabel('diterima');
  const galat = out.tabel('galat');
  const siasn = adaKolomSiasn(masukan.header, opsi) ? out.teks('siasn-angkakredit.jsonl') : null;
  diterima.kepala(KOLOM_DITERIMA);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const timpa = hitungTimpa(opsi);
  const asumsi: Record<string, number> = {};
  const tolak = (g: Galat) => {
    hitung.catat(g);
    galat.csv(barisGalat(g, opsi.bahasa));
  };
  const tulis = penulisDiterima(diterima, dialek);
  const baca = await bacaData(
    masukan,
    opsi,
    (d) => {
      for (const a of d.asumsi) asumsi[a] = (asumsi[a] ?? 0) + 1;
      timpa.catat(d);
      tulis(d);
    },
    tolak,
    opsiPak.kemajuan?.tiap,
    async () => {
      await Promise.all([diterima.jeda(), galat.jeda(), siasn?.jeda()]);
    },
  );
  opsiPak.kemajuan?.selesai();
  const jumlahGuru = baca.guru.size;
  const per = await tulisPerGuru(baca, out, siasn, tolak, opsi, opsiPak.onGuru);
  await out.selesai();
  const e = out.ekstensi;
  const berkas = [
    `ringkasan${e}`,
    `ringkasan-unit${e}`,
    `diterima${e}`,
    `galat${e}`,
    ...(siasn === null ? [] : ['siasn-angkakredit.jsonl']),
    ...(opsi.html === 'per-guru' || opsi.pdf === 'per-guru' ? ['pak/'] : []),
    ...per.gabung,
  ];
  return ok({
    guru: jumlahGuru,
    guruDitunda: per.ditunda,
    guruDitolak: hitung.guru.size,
    diterima: diterima.jumlah,
    ditolak: hitung.ditolak,
    siasnDilewati: hitung.siasnDilewati,
    siasn: siasn?.jumlah ?? 0,
    asumsi,
    ditimpa: timpa.jumlah(),
    kolom: baca.kolom,
    identitasTidakTerbaca: per.catatan.tidakTerbaca,
    tanpaDataPegawai: per.tanpaDataPegawai,
    berkas,
  });
}

/** The writer of `diterima.csv`'s lines: a fast path for CSV (nothing to quote but the name, unit and assumptions). */
function penulisDiterima(diterima: TabelKeluaran, dialek: DialekKeluaran): (d: Diterima) => void {
  // Records are shared immutable values: each one's rounded figure is formatted once.
  const tampil = new WeakMap<object, string>();
  const ak = (r: NonNullable<Diterima['rekam']>) => {
    let t = tampil.get(r);
    if (t === undefined) tampil.set(r, (t = angka(formatAngkaKredit(r), dialek)));
    return t;
  };
  const p = dialek.pemisah;
  // The exact value in the file's decimal mark (9,375 in a decimal-comma file, where Indonesian Excel reads 9.375 as
  // 9375); a value without a finite decimal stays the exact fraction (25/12).
  const tepat = (x: string): string => (x.includes('/') ? x : angka(x, dialek));
  return (d) => {
    const r = d.rekam;
    const nilai = d.integrasi?.akIntegrasi ?? d.akDasar ?? null;
    const as = d.asumsi.join(' ');
    if (dialek.format !== 'csv') {
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
              as,
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
              as,
            ],
      );
      return;
    }
    const nama = selCsv(d.nama, dialek);
    const unit = selCsv(d.unitKerja, dialek);
    // The NIP in the form spreadsheets keep as text.
    const nip = teksAngkaCsv(d.nip);
    diterima.tulis(
      r === null
        ? `${d.baris}${p}${nip}${p}${nama}${p}${unit}${p}${d.jenis}${p}${p}${p}${p}${p}${p}${nilai === null ? '' : angka(formatAngkaKredit(nilai), dialek)}${p}${nilai === null ? '' : tepat(nilai)}${p}${p}${as}${dialek.akhirBaris}`
        : `${d.baris}${p}${nip}${p}${nama}${p}${unit}${p}konversi${p}${r.tahun}${p}${r.bulanMulai}${p}${r.bulanAkhir}${p}${r.jenjang}${p}${r.predikat}${p}${ak(r)}${p}${tepat(r.angkaKredit)}${p}${r.ketentuan}${p}${as}${dialek.akhirBaris}`,
    );
  };
}

/** A unit kerja's totals for `ringkasan-unit.csv` (complete guru only). */
type PerUnit = { guru: number; baris: number; ak: string[]; pangkat: number; jenjang: number };

/**
 * The per-guru phase: each guru's Penetapan, its line of `ringkasan.csv` (with status and reasons), its page (only a
 * complete guru's, or marked as a draft with `draf`), its SIASN bodies (only a complete guru's), `onGuru`.
 */
async function tulisPerGuru(
  baca: HasilBaca,
  out: Keluaran,
  siasn: TabelKeluaran | null,
  tolak: (g: Galat) => void,
  opsi: OpsiJalan,
  onGuru: ((g: RingkasanGuru) => void) | undefined,
): Promise<{ ditunda: number; catatan: CatatanIdentitas; tanpaDataPegawai: number; gabung: string[] }> {
  const ringkasan = out.tabel('ringkasan');
  const perUnit = out.tabel('ringkasan-unit');
  ringkasan.kepala(KOLOM_RINGKASAN);
  perUnit.kepala(KOLOM_RINGKASAN_UNIT);
  const halaman = { lengkap: [] as DokumenPak[], draf: [] as DokumenPak[] };
  const catatanGabung = { lengkap: [] as string[], draf: [] as string[] };
  const unit = new Map<string, PerUnit>();
  const catatan: CatatanIdentitas = { tidakTerbaca: new Map() };
  let urut = 0;
  let nomor = 0;
  let dicetak = 0;
  let ditunda = 0;
  let tanpaDataPegawai = 0;
  for (const [u, nip] of urutanGuru(baca.guru)) {
    const g = baca.guru.get(nip)!;
    // Done with this NIP: let it go, so memory shrinks while the Penetapan are made.
    baca.guru.delete(nip);
    const alasanBaris = baca.alasan.get(nip) ?? [];
    const cetak = (opsi.html !== 'tidak' || opsi.pdf !== 'tidak') && (alasanBaris.length === 0 || opsi.draf);
    const pegawai = opsi.pegawai?.perNip.get(nip);
    if (opsi.pegawai !== undefined && pegawai === undefined) tanpaDataPegawai += 1;
    const p = penetapanGuru(
      g,
      baca.simpanan,
      opsi,
      cetak,
      kopGuru(opsi.kop, urut + 1, nip),
      cetak ? identitasHalaman(g, catatan, pegawai) : {},
    );
    const gagal = !p.penetapan.success
      ? p.penetapan.issues
      : p.akumulasi !== null && !p.akumulasi.success
        ? p.akumulasi.issues
        : [];
    const galatG = galatGuru(g, gagal);
    for (const x of galatG) tolak(x);
    const alasan = galatG.length === 0 ? alasanBaris : [...alasanBaris, ...galatG.map(alasanDari)];
    const pd = p.penetapan.success ? p.penetapan.data : null;
    const lengkap = alasan.length === 0;
    const akumulasi = p.akumulasi?.success === true ? p.akumulasi.data : null;
    const path = cetak && pd !== null && akumulasi !== null && opsi.html === 'per-guru' ? `pak/${nip}.html` : undefined;
    const r = ringkasanGuru(g, alasan, pd, p.kini, path);
    ringkasan.csv(barisRingkasan(r, pd, p.dihitung, opsi));
    onGuru?.(r);
    if (!lengkap) ditunda += 1;
    else {
      urut += 1;
      catatUnit(unit, u, r, p.dihitung, pd);
      if (siasn !== null) tulisSiasn(siasn, g, p.semua, tolak);
    }
    await ringkasan.jeda();
    if (!cetak || pd === null || akumulasi === null) continue;
    // A Konversi per period, the Akumulasi, the Penetapan: each its own nomor from the run's pattern.
    const dok = dokumenCetak(akumulasi, pd, opsi.kop, nomor, dicetak);
    nomor += dok.length;
    dicetak += 1;
    const catatanHalaman = (g.asumsi & ASUMSI.jenjang) !== 0 ? CATATAN_JENJANG : '';
    const gaya = {
      judul: `PAK ${g.nama} ${nip}`,
      ...opsi.cetak.gaya,
      ...(lengkap ? {} : { draf: true }),
      ...(catatanHalaman === '' ? {} : { catatan: catatanHalaman }),
    };
    if (path !== undefined) await out.tulisLangsung(path, formatPakHtml(dok, gaya));
    if (opsi.pdf === 'per-guru' && opsi.cetak.buat !== null)
      await out.tulisBiner(`pak/${nip}.pdf`, await opsi.cetak.buat(dok, gaya));
    if (opsi.html === 'gabung' || opsi.pdf === 'gabung') {
      (lengkap ? halaman.lengkap : halaman.draf).push(...dok);
      (lengkap ? catatanGabung.lengkap : catatanGabung.draf).push(...dok.map(() => catatanHalaman));
    }
  }
  for (const [u, s] of unit)
    perUnit.csv([u, s.guru, s.baris, new AngkaSel(formatAngkaKredit(sumDesimal(s.ak).toJSON())), s.pangkat, s.jenjang]);
  const gabung = await tulisGabungan(out, halaman, catatanGabung, opsi);
  return { ditunda, catatan, tanpaDataPegawai, gabung };
}

/** The joined pages (`pak.html` for the complete guru, `pak-draf.html` for the drafts): the files written. */
async function tulisGabungan(
  out: Keluaran,
  halaman: { lengkap: DokumenPak[]; draf: DokumenPak[] },
  catatanGabung: { lengkap: string[]; draf: string[] },
  opsi: OpsiJalan,
): Promise<string[]> {
  const gabung: string[] = [];
  const buat = opsi.pdf === 'gabung' ? opsi.cetak.buat : null;
  for (const [dok, catatan, nama, gaya] of [
    [halaman.lengkap, catatanGabung.lengkap, 'pak', { judul: 'PAK', ...opsi.cetak.gaya }],
    [halaman.draf, catatanGabung.draf, 'pak-draf', { judul: 'PAK (DRAF)', ...opsi.cetak.gaya, draf: true }],
  ] as const) {
    if (dok.length === 0) continue;
    if (opsi.html === 'gabung') {
      await out.tulisLangsung(`${nama}.html`, formatPakHtml(dok, { ...gaya, catatan }));
      gabung.push(`${nama}.html`);
    }
    if (buat !== null) {
      await out.tulisBiner(`${nama}.pdf`, await buat(dok, { ...gaya, catatan }));
      gabung.push(`${nama}.pdf`);
    }
  }
  return gabung;
}

/** Written on each page of a guru whose jenjang no cell settled: the reader took it from the golongan. */
const CATATAN_JENJANG =
  'Jenjang dari golongan: berkas tidak memuat jabatan atau jenjang yang menentukannya; periksa jabatan guru ini sebelum ditandatangani.';

const alasanDari = (x: Galat): AlasanGuru => ({
  baris: x.baris,
  code: x.code,
  message: x.message,
  messageEn: x.messageEn,
});

function catatUnit(
  unit: Map<string, PerUnit>,
  u: string,
  r: RingkasanGuru,
  dihitung: number,
  pd: PakPenetapan | null,
): void {
  const s = unit.get(u) ?? { guru: 0, baris: 0, ak: [], pangkat: 0, jenjang: 0 };
  s.guru += 1;
  s.baris += dihitung;
  s.ak.push(r.akKonversi);
  if (pd?.kenaikanPangkat?.akCukup === true) s.pangkat += 1;
  if (pd?.kenaikanJenjang?.akCukup === true) s.jenjang += 1;
  unit.set(u, s);
}

/** A complete guru's SIASN bodies, one per konversi row with its SIASN cells. */
function tulisSiasn(siasn: TabelKeluaran, g: Guru, semua: readonly RekamGuru[], tolak: (g: Galat) => void): void {
  for (const x of semua) {
    if (x.siasn === null) continue;
    const body = toAngkaKreditSiasn({ ...x.siasn, rekam: x.r });
    if (body.success) {
      siasn.tulis(`${JSON.stringify({ baris: x.baris, nip: g.nip, body: body.data })}\n`);
      continue;
    }
    tolak(galatDariIssue(x.baris, g, body.issues[0]!, 'siasn'));
  }
}

const LABEL_ASUMSI: Readonly<Record<string, [string, string]>> = {
  'periode-setahun-diasumsikan': [
    'periode Januari–Desember diasumsikan (tanpa kolom bulan)',
    'period January–December assumed (no month columns)',
  ],
  'jenjang-dari-golongan': [
    'jenjang diambil dari golongan (tanpa jabatan yang menentukan jenjangnya)',
    'jenjang taken from the golongan (no jabatan that settles it)',
  ],
  'ketentuan-ditimpa': [
    'ketentuan periodenya diganti ketentuan yang diberikan',
    "the period's rule set replaced by the one given",
  ],
  'bulan-dari-jumlah': [
    'jumlah bulan tanpa bulan mulai ditempatkan dari Januari (atau setelah baris sebelumnya di tahun itu)',
    'a count of months without a start placed from January (or after the earlier row of that year)',
  ],
};

/** An assumption said in words; SIASN's kuadran codes with their predikat from the rule sets' base (`kuadranSiasn`). */
function labelAsumsi(k: string): readonly [string, string] {
  if (k !== 'predikat-dari-kuadran') return LABEL_ASUMSI[k] ?? [k, k];
  const kuadran = DASAR_ASN.predikat
    .filter((p) => p.kuadranSiasn !== undefined)
    .sort((a, b) => (a.kuadranSiasn ?? 0) - (b.kuadranSiasn ?? 0))
    .map((p) => `${p.kuadranSiasn} ${p.label}`)
    .join(', ');
  return [
    `predikat dibaca dari kode kuadran SIASN 1–5 (${kuadran})`,
    `predikat read from SIASN's kuadran code 1–5 (${kuadran})`,
  ];
}

/**
 * The summary of a {@link pakBerkas} run, as the CLI prints it: counts of rows (not messages), guru without a PAK, SIASN
 * bodies, each assumption said once, identity notes, and an override's reach. `keluar` names where the files went
 * (none for a run in memory); `ketentuan` the id of a rule set given for every row.
 *
 * @param h - The result of {@link pakBerkas}.
 * @param opsi - `bahasa`, the output's name `keluar` and the rule set id `ketentuan`.
 * @returns The summary as lines of text; throws `KinerjaError` `argumen-tidak-valid` for an `h` of another shape.
 * @category Berkas
 * @example
 * import { formatRingkasanPak, type HasilPak } from 'pengelolaan-kinerja/berkas';
 * const h: HasilPak = { guru: 2, guruDitunda: 0, guruDitolak: 0, diterima: 3, ditolak: 1, siasnDilewati: 0, siasn: 0, asumsi: {}, ditimpa: 0, kolom: { dipakai: [], diabaikan: [] }, identitasTidakTerbaca: new Map(), tanpaDataPegawai: 0, berkas: ['ringkasan.csv'] };
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
  const angkaSalah = ['guru', 'diterima', 'ditolak', 'siasnDilewati', 'siasn', 'ditimpa'].filter(
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
  const keluar = opsi.keluar;
  const ke = keluar === undefined ? ` (${h.berkas.join(', ')})` : ` → ${keluar}/ (${h.berkas.join(', ')})`;
  const ketentuan = opsi.ketentuan;
  const id: string[] = [`pak: ${h.guru} guru, ${h.diterima} baris diterima, ${h.ditolak} baris ditolak`];
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const en: string[] = [`pak: ${h.guru} guru, ${rows(h.diterima)} accepted, ${rows(h.ditolak)} refused`];
  const ditunda = typeof h.guruDitunda === 'number' ? h.guruDitunda : (h.guruDitolak ?? 0);
  if (ditunda > 0) {
    id.push(`${ditunda} guru ditunda (tanpa halaman PAK: status dan alasannya di ringkasan)`);
    en.push(`${ditunda} guru held (no PAK page: status and reasons in ringkasan)`);
  }
  if (h.siasn > 0 || h.siasnDilewati > 0) {
    id.push(
      `${h.siasn} badan SIASN${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} baris tanpa badan SIASN, PAK-nya tetap)` : ''}`,
    );
    en.push(
      `${h.siasn} SIASN bodies${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} rows without a SIASN body, their PAK stands)` : ''}`,
    );
  }
  let baris = pilih(bahasa, `${id.join(', ')}${ke}`, `${en.join(', ')}${ke}`);
  const asumsi = Object.entries(h.asumsi).filter(([k]) => k !== 'ketentuan-ditimpa');
  if (asumsi.length > 0) {
    baris += `\n${pilih(bahasa, 'asumsi', 'assumed')}: ${asumsi.map(([k, n]) => `${n} ${pilih(bahasa, 'baris', 'rows')} ${pilih(bahasa, ...labelAsumsi(k))}`).join('; ')} (${pilih(bahasa, 'kolom asumsi di diterima', 'column asumsi in diterima')})`;
  }
  if (h.tanpaDataPegawai > 0) {
    baris += `\n${pilih(bahasa, `data pegawai: ${h.tanpaDataPegawai} guru tidak ada di berkas data pegawai (identitasnya dari berkas utama saja)`, `employee file: ${h.tanpaDataPegawai} guru are not in the employee file (their identity from the main file only)`)}`;
  }
  if (h.identitasTidakTerbaca.size > 0) {
    const d = [...h.identitasTidakTerbaca].map(([m, n]) => `${m} ${n}`).join(', ');
    baris += `\n${pilih(bahasa, `identitas tidak terbaca (dicetak sebagai baris kosong untuk diisi tangan): ${d} guru`, `identity not readable (printed as empty lines to fill by hand): ${d} guru`)}`;
  }
  if (ketentuan !== undefined) {
    baris += `\n${pilih(bahasa, `ketentuan ${ketentuan}: ${h.ditimpa} baris dihitung dengan ketentuan lain dari ketentuan periodenya`, `rule set ${ketentuan}: ${h.ditimpa} rows computed under another rule set than their period's`)}`;
  }
  return baris;
}
