import { Desimal, type DesimalInput } from '../core/desimal';
import { KinerjaError } from '../core/error';
import { GOLONGAN, PREDIKAT, type Golongan, type Jenjang, type Predikat } from '../ketentuan/kode';
import { ketentuanUntuk } from '../ketentuan/pilih';
import { findEntri } from '../core/entri';
import type { Periode } from '../ketentuan/periode';
import type { KetentuanBerlaku } from '../ketentuan/types';
import { angkaKredit } from './angka-kredit';
import { ketentuanBerlakuDari } from '../ketentuan/opsi-ketentuan';
import { isGolonganPppk, issuePppk } from './pppk';

/**
 * A requirement of a promotion that is not angka kredit: reported, never enforced (PerBKN 3/2023; docs/sumber.md#syarat-lain-kenaikan).
 * `uji-kompetensi` and `formasi` (a vacancy) for a higher jenjang; `masa-kerja` (time in grade) for a pangkat.
 *
 * @category Penilaian
 * @example
 * const p: PrasyaratNonAk = 'uji-kompetensi';
 */
export type PrasyaratNonAk = 'uji-kompetensi' | 'formasi' | 'masa-kerja';

/** The codes of {@link PrasyaratNonAk}. @internal */
export const PRASYARAT_NON_AK = [
  'uji-kompetensi',
  'formasi',
  'masa-kerja',
] as const satisfies readonly PrasyaratNonAk[];

/**
 * The preconditions other than AK of each kind of promotion (PerBKN 3/2023): a pangkat needs time in grade; a new
 * jenjang also an uji kompetensi and a vacancy. One list for the projection and the PAK Penetapan.
 *
 * @internal
 */
export const PRASYARAT_KENAIKAN: {
  readonly pangkat: readonly PrasyaratNonAk[];
  readonly jenjang: readonly PrasyaratNonAk[];
} = /* @__PURE__ */ Object.freeze({
  pangkat: Object.freeze(['masa-kerja'] as const),
  jenjang: Object.freeze(['uji-kompetensi', 'formasi', 'masa-kerja'] as const),
});

/**
 * One promotion the projection reaches.
 *
 * @category Penilaian
 * @example
 * proyeksiKenaikan({ golongan: 'III/a', akPangkat: '0', predikat: 'baik', mulai: { tahun: 2024, ke: 1 } }).kenaikan[0]?.ke; //=> 'III/b'
 */
export interface KenaikanProyeksi {
  /** `pangkat` within a jenjang, or `jenjang` (a pangkat that also moves to the next jenjang). */
  readonly jenis: 'pangkat' | 'jenjang';
  /** The golongan before the promotion. */
  readonly dari: Golongan;
  /** The golongan after it. */
  readonly ke: Golongan;
  /** The jenjang after it. */
  readonly jenjang: Jenjang;
  /** The period at whose end the AK suffices. */
  readonly periode: Periode;
  /** AK counted toward the pangkat at that moment (exact), and the threshold it met. */
  readonly akPangkat: string;
  /** The angka kredit the next pangkat requires (exact decimal string). */
  readonly syaratPangkat: string;
  /** For a jenjang promotion: AK counted toward the jenjang and its threshold. */
  readonly akJenjang: string | null;
  /** The angka kredit the next jenjang requires, or `null` when the promotion stays in the jenjang. */
  readonly syaratJenjang: string | null;
  /** The conditions besides angka kredit the library cannot check (training, a vacancy, …). */
  readonly prasyarat: readonly PrasyaratNonAk[];
}

/**
 * The input of {@link proyeksiKenaikan}.
 *
 * @category Penilaian
 * @example
 * const i: InputProyeksi = { golongan: 'III/b', akPangkat: '20', akJenjang: '70', predikat: 'baik', mulai: { tahun: 2025, ke: 1 } };
 */
export interface InputProyeksi {
  /** The pegawai's golongan now. */
  readonly golongan: Golongan;
  /** AK counted so far toward the next pangkat (since the current golongan). Give this or `akKumulatif`. */
  readonly akPangkat?: DesimalInput;
  /** AK counted so far toward the next jenjang (since entering the jenjang); default `akPangkat`. */
  readonly akJenjang?: DesimalInput;
  /**
   * The AK kumulatif within the jenjang, as a PAK Penetapan states it (`akKumulatif` of {@link PakPenetapan}): then
   * `akJenjang = akKumulatif` and `akPangkat = akKumulatif − akDasar[golongan]` (the golongan's cumulative start).
   * Give this or `akPangkat`.
   */
  readonly akKumulatif?: DesimalInput;
  /** The assumed predikat of every period, or one per period (the last repeats). */
  readonly predikat: Predikat | readonly Predikat[];
  /** The first period projected (under the rule set in force for it). */
  readonly mulai: Periode;
  /** How many periods at most (default 40). */
  readonly maksimumPeriode?: number;
  /** The rule set of the projection; by default the one in force in each year. */
  readonly ketentuan?: KetentuanBerlaku;
}

