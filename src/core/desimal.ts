import { formatNilai, KinerjaError } from './error';
import { daftarDari } from './periksa';

/**
 * How {@link Desimal.round} resolves the digits it drops.
 *
 * - `half-up`: ties away from zero (BKN's examples: 5.625 → 5.63).
 * - `half-even`: ties to the even digit (banker's rounding).
 * - `half-down`: ties toward zero.
 * - `up`: away from zero. `down`: toward zero (truncate).
 * - `ceil`: toward +∞. `floor`: toward −∞.
 *
 * @category Inti
 * @example
 * const mode: ModePembulatan = 'half-up';
 */
export type ModePembulatan = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * The rounding modes, in a fixed order.
 *
 * @category Inti
 * @example
 * MODE_PEMBULATAN.includes('half-up'); //=> true
 */
export const MODE_PEMBULATAN: readonly ModePembulatan[] = /* @__PURE__ */ Object.freeze([
  'half-up',
  'half-even',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
]);

/** The longest string {@link Desimal.from} reads: far beyond any figure of the domain, short enough to stay fast. */
const PANJANG_MAKSIMUM = 400;

/** The most fractional digits {@link Desimal.round} gives. */
const DIGIT_MAKSIMUM = 100;

/** Sign, digits, then a decimal fraction (`37.5`) or a denominator (`25/12`). */
const DESIMAL_RE = /^([+-]?)(\d+)(?:\.(\d+)|\/(\d+))?$/;

/**
 * The greatest common divisor of two bigints (non-negative).
 *
 * @internal
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

// Short decimal strings read before ("37.5", "25/12", "100": rule data and records repeat them), mapped to their
// immutable values. A bounded memo, not state: a hit returns exactly what parsing would.
const TEKS = new Map<string, Desimal>();

function invalid(input: unknown): KinerjaError {
  const shown = formatNilai(input);
  return new KinerjaError(
    'desimal-tidak-valid',
    `${shown} bukan desimal tepat (mis. "37.5", "25/12").`,
    `${shown} is not an exact decimal (e.g. "37.5", "25/12").`,
  );
}

/**
 * Input accepted wherever an exact number is expected: a {@link Desimal}, a bigint, a safe integer `number`, or a
 * string such as `"37.5"`, `"-2"` or `"25/12"` (at most 400 characters). A fractional `number` is refused: binary
 * floats are not exact.
 *
 * @category Inti
 * @example
 * const x: DesimalInput = '12.5';
 */
export type DesimalInput = Desimal | bigint | number | string;

/** The largest safe integer: the small representation holds numerator and denominator within ±this. */
const MAKS = Number.MAX_SAFE_INTEGER;
const MAKS_BESAR = BigInt(MAKS);

