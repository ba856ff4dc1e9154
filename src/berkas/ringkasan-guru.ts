// One guru of a run as a whole: complete (every row accepted, a PAK) or held (a refused line: no page, no SIASN body),
// with the figures of the Penetapan and the refused lines named, as ringkasan.csv and the page's table show it.
import { sumDesimal } from '../core/desimal';
import type { Bahasa } from '../core/issue';
import { AngkaSel, pilih } from '../format/keluaran';
import type { Golongan, Jenjang } from '../ketentuan/kode';
import type { PakPenetapan } from '../pak/schema';
import { formatAngkaKredit } from '../penilaian/angka-kredit';
import type { AlasanGuru, Guru, RekamGuru } from './guru';

/**
 * One guru of a {@link pakBerkas} run, as `ringkasan.csv` lists it and {@link OpsiPak.onGuru} receives it: who, the
 * status (`lengkap`: every row of the guru accepted, a PAK made; `ditunda`: a line of the guru was refused, or the
 * Penetapan could not be made: no page and no SIASN body unless the draft option), the refused lines (`alasan`), and
 * the figures as exact decimal strings. For a `ditunda` guru the figures cover the accepted rows only: not a figure
 * to sign. `halaman` is the output path of the guru's page when one was written.
 *
 * @category Berkas
 * @example
 * import type { RingkasanGuru } from 'pengelolaan-kinerja/berkas';
 * const tampil = (g: RingkasanGuru) => `${g.nip} ${g.status} ${g.akKumulatif}`;
 */
export interface RingkasanGuru {
  /** The guru's NIP as the file gives it (18 digits); the key of the guru's rows. */
  readonly nip: string;
  /** The guru's name as written on the guru's first row. */
  readonly nama: string;
  /** The unit kerja (school) of the guru's rows; absent when the file has no such column or the cells are empty. */
  readonly unitKerja?: string;
  /** The golongan ruang the Penetapan is made for (`'III/b'`), from the guru's rows. */
  readonly golongan: Golongan;
  /** The jabatan fungsional's jenjang code (`'ahli-muda'`), from the guru's rows. */
  readonly jenjang: Jenjang;
  /**
   * `lengkap`: every row of the guru was accepted and the Penetapan was made; `ditunda`: a line was refused or the
   * Penetapan could not be made (the reasons are in {@link RingkasanGuru.alasan}).
   */
  readonly status: 'lengkap' | 'ditunda';
  /**
   * Why the guru is held, one entry per refused line: its line number in the file (`baris`, the header is line 1; a
   * Penetapan that could not be made names the guru's first line), the issue code, and the message in Bahasa
   * Indonesia (`message`) and English (`messageEn`). Empty when `status` is `lengkap`.
   */
  readonly alasan: readonly {
    /** The line in the file (the header is line 1). */
    readonly baris: number;
    /** The issue code (kebab-case), as in `galat.csv`. */
    readonly code: string;
    /** What is wrong and what to do, in Bahasa Indonesia. */
    readonly message: string;
    /** The same message in English. */
    readonly messageEn: string;
  }[];
  /**
   * AK Dasar, in angka kredit as an exact decimal string (`'100'`): the Penetapan's (`'0'` when the file gives none);
   * when no Penetapan could be made, the value the file gives, absent when it gives none.
   */
  readonly akDasar?: string;
  /**
   * AK Integrasi, in angka kredit as an exact decimal string, computed from the AK konvensional the file gives; absent
   * when the file gives none for the guru.
   */
  readonly akIntegrasi?: string;
  /**
   * The sum of the guru's konversi records, in angka kredit as an exact decimal string (`'37.5'`); for a held guru
   * the sum over the accepted rows only.
   */
  readonly akKonversi: string;
  /**
   * The cumulative angka kredit (AK Dasar + AK Integrasi + the konversi), an exact decimal string; for a held guru
   * over the accepted rows only: partial, not a figure to sign.
   */
  readonly akKumulatif: string;
  /**
   * How far the guru is from the next pangkat: the golongan `ke`, the cumulative AK it needs (`syarat`) and
   * `selisih = AK − syarat` (negative: the shortfall), exact decimal strings. `null` when the rule set gives the
   * golongan no next pangkat, or no Penetapan could be made.
   */
  readonly kenaikanPangkat: { readonly ke: string; readonly syarat: string; readonly selisih: string } | null;
  /**
   * How far the guru is from the next jenjang, in the same form as {@link RingkasanGuru.kenaikanPangkat} (`ke`: the
   * first golongan of the next jenjang). `null` at the highest jenjang or when no Penetapan could be made.
   */
  readonly kenaikanJenjang: { readonly ke: string; readonly syarat: string; readonly selisih: string } | null;
  /**
   * The path of the guru's PAK page under the run's output (`'pak/<nip>.html'`); absent when no page of its own was
   * written (a held guru without the draft option, or pages not written one per guru).
   */
  readonly halaman?: string;
}