/** Throws unless the first period's `ke` is one of the periods of its rule set. */
function periksaPeriodeAwal(periode: Periode, k0: KetentuanBerlaku): void {
  const n = k0.periode.rentangBulan.length;
  if (!Number.isInteger(periode.ke) || periode.ke < 1 || periode.ke > n) {
    throw new KinerjaError('argumen-tidak-valid', `Periode ke harus 1..${n}.`, `Period ke must be 1..${n}.`);
  }
}

/**
 * The AK counted so far toward the next pangkat and jenjang: as given, or from `akKumulatif` (minus the golongan's
 * cumulative start for the pangkat). Throws unless exactly one of `akPangkat` and `akKumulatif` is given.
 */
function akAwal(
  input: InputProyeksi,
  k0: KetentuanBerlaku,
  golongan: Golongan,
): { akPangkat: Desimal; akJenjang: Desimal } {
  if (
    (input.akKumulatif === undefined) === (input.akPangkat === undefined) ||
    (input.akKumulatif !== undefined && input.akJenjang !== undefined)
  ) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'Berikan akPangkat (dan akJenjang bila perlu) atau akKumulatif, bukan keduanya.',
      'Give akPangkat (and akJenjang if needed) or akKumulatif, not both.',
    );
  }
  const akJenjang = Desimal.from(input.akKumulatif ?? input.akJenjang ?? input.akPangkat ?? 0);
  const akPangkat =
    input.akKumulatif === undefined ? Desimal.from(input.akPangkat ?? 0) : akJenjang.minus(k0.akDasar[golongan]);
  return { akPangkat, akJenjang };
}

/** The assumed predikat as a list (one per period, the last repeats); throws when it is empty. */
function daftarPredikat(predikat: Predikat | readonly Predikat[]): readonly Predikat[] {
  const daftar = typeof predikat === 'string' ? [predikat] : [...predikat];
  if (daftar.length === 0)
    throw new KinerjaError(
      'argumen-tidak-valid',
      'Sebutkan paling sedikit satu predikat.',
      'Give at least one predikat.',
    );
  return daftar;
}

/** The period after `periode` under its rule set: the next period of the year, or the first of the next year. */
function periodeBerikut(periode: Periode, k: KetentuanBerlaku): Periode {
  const n = k.periode.rentangBulan.length;
  const lanjut: Periode =
    periode.ke < n ? { tahun: periode.tahun, ke: periode.ke + 1 } : { tahun: periode.tahun + 1, ke: 1 };
  return Object.freeze(lanjut);
}

/**
 * The road to the next pangkat and jenjang: from the current golongan, the AK so far and an assumed predikat per
 * period, the periods at whose end each promotion's AK is reached. A promotion to a golongan of the same jenjang needs
 * `akKenaikanPangkat`; one into the next jenjang needs that and `akKenaikanJenjang` (counted since entering the
 * jenjang) and a predikat of at least Baik in that period (checked here), and reports the preconditions it cannot
 * check: `uji-kompetensi`, `formasi` and `masa-kerja` (a year in the jenjang), PerBKN 3/2023. Within a jenjang the
 * AK beyond a pangkat's threshold counts toward the next pangkat (`kebijakan.sisaAkDiperhitungkan`); after a promotion
 * into the next jenjang the AK starts at 0 (`kebijakan.akSetelahKenaikanJenjang: 'nol'`, PerBKN 11/2022 Pasal 37). Each period is projected under the rule set in force for it
 * (two semesters a year in 2024, one period a year from 2025) unless `ketentuan` is given. Exact throughout. Throws
 * {@link KinerjaError} for bad input. From a PAK Penetapan, pass its `akKumulatif` (the shortfall it states is then
 * projected to the period that makes it up).
 *
 * @param input - The golongan, AK so far, the first period and the assumed predikat per period.
 * @returns The promotions reachable and when; throws `KinerjaError` `argumen-tidak-valid` for an input of another
 *   shape.
 * @category Penilaian
 * @example
 * const p = proyeksiKenaikan({ golongan: 'III/a', akPangkat: '0', predikat: 'baik', mulai: { tahun: 2024, ke: 1 } });
 * p.kenaikan[0]; //=> { jenis: 'pangkat', dari: 'III/a', ke: 'III/b', periode: { tahun: 2027, ke: 1 }, … }
 * // From a Penetapan: III/d with 175 cumulative, Baik from 2027: IV/a (200) at the end of 2027.
 * proyeksiKenaikan({ golongan: 'III/d', akKumulatif: '175', predikat: 'baik', mulai: { tahun: 2027, ke: 1 } }).kenaikan[0]?.periode; //=> { tahun: 2027, ke: 1 }
 */
