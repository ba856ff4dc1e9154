import { createPakAkumulasi, createPakPenetapan, formatAngkaKredit, formatIssue, ketentuanUntuk, sumDesimal, type DokumenPak, type Issue, type KopPak, type PakPenetapan } from 'pengelolaan-kinerja';
import { parseNipBerkas } from 'pengelolaan-kinerja/berkas';
import { adaKolomSiasn, bacaData, type Diterima, type Galat, type Guru, type OpsiBaca, type Simpanan } from './data';
import { Keluaran, kemajuan } from './keluaran';
import type { Masukan } from './masukan';
import { identitasHalaman, kopGuru, type CatatanIdentitas, type KopBerkas } from './kop';
import { laporanKolom, type LaporanKolomCli } from './laporan';
import type { DataPegawai } from './pegawai';
import { AngkaSel, angka, dialekDari, pilih, selCsv, type Bahasa, type DialekKeluaran } from './teks';

export interface OpsiPak extends OpsiBaca {
  readonly keluar: string;
  readonly html: 'per-guru' | 'gabung' | 'tidak';
  /** The run's letterhead (`--kop`); each guru's identity comes from the file's columns. */
  readonly kop?: KopBerkas;
  /** Identity by NIP from a second file (`--pegawai`, e.g. SIASN's Data Pegawai export). */
  readonly pegawai?: DataPegawai;
}

/** What a run of `pak` counted: rows (not messages), guru, SIASN bodies and skips, assumptions, the override. */
export interface HasilPak {
  readonly guru: number;
  readonly guruDitolak: number;
  readonly diterima: number;
  /** Distinct input rows refused (a row with three bad cells counts once). */
  readonly ditolak: number;
  /** Accepted rows whose SIASN body was skipped (the row's PAK stands). */
  readonly siasnDilewati: number;
  readonly siasn: number;
  readonly asumsi: Readonly<Record<string, number>>;
  /** Rows whose rule set `--ketentuan` changed from the one of their period. */
  readonly ditimpa: number;
  readonly kolom: LaporanKolomCli;
  /** Identity cells the pages could not print (a date or sex not readable), per field: printed as empty lines. */
  readonly identitasTidakTerbaca: ReadonlyMap<string, number>;
  /** With `--pegawai`: guru of the konversi file the identity file does not have. */
  readonly tanpaDataPegawai: number;
  readonly berkas: readonly string[];
}

// The fields the reader adds for #26 (name and unit on each accepted row, its assumptions; NIP, name, the value as
// written and the kind on each refusal): read when present, so both sides compile while they land.
export type DiterimaCli = Diterima & { readonly nama?: string; readonly unitKerja?: string; readonly asumsi?: readonly string[] };
export type GalatCli = Galat & { readonly nip?: string; readonly nama?: string; readonly nilai?: string; readonly jenis?: 'baris' | 'siasn' | 'guru' | 'berkas' };

