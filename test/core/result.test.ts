import { describe, expect, it } from 'vitest';
import { describeError, formatIssue, formatPath, isKinerjaError, KinerjaError, unwrap } from '../../src';
import { issueOf } from '../../src/core/issue';
import { fail, ok } from '../../src/core/result';

describe('Result, Issue and KinerjaError', () => {
  const issue = issueOf('poin-kurang', ['rhk', 0, 'kuantitas'], 'Kurang.', 'Short.', { kurang: 8 });

  it('narrows on success', () => {
    const r = ok(3);
    expect(r.success && r.data).toBe(3);
    expect(Object.isFrozen(r)).toBe(true);
  });
  it('unwraps a failure into a KinerjaError carrying the issues', () => {
    try {
      unwrap(fail([issue]));
      expect.unreachable();
    } catch (e) {
      expect(isKinerjaError(e)).toBe(true);
      const err = e as KinerjaError;
      expect(err.code).toBe('validasi-gagal');
      expect(err.issues).toEqual([issue]);
      expect(err.message).toContain('Kurang.');
      expect(err.messageEn).toContain('Short.');
      expect(describeError(err, { bahasa: 'en' })).toBe('Validation failed: Short.\n- rhk[0].kuantitas: Short.');
    }
  });
  it('formats paths and issues in both languages', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['a', 1, 'b'])).toBe('a[1].b');
    expect(formatIssue(issue)).toBe('rhk[0].kuantitas: Kurang.');
    expect(formatIssue(issue, { bahasa: 'en' })).toBe('rhk[0].kuantitas: Short.');
  });
  it('freezes issues', () => {
    expect(Object.isFrozen(issue) && Object.isFrozen(issue.path) && Object.isFrozen(issue.params)).toBe(true);
  });
  it('is an Error with a name', () => {
    const e = new KinerjaError('pembagian-nol', 'a', 'b');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('KinerjaError');
    expect(isKinerjaError(new Error('x'))).toBe(false);
  });
  it('describes whatever a catch gives: a KinerjaError, another Error (no stack), any other thrown value', () => {
    const catchOf = (fn: () => unknown): unknown => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const e = catchOf(() => unwrap(fail([issue])));
    expect(describeError(e)).toBe('Validasi gagal: Kurang.\n- rhk[0].kuantitas: Kurang.');
    const t = catchOf(() => (null as unknown as { x(): void }).x());
    expect(describeError(t, { bahasa: 'en' })).toMatch(/^Unexpected error: Cannot read properties of null/);
    expect(describeError(t)).not.toContain(' at ');
    expect(describeError('rusak')).toBe('Galat tak terduga: "rusak"');
    expect(describeError(undefined, { bahasa: 'en' })).toBe('Unexpected error: undefined');
    expect(
      describeError({
        toString: () => {
          throw new Error('x');
        },
      }),
    ).toBe('Galat tak terduga: [object]');
    const getter = new Error('x');
    Object.defineProperty(getter, 'message', {
      get: () => {
        throw new Error('y');
      },
    });
    expect(describeError(getter)).toBe('Galat tak terduga: [Error]');
    expect(() => describeError(e, { bahasa: 'fr' } as never)).toThrow(KinerjaError);
  });
});
