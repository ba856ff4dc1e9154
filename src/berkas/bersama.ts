// What the runs share: their options and progress, the header check, the refusal and summary columns, the count of
// refusals, and the Penetapan of one guru from the rows kept for it.
import { formatIssue, type Bahasa, type Issue } from '../core/issue';
import { fail, type Result } from '../core/result';
import { ketentuanUntuk } from '../ketentuan/pilih';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { createPakAkumulasi } from '../pak/akumulasi';
import type { KopPak } from '../pak/kop';
import { createPakPenetapan } from '../pak/penetapan';
import { cocokkanKolom, GalatKolom, type Diterima, type Galat, type Guru, type OpsiBaca, type Simpanan } from './data';
import type { RekamGuru } from './guru';
import { pilih } from '../format/keluaran';
import { matchKolom, type LaporanKolom, type PetaKolom } from '../format/kolom';
import { parseNipBerkas } from '../format/nilai';

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
  kini: readonly RekamGuru[];
  semua: readonly RekamGuru[];
} {
  const semua = simpanan.dari(g);
  const kini = semua.filter((x) => x.r.jenjang === g.jenjang);
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
  return { akumulasi, penetapan, dihitung: kini.length, kini, semua };
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
  'status',
  'alasan',
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

/** A refusal as `galat.csv` writes it: the NIP as read when it can be read (the value as written is in `nilai`). */
export function barisGalat(g: Galat, bahasa: Bahasa): unknown[] {
  const nip = g.nip === undefined || g.nip === '' ? '' : ((r) => (r.success ? r.data : g.nip))(parseNipBerkas(g.nip));
  return [
    g.baris,
    nip,
    g.nama ?? '',
    g.kolom,
    g.nilai ?? '',
    g.code,
    pilih(bahasa, g.message, g.messageEn),
    g.jenis ?? 'baris',
  ];
}

/** A library issue as a refusal of a guru's line: the issue's path as the column, no cell value. */
export function galatDariIssue(baris: number, g: Pick<Guru, 'nip' | 'nama'>, i: Issue, jenis: Galat['jenis']): Galat {
  return {
    baris,
    nip: g.nip,
    nama: g.nama,
    kolom: i.path.join('.'),
    nilai: '',
    code: i.code,
    message: formatIssue(i),
    messageEn: formatIssue(i, { bahasa: 'en' }),
    jenis,
  };
}

/** A refusal of a whole NIP (its rows were accepted one by one): at the NIP's first line, each issue's path as the column. */
export function galatGuru(g: Guru, issues: readonly Issue[]): Galat[] {
  return issues.map((i) => galatDariIssue(g.barisPertama, g, i, 'guru'));
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