/** The Penetapan of one NIP from its kept rows: only the rows of the current jenjang count (AK restarts at a new jenjang). */
export function penetapanGuru(
  g: Guru,
  simpanan: Simpanan,
  opsi: OpsiBaca,
  denganAkumulasi = true,
  kop: KopPak = {},
  identitas: Readonly<Record<string, string>> = {},
): { akumulasi: ReturnType<typeof createPakAkumulasi> | null; penetapan: ReturnType<typeof createPakPenetapan>; dihitung: number } {
  const kini = simpanan.dari(g).filter((x) => x.r.jenjang === g.jenjang);
  const pegawai = { ...identitas, nama: g.nama, nip: g.nip, golongan: g.golongan, jenjang: g.jenjang, ...(g.unitKerja === undefined ? {} : { unitKerja: g.unitKerja }) };
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

export const KOLOM_RINGKASAN = ['unit_kerja', 'nip', 'nama', 'golongan', 'jenjang', 'baris_dihitung', 'ak_dasar', 'ak_integrasi', 'ak_konversi', 'ak_kumulatif', 'pangkat_ke', 'pangkat_syarat', 'pangkat_selisih', 'jenjang_ke', 'jenjang_syarat', 'jenjang_selisih', 'predikat_cukup', 'prasyarat_lain'];
export const KOLOM_RINGKASAN_UNIT = ['unit_kerja', 'guru', 'baris_dihitung', 'ak_konversi', 'memenuhi_ak_pangkat', 'memenuhi_ak_jenjang'];
export const KOLOM_DITERIMA = ['baris', 'nip', 'nama', 'unit_kerja', 'jenis', 'tahun', 'bulan_mulai', 'bulan_selesai', 'jenjang', 'predikat', 'angka_kredit', 'angka_kredit_tepat', 'ketentuan', 'asumsi'];
export const KOLOM_GALAT = ['baris', 'nip', 'nama', 'kolom', 'nilai', 'kode', 'pesan', 'jenis'];

/**
 * A summary row: AK figures as {@link AngkaSel} (decimal mark of the dialect). An AK Integrasi that was not computed
 * (no conventional AK in the file) is left empty, not 0.
 */
export function barisRingkasan(p: PakPenetapan, dihitung: number): unknown[] {
  const a = (s: string) => new AngkaSel(formatAngkaKredit(s));
  const k = (x: PakPenetapan['kenaikanPangkat']) => (x === null ? ['', '', ''] : [x.ke, x.syarat, a(x.selisih)]);
  const kj = p.kenaikanJenjang;
  return [
    p.pegawai.unitKerja ?? '', p.pegawai.nip, p.pegawai.nama, p.pegawai.golongan, p.pegawai.jenjang, dihitung,
    a(p.akDasar), p.integrasi === undefined || p.integrasi === null ? '' : a(p.integrasi.akIntegrasi), a(p.akKonversi), a(p.akKumulatif),
    ...k(p.kenaikanPangkat), ...k(kj),
    kj?.predikatCukup === null || kj === null ? '' : kj.predikatCukup ? 'ya' : 'tidak',
    kj === null ? '' : kj.prasyarat.join(' '),
  ];
}

/** A refusal as `galat.csv` writes it: the NIP as read when it can be read (the value as written is in `nilai`). */
export function barisGalat(g: GalatCli, bahasa: Bahasa): unknown[] {
  const nip = g.nip === undefined || g.nip === '' ? '' : ((r) => (r.success ? r.data : g.nip))(parseNipBerkas(g.nip));
  return [g.baris, nip, g.nama ?? '', g.kolom, g.nilai ?? '', g.kode, pilih(bahasa, g.pesan, g.pesanEn), g.jenis ?? 'baris'];
}

/** A refusal of a whole NIP (its rows were accepted one by one): at the NIP's first line, each issue's path as the column. */
export function galatGuru(g: Guru, issues: readonly Issue[]): GalatCli[] {
  return issues.map((i) => ({ baris: g.barisPertama, nip: g.nip, nama: g.nama, kolom: i.path.join('.'), nilai: '', kode: i.code, pesan: formatIssue(i), pesanEn: formatIssue(i, { bahasa: 'en' }), jenis: 'guru' as const }));
}

/** Counts the refusals by row (not by message) and by kind. */
export class HitungGalat {
  private readonly baris = new Set<number>();
  private readonly siasn = new Set<number>();
  readonly guru = new Set<string>();
  catat(g: GalatCli): void {
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
export function hitungTimpa(opsi: OpsiBaca): { catat: (d: DiterimaCli) => void; jumlah: () => number } {
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

/** `pak <file>`: per row a konversi, per NIP the akumulasi and Penetapan, pages, a summary and SIASN bodies. */
export async function jalankanPak(masukan: Masukan, opsi: OpsiPak): Promise<HasilPak> {
  // The print and SIASN entry points are loaded only when this run needs them.
  // require (not import()): the same CommonJS copy of the library as the rest of the CLI.
  const { formatPakHtml } = opsi.html === 'tidak' ? { formatPakHtml: null } : (require('pengelolaan-kinerja/cetak') as typeof import('pengelolaan-kinerja/cetak'));
  const denganSiasn = adaKolomSiasn(masukan.header, opsi);
  const { toAngkaKreditSiasn } = denganSiasn ? (require('pengelolaan-kinerja/siasn') as typeof import('pengelolaan-kinerja/siasn')) : { toAngkaKreditSiasn: null };
  const dialek = dialekDari((masukan as { dialek?: Partial<DialekKeluaran> }).dialek);
  const kolom = laporanKolom(masukan, opsi);
  const out = new Keluaran(opsi.keluar, dialek, () => dialekDari((masukan as { dialek?: Partial<DialekKeluaran> }).dialek).bom);
  const folderPak = opsi.html === 'per-guru' ? out.subfolder('pak') : null;
  const diterima = out.tabel('diterima');
  const galat = out.tabel('galat');
  const siasn = denganSiasn ? out.teks('siasn-angkakredit.jsonl') : null;
  diterima.kepala(KOLOM_DITERIMA);
  galat.kepala(KOLOM_GALAT);
  const hitung = new HitungGalat();
  const timpa = hitungTimpa(opsi);
  const asumsi: Record<string, number> = {};
  const bar = kemajuan('pak', masukan.kemajuan);
  const tolak = (g: GalatCli) => {
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
    (x) => {
      const d = x as DiterimaCli;
      const r = d.rekam;
      const kode = d.asumsi ?? [];
      for (const a of kode) asumsi[a] = (asumsi[a] ?? 0) + 1;
      timpa.catat(d);
      const nilai = d.integrasi?.akIntegrasi ?? d.akDasar ?? null;
      if (csv) {
        // The fast path: every field but the name, the unit and the assumptions is a validated NIP, a library code, a
        // number or an exact decimal: nothing to quote.
        const nama = selCsv(d.nama ?? '', dialek);
        const unit = selCsv(d.unitKerja ?? '', dialek);
        const as = kode.join(' ');
        diterima.tulis(
          r === null
            ? `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}${d.jenis}${p}${p}${p}${p}${p}${p}${nilai === null ? '' : angka(formatAngkaKredit(nilai), dialek)}${p}${nilai ?? ''}${p}${p}${as}${dialek.akhirBaris}`
            : `${d.baris}${p}${d.nip}${p}${nama}${p}${unit}${p}konversi${p}${r.tahun}${p}${r.bulanMulai}${p}${r.bulanAkhir}${p}${r.jenjang}${p}${r.predikat}${p}${ak(r)}${p}${r.angkaKredit}${p}${r.ketentuan}${p}${as}${dialek.akhirBaris}`,
        );
      } else {
        diterima.csv(
          r === null
            ? [d.baris, d.nip, d.nama ?? '', d.unitKerja ?? '', d.jenis, '', '', '', '', '', new AngkaSel(nilai === null ? '' : formatAngkaKredit(nilai)), nilai ?? '', '', kode.join(' ')]
            : [d.baris, d.nip, d.nama ?? '', d.unitKerja ?? '', 'konversi', r.tahun, r.bulanMulai, r.bulanAkhir, r.jenjang, r.predikat, new AngkaSel(formatAngkaKredit(r)), r.angkaKredit, r.ketentuan, kode.join(' ')],
        );
      }
      if (d.siasn !== null && r !== null && toAngkaKreditSiasn !== null && siasn !== null) {
        const body = toAngkaKreditSiasn({ ...d.siasn, rekam: r });
        if (body.success) siasn.tulis(`${JSON.stringify({ baris: d.baris, nip: d.nip, body: body.data })}\n`);
        else {
          const i = body.issues[0]!;
          tolak({ baris: d.baris, nip: d.nip, nama: d.nama ?? '', kolom: i.path.join('.'), nilai: '', kode: i.code, pesan: formatIssue(i), pesanEn: formatIssue(i, { bahasa: 'en' }), jenis: 'siasn' });
        }
      }
    },
    (g) => tolak(g as GalatCli),
    bar.tiap,
    async () => {
      await Promise.all([diterima.jeda(), galat.jeda(), siasn?.jeda()]);
    },
  );
  bar.selesai();
  const ringkasan = out.tabel('ringkasan');
  const perUnit = out.tabel('ringkasan-unit');
  ringkasan.kepala(KOLOM_RINGKASAN);
  perUnit.kepala(KOLOM_RINGKASAN_UNIT);
  const halaman: DokumenPak[] = [];
  const jumlahGuru = guru.size;
  // Grouped by unit kerja, then by NIP: the order a dinas hands the pages out in.
  const urutan = [...guru.values()].map((g) => [g.unitKerja ?? '', g.nip] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const unit = new Map<string, { guru: number; baris: number; ak: string[]; pangkat: number; jenjang: number }>();
  let urut = 0;
  const catatan: CatatanIdentitas = { tidakTerbaca: new Map() };
  let tanpaDataPegawai = 0;
  for (const [u, nip] of urutan) {
    const g = guru.get(nip)!;
    // Done with this NIP: let it go, so memory shrinks while the Penetapan are made.
    guru.delete(nip);
    const { akumulasi, penetapan, dihitung } = penetapanGuru(g, simpanan, opsi, formatPakHtml !== null, kopGuru(opsi.kop, urut + 1, nip), formatPakHtml === null ? {} : identitasHalaman(g, catatan, opsi.pegawai?.perNip.get(nip)));
    if (opsi.pegawai !== undefined && !opsi.pegawai.perNip.has(nip)) tanpaDataPegawai += 1;
    if (!penetapan.success || (akumulasi !== null && !akumulasi.success)) {
      const issues = !penetapan.success ? penetapan.issues : akumulasi !== null && !akumulasi.success ? akumulasi.issues : [];
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
    if (formatPakHtml === null || akumulasi === null || !akumulasi.success) continue;
    if (folderPak !== null) out.tulisLangsung(`pak/${nip}.html`, formatPakHtml([akumulasi.data, pd], { judul: `PAK ${g.nama} ${nip}` }));
    else halaman.push(akumulasi.data, pd);
  }
  for (const [u, s] of unit) perUnit.csv([u, s.guru, s.baris, new AngkaSel(formatAngkaKredit(sumDesimal(s.ak).toJSON())), s.pangkat, s.jenjang]);
  if (halaman.length > 0 && formatPakHtml !== null) out.tulisLangsung('pak.html', formatPakHtml(halaman, { judul: 'PAK' }));
  await out.selesai();
  const e = out.ekstensi;
  const berkas = [`ringkasan${e}`, `ringkasan-unit${e}`, `diterima${e}`, `galat${e}`, ...(siasn === null ? [] : ['siasn-angkakredit.jsonl']), ...(opsi.html === 'per-guru' ? ['pak/'] : opsi.html === 'gabung' && halaman.length > 0 ? ['pak.html'] : [])];
  return {
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
  };
}

const LABEL_ASUMSI: Record<string, [string, string]> = {
  'periode-setahun-diasumsikan': ['periode Januari–Desember diasumsikan (tanpa kolom bulan)', 'period January–December assumed (no month columns)'],
  'jenjang-dari-golongan': ['jenjang diambil dari golongan (tanpa kolom jabatan)', 'jenjang taken from the golongan (no jabatan column)'],
  'ketentuan-ditimpa': ['ketentuan ditimpa --ketentuan', 'rule set overridden by --ketentuan'],
};

/** The terminal summary: counts of rows, each assumption said once, the override's reach. */
export function ringkasPak(h: HasilPak, keluar: string, bahasa: Bahasa, ketentuan?: string): string {
  const id: string[] = [`pak: ${h.guru} guru, ${h.diterima} baris diterima, ${h.ditolak} baris ditolak`];
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  const en: string[] = [`pak: ${h.guru} guru, ${rows(h.diterima)} accepted, ${rows(h.ditolak)} refused`];
  if (h.guruDitolak > 0) {
    id.push(`${h.guruDitolak} guru tanpa PAK`);
    en.push(`${h.guruDitolak} guru without a PAK`);
  }
  if (h.siasn > 0 || h.siasnDilewati > 0) {
    id.push(`${h.siasn} badan SIASN${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} baris tanpa badan SIASN, PAK-nya tetap)` : ''}`);
    en.push(`${h.siasn} SIASN bodies${h.siasnDilewati > 0 ? ` (${h.siasnDilewati} rows without a SIASN body, their PAK stands)` : ''}`);
  }
  let baris = pilih(bahasa, `${id.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`, `${en.join(', ')} → ${keluar}/ (${h.berkas.join(', ')})`);
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
