import { fc } from '@fast-check/vitest';
import { Desimal } from '../src/core/desimal';

/** Exact decimals as strings with up to 6 fractional digits. */
export const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }))
  .map(([n, places]) => {
    const neg = n < 0n;
    const s = (neg ? -n : n).toString().padStart(places + 1, '0');
    const int = s.slice(0, s.length - places);
    const frac = s.slice(s.length - places);
    return `${neg ? '-' : ''}${int}${places > 0 ? `.${frac}` : ''}`;
  });

/** Arbitrary rationals (numerator, non-zero denominator). */
export const rational = fc
  .tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
  .map(([n, d]) => Desimal.fraction(n, d));
