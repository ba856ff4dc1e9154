import { formatNilai, KinerjaError } from './error';
import { periksaDaftar } from '../internal/periksa';

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

/** Fractional digits that `toString` prints for a value with no finite decimal form. */
const DIGIT_TAK_BERHINGGA = 20;

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

/**
 * An exact rational number for points and angka kredit: a reduced fraction of two bigints. Sums, products and
 * quotients are exact (2/12 × 12.5 stays 25/12); rounding happens only when asked, through {@link Desimal.round}
 * with an explicit {@link ModePembulatan}. Values are immutable.
 *
 * `toString()` prints a plain decimal: exact where the value has a finite decimal form (`"37.5"`), otherwise
 * rounded half-even to 20 fractional digits. `toJSON()` is always exact (`"37.5"` or `"25/12"`) and
 * {@link desimal} parses it back.
 *
 * @category Inti
 * @example
 * desimal('12.5').times(2).dividedBy(12).toString();      //=> '2.08333333333333333333'
 * desimal('12.5').times(2).dividedBy(12).toFixed(2, 'half-up'); //=> '2.08'
 * desimal('0.1').plus('0.2').toString();                  //=> '0.3'
 */
export class Desimal {
  /** Numerator (carries the sign). */
  readonly pembilang: bigint;
  /** Denominator, always positive; the fraction is reduced. */
  readonly penyebut: bigint;

  private constructor(pembilang: bigint, penyebut: bigint) {
    this.pembilang = pembilang;
    this.penyebut = penyebut;
    Object.freeze(this);
  }

  /**
   * A reduced fraction `pembilang / penyebut`.
   *
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
    const sign = penyebut < 0n ? -1n : 1n;
    const g = gcd(pembilang, penyebut);
    const d = g === 0n ? 1n : g;
    return new Desimal((sign * pembilang) / d, (sign * penyebut) / d);
  }

  /**
   * Converts any {@link DesimalInput}; throws {@link KinerjaError} `desimal-tidak-valid` for anything inexact.
   *
   * @example
   * Desimal.from('37.5').equals(Desimal.from('75/2')); //=> true
   */
  static from(input: DesimalInput): Desimal {
    if (input instanceof Desimal) return input;
    if (typeof input === 'string') {
      const ada = TEKS.get(input);
      if (ada !== undefined) return ada;
    }
    if (typeof input === 'bigint') return new Desimal(input, 1n);
    if (typeof input === 'number') {
      if (!Number.isSafeInteger(input)) throw invalid(input);
      return new Desimal(BigInt(input), 1n);
    }
    if (typeof input === 'string' && input.length <= PANJANG_MAKSIMUM) {
      const s = input.trim();
      const m = DESIMAL_RE.exec(s);
      if (m) {
        const frac = m[3] ?? '';
        const n = BigInt((m[2] ?? '') + frac);
        const d = m[4] === undefined ? 10n ** BigInt(frac.length) : BigInt(m[4]);
        if (d !== 0n) {
          const hasil = Desimal.fraction(m[1] === '-' ? -n : n, d);
          if (input.length <= 24) {
            if (TEKS.size >= 512) TEKS.clear();
            TEKS.set(input, hasil);
          }
          return hasil;
        }
      }
    }
    throw invalid(input);
  }

  /**
   * Whether a value can be read by {@link Desimal.from} without an error.
   *
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
   * @example
   * desimal('18.75').plus('25/12').toFixed(2, 'half-up'); //=> '20.83'
   */
  plus(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    return Desimal.fraction(this.pembilang * o.penyebut + o.pembilang * this.penyebut, this.penyebut * o.penyebut);
  }

  /**
   * Exact difference.
   *
   * @example
   * desimal('50').minus('37.5').toString(); //=> '12.5'
   */
  minus(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    return Desimal.fraction(this.pembilang * o.penyebut - o.pembilang * this.penyebut, this.penyebut * o.penyebut);
  }

  /**
   * Exact product.
   *
   * @example
   * desimal('25').times('1.5').toString(); //=> '37.5'
   */
  times(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    return Desimal.fraction(this.pembilang * o.pembilang, this.penyebut * o.penyebut);
  }

