import { Desimal, gcd, pecahanKecil, type DesimalInput } from '../core/desimal';
import { formatNilai, KinerjaError } from '../core/error';
import { safely, type Result } from '../core/result';
import { periksaOpsi } from '../core/opsi';
import type { Jenjang, Predikat } from '../ketentuan/kode';
import { ATURAN_ANGKA_KREDIT } from '../ketentuan/dasar-kinerja-asn';
import { KEBIJAKAN_BAWAAN } from '../ketentuan/dasar-kinerja-guru';
import { findEntri } from '../core/entri';
import type { AturanAngkaKredit, Ketentuan } from '../ketentuan/types';

/**
 * The input of {@link angkaKredit}.
 *
 * @category Penilaian
 * @example
 * const input: InputAngkaKredit = { jenjang: 'ahli-muda', predikat: 'sangat-baik' };
 */
export interface InputAngkaKredit {
  /** The pegawai's jenjang, which gives the koefisien. */
  readonly jenjang: Jenjang;
  /** The period's predikat, which gives the percentage. */
  readonly predikat: Predikat;
  /** Months the predikat covers, an integer 1..12; default 12 (a year). */
  readonly bulan?: number;
  /**
   * The koefisien and persentase to apply (a whole {@link Ketentuan} will do); default {@link ATURAN_ANGKA_KREDIT},
   * the figures of PermenPANRB 1/2023, the same in every built-in rule set.
   */
  readonly ketentuan?: AturanAngkaKredit;
}

/**
 * The one angka kredit formula of the library, `koefisien × persentase × bulan / 1200`, precomputed per rule set:
 * every koefisien `p/q` is brought to a common denominator `L` (the lcm of the `q`), so each (jenjang, predikat)
 * is a safe integer count `satuan` of `1 / (1200 × L)` and an AK is `satuan × bulan / penyebut`, exact. Used by
 * {@link angkaKredit}, {@link sumAngkaKredit} and the AK records.
 *
 * @internal
 */
export interface TabelAngkaKredit {
  /** `1200 × L`, a safe integer. */
  readonly penyebut: number;
  readonly satuan: (jenjang: unknown, predikat: unknown) => number;
  /** The angka kredit of `n` units of `1/penyebut`: one immutable value per `n` (at most jenjang × predikat × 12). */
  readonly nilai: (n: number) => Desimal;
}

const TABEL = new WeakMap<object, TabelAngkaKredit>();

function tidakValid(id: string, en: string): KinerjaError {
  return new KinerjaError('ketentuan-tidak-valid', id, en);
}

/**
 * The {@link TabelAngkaKredit} of a rule set's figures (built once per rule-set object, then reused).
 *
 * @internal
 */
