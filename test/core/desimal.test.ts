import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Desimal, desimal, KinerjaError, MODE_PEMBULATAN, sumDesimal } from '../../src';
import { toFixedBigint } from '../../src/core/desimal';
import { decimalString, rational } from '../arbitraries';

describe('Desimal examples', () => {
  it('keeps 0.1 + 0.2 exact', () => {
    expect(desimal('0.1').plus('0.2').toString()).toBe('0.3');
  });
  it("keeps BKN's periodic example exact: 2/12 × 12.5 = 25/12, shown 2.08, SIASN 2.083", () => {
    const ak = desimal('12.5').times(2).dividedBy(12);
    expect(ak.toFraction()).toBe('25/12');
    expect(ak.toFixed(2, 'half-up')).toBe('2.08');
    expect(ak.toFixed(3, 'half-up')).toBe('2.083');
    expect(desimal('18.75').plus(ak).toFixed(2, 'half-up')).toBe('20.83');
  });
  it('rounds 5.625 per mode', () => {
    const x = desimal('5.625');
    expect(x.toFixed(2, 'half-up')).toBe('5.63');
    expect(x.toFixed(2, 'half-even')).toBe('5.62');
    expect(x.toFixed(2, 'half-down')).toBe('5.62');
    expect(x.toFixed(2, 'up')).toBe('5.63');
    expect(x.toFixed(2, 'down')).toBe('5.62');
    expect(x.negated().toFixed(2, 'ceil')).toBe('-5.62');
    expect(x.negated().toFixed(2, 'floor')).toBe('-5.63');
    expect(x.negated().toFixed(2, 'half-up')).toBe('-5.63');
  });
  it('prints plain decimals', () => {
    expect(String(desimal('37.50'))).toBe('37.5');
    expect(String(desimal('-0.05'))).toBe('-0.05');
    expect(String(desimal('100'))).toBe('100');
    expect(desimal('25/12').toString()).toBe('2.08333333333333333333');
    expect(desimal('-1/3').toFixed(0, 'half-up')).toBe('0');
    expect(JSON.stringify({ a: desimal('25/12'), b: desimal('6.25') })).toBe('{"a":"25/12","b":"6.25"}');
  });
  it('refuses inexact and malformed input with a coded error', () => {
    for (const bad of [0.1, Number.NaN, Infinity, '1e3', '', ' . ', '1/0', '--1', {}, null, undefined, { toString: false }, Object.create(null), Symbol('x')]) {
      expect(() => desimal(bad as never)).toThrowError(KinerjaError);
      try {
        desimal(bad as never);
      } catch (e) {
        expect((e as KinerjaError).code).toBe('desimal-tidak-valid');
      }
    }
  });
  it('throws pembagian-nol for a zero divisor', () => {
    expect(() => desimal(1).dividedBy('0.0')).toThrowError(expect.objectContaining({ code: 'pembagian-nol' }));
  });
  it('rejects a bad rounding request', () => {
    expect(() => desimal(1).round(-1, 'half-up')).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
    expect(() => desimal(1).round(2, 'nearest' as never)).toThrowError(expect.objectContaining({ code: 'argumen-tidak-valid' }));
  });
  it('is frozen', () => {
    expect(Object.isFrozen(desimal('1.5'))).toBe(true);
  });
  it('sums nothing to zero', () => {
    expect(sumDesimal([]).isZero()).toBe(true);
  });
});

describe('Desimal properties', () => {
  test.prop([decimalString])('parse/format round-trips every finite decimal', (s) => {
    const normalized = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
    const expected = /^-0+(\.0+)?$/.test(normalized) || normalized === '-0' ? '0' : normalized.replace(/^(-?)0+(\d)/, '$1$2');
    expect(desimal(s).toString()).toBe(expected);
  });
  test.prop([rational])('toJSON round-trips exactly', (x) => {
    expect(desimal(x.toJSON()).equals(x)).toBe(true);
  });
  test.prop([rational, rational])('addition commutes', (a, b) => {
    expect(a.plus(b).equals(b.plus(a))).toBe(true);
  });
  test.prop([rational, rational, rational])('addition and multiplication associate', (a, b, c) => {
    expect(a.plus(b).plus(c).equals(a.plus(b.plus(c)))).toBe(true);
    expect(a.times(b).times(c).equals(a.times(b.times(c)))).toBe(true);
  });
  test.prop([rational, rational, rational])('multiplication distributes over addition', (a, b, c) => {
    expect(a.times(b.plus(c)).equals(a.times(b).plus(a.times(c)))).toBe(true);
  });
  test.prop([rational, rational])('minus undoes plus; dividedBy undoes times', (a, b) => {
    expect(a.plus(b).minus(b).equals(a)).toBe(true);
    if (!b.isZero()) expect(a.times(b).dividedBy(b).equals(a)).toBe(true);
  });
  test.prop([fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 200 })])(
    'no float drift: n × 0.1 summed is exactly n/10',
    (xs) => {
      const total = sumDesimal(xs.map(() => '0.1'));
      expect(total.equals(Desimal.fraction(BigInt(xs.length), 10n))).toBe(true);
    },
  );
  test.prop([rational, fc.integer({ min: 0, max: 6 }), fc.constantFrom(...MODE_PEMBULATAN)])(
    'rounding moves by less than one unit of the last place and is idempotent',
    (x, places, mode) => {
      const r = x.round(places, mode);
      const unit = Desimal.fraction(1n, 10n ** BigInt(places));
      const diff = r.minus(x);
      expect(diff.compare(unit) < 0 && diff.compare(unit.negated()) > 0).toBe(true);
      expect(r.round(places, mode).equals(r)).toBe(true);
      expect(desimal(x.toFixed(places, mode)).equals(r)).toBe(true);
    },
  );
  test.prop([rational, rational])('compare is antisymmetric and agrees with minus', (a, b) => {
    expect(a.compare(b)).toBe(-b.compare(a) || 0);
    expect(a.compare(b)).toBe(a.minus(b).compare(0));
  });
});

describe('toFixed on numbers for small fractions (#13): the same digits as the bigint path', () => {
  const modes = ['half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'] as const;
  const kecil = fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n });
  const besar = fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n });
  const penyebut = fc.oneof(fc.bigInt({ min: 1n, max: 2n ** 20n }), fc.bigInt({ min: 1n, max: 2n ** 60n }), fc.constantFrom(1n, 2n, 3n, 12n, 1200n, 2400n));
  test.prop([fc.oneof(kecil, besar), penyebut, fc.integer({ min: 0, max: 20 }), fc.constantFrom(...modes)], { numRuns: 2000 })(
    'for every mode, place count and magnitude, across the switch between representations',
    (p, q, places, mode) => {
      const d = Desimal.fraction(p, q);
      expect(d.toFixed(places, mode)).toBe(toFixedBigint(d, places, mode));
    },
  );
  it('keeps the halves of the domain exact (5.625 → 5.63 half-up, 5.62 half-even; 25/12 → 2.083)', () => {
    expect(desimal('5.625').toFixed(2, 'half-up')).toBe('5.63');
    expect(desimal('5.625').toFixed(2, 'half-even')).toBe('5.62');
    expect(desimal('-5.625').toFixed(2, 'half-up')).toBe('-5.63');
    expect(desimal('-0.0004').toFixed(3, 'half-up')).toBe('0.000');
    expect(desimal('25/12').toFixed(3, 'half-up')).toBe('2.083');
  });
});