  /**
   * Exact quotient; throws {@link KinerjaError} `pembagian-nol` for a zero divisor.
   *
   * @example
   * desimal('12.5').dividedBy(12).toJSON(); //=> '25/24'
   */
  dividedBy(other: DesimalInput): Desimal {
    const o = Desimal.from(other);
    if (o.pembilang === 0n) {
      throw new KinerjaError('pembagian-nol', 'Pembagian dengan nol.', 'Division by zero.');
    }
    return Desimal.fraction(this.pembilang * o.penyebut, this.penyebut * o.pembilang);
  }

  /**
   * The negated value.
   *
   * @example
   * desimal('2.5').negated().toString(); //=> '-2.5'
   */
  negated(): Desimal {
    return new Desimal(-this.pembilang, this.penyebut);
  }

  /**
   * `-1`, `0` or `1` as this value is less than, equal to or greater than `other`.
   *
   * @example
   * desimal('2.5').compare('5/2'); //=> 0
   */
  compare(other: DesimalInput): -1 | 0 | 1 {
    const o = Desimal.from(other);
    const l = this.pembilang * o.penyebut;
    const r = o.pembilang * this.penyebut;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /**
   * Exact equality.
   *
   * @example
   * desimal('0.50').equals('1/2'); //=> true
   */
  equals(other: DesimalInput): boolean {
    return this.compare(other) === 0;
  }

  /**
   * Whether this is zero.
   *
   * @example
   * desimal('0.0').isZero(); //=> true
   */
  isZero(): boolean {
    return this.pembilang === 0n;
  }

  /**
   * Whether the value has a finite decimal form (its reduced denominator has no prime factor but 2 and 5).
   *
   * @example
   * desimal('25/12').isTerminating(); //=> false
   */
  isTerminating(): boolean {
    let d = this.penyebut;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /**
   * Rounded to `places` fractional digits with an explicit mode.
   *
   * @example
   * desimal('5.625').round(2, 'half-up').toString();   //=> '5.63'
   * desimal('5.625').round(2, 'half-even').toString(); //=> '5.62'
   */
  round(places: number, mode: ModePembulatan): Desimal {
    if (!Number.isSafeInteger(places) || places < 0 || places > DIGIT_MAKSIMUM) {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Jumlah desimal harus bilangan bulat 0..${DIGIT_MAKSIMUM}, bukan ${formatNilai(places)}.`,
        `The number of places must be an integer 0..${DIGIT_MAKSIMUM}, not ${formatNilai(places)}.`,
      );
    }
    if (!MODE_PEMBULATAN.includes(mode as ModePembulatan)) {
      throw new KinerjaError(
        'argumen-tidak-valid',
        `Mode pembulatan tidak dikenal: ${formatNilai(mode)}.`,
        `Unknown rounding mode: ${formatNilai(mode)}.`,
      );
    }
    const scale = 10n ** BigInt(places);
    const n = this.pembilang * scale;
    const d = this.penyebut;
    const neg = n < 0n;
    const abs = neg ? -n : n;
    let q = abs / d;
    const r = abs % d;
    if (r !== 0n) {
      const twice = 2n * r;
      const half = twice === d ? 0 : twice > d ? 1 : -1;
      if (jauhDariNol(mode, neg, half, q % 2n === 1n)) q += 1n;
    }
    return Desimal.fraction(neg ? -q : q, scale);
  }

  /**
   * A decimal string with exactly `places` fractional digits, rounded with the given mode.
   *
   * @example
   * desimal('25/12').toFixed(3, 'half-up'); //=> '2.083'
   */
  toFixed(places: number, mode: ModePembulatan): string {
    // The values of this domain are small fractions: where the scaled numerator and the denominator are safe
    // integers, the same rounding is done in exact integer arithmetic on numbers (no bigint allocation).
    const cepat = Number.isSafeInteger(places) && places >= 0 && places <= 15 && MODE_PEMBULATAN.includes(mode) ? toFixedKecil(this.pembilang, this.penyebut, places, mode) : null;
    if (cepat !== null) return cepat;
    const r = this.round(places, mode);
    return digits(r.pembilang * 10n ** BigInt(places) / r.penyebut, places);
  }

  /**
   * The plain decimal form: exact when finite, else rounded half-even to 20 fractional digits.
   *
   * @example
   * desimal('37.50').toString(); //=> '37.5'
   */
  toString(): string {
    if (!this.isTerminating()) return this.toFixed(DIGIT_TAK_BERHINGGA, 'half-even');
    let places = 0;
    let scale = 1n;
    while ((scale * this.pembilang) % this.penyebut !== 0n) {
      scale *= 10n;
      places += 1;
    }
    return digits((this.pembilang * scale) / this.penyebut, places);
  }

  /**
   * The exact fraction, `"25/12"`, or an integer string when the denominator is 1.
   *
   * @example
   * desimal('2.5').toFraction(); //=> '5/2'
   */
  toFraction(): string {
    return this.penyebut === 1n ? this.pembilang.toString() : `${this.pembilang}/${this.penyebut}`;
  }

  /**
   * The exact wire form: the decimal when it is finite, else the fraction. {@link desimal} reads it back.
   *
   * @example
   * JSON.stringify({ ak: desimal('37.5') }); //=> '{"ak":"37.5"}'
   */
  toJSON(): string {
    return this.isTerminating() ? this.toString() : this.toFraction();
  }

  /**
   * A binary float close to the value, for charts only; never feed it back into sums.
   *
   * @example
   * desimal('37.5').toNumber(); //=> 37.5
   */
  toNumber(): number {
    return Number(this.toFixed(DIGIT_TAK_BERHINGGA, 'half-even'));
  }
}

const BATAS_AMAN = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Whether a rounding moves the truncated quotient one unit away from zero: the one rule of every mode, shared by the
 * bigint and the number paths. `separuh` compares the dropped remainder with a half (-1 below, 0 equal, 1 above).
 */
function jauhDariNol(mode: ModePembulatan, negatif: boolean, separuh: -1 | 0 | 1, ganjil: boolean): boolean {
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

/**
 * {@link Desimal.toFixed} through bigints only: the reference the number path is tested against.
 *
 * @internal
 */
export function toFixedBigint(d: Desimal, places: number, mode: ModePembulatan): string {
  const r = d.round(places, mode);
  return digits(r.pembilang * 10n ** BigInt(places) / r.penyebut, places);
}

/**
 * {@link Desimal.toFixed} in exact integer arithmetic on numbers, for `|p| × 10^places` and `q` within the safe
 * integers; `null` where they are not (the caller then uses bigints). Same modes, same result.
 */
function toFixedKecil(p: bigint, q: bigint, places: number, mode: ModePembulatan): string | null {
  if (p > BATAS_AMAN || p < -BATAS_AMAN || q > BATAS_AMAN) return null;
  const skala = 10 ** places;
  const n = Number(p) * skala;
  const d = Number(q);
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(n + d) || !Number.isSafeInteger(-n + d)) return null;
  const neg = n < 0;
  const abs = neg ? -n : n;
  let hasil = Math.floor(abs / d);
  let sisa = abs - hasil * d;
  // A float quotient can be off by one near an integer: correct it so that 0 ≤ sisa < d exactly.
  if (sisa < 0) {
    hasil -= 1;
    sisa += d;
  } else if (sisa >= d) {
    hasil += 1;
    sisa -= d;
  }
  if (sisa !== 0) {
    const dua = 2 * sisa;
    const separuh = dua === d ? 0 : dua > d ? 1 : -1;
    if (jauhDariNol(mode, neg, separuh, hasil % 2 === 1)) hasil += 1;
  }
  const teks = String(hasil).padStart(places + 1, '0');
  const bulat = teks.slice(0, teks.length - places);
  const pecahan = teks.slice(teks.length - places);
  return `${neg && hasil !== 0 ? '-' : ''}${bulat}${places > 0 ? `.${pecahan}` : ''}`;
}

function digits(scaled: bigint, places: number): string {
  const neg = scaled < 0n;
  const s = (neg ? -scaled : scaled).toString().padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  const frac = s.slice(s.length - places);
  return `${neg ? '-' : ''}${int}${places > 0 ? `.${frac}` : ''}`;
}

/**
 * Shorthand for {@link Desimal.from}.
 *
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
 * @category Inti
 * @example
 * sumDesimal(['18.75', '25/12']).toFixed(2, 'half-up'); //=> '20.83'
 */
export function sumDesimal(values: Iterable<DesimalInput>): Desimal {
  periksaDaftar(values, 'values');
  let acc = Desimal.fraction(0n, 1n);
  for (const v of values) acc = acc.plus(v);
  return acc;
}