/** The greatest common divisor of a safe integer and a positive safe integer, on numbers (exact). */
function gcdKecil(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/**
 * An exact rational number for points and angka kredit: a reduced fraction. Sums, products and quotients are exact
 * (2/12 × 12.5 stays 25/12); rounding happens only when asked, through {@link Desimal.round} with an explicit
 * {@link ModePembulatan}. Values are immutable.
 *
 * Number-first: while numerator and denominator are safe integers (every figure of this domain), they are held as
 * `number`s and every operation is exact integer arithmetic on numbers; a result that would leave the safe range is
 * computed with bigints instead, and comes back to numbers when it fits again. The value, never the representation,
 * is observable: {@link Desimal.pembilang} and {@link Desimal.penyebut} are bigints either way.
 *
 * `toString()` (and `String(x)`, a template, `toJSON()`) is always exact and never rounds: the plain decimal where the
 * value has a finite decimal form (`"37.5"`), otherwise the reduced fraction (`"25/12"`, not a decimal cut at some
 * digit). {@link desimal} reads either back. A decimal for people comes only from a rounding the caller names:
 * {@link Desimal.toFixed} (places and {@link ModePembulatan}), {@link Desimal.round}, or `formatAngkaKredit` (the
 * rule set's rounding policy), as dinero.js rounds only where asked.
 *
 * @category Inti
 * @example
 * desimal('12.5').times(2).dividedBy(12).toString();      //=> '25/12'
 * desimal('12.5').times(2).dividedBy(12).toFixed(2, 'half-up'); //=> '2.08'
 * desimal('0.1').plus('0.2').toString();                  //=> '0.3'
 */
export class Desimal {
  /** @internal Numerator: a safe integer `number` (with {@link Desimal.q} a number too), else a bigint. */
  private readonly p: number | bigint;
  /** @internal Denominator, positive, of the same type as {@link Desimal.p}; the fraction is reduced. */
  private readonly q: number | bigint;

  private constructor(p: number | bigint, q: number | bigint) {
    this.p = p;
    this.q = q;
    Object.freeze(this);
  }

  /**
   * Numerator (carries the sign) of the reduced fraction.
   *
   * @example
   * desimal('2.5').pembilang; //=> 5n
   */
  get pembilang(): bigint {
    return BigInt(this.p);
  }

  /**
   * Denominator of the reduced fraction, always positive.
   *
   * @example
   * desimal('2.5').penyebut; //=> 2n
   */
  get penyebut(): bigint {
    return BigInt(this.q);
  }

  /**
   * A reduced fraction `pembilang / penyebut`.
   *
   * @param pembilang - The numerator.
   * @param penyebut - The denominator; not zero.
   * @returns The exact value; throws `KinerjaError` `pembagian-nol` for a zero denominator.
   * @example
   * Desimal.fraction(2n, 4n).toString(); //=> '0.5'
   */
  static fraction(pembilang: bigint, penyebut: bigint): Desimal {
    if (typeof pembilang !== 'bigint' || typeof penyebut !== 'bigint') {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Desimal.fraction menerima dua bigint, bukan ${formatNilai(pembilang)} dan ${formatNilai(penyebut)}.`,
        `Desimal.fraction takes two bigints, not ${formatNilai(pembilang)} and ${formatNilai(penyebut)}.`,
      );
    }
    if (penyebut === 0n) {
      throw new KinerjaError('pembagian-nol', 'Penyebut tidak boleh nol.', 'The denominator must not be zero.');
    }
    return pecahanBesar(pembilang, penyebut);
  }

  /**
   * Converts any {@link DesimalInput}; throws {@link KinerjaError} `desimal-tidak-valid` for anything inexact.
   *
   * @param input - A `Desimal`, a safe integer, a bigint, a decimal string (`'37.5'`) or a fraction string (`'25/12'`).
   * @returns The exact value; throws `KinerjaError` `desimal-tidak-valid` for a float that is not an integer, a
   *   malformed string or anything else.
   * @example
   * Desimal.from('37.5').equals(Desimal.from('75/2')); //=> true
   */
  static from(input: DesimalInput): Desimal {
    if (input instanceof Desimal) return input;
    if (typeof input === 'string') {
      const ada = TEKS.get(input);
      if (ada !== undefined) return ada;
      const hasil = input.length <= PANJANG_MAKSIMUM ? bacaTeks(input) : null;
      if (hasil === null) throw invalid(input);
      if (input.length <= 24) {
        if (TEKS.size >= 512) TEKS.clear();
        TEKS.set(input, hasil);
      }
      return hasil;
    }
    if (typeof input === 'bigint') return pecahanBesar(input, 1n);
    if (typeof input === 'number' && Number.isSafeInteger(input)) return baru(input || 0, 1);
    throw invalid(input);
  }

  /**
   * Whether a value can be read by {@link Desimal.from} without an error.
   *
   * @param input - Anything.
   * @returns `true` when {@link Desimal.from} reads it exactly, else `false`.
   * @example
   * Desimal.isValid('1.5'); //=> true
   * Desimal.isValid(0.1);   //=> false
   */
  static isValid(input: unknown): input is DesimalInput {
    try {
      Desimal.from(input as DesimalInput);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Exact sum.
   *
   * @param other - The value to add.
   * @returns The exact sum; throws `KinerjaError` `desimal-tidak-valid` for an inexact `other`.
   * @example
   * desimal('18.75').plus('25/12').toFixed(2, 'half-up'); //=> '20.83'
   */
  plus(other: DesimalInput): Desimal {
    return tambah(this, Desimal.from(other), 1);
  }

  /**
   * Exact difference.
   *
   * @param other - The value to subtract.
   * @returns The exact difference; throws `KinerjaError` `desimal-tidak-valid` for an inexact `other`.
   * @example
   * desimal('50').minus('37.5').toString(); //=> '12.5'
   */
  minus(other: DesimalInput): Desimal {
    return tambah(this, Desimal.from(other), -1);
  }

  /**
   * Exact product.
   *
   * @param other - The factor.
   * @returns The exact product; throws `KinerjaError` `desimal-tidak-valid` for an inexact `other`.
   * @example
   * desimal('25').times('1.5').toString(); //=> '37.5'
   */
  times(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    return kali(this.p, this.q, o.p, o.q);
  }

  /**
   * Exact quotient; throws {@link KinerjaError} `pembagian-nol` for a zero divisor.
   *
   * @param other - The divisor; not zero.
   * @returns The exact quotient; throws `KinerjaError` `pembagian-nol` for zero, `desimal-tidak-valid` for an inexact
   *   `other`.
   * @example
   * desimal('12.5').dividedBy(12).toJSON(); //=> '25/24'
   */
  dividedBy(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    if (o.isZero()) {
      throw new KinerjaError('pembagian-nol', 'Pembagian dengan nol.', 'Division by zero.');
    }
    // The reciprocal q/p with its sign on the numerator (both of one type, as every Desimal's).
    return o.p < 0 ? kali(this.p, this.q, -o.q, -o.p) : kali(this.p, this.q, o.q, o.p);
  }

  /**
   * The negated value.
   *
   * @returns The value with its sign reversed.
   * @example
   * desimal('2.5').negated().toString(); //=> '-2.5'
   */
  negated(): Desimal {
    return this.isZero() ? this : baru(-this.p, this.q);
  }

  /**
   * `-1`, `0` or `1` as this value is less than, equal to or greater than `other`.
   *
   * @param other - The value to compare with.
   * @returns `-1`, `0` or `1`; throws `KinerjaError` `desimal-tidak-valid` for an inexact `other`.
   * @example
   * desimal('2.5').compare('5/2'); //=> 0
   */
  compare(other: DesimalInput): -1 | 0 | 1 {
    const o = Desimal.from(other);
    let l: number | bigint = this.p;
    let r: number | bigint = o.p;
    if (this.q !== o.q) {
      if (typeof l === 'number' && typeof r === 'number') {
        l *= o.q as number;
        r *= this.q as number;
      }
      if (!(Number.isSafeInteger(l) && Number.isSafeInteger(r))) {
        l = BigInt(this.p) * BigInt(o.q);
        r = BigInt(o.p) * BigInt(this.q);
      }
    }
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /**
   * Exact equality.
   *
   * @param other - The value to compare with.
   * @returns Whether both are the same number (`'0.50'` equals `'1/2'`).
   * @example
   * desimal('0.50').equals('1/2'); //=> true
   */
  equals(other: DesimalInput): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether this is zero.
   *
   * @returns Whether the value is zero.
   * @example
   * desimal('0.0').isZero(); //=> true
   */
  isZero(): boolean {
    return this.p === 0;
  }

  /**
   * Whether the value has a finite decimal form (its reduced denominator has no prime factor but 2 and 5).
   *
   * @returns Whether the value has a finite decimal form.
   * @example
   * desimal('25/12').isTerminating(); //=> false
   */
  isTerminating(): boolean {
    return tempatDesimal(this.q) !== null;
  }

  /**
   * Rounded to `places` fractional digits with an explicit mode.
   *
   * @param places - Fractional digits to keep (a non-negative integer).
   * @param mode - The rounding mode (`half-up`, `half-even`, …), always named.
   * @returns The rounded value; throws `KinerjaError` `argumen-tidak-valid` for a bad `places` or an unknown mode.
   * @example
   * desimal('5.625').round(2, 'half-up').toString();   //=> '5.63'
   * desimal('5.625').round(2, 'half-even').toString(); //=> '5.62'
   */
  round(places: number, mode: ModePembulatan): Desimal {
    // The rounded digits read back (without `from`'s length limit: a large value has more than 400 of them).
    return bacaTeks(this.toFixed(places, mode)) as Desimal;
  }

  /**
   * A decimal string with exactly `places` fractional digits, rounded with the given mode.
   *
   * @param places - Fractional digits to write (a non-negative integer).
   * @param mode - The rounding mode, always named.
   * @returns The decimal string with exactly `places` digits after the point; throws `KinerjaError`
   *   `argumen-tidak-valid` for a bad `places` or an unknown mode.
   * @example
   * desimal('25/12').toFixed(3, 'half-up'); //=> '2.083'
   */
  toFixed(places: number, mode: ModePembulatan): string {
    if (!Number.isSafeInteger(places) || places < 0 || places > DIGIT_MAKSIMUM) {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Jumlah desimal harus bilangan bulat 0..${DIGIT_MAKSIMUM}, bukan ${formatNilai(places)}.`,
        `The number of places must be an integer 0..${DIGIT_MAKSIMUM}, not ${formatNilai(places)}.`,
      );
    }
    if (!MODE_PEMBULATAN.includes(mode)) {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Mode pembulatan tidak dikenal: ${formatNilai(mode)}.`,
        `Unknown rounding mode: ${formatNilai(mode)}.`,
      );
    }
    return digitDesimal(this.p, this.q, places, mode);
  }

  /**
   * The exact form, never rounded: the plain decimal when the value has a finite decimal form, else the reduced
   * fraction. For a rounded decimal name the rounding: {@link Desimal.toFixed}.
   *
   * @returns The exact decimal, or the reduced fraction when the decimal does not end.
   * @example
   * desimal('37.50').toString(); //=> '37.5'
   * desimal('25/12').toString(); //=> '25/12'
   * String(desimal('1').dividedBy(3)); //=> '1/3'
   */
  toString(): string {
    const places = tempatDesimal(this.q);
    // Exact: at `places` digits nothing is dropped, so any mode gives the same digits (and there is no limit to places:
    // 1/2^150 has 150).
    return places === null ? this.toFraction() : digitDesimal(this.p, this.q, places, 'down');
  }

  /**
   * The exact fraction, `"25/12"`, or an integer string when the denominator is 1.
   *
   * @returns The reduced fraction, or an integer string.
   * @example
   * desimal('2.5').toFraction(); //=> '5/2'
   */
  toFraction(): string {
    return this.q === 1 || this.q === 1n ? String(this.p) : `${this.p}/${this.q}`;
  }

  /**
   * The exact wire form, the same as {@link Desimal.toString}: the decimal when it is finite, else the fraction.
   * {@link desimal} reads it back.
   *
   * @returns The same string as {@link Desimal.toString}.
   * @example
   * JSON.stringify({ ak: desimal('37.5') }); //=> '{"ak":"37.5"}'
   */
  toJSON(): string {
    return this.toString();
  }

  /**
   * A binary float close to the value, for charts only; never feed it back into sums.
   *
   * @returns The nearest binary float (inexact: for display only).
   * @example
   * desimal('37.5').toNumber(); //=> 37.5
   */
  toNumber(): number {
    const { p, q } = this;
    // Two safe integers divide to the nearest float (IEEE 754 division is correctly rounded); beyond them, the decimal
    // form with 25 significant digits is read as the nearest float.
    if (typeof p === 'number') return p / (q as number);
    const places = Math.max(0, 25 + String(q).length - String(p < 0n ? -p : p).length);
    return Number(this.toFixed(Math.min(places, DIGIT_MAKSIMUM), 'half-even'));
  }
}

/** The digits of `p/q` at `places` fractional digits (checked by the caller): on numbers where they suffice. */
function digitDesimal(p: number | bigint, q: number | bigint, places: number, mode: ModePembulatan): string {
  return (
    (typeof p === 'number' && places <= 15 ? toFixedKecil(p, q as number, places, mode) : null) ??
    toFixedBigint(BigInt(p), BigInt(q), places, mode)
  );
}

/** The private constructor, for this module's functions; `p`, `q` already reduced and of one representation. */
const baru = (p: number | bigint, q: number | bigint): Desimal =>
  new (Desimal as unknown as new (p: number | bigint, q: number | bigint) => Desimal)(p, q);

/**
 * The reduced fraction of two safe integers (`q > 0`), without a detour through bigints.
 *
 * @internal
 */
export function pecahanKecil(p: number, q: number): Desimal {
  if (p === 0) return baru(0, 1);
  const g = gcdKecil(p, q);
  return g === 1 ? baru(p, q) : baru(p / g, q / g);
}

/** The reduced fraction of two bigints (`q ≠ 0`), held as numbers when both fit. */
function pecahanBesar(p: bigint, q: bigint): Desimal {
  const s = q < 0n ? -1n : 1n;
  const g = gcd(p, q) || 1n;
  const n = (s * p) / g;
  const d = (s * q) / g;
  return n <= MAKS_BESAR && n >= -MAKS_BESAR && d <= MAKS_BESAR ? baru(Number(n), Number(d)) : baru(n, d);
}

/**
 * `a + tanda × b`, on numbers while every intermediate is a safe integer. A float product or sum of safe integers is
 * exact when the true result is a safe integer and is at least 2^53 in magnitude when it is not, so
 * `Number.isSafeInteger` on the float result tells which case holds.
 */
function tambah(a: Desimal, b: Desimal, tanda: 1 | -1): Desimal {
  const { p: p1, q: q1 } = a as unknown as { p: number | bigint; q: number | bigint };
  const { p: p2, q: q2 } = b as unknown as { p: number | bigint; q: number | bigint };
  if (typeof p1 === 'number' && typeof p2 === 'number') {
    if (q1 === q2) {
      const s = p1 + tanda * p2;
      if (Number.isSafeInteger(s)) return pecahanKecil(s, q1 as number);
    } else {
      const x = p1 * (q2 as number);
      const y = tanda * p2 * (q1 as number);
      const s = x + y;
      const d = (q1 as number) * (q2 as number);
      if (Number.isSafeInteger(x) && Number.isSafeInteger(y) && Number.isSafeInteger(s) && Number.isSafeInteger(d))
        return pecahanKecil(s, d);
    }
  }
  const Q1 = BigInt(q1);
  const Q2 = BigInt(q2);
  return pecahanBesar(BigInt(p1) * Q2 + BigInt(tanda) * BigInt(p2) * Q1, Q1 * Q2);
}

/** `p1/q1 × p2/q2` (each reduced, `q > 0`), cross-reduced first so that numbers suffice as long as the result fits. */
function kali(p1: number | bigint, q1: number | bigint, p2: number | bigint, q2: number | bigint): Desimal {
  if (typeof p1 === 'number' && typeof p2 === 'number') {
    const g1 = gcdKecil(p1, q2 as number);
    const g2 = gcdKecil(p2, q1 as number);
    const n = (p1 / g1) * (p2 / g2);
    const d = ((q1 as number) / g2) * ((q2 as number) / g1);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return n === 0 ? baru(0, 1) : baru(n, d);
  }
  return pecahanBesar(BigInt(p1) * BigInt(p2), BigInt(q1) * BigInt(q2));
}

/** The fractional digits of the exact decimal form of `x/q`: the larger power of 2 or 5 in `q`; `null` if other primes divide it. */
function tempatDesimal(q: number | bigint): number | null {
  let n2 = 0;
  let n5 = 0;
  if (typeof q === 'number') {
    for (; q % 2 === 0; n2++) q /= 2;
    for (; q % 5 === 0; n5++) q /= 5;
    return q === 1 ? Math.max(n2, n5) : null;
  }
  for (; q % 2n === 0n; n2++) q /= 2n;
  for (; q % 5n === 0n; n5++) q /= 5n;
  return q === 1n ? Math.max(n2, n5) : null;
}

/** Reads a decimal string (`"37.5"`, `"-2"`, `"25/12"`): numbers when its digits fit, else bigints; `null` if not one. */
function bacaTeks(input: string): Desimal | null {
  const m = DESIMAL_RE.exec(input.trim());
  if (m === null) return null;
  const frac = m[3] ?? '';
  const angka = (m[2] as string) + frac;
  const tanda = m[1] === '-' ? -1 : 1;
  if (angka.length <= 15 && frac.length <= 15 && (m[4] === undefined || m[4].length <= 15)) {
    const d = m[4] === undefined ? 10 ** frac.length : Number(m[4]);
    return d === 0 ? null : pecahanKecil(tanda * Number(angka) || 0, d);
  }
  const d = m[4] === undefined ? 10n ** BigInt(frac.length) : BigInt(m[4]);
  return d === 0n ? null : pecahanBesar(BigInt(tanda) * BigInt(angka), d);
}
/**
 * Whether a rounding moves the truncated quotient one unit away from zero: the one rule of every mode, shared by the
 * bigint and the number paths. `separuh` compares the dropped remainder with a half (-1 below, 0 equal, 1 above).
 */
function jauhDariNol(mode: ModePembulatan, negatif: boolean, separuh: number, ganjil: boolean): boolean {
  switch (mode) {
    case 'up':
      return true;
    case 'down':
      return false;
    case 'ceil':
      return !negatif;
    case 'floor':
      return negatif;
    case 'half-up':
      return separuh >= 0;
    case 'half-down':
      return separuh > 0;
    case 'half-even':
      return separuh > 0 || (separuh === 0 && ganjil);
  }
}

/** `-1`, `0` or `1` as twice the remainder `r` is below, at or above the divisor `q`. */
const separuhDari = <T extends number | bigint>(r: T, q: T): number => {
  const dua = (r as number) + (r as number);
  return dua < q ? -1 : dua > q ? 1 : 0;
};

/**
 * {@link Desimal.toFixed} through bigints: for values or place counts beyond the number path (`toFixedKecil`). Both are
 * tested against an independent bigint reference (`test/core/desimal-rujukan.ts`).
 */
function toFixedBigint(p: bigint, q: bigint, places: number, mode: ModePembulatan): string {
  const neg = p < 0n;
  const abs = (neg ? -p : p) * 10n ** BigInt(places);
  let hasil = abs / q;
  const r = abs % q;
  if (r !== 0n && jauhDariNol(mode, neg, separuhDari(r, q), hasil % 2n === 1n)) hasil += 1n;
  const s = hasil.toString().padStart(places + 1, '0');
  const bulat = s.slice(0, s.length - places);
  return `${neg && hasil !== 0n ? '-' : ''}${bulat}${places > 0 ? `.${s.slice(bulat.length)}` : ''}`;
}

/**
 * {@link Desimal.toFixed} on numbers, for a safe integer `p` and at most 15 places: the integer part by `%` (exact on
 * floats), then the fraction as one integer count of `10^-places` while `remainder × 10^places` is a safe integer;
 * `null` where it is not (the caller then uses bigints). Same modes, same digits as {@link toFixedBigint}.
 */
function toFixedKecil(p: number, q: number, places: number, mode: ModePembulatan): string | null {
  const neg = p < 0;
  const abs = neg ? -p : p;
  const sisa = abs % q;
  let bulat = (abs - sisa) / q;
  const skala = 10 ** places;
  const n = sisa * skala;
  if (!Number.isSafeInteger(n)) return null;
  const r = n % q;
  let pecahan = (n - r) / q;
  if (
    r !== 0 &&
    jauhDariNol(mode, neg, separuhDari(r, q), (places > 0 ? pecahan : bulat) % 2 === 1) &&
    ++pecahan === skala
  ) {
    pecahan = 0;
    bulat += 1;
  }
  return `${neg && bulat + pecahan > 0 ? '-' : ''}${bulat}${places > 0 ? `.${String(pecahan).padStart(places, '0')}` : ''}`;
}

/**
 * Shorthand for {@link Desimal.from}.
 *
 * @param input - Any {@link DesimalInput}.
 * @returns The exact value; throws `KinerjaError` `desimal-tidak-valid` for anything inexact.
 * @category Inti
 * @example
 * desimal('12.5').times('150').dividedBy(100).toString(); //=> '18.75'
 */
export function desimal(input: DesimalInput): Desimal {
  return Desimal.from(input);
}

/**
 * The exact sum of any number of values (zero for none).
 *
 * @param values - Any iterable of {@link DesimalInput}.
 * @returns The exact sum (zero for none); throws `KinerjaError` `desimal-tidak-valid` for an inexact value.
 * @category Inti
 * @example
 * sumDesimal(['18.75', '25/12']).toFixed(2, 'half-up'); //=> '20.83'
 */
export function sumDesimal(values: Iterable<DesimalInput>): Desimal {
  let acc = Desimal.fraction(0n, 1n);
  for (const v of daftarDari(values, 'values')) acc = acc.plus(v);
  return acc;
}