export function tabelAngkaKredit(aturan: AturanAngkaKredit): TabelAngkaKredit {
  if (aturan === null || typeof aturan !== 'object')
    throw tidakValid(
      'Aturan angka kredit harus objek { jenjang, predikat }.',
      'The angka kredit rules must be an object { jenjang, predikat }.',
    );
  const ada = TABEL.get(aturan);
  if (ada !== undefined) return ada;
  const { jenjang, predikat } = aturan;
  if (!Array.isArray(jenjang) || !Array.isArray(predikat)) {
    throw tidakValid(
      'Aturan angka kredit harus punya daftar jenjang dan predikat.',
      'The angka kredit rules must list jenjang and predikat.',
    );
  }
  const koef = jenjang.map((j: unknown) => {
    const e = j as { kode?: unknown; koefisienTahunan?: unknown } | null;
    if (
      e === null ||
      typeof e !== 'object' ||
      typeof e.kode !== 'string' ||
      !Desimal.isValid(e.koefisienTahunan) ||
      typeof e.koefisienTahunan === 'number'
    ) {
      throw tidakValid(`Baris jenjang tidak valid: ${formatNilai(e)}.`, `Invalid jenjang row: ${formatNilai(e)}.`);
    }
    return { kode: e.kode, nilai: Desimal.from(e.koefisienTahunan as string) };
  });
  let lcm = 1n;
  for (const k of koef) lcm = (lcm / gcd(lcm, k.nilai.penyebut)) * k.nilai.penyebut;
  const baris = new Map<string, Map<string, number>>();
  for (const k of koef) {
    const skala = k.nilai.pembilang * (lcm / k.nilai.penyebut);
    const m = new Map<string, number>();
    for (const p of predikat as unknown[]) {
      const e = p as { kode?: unknown; persentase?: unknown } | null;
      if (
        e === null ||
        typeof e !== 'object' ||
        typeof e.kode !== 'string' ||
        !Number.isSafeInteger(e.persentase) ||
        (e.persentase as number) < 0
      ) {
        throw tidakValid(`Baris predikat tidak valid: ${formatNilai(e)}.`, `Invalid predikat row: ${formatNilai(e)}.`);
      }
      const u = skala * BigInt(e.persentase as number);
      if (u * 12n > BigInt(Number.MAX_SAFE_INTEGER) || u < 0n) {
        throw tidakValid(
          `Koefisien ${k.nilai.toString()} terlalu besar atau negatif.`,
          `Coefficient ${k.nilai.toString()} is too large or negative.`,
        );
      }
      m.set(e.kode, Number(u));
    }
    baris.set(k.kode, m);
  }
  const penyebut = 1200n * lcm;
  if (penyebut > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw tidakValid('Penyebut koefisien terlalu besar.', "The coefficients' denominators are too large.");
  }
  const nilai = new Map<number, Desimal>();
  const tabel: TabelAngkaKredit = Object.freeze({
    penyebut: Number(penyebut),
    nilai: (n: number): Desimal => {
      let d = nilai.get(n);
      if (d === undefined) nilai.set(n, (d = pecahanKecil(n, Number(penyebut))));
      return d;
    },
    satuan: (j: unknown, p: unknown): number => {
      const u = typeof j === 'string' && typeof p === 'string' ? baris.get(j)?.get(p) : undefined;
      if (u !== undefined) return u;
      findEntri(jenjang, j, 'jenjang');
      findEntri(predikat, p, 'predikat');
      throw tidakValid('Kode jenjang atau predikat ganda.', 'A duplicate jenjang or predikat code.');
    },
  });
  TABEL.set(aturan, tabel);
  return tabel;
}

/**
 * A number of months, checked: an integer 1..12, `undefined` meaning a whole year.
 *
 * @internal
 */
export function cekBulan(bulan: unknown): number {
  const b = bulan === undefined ? 12 : bulan;
  if (typeof b !== 'number' || !Number.isInteger(b) || b < 1 || b > 12) {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `bulan harus bilangan bulat 1..12, bukan ${formatNilai(b)}.`,
      `bulan must be an integer 1..12, not ${formatNilai(b)}.`,
    );
  }
  return b;
}

/**
 * The exact angka kredit of a predikat (PermenPANRB 1/2023; docs/sumber.md#angka-kredit-konversi):
 * `koefisien tahunan (jenjang) × persentase (predikat) × bulan / 12`. The result is an exact {@link Desimal}
 * (2 months of Ahli Pertama, Baik is 25/12, not 2.0833…); `String()` gives a plain decimal such as `"37.5"`; round
 * only for display with {@link formatAngkaKredit}. Throws {@link KinerjaError}: `argumen-tidak-valid` for a
 * non-object or a `bulan` that is not an integer 1..12, `kode-tidak-dikenal` for an unknown jenjang or predikat,
 * `ketentuan-tidak-valid` for figures that are not a rule set's.
 *
 * @param input - The jenjang, the predikat and the months (default 12).
 * @returns The exact angka kredit; throws `KinerjaError` `kode-tidak-dikenal` for an unknown jenjang or predikat,
 *   `argumen-tidak-valid` for months outside 1–12.
 * @category Penilaian
 * @example
 * String(angkaKredit({ jenjang: 'ahli-muda', predikat: 'sangat-baik' }));        //=> '37.5'
 * String(angkaKredit({ jenjang: 'ahli-madya', predikat: 'baik' }));              //=> '37.5'
 * String(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 6 }));  //=> '6.25'
 */
export function angkaKredit(input: InputAngkaKredit): Desimal {
  if (input === null || typeof input !== 'object') {
    throw new KinerjaError(
      'argumen-tidak-valid',
      'angkaKredit menerima objek { jenjang, predikat, bulan? }.',
      'angkaKredit takes an object { jenjang, predikat, bulan? }.',
    );
  }
  const tabel = tabelAngkaKredit(input.ketentuan ?? ATURAN_ANGKA_KREDIT);
  return tabel.nilai(tabel.satuan(input.jenjang, input.predikat) * cekBulan(input.bulan));
}

