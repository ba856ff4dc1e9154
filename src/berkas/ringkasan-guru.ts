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
  readonly nip: string;
  readonly nama: string;
  readonly unitKerja?: string;
  readonly golongan: Golongan;
  readonly jenjang: Jenjang;
  readonly status: 'lengkap' | 'ditunda';
  readonly alasan: readonly {
    readonly baris: number;
    readonly code: string;
    readonly message: string;
    readonly messageEn: string;
  }[];
  readonly akDasar?: string;
  readonly akIntegrasi?: string;
  readonly akKonversi: string;
  readonly akKumulatif: string;
  readonly kenaikanPangkat: { readonly ke: string; readonly syarat: string; readonly selisih: string } | null;
  readonly kenaikanJenjang: { readonly ke: string; readonly syarat: string; readonly selisih: string } | null;
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
