import type { ModePembulatan } from '../../src';

/**
 * A bigint-only rational, written independently of `src/core/desimal.ts`, that the number-first `Desimal` is tested
 * against: every operation, every rounding mode, on both sides of the switch between representations.
 */
export interface Rujukan {
  readonly n: bigint;
  readonly d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? abs(a) : gcd(b, a % b);
}

export function rujukan(n: bigint, d: bigint): Rujukan {
  const s = d < 0n ? -1n : 1n;
  const g = gcd(n, d) || 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}

export const tambah = (a: Rujukan, b: Rujukan): Rujukan => rujukan(a.n * b.d + b.n * a.d, a.d * b.d);
export const kurang = (a: Rujukan, b: Rujukan): Rujukan => rujukan(a.n * b.d - b.n * a.d, a.d * b.d);
export const kali = (a: Rujukan, b: Rujukan): Rujukan => rujukan(a.n * b.n, a.d * b.d);
export const bagi = (a: Rujukan, b: Rujukan): Rujukan => rujukan(a.n * b.d, a.d * b.n);
export const banding = (a: Rujukan, b: Rujukan): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};

/** The integer below or equal to n/d (d > 0). */
const lantai = (n: bigint, d: bigint): bigint => (n >= 0n ? n / d : -((-n + d - 1n) / d));

/**
 * Rounding by definition: of the two neighbours `lo ≤ x·10^k ≤ lo + 1`, pick per mode by the distance to each and the
 * sign (not the truncate-then-bump scheme of the library).
 */
export function bulatkan(x: Rujukan, places: number, mode: ModePembulatan): bigint {
  const skala = 10n ** BigInt(places);
  const n = x.n * skala;
  const lo = lantai(n, x.d);
  if (lo * x.d === n) return lo;
  const hi = lo + 1n;
  // distance to lo minus distance to hi, times d: (n - lo d) - (hi d - n)
  const beda = 2n * n - (lo + hi) * x.d;
  const kearahNol = x.n < 0n ? hi : lo;
  const menjauhNol = x.n < 0n ? lo : hi;
  switch (mode) {
    case 'floor':
      return lo;
    case 'ceil':
      return hi;
    case 'down':
      return kearahNol;
    case 'up':
      return menjauhNol;
    default:
      if (beda < 0n) return lo;
      if (beda > 0n) return hi;
      return mode === 'half-up' ? menjauhNol : mode === 'half-down' ? kearahNol : lo % 2n === 0n ? lo : hi;
  }
}

/** The digits of an integer count of 10^-places, as `toFixed` prints them. */
export function tulis(skala: bigint, places: number): string {
  const neg = skala < 0n;
  const s = abs(skala)
    .toString()
    .padStart(places + 1, '0');
  const int = s.slice(0, s.length - places);
  return `${neg ? '-' : ''}${int}${places > 0 ? `.${s.slice(int.length)}` : ''}`;
}