/**
 * {@link angkaKredit} as a {@link Result}: never throws.
 *
 * @param input - Anything: the jenjang, predikat and months.
 * @returns The exact angka kredit, or a failed result with `kode-tidak-dikenal` or `argumen-tidak-valid`.
 * @category Penilaian
 * @example
 * safeAngkaKredit({ jenjang: 'ahli-muda', predikat: 'x' }).success; //=> false
 */
export function safeAngkaKredit(input: unknown): Result<Desimal> {
  return safely(() => angkaKredit(input as InputAngkaKredit));
}

/**
 * Options of {@link formatAngkaKredit}.
 *
 * @category Penilaian
 * @example
 * const opsi: OpsiFormatAngkaKredit = { untuk: 'siasn' };
 */
export interface OpsiFormatAngkaKredit {
  /** `tampilan` (default): as BKN's examples show it; `siasn`: as SIASN records it. */
  readonly untuk?: 'tampilan' | 'siasn';
  /**
   * The rounding policy to apply; default the built-in one (2 decimals for display, 3 for SIASN, half-up), the same in
   * every built-in rule set.
   */
  readonly ketentuan?: Pick<Ketentuan, 'kebijakan'>;
}

/** The built-in rounding policy, the same in every built-in rule set. */
const POLA_BAWAAN: Pick<Ketentuan, 'kebijakan'> = /* @__PURE__ */ Object.freeze({ kebijakan: KEBIJAKAN_BAWAAN });

/**
 * An angka kredit rounded once, at the end, by the rule set's policy: `tampilan` as BKN's examples show it (2
 * decimals, half-up: 5.625 → "5.63") or `siasn` as SIASN records it (3 decimals; the mode is open, default half-up).
 * Takes a {@link Desimal}, an exact decimal string such as a record's `"25/12"`, or the record itself.
 *
 * @param ak - The angka kredit: a `Desimal`, an exact string, or a record with `angkaKredit`.
 * @param opsi - `untuk`: `tampilan` (default) or `siasn`; `ketentuan`: the rule set whose rounding is used.
 * @returns The rounded decimal string; throws `KinerjaError` `desimal-tidak-valid` for an inexact value.
 * @category Penilaian
 * @example
 * formatAngkaKredit(angkaKredit({ jenjang: 'ahli-pertama', predikat: 'baik', bulan: 2 }), { untuk: 'siasn' }); //=> '2.083'
 * formatAngkaKredit('25/12');                      //=> '2.08'
 * formatAngkaKredit({ angkaKredit: '5.625' });     //=> '5.63'
 */
export function formatAngkaKredit(
  ak: DesimalInput | { readonly angkaKredit: string },
  opsi?: OpsiFormatAngkaKredit,
): string {
  const { untuk = 'tampilan', ketentuan = POLA_BAWAAN } = periksaOpsi(opsi, 'formatAngkaKredit', [
    'untuk',
    'ketentuan',
  ]);
  if (untuk !== 'tampilan' && untuk !== 'siasn') {
    throw new KinerjaError(
      'argumen-tidak-valid',
      `opsi.untuk harus 'tampilan' atau 'siasn', bukan ${formatNilai(untuk)}.`,
      `opsi.untuk must be 'tampilan' or 'siasn', not ${formatNilai(untuk)}.`,
    );
  }
  const aturan = (ketentuan as Partial<Ketentuan> | null)?.kebijakan?.[
    untuk === 'siasn' ? 'pembulatanSiasn' : 'pembulatanTampilan'
  ];
  if (aturan === null || typeof aturan !== 'object') {
    throw tidakValid(
      'opsi.ketentuan harus punya kebijakan pembulatan.',
      'opsi.ketentuan must carry a rounding policy.',
    );
  }
  const nilai = ak !== null && typeof ak === 'object' && !(ak instanceof Desimal) ? ak.angkaKredit : ak;
  return Desimal.from(nilai).toFixed(aturan.desimal, aturan.mode);
}