const kenaikan = (k: PakPenetapan['kenaikanPangkat']): RingkasanGuru['kenaikanPangkat'] =>
  k === null ? null : Object.freeze({ ke: k.ke, syarat: String(k.syarat), selisih: k.selisih });

/** A guru's summary from its Penetapan (or, when none could be made, from its accepted rows). */
export function ringkasanGuru(
  g: Guru,
  alasan: readonly AlasanGuru[],
  pd: PakPenetapan | null,
  kini: readonly RekamGuru[],
  halaman: string | undefined,
): RingkasanGuru {
  const akKonversi = pd?.akKonversi ?? sumDesimal(kini.map((x) => x.r.angkaKredit)).toJSON();
  const akDasar = pd?.akDasar ?? g.akDasar?.nilai;
  const akIntegrasi = pd === null ? g.integrasi?.hasil.akIntegrasi : pd.integrasi?.akIntegrasi;
  const akKumulatif = pd?.akKumulatif ?? sumDesimal([akKonversi, ...(akDasar === undefined ? [] : [akDasar])]).toJSON();
  return Object.freeze({
    nip: g.nip,
    nama: g.nama,
    ...(g.unitKerja === undefined ? {} : { unitKerja: g.unitKerja }),
    golongan: g.golongan,
    jenjang: g.jenjang,
    status: alasan.length === 0 ? 'lengkap' : 'ditunda',
    alasan: Object.freeze(alasan.map((a) => Object.freeze({ ...a }))),
    ...(akDasar === undefined ? {} : { akDasar }),
    ...(akIntegrasi === undefined ? {} : { akIntegrasi }),
    akKonversi,
    akKumulatif,
    kenaikanPangkat: pd === null ? null : kenaikan(pd.kenaikanPangkat),
    kenaikanJenjang: pd === null ? null : kenaikan(pd.kenaikanJenjang),
    ...(halaman === undefined ? {} : { halaman }),
  });
}

/** The `alasan` cell: each refused line with its message (`baris 3: …; baris 5: …`). */
export function teksAlasan(alasan: RingkasanGuru['alasan'], bahasa: Bahasa): string {
  return alasan
    .map((a) => `${pilih(bahasa, 'baris', 'line')} ${a.baris}: ${pilih(bahasa, a.message, a.messageEn)}`)
    .join('; ');
}

/**
 * A summary row: AK figures as {@link AngkaSel} (decimal mark of the dialect), then the status and the refused lines.
 * A held guru's figures are left empty unless `draf` (they would be partial). An AK Integrasi not computed is empty.
 */
export function barisRingkasan(
  r: RingkasanGuru,
  pd: PakPenetapan | null,
  dihitung: number,
  opsi: { readonly bahasa: Bahasa; readonly draf: boolean },
): unknown[] {
  const a = (s: string | undefined) => (s === undefined ? '' : new AngkaSel(formatAngkaKredit(s)));
  const angka = r.status === 'lengkap' || opsi.draf;
  const k = (x: RingkasanGuru['kenaikanPangkat']) =>
    x === null || !angka ? ['', '', ''] : [x.ke, x.syarat, a(x.selisih)];
  const kj = angka ? (pd?.kenaikanJenjang ?? null) : null;
  return [
    r.unitKerja ?? '',
    r.nip,
    r.nama,
    r.golongan,
    r.jenjang,
    dihitung,
    angka ? a(r.akDasar ?? '0') : '',
    angka ? a(r.akIntegrasi) : '',
    angka ? a(r.akKonversi) : '',
    angka ? a(r.akKumulatif) : '',
    ...k(r.kenaikanPangkat),
    ...k(r.kenaikanJenjang),
    kj === null || kj.predikatCukup === null ? '' : kj.predikatCukup ? 'ya' : 'tidak',
    kj === null ? '' : kj.prasyarat.join(' '),
    r.status,
    teksAlasan(r.alasan, opsi.bahasa),
  ];
}