export function proyeksiKenaikan(input: InputProyeksi): {
  readonly kenaikan: readonly KenaikanProyeksi[];
  readonly periode: readonly {
    readonly periode: Periode;
    readonly golongan: Golongan;
    readonly predikat: Predikat;
    readonly angkaKredit: string;
  }[];
} {
  if (input === null || typeof input !== 'object') {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'proyeksiKenaikan menerima objek.',
      'proyeksiKenaikan takes an object.',
    );
  }
  // Each period is projected under the rule set in force for it (2024: semesters; from 2025: one period a year),
  // unless one rule set is given.
  const diberikan = ketentuanBerlakuDari(input.ketentuan, 'input.ketentuan');
  const aturan = (p: Periode): KetentuanBerlaku =>
    diberikan ?? ketentuanUntuk(`${String(p.tahun).padStart(4, '0')}-01-01`);
  let periode: Periode = { tahun: input.mulai?.tahun, ke: input.mulai?.ke };
  const k0 = aturan(periode);
  periksaPeriodeAwal(periode, k0);
  if (isGolonganPppk((input as { golongan?: unknown }).golongan)) {
    const i = issuePppk(['golongan'], String(input.golongan));
    throw new KinerjaError('argumen-tidak-valid', i.message, i.messageEn, [i]);
  }
  let gol = findEntri(k0.golongan, input.golongan, 'golongan');
  let { akPangkat, akJenjang } = akAwal(input, k0, gol.kode);
  const daftar = daftarPredikat(input.predikat);
  const maks = input.maksimumPeriode ?? 40;
  const kenaikan: KenaikanProyeksi[] = [];
  const rows: { periode: Periode; golongan: Golongan; predikat: Predikat; angkaKredit: string }[] = [];
  for (let i = 0; i < maks && gol.akKenaikanPangkat !== null; i++) {
    const k = aturan(periode);
    const predikat = daftar[Math.min(i, daftar.length - 1)] as Predikat;
    const [a, b] = k.periode.rentangBulan[periode.ke - 1] ?? [1, 12];
    const ak = angkaKredit({ jenjang: gol.jenjang, predikat, bulan: b - a + 1, ketentuan: k });
    rows.push(Object.freeze({ periode, golongan: gol.kode, predikat, angkaKredit: ak.toJSON() }));
    akPangkat = akPangkat.plus(ak);
    akJenjang = akJenjang.plus(ak);
    const next = findEntri(k.golongan, GOLONGAN[GOLONGAN.indexOf(gol.kode) + 1], 'golongan');
    const syaratPangkat = Desimal.from(gol.akKenaikanPangkat);
    const naikJenjang = next.jenjang !== gol.jenjang;
    const syaratJenjang = naikJenjang && gol.akKenaikanJenjang !== null ? Desimal.from(gol.akKenaikanJenjang) : null;
    // Kenaikan jenjang needs a predikat of at least Baik (PerBKN 3/2023): the projection knows the predikat, so it
    // checks it and waits for a period that meets it; the other preconditions are reported.
    const predikatCukup =
      !naikJenjang || PREDIKAT.indexOf(predikat) <= PREDIKAT.indexOf(k.kebijakan.predikatMinimalKenaikanJenjang);
    if (
      predikatCukup &&
      akPangkat.compare(syaratPangkat) >= 0 &&
      (syaratJenjang === null || akJenjang.compare(syaratJenjang) >= 0)
    ) {
      kenaikan.push(
        Object.freeze({
          jenis: naikJenjang ? ('jenjang' as const) : ('pangkat' as const),
          dari: gol.kode,
          ke: next.kode,
          jenjang: next.jenjang,
          periode,
          akPangkat: akPangkat.toJSON(),
          syaratPangkat: syaratPangkat.toJSON(),
          akJenjang: naikJenjang ? akJenjang.toJSON() : null,
          syaratJenjang: syaratJenjang?.toJSON() ?? null,
          prasyarat: naikJenjang ? PRASYARAT_KENAIKAN.jenjang : PRASYARAT_KENAIKAN.pangkat,
        }),
      );
      // Within a jenjang AK is cumulative (the excess counts toward the next pangkat, by policy); a new jenjang starts
      // at 0 under the sourced default (kebijakan.akSetelahKenaikanJenjang).
      const sisa = naikJenjang ? k.kebijakan.akSetelahKenaikanJenjang === 'sisa' : k.kebijakan.sisaAkDiperhitungkan;
      akPangkat = sisa ? akPangkat.minus(syaratPangkat) : Desimal.from(0);
      if (naikJenjang) akJenjang = sisa && syaratJenjang !== null ? akJenjang.minus(syaratJenjang) : Desimal.from(0);
      gol = next;
    }
    periode = periodeBerikut(periode, k);
  }
  return Object.freeze({ kenaikan: Object.freeze(kenaikan), periode: Object.freeze(rows) });
}
