import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { Desimal, desimal, KinerjaError, MODE_PEMBULATAN, sumDesimal } from '../../src';
import { bagi, banding, bulatkan, kali, kurang, rujukan, tambah, tulis, type Rujukan } from './desimal-rujukan';
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
    // Exact, never cut or rounded: the fraction where there is no finite decimal; a decimal only through a named rounding.
    expect(desimal('25/12').toString()).toBe('25/12');
    expect(String(desimal('12.5').times(2).dividedBy(12))).toBe('25/12');
    expect(`${desimal('-2').dividedBy(3)}`).toBe('-2/3');
    expect(desimal('25/12').toFixed(20, 'half-even')).toBe('2.08333333333333333333');
    expect(desimal('-1/3').toFixed(0, 'half-up')).toBe('0');
    expect(JSON.stringify({ a: desimal('25/12'), b: desimal('6.25') })).toBe('{"a":"25/12","b":"6.25"}');
  });
  it('refuses inexact and malformed input with a coded error', () => {
    for (const bad of [
      0.1,
      Number.NaN,
      Infinity,
      '1e3',
      '',
      ' . ',
      '1/0',
      '--1',
      {},
      null,
      undefined,
      { toString: false },
      Object.create(null),
      Symbol('x'),
    ]) {
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
    expect(() => desimal(1).round(-1, 'half-up')).toThrowError(
      expect.objectContaining({ code: 'argumen-tidak-valid' }),
    );
    expect(() => desimal(1).round(2, 'nearest' as never)).toThrowError(
      expect.objectContaining({ code: 'argumen-tidak-valid' }),
    );
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
    const expected =
      /^-0+(\.0+)?$/.test(normalized) || normalized === '-0' ? '0' : normalized.replace(/^(-?)0+(\d)/, '$1$2');
    expect(desimal(s).toString()).toBe(expected);
  });
  test.prop([rational])('toJSON round-trips exactly', (x) => {
    expect(desimal(x.toJSON()).equals(x)).toBe(true);
  });
  test.prop([rational, rational])('addition commutes', (a, b) => {
    expect(a.plus(b).equals(b.plus(a))).toBe(true);
  });
  test.prop([rational, rational, rational])('addition and multiplication associate', (a, b, c) => {
    expect(
      a
        .plus(b)
        .plus(c)
        .equals(a.plus(b.plus(c))),
    ).toBe(true);
    expect(
      a
        .times(b)
        .times(c)
        .equals(a.times(b.times(c))),
    ).toBe(true);
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

describe('number-first Desimal: the same values as a bigint reference, on both sides of the switch', () => {
  const modes = MODE_PEMBULATAN;
  const batas = 2n ** 53n;
  // Numerators: the domain's small ones, ones around ±2^53 (where the representation switches) and far beyond it.
  const pembilang = fc.oneof(
    fc.bigInt({ min: -10000n, max: 10000n }),
    fc.bigInt({ min: -(2n ** 40n), max: 2n ** 40n }),
    fc.bigInt({ min: batas - 5000n, max: batas + 5000n }).map((x) => (x % 2n === 0n ? x : -x)),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  );
  const penyebut = fc.oneof(
    fc.constantFrom(1n, 2n, 3n, 12n, 100n, 1200n, 2400n, 10n ** 15n),
    fc.bigInt({ min: 1n, max: 2n ** 20n }),
    fc.bigInt({ min: batas / 10n - 50n, max: batas / 10n + 50n }),
    fc.bigInt({ min: batas - 50n, max: batas + 50n }),
    fc.bigInt({ min: 1n, max: 2n ** 60n }),
  );
  const nilai = fc.tuple(pembilang, penyebut, fc.boolean()).map(([n, d, neg]) => ({ n, d: neg ? -d : d }));
  const cocok = (x: Desimal, r: Rujukan): void => {
    expect([x.pembilang, x.penyebut]).toEqual([r.n, r.d]);
    // One representation per value: the same value built from bigints is structurally equal.
    expect(x).toEqual(Desimal.fraction(r.n, r.d));
  };

  test.prop([nilai], { numRuns: 1000 })(
    'fraction reduces like the reference; toFraction, toJSON and from agree',
    ({ n, d }) => {
      const x = Desimal.fraction(n, d);
      const r = rujukan(n, d);
      cocok(x, r);
      expect(x.toFraction()).toBe(r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`);
      cocok(desimal(x.toJSON()), r);
      cocok(desimal(x.toFraction()), r);
      expect(x.isZero()).toBe(r.n === 0n);
    },
  );
  test.prop([nilai, nilai], { numRuns: 1000 })(
    'plus, minus, times, dividedBy and compare equal the reference',
    (a, b) => {
      const x = Desimal.fraction(a.n, a.d);
      const y = Desimal.fraction(b.n, b.d);
      const ra = rujukan(a.n, a.d);
      const rb = rujukan(b.n, b.d);
      cocok(x.plus(y), tambah(ra, rb));
      cocok(x.minus(y), kurang(ra, rb));
      cocok(x.times(y), kali(ra, rb));
      if (rb.n !== 0n) cocok(x.dividedBy(y), bagi(ra, rb));
      expect(x.compare(y)).toBe(banding(ra, rb));
      cocok(x.negated(), rujukan(-ra.n, ra.d));
    },
  );
  test.prop([nilai, fc.integer({ min: 0, max: 25 }), fc.constantFrom(...modes)], { numRuns: 3000 })(
    'toFixed and round, for every mode and place count, equal rounding by definition',
    ({ n, d }, places, mode) => {
      const x = Desimal.fraction(n, d);
      const skala = bulatkan(rujukan(n, d), places, mode);
      expect(x.toFixed(places, mode)).toBe(tulis(skala, places));
      cocok(x.round(places, mode), rujukan(skala, 10n ** BigInt(places)));
    },
  );
  test.prop([nilai], { numRuns: 1000 })(
    'toString is the exact decimal when finite, else the reduced fraction, and reads back; toNumber is within one ulp',
    ({ n, d }) => {
      const x = Desimal.fraction(n, d);
      const r = rujukan(n, d);
      let k = 0;
      while (k <= 80 && (r.n * 10n ** BigInt(k)) % r.d !== 0n) k++;
      const exact = k <= 80;
      expect(x.isTerminating()).toBe(exact);
      expect(x.toString()).toBe(exact ? tulis((r.n * 10n ** BigInt(k)) / r.d, k) : `${r.n}/${r.d}`);
      expect(x.toString()).toBe(x.toJSON());
      cocok(desimal(x.toString()), r);
      // The reference with at least 25 significant digits, then the nearest float: one ulp from the true value at most.
      const t = Math.max(0, 25 + r.d.toString().length - (r.n < 0n ? -r.n : r.n).toString().length);
      const v = Number(tulis(bulatkan(r, t, 'half-even'), t));
      expect(Math.abs(x.toNumber() - v)).toBeLessThanOrEqual(Math.abs(v) * Number.EPSILON);
    },
  );
  test.prop([fc.array(nilai, { maxLength: 30 })])(
    'sumDesimal over values of both representations equals the reference sum',
    (xs) => {
      const total = xs.reduce<Rujukan>((acc, { n, d }) => tambah(acc, rujukan(n, d)), rujukan(0n, 1n));
      cocok(sumDesimal(xs.map(({ n, d }) => Desimal.fraction(n, d))), total);
    },
  );
  it('switches to bigints exactly where a result leaves the safe integers, and back', () => {
    const maks = desimal(Number.MAX_SAFE_INTEGER);
    expect(maks.plus(1).toString()).toBe('9007199254740992');
    expect(maks.plus(1).minus(1)).toEqual(maks);
    expect(maks.times(maks).dividedBy(maks)).toEqual(maks);
    expect(
      desimal('1/3')
        .plus(desimal(`1/${Number.MAX_SAFE_INTEGER}`))
        .toFraction(),
    ).toBe('9007199254740994/27021597764222973');
    expect(desimal('9007199254740993').minus('9007199254740992')).toEqual(desimal(1));
    expect(desimal('0.0000000000000001').toString()).toBe('0.0000000000000001');
    // A finite decimal longer than toFixed's 100 places still prints exactly, and reads back.
    const kecil = Desimal.fraction(1n, 2n ** 150n);
    expect(kecil.toString()).toHaveLength(152);
    expect(desimal(kecil.toJSON())).toEqual(kecil);
    // Rounding a value with more digits than `from` reads (400) still works.
    const besar = Desimal.fraction(10n ** 390n + 1n, 3n);
    expect(besar.round(100, 'half-up').toFixed(100, 'half-up')).toBe(besar.toFixed(100, 'half-up'));
  });
  it('keeps the halves of the domain exact (5.625 → 5.63 half-up, 5.62 half-even; 25/12 → 2.083)', () => {
    expect(desimal('5.625').toFixed(2, 'half-up')).toBe('5.63');
    expect(desimal('5.625').toFixed(2, 'half-even')).toBe('5.62');
    expect(desimal('-5.625').toFixed(2, 'half-up')).toBe('-5.63');
    expect(desimal('-0.0004').toFixed(3, 'half-up')).toBe('0.000');
    expect(desimal('25/12').toFixed(3, 'half-up')).toBe('2.083');
    expect(desimal('0.9999').toFixed(3, 'half-up')).toBe('1.000');
    expect(desimal('-9.9995').toFixed(3, 'half-even')).toBe('-10.000');
  });
});
